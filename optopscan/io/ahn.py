"""Heights from AHN (Actueel Hoogtebestand Nederland) for panden without a 3D BAG height.

Input: the AHN DSM (surface, with buildings) and DTM (ground) as published by PDOK: GeoTIFF
tiles (AHN4/AHN5, 0.5 m cells, EPSG:28992, heights in m NAP, no-data outside the coverage and,
in the DTM, under buildings), a VRT over such tiles, or a folder holding them. Several tiles
are read through one in-memory VRT, so a footprint on a tile edge reads from both.

Per pand (footprint from the BAG):

- ``h_dak_70p``  = 70th percentile of the DSM cells inside the footprint (as 3D BAG's
  ``b3_h_dak_70p``),
- ``h_dak_max``  = the DSM maximum inside the footprint,
- ``h_maaiveld`` = the median DTM in a ring of :data:`RING_M` around the footprint (cells of
  other footprints excluded); without ring cells, the median DTM under the footprint,
- ``dak_plat_aandeel`` = share of interior footprint cells whose local slope (central
  differences, 1 m baseline) is below :data:`FLAT_SLOPE_DEG`; ``plat_dak_m2`` = that share ×
  footprint area; ``daktype`` = "horizontal" when the share ≥ :data:`FLAT_SHARE_HORIZONTAL`,
  else "slanted".

Reading is per batch: the panden are grouped on a :data:`BATCH_CELL_M` grid of their centroids
and each group reads one window of DSM and DTM; the statistics per pand are computed for the
whole window at once (rasterio.features.rasterize + sorted numpy group reductions), with no
Python loop over panden.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.errors import CrsError, MissingFileError, UnreadableFileError

#: Ring around a footprint in which the ground (DTM) is sampled, metres (aanname optopscan).
RING_M = 3.0
#: A roof cell is flat below this local slope, degrees (aanname optopscan: AHN noise of a few
#: centimetres over 1 m gives a few degrees).
FLAT_SLOPE_DEG = 10.0
#: Flat share from which the roof counts as "horizontal" (aanname optopscan).
FLAT_SHARE_HORIZONTAL = 0.7
#: Batch grid: panden whose centroids share a cell of this size are read in one window.
BATCH_CELL_M = 250.0
RASTER_SUFFIXES = (".tif", ".tiff", ".vrt")

COLUMNS = [
    "pand_id",
    "h_maaiveld",
    "h_dak_70p",
    "h_dak_max",
    "dak_plat_aandeel",
    "plat_dak_m2",
    "grond_m2",
    "daktype",
]


def expand_paths(paths: list[Path], what: str) -> list[Path]:
    """Files as given; a folder stands for the GeoTIFF/VRT files inside it (sorted)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise MissingFileError(
                f"AHN-{what}-bestand bestaat niet.",
                path=p,
                remedy=f"download de AHN-kaartbladen (GeoTIFF, 0,5 m) van PDOK of pas invoer.ahn_{what.lower()} aan.",
            )
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in RASTER_SUFFIXES)
            if not found:
                raise MissingFileError(
                    f"de map bevat geen AHN-{what}-kaartbladen (.tif/.vrt).", path=p, remedy="controleer de map."
                )
            out += found
        else:
            out.append(p)
    return out


def _open(paths: list[Path], what: str):
    """One rasterio dataset over all tiles (an in-memory VRT when there are several)."""
    import rasterio
    from rasterio.errors import RasterioIOError

    datasets = []
    for p in paths:
        try:
            ds = rasterio.open(p)
        except RasterioIOError as exc:
            raise UnreadableFileError(
                f"AHN-{what} kan niet als raster worden gelezen ({exc}).",
                path=p,
                remedy="lever GeoTIFF-kaartbladen of een VRT zoals PDOK ze levert.",
            ) from exc
        epsg = ds.crs.to_epsg() if ds.crs else None
        if epsg not in (28992, 7415):
            ds.close()
            raise CrsError(
                f"AHN-{what} moet in EPSG:28992 (RD) staan, dit raster heeft {ds.crs or 'geen CRS'}.",
                path=p,
                remedy="gebruik de AHN-kaartbladen van PDOK (RD New, m NAP).",
            )
        datasets.append(ds)
    if len(datasets) == 1:
        return datasets[0]
    xml = _vrt_xml(datasets)
    for ds in datasets:
        ds.close()
    from rasterio.io import MemoryFile

    mem = MemoryFile(xml.encode(), ext=".vrt")
    return mem.open()


def _vrt_xml(datasets) -> str:
    """A VRT mosaic of same-resolution tiles (what gdalbuildvrt writes, minimal)."""
    res = datasets[0].res
    left = min(d.bounds.left for d in datasets)
    top = max(d.bounds.top for d in datasets)
    right = max(d.bounds.right for d in datasets)
    bottom = min(d.bounds.bottom for d in datasets)
    width = int(round((right - left) / res[0]))
    height = int(round((top - bottom) / res[1]))
    nodata = datasets[0].nodata
    dtype = {"float32": "Float32", "float64": "Float64"}.get(datasets[0].dtypes[0], "Float32")
    sources = []
    for d in datasets:
        xoff = int(round((d.bounds.left - left) / res[0]))
        yoff = int(round((top - d.bounds.top) / res[1]))
        nd = f"<NODATA>{d.nodata}</NODATA>" if d.nodata is not None else ""
        sources.append(
            f'<ComplexSource><SourceFilename relativeToVRT="0">{Path(d.name).resolve()}</SourceFilename>'
            f"<SourceBand>1</SourceBand>"
            f'<SrcRect xOff="0" yOff="0" xSize="{d.width}" ySize="{d.height}"/>'
            f'<DstRect xOff="{xoff}" yOff="{yoff}" xSize="{d.width}" ySize="{d.height}"/>{nd}</ComplexSource>'
        )
    nd = f"<NoDataValue>{nodata}</NoDataValue>" if nodata is not None else ""
    return (
        f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}"><SRS>EPSG:28992</SRS>'
        f"<GeoTransform>{left}, {res[0]}, 0, {top}, 0, {-res[1]}</GeoTransform>"
        f'<VRTRasterBand dataType="{dtype}" band="1">{nd}{"".join(sources)}</VRTRasterBand></VRTDataset>'
    )


def _read(ds, bounds: tuple[float, float, float, float]):
    """(array with NaN for no-data, transform) of the window covering ``bounds``."""
    from rasterio.windows import Window

    t = ds.transform  # north-up grid (AHN): x = c + col·a, y = f + row·e (e < 0)
    col, row = int(np.floor((bounds[0] - t.c) / t.a)), int(np.floor((bounds[3] - t.f) / t.e))
    col1, row1 = int(np.ceil((bounds[2] - t.c) / t.a)), int(np.ceil((bounds[1] - t.f) / t.e))
    win = Window(col, row, col1 - col, row1 - row)
    arr = np.full((win.height, win.width), np.nan)
    # the part of the window inside the raster (reads outside it stay NaN: no coverage)
    c0, r0 = max(win.col_off, 0), max(win.row_off, 0)
    c1, r1 = min(win.col_off + win.width, ds.width), min(win.row_off + win.height, ds.height)
    if c1 > c0 and r1 > r0:
        part = ds.read(1, window=Window(c0, r0, c1 - c0, r1 - r0)).astype("float64")
        if ds.nodata is not None:
            part[part == ds.nodata] = np.nan
        arr[r0 - win.row_off : r1 - win.row_off, c0 - win.col_off : c1 - win.col_off] = part
    arr[~np.isfinite(arr) | (arr < -1000) | (arr > 10000)] = np.nan
    from affine import Affine

    return arr, Affine(t.a, t.b, t.c + col * t.a, t.d, t.e, t.f + row * t.e)


def _group_stats(labels: np.ndarray, values: np.ndarray, n: int, quantiles: tuple[float, ...]) -> np.ndarray:
    """Per label 1..n: the given quantiles (linear interpolation) and the max; NaN when empty.

    Returns an array of shape (n, len(quantiles) + 1). Vectorised: one lexsort."""
    ok = (labels > 0) & np.isfinite(values)
    lab, val = labels[ok], values[ok]
    out = np.full((n, len(quantiles) + 1), np.nan)
    if len(lab) == 0:
        return out
    order = np.lexsort((val, lab))
    lab, val = lab[order], val[order]
    counts = np.bincount(lab, minlength=n + 1)[1:]
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    has = counts > 0
    for j, q in enumerate(quantiles):
        pos = starts + q * (counts - 1)
        lo = np.floor(pos).astype(np.int64)
        hi = np.ceil(pos).astype(np.int64)
        frac = pos - lo
        lo_c, hi_c = np.clip(lo, 0, len(val) - 1), np.clip(hi, 0, len(val) - 1)
        out[has, j] = (val[lo_c] * (1 - frac) + val[hi_c] * frac)[has]
    out[has, -1] = val[(starts + counts - 1)[has]]
    return out


def _flat_share(labels: np.ndarray, dsm: np.ndarray, cell: float, n: int) -> np.ndarray:
    """Share of interior footprint cells (all four neighbours in the same footprint) with a
    local slope below FLAT_SLOPE_DEG; NaN without interior cells."""
    gy, gx = np.gradient(dsm, cell)
    slope = np.degrees(np.arctan(np.hypot(gx, gy)))
    inner = labels > 0
    inner[1:, :] &= labels[1:, :] == labels[:-1, :]
    inner[:-1, :] &= labels[:-1, :] == labels[1:, :]
    inner[:, 1:] &= labels[:, 1:] == labels[:, :-1]
    inner[:, :-1] &= labels[:, :-1] == labels[:, 1:]
    inner[[0, -1], :] = False
    inner[:, [0, -1]] = False
    inner &= np.isfinite(slope)
    lab = labels[inner]
    total = np.bincount(lab, minlength=n + 1)[1:].astype("float64")
    flat = np.bincount(lab, weights=(slope[inner] < FLAT_SLOPE_DEG).astype("float64"), minlength=n + 1)[1:]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, flat / total, np.nan)


def _batch(geoms: np.ndarray, dsm_ds, dtm_ds) -> np.ndarray:
    """Statistics for one batch of footprints read in one window: (n, 5) array of
    h_maaiveld, h_dak_70p, h_dak_max, dak_plat_aandeel, ground median under the footprint."""
    from rasterio.features import rasterize

    n = len(geoms)
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    pad = RING_M + 1.0
    bounds = (xmin - pad, ymin - pad, xmax + pad, ymax + pad)
    dsm, transform = _read(dsm_ds, bounds)
    dtm, dtm_transform = _read(dtm_ds, bounds)
    if dtm.shape != dsm.shape or dtm_transform != transform:  # other grid: resample on the DSM grid
        dtm = _resample_to(dtm, dtm_transform, dsm.shape, transform)
    labels_ids = np.arange(1, n + 1)
    shape = dsm.shape
    foot = rasterize(zip(geoms, labels_ids, strict=True), out_shape=shape, transform=transform, fill=0, dtype="int32")
    rings = shapely.buffer(geoms, RING_M)
    ring = rasterize(zip(rings, labels_ids, strict=True), out_shape=shape, transform=transform, fill=0, dtype="int32")
    ring[foot > 0] = 0
    roof = _group_stats(foot, dsm, n, (0.7,))
    ground = _group_stats(ring, dtm, n, (0.5,))[:, 0]
    under = _group_stats(foot, dtm, n, (0.5,))[:, 0]
    flat = _flat_share(foot, dsm, abs(transform.a), n)
    return np.column_stack([ground, roof[:, 0], roof[:, 1], flat, under])


def _resample_to(arr: np.ndarray, src_transform, shape, dst_transform) -> np.ndarray:
    from rasterio.warp import Resampling, reproject

    out = np.full(shape, np.nan)
    reproject(
        arr,
        out,
        src_transform=src_transform,
        src_crs="EPSG:28992",
        dst_transform=dst_transform,
        dst_crs="EPSG:28992",
        resampling=Resampling.bilinear,
        src_nodata=np.nan,
        dst_nodata=np.nan,
    )
    return out


def ahn_heights(panden: gpd.GeoDataFrame, dsm: list[Path], dtm: list[Path]) -> pd.DataFrame:
    """AHN heights for ``panden`` (pand_id, geometry in EPSG:28992); columns :data:`COLUMNS`.

    Values are NaN where AHN has no data (outside the coverage, or a footprint without
    cells); plausibility is checked by the caller like any 3D BAG height.
    """
    out = pd.DataFrame({c: pd.Series(dtype="float64") for c in COLUMNS})
    if len(panden) == 0:
        return out.astype({"pand_id": "str", "daktype": object})
    dsm_ds = _open(expand_paths(dsm, "DSM"), "DSM")
    dtm_ds = _open(expand_paths(dtm, "DTM"), "DTM")
    try:
        geoms = np.asarray(panden.geometry.values)
        c = shapely.centroid(geoms)
        key = pd.DataFrame(
            {
                "gx": np.floor(shapely.get_x(c) / BATCH_CELL_M),
                "gy": np.floor(shapely.get_y(c) / BATCH_CELL_M),
            }
        )
        stats = np.full((len(geoms), 5), np.nan)
        valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        groups = key[valid].groupby(["gx", "gy"], sort=True).indices
        positions = np.flatnonzero(valid)
        for rows in groups.values():  # one window per batch cell, not per pand
            idx = positions[rows]
            stats[idx] = _batch(geoms[idx], dsm_ds, dtm_ds)
    finally:
        dsm_ds.close()
        dtm_ds.close()
    ground = np.where(np.isfinite(stats[:, 0]), stats[:, 0], stats[:, 4])
    area = shapely.area(geoms)
    flat = stats[:, 3]
    out = pd.DataFrame(
        {
            "pand_id": panden["pand_id"].to_numpy(),
            "h_maaiveld": ground,
            "h_dak_70p": stats[:, 1],
            "h_dak_max": stats[:, 2],
            "dak_plat_aandeel": flat,
            "plat_dak_m2": flat * area,
            "grond_m2": np.where(area > 0, area, np.nan),
            "daktype": pd.Series(np.where(flat >= FLAT_SHARE_HORIZONTAL, "horizontal", "slanted"), dtype=object)
            .where(~np.isnan(flat), None)
            .to_numpy(),
        }
    )
    return out
