"""Hand-computed hoogte/potential cases at and around each threshold (storey height 3 m)."""

import math

import pytest

from optopscan.rules import hoogte


def test_issue_example_plan_15m_over_9m_three_layers(make_frame, settings):
    # legal floor((15 - 9) / 3) = 2, structural floor(0.5 * 3) = 1 → 1 extra bouwlaag
    f = make_frame([{"hoogte_m": 9.0, "hoogte_max_m": 9.0, "bouwlagen": 3.0, "max_bouwhoogte_m": 15.0}])
    assert f.loc[0, "bouwlagen_juridisch"] == 2
    assert f.loc[0, "bouwlagen_constructief"] == 1
    assert f.loc[0, "extra_bouwlagen"] == 1
    r = hoogte.evaluate(f, settings)
    assert r.status[0] == "kansrijk"
    assert r.score[0] == pytest.approx(0.5)
    assert "plan max 15,0 m" in r.reden[0] and "1 extra bouwlagen" in r.reden[0]


@pytest.mark.parametrize(
    "plan_m, expected_legal",
    [(14.99, 1), (15.0, 2), (17.99, 2), (18.0, 3), (11.99, 0), (12.0, 1), (8.0, 0)],
)
def test_legal_headroom_floors_at_storey_boundaries(make_frame, plan_m, expected_legal):
    f = make_frame([{"hoogte_m": 9.0, "hoogte_max_m": 9.0, "bouwlagen": 3.0, "max_bouwhoogte_m": plan_m}])
    assert f.loc[0, "bouwlagen_juridisch"] == expected_legal


@pytest.mark.parametrize("lagen, structural", [(1, 0), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3)])
def test_structural_heuristic_is_half_the_storeys_rounded_down(make_frame, lagen, structural):
    f = make_frame(
        [{"bouwlagen": float(lagen), "hoogte_m": 3.0 * lagen, "hoogte_max_m": 3.0 * lagen, "max_bouwhoogte_m": 60.0}]
    )
    assert f.loc[0, "bouwlagen_constructief"] == structural
    assert f.loc[0, "extra_bouwlagen"] == min(structural, 2)  # cap 2


def test_storeys_plan_uses_max_bouwlagen_minus_current(make_frame, settings):
    f = make_frame([{"max_bouwhoogte_m": math.nan, "max_bouwlagen": 5.0, "bouwlagen": 4.0}])
    assert f.loc[0, "bouwlagen_juridisch"] == 1
    assert f.loc[0, "extra_bouwlagen"] == 1
    assert "plan max 5 bouwlagen" in hoogte.evaluate(f, settings).reden[0]


def test_no_plan_data_is_unknown_never_zero_or_unlimited(make_frame, settings):
    f = make_frame([{"max_bouwhoogte_m": math.nan, "max_bouwlagen": math.nan}])
    assert math.isnan(f.loc[0, "extra_bouwlagen"])
    assert math.isnan(f.loc[0, "extra_woningen"])
    r = hoogte.evaluate(f, settings)
    assert math.isnan(r.score[0])
    assert r.status[0] == "let op"
    assert "geen planwaarde" in r.reden[0]


def test_no_headroom_blocks(make_frame, settings):
    f = make_frame([{"max_bouwhoogte_m": 12.0, "hoogte_max_m": 12.0}])
    r = hoogte.evaluate(f, settings)
    assert f.loc[0, "extra_bouwlagen"] == 0
    assert r.status[0] == "blokkade" and r.score[0] == 0
    assert "geen ruimte" in r.reden[0]


def test_building_above_plan_gives_zero_not_negative(make_frame):
    f = make_frame([{"max_bouwhoogte_m": 9.0, "hoogte_max_m": 12.0}])
    assert f.loc[0, "bouwlagen_juridisch"] == 0
    assert f.loc[0, "extra_bouwlagen"] == 0


@pytest.mark.parametrize("daktype, extra", [("horizontal", 2), ("multiple horizontal", 2), ("slanted", 0)])
def test_only_flat_roofs_are_optop_candidates(make_frame, daktype, extra):
    f = make_frame([{"daktype": daktype}])
    assert f.loc[0, "extra_bouwlagen"] == extra


@pytest.mark.parametrize("daktype", ["no points", "unknown", None])
def test_unknown_roof_is_unknown(make_frame, settings, daktype):
    f = make_frame([{"daktype": daktype}])
    assert math.isnan(f.loc[0, "extra_bouwlagen"])
    assert hoogte.evaluate(f, settings).status[0] == "let op"


def test_wonen_not_allowed_blocks(make_frame, settings):
    f = make_frame([{"wonen_toegestaan": False}])
    r = hoogte.evaluate(f, settings)
    assert f.loc[0, "extra_bouwlagen"] == 0 and r.status[0] == "blokkade"
    assert "wonen niet toe" in r.reden[0]


def test_reference_height_max_vs_70p(make_frame, settings):
    # roof max 13.5 m, 70p 12 m, plan 18 m: max-reference → floor(4.5/3)=1; 70p → 2
    f = make_frame([{"hoogte_m": 12.0, "hoogte_max_m": 13.5}])
    assert f.loc[0, "bouwlagen_juridisch"] == 1


@pytest.mark.parametrize(
    "roof, extra, homes",
    [(600.0, 2, 8), (599.0, 2, 7), (150.0, 1, 1), (149.9, 1, 0)],
)
def test_extra_homes_formula(make_frame, roof, extra, homes):
    # floor(roof × 0.5 × extra / 75)
    f = make_frame([{"plat_dak_m2": roof, "max_bouwhoogte_m": 12.0 + 3.0 * extra}])
    assert f.loc[0, "extra_bouwlagen"] == extra
    assert f.loc[0, "extra_woningen"] == homes


def test_theoretical_ignores_legal_and_structural_limits(make_frame):
    f = make_frame([{"plat_dak_m2": 600.0, "max_bouwhoogte_m": 12.0}])
    assert f.loc[0, "extra_woningen"] == 0
    assert f.loc[0, "extra_woningen_theoretisch"] == 8  # floor(600 × 0.5 × 2 / 75)


def test_estimated_storeys_are_labelled(make_frame, settings):
    f = make_frame([{"bouwlagen_geschat": True}])
    assert "geschat uit hoogte" in hoogte.evaluate(f, settings).reden[0]
