"""Aanplakken: kopgevels of rows and flats, clearance, BGT road and water, plan."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import RD, bag, box, per_pand, plan, vlakken
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from optopscan.constants import BLOKKADE, KANSRIJK, LET_OP, ONDERZOEK, PLANWIJZIGING
from optopscan.forms import combine_forms
from optopscan.forms.aanplakken import CANDIDATE_COLUMNS, evaluate_aanplakken, find_kopgevels
from optopscan.io.bgt import Bgt

# A row of six houses 6 m wide and 10 m deep, x from 0 to 36, y from 0 to 10 (facades face
# north and south). West of it, 0.5 m away, a shed (no complex); east of it open land.
ROW = [box(6 * i, 0, 6 * i + 6, 10) for i in range(6)]
SHED = box(-4.5, 0, -0.5, 10)
SITE = box(-50, -50, 100, 60)


def row_inputs(wonen=True):
    bag_panden = bag(ROW + [SHED], [True] * 6 + [False])
    panden = per_pand(bag_panden.iloc[:6], [1] * 6, [2] * 6, wonen)
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"].iloc[:6], "complex_id": "K1"})
    return bag_panden, panden, toewijzing


#: Streets along the south and north edge of the site: the BGT extract covers the site.
FRAME = (box(-50, -50, 100, -40), box(-50, 50, 100, 60))


def bgt_with(*roads) -> Bgt:
    roads = FRAME + roads
    n = len(roads)
    weg = gpd.GeoDataFrame(
        {"objecttype": ["wegdeel"] * n, "functie": ["rijbaan lokale weg"] * n},
        geometry=gpd.GeoSeries(list(roads), crs=RD),
        crs=RD,
    )
    water = gpd.GeoDataFrame({"objecttype": [], "functie": []}, geometry=gpd.GeoSeries([], crs=RD), crs=RD)
    return Bgt(wegdeel=weg, waterdeel=water)


def run(bag_panden, panden, toewijzing, settings, plannen=None, bouwvlakken=None, bgt=None, index=("K1",)):
    return evaluate_aanplakken(
        panden, bag_panden, toewijzing, pd.Index(list(index), name="complex_id"), plannen, bouwvlakken, bgt, settings
    )


def test_row_gives_one_candidate_at_the_free_east_end(settings):
    bag_panden, panden, toewijzing = row_inputs()
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with())
    assert list(cands.columns) == CANDIDATE_COLUMNS
    assert len(cands) == 1
    c = cands.iloc[0]
    # against the east wall x=36 of the sixth house, 6 m outward: x 36..42, y 0..10
    assert c["pand_id"] == bag_panden["pand_id"].iloc[5]
    assert c.geometry.bounds == pytest.approx((36.0, 0.0, 42.0, 10.0))
    assert c["breedte_m"] == 6.0 and c["extra_woningen"] == 1.0  # grondgebonden: 1 home
    assert c["status"] == KANSRIJK
    assert result.theoretisch["K1"] == 1.0 and result.binnen_plan["K1"] == 1.0


def test_no_candidate_along_front_or_back_facades(settings):
    # even a lone end house of a two-house row: only the side wall, never north/south
    geoms = np.array([box(0, 0, 6, 10), box(6, 0, 12, 10)], dtype=object)
    walls = find_kopgevels(geoms, np.array([True, True]), 6.0)
    # two end panden, each one wall: x=0 (normal west) and x=12 (normal east)
    assert sorted(walls["nx"].round(6).tolist()) == [-1.0, 1.0]
    assert (walls["ny"].abs() < 1e-9).all()
    assert walls["lengte"].tolist() == pytest.approx([10.0, 10.0])


def test_road_across_the_free_end_removes_it(settings):
    bag_panden, panden, toewijzing = row_inputs()
    road = box(38, -20, 45, 30)  # a street 7 m wide, starting 2 m east of the row
    _, without = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), None)
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with(road))
    assert len(without) == 1 and without.iloc[0]["status"] == LET_OP  # no BGT: not checked → let op
    assert len(cands) == 0
    assert result.theoretisch["K1"] == 0.0 and result.status["K1"] == BLOKKADE


def test_neighbour_within_clearance_blocks_the_end(settings):
    bag_panden, panden, toewijzing = row_inputs()
    barn = box(36.8, 0, 45, 10)  # 0.8 m from the east end: less than the 1 m clearance
    bag_panden = bag(ROW + [SHED, barn], [True] * 6 + [False, False])
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE))
    assert len(cands) == 0


def test_outside_bouwvlak_is_planwijziging_and_not_within_plan(settings):
    bag_panden, panden, toewijzing = row_inputs()
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(box(-10, -5, 36, 15)))
    assert cands.iloc[0]["status"] == PLANWIJZIGING
    assert "buiten het bouwvlak" in cands.iloc[0]["reden"]
    assert result.theoretisch["K1"] == 1.0 and result.constructief["K1"] == 1.0
    assert result.binnen_plan["K1"] == 0.0


def test_no_plan_is_unknown_not_zero(settings):
    bag_panden, panden, toewijzing = row_inputs()
    result, cands = run(bag_panden, panden, toewijzing, settings, None, None)
    assert cands.iloc[0]["status"] == ONDERZOEK
    assert np.isnan(result.binnen_plan["K1"])
    assert result.theoretisch["K1"] == 1.0


def test_free_standing_flat_has_two_kopgevels_one_home_per_storey(settings):
    flat = box(0, 0, 60, 11)  # galerijflat 60 m × 11 m, 4 storeys, 40 homes
    bag_panden = bag([flat], [True])
    panden = per_pand(bag_panden, [40], [4])
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "G1"})
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with(), index=("G1",))
    # both short sides (11 m): width = block depth 11 m, 4 homes each → 8
    assert len(cands) == 2
    assert cands["breedte_m"].tolist() == [11.0, 11.0]
    assert cands["extra_woningen"].tolist() == [4.0, 4.0]
    assert sorted(round(g.bounds[0]) for g in cands.geometry) == [-11, 60]
    assert result.binnen_plan["G1"] == 8.0


def test_flat_with_unknown_storeys_is_unknown(settings):
    bag_panden = bag([box(0, 0, 60, 11)], [True])
    panden = per_pand(bag_panden, [40], [np.nan])
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "G1"})
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), index=("G1",))
    assert cands["extra_woningen"].isna().all() and (cands["status"] == ONDERZOEK).all()
    assert np.isnan(result.theoretisch["G1"])


def test_short_kopgevel_is_skipped(settings):
    # houses only 5 m deep: the side wall is shorter than the 6 m minimum
    row = [box(6 * i, 0, 6 * i + 6, 5) for i in range(4)]
    bag_panden = bag(row, [True] * 4)
    panden = per_pand(bag_panden, [1] * 4, [2] * 4)
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "K1"})
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE))
    assert len(cands) == 0


def test_rotated_row_still_finds_the_end_walls(settings):
    import shapely.affinity as aff

    row = [aff.rotate(g, 30, origin=(0, 0)) for g in ROW]
    bag_panden = bag(row, [True] * 6)
    panden = per_pand(bag_panden, [1] * 6, [2] * 6)
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "K1"})
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE))
    assert len(cands) == 2  # both ends free
    assert cands.geometry.area.round(6).tolist() == [60.0, 60.0]  # 10 m wall × 6 m


def test_switched_off_is_unknown(settings):
    import dataclasses

    off = dataclasses.replace(
        settings,
        vormen=dataclasses.replace(
            settings.vormen, aanplakken=dataclasses.replace(settings.vormen.aanplakken, aan=False)
        ),
    )
    bag_panden, panden, toewijzing = row_inputs()
    result, cands = run(bag_panden, panden, toewijzing, off, plan(SITE), vlakken(SITE))
    assert len(cands) == 0 and np.isnan(result.theoretisch["K1"])


def test_combines_with_other_forms(settings):
    bag_panden, panden, toewijzing = row_inputs()
    result, _ = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with())
    combined = combine_forms([result], pd.Index(["K1"], name="complex_id"))
    assert combined.loc["K1", "extra_woningen_aanplakken"] == 1.0
    assert combined.loc["K1", "extra_woningen_binnen_plan"] == 1.0


def test_outside_every_plan_area_is_onderzoek_not_planwijziging(settings):
    bag_panden, panden, toewijzing = row_inputs()
    elsewhere = box(500, 500, 600, 600)  # the plan (and its bouwvlak) lie far away
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(elsewhere), vlakken(elsewhere))
    assert cands.iloc[0]["status"] == ONDERZOEK
    assert "bestemming onbekend" in cands.iloc[0]["reden"]
    assert np.isnan(result.binnen_plan["K1"])


@given(
    n=st.integers(min_value=2, max_value=9),
    width=st.floats(min_value=4.5, max_value=7.0),
    depth=st.floats(min_value=7.0, max_value=12.0),
    angle=st.floats(min_value=0.0, max_value=179.0),
)
@hyp_settings(max_examples=25, deadline=None)
def test_any_free_row_has_exactly_its_two_end_walls(settings, n, width, depth, angle):
    """A free row, in any direction: two candidates, one home each, against the end walls
    (wall length = house depth), never touching a house."""
    import shapely.affinity as aff

    row = [aff.rotate(box(width * i, 0, width * (i + 1), depth), angle, origin=(0, 0)) for i in range(n)]
    bag_panden = bag(row, [True] * n)
    panden = per_pand(bag_panden, [1] * n, [2] * n)
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "K1"})
    _, cands = run(
        bag_panden, panden, toewijzing, settings, plan(box(-500, -500, 500, 500)), vlakken(box(-500, -500, 500, 500))
    )
    assert len(cands) == 2
    assert cands["kopgevel_m"].to_numpy() == pytest.approx([depth, depth], abs=0.006)  # rounded to cm
    assert cands.geometry.area.to_numpy() == pytest.approx([depth * 6.0] * 2, rel=1e-6)
    assert cands["extra_woningen"].tolist() == [1.0, 1.0]
    houses = shapely.union_all(np.array(row, dtype=object))
    assert shapely.area(shapely.intersection(shapely.union_all(cands.geometry.to_numpy()), houses)) < 1e-6
    assert set(cands["pand_id"]) == {bag_panden["pand_id"].iloc[0], bag_panden["pand_id"].iloc[-1]}


def test_bgt_of_another_area_checks_nothing_here(settings):
    bag_panden, panden, toewijzing = row_inputs()
    far = Bgt(
        wegdeel=gpd.GeoDataFrame(
            {"objecttype": ["wegdeel"], "functie": ["rijbaan lokale weg"]},
            geometry=[box(5000, 5000, 5100, 5010)],
            crs=RD,
        ),
        waterdeel=gpd.GeoDataFrame({"objecttype": [], "functie": []}, geometry=gpd.GeoSeries([], crs=RD), crs=RD),
    )
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), far)
    assert cands.iloc[0]["status"] == LET_OP
    assert "weg en water niet gecontroleerd" in cands.iloc[0]["reden"]
