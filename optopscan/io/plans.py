"""Bestemmingsplannen: IMRO2012 (and IMRO2008-style) GML, or a simple GeoPackage layer.

IMRO ``Maatvoering``: ``waarde`` / ``waardeType`` are lists when any feature in the file
holds several values and scalars otherwise; both are exploded together and the types
``maximum bouwhoogte (m)`` and ``maximum aantal bouwlagen`` are picked (case-insensitive;
IMRO2008 long types such as "maatvoering; hoogte; bouwhoogte; maximum bouwhoogte (m)" are
matched on their ending). Several values of one type on one feature → the maximum.
IMRO ``Enkelbestemming``: ``bestemmingshoofdgroep``; wonen is allowed for the hoofdgroepen
in :data:`WONEN_HOOFDGROEPEN`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.errors import InputDataError, MissingColumnError, UnreadableFileError
from optopscan.io.common import (
    RD,
    check_file,
    check_xml,
    list_layer_names,
    normalise_text,
    read_layer,
    to_bool,
    to_float,
)
from optopscan.io.quality import RANGES, Bevinding, add_finding, check_ranges

#: Enkelbestemming hoofdgroepen in which wonen is allowed.
WONEN_HOOFDGROEPEN: frozenset[str] = frozenset({"wonen", "gemengd", "centrum"})
#: waardeType endings (lower case) → canonical column.
MAATVOERING_TYPES: dict[str, str] = {
    "maximum bouwhoogte (m)": "max_bouwhoogte_m",
    "maximum aantal bouwlagen": "max_bouwlagen",
}
MAATVOERING_COLUMNS = ["max_bouwhoogte_m", "max_bouwlagen", "bron"]
BESTEMMING_COLUMNS = ["bestemmingshoofdgroep", "wonen_toegestaan", "bron"]


@dataclass
class Plannen:
    """Plan data in EPSG:28992: heights per area and the function per area."""

    maatvoering: gpd.GeoDataFrame
    bestemmingen: gpd.GeoDataFrame


def _empty(columns: list[str]) -> gpd.GeoDataFrame:
    data = {c: pd.Series(dtype="float64") for c in columns}
    for c in columns:
        if c in ("bron", "bestemmingshoofdgroep"):
            data[c] = pd.Series(dtype="str")
        elif c == "wonen_toegestaan":
            data[c] = pd.Series(dtype="bool")
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([], crs=RD), crs=RD)


def read_plannen(paths: Iterable[str | Path] | str | Path) -> Plannen:
    """Read one or more plan files (``.gml``/``.xml`` IMRO, or ``.gpkg``) and concatenate them;
    ``bron`` holds the file name. ``attrs["gerepareerd"]`` sums the repaired geometries."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    maat, best = [], []
    for path in paths:
        p = check_file(path, "planbestand")
        suffix = p.suffix.lower()
        if suffix in (".gml", ".xml"):
            m, b = _read_imro(p)
        elif suffix == ".gpkg":
            m, b = _read_plan_gpkg(p)
        else:
            raise UnreadableFileError(
                f"onbekend planformaat '{p.suffix}' (verwacht .gml, .xml of .gpkg).",
                path=p,
                remedy="download het plan als IMRO-GML van ruimtelijkeplannen.nl, of lever "
                "een GeoPackage met kolom max_bouwhoogte_m en/of max_bouwlagen.",
            )
        maat.append(m.assign(bron=p.name))
        best.append(b.assign(bron=p.name))
    findings = [d for f in maat + best for d in f.attrs.get("bevindingen", [])]
    maatvoering = _concat(maat, MAATVOERING_COLUMNS)
    maatvoering.attrs["bevindingen"] = findings
    maatvoering["plan_id"] = maatvoering["bron"] + "#" + pd.Series(range(len(maatvoering)), dtype="str").to_numpy()
    maatvoering = check_ranges(maatvoering, RANGES["maatvoering"], id_column="plan_id", bron="plannen (Maatvoering)")
    maatvoering = maatvoering.drop(columns=["plan_id", "onwaarschijnlijk"])
    return Plannen(maatvoering=maatvoering, bestemmingen=_concat(best, BESTEMMING_COLUMNS))


def _concat(frames: list[gpd.GeoDataFrame], columns: list[str]) -> gpd.GeoDataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        out = _empty(columns)
        out.attrs["gerepareerd"] = 0
        return out
    rep = sum(int(f.attrs.get("gerepareerd", 0)) for f in frames)
    out = gpd.GeoDataFrame(
        pd.concat([f[columns + ["geometry"]] for f in frames], ignore_index=True), geometry="geometry", crs=RD
    )
    out["bron"] = out["bron"].astype("str")
    out.attrs["gerepareerd"] = rep
    return out


def _field(fields: list[str], name: str) -> str | None:
    """Field called ``name`` or ending in ``|name`` (GDAL's nested GML names)."""
    low = name.lower()
    exact = [f for f in fields if f.lower() == low]
    if exact:
        return exact[0]
    nested = [f for f in fields if f.lower().endswith("|" + low)]
    return nested[0] if nested else None


#: IMRO versions this reader was tested with (namespace years); others are read with a warning.
IMRO_TESTED = ("2012",)


def _imro_version(p: Path) -> str | None:
    """The IMRO namespace year ("2008", "2012") from the first 8 kB, None when not found."""
    with open(p, "rb") as fh:
        head = fh.read(8192).decode("utf-8", errors="replace")
    m = re.search(r"geonovum\.nl/imro/(\d{4})", head)
    return m.group(1) if m else None


def _read_imro(p: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    check_xml(p, "IMRO-GML")
    version = _imro_version(p)
    names = list_layer_names(p)
    lower = {n.lower(): n for n in names}
    m_layer = lower.get("maatvoering")
    b_layer = lower.get("enkelbestemming")
    if m_layer is None and b_layer is None:
        raise InputDataError(
            "geen IMRO-lagen Maatvoering of Enkelbestemming gevonden; aanwezige lagen: "
            f"{', '.join(names) or '(geen)'}.",
            path=p,
            remedy="lever een bestemmingsplan als IMRO2008/IMRO2012-GML (ruimtelijkeplannen.nl, bestand NL.IMRO.…gml).",
        )
    maat = _empty(MAATVOERING_COLUMNS)
    best = _empty(BESTEMMING_COLUMNS)
    if m_layer is not None:
        gdf = read_layer(p, m_layer, [], columns=None, where_label="maatvoering", polygonal=True, allow_empty=True)
        fields = [c for c in gdf.columns if c != "geometry"]
        wcol, tcol = _field(fields, "waarde"), _field(fields, "waardeType")
        if version == "2008" and tcol is None:
            # IMRO2008: <omvang><OmvangWaardeBP><naam>…</naam><waarde>…</waarde>: naam is the type
            nested = {f.lower().rsplit("|", 1)[-1]: f for f in fields if "omvangwaardebp|" in f.lower()}
            tcol = nested.get("naam") or _field(fields, "naam")
            wcol = nested.get("waarde") or wcol
        if len(gdf) and (wcol is None or tcol is None) and version == "2008":
            raise UnreadableFileError(
                "IMRO2008-plan: geen OmvangWaardeBP met 'naam' en 'waarde' gevonden in de maatvoering "
                f"(gevonden kolommen: {', '.join(fields)}).",
                path=p,
                layer=m_layer,
                column="OmvangWaardeBP",
                remedy="gebruik de IMRO2012-versie van het plan als die er is, of zet de maximale bouwhoogte "
                "in een GeoPackage met kolom max_bouwhoogte_m (zie README, Invoer).",
            )
        if len(gdf) and (wcol is None or tcol is None):
            raise MissingColumnError(
                f"kolom 'waarde' of 'waardeType' ontbreekt; aanwezige kolommen: {', '.join(fields)}.",
                path=p,
                layer=m_layer,
                column="waarde" if wcol is None else "waardeType",
                remedy="lever een IMRO2012-GML zoals ruimtelijkeplannen.nl die levert.",
            )
        if len(gdf) and wcol is not None and tcol is not None:  # the checks above raised otherwise
            maat = _maatvoering(gdf, wcol, tcol, p, m_layer)
            if len(maat) == 0:
                types = pd.Series(gdf[tcol].explode().astype("str").unique()[:5])
                add_finding(
                    maat,
                    Bevinding(
                        p.name,
                        tcol,
                        "maatvoering zonder bekend type",
                        len(gdf),
                        types.tolist(),
                        "Geen 'maximum bouwhoogte (m)' of 'maximum aantal bouwlagen' herkend; dit plan levert "
                        "geen hoogtes.",
                    ),
                )
    if b_layer is not None:
        gdf = read_layer(
            p,
            b_layer,
            ["bestemmingshoofdgroep"],
            columns=["bestemmingshoofdgroep"],
            where_label="enkelbestemmingen",
            polygonal=True,
            allow_empty=True,
        )
        hg = normalise_text(gdf["bestemmingshoofdgroep"]).str.lower()
        best = gpd.GeoDataFrame(
            {"bestemmingshoofdgroep": hg, "wonen_toegestaan": hg.isin(WONEN_HOOFDGROEPEN)},
            geometry=gdf.geometry.values,
            crs=RD,
        )
        best.attrs["gerepareerd"] = gdf.attrs.get("gerepareerd", 0)
    if version is not None and version not in IMRO_TESTED:
        add_finding(
            maat,
            Bevinding(
                p.name,
                "",
                "versie",
                1,
                [f"IMRO{version}"],
                f"IMRO{version} is gelezen, maar getest is alleen IMRO{', IMRO'.join(IMRO_TESTED)}; controleer de "
                "planwaarden in het rapport.",
            ),
        )
    return maat, best


def _maatvoering(gdf: gpd.GeoDataFrame, wcol: str, tcol: str, p: Path, layer: str) -> gpd.GeoDataFrame:
    pairs = pd.DataFrame({"waarde": gdf[wcol].to_numpy(), "type": gdf[tcol].to_numpy()}, index=np.arange(len(gdf)))
    try:
        long = pairs.explode(["waarde", "type"])
    except ValueError as exc:
        raise UnreadableFileError(
            f"'waarde' en 'waardeType' hebben per object niet evenveel waarden ({exc}).",
            path=p,
            layer=layer,
            column="waarde",
            remedy="controleer de GML tegen het IMRO-schema (elk WaardeEnType heeft één waarde en één type).",
        ) from exc
    t = long["type"].astype("str").str.strip().str.lower()
    v = to_float(long["waarde"].astype("str"))
    out = pd.DataFrame(index=pd.RangeIndex(len(gdf)))
    for ending, col in MAATVOERING_TYPES.items():
        sel = t.str.endswith(ending).fillna(False).to_numpy(dtype=bool)
        out[col] = v[sel].groupby(level=0).max().reindex(out.index)
    keep = out.notna().any(axis=1).to_numpy()
    res = gpd.GeoDataFrame(
        out[keep].reset_index(drop=True).astype("float64"), geometry=gdf.geometry.values[keep], crs=RD
    )
    res.attrs["gerepareerd"] = gdf.attrs.get("gerepareerd", 0)
    return res


def _read_plan_gpkg(p: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    names = list_layer_names(p)
    layer = next((n for n in names if n.lower() == "plannen"), names[0] if names else None)
    gdf = read_layer(
        p,
        layer,
        [],
        columns=["max_bouwhoogte_m", "max_bouwlagen", "wonen_toegestaan", "bestemmingshoofdgroep"],
        where_label="plannen",
        polygonal=True,
    )
    if "max_bouwhoogte_m" not in gdf and "max_bouwlagen" not in gdf:
        raise MissingColumnError(
            "kolom 'max_bouwhoogte_m' of 'max_bouwlagen' ontbreekt (minstens één is "
            f"nodig); aanwezige kolommen: {', '.join(c for c in gdf.columns if c != 'geometry')}.",
            path=p,
            layer=layer,
            column="max_bouwhoogte_m",
            remedy="voeg een kolom max_bouwhoogte_m (meter) en/of max_bouwlagen toe.",
        )
    nan = pd.Series(np.nan, index=gdf.index, dtype="float64")
    maat = gpd.GeoDataFrame(
        {
            "max_bouwhoogte_m": to_float(gdf["max_bouwhoogte_m"]) if "max_bouwhoogte_m" in gdf else nan,
            "max_bouwlagen": to_float(gdf["max_bouwlagen"]) if "max_bouwlagen" in gdf else nan,
        },
        geometry=gdf.geometry.values,
        crs=RD,
    )
    maat = maat[maat[["max_bouwhoogte_m", "max_bouwlagen"]].notna().any(axis=1)]
    maat.attrs["gerepareerd"] = gdf.attrs.get("gerepareerd", 0)
    if "wonen_toegestaan" in gdf or "bestemmingshoofdgroep" in gdf:
        hg = (
            normalise_text(gdf["bestemmingshoofdgroep"]).str.lower()
            if "bestemmingshoofdgroep" in gdf
            else pd.Series("", index=gdf.index, dtype="str")
        )
        wonen = to_bool(gdf["wonen_toegestaan"]) if "wonen_toegestaan" in gdf else hg.isin(WONEN_HOOFDGROEPEN)
        best = gpd.GeoDataFrame(
            {"bestemmingshoofdgroep": hg, "wonen_toegestaan": wonen}, geometry=gdf.geometry.values, crs=RD
        )
    else:
        best = _empty(BESTEMMING_COLUMNS)
    return maat, best


def read_bouwvlakken(paths: Iterable[str | Path] | str | Path) -> gpd.GeoDataFrame:
    """The IMRO ``Bouwvlak`` objects of the plan files (``.gml``/``.xml``), EPSG:28992.

    ``io/plans.py`` does not read them; GeoPackage plans have none (empty result). Column:
    ``bron`` (file name).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    frames = []
    for path in paths:
        p = check_file(path, "planbestand")
        if p.suffix.lower() not in (".gml", ".xml"):
            continue
        names = list_layer_names(p)
        layer = next((n for n in names if n.lower() == "bouwvlak"), None)
        if layer is None:
            continue
        gdf = read_layer(p, layer, [], columns=[], where_label="bouwvlakken", polygonal=True, allow_empty=True)
        frames.append(gpd.GeoDataFrame({"bron": [p.name] * len(gdf)}, geometry=gdf.geometry.values, crs=RD))
    if not frames:
        return gpd.GeoDataFrame({"bron": pd.Series(dtype="str")}, geometry=gpd.GeoSeries([], crs=RD), crs=RD)
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=RD)
