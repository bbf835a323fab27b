"""Uitplinten: a plint of bergingen under homes, and rows of garageboxen near woningen."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from conftest import bag, box, per_pand, pid, plan, vbo_frame

from optopscan.constants import BLOKKADE, LET_OP, ONDERZOEK, PLANWIJZIGING
from optopscan.forms.uitplinten import CANDIDATE_COLUMNS, evaluate_uitplinten, plint_homes

SITE = box(-100, -100, 300, 300)


def flat_with_bergingen(storeys=4.0, opp=15.0, n=6, doel="overige gebruiksfunctie"):
    """A four-storey flat (pand 0) with 24 homes and ``n`` bergingen of ``opp`` m²."""
    bag_panden = bag([box(0, 0, 40, 11)], [True])
    panden = per_pand(bag_panden, [24], [storeys])
    rows = [(pid(0), "woonfunctie", 70.0)] * 24 + [(pid(0), doel, opp)] * n
    toewijzing = pd.DataFrame({"pand_id": [pid(0)], "complex_id": "F1"})
    return bag_panden, panden, vbo_frame(rows), toewijzing


def run(bag_panden, panden, vbo, toewijzing, settings, plannen=None, index=("F1",)):
    return evaluate_uitplinten(
        panden, bag_panden, vbo, toewijzing, pd.Index(list(index), name="complex_id"), plannen, settings
    )


def test_flat_with_six_bergingen_gives_plint_homes(settings):
    share = settings.vormen.uitplinten.bruikbaar_aandeel
    result, cands = run(*flat_with_bergingen(), settings, plan(SITE))
    expected = math.floor(90 * share / 40)  # 6 × 15 m² = 90 m²; default share 1.0 → 2 homes
    assert list(cands.columns) == CANDIDATE_COLUMNS
    assert len(cands) == 1
    c = cands.iloc[0]
    assert (c["soort"], c["aantal_vbo"], c["oppervlakte_m2"]) == ("plint", 6, 90.0)
    assert c["extra_woningen"] == expected == 2
    assert c["status"] == LET_OP  # the floor of the bergingen is inferred
    assert result.binnen_plan["F1"] == expected and result.theoretisch["F1"] == expected


def test_plint_formula_floors():
    # 90 m² × 0.8 / 40 = 1.8 → 1; 80 × 1.0 / 40 = 2 exactly → 2
    assert plint_homes(pd.Series([90.0, 80.0, np.nan]), 0.8, 40).tolist()[:1] == [1.0]
    assert plint_homes(pd.Series([80.0]), 1.0, 40).tolist() == [2.0]
    assert np.isnan(plint_homes(pd.Series([np.nan]), 1.0, 40).iloc[0])


def test_low_building_has_no_plint(settings):
    result, cands = run(*flat_with_bergingen(storeys=2.0), settings, plan(SITE))
    assert len(cands) == 0
    assert result.theoretisch["F1"] == 0.0 and result.status["F1"] == BLOKKADE


def test_shops_count_only_when_configured(settings):
    import dataclasses

    _, cands = run(*flat_with_bergingen(opp=60.0, n=2, doel="winkelfunctie"), settings, plan(SITE))
    assert len(cands) == 0
    cfg = dataclasses.replace(settings.vormen.uitplinten, gebruiksdoelen=["overige gebruiksfunctie", "winkelfunctie"])
    wide = dataclasses.replace(settings, vormen=dataclasses.replace(settings.vormen, uitplinten=cfg))
    _, cands = run(*flat_with_bergingen(opp=60.0, n=2, doel="winkelfunctie"), wide, plan(SITE))
    assert cands["extra_woningen"].tolist() == [3.0]  # 120 m² / 40


def test_wonen_not_allowed_is_planwijziging(settings):
    bag_panden, panden, vbo, toewijzing = flat_with_bergingen()
    panden["wonen_toegestaan"] = pd.array([False], dtype="boolean")
    result, cands = run(bag_panden, panden, vbo, toewijzing, settings, plan(SITE, wonen=False))
    assert cands.iloc[0]["status"] == PLANWIJZIGING
    assert result.binnen_plan["F1"] == 0.0 and result.theoretisch["F1"] == 2.0


def test_unknown_storeys_is_onderzoek(settings):
    result, cands = run(*flat_with_bergingen(storeys=np.nan), settings, plan(SITE))
    assert cands.iloc[0]["status"] == ONDERZOEK
    assert np.isnan(result.binnen_plan["F1"])


def garage_row(n_boxes=8, gap_to_homes=20.0, box_m2=18.0):
    """A row of ``n_boxes`` garageboxen (3 × 6 m, one pand each) north of a row of houses."""
    houses = [box(3 * i, 0, 3 * i + 6, 10) for i in range(0, 12, 2)]  # 6 houses, 6 m wide
    y0 = 10 + gap_to_homes
    boxes = [box(3 * i, y0, 3 * i + 3, y0 + 6) for i in range(n_boxes)]
    bag_panden = bag(houses + boxes, [True] * 6 + [False] * n_boxes)
    panden = per_pand(bag_panden.iloc[:6], [1] * 6, [2] * 6)
    rows = [(pid(i), "woonfunctie", 110.0) for i in range(6)]
    rows += [(pid(6 + i), "overige gebruiksfunctie", box_m2) for i in range(n_boxes)]
    toewijzing = pd.DataFrame({"pand_id": [pid(i) for i in range(6)], "complex_id": [f"K{i}" for i in range(6)]})
    return bag_panden, panden, vbo_frame(rows), toewijzing


def test_row_of_eight_garageboxen_near_homes_is_one_candidate(settings):
    bag_panden, panden, vbo, toewijzing = garage_row()
    index = tuple(f"K{i}" for i in range(6))
    result, cands = run(bag_panden, panden, vbo, toewijzing, settings, plan(SITE), index=index)
    assert len(cands) == 1
    c = cands.iloc[0]
    assert (c["soort"], c["aantal_vbo"], c["aantal_panden"]) == ("garageboxen", 8, 8)
    # transformation: 8 × 18 = 144 m² / 40 = 3.6 → 3; on top: 8 × 18 m² footprint = 144 × 0.5 / 75 → 0
    assert c["woningen_transformatie"] == 3 and c["woningen_optoppen"] == 0 and c["extra_woningen"] == 3
    assert c["status"] == LET_OP
    # attributed to the nearest complex only: one complex carries the 3 homes
    assert result.theoretisch.sum() == 3 and (result.theoretisch > 0).sum() == 1


def test_five_boxes_are_too_few(settings):
    bag_panden, panden, vbo, toewijzing = garage_row(n_boxes=5)
    _, cands = run(bag_panden, panden, vbo, toewijzing, settings, plan(SITE), index=("K0",))
    assert len(cands) == 0


def test_boxes_far_from_homes_are_skipped(settings):
    bag_panden, panden, vbo, toewijzing = garage_row(gap_to_homes=150.0)
    _, cands = run(bag_panden, panden, vbo, toewijzing, settings, plan(SITE), index=("K0",))
    assert len(cands) == 0


def test_big_units_are_not_garageboxen(settings):
    bag_panden, panden, vbo, toewijzing = garage_row(box_m2=45.0)
    _, cands = run(bag_panden, panden, vbo, toewijzing, settings, plan(SITE), index=("K0",))
    assert len(cands) == 0
