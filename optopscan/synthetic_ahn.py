"""Fictitious AHN tiles for the sample district, generated from the sample's own 3D BAG.

:func:`write_ahn_sample` takes a written sample folder (``bag-light.gpkg`` + ``3dbag.gpkg``),
picks a few woonpanden with a flat roof (deterministically), writes small AHN-like DSM and
DTM GeoTIFF tiles (0.5 m, EPSG:28992, m NAP, no-data outside the tiles and, in the DTM, under
buildings) around them from the 3D BAG heights, and then removes those panden from
``3dbag.gpkg``: they play the new panden that 3D BAG does not have yet. Their true heights
are returned and written to ``ahn/waarheid.csv``.

Surfaces: ground = each pand's ``b3_h_maaiveld`` in a band around it (removed panden drawn
last); flat roofs at ``b3_h_dak_70p`` with one cell at ``b3_h_dak_max``; other roofs a ramp
whose 70th percentile is ``b3_h_dak_70p`` and whose top is ``b3_h_dak_max``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

#: How many panden are taken out of the sample 3D BAG.
N_REMOVED = 4
#: Tile margin around a removed pand (m); tiles snap to the 0.5 m grid.
MARGIN_M = 12.0
CELL = 0.5
NODATA = -9999.0


def _pick(bag3d: gpd.GeoDataFrame, panden: gpd.GeoDataFrame, n: int) -> pd.DataFrame:
    """n flat-roofed woonpanden spread over the id order (deterministic)."""
    woon = panden.loc[panden["gebruiksdoel"].astype(str).str.contains("woonfunctie"), "identificatie"]
    cand = bag3d[
        bag3d["identificatie"].isin(woon)
        & (bag3d["b3_dak_type"] == "horizontal")
        & bag3d[["b3_h_maaiveld", "b3_h_dak_70p", "b3_h_dak_max"]].notna().all(axis=1)
    ].sort_values("identificatie")
    step = max(len(cand) // n, 1)
    return cand.iloc[::step].head(n)


def _raster(bounds, geoms, values, fill) -> tuple[np.ndarray, object]:
    from rasterio.features import rasterize
    from rasterio.transform import from_origin

    xmin, ymin, xmax, ymax = bounds
    width, height = int(round((xmax - xmin) / CELL)), int(round((ymax - ymin) / CELL))
    transform = from_origin(xmin, ymax, CELL, CELL)
    shapes = [(g, float(v)) for g, v in zip(geoms, values, strict=True)]
    arr = rasterize(shapes, out_shape=(height, width), transform=transform, fill=fill, dtype="float32")
    return arr, transform


def _write(path: Path, arr: np.ndarray, transform) -> None:
    import rasterio

    path.parent.mkdir(parents=True, exist_ok=True)
    profile = dict(
        driver="GTiff",
        width=arr.shape[1],
        height=arr.shape[0],
        count=1,
        dtype="float32",
        crs="EPSG:28992",
        transform=transform,
        nodata=NODATA,
        compress="deflate",
        predictor=3,
        tiled=False,
    )
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(arr.astype("float32"), 1)


def write_ahn_sample(folder: str | Path, n: int = N_REMOVED) -> pd.DataFrame:
    """Write ``ahn/dsm/R_*.tif``, ``ahn/dtm/M_*.tif`` and ``ahn/waarheid.csv`` into ``folder``
    (replacing earlier tiles) and remove the chosen panden from ``folder/3dbag.gpkg``; returns the true heights
    (pand_id, h_maaiveld, h_dak_70p, h_dak_max, hoogte_m, hoogte_max_m)."""
    folder = Path(folder)
    for sub in ("dsm", "dtm"):  # a fresh set of tiles (old ones would cover other panden)
        shutil.rmtree(folder / "ahn" / sub, ignore_errors=True)
    bag3d_path = folder / "3dbag.gpkg"
    bag3d = pyogrio.read_dataframe(bag3d_path, layer="pand")
    panden = pyogrio.read_dataframe(folder / "bag-light.gpkg", layer="pand")
    raw_id = bag3d["identificatie"]
    bag3d["identificatie"] = raw_id.astype(str).str.replace(r"^NL\.IMBAG\.Pand\.", "", regex=True)
    chosen = _pick(bag3d, panden, n)
    ids = chosen["identificatie"].tolist()
    # heights of every 3D BAG pand, on the BAG footprints (what optopscan reads from AHN)
    h = bag3d.set_index("identificatie")[["b3_h_maaiveld", "b3_h_dak_70p", "b3_h_dak_max", "b3_dak_type"]]
    foot = panden[panden["identificatie"].isin(h.index)].drop_duplicates("identificatie")
    foot = foot.join(h, on="identificatie").dropna(subset=["b3_h_maaiveld", "b3_h_dak_70p", "b3_h_dak_max"])
    removed = foot["identificatie"].isin(ids).to_numpy()
    order = np.argsort(removed, kind="stable")  # removed panden drawn last: they win overlaps
    foot = foot.iloc[order]
    geoms = np.asarray(foot.geometry.values)
    ground_value = foot["b3_h_maaiveld"].to_numpy()
    background = float(np.median(ground_value))
    truth_geoms = np.asarray(panden.set_index("identificatie").loc[ids].geometry.values)
    for pid, g in zip(ids, truth_geoms, strict=True):
        xmin, ymin, xmax, ymax = shapely.bounds(shapely.buffer(g, MARGIN_M))
        bounds = (np.floor(xmin), np.floor(ymin), np.ceil(xmax), np.ceil(ymax))
        box = shapely.box(*bounds)
        near = shapely.intersects(geoms, box)
        g_near, f_near = geoms[near], foot[near]
        dtm, transform = _raster(bounds, shapely.buffer(g_near, 5.0), f_near["b3_h_maaiveld"], background)
        roofs, _ = _raster(bounds, g_near, np.arange(1, len(g_near) + 1), 0)
        dsm = dtm.copy()
        lab = roofs.astype(np.int64)
        inside = lab > 0
        # roof surfaces per footprint: flat at 70p, or a ramp in x with 70p and max as in 3D BAG
        rows, cols = np.nonzero(inside)
        k = lab[rows, cols] - 1
        x = bounds[0] + (cols + 0.5) * CELL
        h70 = f_near["b3_h_dak_70p"].to_numpy()[k]
        hmax = f_near["b3_h_dak_max"].to_numpy()[k]
        flat = (f_near["b3_dak_type"].to_numpy()[k] != "slanted") | (hmax - h70 < 0.05)
        bx = shapely.bounds(g_near)
        x0, x1 = bx[k, 0], bx[k, 2]
        low = (h70 - 0.7 * hmax) / 0.3
        t = np.clip((x - x0) / np.maximum(x1 - x0, CELL), 0, 1)
        dsm[rows, cols] = np.where(flat, h70, low + (hmax - low) * t)
        # the highest point of a flat roof: one cell at max (a stair housing)
        first = pd.Series(np.arange(len(k))).groupby(k).first().to_numpy()
        top = first[flat[first]]
        dsm[rows[top], cols[top]] = hmax[top]
        dtm[inside] = NODATA  # AHN's DTM has no ground under buildings
        _write(folder / "ahn" / "dsm" / f"R_{pid[-6:]}.tif", dsm, transform)
        _write(folder / "ahn" / "dtm" / f"M_{pid[-6:]}.tif", dtm, transform)
    truth = h.loc[ids, ["b3_h_maaiveld", "b3_h_dak_70p", "b3_h_dak_max"]].reset_index()
    truth.columns = ["pand_id", "h_maaiveld", "h_dak_70p", "h_dak_max"]
    truth["hoogte_m"] = truth["h_dak_70p"] - truth["h_maaiveld"]
    truth["hoogte_max_m"] = truth["h_dak_max"] - truth["h_maaiveld"]
    truth.to_csv(folder / "ahn" / "waarheid.csv", index=False)
    keep = bag3d[~bag3d["identificatie"].isin(ids)].assign(identificatie=raw_id)
    if len(pyogrio.list_layers(bag3d_path)) == 1:
        bag3d_path.unlink()
        pyogrio.write_dataframe(keep, bag3d_path, layer="pand", driver="GPKG")
    else:  # keep the other layers: replace only 'pand'
        pyogrio.write_dataframe(keep, bag3d_path, layer="pand", driver="GPKG", layer_options={"OVERWRITE": "YES"})
    return truth
