"""Uitplinten: new homes in the ground floor, and on or in rows of garageboxen.

(a) **Plint**: a residential pand of at least ``min_bouwlagen`` storeys that holds
non-residential VBOs of the configured gebruiksdoelen (``overige gebruiksfunctie`` —
bergingen, garageboxen —, optionally ``winkelfunctie``, ``kantoorfunctie``). BAG has no
floor level per VBO, so the plint is inferred: homes = floor(their total oppervlakte ×
``bruikbaar_aandeel`` / ``m2_per_woning``). Status at best ``let op`` (check on site).

(b) **Garageboxen**: panden holding only small ``overige gebruiksfunctie`` VBOs (each ≤
``garagebox_max_m2``) form bouwblokken (attached panden, as for eigendom); a block with at
least ``garagebox_min_aantal`` boxes within ``garagebox_afstand_woningen_m`` of woningen is a
candidate, both for transformation into homes (same formula as the plint) and for optoppen
on top (one storey: floor(footprint × potentie.bruikbaar_aandeel / potentie.bvo_per_woning_m2));
its extra homes are the larger of the two (alternatives, not added). It is attributed to
the nearest complex within that distance.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.config import Settings
from optopscan.constants import LET_OP, ONDERZOEK, PLANWIJZIGING, RD
from optopscan.forms import FormResult, switched_off
from optopscan.forms.aanplakken import per_complex
from optopscan.io.common import isin, per_unique
from optopscan.io.plans import Plannen
from optopscan.model.eigendom import bouwblokken
from optopscan.model.panden import largest_overlap
from optopscan.text import choose, fmt

NAME = "uitplinten"
LAYER = "plintkansen"
GARAGE_DOEL = "overige gebruiksfunctie"
CANDIDATE_COLUMNS = [
    "complex_id",
    "pand_id",
    "soort",
    "aantal_panden",
    "aantal_vbo",
    "oppervlakte_m2",
    "bouwlagen",
    "woningen_transformatie",
    "woningen_optoppen",
    "extra_woningen",
    "status",
    "reden",
    "geometry",
]


def matches_doelen(gebruiksdoel: pd.Series, doelen: list[str]) -> pd.Series:
    """True where a (comma-separated) gebruiksdoel holds one of ``doelen``."""
    text = gebruiksdoel.astype("str").str.lower()
    out = pd.Series(False, index=gebruiksdoel.index)
    for doel in doelen:
        out |= text.str.contains(doel.lower(), regex=False).fillna(False)
    return out.astype(bool)


def _is_garage_doel(gebruiksdoel: pd.Series) -> pd.Series:
    """True where the gebruiksdoel is only ``overige gebruiksfunctie``."""
    return (gebruiksdoel.astype("str").str.strip().str.lower() == GARAGE_DOEL).fillna(False).astype(bool)


def plint_homes(oppervlakte: pd.Series, share: float, m2_per_home: float) -> pd.Series:
    """floor(oppervlakte × share / m² per home); NaN stays unknown."""
    return np.floor(oppervlakte.astype("float64") * share / m2_per_home + 1e-9)


def _status_from_plan(wonen: pd.Series, unknown_homes: pd.Series) -> pd.Series:
    """let op where wonen is allowed, planwijziging where not, onderzoek where unknown."""
    allowed = (wonen == True).fillna(False).astype(bool)  # noqa: E712  (nullable booleans)
    denied = (wonen == False).fillna(False).astype(bool)  # noqa: E712
    status = np.select([denied, ~allowed | unknown_homes.to_numpy()], [PLANWIJZIGING, ONDERZOEK], LET_OP)
    return pd.Series(status, index=wonen.index, dtype=object)


def _plan_text(wonen: pd.Series) -> pd.Series:
    return choose(
        [wonen == True, wonen == False],  # noqa: E712
        ["; wonen toegestaan", "; bestemming staat geen wonen toe"],
        "; bestemming onbekend",
        wonen.index,
    )


def plint_candidates(
    panden: gpd.GeoDataFrame, verblijfsobjecten: pd.DataFrame, toewijzing: pd.DataFrame, settings: Settings
) -> gpd.GeoDataFrame:
    """(a) Residential panden of the complexes with a plint of non-residential VBOs."""
    cfg = settings.vormen.uitplinten
    vbo = verblijfsobjecten
    doelen = per_unique(matches_doelen, vbo["gebruiksdoel"], cfg.gebruiksdoelen).to_numpy(dtype=bool)
    plint = vbo[~vbo["woonfunctie"].to_numpy(dtype=bool) & doelen]
    plint = plint[isin(plint["pand_id"], toewijzing["pand_id"])]
    g = plint.assign(_known=plint["oppervlakte"].notna()).groupby("pand_id", sort=True)
    per_pand = g.agg(aantal_vbo=("vbo_id", "size"), oppervlakte_m2=("oppervlakte", "sum"), _known=("_known", "sum"))
    # no known oppervlakte in the pand: unknown, not 0 m²
    per_pand["oppervlakte_m2"] = per_pand["oppervlakte_m2"].where(per_pand.pop("_known") > 0)
    rows = panden.drop_duplicates("pand_id").merge(per_pand, left_on="pand_id", right_index=True, how="inner")
    bouwlagen = rows["bouwlagen"].astype("float64")
    rows = rows[(rows["aantal_woningen"] > 0) & ~(bouwlagen < cfg.min_bouwlagen)]  # unknown storeys stay (onderzoek)
    homes = plint_homes(rows["oppervlakte_m2"], cfg.bruikbaar_aandeel, cfg.m2_per_woning)
    rows = rows[~(homes < 1)].reset_index(drop=True)
    homes = plint_homes(rows["oppervlakte_m2"], cfg.bruikbaar_aandeel, cfg.m2_per_woning)
    wonen = rows["wonen_toegestaan"].astype("boolean")
    storeys_unknown = rows["bouwlagen"].isna()
    status = _status_from_plan(wonen, homes.isna() | storeys_unknown)
    reden = (
        "plint: "
        + rows["aantal_vbo"].astype(str)
        + " niet-woonruimten ("
        + ", ".join(cfg.gebruiksdoelen)
        + "), "
        + fmt(rows["oppervlakte_m2"], 0, "m²")
        + " → "
        + fmt(homes)
        + " woningen van "
        + fmt(pd.Series(cfg.m2_per_woning, index=rows.index), 0, "m²")
        + "; in een gebouw van "
        + fmt(rows["bouwlagen"])
        + " bouwlagen (verdieping van de ruimten staat niet in de BAG: ter plaatse nagaan)"
        + _plan_text(wonen)
    )
    complex_of = toewijzing.drop_duplicates("pand_id").set_index("pand_id")["complex_id"]
    return gpd.GeoDataFrame(
        {
            "complex_id": rows["pand_id"].map(complex_of).to_numpy(),
            "pand_id": rows["pand_id"].to_numpy(),
            "soort": "plint",
            "aantal_panden": 1,
            "aantal_vbo": rows["aantal_vbo"].astype("int64").to_numpy(),
            "oppervlakte_m2": rows["oppervlakte_m2"].astype("float64").to_numpy(),
            "bouwlagen": rows["bouwlagen"].astype("float64").to_numpy(),
            "woningen_transformatie": homes.to_numpy(),
            "woningen_optoppen": np.nan,
            "extra_woningen": homes.to_numpy(),
            "status": status.to_numpy(),
            "reden": reden.to_numpy(),
        },
        geometry=rows.geometry.values,
        crs=RD,
    )


def garagebox_panden(bag_panden: gpd.GeoDataFrame, verblijfsobjecten: pd.DataFrame, max_m2: float) -> pd.DataFrame:
    """Panden holding only small ``overige gebruiksfunctie`` VBOs: pand_id, aantal_vbo, oppervlakte_m2."""
    all_vbo = verblijfsobjecten
    only_box = per_unique(_is_garage_doel, all_vbo["gebruiksdoel"])
    is_box = (only_box & (all_vbo["oppervlakte"].astype("float64") <= max_m2)).to_numpy(dtype=bool)
    # only panden with at least one box (few), then all their VBOs
    with_box = all_vbo.loc[is_box, "pand_id"].drop_duplicates()
    with_box = with_box[isin(with_box, bag_panden["pand_id"])]
    keep = isin(all_vbo["pand_id"], with_box).to_numpy()
    vbo = all_vbo[keep]
    box = is_box[keep]
    per = pd.DataFrame({"pand_id": vbo["pand_id"].to_numpy(), "box": box, "opp": vbo["oppervlakte"].to_numpy()})
    g = per.groupby("pand_id", sort=True).agg(n=("box", "size"), boxes=("box", "sum"), opp=("opp", "sum"))
    g = g[(g["n"] == g["boxes"]) & (g["n"] > 0)]
    return pd.DataFrame(
        {"pand_id": g.index.to_numpy(), "aantal_vbo": g["n"].to_numpy(), "oppervlakte_m2": g["opp"].to_numpy()}
    )


def garagebox_candidates(
    bag_panden: gpd.GeoDataFrame,
    verblijfsobjecten: pd.DataFrame,
    toewijzing: pd.DataFrame,
    plannen: Plannen | None,
    settings: Settings,
) -> gpd.GeoDataFrame:
    """(b) Rows of garageboxen near woningen, one candidate per bouwblok."""
    cfg = settings.vormen.uitplinten
    boxes = garagebox_panden(bag_panden, verblijfsobjecten, cfg.garagebox_max_m2)
    rows = bag_panden[["pand_id", "geometry"]].merge(boxes, on="pand_id", how="inner")
    rows = rows.sort_values("pand_id", kind="mergesort").reset_index(drop=True)
    if len(rows) == 0:
        return empty_candidates()
    geoms = rows.geometry.values
    block = bouwblokken(geoms, np.ones(len(rows), dtype=bool))
    _, block = np.unique(block, return_inverse=True)
    rows["blok"] = block
    g = rows.groupby("blok", sort=True)
    blocks = pd.DataFrame(
        {
            "pand_id": g["pand_id"].first(),
            "aantal_panden": g.size(),
            "aantal_vbo": g["aantal_vbo"].sum(),
            "oppervlakte_m2": g["oppervlakte_m2"].sum(),
        }
    )
    parts = shapely.get_parts(geoms)
    part_block = np.repeat(block, shapely.get_num_geometries(geoms))
    order = np.argsort(part_block, kind="stable")  # multipolygons wants increasing indices
    shapes = shapely.multipolygons(parts[order], indices=part_block[order])
    blocks = gpd.GeoDataFrame(blocks.reset_index(drop=True), geometry=shapes, crs=RD)
    blocks = blocks[blocks["aantal_vbo"] >= cfg.garagebox_min_aantal].reset_index(drop=True)
    if len(blocks) == 0:
        return empty_candidates()

    woon_ids = verblijfsobjecten.loc[verblijfsobjecten["woonfunctie"].to_numpy(), "pand_id"]
    woon = bag_panden.geometry.values[isin(bag_panden["pand_id"], woon_ids).to_numpy()]
    near = np.zeros(len(blocks), dtype=bool)
    if len(woon):
        hit, _ = shapely.STRtree(woon).query(
            blocks.geometry.values, predicate="dwithin", distance=cfg.garagebox_afstand_woningen_m
        )
        near[hit] = True
    blocks = blocks[near].reset_index(drop=True)
    if len(blocks) == 0:
        return empty_candidates()
    blocks["complex_id"] = _nearest_complex(blocks, bag_panden, toewijzing, cfg.garagebox_afstand_woningen_m)

    transform = plint_homes(blocks["oppervlakte_m2"], cfg.bruikbaar_aandeel, cfg.m2_per_woning)
    pot = settings.potentie
    on_top = np.floor(blocks.geometry.area * pot.bruikbaar_aandeel / pot.bvo_per_woning_m2 + 1e-9)
    homes = pd.concat([transform, on_top], axis=1).max(axis=1, skipna=False)
    wonen = pd.Series(pd.array([pd.NA] * len(blocks), dtype="boolean"))
    if plannen is not None and len(plannen.bestemmingen):
        wonen = largest_overlap(blocks.geometry.values, plannen.bestemmingen, "wonen_toegestaan").astype("boolean")
    status = _status_from_plan(wonen, homes.isna())
    reden = (
        "garageboxen: "
        + blocks["aantal_vbo"].astype(str)
        + " boxen in "
        + blocks["aantal_panden"].astype(str)
        + " pand(en), "
        + fmt(blocks["oppervlakte_m2"], 0, "m²")
        + "; ombouw tot "
        + fmt(transform)
        + " woningen of één laag erop met "
        + fmt(on_top)
        + " woningen (Handreiking §1.2: potentie bovenop garageboxen); de boxen vervallen als parkeerplaats"
        + _plan_text(wonen)
    )
    out = gpd.GeoDataFrame(
        {
            "complex_id": blocks["complex_id"].to_numpy(),
            "pand_id": blocks["pand_id"].to_numpy(),
            "soort": "garageboxen",
            "aantal_panden": blocks["aantal_panden"].astype("int64").to_numpy(),
            "aantal_vbo": blocks["aantal_vbo"].astype("int64").to_numpy(),
            "oppervlakte_m2": blocks["oppervlakte_m2"].astype("float64").to_numpy(),
            "bouwlagen": np.nan,
            "woningen_transformatie": transform.to_numpy(),
            "woningen_optoppen": on_top.to_numpy(),
            "extra_woningen": homes.to_numpy(),
            "status": status.to_numpy(),
            "reden": reden.to_numpy(),
        },
        geometry=blocks.geometry.values,
        crs=RD,
    )
    return out[~(out["extra_woningen"] < 1)].reset_index(drop=True)


def _nearest_complex(
    blocks: gpd.GeoDataFrame, bag_panden: gpd.GeoDataFrame, toewijzing: pd.DataFrame, distance: float
) -> np.ndarray:
    """complex_id of the nearest complex pand within ``distance`` (None when there is none);
    of equally near complexes the lowest complex_id, so the answer never depends on row order."""
    out = np.full(len(blocks), None, dtype=object)
    members = bag_panden[isin(bag_panden["pand_id"], toewijzing["pand_id"])]
    if len(members) == 0:
        return out
    tree = shapely.STRtree(members.geometry.values)
    (src, dst), _ = tree.query_nearest(
        blocks.geometry.values, max_distance=distance, return_distance=True, all_matches=True
    )
    complex_of = toewijzing.drop_duplicates("pand_id").set_index("pand_id")["complex_id"]
    nearest = pd.DataFrame({"src": src, "complex_id": members["pand_id"].iloc[dst].map(complex_of).to_numpy()})
    first = nearest.sort_values(["src", "complex_id"], kind="mergesort").drop_duplicates("src")
    out[first["src"].to_numpy()] = first["complex_id"].to_numpy()
    return out


def evaluate_uitplinten(
    panden: gpd.GeoDataFrame,
    bag_panden: gpd.GeoDataFrame,
    verblijfsobjecten: pd.DataFrame,
    toewijzing: pd.DataFrame,
    complex_index: pd.Index,
    plannen: Plannen | None,
    settings: Settings,
) -> tuple[FormResult, gpd.GeoDataFrame]:
    """Plint and garagebox candidates (layer ``plintkansen``) and the per-complex result.

    ``panden``: per-pand frame of :func:`optopscan.model.panden.build_panden`;
    ``bag_panden``: all BAG panden; ``verblijfsobjecten``: the BAG VBOs (``vbo_id``,
    ``pand_id``, ``woonfunctie``, ``gebruiksdoel``, ``oppervlakte``).
    """
    if not settings.vormen.uitplinten.aan:
        return switched_off(complex_index, NAME), empty_candidates()
    parts = [
        plint_candidates(panden, verblijfsobjecten, toewijzing, settings),
        garagebox_candidates(bag_panden, verblijfsobjecten, toewijzing, plannen, settings),
    ]
    parts = [p for p in parts if len(p)]
    candidates = (
        gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), geometry="geometry", crs=RD)
        if parts
        else empty_candidates()
    )
    candidates = candidates.sort_values(["soort", "pand_id"], kind="mergesort").reset_index(drop=True)
    result = per_complex(candidates, complex_index, NAME, "plint- of garageboxkans(en)", "geen bruikbare plint")
    return result, candidates[CANDIDATE_COLUMNS]


def empty_candidates() -> gpd.GeoDataFrame:
    """An empty ``plintkansen`` layer with its columns."""
    data: dict[str, pd.Series] = {c: pd.Series(dtype="float64") for c in CANDIDATE_COLUMNS if c != "geometry"}
    for c in ("complex_id", "pand_id", "soort", "status", "reden"):
        data[c] = pd.Series(dtype="object")
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([], crs=RD), crs=RD)
