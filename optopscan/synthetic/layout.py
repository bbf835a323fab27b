"""The grid of buurten and blocks."""

from __future__ import annotations

import math

import numpy as np
import shapely

from optopscan.synthetic.buildings import _generate_buildings
from optopscan.synthetic.common import (
    _EST_PANDEN_PER_BUURT,
    BLOCK_H,
    BLOCK_W,
    BLOCKS_X,
    BLOCKS_Y,
    BUURT_H,
    BUURT_TEMPLATE,
    BUURT_W,
    GROEN,
    STREET,
)


def _layout(n_buurten: int, ncols: int, origin: tuple[float, float], rng: np.random.Generator) -> dict:
    b = np.arange(n_buurten)
    bcol, brow = b % ncols, b // ncols
    nrows = int(brow.max()) + 1
    ox = origin[0] - ncols * BUURT_W / 2
    oy = origin[1] - nrows * BUURT_H / 2
    types = rng.permuted(np.tile(BUURT_TEMPLATE, (n_buurten, 1)), axis=1)
    nb_per = BLOCKS_X * BLOCKS_Y
    blk = np.arange(n_buurten * nb_per)
    bu = blk // nb_per
    local = blk % nb_per
    lx, ly = local % BLOCKS_X, local // BLOCKS_X
    cell_x0 = ox + bcol[bu] * BUURT_W + lx * BLOCK_W
    cell_y0 = oy + brow[bu] * BUURT_H + ly * BLOCK_H
    return {
        "ncols": ncols,
        "nrows": nrows,
        "ox": ox,
        "oy": oy,
        "bcol": bcol,
        "brow": brow,
        "block_buurt": bu,
        "block_local": local,
        "block_type": types.ravel(),
        "bx0": cell_x0 + STREET,
        "by0": cell_y0 + STREET,
        # global block grid indices (for ov-haltes)
        "gx": bcol[bu] * BLOCKS_X + lx,
        "gy": brow[bu] * BLOCKS_Y + ly,
    }


def _buurt_rect(lay, bu):
    x = lay["ox"] + lay["bcol"][bu] * BUURT_W
    y = lay["oy"] + lay["brow"][bu] * BUURT_H
    return shapely.box(x, y, x + BUURT_W, y + BUURT_H)


def _fit_layout(n_panden: int, origin: tuple[float, float], rng: np.random.Generator):
    """Enough buurten for ``n_panden``, cut to exactly that many, centred on ``origin``."""
    n_expected = n_panden / _EST_PANDEN_PER_BUURT
    ncols = max(1, math.ceil(math.sqrt(n_expected * BUURT_H / BUURT_W)))
    n_buurten = math.ceil(n_expected * 1.1) + 1
    while True:
        lay = _layout(n_buurten, ncols, origin, rng)
        b = _generate_buildings(lay, rng)
        if len(b["kind"]) >= n_panden:
            break
        n_buurten = math.ceil(n_buurten * 1.2) + 1
    b = {k: v[:n_panden] for k, v in b.items()}
    # keep only buurten that received panden; re-derive block list
    used_buurt = np.unique(lay["block_buurt"][b["block"]])
    # centre the used buurten on ``origin``
    ux0 = lay["ox"] + lay["bcol"][used_buurt].min() * BUURT_W
    ux1 = lay["ox"] + (lay["bcol"][used_buurt].max() + 1) * BUURT_W
    uy0 = lay["oy"] + lay["brow"][used_buurt].min() * BUURT_H
    uy1 = lay["oy"] + (lay["brow"][used_buurt].max() + 1) * BUURT_H
    dx = round(origin[0] - (ux0 + ux1) / 2)
    dy = round(origin[1] - (uy0 + uy1) / 2)
    for key, d in (("ox", dx), ("bx0", dx), ("oy", dy), ("by0", dy)):
        lay[key] = lay[key] + d
    for key, d in (("x0", dx), ("x1", dx), ("y0", dy), ("y1", dy)):
        b[key] = b[key] + d
    keep_block = np.isin(lay["block_buurt"], used_buurt)
    last_block = b["block"].max()
    # blocks after the cut (in the last buurt) become green
    btype = lay["block_type"].copy()
    cut = (np.arange(len(btype)) > last_block) & (btype != GROEN)
    btype[cut] = GROEN
    lay["block_type"] = btype
    return lay, b, used_buurt, keep_block
