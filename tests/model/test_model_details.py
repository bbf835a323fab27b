"""Bouwblokken and eigendom at the touch distance, blocks shared by complexes; build_panden's
3D BAG join, fallbacks and dtypes. Geometry in RD metres, expectations by hand."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from optopscan.constants import RD
from optopscan.model.eigendom import TOUCH_M, bouwblokken, ownership_per_complex
from optopscan.model.panden import build_panden

NAN = math.nan


def houses(n: int, x0: float = 0.0, gap: float = 0.0) -> list:
    return [shapely.box(x0 + i * (6 + gap), 0, x0 + i * (6 + gap) + 6, 10) for i in range(n)]


@pytest.mark.parametrize("gap, attached", [(TOUCH_M, True), (0.6, False)])
def test_touch_distance_boundary(gap, attached):
    labels = bouwblokken(np.array(houses(2, gap=gap), dtype=object), np.array([True, False]))
    assert bool(labels[1] == labels[0]) is attached
    assert labels[0] == 0 and bool(labels[1] == -1) is not attached


def test_blocks_are_labelled_by_their_lowest_position_and_grow_from_one_seed():
    geoms = np.array(houses(4) + houses(3, x0=100) + houses(1, x0=200), dtype=object)
    seeds = np.zeros(8, dtype=bool)
    seeds[[3, 6]] = True  # the far end of each row
    assert bouwblokken(geoms, seeds).tolist() == [0, 0, 0, 0, 4, 4, 4, -1]
    assert bouwblokken(geoms, np.zeros(8, dtype=bool)).tolist() == [-1] * 8
    assert bouwblokken(np.array([], dtype=object), np.array([], dtype=bool)).tolist() == []


def ids(n: int) -> list[str]:
    return [f"99991000000000{i:02d}" for i in range(n)]


def test_ownership_counts_the_whole_block_for_every_complex_in_it():
    # row A: 4 attached houses (0–3); flat B (4) far away with 3 woningen and a shop
    geoms = houses(4) + [shapely.box(100, 0, 130, 12)]
    p = ids(5)
    panden = gpd.GeoDataFrame({"pand_id": p}, geometry=geoms, crs=RD)
    vbo = pd.DataFrame(
        {
            "vbo_id": ["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3"],
            "pand_id": [p[0], p[1], p[2], p[3], p[4], p[4], p[4], p[4]],
            "woonfunctie": [True, True, True, True, True, True, True, False],
        }
    )
    bezit = pd.DataFrame(
        {
            "vbo_id": ["a0", "a0", "a2", "b0", "b3", "zz"],
            "pand_id": [p[0], p[0], p[2], p[4], p[4], None],
            "complexnummer": ["K1", "K1", "K2", "K2", "K2", "K3"],
        }
    )
    toewijzing = pd.DataFrame({"pand_id": [p[0], p[2], p[4]], "complex_id": ["K1", "K2", "K2"]})
    out = ownership_per_complex(panden, vbo, toewijzing, bezit)
    # K1: block A: 4 woningen, owned a0 (once) + a2 = 2
    # K2: block A (4, 2) + flat B (3 woningen, owned b0; the shop b3 is no woning) = 7, 3
    assert out.to_dict("index") == {
        "K1": {"woningen_bouwblok": 4.0, "woningen_corporatie": 2.0},
        "K2": {"woningen_bouwblok": 7.0, "woningen_corporatie": 3.0},
    }
    given = pd.Series({p[0]: 10, p[1]: 10, p[2]: 10, p[3]: 10, p[4]: 30})
    out = ownership_per_complex(panden, vbo, toewijzing, bezit, woningen=given)
    assert out.loc["K1", "woningen_bouwblok"] == 40.0  # the caller's count is used


def bag(geoms: list, bouwjaar: list[float]) -> gpd.GeoDataFrame:
    n = len(geoms)
    return gpd.GeoDataFrame(
        {
            "pand_id": ids(n),
            "bouwjaar": bouwjaar,
            "gebruiksdoel": ["woonfunctie"] * n,
            "woonfunctie": [True] * n,
        },
        geometry=geoms,
        crs=RD,
    )


def test_build_panden_joins_3dbag_with_fallbacks_and_dtypes():
    p = ids(3)
    geoms = [shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 20), shapely.box(40, 0, 45, 10)]
    vbo = pd.DataFrame({"vbo_id": ["v0", "v1", "v9"], "pand_id": [p[0], p[0], "elders"], "woonfunctie": True})
    bag3d = pd.DataFrame(
        {
            "pand_id": [p[0], p[0], p[1]],
            "hoogte_m": [12.0, 99.0, 6.0],
            "hoogte_max_m": [13.0, 99.0, NAN],
            "bouwlagen": [4, 9, 2],
            "bouwlagen_geschat": [True, False, None],
            "daktype": ["horizontal", "slanted", None],
            "plat_dak_m2": [80.0, 1.0, NAN],
            "grond_m2": [100.0, 1.0, NAN],
            "bouwjaar_3dbag": [1960.0, 1900.0, 1985.0],
        }
    )
    out = build_panden(bag(geoms, [1970.0, NAN, NAN]), vbo, bag3d)
    assert out["aantal_woningen"].tolist() == [2, 0, 0]
    assert out["hoogte_m"].tolist()[:2] == [12.0, 6.0]  # the first 3D BAG row of a pand
    assert out["bouwjaar"].fillna(-1).tolist() == [1970.0, 1985.0, -1]  # BAG first, then 3D BAG
    assert out["in_3dbag"].tolist() == [True, True, False]
    # grond_m2 falls back to the BAG footprint (200 m²) only for a pand in the 3D BAG
    assert out["grond_m2"].fillna(-1).tolist() == [100.0, 200.0, -1]
    assert out["bouwlagen_geschat"].tolist() == [True, False, False] and out["bouwlagen_geschat"].dtype == bool
    assert out["daktype"].tolist() == ["horizontal", None, None]
    assert out["bouwlagen"].dtype == np.float64 and out["parkeernorm"].isna().all()
    assert out["parkeerzone"].tolist() == [None, None, None]
    assert out["max_bouwhoogte_m"].isna().all() and out["wonen_toegestaan"].isna().all()
    assert out["buurtcode"].isna().all() and out["veerkracht_waarde"].isna().all()
    assert out["monument"].isna().all() and out["monumentnummers"].tolist() == ["", "", ""]


def test_build_panden_veerkracht_from_the_configured_buurt_column_and_monument_numbers():
    geoms = [shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 10)]
    buurten = gpd.GeoDataFrame(
        {
            "buurtcode": ["BU1"],
            "buurtnaam": ["Noord"],
            "gemeentecode": ["GM1"],
            "gemeentenaam": ["Stad"],
            "stedelijkheid": [2],
            "lbm": [3.9],
        },
        geometry=[shapely.box(-5, -5, 15, 15)],
        crs=RD,
    )
    mon = gpd.GeoDataFrame(
        {"monumentnummer": [7, 12, 7]},
        geometry=[shapely.box(1, 1, 2, 2), shapely.box(3, 3, 4, 4), shapely.box(5, 5, 6, 6)],
        crs=RD,
    )
    vbo = pd.DataFrame({"vbo_id": ["v0"], "pand_id": [ids(1)[0]], "woonfunctie": [True]})
    out = build_panden(
        bag(geoms, [1970.0, 1970.0]),
        vbo,
        pd.DataFrame({"pand_id": []}),
        buurten=buurten,
        veerkracht_kolom="lbm",
        monumenten=mon,
    )
    assert out["veerkracht_waarde"].fillna(-1).tolist() == [3.9, -1]
    assert out["stedelijkheid"].fillna(-1).tolist() == [2.0, -1] and out["buurtcode"].tolist() == ["BU1", None]
    # numbers sorted as text, each once
    assert out["monumentnummers"].tolist() == ["12, 7", ""] and out["monument"].tolist() == [True, False]
    without = build_panden(bag(geoms, [1970.0, 1970.0]), vbo, pd.DataFrame({"pand_id": []}), buurten=buurten)
    assert without["veerkracht_waarde"].isna().all()


def test_a_single_free_standing_pand_is_its_own_block():
    assert bouwblokken(np.array(houses(1), dtype=object), np.array([True])).tolist() == [0]


def test_an_empty_monument_layer_means_no_monument_and_plan_columns_are_nullable_booleans():
    geoms = [shapely.box(0, 0, 10, 10)]
    vbo = pd.DataFrame({"vbo_id": ["v0"], "pand_id": [ids(1)[0]], "woonfunctie": [True]})
    empty = gpd.GeoDataFrame({"monumentnummer": []}, geometry=gpd.GeoSeries([], crs=RD), crs=RD)
    out = build_panden(bag(geoms, [1970.0]), vbo, pd.DataFrame({"pand_id": []}), monumenten=empty)
    assert out["monument"].tolist() == [False] and out["monument"].dtype == "boolean"
    assert out["wonen_toegestaan"].dtype == "boolean" and out["wonen_toegestaan"].isna().all()


def test_largest_overlap_with_tiny_and_edge_only_overlaps():
    from optopscan.model.panden import largest_overlap

    zones = gpd.GeoDataFrame(
        {"v": ["links", "rechts"]}, geometry=[shapely.box(-10, -10, 0.4, 10), shapely.box(0.4, -10, 10, 10)], crs=RD
    )
    # a 1 m² pand split 0,4 / 0,6 m² takes the larger part; one that only touches both at edges takes none
    gap = gpd.GeoDataFrame(
        {"v": ["links", "rechts"]}, geometry=[shapely.box(-10, -10, 0, 10), shapely.box(1, -10, 10, 10)], crs=RD
    )
    pand = np.array([shapely.box(0, 0, 1, 1)], dtype=object)
    assert largest_overlap(pand, zones, "v").tolist() == ["rechts"]
    assert largest_overlap(pand, gap, "v").isna().all()
