"""Context layers: CBS buurten, parkeerzones, voorzieningen, monumenten, energielabels."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.errors import EmptyLayerError, MissingColumnError, UnreadableFileError
from optopscan.io.common import (
    RD,
    check_file,
    normalise_bag_id,
    normalise_letter,
    normalise_postcode,
    normalise_text,
    read_layer,
    to_bool,
    to_float,
    to_int,
)
from optopscan.io.quality import RANGES, check_ranges, count_missing_geometry


def _bron(gdf: pd.DataFrame) -> str:
    laag = gdf.attrs.get("laag")
    return f"{gdf.attrs.get('bron', '?')}" + (f" (laag {laag})" if laag else "")


#: CBS codes missing values as large negative numbers (−99995 geheim, −99997 …).
CBS_SENTINEL_MAX = -99990


def read_buurten(path: str | Path, layer: str = "buurten") -> gpd.GeoDataFrame:
    """CBS wijk- en buurtkaart, layer ``buurten``.

    Keeps every column; in every numeric column values ≤ −99990 become NaN (never average
    them). ``stedelijkheid`` (float 1–5) comes from ``stedelijkheid_adressen_per_km2``
    (NaN when absent).
    """
    gdf = read_layer(
        path,
        layer,
        ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam"],
        columns=None,
        where_label="CBS-buurten",
        polygonal=True,
    )
    num = gdf.drop(columns="geometry").select_dtypes("number")
    num = num.loc[:, [c for c in num.columns if not pd.api.types.is_bool_dtype(num[c])]]
    if len(num.columns):
        f = num.astype("float64")
        gdf[num.columns] = f.mask(f <= CBS_SENTINEL_MAX)
    for c in ("buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam"):
        gdf[c] = normalise_text(gdf[c])
    src = next((c for c in gdf.columns if c.lower() == "stedelijkheid_adressen_per_km2"), None)
    sted = to_float(gdf[src]) if src else pd.Series(np.nan, index=gdf.index)
    gdf["stedelijkheid"] = sted.where(sted.between(1, 5))
    first = ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "stedelijkheid"]
    rest = [c for c in gdf.columns if c not in first and c != "geometry"]
    out = gdf[first + rest + ["geometry"]]
    out.attrs.update(gdf.attrs)
    count_missing_geometry(out, bron=_bron(gdf))
    return out


def read_parkeerzones(
    path: str | Path,
    layer: str | None = None,
    zone_column: str = "zone",
    norm_column: str = "parkeernorm",
) -> gpd.GeoDataFrame:
    """User-supplied parking zones: zone (str), parkeernorm (float, places per extra home),
    geometry. ``layer=None`` takes the first layer."""
    gdf = read_layer(path, layer, [zone_column, norm_column], columns=[], where_label="parkeerzones", polygonal=True)
    out = gpd.GeoDataFrame(
        {"zone": normalise_text(gdf[zone_column]), "parkeernorm": to_float(gdf[norm_column])},
        geometry=gdf.geometry.values,
        crs=RD,
    )
    out.attrs.update(gdf.attrs)
    out = check_ranges(out, RANGES["parkeerzones"], id_column="zone", bron=_bron(gdf)).drop(columns="onwaarschijnlijk")
    count_missing_geometry(out, bron=_bron(gdf))
    return out


def read_voorzieningen(path: str | Path, layer: str | None = None, soort_column: str = "soort") -> gpd.GeoDataFrame:
    """Amenities as points: soort (lower case), hov (bool, from a ``hov`` column, else
    False), naam (str), geometry. Polygons and lines become a point on their surface."""
    gdf = read_layer(path, layer, [soort_column], columns=["hov", "naam"], where_label="voorzieningen", polygonal=False)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    is_point = shapely.get_type_id(geoms) == shapely.GeometryType.POINT
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    conv = ~is_point & present
    if conv.any():
        geoms = geoms.copy()
        geoms[conv] = shapely.point_on_surface(geoms[conv])
    out = gpd.GeoDataFrame(
        {
            "soort": normalise_text(gdf[soort_column]).str.lower(),
            "hov": to_bool(gdf["hov"]) if "hov" in gdf else pd.Series(False, index=gdf.index),
            "naam": normalise_text(gdf["naam"]) if "naam" in gdf else pd.Series("", index=gdf.index, dtype="str"),
        },
        geometry=geoms,
        crs=RD,
    )
    out.attrs.update(gdf.attrs)
    count_missing_geometry(out, bron=_bron(gdf))
    return out


def read_monumenten(path: str | Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Rijksmonumenten (RCE): monumentnummer (str; from ``rijksmonument_nummer`` or
    ``monumentnummer``), hoofdcategorie (str, "" when absent), geometry (as delivered).
    An empty layer is valid: the area has no rijksmonumenten."""
    gdf = read_layer(
        path,
        layer,
        [("monumentnummer", "rijksmonument_nummer", "rijksmonumentnummer")],
        columns=["hoofdcategorie"],
        where_label="monumenten",
        allow_empty=True,  # an area without rijksmonumenten: 0 monuments is knowledge, not unknown
    )
    out = gpd.GeoDataFrame(
        {
            "monumentnummer": normalise_text(gdf["monumentnummer"]).str.replace(r"\.0$", "", regex=True),
            "hoofdcategorie": normalise_text(gdf["hoofdcategorie"])
            if "hoofdcategorie" in gdf
            else pd.Series("", index=gdf.index, dtype="str"),
        },
        geometry=gdf.geometry.values,
        crs=RD,
    )
    out.attrs.update(gdf.attrs)
    count_missing_geometry(out, bron=_bron(gdf))
    return out


_EP_COLUMNS = {
    "vbo_id": "Pand_bagverblijfsobjectid",
    "pand_id": "Pand_bagpandid",
    "energieklasse": "Pand_energieklasse",
    "postcode": "Pand_postcode",
    "huisnummer": "Pand_huisnummer",
    "huisletter": "Pand_huisletter",
    "toevoeging": "Pand_huisnummertoevoeging",
}


def read_energielabels(path: str | Path) -> pd.DataFrame:
    """EP-Online export (``;``-separated, decimal comma, optional preamble lines).

    Returns a plain DataFrame: vbo_id, pand_id (str16, missing when empty), energieklasse
    (str, upper, "" when none) and, when present, postcode, huisnummer, huisletter,
    toevoeging. Only the needed columns are read.
    """
    p = check_file(path, "energielabelbestand")
    header_idx = None
    encoding = "utf-8-sig"
    try:
        with open(p, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError as exc:
        raise UnreadableFileError(
            f"kan het bestand niet openen ({exc}).", path=p, remedy="controleer de bestandsrechten."
        ) from exc
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = head.decode("cp1252", errors="replace")
        encoding = "cp1252"
    lines = text.splitlines()
    for i, line in enumerate(lines[:50]):
        if "pand_bagverblijfsobjectid" in line.lower():
            header_idx = i
            break
    if header_idx is None:
        raise MissingColumnError(
            "kolom 'Pand_bagverblijfsobjectid' niet gevonden in de eerste 50 regels; dit lijkt geen EP-Online-export.",
            path=p,
            column="Pand_bagverblijfsobjectid",
            remedy="download de energielabels als CSV van ep-online.nl (Bulkbestand, ;-gescheiden).",
        )
    header = [h.strip().strip('"') for h in lines[header_idx].split(";")]
    lower = {h.lower(): h for h in header}
    wanted = {k: lower.get(v.lower()) for k, v in _EP_COLUMNS.items()}
    if wanted["energieklasse"] is None:
        raise MissingColumnError(
            f"kolom 'Pand_energieklasse' ontbreekt; aanwezige kolommen: {', '.join(header)}.",
            path=p,
            column="Pand_energieklasse",
            remedy="download de volledige EP-Online-export.",
        )
    usecols = [c for c in wanted.values() if c is not None]
    try:
        df = pd.read_csv(
            p,
            sep=";",
            decimal=",",
            skiprows=header_idx,
            usecols=usecols,
            dtype=str,
            keep_default_na=False,
            encoding=encoding,
            encoding_errors="replace",
        )
    except Exception as exc:
        raise UnreadableFileError(
            f"de CSV kan niet worden gelezen ({exc}).",
            path=p,
            remedy="download de EP-Online-export opnieuw (;-gescheiden CSV).",
        ) from exc
    if len(df) == 0:
        raise EmptyLayerError("het energielabelbestand bevat geen rijen.", path=p, remedy="controleer de export.")
    out = pd.DataFrame(index=df.index)
    out["vbo_id"] = normalise_bag_id(df[wanted["vbo_id"]])
    out["pand_id"] = (
        normalise_bag_id(df[wanted["pand_id"]]) if wanted["pand_id"] else pd.Series(np.nan, index=df.index, dtype="str")
    )
    out["energieklasse"] = normalise_text(df[wanted["energieklasse"]]).str.upper()
    if wanted["postcode"]:
        out["postcode"] = normalise_postcode(df[wanted["postcode"]])
    if wanted["huisnummer"]:
        out["huisnummer"] = to_int(df[wanted["huisnummer"]])
    for k in ("huisletter", "toevoeging"):
        if wanted[k]:
            out[k] = normalise_letter(df[wanted[k]])
    return out
