"""Candidates → per-complex result (shared by aanplakken and uitplinten), and the uitplinten
reasons and thresholds at their boundaries (defaults: ≥ 3 bouwlagen, 40 m² per home, boxes
≤ 30 m², ≥ 6 boxes, ≤ 100 m from woningen)."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from conftest import bag, box, per_pand, pid, plan, vbo_frame

from optopscan.forms import switched_off
from optopscan.forms.aanplakken import per_complex
from optopscan.forms.uitplinten import (
    CANDIDATE_COLUMNS,
    empty_candidates,
    evaluate_uitplinten,
    garagebox_panden,
    matches_doelen,
)

NAN = math.nan
SITE = box(-100, -100, 300, 300)


def test_per_complex_sums_candidates_and_keeps_unknown_plan_unknown():
    cands = pd.DataFrame(
        {
            "complex_id": ["K1", "K1", "K2", "K3", "K3", None],
            "extra_woningen": [2.0, 3.0, NAN, 4.0, 1.0, 9.0],
            "status": ["let op", "planwijziging nodig", "onderzoek nodig", "onderzoek nodig", "kansrijk", "kansrijk"],
        }
    )
    r = per_complex(cands, pd.Index(["K1", "K2", "K3", "K4"]), "aanplakken")
    # K1: 2 + 3 = 5, binnen plan only the let-op 2; best status let op
    # K2: homes unknown, plan unknown → both unknown; K3: 4 + 1 = 5, binnen plan 1 (the kansrijk one)
    # K4: no candidate → 0 and a blokkade for this form; the candidate without complex is ignored
    assert r.theoretisch.fillna(-1).tolist() == [5.0, -1, 5.0, 0.0]
    assert r.constructief.fillna(-1).tolist() == [5.0, -1, 5.0, 0.0]
    assert r.binnen_plan.fillna(-1).tolist() == [2.0, -1, 1.0, 0.0]
    assert r.status.tolist() == ["let op", "onderzoek nodig", "kansrijk", "blokkade"]
    assert r.values["aanplakken_kansen"].tolist() == [2, 1, 2, 0]
    assert r.reden.tolist() == [
        "aanplakken: 2 vrije kopgevel(s), 5 woningen, waarvan 2 binnen het plan",
        "aanplakken: 1 vrije kopgevel(s), onbekend woningen, waarvan onbekend binnen het plan",
        "aanplakken: 2 vrije kopgevel(s), 5 woningen, waarvan 1 binnen het plan",
        "aanplakken: geen vrije kopgevel",
    ]
    assert r.name == "aanplakken" and list(r.status.index) == ["K1", "K2", "K3", "K4"]


def test_switched_off_form_is_unknown_not_zero():
    r = switched_off(pd.Index(["A", "B"]), "uitplinten")
    assert r.theoretisch.isna().all() and r.constructief.isna().all() and r.binnen_plan.isna().all()
    assert r.reden.tolist() == ["uitplinten staat uit in de configuratie"] * 2
    assert r.status.isna().all() and r.name == "uitplinten"


def with_uitplinten(settings, **changes):
    cfg = dataclasses.replace(settings.vormen.uitplinten, **changes)
    return dataclasses.replace(settings, vormen=dataclasses.replace(settings.vormen, uitplinten=cfg))


def flat(storeys=4.0, opp=15.0, n=6, doel="overige gebruiksfunctie", woningen=24):
    bag_panden = bag([box(0, 0, 40, 11)], [True])
    panden = per_pand(bag_panden, [woningen], [storeys])
    rows = [(pid(0), "woonfunctie", 70.0)] * 24 + [(pid(0), doel, opp)] * n
    toewijzing = pd.DataFrame({"pand_id": [pid(0)], "complex_id": "F1"})
    return bag_panden, panden, vbo_frame(rows), toewijzing


def run(parts, settings, plannen=None, index=("F1",)):
    bag_panden, panden, vbo, toewijzing = parts
    return evaluate_uitplinten(
        panden, bag_panden, vbo, toewijzing, pd.Index(list(index), name="complex_id"), plannen, settings
    )


def test_plint_reason_and_result_word_for_word(settings):
    result, cands = run(flat(storeys=3.0), settings, plan(SITE))  # exactly min_bouwlagen 3
    assert cands.iloc[0]["reden"] == (
        "plint: 6 niet-woonruimten (overige gebruiksfunctie), 90 m² → 2 woningen van 40 m²; in een gebouw van 3 "
        "bouwlagen (verdieping van de ruimten staat niet in de BAG: ter plaatse nagaan); wonen toegestaan"
    )
    c = cands.iloc[0]
    assert (c["complex_id"], c["pand_id"], c["aantal_panden"], c["bouwlagen"]) == ("F1", pid(0), 1, 3.0)
    assert math.isnan(c["woningen_optoppen"]) and c["woningen_transformatie"] == 2
    assert result.reden["F1"] == "uitplinten: 1 plint- of garageboxkans(en), 2 woningen, waarvan 2 binnen het plan"
    assert result.status["F1"] == "let op"


def test_plint_bestemming_texts(settings):
    parts = flat()
    parts[1]["wonen_toegestaan"] = pd.array([pd.NA], dtype="boolean")
    _, cands = run(parts, settings)
    assert cands.iloc[0]["reden"].endswith("; bestemming onbekend") and cands.iloc[0]["status"] == "onderzoek nodig"
    parts[1]["wonen_toegestaan"] = pd.array([False], dtype="boolean")
    _, cands = run(parts, settings)
    assert cands.iloc[0]["reden"].endswith("; bestemming staat geen wonen toe")


def test_plint_needs_homes_above_and_at_least_one_home(settings):
    _, cands = run(flat(woningen=0), settings, plan(SITE))
    assert len(cands) == 0  # a building without woningen has no plint to transform
    _, cands = run(flat(opp=6.0, n=6), settings, plan(SITE))  # 36 m² / 40 → 0 homes
    assert len(cands) == 0
    _, cands = run(flat(opp=10.0, n=4), settings, plan(SITE))  # 40 m² / 40 → exactly 1 home
    assert cands["extra_woningen"].tolist() == [1.0]
    s = with_uitplinten(settings, bruikbaar_aandeel=0.5, m2_per_woning=20.0, min_bouwlagen=5)
    _, cands = run(flat(storeys=5.0), s, plan(SITE))  # 90 × 0,5 / 20 = 2,25 → 2
    assert cands["extra_woningen"].tolist() == [2.0]
    _, cands = run(flat(storeys=4.0), s, plan(SITE))
    assert len(cands) == 0


def test_plint_with_unknown_oppervlakte_is_unknown_not_zero(settings):
    _, cands = run(flat(opp=NAN), settings, plan(SITE))
    assert len(cands) == 1 and math.isnan(cands.iloc[0]["oppervlakte_m2"])
    assert math.isnan(cands.iloc[0]["extra_woningen"]) and cands.iloc[0]["status"] == "onderzoek nodig"


def test_matches_doelen_is_case_insensitive_and_reads_lists():
    doel = pd.Series(["Overige gebruiksfunctie", "woonfunctie, winkelfunctie", None, "kantoorfunctie"])
    assert matches_doelen(doel, ["overige gebruiksfunctie", "winkelfunctie"]).tolist() == [True, True, False, False]
    assert matches_doelen(doel, []).tolist() == [False] * 4


def garage_row(n_boxes=6, gap=20.0, box_m2=30.0, extra_doel=None):
    houses = [box(3 * i, 0, 3 * i + 6, 10) for i in range(0, 12, 2)]
    y0 = 10 + gap
    boxes = [box(3 * i, y0, 3 * i + 3, y0 + 6) for i in range(n_boxes)]
    bag_panden = bag(houses + boxes, [True] * 6 + [False] * n_boxes)
    panden = per_pand(bag_panden.iloc[:6], [1] * 6, [2] * 6)
    rows = [(pid(i), "woonfunctie", 110.0) for i in range(6)]
    rows += [(pid(6 + i), "overige gebruiksfunctie", box_m2) for i in range(n_boxes)]
    if extra_doel:
        rows.append((pid(6), extra_doel, 20.0))
    toewijzing = pd.DataFrame({"pand_id": [pid(i) for i in range(6)], "complex_id": [f"K{i}" for i in range(6)]})
    return bag_panden, panden, vbo_frame(rows), toewijzing


def test_garagebox_reason_and_boundaries(settings):
    # 6 boxes (the minimum) of 30 m² (the maximum), 100 m from the houses (the maximum)
    result, cands = run(garage_row(gap=100.0), settings, plan(SITE), index=[f"K{i}" for i in range(6)])
    assert len(cands) == 1
    c = cands.iloc[0]
    # transformation 6 × 30 = 180 m² / 40 = 4,5 → 4; on top: footprint 6 × 18 = 108 m² × 0,5 / 75 → 0
    assert c["reden"] == (
        "garageboxen: 6 boxen in 6 pand(en), 180 m²; ombouw tot 4 woningen of één laag erop met 0 woningen "
        "(Handreiking §1.2: potentie bovenop garageboxen); de boxen vervallen als parkeerplaats; wonen toegestaan"
    )
    assert (c["pand_id"], c["aantal_panden"], c["aantal_vbo"], c["oppervlakte_m2"]) == (pid(6), 6, 6, 180.0)
    assert c["geometry"].area == 108.0 and math.isnan(c["bouwlagen"])
    assert c["complex_id"] in {f"K{i}" for i in range(6)}
    assert result.theoretisch.sum() == 4


def test_garagebox_just_outside_the_boundaries(settings):
    idx = [f"K{i}" for i in range(6)]
    assert len(run(garage_row(gap=100.5), settings, plan(SITE), index=idx)[1]) == 0
    assert len(run(garage_row(box_m2=30.5), settings, plan(SITE), index=idx)[1]) == 0
    s = with_uitplinten(settings, garagebox_min_aantal=7)
    assert len(run(garage_row(), s, plan(SITE), index=idx)[1]) == 0
    # a pand with a box and something else is no garagebox pand: 5 boxes left, too few
    assert len(run(garage_row(extra_doel="kantoorfunctie"), settings, plan(SITE), index=idx)[1]) == 0


def test_garageboxen_taking_the_larger_alternative_and_without_plan(settings):
    # 8 boxes of 10 m² in panden of 3 × 6 m (144 m² footprint): ombouw 80 / 40 = 2;
    # on top with 36 m² per home floor(144 × 0,5 / 36) = 2 → 2; with 24 m² floor(72 / 24) = 3 wins
    s = dataclasses.replace(settings, potentie=dataclasses.replace(settings.potentie, bvo_per_woning_m2=36.0))
    s24 = dataclasses.replace(settings, potentie=dataclasses.replace(settings.potentie, bvo_per_woning_m2=24.0))
    idx = [f"K{i}" for i in range(6)]
    _, c1 = run(garage_row(n_boxes=8, box_m2=10.0), s, None, index=idx)
    _, c2 = run(garage_row(n_boxes=8, box_m2=10.0), s24, None, index=idx)
    assert c1[["woningen_transformatie", "woningen_optoppen", "extra_woningen"]].iloc[0].tolist() == [2, 2, 2]
    assert c2[["woningen_transformatie", "woningen_optoppen", "extra_woningen"]].iloc[0].tolist() == [2, 3, 3]
    assert c1.iloc[0]["status"] == "onderzoek nodig" and c1.iloc[0]["reden"].endswith("; bestemming onbekend")


def test_garagebox_panden_counts_only_all_box_panden():
    v = vbo_frame(
        [
            ("P1", "overige gebruiksfunctie", 15.0),
            ("P1", "overige gebruiksfunctie", 20.0),
            ("P2", "overige gebruiksfunctie", 15.0),
            ("P2", "woonfunctie", 60.0),
            ("P3", " Overige gebruiksfunctie ", 30.0),
            ("P4", "overige gebruiksfunctie", 31.0),
        ]
    )
    bag_panden = pd.DataFrame({"pand_id": ["P1", "P2", "P3", "P4"]})
    out = garagebox_panden(bag_panden, v, 30.0)
    assert out.to_dict("list") == {"pand_id": ["P1", "P3"], "aantal_vbo": [2, 1], "oppervlakte_m2": [35.0, 30.0]}


def test_switched_off_uitplinten_and_empty_layer(settings):
    s = with_uitplinten(settings, aan=False)
    result, cands = run(flat(), s, plan(SITE))
    assert len(cands) == 0 and list(cands.columns) == CANDIDATE_COLUMNS
    assert result.theoretisch.isna().all()
    empty = empty_candidates()
    assert list(empty.columns) == CANDIDATE_COLUMNS and empty.crs == "EPSG:28992"
    assert empty["reden"].dtype == object and empty["extra_woningen"].dtype == np.float64
    assert empty["oppervlakte_m2"].dtype == np.float64 and empty["status"].dtype == object


@pytest.mark.parametrize("storeys, kept", [(2.0, False), (3.0, True), (NAN, True)])
def test_min_bouwlagen_boundary(settings, storeys, kept):
    _, cands = run(flat(storeys=storeys), settings, plan(SITE))
    assert (len(cands) == 1) is kept


def test_plint_counts_known_areas_and_a_building_with_one_woning(settings):
    parts = flat(opp=NAN, n=6, woningen=1)
    parts[2].loc[parts[2]["gebruiksdoel"] != "woonfunctie", "oppervlakte"] = [80.0, NAN, NAN, NAN, NAN, NAN]
    _, cands = run(parts, settings, plan(SITE))
    # one known area of 80 m² → 2 homes; the unknown ones are left out, not 0 and not "unknown"
    assert cands["oppervlakte_m2"].tolist() == [80.0] and cands["extra_woningen"].tolist() == [2.0]


def test_plint_reason_names_every_configured_gebruiksdoel(settings):
    s = with_uitplinten(settings, gebruiksdoelen=["overige gebruiksfunctie", "winkelfunctie"])
    _, cands = run(flat(), s, plan(SITE))
    assert cands.iloc[0]["reden"].startswith("plint: 6 niet-woonruimten (overige gebruiksfunctie, winkelfunctie), ")


def one_garage_pand(house_x: float, in_complex: bool = True):
    """One house at x = house_x and one pand (3 × 30 m) holding 6 garageboxen of 20 m²."""
    bag_panden = bag([box(house_x, 0, house_x + 6, 10), box(0, 20, 30, 23)], [True, False])
    panden = per_pand(bag_panden.iloc[:1], [1], [2])
    v = vbo_frame([(pid(0), "woonfunctie", 110.0)] + [(pid(1), "overige gebruiksfunctie", 20.0)] * 6)
    ids = [pid(0)] if in_complex else []
    toewijzing = pd.DataFrame({"pand_id": ids, "complex_id": ["H"] * len(ids)})
    return bag_panden, panden, v, toewijzing


def test_a_single_garage_pand_next_to_a_single_complex_pand(settings):
    result, cands = run(one_garage_pand(0.0), settings, plan(SITE), index=("H",))
    # 6 × 20 = 120 m² / 40 = 3 homes; on top 90 m² × 0,5 / 75 → 1: the larger, 3
    assert cands[["soort", "complex_id", "aantal_panden", "extra_woningen"]].iloc[0].tolist() == [
        "garageboxen",
        "H",
        1,
        3.0,
    ]
    assert result.theoretisch["H"] == 3.0


def test_garageboxen_near_a_private_house_but_far_from_the_complex_belong_to_no_complex(settings):
    bag_panden, panden, v, _ = one_garage_pand(0.0)
    # the complex pand stands 150 m away; the house next to the boxes is private
    bag_panden = bag([box(0, 0, 6, 10), box(0, 20, 30, 23), box(0, 180, 6, 190)], [True, False, True])
    v = vbo_frame(
        [(pid(0), "woonfunctie", 110.0)]
        + [(pid(1), "overige gebruiksfunctie", 20.0)] * 6
        + [(pid(2), "woonfunctie", 90.0)]
    )
    panden = per_pand(bag_panden.iloc[[2]], [1], [2])
    toewijzing = pd.DataFrame({"pand_id": [pid(2)], "complex_id": ["Ver"]})
    result, cands = run((bag_panden, panden, v, toewijzing), settings, plan(SITE), index=("Ver",))
    assert len(cands) == 1 and cands.iloc[0]["complex_id"] is None
    assert result.theoretisch["Ver"] == 0.0  # not attributed to a complex 150 m away
