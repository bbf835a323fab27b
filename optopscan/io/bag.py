"""BAG loaders (PDOK ``bag-light.gpkg`` and extracts derived from it).

``read_panden`` keeps only panden that physically exist (:data:`PAND_STATUS_BESTAAND`);
``read_verblijfsobjecten`` keeps only verblijfsobjecten in use (:data:`VBO_STATUS_IN_GEBRUIK`).
Ids are restored to 16 characters (extracts that went through a number column lose the
leading zero), gebruiksdoel is normalised to ``"a,b"``.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.io.common import (
    BBox,
    first_part,
    normalise_bag_id,
    normalise_gebruiksdoel,
    normalise_letter,
    normalise_postcode,
    normalise_text,
    per_unique,
    read_layer,
    release_memory,
    to_float,
    to_int,
)
from optopscan.io.quality import RANGES, check_ranges, drop_missing_geometry, resolve_duplicates

#: Pand statuses that mean "the building stands": in use, in use but not yet surveyed,
#: being renovated, or with a demolition permit that has not been carried out yet.
#: Excluded: "Bouwvergunning verleend", "Bouw gestart", "Niet gerealiseerd pand",
#: "Pand gesloopt", "Pand buiten gebruik", "Pand ten onrechte opgevoerd".
PAND_STATUS_BESTAAND: frozenset[str] = frozenset(
    {
        "Pand in gebruik",
        "Pand in gebruik (niet ingemeten)",
        "Verbouwing pand",
        "Sloopvergunning verleend",
    }
)

#: Verblijfsobject statuses that mean "in use". Excluded: "Verblijfsobject gevormd" (not
#: yet built), "Niet gerealiseerd verblijfsobject", "Verblijfsobject ingetrokken",
#: "Verblijfsobject buiten gebruik", "Verblijfsobject ten onrechte opgevoerd".
VBO_STATUS_IN_GEBRUIK: frozenset[str] = frozenset(
    {
        "Verblijfsobject in gebruik",
        "Verblijfsobject in gebruik (niet ingemeten)",
        "Verbouwing verblijfsobject",
    }
)

_WOON = r"(?:^|,)woonfunctie(?:,|$)"


def _status_mask(status: pd.Series, allowed: frozenset[str]) -> pd.Series:
    norm = status.astype("str").str.strip().str.lower()
    return norm.isin({s.lower() for s in allowed}).astype(bool)


def _woonfunctie(gebruiksdoel: pd.Series) -> pd.Series:
    return gebruiksdoel.str.contains(_WOON, regex=True).fillna(False).astype(bool)


def read_panden(path: str | Path, layer: str = "pand", *, bbox: BBox | None = None) -> gpd.GeoDataFrame:
    """Existing BAG panden, one row per pand, EPSG:28992.

    Columns: pand_id (str16), bouwjaar (float), status, gebruiksdoel ("a,b"), woonfunctie
    (bool), aantal_vbo (float), geometry. Extracts with another layer name (e.g.
    ``bag_pand_kerk``) need ``layer=``.
    ``attrs``: gerepareerd (repaired geometries), niet_bestaand (rows dropped on status),
    ongeldige_id (rows dropped for an unusable identificatie). ``bbox``: only the panden whose
    envelope meets this window (a block of a streamed scan).
    """
    gdf = read_layer(
        path,
        layer,
        ["identificatie", "status"],
        columns=[
            ("bouwjaar", "oorspronkelijkbouwjaar"),
            "gebruiksdoel",
            ("aantal_verblijfsobjecten", "aantal_vbo"),
            "documentdatum",
        ],
        where_label="BAG-panden",
        polygonal=True,
        bbox=bbox,
    )
    n = len(gdf)
    out = gpd.GeoDataFrame(
        {
            "pand_id": normalise_bag_id(gdf["identificatie"]),
            "bouwjaar": to_float(gdf["bouwjaar"]) if "bouwjaar" in gdf else np.nan,
            "status": per_unique(normalise_text, gdf["status"]),
            "gebruiksdoel": per_unique(normalise_gebruiksdoel, gdf["gebruiksdoel"]) if "gebruiksdoel" in gdf else "",
            "aantal_vbo": to_float(gdf["aantal_verblijfsobjecten"]) if "aantal_verblijfsobjecten" in gdf else np.nan,
        },
        geometry=gdf.geometry.values,
        crs=gdf.crs,
        index=gdf.index,
    )
    if "documentdatum" in gdf:
        out["documentdatum"] = gdf["documentdatum"].astype("str")
    out["gebruiksdoel"] = out["gebruiksdoel"].astype("str")
    out.insert(4, "woonfunctie", per_unique(_woonfunctie, out["gebruiksdoel"]))
    keep = per_unique(_status_mask, out["status"], PAND_STATUS_BESTAAND)
    valid = out["pand_id"].notna()
    mask = keep & valid
    out = out if mask.all() else out[mask]
    out.attrs.update(gdf.attrs)
    bron = f"{Path(path).name} (laag {gdf.attrs.get('laag', layer)})"
    out = resolve_duplicates(
        out, "pand_id", bron=bron, compare=["bouwjaar", "status", "gebruiksdoel", "aantal_vbo"], what="pand", path=path
    )
    out = drop_missing_geometry(out, id_column="pand_id", bron=bron, what="panden")
    out = check_ranges(out, RANGES["panden"], id_column="pand_id", bron=bron)
    out = out.drop(columns="documentdatum", errors="ignore").reset_index(drop=True)
    out.attrs["niet_bestaand"] = int((~keep).sum())
    out.attrs["ongeldige_id"] = int((keep & ~valid).sum())
    out.attrs["gelezen"] = n
    return out


def read_verblijfsobjecten(
    path: str | Path,
    layer: str = "verblijfsobject",
    *,
    geometry: bool = True,
    bbox: BBox | None = None,
    fids: np.ndarray | None = None,
) -> gpd.GeoDataFrame:
    """Verblijfsobjecten in use (points), EPSG:28992.

    ``geometry=False`` skips the points (the scan links VBOs by id, never by location) and
    returns a plain DataFrame: about a quarter of the memory of a national run.

    Columns: vbo_id, pand_id (str16), woonfunctie, gebruiksdoel, oppervlakte, status,
    straat, huisnummer (Int64), huisletter, toevoeging (upper, "" when none), postcode
    ("1234AB"), woonplaats, geometry.
    bag-light's ``pand_identificatie`` may list several panden separated by commas (a VBO
    spread over more than one pand); the **first** id is used as its pand. ``bbox`` or ``fids``
    (feature ids) read only part of the layer.
    """
    gdf = read_layer(
        path,
        layer,
        ["identificatie", "status", "gebruiksdoel", "pand_identificatie"],
        columns=[
            "oppervlakte",
            ("openbare_ruimte_naam", "straatnaam", "straat"),
            "huisnummer",
            "huisletter",
            ("toevoeging", "huisnummertoevoeging"),
            "postcode",
            ("woonplaats_naam", "woonplaats"),
            "documentdatum",
        ],
        where_label="BAG-verblijfsobjecten",
        polygonal=False,
        read_geometry=geometry,
        bbox=bbox,
        fids=fids,
    )
    n = len(gdf)

    def opt(name: str, frame: pd.DataFrame = gdf) -> pd.Series:
        if name in frame:
            return frame[name]
        return pd.Series("", index=frame.index, dtype="str")

    first_pand = first_part(gdf["pand_identificatie"], ",")
    gebruiksdoel = per_unique(normalise_gebruiksdoel, gdf["gebruiksdoel"])
    out = gpd.GeoDataFrame(
        {
            "vbo_id": normalise_bag_id(gdf["identificatie"]),
            "pand_id": normalise_bag_id(first_pand),
            "woonfunctie": per_unique(_woonfunctie, gebruiksdoel),
            "gebruiksdoel": gebruiksdoel,
            "oppervlakte": to_float(gdf["oppervlakte"]) if "oppervlakte" in gdf else np.nan,
            "status": per_unique(normalise_text, gdf["status"]),
            "straat": per_unique(normalise_text, opt("openbare_ruimte_naam")),
            "huisnummer": to_int(gdf["huisnummer"])
            if "huisnummer" in gdf
            else pd.Series(pd.NA, index=gdf.index, dtype="Int64"),
            "huisletter": per_unique(normalise_letter, opt("huisletter")),
            "toevoeging": per_unique(normalise_letter, opt("toevoeging")),
            "postcode": per_unique(normalise_postcode, opt("postcode")),
            "woonplaats": per_unique(normalise_text, opt("woonplaats_naam")),
        },
        geometry=gdf.geometry.values if geometry else None,
        crs=gdf.crs if geometry else None,
        index=gdf.index,
    )
    if "documentdatum" in gdf:
        out["documentdatum"] = gdf["documentdatum"].astype("str")
    if not geometry:
        out = pd.DataFrame(out)
    attrs = dict(gdf.attrs)
    del gdf, opt, first_pand, gebruiksdoel  # raw columns no longer needed
    release_memory()
    keep = per_unique(_status_mask, out["status"], VBO_STATUS_IN_GEBRUIK)
    valid = out["vbo_id"].notna()
    mask = keep & valid
    out = out if mask.all() else out[mask]
    out.attrs.update(attrs)
    bron = f"{Path(path).name} (laag {attrs.get('laag', layer)})"
    out = resolve_duplicates(
        out,
        "vbo_id",
        bron=bron,
        compare=[
            "pand_id",
            "gebruiksdoel",
            "oppervlakte",
            "status",
            "postcode",
            "huisnummer",
            "huisletter",
            "toevoeging",
        ],
        what="verblijfsobject",
        path=path,
    )
    out = check_ranges(out, RANGES["verblijfsobjecten"], id_column="vbo_id", bron=bron)
    out = out.drop(columns=["documentdatum", "onwaarschijnlijk"], errors="ignore").reset_index(drop=True)
    out.attrs["niet_in_gebruik"] = int((~keep).sum())
    out.attrs["ongeldige_id"] = int((keep & ~valid).sum())
    out.attrs["gelezen"] = n
    return out
