"""Hand-computed optoppen/hoogte cases at and around each threshold (storey height 3 m)."""

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from optopscan.forms.optoppen import extra_storeys, homes, optoppen_per_pand
from optopscan.rules import hoogte


def test_issue_example_plan_15m_over_9m_three_layers(make_frame, settings):
    # legal floor((15 - 9) / 3) = 2, structural floor(0.5 * 3) = 1 → 1 extra bouwlaag
    f = make_frame([{"hoogte_m": 9.0, "hoogte_max_m": 9.0, "bouwlagen": 3.0, "max_bouwhoogte_m": 15.0}])
    assert f.loc[0, "bouwlagen_juridisch"] == 2
    assert f.loc[0, "bouwlagen_constructief"] == 1
    assert f.loc[0, "extra_bouwlagen"] == 1
    r = hoogte.evaluate(f, settings)
    assert r.status[0] == "kansrijk"
    assert r.score[0] == pytest.approx(0.5)  # 1 of max 2
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
    assert math.isnan(f.loc[0, "extra_woningen_optoppen_binnen_plan"])
    # structure known, plan not: floor(600 × 0.5 × min(floor(0.5 × 4), 2) / 75) = 8 constructief
    assert f.loc[0, "extra_woningen_optoppen_constructief"] == 8
    r = hoogte.evaluate(f, settings)
    assert math.isnan(r.score[0])
    assert r.status[0] == "let op"
    assert "onbekend: geen planwaarde" in r.reden[0] and r.kort[0].startswith("geen planwaarde")


def test_no_headroom_needs_a_plan_change_not_a_blokkade(make_frame, settings):
    f = make_frame([{"max_bouwhoogte_m": 12.0, "hoogte_max_m": 12.0}])
    r = hoogte.evaluate(f, settings)
    assert f.loc[0, "extra_bouwlagen"] == 0
    assert r.status[0] == "planwijziging nodig" and r.score[0] == 0
    assert "geen ruimte in de maximale bouwhoogte: buitenplans vergunnen of omgevingsplan aanpassen" in r.reden[0]
    assert "(maakt tot 8 woningen mogelijk)" in r.kort[0]
    # what a plan change unlocks: floor(600 × 0.5 × 2 / 75) = 8, nothing within the plan
    assert f.loc[0, "extra_woningen_optoppen_constructief"] == 8
    assert f.loc[0, "extra_woningen_optoppen_binnen_plan"] == 0


def test_structural_limit_zero_asks_for_a_constructeur(make_frame, settings):
    # 1 bouwlaag: floor(0.5 × 1) = 0 structural, plan 18 m leaves floor((18 - 3) / 3) = 5
    f = make_frame([{"bouwlagen": 1.0, "hoogte_m": 3.0, "hoogte_max_m": 3.0}])
    r = hoogte.evaluate(f, settings)
    assert r.status[0] == "onderzoek nodig" and "constructeur" in r.kort[0]
    assert f.loc[0, "extra_woningen_optoppen_theoretisch"] == 8  # floor(600 × 0.5 × 2 / 75)
    assert f.loc[0, "extra_woningen_optoppen_constructief"] == 0


def test_no_room_and_no_structure_is_the_more_severe_plan_change(make_frame, settings):
    f = make_frame([{"bouwlagen": 1.0, "hoogte_m": 3.0, "hoogte_max_m": 3.0, "max_bouwhoogte_m": 3.0}])
    r = hoogte.evaluate(f, settings)
    assert r.status[0] == "planwijziging nodig"
    assert "ook constructief geen extra laag" in r.kort[0]


def test_status_per_outcome_comes_from_config(make_frame, settings):
    import dataclasses

    hs = dataclasses.replace(settings.regels.hoogte.status, geen_planruimte="blokkade")
    s = dataclasses.replace(
        settings,
        regels=dataclasses.replace(settings.regels, hoogte=dataclasses.replace(settings.regels.hoogte, status=hs)),
    )
    f = make_frame([{"max_bouwhoogte_m": 12.0}])
    assert hoogte.evaluate(f, s).status[0] == "blokkade"


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


def test_wonen_not_allowed_needs_a_plan_change(make_frame, settings):
    f = make_frame([{"wonen_toegestaan": False}])
    r = hoogte.evaluate(f, settings)
    assert f.loc[0, "extra_bouwlagen"] == 0 and r.status[0] == "planwijziging nodig"
    assert "wonen niet toe: buitenplans vergunnen of omgevingsplan aanpassen" in r.reden[0]
    assert f.loc[0, "extra_woningen_optoppen_binnen_plan"] == 0
    assert f.loc[0, "extra_woningen_optoppen_constructief"] == 8  # the plan ignored


def test_pitched_roof_is_a_blokkade_only_without_another_form(make_frame, settings):
    f = make_frame([{"daktype": "slanted"}, {"daktype": "slanted", "andere_vormen_theoretisch": 3.0}])
    r = hoogte.evaluate(f, settings)
    assert f.loc[0, "extra_woningen_optoppen_theoretisch"] == 0
    assert list(r.status) == ["blokkade", "let op"]
    assert "geen plat dak en geen andere vorm" in r.kort[0]
    assert "andere vorm mogelijk (3 woningen theoretisch)" in r.kort[1]


def test_flat_roof_too_small_for_one_home_offers_no_form(make_frame, settings):
    # floor(74 × 0.5 × 2 / 75) = 0 homes even in theory
    r = hoogte.evaluate(make_frame([{"plat_dak_m2": 74.0}]), settings)
    assert r.status[0] == "blokkade" and "te klein" in r.kort[0]


def test_reference_height_max_vs_70p(make_frame, settings):
    # roof max 13.5 m, 70p 12 m, plan 18 m: max-reference → floor(4.5/3)=1; 70p → 2
    f = make_frame([{"hoogte_m": 12.0, "hoogte_max_m": 13.5}])
    assert f.loc[0, "bouwlagen_juridisch"] == 1
    s = dataclasses.replace(
        settings,
        regels=dataclasses.replace(
            settings.regels, hoogte=dataclasses.replace(settings.regels.hoogte, hoogte_referentie="70p")
        ),
    )
    assert optoppen_per_pand(f, s).loc[0, "bouwlagen_juridisch"] == 2


@pytest.mark.parametrize(
    "roof, extra, homes",
    [(600.0, 2, 8), (599.0, 2, 7), (150.0, 1, 1), (149.9, 1, 0)],
)
def test_extra_homes_formula(make_frame, roof, extra, homes):
    # floor(roof × 0.5 × extra / 75)
    f = make_frame([{"plat_dak_m2": roof, "max_bouwhoogte_m": 12.0 + 3.0 * extra}])
    assert f.loc[0, "extra_bouwlagen"] == extra
    assert f.loc[0, "extra_woningen_optoppen_binnen_plan"] == homes


def test_theoretical_ignores_legal_and_structural_limits(make_frame):
    f = make_frame([{"plat_dak_m2": 600.0, "max_bouwhoogte_m": 12.0, "bouwlagen": 1.0}])
    assert f.loc[0, "extra_woningen_optoppen_binnen_plan"] == 0
    assert f.loc[0, "extra_woningen_optoppen_constructief"] == 0  # floor(0.5 × 1) = 0
    assert f.loc[0, "extra_woningen_optoppen_theoretisch"] == 8  # floor(600 × 0.5 × 2 / 75)


def test_core_functions_take_plain_series():
    import pandas as pd

    height = pd.Series([9.0, 9.0, 9.0], index=[10, 11, 12])
    plan = pd.Series([15.0, float("nan"), 30.0], index=height.index)
    plan_lagen = pd.Series([float("nan"), float("nan"), 4.0], index=height.index)
    lagen = pd.Series([3.0, 3.0, 3.0], index=height.index)
    extra = extra_storeys(height, plan, plan_lagen, lagen, storey_height=3.0, factor=1.0, cap=2)
    # row 10: min(floor(6/3)=2, floor(1×3)=3, 2) = 2; row 11: no plan → NaN;
    # row 12: min(floor(21/3)=7, 4-3=1) = 1 legal → 1
    assert extra.index.tolist() == [10, 11, 12] and extra.name == "extra_bouwlagen"
    assert extra[10] == 2 and math.isnan(extra[11]) and extra[12] == 1
    assert homes(pd.Series([600.0]), pd.Series([2.0]), usable_share=0.5, bvo_m2=75).tolist() == [8.0]


def test_estimated_storeys_are_labelled(make_frame, settings):
    f = make_frame([{"bouwlagen_geschat": True}])
    assert "geschat uit hoogte" in hoogte.evaluate(f, settings).reden[0]


@given(
    st.floats(1, 60),
    st.floats(0, 60),
    st.floats(0, 30),
    st.integers(1, 20),
    st.sampled_from([0.5, 1.0]),
)
@hsettings(max_examples=80, deadline=None)
def test_property_more_plan_height_never_gives_fewer_extra_storeys(height, plan, more, storeys, factor):
    import pandas as pd

    def extra(plan_m: float) -> float:
        return extra_storeys(
            pd.Series([height]),
            pd.Series([plan_m]),
            pd.Series([math.nan]),
            pd.Series([float(storeys)]),
            storey_height=3.0,
            factor=factor,
            cap=2,
        )[0]

    low, high = extra(plan), extra(plan + more)
    assert 0 <= low <= high <= 2
