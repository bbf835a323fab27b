"""Planning a scan in blocks: which rectangles, what each block reads, which complexes it keeps.

A sample of the BAG pand layer's spatial index (the GeoPackage R-tree) is cut by a k-d split
into rectangles of about ``uitvoer.blok_panden`` panden that tile the plane. In an area scan a
block reads its rectangle plus :data:`MARGE_M` and keeps the complexes whose pand has the
lower-left corner of its envelope inside. With bezit the VHE are first matched to the BAG (only
the verblijfsobjecten on the bezit's postcodes and ids are read for that), each complex is
placed by its first pand, and a block reads only the area around its own complexes; blocks
without complexes are skipped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio

from optopscan.config import Settings
from optopscan.io.common import BBox, isin, normalise_bag_id, normalise_postcode, per_unique, read_layer

#: Metres read around a block: neighbours for aanplakken (free distance, BGT), garagebox rows
#: within uitplinten's 100 m of a woning, bouwblokken that cross the block edge. Aanname
#: optopscan: larger than every distance the forms look across (default.yaml, vormen).
MARGE_M = 250.0
#: One in this many R-tree entries is read to plan the blocks (enough to balance them).
SAMPLE_STEP = 8


@dataclass(frozen=True)
class Blok:
    """A block: ``core`` (half-open [x0, x1) × [y0, y1), may be infinite at the edges of the
    plane) and ``window`` (the core within the data, plus :data:`MARGE_M`: what is read)."""

    nummer: int
    core: BBox
    window: BBox
    #: BAG panden of the whole scan: the upper bound of its complexes (decides a compact toelichting)
    scan_size: int = 0
    #: with bezit: the complexnummers this block keeps (placed by their first pand in ``core``)
    complexen: tuple[str, ...] | None = None


# ----------------------------------------------------------------------------- plan


def _rtree_table(path: Path, layer: str) -> str | None:
    """Name of the GeoPackage R-tree of ``layer`` (None when the file is missing, is no
    GeoPackage or has no such index: the scan then runs in one piece and its loaders report
    any problem with the file in Dutch)."""
    if Path(path).suffix.lower() != ".gpkg" or not Path(path).is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            row = con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (layer,)
            ).fetchone()
            if row is None:
                return None
            name = f"rtree_{layer}_{row[0]}"
            found = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    except sqlite3.Error:
        return None
    return name if found else None


def sample_corners(path: Path, layer: str = "pand", step: int = SAMPLE_STEP) -> np.ndarray | None:
    """(n, 2) lower-left envelope corners of every ``step``-th pand, from the R-tree."""
    table = _rtree_table(path, layer)
    if table is None:
        return None
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        cur = con.execute(f'SELECT minx, miny FROM "{table}" WHERE id % ? = 0', (step,))
        parts = []
        while batch := cur.fetchmany(500_000):
            parts.append(np.asarray(batch, dtype="float64"))
    return np.concatenate(parts) if parts else np.empty((0, 2))


def kd_split(points: np.ndarray, target: int, core: BBox | None = None) -> list[BBox]:
    """Rectangles tiling ``core`` (default: the whole plane), each holding at most about
    ``target`` of ``points``: split at the median of the longer side, recursively."""
    core = core or (-np.inf, -np.inf, np.inf, np.inf)
    if len(points) <= target:
        return [core]
    spans = points.max(axis=0) - points.min(axis=0)
    if not spans.any():  # all points at one location: cannot split further
        return [core]
    axis = int(np.argmax(spans))
    values = points[:, axis]
    cut = float(np.median(values))
    if not (values < cut).any():  # the median is the minimum: split off the points at that minimum
        cut = float(values[values > values.min()].min())
    low = values < cut
    x0, y0, x1, y1 = core
    first, second = ((x0, y0, cut, y1), (cut, y0, x1, y1)) if axis == 0 else ((x0, y0, x1, cut), (x0, cut, x1, y1))
    return kd_split(points[low], target, first) + kd_split(points[~low], target, second)


def plan_blokken(settings: Settings) -> list[Blok] | None:
    """The blocks of a streamed scan, or None when the scan should run in one piece: when the
    BAG or 3D BAG is no GeoPackage with a spatial index, or when there are no more panden than
    one block holds. With bezit, :func:`bezit_blokken` then places the complexes."""
    inv = settings.invoer
    if _rtree_table(inv.bag3d, "pand") is None or _rtree_table(inv.bag, "pand") is None:
        return None
    per_blok = settings.uitvoer.blok_panden
    try:
        info = pyogrio.read_info(inv.bag, layer="pand", force_total_bounds=True)
        corners = sample_corners(Path(inv.bag))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, sqlite3.Error):
        return None  # the loaders name what is wrong with the file
    if corners is None or int(info["features"]) <= per_blok or info.get("total_bounds") is None:
        return None
    extent = tuple(float(v) for v in info["total_bounds"])
    cores = kd_split(corners, max(1, per_blok // SAMPLE_STEP))
    n = int(info["features"])
    return [Blok(i, core, _window(core, extent), scan_size=n) for i, core in enumerate(cores)]


def _window(core: BBox, extent: tuple[float, ...]) -> BBox:
    x0, y0, x1, y1 = core
    ex0, ey0, ex1, ey1 = extent
    return (
        max(x0, ex0) - MARGE_M,
        max(y0, ey0) - MARGE_M,
        min(x1, ex1) + MARGE_M,
        min(y1, ey1) + MARGE_M,
    )


# ----------------------------------------------------------------------------- with bezit


def vbo_fids_for(bag_path: Path, raw_bezit: pd.DataFrame) -> np.ndarray:
    """Feature ids of the verblijfsobjecten the bezit can match: on one of its postcodes or
    with one of its VBO ids (the only keys :func:`optopscan.io.bezit.match_bezit` uses), so
    the match is that of the whole BAG while a fraction of it is read."""
    keys = read_layer(
        bag_path,
        "verblijfsobject",
        ["identificatie"],
        columns=["postcode"],
        where_label="BAG-verblijfsobjecten",
        read_geometry=False,
        fid_as_index=True,
    )
    postcodes = normalise_postcode(raw_bezit["postcode"]) if "postcode" in raw_bezit else pd.Series(dtype=str)
    wanted = pd.Series(False, index=keys.index)
    if "postcode" in keys:
        wanted |= isin(per_unique(normalise_postcode, keys["postcode"]), postcodes[postcodes != ""]).to_numpy()
    if "vbo_id" in raw_bezit:
        ids = normalise_bag_id(raw_bezit["vbo_id"]).dropna()
        wanted |= isin(normalise_bag_id(keys["identificatie"]), ids).to_numpy()
    return keys.index.to_numpy()[wanted.to_numpy()]


def pand_bounds(bag_path: Path, pand_ids: pd.Series, layer: str = "pand") -> pd.DataFrame:
    """Envelope (minx, miny, maxx, maxy) per pand_id of ``pand_ids``, from the R-tree."""
    ids = read_layer(
        bag_path, layer, ["identificatie"], where_label="BAG-panden", read_geometry=False, fid_as_index=True
    )
    pand_id = normalise_bag_id(ids["identificatie"])
    hit = isin(pand_id, pand_ids).to_numpy()
    fid_of = pd.Series(pand_id.to_numpy()[hit], index=ids.index.to_numpy()[hit])
    table = _rtree_table(bag_path, layer)
    rows = []
    with contextlib.closing(sqlite3.connect(f"file:{bag_path}?mode=ro", uri=True)) as con:
        fids = fid_of.index.to_numpy()
        for start in range(0, len(fids), 10_000):  # SQLite takes up to 32,766 parameters
            part = [int(f) for f in fids[start : start + 10_000]]
            marks = ",".join("?" * len(part))
            rows += con.execute(
                f'SELECT id, minx, miny, maxx, maxy FROM "{table}" WHERE id IN ({marks})', part
            ).fetchall()
    frame = pd.DataFrame(rows, columns=["fid", "minx", "miny", "maxx", "maxy"])
    frame["pand_id"] = fid_of.reindex(frame["fid"].to_numpy()).to_numpy()
    return frame.drop(columns="fid").drop_duplicates("pand_id").set_index("pand_id")


def bezit_blokken(blokken: list[Blok], toewijzing: pd.DataFrame, bounds: pd.DataFrame) -> list[Blok]:
    """Each complex to the block whose core holds the lower-left corner of its first pand; a
    block reads the envelope of its complexes' panden plus :data:`MARGE_M`; blocks without
    complexes are left out. ``toewijzing``: pand_id → complex_id (first pand first)."""
    placed = toewijzing[isin(toewijzing["pand_id"], pd.Series(bounds.index))]
    box = bounds.reindex(placed["pand_id"].to_numpy()).set_index(placed["complex_id"].to_numpy())
    extent = box.groupby(level=0, sort=True).agg({"minx": "min", "miny": "min", "maxx": "max", "maxy": "max"})
    first = box[~box.index.duplicated(keep="first")]
    out = []
    for blok in blokken:
        x0, y0, x1, y1 = blok.core
        inside = first.index[
            (first["minx"] >= x0) & (first["minx"] < x1) & (first["miny"] >= y0) & (first["miny"] < y1)
        ]
        if len(inside) == 0:
            continue
        e = extent.loc[inside]
        window = (
            float(e["minx"].min()) - MARGE_M,
            float(e["miny"].min()) - MARGE_M,
            float(e["maxx"].max()) + MARGE_M,
            float(e["maxy"].max()) + MARGE_M,
        )
        out.append(dataclasses.replace(blok, window=window, complexen=tuple(str(c) for c in inside)))
    return out
