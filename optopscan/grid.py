"""Gridded output: extra homes per 100 m cell as a GeoTIFF on the CBS grid.

A provincie GIS team overlays ``potentie_100m.tif`` on its other rasters: EPSG:28992, cells
of ``cell`` metres whose edges lie on multiples of ``cell`` (the CBS vierkanten convention),
one band per potential tier and per form, holding the sum of extra homes of the complexes
whose representative point (``point_on_surface``) lies in the cell.

A point exactly on a cell edge belongs to the cell to its upper right (the cell whose
lower-left corner is ``floor(x / cell), floor(y / cell)``, as CBS names its cells), so
each complex counts in exactly one cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.atomic import atomic_path
from optopscan.constants import RD
from optopscan.errors import CrsError

#: Bands in this order, whichever of these columns the complexen table has.
GRID_BANDS: tuple[str, ...] = (
    "extra_woningen_theoretisch",
    "extra_woningen_constructief",
    "extra_woningen_binnen_plan",
    "extra_woningen_kansrijk",
    "extra_woningen_optoppen",
    "extra_woningen_aanplakken",
    "extra_woningen_uitplinten",
)
GRID_FILE = "potentie_100m.tif"
BLOCK = 256


def cell_indices(x: np.ndarray, y: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Global column and row numbers of the cells holding points (x, y): the cell
    ``[i·cell, (i+1)·cell) × [j·cell, (j+1)·cell)`` gets (i, j)."""
    return np.floor(x / cell).astype("int64"), np.floor(y / cell).astype("int64")


def representative_points(complexen: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, y of each complex's representative point and a mask of complexes that have one."""
    points = shapely.point_on_surface(complexen.geometry.values)
    present = ~(shapely.is_missing(points) | shapely.is_empty(points))
    x = np.full(len(points), np.nan)
    y = np.full(len(points), np.nan)
    x[present] = shapely.get_x(points[present])
    y[present] = shapely.get_y(points[present])
    return x, y, present


def grid_cells(complexen: gpd.GeoDataFrame, *, cell: int = 100, bands: Sequence[str] = GRID_BANDS) -> pd.DataFrame:
    """Extra homes per cell: columns ``ix``, ``iy`` (global cell numbers) and one sum per band
    column present in ``complexen``; unknown homes (NaN) add nothing, complexes without
    geometry are left out. Cell sums of disjoint sets of complexes add up
    (:func:`combine_cells`), so a scan in blocks writes the same raster."""
    if complexen.crs is None or not complexen.crs.equals(RD):
        raise CrsError(
            f"de complexen moeten in {RD} staan voor het 100m-raster, niet in {complexen.crs}.",
            remedy="reken in RD (EPSG:28992), zoals de scan doet.",
        )
    names = [b for b in bands if b in complexen.columns]
    x, y, present = representative_points(complexen)
    ix, iy = cell_indices(x[present], y[present], cell)
    frame = pd.DataFrame({"ix": ix, "iy": iy})
    for name in names:
        values = pd.to_numeric(complexen[name], errors="coerce").to_numpy("float64")[present]
        frame[name] = np.nan_to_num(values, nan=0.0)
    return frame.groupby(["ix", "iy"], sort=True, as_index=False).sum()


def combine_cells(parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The cell sums of several :func:`grid_cells` frames added up."""
    return pd.concat(parts, ignore_index=True).groupby(["ix", "iy"], sort=True, as_index=False).sum()


def write_potentie_grid(
    complexen: gpd.GeoDataFrame,
    path: str | Path,
    *,
    cell: int = 100,
    bands: Sequence[str] = GRID_BANDS,
) -> Path | None:
    """Write the extra homes per cell as a tiled, deflate-compressed GeoTIFF; return the path.

    One band per column of ``bands`` present in ``complexen`` (description = column name);
    unknown homes (NaN) add nothing. Complexes without geometry cannot be placed and are left
    out. Returns None (and writes nothing) when no band column or no placed complex exists.
    """
    return write_grid_cells(grid_cells(complexen, cell=cell, bands=bands), path, cell=cell)


def write_grid_cells(cells: pd.DataFrame, path: str | Path, *, cell: int = 100) -> Path | None:
    """Write :func:`grid_cells` sums as the GeoTIFF (None, nothing written, without bands or cells)."""
    import rasterio
    from rasterio.transform import from_origin

    names = [c for c in cells.columns if c not in ("ix", "iy")]
    if not names or not len(cells):
        return None
    ix, iy = cells["ix"].to_numpy("int64"), cells["iy"].to_numpy("int64")
    col0, row_top = int(ix.min()), int(iy.max())
    width, height = int(ix.max()) - col0 + 1, row_top - int(iy.min()) + 1
    flat = (row_top - iy) * width + (ix - col0)  # row 0 is the northernmost cell row

    values = {name: cells[name].to_numpy("float64") for name in names}
    integral = all(np.all(v == np.floor(v)) for v in values.values())
    dtype = "int32" if integral else "float32"
    profile = {
        "driver": "GTiff",
        "width": width,
        "height": height,
        "count": len(names),
        "dtype": dtype,
        "crs": RD,
        "transform": from_origin(col0 * cell, (row_top + 1) * cell, cell, cell),
        "tiled": True,
        "blockxsize": BLOCK,
        "blockysize": BLOCK,
        "compress": "deflate",
        "predictor": 2,
    }
    target = Path(path)
    with atomic_path(target) as tmp, rasterio.open(tmp, "w", **profile) as dst:
        for band, name in enumerate(names, start=1):
            sums = np.bincount(flat, weights=values[name], minlength=width * height)
            dst.write(sums.reshape(height, width).astype(dtype), band)
            dst.set_band_description(band, name)
            dst.update_tags(band, eenheid="extra woningen per cel")
        dst.update_tags(
            bron="optopscan",
            celgrootte_m=str(cell),
            toelichting="extra woningen per cel van het CBS-vierkantenraster, per complex op zijn representatieve punt",
        )
    return target
