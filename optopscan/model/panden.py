"""One row per pand with everything the rules need: BAG, 3D BAG, plan, buurt, zone, monument."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.io.common import isin

BAG3D_COLUMNS = [
    "hoogte_m",
    "hoogte_max_m",
    "bouwlagen",
    "bouwlagen_geschat",
    "daktype",
    "plat_dak_m2",
    "grond_m2",
]
BUURT_COLUMNS = ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "stedelijkheid"]
NUMERIC_COLUMNS = [
    "bouwjaar",
    "hoogte_m",
    "hoogte_max_m",
    "bouwlagen",
    "plat_dak_m2",
    "grond_m2",
    "max_bouwhoogte_m",
    "max_bouwlagen",
    "stedelijkheid",
    "veerkracht_waarde",
    "parkeernorm",
]
TEXT_COLUMNS = ["daktype", "buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "parkeerzone"]


def build_panden(
    bag_panden: gpd.GeoDataFrame,
    verblijfsobjecten: pd.DataFrame,
    bag3d: pd.DataFrame,
    *,
    maatvoering: gpd.GeoDataFrame | None = None,
    bestemmingen: gpd.GeoDataFrame | None = None,
    buurten: gpd.GeoDataFrame | None = None,
    veerkracht_kolom: str | None = None,
    parkeerzones: gpd.GeoDataFrame | None = None,
    monumenten: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Join every source onto the BAG panden (index: position, key: ``pand_id``)."""
    # hoogtebron / onwaarschijnlijk: from the loaders (AHN fill, plausibility), when present
    carried = [c for c in ("hoogtebron", "onwaarschijnlijk") if c in bag_panden]
    panden = bag_panden[["pand_id", "bouwjaar", "gebruiksdoel", "woonfunctie", *carried, "geometry"]].reset_index(
        drop=True
    )

    vbo_pand = verblijfsobjecten["pand_id"]
    woon = vbo_pand[verblijfsobjecten["woonfunctie"].to_numpy() & isin(vbo_pand, panden["pand_id"]).to_numpy()]
    counts = woon.value_counts()
    panden["aantal_woningen"] = panden["pand_id"].map(counts).fillna(0).astype("int64")

    # only the 3D BAG rows of these panden (keeps each pand's first row, as before)
    attrs = bag3d[isin(bag3d["pand_id"], panden["pand_id"])].drop_duplicates("pand_id").set_index("pand_id")
    for col in BAG3D_COLUMNS:
        panden[col] = panden["pand_id"].map(attrs[col]) if col in attrs else np.nan
    if "bouwjaar_3dbag" in attrs:
        panden["bouwjaar"] = panden["bouwjaar"].fillna(panden["pand_id"].map(attrs["bouwjaar_3dbag"]))
    panden["in_3dbag"] = isin(panden["pand_id"], attrs.index)
    # 3D BAG without b3_opp_grond (or read without footprints): the BAG footprint area
    panden["grond_m2"] = panden["grond_m2"].fillna(panden.geometry.area.where(panden["in_3dbag"]))

    geoms = panden.geometry.values
    for col in ("max_bouwhoogte_m", "max_bouwlagen"):
        panden[col] = np.nan
        if maatvoering is not None and len(maatvoering):
            zones = maatvoering.loc[maatvoering[col].notna(), [col, "geometry"]]
            panden[col] = largest_overlap(geoms, zones, col)
    panden["wonen_toegestaan"] = pd.array([pd.NA] * len(panden), dtype="boolean")
    if bestemmingen is not None and len(bestemmingen):
        panden["wonen_toegestaan"] = largest_overlap(geoms, bestemmingen, "wonen_toegestaan").astype("boolean")

    points = shapely.point_on_surface(geoms)
    for col in BUURT_COLUMNS + ["veerkracht_waarde"]:
        panden[col] = np.nan
    if buurten is not None and len(buurten):
        src = buurten.assign(veerkracht_waarde=buurten.get(veerkracht_kolom, np.nan))
        found = point_in_zone(points, src, BUURT_COLUMNS + ["veerkracht_waarde"])
        for col in found:
            panden[col] = found[col]
    panden["parkeerzone"] = None
    panden["parkeernorm"] = np.nan
    if parkeerzones is not None and len(parkeerzones):
        found = point_in_zone(points, parkeerzones, ["zone", "parkeernorm"])
        panden["parkeerzone"] = found["zone"]
        panden["parkeernorm"] = found["parkeernorm"].astype("float64")

    panden["monument"] = pd.array([False if monumenten is not None else pd.NA] * len(panden), dtype="boolean")
    panden["monumentnummers"] = ""
    if monumenten is not None and len(monumenten):
        is_monument, numbers = _monuments(geoms, monumenten)
        panden["monument"] = is_monument.astype("boolean")
        panden["monumentnummers"] = numbers
    return _with_dtypes(panden)


def _with_dtypes(panden: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Numbers as float64 (NaN = unknown), text as object with None for missing."""
    for col in NUMERIC_COLUMNS:
        panden[col] = pd.to_numeric(panden[col], errors="coerce").astype("float64")
    for col in TEXT_COLUMNS:
        values = panden[col].astype(object)
        panden[col] = values.where(values.notna(), None)
    panden["bouwlagen_geschat"] = panden["bouwlagen_geschat"].astype("boolean").fillna(False).astype(bool)
    return panden


def largest_overlap(geoms: np.ndarray, zones: gpd.GeoDataFrame, column: str) -> pd.Series:
    """Value of ``column`` of the zone that covers the largest part of each geometry.

    Only geometries touching several zones need an intersection; the rest take their one
    candidate directly (most panden lie inside one plan area).
    """
    out = pd.Series(np.nan, index=range(len(geoms)), dtype=object)
    if len(zones) == 0:
        return out
    zone_geoms = zones.geometry.values
    values = zones[column].to_numpy()
    tree = shapely.STRtree(zone_geoms)
    left, right = tree.query(geoms, predicate="intersects")
    if len(left) == 0:
        return out
    many = np.bincount(left, minlength=len(geoms))[left] > 1
    area = np.zeros(len(left))
    if many.any():
        area[many] = shapely.area(shapely.intersection(geoms[left[many]], zone_geoms[right[many]]))
    pairs = pd.DataFrame({"i": left, "area": area, "value": values[right]})
    pairs = pairs[~(many & (area <= 0))]  # touching only at an edge
    best = pairs.sort_values(["i", "area"], ascending=[True, False], kind="mergesort").drop_duplicates("i")
    out.iloc[best["i"].to_numpy()] = best["value"].to_numpy()
    return out.infer_objects()


def point_in_zone(points: np.ndarray, zones: gpd.GeoDataFrame, columns: list[str]) -> pd.DataFrame:
    """Values of ``columns`` of the (first) zone containing each point (one spatial query)."""
    tree = shapely.STRtree(zones.geometry.values)
    left, right = tree.query(points, predicate="within")
    first = pd.DataFrame({"i": left, "j": right}).drop_duplicates("i")
    out = {}
    for col in columns:
        values = pd.Series(np.nan, index=range(len(points)), dtype=object)
        values.iloc[first["i"].to_numpy()] = zones[col].to_numpy()[first["j"].to_numpy()]
        out[col] = values.infer_objects()
    return pd.DataFrame(out)


def _monuments(geoms: np.ndarray, monumenten: gpd.GeoDataFrame) -> tuple[pd.Series, pd.Series]:
    tree = shapely.STRtree(geoms)
    mon_idx, pand_idx = tree.query(monumenten.geometry.values, predicate="intersects")
    hits = pd.DataFrame({"i": pand_idx, "nummer": monumenten["monumentnummer"].astype(str).to_numpy()[mon_idx]})
    numbers = hits.drop_duplicates().sort_values(["i", "nummer"]).groupby("i")["nummer"].agg(", ".join)
    index = pd.RangeIndex(len(geoms))
    is_monument = pd.Series(index.isin(numbers.index), index=index)
    return is_monument, numbers.reindex(index).fillna("").astype(str)
