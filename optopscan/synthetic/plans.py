"""The bestemmingsplan: maatvoering, bestemmingen, bouwvlakken, plangebied."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.common import EGW, GROEN, INNER_H, INNER_W, K_BOER, K_SUP, K_WW, NIEUWBOUW, RD, VOORZIENING
from optopscan.synthetic.layout import _buurt_rect


def _plans(lay, keep_block, bblock, kind, storeys, h, block_no_plan, block_headroom, H_headroom, rng):
    nblk = len(lay["block_type"])
    hmax_rel = h["hmax"] - h["mv"]
    bx0, by0, bt = lay["bx0"], lay["by0"], lay["block_type"]
    blk_hmax = np.full(nblk, np.nan)
    blk_st = np.zeros(nblk, np.int64)
    s = pd.DataFrame({"b": bblock, "h": hmax_rel, "s": storeys})
    west = pd.DataFrame({"b": bblock, "h": hmax_rel, "w": (kind == K_WW) | (kind == K_SUP)})
    g = s.groupby("b")
    blk_hmax[g["h"].max().index] = g["h"].max().to_numpy()
    blk_st[g["s"].max().index] = g["s"].max().to_numpy()
    gw = west[west["w"]].groupby("b")["h"].max()
    ge = west[~west["w"]].groupby("b")["h"].max()
    mode = rng.choice([0, 1, 2], p=[0.4, 0.35, 0.25], size=nblk)
    extra = rng.choice([3.5, 6.5], size=nblk)
    extra_layers = rng.choice([1, 2], size=nblk)
    mv_rows, be_rows, bv_rows = [], [], []
    farm_blocks = set(bblock[kind == K_BOER].tolist())

    def rect(b, xa=0.0, xb=INNER_W):
        return shapely.box(bx0[b] + xa, by0[b], bx0[b] + xb, by0[b] + INNER_H)

    for b in np.flatnonzero(keep_block):
        t = bt[b]
        if b == block_no_plan:
            continue
        if t == GROEN:
            farm = b in farm_blocks
            be_rows.append(("Agrarisch" if farm else "Groen", "agrarisch" if farm else "groen", rect(b)))
            continue
        if np.isnan(blk_hmax[b]):
            be_rows.append(("Groen", "groen", rect(b)))
            continue
        if t == VOORZIENING:
            hoofd = "gemengd" if lay["block_buurt"][b] % 2 == 0 else "centrum"
            be_rows.append((hoofd.capitalize(), hoofd, rect(b, 0, 70)))
            be_rows.append(("Maatschappelijk", "maatschappelijk", rect(b, 70, INNER_W)))
            hw = math.ceil(gw.get(b, 10.0)) + 3
            he = math.ceil(ge.get(b, 10.0)) + 2
            mv_rows.append(([hw, 80], ["maximum bouwhoogte (m)", "maximum bebouwingspercentage (%)"], rect(b, 0, 70)))
            mv_rows.append(([he], ["maximum bouwhoogte (m)"], rect(b, 70, INNER_W)))
            bv_rows.append(rect(b, 0, 70))
            bv_rows.append(rect(b, 70, INNER_W))
            continue
        be_rows.append(("Wonen", "wonen", rect(b)))
        bv_rows.append(rect(b))
        if t == EGW:
            mv_rows.append(([6, 10], ["maximum goothoogte (m)", "maximum bouwhoogte (m)"], rect(b)))
            continue
        if b == block_headroom:
            mv_rows.append(([int(H_headroom)], ["maximum bouwhoogte (m)"], rect(b)))
            continue
        H = math.ceil(blk_hmax[b] + extra[b])
        if t == NIEUWBOUW:
            mv_rows.append(([math.ceil(blk_hmax[b] + 3.5)], ["maximum bouwhoogte (m)"], rect(b)))
        elif mode[b] == 0:
            mv_rows.append(([H], ["maximum bouwhoogte (m)"], rect(b)))
        elif mode[b] == 1:
            mv_rows.append(([H, 60], ["maximum bouwhoogte (m)", "maximum bebouwingspercentage (%)"], rect(b)))
        else:
            mv_rows.append(([int(blk_st[b] + extra_layers[b])], ["maximum aantal bouwlagen"], rect(b)))

    # verkeer: per buurt the street network between the blocks
    blocks_all = np.flatnonzero(keep_block)
    for bu in np.unique(lay["block_buurt"][blocks_all]):
        bb = blocks_all[lay["block_buurt"][blocks_all] == bu]
        outer = _buurt_rect(lay, bu)
        streets = shapely.difference(
            outer, shapely.union_all(shapely.box(bx0[bb], by0[bb], bx0[bb] + INNER_W, by0[bb] + INNER_H))
        )
        for part in shapely.get_parts(streets):
            be_rows.append(("Verkeer", "verkeer", part))

    waarde = [r[0] for r in mv_rows]
    types = [r[1] for r in mv_rows]

    def pick(ws, ts, name):
        return float(ws[ts.index(name)]) if name in ts else np.nan

    maatvoering = gpd.GeoDataFrame(
        {
            "naam": [", ".join(t) for t in types],
            "waarde": waarde,
            "waardeType": types,
            "max_bouwhoogte_m": [pick(w, t, "maximum bouwhoogte (m)") for w, t in zip(waarde, types, strict=True)],
            "max_bouwlagen": [pick(w, t, "maximum aantal bouwlagen") for w, t in zip(waarde, types, strict=True)],
        },
        geometry=[r[2] for r in mv_rows],
        crs=RD,
    )
    artikel = {"agrarisch": 1, "centrum": 2, "gemengd": 3, "groen": 4, "maatschappelijk": 5, "verkeer": 6, "wonen": 7}
    bestemmingen = gpd.GeoDataFrame(
        {
            "naam": [r[0] for r in be_rows],
            "bestemmingshoofdgroep": [r[1] for r in be_rows],
            "artikelnummer": [artikel[r[1]] for r in be_rows],
        },
        geometry=[r[2] for r in be_rows],
        crs=RD,
    )
    bouwvlakken = gpd.GeoDataFrame({"naam": ["bouwvlak"] * len(bv_rows)}, geometry=bv_rows, crs=RD)
    whole = shapely.union_all(np.array([_buurt_rect(lay, bu) for bu in np.unique(lay["block_buurt"][blocks_all])]))
    if block_no_plan >= 0:
        whole = shapely.difference(whole, rect(block_no_plan))
    plangebied = gpd.GeoDataFrame(
        {"naam": ["Zonnehoeve (fictief)"]},
        geometry=[shapely.multipolygons(shapely.get_parts(whole))],
        crs=RD,
    )
    return maatvoering, bestemmingen, bouwvlakken, plangebied
