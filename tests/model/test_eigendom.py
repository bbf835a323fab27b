"""Bouwblokken: attached panden form one block; ownership counts over the whole block."""

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.model.eigendom import bouwblokken, ownership_per_complex


def row_of_houses(n, x0=0.0, gap=0.0):
    return [shapely.box(x0 + i * (6 + gap), 0, x0 + i * (6 + gap) + 6, 10) for i in range(n)]


def test_attached_houses_form_one_block_detached_ones_do_not():
    geoms = np.array(row_of_houses(4) + row_of_houses(2, x0=100) + [shapely.box(200, 0, 210, 10)], dtype=object)
    seeds = np.array([True, False, False, False, False, False, True])
    labels = bouwblokken(geoms, seeds)
    assert len(set(labels[:4])) == 1 and labels[0] >= 0
    assert list(labels[4:6]) == [-1, -1]  # no seed in that row: not explored
    assert labels[6] >= 0 and labels[6] != labels[0]


def test_row_with_private_houses_is_gespikkeld():
    # five attached houses; the corporatie owns numbers 1, 2 and 4 (complex K1)
    geoms = row_of_houses(5)
    pand_ids = [f"99991000000000{i:02d}" for i in range(5)]
    panden = gpd.GeoDataFrame({"pand_id": pand_ids}, geometry=geoms, crs=28992)
    vbo = pd.DataFrame({"vbo_id": [f"v{i}" for i in range(5)], "pand_id": pand_ids, "woonfunctie": True})
    owned = [0, 1, 3]
    bezit = pd.DataFrame(
        {"vbo_id": [f"v{i}" for i in owned], "pand_id": [pand_ids[i] for i in owned], "complexnummer": "K1"}
    )
    toewijzing = pd.DataFrame({"pand_id": [pand_ids[i] for i in owned], "complex_id": "K1"})
    result = ownership_per_complex(panden, vbo, toewijzing, bezit)
    assert result.loc["K1", "woningen_bouwblok"] == 5
    assert result.loc["K1", "woningen_corporatie"] == 3


def test_no_bezit_means_unknown():
    assert ownership_per_complex(gpd.GeoDataFrame(geometry=[]), pd.DataFrame(), pd.DataFrame(), None) is None
