"""Eigendom per complex, measured over its bouwblokken.

A row of eengezinswoningen is often one BAG pand per house: a corporatie may own every
pand of its complex while private houses stand in the same row. A roof extension concerns
the whole attached block, so ownership is measured over the *bouwblok*: the panden with
woningen that touch each other (within ``TOUCH_M``), starting from the complex's panden.
A galerijflat standing free is its own bouwblok; a flat with private flats in it is
gespikkeld through its VBOs.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.io.common import isin

TOUCH_M = 0.5
"""Panden closer than this count as attached (BAG outlines of a row meet within cm's)."""


def ownership_per_complex(
    panden: gpd.GeoDataFrame,
    verblijfsobjecten: pd.DataFrame,
    toewijzing: pd.DataFrame,
    bezit: pd.DataFrame | None,
    woningen: pd.Series | None = None,
) -> pd.DataFrame | None:
    """Per complex_id: ``woningen_bouwblok`` and ``woningen_corporatie`` in its bouwblokken.

    ``woningen`` (woon-VBOs per pand_id) is counted here unless the caller has it already.
    """
    if bezit is None:
        return None
    woon_vbo = verblijfsobjecten.loc[verblijfsobjecten["woonfunctie"], ["vbo_id", "pand_id"]]
    if woningen is None:
        woningen = woon_vbo["pand_id"].value_counts()
    owned_ids = bezit.loc[bezit["pand_id"].notna(), "vbo_id"].drop_duplicates()
    owned = woon_vbo[isin(woon_vbo["vbo_id"], owned_ids)]["pand_id"].value_counts()

    woon = panden.loc[isin(panden["pand_id"], woningen.index), ["pand_id", "geometry"]].reset_index(drop=True)
    block = bouwblokken(woon.geometry.values, isin(woon["pand_id"], toewijzing["pand_id"]).to_numpy())
    members = pd.DataFrame({"pand_id": woon["pand_id"].to_numpy(), "bouwblok": block})
    members = members[members["bouwblok"] >= 0]
    members["woningen"] = members["pand_id"].map(woningen).fillna(0)
    members["corporatie"] = members["pand_id"].map(owned).fillna(0)
    per_block = members.groupby("bouwblok")[["woningen", "corporatie"]].sum()

    complex_blocks = toewijzing[["pand_id", "complex_id"]].merge(
        members[["pand_id", "bouwblok"]], on="pand_id", how="inner"
    )
    complex_blocks = complex_blocks.drop_duplicates(["complex_id", "bouwblok"])
    totals = complex_blocks.join(per_block, on="bouwblok").groupby("complex_id")[["woningen", "corporatie"]].sum()
    return totals.rename(columns={"woningen": "woningen_bouwblok", "corporatie": "woningen_corporatie"})


def bouwblokken(geoms: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """Connected groups of attached geometries reachable from ``seeds`` (−1 elsewhere).

    Grows a frontier through an STRtree (only blocks that hold a seed are explored), then
    labels components by min-label propagation with pointer jumping.
    """
    n = len(geoms)
    labels = np.full(n, -1, dtype=np.int64)
    if n == 0 or not seeds.any():
        return labels
    tree = shapely.STRtree(geoms)
    visited = seeds.copy()
    frontier = np.flatnonzero(seeds)
    edges_left, edges_right = [], []
    while len(frontier):
        left, right = tree.query(geoms[frontier], predicate="dwithin", distance=TOUCH_M)
        left = frontier[left]
        edges_left.append(left)
        edges_right.append(right)
        new = np.unique(right[~visited[right]])
        visited[new] = True
        frontier = new
    a, b = np.concatenate(edges_left), np.concatenate(edges_right)
    label = np.arange(n, dtype=np.int64)
    while True:
        before = label.copy()
        np.minimum.at(label, a, label[b])
        np.minimum.at(label, b, label[a])
        label = label[label]  # pointer jumping
        if np.array_equal(label, before):
            break
    labels[visited] = label[visited]
    return labels
