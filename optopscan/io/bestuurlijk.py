"""PDOK Bestuurlijke Gebieden (Kadaster, from the BRK): provinces, to pick the provincial subsidies.

The GeoPackage download (``BestuurlijkeGebieden_<jaar>.gpkg``) and the OGC API / WFS name the
layer ``provinciegebied`` with attributes ``naam`` and ``code``; older WFS exports and the CBS
gebiedsindelingen use ``provincienaam`` / ``provinciecode`` or ``statnaam`` / ``statcode``, which
are recognised too.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.constants import RD
from optopscan.io.common import list_layer_names, normalise_text, read_layer

LAYER = "provinciegebied"
NAME_COLUMNS = ("naam", "provincienaam", "statnaam")
CODE_COLUMNS = ("code", "provinciecode", "statcode")


def read_provincies(path: str | Path, layer: str | None = LAYER) -> gpd.GeoDataFrame:
    """Provinces as polygons: ``provincie`` (name, str), ``provinciecode`` (str, "" when
    absent), geometry in EPSG:28992.

    ``layer`` defaults to ``provinciegebied``; a file with a single layer of another name is
    read as it is. Raises the usual InputDataError subclasses (file, layer, column, remedy).
    """
    layer = _pick_layer(Path(path), layer)
    gdf = read_layer(
        path,
        layer,
        [NAME_COLUMNS],
        columns=[NAME_COLUMNS, CODE_COLUMNS],
        where_label="provincies (PDOK Bestuurlijke Gebieden)",
        polygonal=True,
    )
    code = normalise_text(gdf["code"]) if "code" in gdf.columns else pd.Series("", index=gdf.index, dtype="str")
    out = gpd.GeoDataFrame(
        {"provincie": normalise_text(gdf["naam"]), "provinciecode": code},
        geometry=gdf.geometry.values,
        crs=RD,
    )
    out.attrs.update(gdf.attrs)
    return out


def _pick_layer(path: Path, layer: str | None) -> str | None:
    """The asked layer; a one-layer file of another name is taken as it is (read_layer reports
    a missing layer with the list of layers that are there)."""
    if layer is None or not path.exists():
        return layer
    names = list_layer_names(path)
    if len(names) == 1 and layer.lower() not in (n.lower() for n in names):
        return names[0]
    return layer


def provincie_per_complex(geometry: gpd.GeoSeries, provincies: gpd.GeoDataFrame) -> pd.Series:
    """Name of the province holding each geometry's representative point (NaN outside every
    province), index preserved. One spatial-index query for all geometries."""
    geoms = np.asarray(geometry.values, dtype=object)
    out = pd.Series(np.nan, index=geometry.index, dtype="object", name="provincie")
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any() or len(provincies) == 0:
        return out
    points = shapely.point_on_surface(geoms[present])
    tree = shapely.STRtree(np.asarray(provincies.geometry.values, dtype=object))
    src, tgt = tree.query(points, predicate="intersects")
    # a point on a shared border: the first province wins (stable)
    first = pd.Series(tgt, index=src).groupby(level=0).min()
    names = provincies["provincie"].to_numpy(dtype=object)
    positions = np.flatnonzero(present)[first.index.to_numpy()]
    out.iloc[positions] = names[first.to_numpy()]
    return out
