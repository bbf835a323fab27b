"""Complexen: VHE → VBO → pand → complex, aggregated to one row per complex."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan import RD
from optopscan.constants import HOV_COLUMN, distance_column
from optopscan.io.common import isin


def assign_complexen(panden: pd.DataFrame, bezit: pd.DataFrame | None) -> pd.DataFrame:
    """Map panden to complexen: ``pand_id``, ``complex_id``.

    With bezit: a complex is the set of panden holding the matched VHE of one
    complexnummer (a pand shared by two complexnummers goes to the one with most VHE
    there). Without bezit every pand with woonfunctie is its own complex.
    """
    if bezit is None:
        woon = panden.loc[panden["woonfunctie"] | (panden["aantal_woningen"] > 0), "pand_id"]
        return pd.DataFrame({"pand_id": woon.to_numpy(), "complex_id": woon.to_numpy()})
    matched = bezit[bezit["pand_id"].notna()]
    per_pand = (
        matched.drop_duplicates("vbo_id")
        .groupby(["pand_id", "complexnummer"], sort=True)
        .size()
        .rename("vhe")
        .reset_index()
        .sort_values(["pand_id", "vhe", "complexnummer"], ascending=[True, False, True], kind="mergesort")
        .drop_duplicates("pand_id")
        .rename(columns={"complexnummer": "complex_id"})
    )
    per_pand = per_pand[isin(per_pand["pand_id"], panden["pand_id"])]
    return per_pand[["pand_id", "complex_id"]].reset_index(drop=True)


def build_complexen(
    panden: gpd.GeoDataFrame,
    toewijzing: pd.DataFrame,
    verblijfsobjecten: pd.DataFrame,
    bezit: pd.DataFrame | None,
    eigendom: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Aggregate panden per complex; a complex takes the most restrictive plan values.

    ``eigendom`` (from :func:`optopscan.model.eigendom.ownership_per_complex`) gives the
    woningen and the corporatie's woningen in each complex's bouwblokken.
    """
    rows = panden.merge(toewijzing, on="pand_id", how="inner")
    rows["_area"] = rows.geometry.area
    rows = rows.sort_values(["complex_id", "_area", "pand_id"], ascending=[True, False, True], kind="mergesort")
    g = rows.groupby("complex_id", sort=True)
    largest = g.head(1).set_index("complex_id")  # attributes that follow the main pand

    wonen = rows["wonen_toegestaan"].astype("boolean")
    c = pd.DataFrame(index=g.size().index)
    c["aantal_panden"] = g.size()
    c["aantal_woningen"] = g["aantal_woningen"].sum()
    if eigendom is not None:
        c = c.join(eigendom[["woningen_bouwblok", "woningen_corporatie"]])
    else:
        c["woningen_bouwblok"] = np.nan
        c["woningen_corporatie"] = np.nan
    c["aandeel_corporatie"] = (
        c["woningen_corporatie"] / c["woningen_bouwblok"].where(c["woningen_bouwblok"] > 0)
    ).round(4)
    c["bouwjaar"] = np.floor(g["bouwjaar"].median())
    c["hoogte_m"] = g["hoogte_m"].max()
    c["hoogte_max_m"] = g["hoogte_max_m"].max()
    c["bouwlagen"] = g["bouwlagen"].max()
    c["bouwlagen_geschat"] = rows["bouwlagen_geschat"].astype("boolean").fillna(False).groupby(rows["complex_id"]).any()
    c["daktype"] = largest["daktype"]
    c["plat_dak_m2"] = g["plat_dak_m2"].sum(min_count=1).round(1)
    c["grond_m2"] = g["grond_m2"].sum(min_count=1).round(1)
    c["max_bouwhoogte_m"] = g["max_bouwhoogte_m"].min()
    c["max_bouwlagen"] = g["max_bouwlagen"].min()
    # min over 1/0/NaN: 0 when any pand forbids wonen, NaN when no pand has a bestemming
    c["wonen_toegestaan"] = wonen.astype("Float64").groupby(rows["complex_id"]).min().astype("boolean")
    for col in (
        "buurtcode",
        "buurtnaam",
        "gemeentecode",
        "gemeentenaam",
        "stedelijkheid",
        "veerkracht_waarde",
        "parkeerzone",
        "parkeernorm",
    ):
        c[col] = largest[col]
    c["monument"] = rows["monument"].astype("Float64").groupby(rows["complex_id"]).max().astype("boolean")
    with_monument = rows.loc[rows["monumentnummers"] != "", ["complex_id", "monumentnummers"]]
    numbers = with_monument.groupby("complex_id")["monumentnummers"].agg(lambda s: ", ".join(sorted(set(s))))
    c["monumentnummers"] = numbers.reindex(c.index).fillna("").astype(str)

    c = c.join(_input_notes(rows, c.index))
    c = c.join(_addresses(rows[["pand_id", "complex_id"]], verblijfsobjecten))
    c["aantal_vhe"] = np.nan
    c["complexnaam"] = ""
    if bezit is not None:
        c["aantal_vhe"] = bezit.groupby("complexnummer").size().reindex(c.index)
        if "complexnaam" in bezit:
            names = bezit.dropna(subset=["complexnaam"]).drop_duplicates("complexnummer").set_index("complexnummer")
            c["complexnaam"] = names["complexnaam"].reindex(c.index).fillna("")

    geometry = _multipolygons(rows.geometry.values, rows["complex_id"].to_numpy(), c.index)
    c = c.reset_index(names="complex_id")
    return gpd.GeoDataFrame(c, geometry=geometry, crs=RD)


def add_distances(complexen: gpd.GeoDataFrame, voorzieningen: gpd.GeoDataFrame | None, soorten: list[str]) -> None:
    """Add ``afstand_<soort>_m`` (and ``afstand_hov_m``) in metres to the nearest voorziening."""
    points = shapely.point_on_surface(complexen.geometry.values)
    targets = {distance_column(s): s for s in soorten}
    for column, soort in targets.items():
        subset = None if voorzieningen is None else voorzieningen[voorzieningen["soort"] == soort]
        complexen[column] = _nearest_distance(points, subset)
    hov = None if voorzieningen is None else voorzieningen[voorzieningen["hov"].astype(bool)]
    complexen[HOV_COLUMN] = _nearest_distance(points, hov)


def add_energielabels(
    complexen: pd.DataFrame, toewijzing: pd.DataFrame, vbo: pd.DataFrame, labels: pd.DataFrame | None, slecht: list[str]
) -> None:
    """Add ``woningen_met_label`` and ``aandeel_slecht_label`` (share with a label in ``slecht``)."""
    complexen["woningen_met_label"] = 0 if labels is not None else np.nan
    complexen["aandeel_slecht_label"] = np.nan
    if labels is None:
        return
    woon = vbo.loc[vbo["woonfunctie"], ["vbo_id", "pand_id"]].merge(toewijzing[["pand_id", "complex_id"]], on="pand_id")
    known = labels.loc[labels["energieklasse"].ne(""), ["vbo_id", "energieklasse"]].drop_duplicates("vbo_id")
    rows = woon.merge(known, on="vbo_id", how="inner")
    rows["slecht"] = rows["energieklasse"].isin(slecht)
    per_complex = rows.groupby("complex_id")["slecht"].agg(["size", "mean"])
    index = complexen["complex_id"]
    complexen["woningen_met_label"] = index.map(per_complex["size"]).fillna(0).astype("int64").to_numpy()
    complexen["aandeel_slecht_label"] = index.map(per_complex["mean"]).astype("float64").round(3).to_numpy()


def _nearest_distance(points: np.ndarray, targets: gpd.GeoDataFrame | None) -> np.ndarray:
    out = np.full(len(points), np.nan)
    if targets is None or len(targets) == 0 or len(points) == 0:
        return out
    tree = shapely.STRtree(targets.geometry.values)
    (left, _), dist = tree.query_nearest(points, return_distance=True, all_matches=False)
    out[left] = np.round(dist, 0)
    return out


def _addresses(pand_complex: pd.DataFrame, vbo: pd.DataFrame) -> pd.DataFrame:
    """'Straat 1–47, Woonplaats' for the complex's main street (most VBOs)."""
    v = vbo[isin(vbo["pand_id"], pand_complex["pand_id"])]  # same rows, far fewer to hash
    v = v.merge(pand_complex, on="pand_id", how="inner")
    if v.empty:
        return pd.DataFrame({"adres": pd.Series(dtype=object)})
    per_street = (
        v.groupby(["complex_id", "straat", "woonplaats"], sort=True)
        .agg(n=("vbo_id", "size"), lo=("huisnummer", "min"), hi=("huisnummer", "max"))
        .reset_index()
    )
    main = per_street.sort_values(["complex_id", "n"], ascending=[True, False], kind="mergesort").drop_duplicates(
        "complex_id"
    )
    lo, hi = main["lo"].astype("Int64").astype(str), main["hi"].astype("Int64").astype(str)
    numbers = np.where(lo == hi, lo, lo + "–" + hi)
    adres = main["straat"].astype(str) + " " + numbers + ", " + main["woonplaats"].astype(str)
    return pd.DataFrame({"adres": adres.to_numpy()}, index=main["complex_id"].to_numpy())


def _multipolygons(geoms: np.ndarray, keys: np.ndarray, order: pd.Index) -> np.ndarray:
    """Collect the panden of each complex into one MultiPolygon (no costly union)."""
    parts, owner = shapely.get_parts(geoms, return_index=True)
    polygonal = shapely.get_type_id(parts) == 3
    parts, owner = parts[polygonal], owner[polygonal]
    codes = pd.Index(order).get_indexer(keys[owner])
    sort = np.argsort(codes, kind="stable")
    result = shapely.multipolygons(parts[sort], indices=codes[sort])
    if len(result) < len(order):  # complexes without polygon parts
        result = np.concatenate([result, np.full(len(order) - len(result), None)])
    return result


def _input_notes(rows: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """Per complex: ``hoogtebron`` (3dbag, ahn, 3dbag+ahn or None) and ``onwaarschijnlijk``
    (the distinct notes on implausible input values of its panden, "; "-joined)."""
    out = pd.DataFrame(index=index)
    keys = rows["complex_id"]
    if "hoogtebron" in rows:
        src = rows["hoogtebron"].astype(object)
        ahn = src.eq("ahn").groupby(keys).any().reindex(index, fill_value=False)
        bag3d = src.eq("3dbag").groupby(keys).any().reindex(index, fill_value=False)
        both, only_ahn = (ahn & bag3d).to_numpy(), ahn.to_numpy()
        label = np.select([both, only_ahn, bag3d.to_numpy()], ["3dbag+ahn", "ahn", "3dbag"], default="")
        out["hoogtebron"] = pd.Series(label, index=index, dtype=object).replace("", None)
    if "onwaarschijnlijk" in rows:
        notes = rows.loc[rows["onwaarschijnlijk"].fillna("").ne(""), ["complex_id", "onwaarschijnlijk"]]
        joined = notes.drop_duplicates().groupby("complex_id", sort=True)["onwaarschijnlijk"].agg("; ".join)
        out["onwaarschijnlijk"] = joined.reindex(index).fillna("").astype(object)
    return out
