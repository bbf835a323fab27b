"""The kansenkaart: one self-contained, offline HTML map of a scan's shortlist.

Reads the shortlist GeoPackage (layers ``complexen`` and ``buurten``, table ``metadata``),
simplifies geometry in RD, reprojects to WGS84, embeds only the properties the map shows as
compact GeoJSON and writes one HTML file with Leaflet inlined (see :mod:`.assets`). The page
itself is plain Leaflet plus a small script (:mod:`._page`); folium is not used because its
default template loads jQuery, Bootstrap and friends from CDNs and emits one JS object per
feature, which is neither offline nor small.
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from optopscan import __version__
from optopscan.atomic import write_text_atomic
from optopscan.constants import RD
from optopscan.errors import (
    CrsError,
    MissingColumnError,
    MissingFileError,
    MissingLayerError,
    UnreadableFileError,
)
from optopscan.render import _page, assets

log = logging.getLogger(__name__)

WGS84 = "EPSG:4326"
COMPLEX_LAYER = "complexen"
BUURT_LAYER = "buurten"
METADATA_TABLE = "metadata"

#: klasse → (fill colour, outline colour, short explanation); a sequential green → red palette
KLASSEN: dict[str, tuple[str, str, str]] = {
    "A": ("#1a7a3a", "#0d4420", "zeer kansrijk"),
    "B": ("#7bc26a", "#44823a", "kansrijk"),
    "C": ("#f2d64b", "#a88c10", "mogelijk"),
    "D": ("#f28e2b", "#a85a0e", "beperkt"),
    "E": ("#c0392b", "#74211a", "onwaarschijnlijk"),
}
KLASSE_ONBEKEND = ("?", "#9e9e9e", "#5e5e5e", "Zonder klasse")
#: above this many complexes Leaflet draws on a canvas instead of one SVG path per complex
SVG_MAX = 5000
BUURT_KLEUREN = ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"]

# shortlist column → embedded key (see _page for the key list)
_TEXT_PROPS = {
    "complex_id": "id",
    "complexnaam": "n",
    "adres": "a",
    "klasse": "k",
    "status": "st",
    "status_hoogte": "sh",
    "status_parkeren": "sp",
    "status_eigendom": "se",
    "eigendom": "e",
    "buurtnaam": "bu",
}
_NUM_PROPS = {
    "rang": ("r", 0),
    "score": ("s", 1),
    "extra_woningen": ("ew", 1),
    "extra_woningen_theoretisch": ("ewt", 1),
    "extra_bouwlagen": ("eb", 1),
    "aantal_woningen": ("w", 0),
    "bouwjaar": ("bj", 0),
}
#: keys whose (repetitive) values are stored as indices into the text pool
_POOLED_KEYS = ["st", "sh", "sp", "se", "e", "bu"]
_COMPLEX_COLUMNS = [
    *_TEXT_PROPS,
    *_NUM_PROPS,
    "toelichting",
    "blokkades",
    "gemeentecode",
    "gemeentenaam",
]
_REQUIRED_COMPLEX_COLUMNS = ["complex_id", "klasse"]
#: what the summary panel needs of every complex, also of those not drawn
_SUMMARY_COLUMNS = ["klasse", "extra_woningen", "extra_woningen_theoretisch"]
_BUURT_COLUMNS = [
    "buurtcode",
    "buurtnaam",
    "gemeentecode",
    "gemeentenaam",
    "aantal_complexen",
    "extra_woningen",
    "extra_woningen_theoretisch",
]


@dataclass
class Shortlist:
    """The parts of a shortlist GeoPackage the map needs, in RD."""

    path: Path
    complexen: gpd.GeoDataFrame
    buurten: gpd.GeoDataFrame | None
    metadata: dict[str, str] = field(default_factory=dict)
    totalen: pd.DataFrame | None = None
    """klasse and extra woningen of *every* complex, when ``complexen`` holds only the best
    ranked ones (a large shortlist read for a point map)."""


# ---------------------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------------------


def read_shortlist(path: str | Path, max_rang: int | None = None) -> Shortlist:
    """Read what the kansenkaart needs from a shortlist GeoPackage.

    ``complexen`` is required; ``buurten`` and ``metadata`` are optional (the map then has
    no buurt layer, or shows no gebied and datum). With ``max_rang`` and more complexes than
    that, only complexes with ``rang <= max_rang`` are read in full and ``totalen`` holds the
    few columns the summary needs for all of them (a province: GBs less memory).
    """
    path = Path(path)
    if not path.exists():
        raise MissingFileError(
            "de shortlist bestaat niet.",
            path=path,
            remedy="draai eerst 'optopscan scan' of geef het pad naar shortlist.gpkg op.",
        )
    try:
        layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise UnreadableFileError(
            f"dit is geen leesbare GeoPackage ({exc}).",
            path=path,
            remedy="geef de shortlist.gpkg die 'optopscan scan' schreef.",
        ) from exc
    if COMPLEX_LAYER not in layers:
        raise MissingLayerError(
            f"de laag ontbreekt (wel aanwezig: {', '.join(sorted(layers)) or 'geen'}).",
            path=path,
            layer=COMPLEX_LAYER,
            remedy="geef de shortlist.gpkg die 'optopscan scan' schreef.",
        )
    totalen = None
    info = pyogrio.read_info(path, layer=COMPLEX_LAYER)
    where = None
    if max_rang is not None and info["features"] > max_rang and "rang" in list(info["fields"]):
        summary_columns = [c for c in _SUMMARY_COLUMNS if c in list(info["fields"])]
        totalen = pyogrio.read_dataframe(path, layer=COMPLEX_LAYER, columns=summary_columns, read_geometry=False)
        where = f"rang <= {int(max_rang)}"
    complexen = _read_layer(path, COMPLEX_LAYER, _COMPLEX_COLUMNS, _REQUIRED_COMPLEX_COLUMNS, where=where)
    buurten = _read_layer(path, BUURT_LAYER, _BUURT_COLUMNS, []) if BUURT_LAYER in layers else None
    metadata: dict[str, str] = {}
    if METADATA_TABLE in layers:
        try:
            meta = pyogrio.read_dataframe(path, layer=METADATA_TABLE, read_geometry=False)
        except Exception as exc:
            raise UnreadableFileError(
                f"de metadata-tabel is onleesbaar ({exc}).", path=path, layer=METADATA_TABLE
            ) from exc
        if {"sleutel", "waarde"} <= set(meta.columns):
            metadata = {
                str(k): "" if pd.isna(v) else str(v) for k, v in zip(meta["sleutel"], meta["waarde"], strict=True)
            }
    return Shortlist(path=path, complexen=complexen, buurten=buurten, metadata=metadata, totalen=totalen)


def _read_layer(
    path: Path, layer: str, wanted: list[str], required: list[str], where: str | None = None
) -> gpd.GeoDataFrame:
    info = pyogrio.read_info(path, layer=layer)
    fields = [str(f) for f in info["fields"]]
    for col in required:
        if col not in fields:
            raise MissingColumnError(
                "de kolom ontbreekt.",
                path=path,
                layer=layer,
                column=col,
                remedy="maak de shortlist opnieuw met 'optopscan scan'.",
            )
    columns = [c for c in wanted if c in fields]
    gdf = gpd.read_file(path, layer=layer, columns=columns, engine="pyogrio", where=where)
    if gdf.crs is None:
        raise CrsError(
            "de laag heeft geen coördinatenstelsel.",
            path=path,
            layer=layer,
            remedy="schrijf de laag in RD New (EPSG:28992).",
        )
    if gdf.crs.to_epsg() != 28992:
        gdf = gdf.to_crs(RD)
    return gdf


# ---------------------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------------------


def render_kansenkaart(
    shortlist: str | Path,
    out: str | Path,
    *,
    max_polygonen: int = 20000,
    simplify_m: float = 1.0,
    max_punten: int | None = None,
) -> Path:
    """Render the kansenkaart of ``shortlist`` to the HTML file ``out`` (written atomically).

    Above ``max_polygonen`` complexes they are drawn as points over buurt aggregates, and
    only the ``max_punten`` (default: ``max_polygonen``) best ranked ones — the size budget;
    the map says so and points to ``--per-gemeente``. ``simplify_m`` is the simplification tolerance in metres (RD), 0 to
    keep every vertex.
    """
    limit = max_polygonen if max_punten is None else max_punten
    data = read_shortlist(shortlist, max_rang=limit)
    if data.totalen is not None and len(data.totalen) <= max_polygonen:
        data = read_shortlist(shortlist)  # polygon mode draws every complex
    page = build_html(data, max_polygonen=max_polygonen, simplify_m=simplify_m, max_punten=max_punten)
    return write_text_atomic(out, page)


def render_per_gemeente(shortlist: str | Path, out_dir: str | Path, **kw: Any) -> list[Path]:
    """Render one kansenkaart per gemeentecode as ``out_dir/kansenkaart_<gemeentecode>.html``.

    Complexes without a gemeentecode are left out (and logged). Accepts the keyword
    arguments of :func:`render_kansenkaart`.
    """
    data = read_shortlist(shortlist)
    out_dir = Path(out_dir)
    cx = data.complexen
    if "gemeentecode" not in cx.columns:
        raise MissingColumnError(
            "nodig om per gemeente te tekenen.",
            path=data.path,
            layer=COMPLEX_LAYER,
            column="gemeentecode",
            remedy="maak de shortlist opnieuw met 'optopscan scan'.",
        )
    codes = cx["gemeentecode"].astype("string")
    zonder = int((codes.isna() | (codes.str.strip() == "")).sum())
    if zonder:
        log.warning("%d complexen zonder gemeentecode: niet op een gemeentekaart", zonder)
    paths: list[Path] = []
    for code in sorted(c for c in codes.dropna().unique() if str(c).strip()):
        sel = (codes == code).fillna(False).to_numpy(dtype=bool)
        sub = cx.loc[sel]
        buurten = data.buurten
        if buurten is not None and "gemeentecode" in buurten.columns:
            buurten = buurten.loc[(buurten["gemeentecode"].astype("string") == code).fillna(False)]
        naam = ""
        if "gemeentenaam" in sub.columns:
            namen = sub["gemeentenaam"].dropna().astype(str)
            naam = namen.iloc[0] if len(namen) else ""
        gebied = data.metadata.get("gebied", "")
        label = f"{naam or code} ({code})"
        meta = dict(data.metadata, gebied=f"{label} — {gebied}" if gebied else label)
        part = Shortlist(path=data.path, complexen=sub, buurten=buurten, metadata=meta)
        page = build_html(part, **kw)
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", str(code))
        paths.append(write_text_atomic(out_dir / f"kansenkaart_{safe}.html", page))
    return paths


# ---------------------------------------------------------------------------------------
# building the page
# ---------------------------------------------------------------------------------------


def build_html(
    data: Shortlist, *, max_polygonen: int = 20000, simplify_m: float = 1.0, max_punten: int | None = None
) -> str:
    """The complete HTML page for ``data`` (a :class:`Shortlist`)."""
    if max_polygonen < 0:
        raise ValueError("max_polygonen must be >= 0")
    cx = data.complexen
    geom_ok = ~(cx.geometry.isna() | cx.geometry.is_empty).to_numpy()
    zonder_geometrie = int((~geom_ok).sum())
    if zonder_geometrie:
        log.warning("%d complexen zonder geometrie worden niet getekend", zonder_geometrie)
        cx = cx.loc[geom_ok]
    if "rang" in cx.columns:
        cx = cx.sort_values("rang", kind="stable", na_position="last")
    alle = cx if data.totalen is None else data.totalen  # the summary counts every complex
    punten = len(alle) > max_polygonen
    max_punten = max_polygonen if max_punten is None else max_punten
    if punten and len(cx) > max_punten:
        cx = cx.iloc[:max_punten]

    teksten = _TextPool()
    klassen_kol = _klasse_keys(cx)
    geoms = _to_wgs84(cx.geometry.to_numpy(), simplify_m, punten)
    features = _complex_features(cx, geoms, klassen_kol, teksten)

    buurten_json, buurt_klassen, buurt_bounds = "null", [], None
    if data.buurten is not None and len(data.buurten):
        buurten_json, buurt_klassen, buurt_bounds = _buurt_collection(data.buurten, simplify_m)

    bounds = None
    if len(geoms):
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        bounds = [[round(miny, 6), round(minx, 6)], [round(maxy, 6), round(maxx, 6)]]
    elif buurt_bounds is not None:
        bounds = buurt_bounds

    counts = pd.Series(klassen_kol).value_counts()
    klassen = [
        {"k": k, "kleur": kleur, "rand": rand, "label": f"Klasse {k}", "uitleg": uitleg, "n": int(counts.get(k, 0))}
        for k, (kleur, rand, uitleg) in KLASSEN.items()
    ]
    if counts.get(KLASSE_ONBEKEND[0], 0):
        k, kleur, rand, label = KLASSE_ONBEKEND
        klassen.append({"k": k, "kleur": kleur, "rand": rand, "label": label, "uitleg": "", "n": int(counts[k])})

    meta = {
        "modus": "punten" if punten else "polygonen",
        "renderer": "svg" if len(cx) <= SVG_MAX else "canvas",
        "max": max_polygonen,
        "aantal": int(len(cx)),
        "bounds": bounds,
        "gebied": data.metadata.get("gebied", ""),
        "datum": data.metadata.get("datum", ""),
    }
    payload = (
        '{"meta":'
        + _dumps(meta)
        + ',"klassen":'
        + _dumps(klassen)
        + ',"buurtKlassen":'
        + _dumps(buurt_klassen)
        + ',"gepoold":'
        + _dumps(_POOLED_KEYS)
        + ',"teksten":'
        + _dumps(teksten.items)
        + ',"complexen":{"type":"FeatureCollection","features":['
        + ",".join(features)
        + "]}"
        + ',"buurten":'
        + buurten_json
        + "}"
    )
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    gebied = data.metadata.get("gebied", "")
    title = "Kansenkaart optoppen" + (f" — {gebied}" if gebied else "")
    summary = _summary_html(data, alle, _all_klassen(alle, klassen), punten, max_polygonen, zonder_geometrie, len(cx))
    parts = {
        "VERSION": html.escape(__version__),
        "LEAFLET_VERSION": html.escape(assets.LEAFLET_VERSION),
        "TITLE": html.escape(title),
        "LEAFLET_CSS": assets.leaflet_css(),
        "APP_CSS": _page.APP_CSS,
        "DATA": payload,
        "SUMMARY": summary,
        "LEAFLET_JS": assets.script_safe(assets.leaflet_js()),
        "APP_JS": _page.APP_JS,
    }
    # one pass, so inserted content is never searched for placeholders again
    return re.sub(r"__([A-Z_]+)__", lambda m: parts.get(m.group(1), m.group(0)), _page.PAGE)


class _TextPool:
    """Deduplicates text lines: a property stores indices, the page stores each line once."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def ids(self, lines: list[str]) -> list[int]:
        out = []
        for line in lines:
            i = self._index.get(line)
            if i is None:
                i = self._index[line] = len(self.items)
                self.items.append(line)
            out.append(i)
        return out


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _klasse_keys(cx: pd.DataFrame) -> np.ndarray:
    if "klasse" not in cx.columns:
        return np.full(len(cx), KLASSE_ONBEKEND[0], dtype=object)
    k = cx["klasse"].astype("string").str.strip().str.upper()
    return k.where(k.isin(list(KLASSEN)), KLASSE_ONBEKEND[0]).fillna(KLASSE_ONBEKEND[0]).to_numpy(dtype=object)


def _to_wgs84(geoms: np.ndarray, simplify_m: float, punten: bool) -> np.ndarray:
    """Simplify (or take a point on the surface) in RD, reproject, round to 6 decimals."""
    if len(geoms) == 0:
        return np.asarray(geoms, dtype=object)
    if punten:
        geoms = shapely.point_on_surface(geoms)
    elif simplify_m > 0:
        geoms = shapely.simplify(geoms, simplify_m, preserve_topology=True)
    out = gpd.GeoSeries(geoms, crs=RD).to_crs(WGS84).to_numpy()
    coords = shapely.get_coordinates(out)
    return shapely.set_coordinates(out.copy(), np.round(coords, 6))


def _texts(series: pd.Series | None, n: int) -> list[Any]:
    if series is None:
        return [None] * n
    values = series.astype("string").str.strip().to_numpy(dtype=object, na_value=None)
    return [v if v else None for v in values.tolist()]


def _numbers(series: pd.Series | None, n: int, decimals: int) -> list[Any]:
    if series is None:
        return [None] * n
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    out: list[Any] = []
    for v in np.round(values, decimals):
        if not math.isfinite(v):
            out.append(None)
        elif v == int(v):
            out.append(int(v))
        else:
            out.append(float(v))
    return out


def _complex_features(cx: gpd.GeoDataFrame, geoms: np.ndarray, klassen: np.ndarray, teksten: _TextPool) -> list[str]:
    n = len(cx)
    if n == 0:
        return []
    cols: dict[str, list[Any]] = {}
    for col, key in _TEXT_PROPS.items():
        cols[key] = _texts(cx[col] if col in cx.columns else None, n)
    cols["id"] = [v if v is not None else "" for v in cols["id"]]
    cols["k"] = list(klassen)
    for col, (key, dec) in _NUM_PROPS.items():
        cols[key] = _numbers(cx[col] if col in cx.columns else None, n, dec)
    toel = _texts(cx["toelichting"] if "toelichting" in cx.columns else None, n)
    blok = _texts(cx["blokkades"] if "blokkades" in cx.columns else None, n)
    cols["t"] = [teksten.ids([ln.strip() for ln in t.splitlines() if ln.strip()]) if t else [] for t in toel]
    cols["b"] = [teksten.ids([b.strip() for b in t.split(";") if b.strip()]) if t else [] for t in blok]
    # short categorical strings are pooled too: "sh":3 instead of "sh":"blokkade"
    for key in _POOLED_KEYS:
        cols[key] = [None if v is None else teksten.ids([v])[0] for v in cols[key]]
    keys = list(cols)
    geo_json = shapely.to_geojson(geoms)
    features = []
    for i, g in enumerate(geo_json):
        props = {k: cols[k][i] for k in keys if cols[k][i] is not None and cols[k][i] != []}
        features.append('{"type":"Feature","geometry":' + g + ',"properties":' + _dumps(props) + "}")
    return features


def _buurt_collection(
    buurten: gpd.GeoDataFrame, simplify_m: float
) -> tuple[str, list[dict[str, str]], list[list[float]] | None]:
    b = buurten.loc[~(buurten.geometry.isna() | buurten.geometry.is_empty)]
    if len(b) == 0:
        return "null", [], None
    n = len(b)
    geoms = _to_wgs84(b.geometry.to_numpy(), simplify_m, punten=False)
    ew = _numbers(b["extra_woningen"] if "extra_woningen" in b.columns else None, n, 1)
    breaks = _breaks([v for v in ew if v is not None and v > 0])
    klassen = [
        {"kleur": kleur, "label": label}
        for kleur, label in zip(_palette(len(breaks) - 1), _break_labels(breaks), strict=True)
    ]
    cls = [-1 if v is None or v <= 0 else int(np.searchsorted(breaks[1:], v, side="left")) for v in ew]
    cols = {
        "bc": _texts(b.get("buurtcode"), n),
        "bn": _texts(b.get("buurtnaam"), n),
        "gn": _texts(b.get("gemeentenaam"), n),
        "ac": _numbers(b.get("aantal_complexen"), n, 0),
        "ew": ew,
        "ewt": _numbers(b.get("extra_woningen_theoretisch"), n, 1),
        "c": cls,
    }
    feats = []
    for i, g in enumerate(shapely.to_geojson(geoms)):
        props = {k: v[i] for k, v in cols.items() if v[i] is not None}
        feats.append('{"type":"Feature","geometry":' + g + ',"properties":' + _dumps(props) + "}")
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    bounds = [[round(miny, 6), round(minx, 6)], [round(maxy, 6), round(maxx, 6)]]
    return '{"type":"FeatureCollection","features":[' + ",".join(feats) + "]}", klassen, bounds


def _breaks(values: list[float]) -> list[float]:
    """Class edges (quantiles, at most five classes) for the buurt shading."""
    if not values:
        return []
    arr = np.asarray(values, dtype=float)
    k = min(len(BUURT_KLEUREN), len(np.unique(arr)))
    qs = np.quantile(arr, np.linspace(0, 1, k + 1))
    edges = [float(qs[0])]
    for q in qs[1:]:
        q = float(math.ceil(q))
        if q > edges[-1]:
            edges.append(q)
    if len(edges) == 1:
        edges.append(edges[0])
    return edges


def _palette(k: int) -> list[str]:
    """``k`` colours spread over the buurt palette (light → dark)."""
    if k <= 0:
        return []
    idx = np.round(np.linspace(0, len(BUURT_KLEUREN) - 1, k)).astype(int) if k > 1 else [2]
    return [BUURT_KLEUREN[i] for i in idx]


def _break_labels(edges: list[float]) -> list[str]:
    """Labels for the classes (edges[0], edges[1]], (edges[1], edges[2]], …."""
    labels = []
    for i in range(1, len(edges)):
        lo = math.floor(edges[0]) if i == 1 else math.floor(edges[i - 1]) + 1
        hi = edges[i]
        labels.append(f"{_nl(lo)}–{_nl(hi)}" if hi > lo else _nl(hi))
    return labels


def _nl(x: float, decimals: int = 0) -> str:
    """Dutch number format: 12.345,6."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "onbekend"
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _all_klassen(alle: pd.DataFrame, drawn: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The klasse list with counts over every complex (drawn or not)."""
    counts = pd.Series(_klasse_keys(alle)).value_counts()
    return [{**k, "n": int(counts.get(k["k"], 0))} for k in drawn]


def _summary_html(
    data: Shortlist,
    cx: pd.DataFrame,
    klassen: list[dict[str, Any]],
    punten: bool,
    max_polygonen: int,
    zonder_geometrie: int,
    getekend: int,
) -> str:
    e = html.escape
    meta = data.metadata
    gebied = meta.get("gebied", "")
    rows: list[tuple[str, str]] = []
    if gebied:
        rows.append(("Gebied", e(gebied)))
    if meta.get("datum"):
        rows.append(("Datum scan", e(meta["datum"])))
    rows.append(("Complexen gescand", _nl(len(cx) + zonder_geometrie)))

    def som(col: str) -> str:
        if col not in cx.columns:
            return "onbekend"
        return _nl(float(pd.to_numeric(cx[col], errors="coerce").sum(skipna=True)))

    rows.append(("Extra woningen theoretisch", som("extra_woningen_theoretisch")))
    rows.append(("Extra woningen gefilterd", som("extra_woningen")))
    table = "".join(f'<tr><td>{k}</td><td class="getal">{v}</td></tr>' for k, v in rows)
    per_klasse = " · ".join(f"{e(k['k'])}: {_nl(k['n'])}" for k in klassen)
    out = [
        "<h2>Kansenkaart optoppen</h2>",
        f"<table>{table}</table>",
        f'<div class="per-klasse">Per klasse: {per_klasse}</div>',
    ]
    if "fictief" in gebied.lower():
        out.append('<div class="melding fictief">Let op: dit gebied is fictief (voorbeelddata).</div>')
    if len(cx) == 0:
        out.append('<div class="melding leeg">Geen complexen in deze shortlist</div>')
    if punten:
        out.append(
            f'<div class="melding punten">Meer dan {_nl(max_polygonen)} complexen: complexen als punten getekend</div>'
        )
    if getekend < len(cx):
        out.append(
            f'<div class="melding punten">Alleen de {_nl(getekend)} best gerangschikte complexen '
            "getekend; de buurtlaag telt alle complexen. Detailkaarten per gemeente: "
            "optopscan map --per-gemeente</div>"
        )
    if zonder_geometrie:
        out.append(f'<div class="melding">{_nl(zonder_geometrie)} complexen zonder geometrie niet getekend</div>')
    versie = meta.get("versie")
    if versie:
        out.append(f'<div class="bron">optopscan {e(versie)}</div>')
    return "".join(out)
