"""The outcome of a scan, as handed from the scan (local or dask) to the writers."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd


@dataclass
class ScanResult:
    """Ranked complexen, their panden, buurt totals and the summary figures.

    ``extra_layers`` holds further GeoPackage layers by name (e.g. ``aanplaklocaties``,
    ``plintkansen``); the writer stores each of them as its own layer.
    """

    complexen: gpd.GeoDataFrame
    panden: gpd.GeoDataFrame
    buurten: gpd.GeoDataFrame | None
    summary: dict
    extra_layers: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)
