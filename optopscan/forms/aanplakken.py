"""Aanplakken (zijwaarts): new homes against the blind kopgevel of a bouwblok.

Attached BAG panden (within :data:`optopscan.model.eigendom.TOUCH_M`) form bouwblokken. A
*kopgevel* is the side wall of a block's end pand opposite and parallel to the wall it
shares with its one neighbour — never a front or back facade. A free-standing flat (no
neighbour, elongated footprint) has two kopgevels: the short sides of its footprint. Walls
are taken from the pand's minimum rotated rectangle.

A candidate is the rectangle against such a wall: along the wall its full length, outward
``breedte_grondgebonden_m`` for a grondgebonden row (one home per pand) or the wall's
length (the block's depth) for a flat (one home per storey). It must keep
``vrije_afstand_m`` from every other BAG pand and, when the BGT is given, stay out of
wegdeel and waterdeel. In the plan: wonen allowed and inside a Bouwvlak → within the plan;
otherwise ``planwijziging nodig``; no plan data → ``onderzoek nodig``.

Everything runs on whole arrays (shapely 2, STRtree); there is no loop over blocks.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.config import Settings
from optopscan.constants import BLOKKADE, KANSRIJK, LET_OP, ONDERZOEK, PLANWIJZIGING, RD, STATUS_RANK
from optopscan.forms import FormResult, switched_off
from optopscan.io.bgt import Bgt
from optopscan.io.common import isin
from optopscan.io.plans import Plannen
from optopscan.model.eigendom import TOUCH_M
from optopscan.model.panden import largest_overlap
from optopscan.text import choose, fmt

NAME = "aanplakken"
LAYER = "aanplaklocaties"
CANDIDATE_COLUMNS = [
    "complex_id",
    "pand_id",
    "kopgevel_m",
    "breedte_m",
    "bouwlagen",
    "extra_woningen",
    "status",
    "reden",
    "geometry",
]
#: A free-standing pand has kopgevels only when its footprint is at least this elongated.
MIN_ELONGATION = 1.5
#: Overlap (m²) with road or water that still counts as touching only.
BGT_TOLERANCE_M2 = 0.5
#: Share of a candidate that must lie in Bouwvlakken to count as inside.
BOUWVLAK_SHARE = 0.99


# ------------------------------------------------------------------ plan: Bouwvlak


# ------------------------------------------------------------------ geometry


def _rectangle_corners(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Corners (n, 4, 2) of each geometry's minimum rotated rectangle, and a validity mask."""
    env = shapely.oriented_envelope(geoms)
    ok = (shapely.get_type_id(env) == 3) & (shapely.get_num_coordinates(env) == 5)
    corners = np.full((len(geoms), 4, 2), np.nan)
    if ok.any():
        coords = shapely.get_coordinates(env[ok]).reshape(-1, 5, 2)[:, :4, :]
        corners[ok] = coords
    return corners, ok


def neighbour_pairs(geoms: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) pairs: ``geoms[i]`` for i in ``idx`` attached to another geometry j."""
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms[idx], predicate="dwithin", distance=TOUCH_M)
    left = idx[left]
    keep = left != right
    return left[keep], right[keep]


def find_kopgevels(geoms: np.ndarray, seeds: np.ndarray, min_length: float) -> pd.DataFrame:
    """Kopgevels of the seed panden: ``i`` (position in ``geoms``), wall ends ``x1, y1,
    x2, y2``, outward unit normal ``nx, ny``, ``lengte``.

    End pand (one attached neighbour): the rectangle side opposite the side nearest the
    neighbour. Free-standing elongated pand: both short sides. Middle panden: none.
    """
    idx = np.flatnonzero(seeds)
    left, right = neighbour_pairs(geoms, idx)
    degree = np.bincount(left, minlength=len(geoms))
    neighbour = np.full(len(geoms), -1)
    neighbour[left] = right  # unique for degree-1 panden
    corners, ok = _rectangle_corners(geoms[idx])
    nxt = np.roll(corners, -1, axis=1)
    mids = (corners + nxt) / 2
    lengths = np.linalg.norm(nxt - corners, axis=2)
    rows = []

    end = ok & (degree[idx] == 1)
    if end.any():
        e = np.flatnonzero(end)
        pts = shapely.points(mids[e].reshape(-1, 2))
        other = np.repeat(geoms[neighbour[idx[e]]], 4)
        dist = shapely.distance(pts, other).reshape(-1, 4)
        shared = np.argmin(dist, axis=1)
        rows.append((e, (shared + 2) % 4, shared))

    free = ok & (degree[idx] == 0)
    if free.any():
        f = np.flatnonzero(free)
        short = np.where(lengths[f, 0] <= lengths[f, 1], 0, 1)
        long_ = np.where(short == 0, lengths[f, 1], lengths[f, 0])
        elongated = long_ >= MIN_ELONGATION * np.minimum(lengths[f, 0], lengths[f, 1])
        f, short = f[elongated], short[elongated]
        rows.append((f, short, short + 2))
        rows.append((f, short + 2, short))

    if not rows:
        empty = {c: np.zeros(0) for c in ("x1", "y1", "x2", "y2", "nx", "ny", "lengte")}
        return pd.DataFrame({"i": np.zeros(0, dtype=np.int64), **empty})
    pos = np.concatenate([r[0] for r in rows])
    wall = np.concatenate([r[1] for r in rows])
    back = np.concatenate([r[2] for r in rows])
    p1 = corners[pos, wall]
    p2 = nxt[pos, wall]
    out_vec = mids[pos, wall] - mids[pos, back]
    norm = np.linalg.norm(out_vec, axis=1)
    normal = out_vec / np.where(norm > 0, norm, 1.0)[:, None]
    frame = pd.DataFrame(
        {
            "i": idx[pos],
            "x1": p1[:, 0],
            "y1": p1[:, 1],
            "x2": p2[:, 0],
            "y2": p2[:, 1],
            "nx": normal[:, 0],
            "ny": normal[:, 1],
            "lengte": lengths[pos, wall],
        }
    )
    frame = frame[(frame["lengte"] >= min_length) & (norm > 0)]
    return frame.sort_values(["i", "x1", "y1"], kind="mergesort").reset_index(drop=True)


def rectangles(walls: pd.DataFrame, width: np.ndarray) -> np.ndarray:
    """The rectangle against each wall, ``width`` metres outward."""
    p1 = walls[["x1", "y1"]].to_numpy()
    p2 = walls[["x2", "y2"]].to_numpy()
    offset = walls[["nx", "ny"]].to_numpy() * np.asarray(width, dtype=float)[:, None]
    ring = np.stack([p1, p2, p2 + offset, p1 + offset, p1], axis=1)
    return shapely.polygons(ring)


def blocked_by_panden(rects: np.ndarray, owner: np.ndarray, geoms: np.ndarray, clearance: float) -> np.ndarray:
    """True where a rectangle comes within ``clearance`` of a pand other than its own."""
    tree = shapely.STRtree(geoms)
    left, right = tree.query(rects, predicate="dwithin", distance=clearance)
    hit = right != owner[left]
    return np.bincount(left[hit], minlength=len(rects)) > 0


def blocked_by_bgt(rects: np.ndarray, obstacles: gpd.GeoDataFrame) -> np.ndarray:
    """True where a rectangle overlaps road or water by more than a touch."""
    out = np.zeros(len(rects), dtype=bool)
    if len(obstacles) == 0 or len(rects) == 0:
        return out
    geoms = obstacles.geometry.values
    left, right = shapely.STRtree(geoms).query(rects, predicate="intersects")
    if len(left):
        area = shapely.area(shapely.intersection(rects[left], geoms[right]))
        overlap = np.bincount(left, weights=area, minlength=len(rects))
        out = overlap > BGT_TOLERANCE_M2
    return out


def within_extent(rects: np.ndarray, layer: gpd.GeoDataFrame) -> np.ndarray:
    """True where a rectangle lies inside the bounding box of ``layer`` (a BGT extract of
    another area checks nothing here)."""
    if len(layer) == 0 or len(rects) == 0:
        return np.zeros(len(rects), dtype=bool)
    xmin, ymin, xmax, ymax = layer.total_bounds
    b = shapely.bounds(rects)
    return (b[:, 0] >= xmin) & (b[:, 1] >= ymin) & (b[:, 2] <= xmax) & (b[:, 3] <= ymax)


def inside_bouwvlak(rects: np.ndarray, bouwvlakken: gpd.GeoDataFrame | None) -> pd.Series:
    """True/False per rectangle (covered by Bouwvlakken); NA when there are no Bouwvlakken."""
    if bouwvlakken is None or len(bouwvlakken) == 0:
        return pd.Series(pd.array([pd.NA] * len(rects), dtype="boolean"))
    geoms = bouwvlakken.geometry.values
    left, right = shapely.STRtree(geoms).query(rects, predicate="intersects")
    area = shapely.area(shapely.intersection(rects[left], geoms[right])) if len(left) else np.zeros(0)
    covered = np.bincount(left, weights=area, minlength=len(rects))
    share = covered / np.maximum(shapely.area(rects), 1e-9)
    return pd.Series(share >= BOUWVLAK_SHARE, dtype="boolean")


# ------------------------------------------------------------------ the form


def evaluate_aanplakken(
    panden: pd.DataFrame,
    bag_panden: gpd.GeoDataFrame,
    toewijzing: pd.DataFrame,
    complex_index: pd.Index,
    plannen: Plannen | None,
    bouwvlakken: gpd.GeoDataFrame | None,
    bgt: Bgt | None,
    settings: Settings,
) -> tuple[FormResult, gpd.GeoDataFrame]:
    """Aanplak candidates (layer ``aanplaklocaties``) and the per-complex result.

    ``panden``: the per-pand frame of :func:`optopscan.model.panden.build_panden`
    (``pand_id``, ``aantal_woningen``, ``bouwlagen``); ``bag_panden``: *all* BAG panden
    (neighbours and obstacles); ``toewijzing``: ``pand_id`` → ``complex_id``.
    """
    cfg = settings.vormen.aanplakken
    if not cfg.aan:
        return switched_off(complex_index, NAME), empty_candidates()
    geoms = bag_panden.geometry.values
    seeds = isin(bag_panden["pand_id"], toewijzing["pand_id"]).to_numpy()
    walls = find_kopgevels(geoms, seeds, cfg.min_kopgevel_m)
    if len(walls) == 0:
        return per_complex(empty_candidates(), complex_index), empty_candidates()
    ids = bag_panden["pand_id"].to_numpy()[walls["i"].to_numpy()]
    info = panden.drop_duplicates("pand_id").set_index("pand_id")
    woningen = pd.Series(ids).map(info["aantal_woningen"]).fillna(0).to_numpy()
    bouwlagen = pd.Series(ids).map(info["bouwlagen"]).astype("float64").to_numpy()
    flat = woningen > 1
    width = np.where(flat, walls["lengte"].to_numpy(), cfg.breedte_grondgebonden_m)
    rects = rectangles(walls, width)

    keep = ~blocked_by_panden(rects, walls["i"].to_numpy(), geoms, cfg.vrije_afstand_m)
    checked = np.zeros(len(rects), dtype=bool)
    if bgt is not None:
        obstacles = bgt.obstacles()
        keep &= ~blocked_by_bgt(rects, obstacles)
        checked = within_extent(rects, obstacles)
    walls, rects, ids, flat, width, bouwlagen, checked = (
        walls[keep].reset_index(drop=True),
        rects[keep],
        ids[keep],
        flat[keep],
        width[keep],
        bouwlagen[keep],
        checked[keep],
    )
    candidates = _judge(walls, rects, ids, flat, width, bouwlagen, plannen, bouwvlakken, checked, toewijzing)
    return per_complex(candidates, complex_index), candidates


def _judge(
    walls: pd.DataFrame,
    rects: np.ndarray,
    ids: np.ndarray,
    flat: np.ndarray,
    width: np.ndarray,
    bouwlagen: np.ndarray,
    plannen: Plannen | None,
    bouwvlakken: gpd.GeoDataFrame | None,
    checked: np.ndarray,
    toewijzing: pd.DataFrame,
) -> gpd.GeoDataFrame:
    """Homes, status and reason per candidate rectangle; ``checked``: inside the BGT's extent."""
    n = len(rects)
    index = pd.RangeIndex(n)
    homes = pd.Series(np.where(flat, bouwlagen, 1.0), index=index, dtype="float64")
    wonen = pd.Series(pd.array([pd.NA] * n, dtype="boolean"), index=index)
    if plannen is not None and len(plannen.bestemmingen) and n:
        wonen = largest_overlap(rects, plannen.bestemmingen, "wonen_toegestaan").astype("boolean")
    bouwvlak = inside_bouwvlak(rects, bouwvlakken)
    # outside every plan area the Bouwvlak says nothing either: unknown, not a misfit
    misfit = (wonen == False) | ((bouwvlak == False) & wonen.notna())  # noqa: E712  (nullable booleans)
    fits = (wonen == True) & (bouwvlak == True)  # noqa: E712
    misfit = misfit.fillna(False).astype(bool)
    fits = fits.fillna(False).astype(bool)
    unknown_homes = homes.isna().to_numpy()
    status = pd.Series(
        np.select([misfit, ~fits | unknown_homes, ~checked], [PLANWIJZIGING, ONDERZOEK, LET_OP], KANSRIJK),
        index=index,
        dtype=object,
    )

    wall = "vrije kopgevel van " + fmt(walls["lengte"], 1, "m")
    what = choose(
        [pd.Series(flat, index=index) & ~pd.Series(unknown_homes, index=index), pd.Series(flat, index=index)],
        [
            "; flat: " + fmt(homes) + " woningen (één per bouwlaag), breedte " + fmt(pd.Series(width), 1, "m"),
            "; flat: aantal bouwlagen onbekend (3D BAG), aantal woningen onbekend",
        ],
        "; grondgebonden rij: 1 woning van " + fmt(pd.Series(width), 1, "m") + " breed",
        index,
    )
    plan = choose(
        [wonen == False, wonen.isna(), bouwvlak == False, bouwvlak.isna()],  # noqa: E712
        [
            "; bestemming staat geen wonen toe",
            "; bestemming onbekend (geen plan op deze plek)",
            "; buiten het bouwvlak",
            "; bouwvlak onbekend (plan zonder bouwvlakken)",
        ],
        "; binnen bouwvlak, wonen toegestaan",
        index,
    )
    bgt_note = pd.Series(
        np.where(checked, "", "; weg en water niet gecontroleerd (geen BGT op deze plek)"), index=index
    )
    complex_of = toewijzing.drop_duplicates("pand_id").set_index("pand_id")["complex_id"]
    out = gpd.GeoDataFrame(
        {
            "complex_id": pd.Series(ids, dtype=object).map(complex_of).to_numpy(),
            "pand_id": ids,
            "kopgevel_m": walls["lengte"].round(2).to_numpy(),
            "breedte_m": np.round(width, 2),
            "bouwlagen": bouwlagen,
            "extra_woningen": homes.to_numpy(),
            "status": status.to_numpy(),
            "reden": (wall + what + plan + bgt_note).to_numpy(),
        },
        geometry=rects,
        crs=RD,
    )
    return out.sort_values(["complex_id", "pand_id"], kind="mergesort").reset_index(drop=True)[CANDIDATE_COLUMNS]


def per_complex(
    candidates: pd.DataFrame,
    complex_index: pd.Index,
    name: str = NAME,
    what: str = "vrije kopgevel(s)",
    none_text: str = "geen vrije kopgevel",
) -> FormResult:
    """Sum the candidates per complex; complexes without a candidate get 0 homes.

    theoretisch = constructief = all candidate homes (a new volume has no structural limit
    of the existing building); binnen_plan = homes of candidates whose status is kansrijk or
    let op (inside the plan); unknown when the plan is unknown and nothing fits for sure.
    The status of a complex is the best status of its candidates; without one: blokkade
    for this form.
    """
    c = candidates[candidates["complex_id"].notna()]
    homes = c["extra_woningen"].astype("float64")
    parts = pd.DataFrame(
        {
            "complex_id": c["complex_id"].to_numpy(),
            "n": 1,
            "homes": homes.to_numpy(),
            "known": homes.notna().to_numpy(),
            "within": homes.where(c["status"].isin([KANSRIJK, LET_OP]), 0.0).fillna(0.0).to_numpy(),
            "unknown_plan": (c["status"] == ONDERZOEK).to_numpy(),
            "rank": c["status"].map(STATUS_RANK).to_numpy(),
        }
    )
    agg = parts.groupby("complex_id", sort=True).agg(
        n=("n", "sum"),
        homes=("homes", "sum"),
        known=("known", "sum"),
        within=("within", "sum"),
        unknown_plan=("unknown_plan", "any"),
        rank=("rank", "min"),
    )
    agg = agg.reindex(complex_index)  # one alignment for every column
    counted = agg["n"].fillna(0).astype("int64")
    has = counted > 0
    # a complex whose candidates all have an unknown number of homes: unknown
    theoretisch = agg["homes"].where(agg["known"] > 0, np.nan).where(has, 0.0).astype("float64")
    within = agg["within"].fillna(0.0)
    unknown = agg["unknown_plan"].astype("boolean").fillna(False).astype(bool)
    binnen_plan = within.where(~(unknown & (within == 0)), np.nan).astype("float64")
    status = agg["rank"].map({v: k for k, v in STATUS_RANK.items()}).where(has, BLOKKADE).astype(object)
    text = (
        f"{name}: "
        + counted.astype(str)
        + f" {what}, "
        + fmt(theoretisch)
        + " woningen, waarvan "
        + fmt(binnen_plan)
        + " binnen het plan"
    )
    reden = text.where(has, f"{name}: {none_text}")
    return FormResult(
        name=name,
        theoretisch=theoretisch,
        constructief=theoretisch.copy(),
        binnen_plan=binnen_plan,
        status=status,
        reden=reden.astype(object),
        values={f"{name}_kansen": counted},
    )


def empty_candidates() -> gpd.GeoDataFrame:
    """An empty ``aanplaklocaties`` layer with its columns."""
    data = {c: pd.Series(dtype="object") for c in CANDIDATE_COLUMNS if c != "geometry"}
    for c in ("kopgevel_m", "breedte_m", "bouwlagen", "extra_woningen"):
        data[c] = pd.Series(dtype="float64")
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([], crs=RD), crs=RD)


__all__ = ["evaluate_aanplakken", "find_kopgevels", "LAYER", "CANDIDATE_COLUMNS"]
