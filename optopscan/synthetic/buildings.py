"""Panden per block type, and their heights."""

from __future__ import annotations

import numpy as np

from optopscan.synthetic.common import (
    EGW,
    GALERIJ,
    GROEN,
    K_BOER,
    K_EGW,
    K_GAL,
    K_KERK,
    K_NB,
    K_POR,
    K_SCH,
    K_SUP,
    K_WW,
    NIEUWBOUW,
    PORTIEK,
    VOORZIENING,
)


def _empty_parts() -> dict[str, list]:
    return {
        k: [] for k in ("block", "slot", "group", "kind", "x0", "y0", "x1", "y1", "storeys", "year", "style", "multi")
    }


def _add(parts, block, slot, group, kind, x0, y0, x1, y1, storeys, year, style=None, multi=None):
    n = len(block)
    parts["block"].append(np.asarray(block, dtype=np.int64))
    parts["slot"].append(np.asarray(slot, dtype=np.int64))
    parts["group"].append(np.asarray(group, dtype=np.int64))
    parts["kind"].append(np.full(n, kind, dtype=np.int64) if np.ndim(kind) == 0 else np.asarray(kind, dtype=np.int64))
    for k, v in (("x0", x0), ("y0", y0), ("x1", x1), ("y1", y1)):
        parts[k].append(np.asarray(v, dtype=float))
    parts["storeys"].append(np.asarray(storeys, dtype=np.int64))
    parts["year"].append(np.asarray(year, dtype=np.int64))
    parts["style"].append(np.zeros(n, np.int64) if style is None else np.asarray(style))
    parts["multi"].append(np.zeros(n, bool) if multi is None else np.asarray(multi, bool))


def _generate_buildings(lay: dict, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """All candidate panden of all blocks, vectorised per block type."""
    parts = _empty_parts()
    _eengezinswoningen(parts, lay, rng)
    _portiekflats(parts, lay, rng)
    _galerijflats(parts, lay, rng)
    _nieuwbouw(parts, lay, rng)
    _voorzieningen_blok(parts, lay, rng)
    _boerderijen(parts, lay, rng)

    out = {k: np.concatenate(v) for k, v in parts.items()}
    order = np.lexsort((out["slot"], out["block"]))
    return {k: v[order] for k, v in out.items()}


def _eengezinswoningen(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Eengezinswoningen: 4 lines x 2 rows of 4-10 houses, each house its own pand."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    ib = np.flatnonzero(lay["block_type"] == EGW)
    if len(ib):
        L, S, H = 4, 2, 10
        k = rng.integers(4, 11, size=(len(ib), L, S))
        w = rng.uniform(5.5, 6.0, (len(ib), L))
        d = rng.uniform(9.0, 10.0, (len(ib), L))
        year = rng.integers(1950, 1991, (len(ib), L))
        shape = (len(ib), L, S, H)
        li, si, hi = np.meshgrid(np.arange(L), np.arange(S), np.arange(H), indexing="ij")
        mask = hi[None] < k[..., None]
        B = np.broadcast_to(ib[:, None, None, None], shape)
        ww = np.broadcast_to(w[:, :, None, None], shape)
        dd = np.broadcast_to(d[:, :, None, None], shape)
        x0 = bx0[B] + np.array([3.0, 68.0])[si][None] + hi[None] * ww
        y0 = by0[B] + 5.0 + li[None] * 25.0
        _add(
            parts,
            B[mask],
            (li * S * H + si * H + hi)[None].repeat(len(ib), 0)[mask],
            np.broadcast_to(li[None], shape)[mask],
            K_EGW,
            x0[mask],
            y0[mask],
            (x0 + ww)[mask],
            (y0 + dd)[mask],
            np.full(mask.sum(), 2),
            np.broadcast_to(year[:, :, None, None], shape)[mask],
        )


def _portiekflats(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Portiekflats: 3 rows x 2-3 flats of 25-40 m, 3-4 storeys."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    ib = np.flatnonzero(lay["block_type"] == PORTIEK)
    if len(ib):
        R, C = 3, 3
        shape = (len(ib), R, C)
        length = rng.uniform(25.0, 40.0, shape)
        depth = rng.uniform(10.0, 12.0, shape)
        present = np.ones(shape, bool)
        present[:, :, 2] = rng.random((len(ib), R)) < 0.5
        storeys = np.repeat(rng.choice([3, 4], size=(len(ib), 1)), R, axis=1)  # per block
        year = rng.integers(1950, 1971, (len(ib), R))
        style = rng.choice([0, 1, 2], p=[0.6, 0.2, 0.2], size=(len(ib), R))
        ri, ci = np.meshgrid(np.arange(R), np.arange(C), indexing="ij")
        B = np.broadcast_to(ib[:, None, None], shape)
        x0 = bx0[B] + 2.0 + ci[None] * 43.0
        y0 = by0[B] + 5.0 + ri[None] * 33.0
        m = present
        _add(
            parts,
            B[m],
            np.broadcast_to((ri * C + ci)[None], shape)[m],
            np.broadcast_to(ri[None], shape)[m],
            K_POR,
            x0[m],
            y0[m],
            (x0 + length)[m],
            (y0 + depth)[m],
            np.broadcast_to(storeys[:, :, None], shape)[m],
            np.broadcast_to(year[:, :, None], shape)[m],
            np.broadcast_to(style[:, :, None], shape)[m],
        )


def _galerijflats(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Galerijflats: 1-2 long slabs of 60-120 m, 4-5 storeys."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    ib = np.flatnonzero(lay["block_type"] == GALERIJ)
    if len(ib):
        shape = (len(ib), 2)
        length = rng.uniform(60.0, 120.0, shape)
        depth = rng.uniform(10.0, 12.0, shape)
        shift = rng.uniform(0.0, 1.0, shape) * (120.0 - length)
        present = np.ones(shape, bool)
        present[:, 1] = rng.random(len(ib)) < 0.6
        storeys = rng.choice([4, 5], size=shape)
        year = rng.integers(1960, 1976, shape)
        si = np.broadcast_to(np.arange(2)[None], shape)
        B = np.broadcast_to(ib[:, None], shape)
        x0 = bx0[B] + 5.0 + shift
        y0 = by0[B] + np.array([15.0, 60.0])[si]
        m = present
        _add(parts, B[m], si[m], si[m], K_GAL, x0[m], y0[m], (x0 + length)[m], (y0 + depth)[m], storeys[m], year[m])


def _nieuwbouw(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Newer apartment blocks: 1-2 blocks, 4-6 storeys, some stepped."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    ib = np.flatnonzero(lay["block_type"] == NIEUWBOUW)
    if len(ib):
        shape = (len(ib), 2)
        lx = rng.uniform(20.0, 40.0, shape)
        ly = rng.uniform(14.0, 20.0, shape)
        present = np.ones(shape, bool)
        present[:, 1] = rng.random(len(ib)) < 0.5
        storeys = rng.choice([4, 5, 6], p=[0.35, 0.35, 0.3], size=shape)
        year = rng.integers(1995, 2021, shape)
        multi = rng.random(shape) < 0.4
        si = np.broadcast_to(np.arange(2)[None], shape)
        B = np.broadcast_to(ib[:, None], shape)
        x0 = bx0[B] + np.array([10.0, 70.0])[si]
        y0 = by0[B] + np.array([10.0, 50.0])[si]
        m = present
        _add(
            parts,
            B[m],
            si[m],
            si[m],
            K_NB,
            x0[m],
            y0[m],
            (x0 + lx)[m],
            (y0 + ly)[m],
            storeys[m],
            year[m],
            multi=multi[m],
        )


def _voorzieningen_blok(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Voorzieningen: shops with homes above, supermarket, school, sometimes a church."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    bbuurt = lay["block_buurt"]
    ib = np.flatnonzero(lay["block_type"] == VOORZIENING)
    if len(ib):
        n = len(ib)
        x, y = bx0[ib], by0[ib]
        ln = rng.uniform(50.0, 60.0, n)
        _add(
            parts,
            ib,
            np.zeros(n),
            np.zeros(n),
            K_WW,
            x + 5,
            y + 5,
            x + 5 + ln,
            y + 19,
            np.full(n, 3),
            rng.integers(1960, 1991, n),
        )
        sx, sy = rng.uniform(30.0, 40.0, n), rng.uniform(25.0, 30.0, n)
        _add(
            parts,
            ib,
            np.ones(n),
            np.ones(n),
            K_SUP,
            x + 5,
            y + 45,
            x + 5 + sx,
            y + 45 + sy,
            np.ones(n),
            rng.integers(1965, 2006, n),
        )
        cx, cy = rng.uniform(40.0, 50.0, n), rng.uniform(18.0, 22.0, n)
        _add(
            parts,
            ib,
            np.full(n, 2),
            np.full(n, 2),
            K_SCH,
            x + 75,
            y + 5,
            x + 75 + cx,
            y + 5 + cy,
            np.full(n, 2),
            rng.integers(1955, 1986, n),
        )
        kerk = bbuurt[ib] % 3 == 0
        kx, ky = rng.uniform(15.0, 18.0, n), rng.uniform(28.0, 34.0, n)
        kyear = rng.integers(1880, 1936, n)
        _add(
            parts,
            ib[kerk],
            np.full(kerk.sum(), 3),
            np.full(kerk.sum(), 3),
            K_KERK,
            (x + 90)[kerk],
            (y + 50)[kerk],
            (x + 90 + kx)[kerk],
            (y + 50 + ky)[kerk],
            np.ones(kerk.sum()),
            kyear[kerk],
        )


def _boerderijen(parts: dict[str, list], lay: dict, rng: np.random.Generator) -> None:
    """Green blocks: an old farm in some buurten."""
    bx0 = lay["bx0"]
    by0 = lay["by0"]
    bbuurt = lay["block_buurt"]
    ib = np.flatnonzero(lay["block_type"] == GROEN)
    if len(ib):
        first_groen = np.r_[True, bbuurt[ib][1:] != bbuurt[ib][:-1]]
        farm = first_groen & (bbuurt[ib] % 3 == 1)
        n = int(farm.sum())
        f = ib[farm]
        fx, fy = rng.uniform(12.0, 15.0, n), rng.uniform(22.0, 28.0, n)
        _add(
            parts,
            f,
            np.zeros(n),
            np.zeros(n),
            K_BOER,
            bx0[f] + 50,
            by0[f] + 35,
            bx0[f] + 50 + fx,
            by0[f] + 35 + fy,
            np.ones(n),
            rng.integers(1900, 1940, n),
        )


def _heights(b: dict, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Ground level, roof heights (m NAP) and roof type per pand."""
    n = len(b["kind"])
    kind, storeys = b["kind"], b["storeys"]
    cx = (b["x0"] + b["x1"]) / 2
    cy = (b["y0"] + b["y1"]) / 2
    mv = -4.0 + 0.3 * np.sin(cx / 700.0) + 0.2 * np.cos(cy / 500.0) + rng.normal(0, 0.06, n)
    mv = np.clip(mv, -4.5, -3.5)
    sh = rng.uniform(2.85, 3.1, n)
    slanted = np.isin(kind, [K_EGW, K_KERK, K_BOER])
    multi = b["multi"] & (kind == K_NB)
    dak_type = np.where(slanted, "slanted", np.where(multi, "multiple horizontal", "horizontal")).astype(object)
    # flat roofs
    h70 = mv + storeys * sh + rng.uniform(0.3, 0.7, n)
    h50 = h70 - rng.uniform(0.0, 0.15, n)
    hmin = h70 - rng.uniform(0.2, 0.8, n)
    hmax = h70 + rng.uniform(0.3, 1.6, n)  # lift housing, installations
    # stepped newer blocks: a lower wing two storeys down
    hmin = np.where(multi, mv + (storeys - 2) * sh + 0.4, hmin)
    h50 = np.where(multi, h70 - rng.uniform(0.3, 2.0, n), h50)
    hmax = np.where(multi, h70 + rng.uniform(0.3, 1.5, n), hmax)
    # pitched roofs: 70p somewhat above the eaves, max at the ridge
    eaves = np.select(
        [kind == K_EGW, kind == K_KERK, kind == K_BOER],
        [mv + 2 * rng.uniform(2.75, 2.85, n) + 0.2, mv + rng.uniform(7.5, 9.0, n), mv + rng.uniform(3.0, 3.8, n)],
        default=0.0,
    )
    rise = np.select(
        [kind == K_EGW, kind == K_KERK, kind == K_BOER],
        [rng.uniform(3.0, 3.8, n), rng.uniform(7.0, 9.0, n), rng.uniform(5.0, 6.5, n)],
        default=0.0,
    )
    hmin = np.where(slanted, eaves - 0.1, hmin)
    h50 = np.where(slanted, eaves + 0.45 * rise, h50)
    h70 = np.where(slanted, eaves + 0.62 * rise, h70)
    hmax = np.where(slanted, eaves + rise, hmax)
    return {
        "mv": mv,
        "hmin": hmin,
        "h50": h50,
        "h70": h70,
        "hmax": hmax,
        "dak_type": dak_type,
        "eaves": eaves,
        "rise": rise,
    }
