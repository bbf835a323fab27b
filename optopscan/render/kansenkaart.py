"""The kansenkaart: one self-contained, offline HTML map of a scan's shortlist.

Reads the shortlist GeoPackage (layer ``complexen``; optional ``buurten``, ``aanplaklocaties``,
``plintkansen`` and table ``metadata``), simplifies geometry in RD, reprojects to WGS84, embeds
only the properties the map shows as one compact JSON payload and renders the page from the
jinja2 templates in ``templates/`` with Leaflet inlined (see :mod:`.assets`). folium is not used
because its default template loads jQuery, Bootstrap and friends from CDNs and emits one JS
object per feature, which is neither offline nor small.

Old and new shortlists both work: the tier columns (``extra_woningen_theoretisch``,
``_constructief``, ``_binnen_plan``, ``_kansrijk``) fall back to the older ``extra_woningen``
(binnen plan) and ``extra_woningen_zonder_blokkade`` (kansrijk) when absent; every other column
is optional and simply not shown when missing.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import jinja2
import numpy as np
import pandas as pd
import pyogrio
import shapely
from markupsafe import Markup

from optopscan import __version__
from optopscan.atomic import write_text_atomic
from optopscan.constants import CRITERIA, RD, STATUS_LADDER, WGS84
from optopscan.errors import (
    CrsError,
    MissingColumnError,
    MissingFileError,
    MissingLayerError,
    UnreadableFileError,
)
from optopscan.explain import INSTELLINGEN, settings_from_text, toelichting
from optopscan.render import assets, woorden
from optopscan.text import nl_number

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
COMPLEX_LAYER = "complexen"
BUURT_LAYER = "buurten"
METADATA_TABLE = "metadata"
#: optional layers with the candidates of a form: layer → (form, map label, one candidate)
FORM_LAYERS: dict[str, tuple[str, str, str]] = {
    "aanplaklocaties": ("aanplakken", "Aanplaklocaties", "Aanplaklocatie"),
    "plintkansen": ("uitplinten", "Plintkansen", "Plintkans"),
}

#: klasse → (fill colour, outline colour, short explanation); a sequential green → red palette
KLASSEN: dict[str, tuple[str, str, str]] = {
    "A": ("#1a7a3a", "#0d4420", "zeer kansrijk"),
    "B": ("#7bc26a", "#44823a", "kansrijk"),
    "C": ("#f2d64b", "#a88c10", "mogelijk"),
    "D": ("#f28e2b", "#a85a0e", "beperkt"),
    "E": ("#c0392b", "#74211a", "onwaarschijnlijk"),
}
KLASSE_ONBEKEND = ("?", "#9e9e9e", "#5e5e5e", "Zonder klasse")
#: status → colour (the ladder of optopscan.constants; "ok" is what older shortlists wrote)
STATUS_KLEUREN: dict[str, str] = {
    "kansrijk": "#1a9641",
    "let op": "#f39c12",
    "onderzoek nodig": "#2c7bb6",
    "planwijziging nodig": "#7b3294",
    "blokkade": "#d7191c",
    "onbekend": "#9e9e9e",
    "ok": "#1a9641",
}
#: above this many complexes Leaflet draws on a canvas instead of one SVG path per complex
SVG_MAX = 5000
BUURT_KLEUREN = ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"]

# shortlist column → embedded key (the key list is in templates/kansenkaart.js)
_TEXT_PROPS = {
    "complex_id": "id",
    "complexnaam": "n",
    "adres": "a",
    "postcode": "pc",
    "klasse": "k",
    "status": "st",
    "eigendom": "e",
    "buurtnaam": "bu",
    "gemeentenaam": "gm",
    "daktype": "dt",
}
_NUM_PROPS = {
    "rang": ("r", 0),
    "score": ("s", 1),
    "extra_bouwlagen": ("eb", 1),
    "aantal_woningen": ("w", 0),
    "bouwjaar": ("bj", 0),
    "investering_laag": ("il", 0),
    "investering_hoog": ("ih", 0),
    "subsidie": ("sub", 0),
    "onrendabele_top_per_woning_laag": ("otl", 0),
    "onrendabele_top_per_woning_hoog": ("oth", 0),
}
#: tier key → columns to take it from, newest name first (older shortlists: the fallbacks)
TIERS: dict[str, tuple[str, list[str]]] = {
    "ewt": ("Theoretisch", ["extra_woningen_theoretisch"]),
    "ewc": ("Constructief", ["extra_woningen_constructief"]),
    "ewp": ("Binnen plan", ["extra_woningen_binnen_plan", "extra_woningen"]),
    "ewk": ("Kansrijk", ["extra_woningen_kansrijk", "extra_woningen_zonder_blokkade"]),
}
#: form key → (form, label, column)
VORMEN: dict[str, tuple[str, str, str]] = {
    "ewo": ("optoppen", "Optoppen", "extra_woningen_optoppen"),
    "ewa": ("aanplakken", "Aanplakken", "extra_woningen_aanplakken"),
    "ewu": ("uitplinten", "Uitplinten", "extra_woningen_uitplinten"),
}
#: keys whose (repetitive) values are stored as indices into the text pool
_POOLED_KEYS = ["st", "e", "bu", "gm", "dt"]
_CRITERION_PREFIXES = ("score_", "status_", "reden_")
_REQUIRED_COMPLEX_COLUMNS = ["complex_id", "klasse"]
_TIER_COLUMNS = [c for _, cols in TIERS.values() for c in cols] + [c for _, _, c in VORMEN.values()]
_COMPLEX_COLUMNS = [
    *_TEXT_PROPS,
    *_NUM_PROPS,
    *_TIER_COLUMNS,
    "toelichting",
    "blokkades",
    "gemeentecode",
]
#: what the summary panel needs of every complex, also of those not drawn
_SUMMARY_COLUMNS = ["klasse", "status", *_TIER_COLUMNS]
_BUURT_COLUMNS = [
    "buurtcode",
    "buurtnaam",
    "gemeentecode",
    "gemeentenaam",
    "aantal_complexen",
    *[c for _, cols in TIERS.values() for c in cols],
]
_FORM_COLUMNS = ["complex_id", "pand_id", "soort", "breedte_m", "bouwlagen", "extra_woningen", "status", "reden"]


@dataclass
class Shortlist:
    """The parts of a shortlist GeoPackage the map needs, in RD."""

    path: Path
    complexen: gpd.GeoDataFrame
    buurten: gpd.GeoDataFrame | None
    metadata: dict[str, str] = field(default_factory=dict)
    totalen: pd.DataFrame | None = None
    """klasse, status and extra woningen of *every* complex, when ``complexen`` holds only the
    best ranked ones (a large shortlist read for a point map)."""
    vormen: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)
    """Optional form layers (``aanplaklocaties``, ``plintkansen``) by layer name."""


# ---------------------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------------------


def read_shortlist(path: str | Path, max_rang: int | None = None) -> Shortlist:
    """Read what the kansenkaart needs from a shortlist GeoPackage.

    ``complexen`` is required; ``buurten``, the form layers and ``metadata`` are optional (the
    map then lacks that layer, or shows no gebied and datum). With ``max_rang`` and more
    complexes than that, only complexes with ``rang <= max_rang`` are read in full and
    ``totalen`` holds the few columns the summary needs for all of them (a province: GBs less
    memory).
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
    fields = [str(f) for f in info["fields"]]
    wanted = _COMPLEX_COLUMNS + [f for f in fields if f.startswith(_CRITERION_PREFIXES)]
    where = None
    if max_rang is not None and info["features"] > max_rang and "rang" in fields:
        summary_columns = [c for c in _SUMMARY_COLUMNS if c in fields]
        totalen = pyogrio.read_dataframe(path, layer=COMPLEX_LAYER, columns=summary_columns, read_geometry=False)
        where = f"rang <= {int(max_rang)}"
    metadata = _read_metadata(path) if METADATA_TABLE in layers else {}
    # a compact shortlist stores no toelichting text: rebuild it for the complexes drawn
    rebuild = "toelichting" not in fields and INSTELLINGEN in metadata
    complexen = _read_layer(path, COMPLEX_LAYER, fields if rebuild else wanted, _REQUIRED_COMPLEX_COLUMNS, where=where)
    if rebuild:
        complexen = _with_toelichting(complexen, metadata[INSTELLINGEN], wanted, path)
    buurten = _read_layer(path, BUURT_LAYER, _BUURT_COLUMNS, []) if BUURT_LAYER in layers else None
    vormen = {name: _read_layer(path, name, _FORM_COLUMNS, ["complex_id"]) for name in FORM_LAYERS if name in layers}
    if where is not None:  # only the candidates of complexes drawn
        ids = set(complexen["complex_id"].astype(str))
        vormen = {k: v.loc[v["complex_id"].astype(str).isin(ids)] for k, v in vormen.items()}
    return Shortlist(path=path, complexen=complexen, buurten=buurten, metadata=metadata, totalen=totalen, vormen=vormen)


def _with_toelichting(
    complexen: gpd.GeoDataFrame, instellingen: str, wanted: list[str], path: Path
) -> gpd.GeoDataFrame:
    """The wanted columns plus the toelichting, made from all columns with the stored settings."""
    text = toelichting(complexen, settings_from_text(instellingen, source=path))
    keep = [c for c in dict.fromkeys(wanted) if c in complexen.columns and c != "toelichting"]
    out = complexen[[*keep, complexen.geometry.name]].copy()
    out["toelichting"] = text
    return out


def _read_metadata(path: Path) -> dict[str, str]:
    try:
        meta = pyogrio.read_dataframe(path, layer=METADATA_TABLE, read_geometry=False)
    except Exception as exc:
        raise UnreadableFileError(f"de metadata-tabel is onleesbaar ({exc}).", path=path, layer=METADATA_TABLE) from exc
    if not {"sleutel", "waarde"} <= set(meta.columns):
        return {}
    return {str(k): "" if pd.isna(v) else str(v) for k, v in zip(meta["sleutel"], meta["waarde"], strict=True)}


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
    columns = list(dict.fromkeys(c for c in wanted if c in fields))
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
    the map says so and points to ``--per-gemeente``. ``simplify_m`` is the simplification
    tolerance in metres (RD), 0 to keep every vertex.
    """
    page = kansenkaart_html(shortlist, max_polygonen=max_polygonen, simplify_m=simplify_m, max_punten=max_punten)
    return write_text_atomic(out, page)


def kansenkaart_html(
    shortlist: str | Path, *, max_polygonen: int = 20000, simplify_m: float = 1.0, max_punten: int | None = None
) -> str:
    """The kansenkaart page of ``shortlist`` as text, without writing it (for callers that
    commit several outputs together)."""
    limit = max_polygonen if max_punten is None else max_punten
    data = read_shortlist(shortlist, max_rang=limit)
    if data.totalen is not None and len(data.totalen) <= max_polygonen:
        data = read_shortlist(shortlist)  # polygon mode draws every complex
    return build_html(data, max_polygonen=max_polygonen, simplify_m=simplify_m, max_punten=max_punten)


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
        ids = set(sub["complex_id"].astype(str))
        vormen = {k: v.loc[v["complex_id"].astype(str).isin(ids)] for k, v in data.vormen.items()}
        naam = ""
        if "gemeentenaam" in sub.columns:
            namen = sub["gemeentenaam"].dropna().astype(str)
            naam = namen.iloc[0] if len(namen) else ""
        gebied = data.metadata.get("gebied", "")
        label = f"{naam or code} ({code})"
        meta = dict(data.metadata, gebied=f"{label} — {gebied}" if gebied else label)
        part = Shortlist(path=data.path, complexen=sub, buurten=buurten, metadata=meta, vormen=vormen)
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
    criteria = _criteria(cx)
    tiers = {key: col for key, (_, cols) in TIERS.items() if (col := _first_present(alle, cols))}
    vormen = {key: col for key, (_, _, col) in VORMEN.items() if col in alle.columns}
    features = _complex_features(cx, geoms, klassen_kol, teksten, criteria, {**tiers, **vormen})

    buurten_json: str = "null"
    buurt_klassen: list[dict[str, str]] = []
    buurt_bounds: list[list[float]] | None = None
    if data.buurten is not None and len(data.buurten):
        buurten_json, buurt_klassen, buurt_bounds = _buurt_collection(data.buurten, simplify_m)
    vorm_lagen = _form_layers(data.vormen, simplify_m, teksten)

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
        "tiers": [{"key": k, "label": TIERS[k][0]} for k in TIERS if k in tiers],
        "vormen": [{"key": k, "vorm": VORMEN[k][0], "label": VORMEN[k][1]} for k in VORMEN if k in vormen],
        "statussen": _statuses(cx),
        "statusKleuren": STATUS_KLEUREN,
    }
    payload = _payload(
        meta=meta,
        klassen=klassen,
        buurtKlassen=buurt_klassen,
        criteria=[{"k": c, "label": woorden.criterium_label(c)} for c in criteria],
        gepoold=_POOLED_KEYS,
        teksten=teksten.items,
        complexen=Markup('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"),
        buurten=Markup(buurten_json),
        vormlagen=vorm_lagen,
    )

    gebied = data.metadata.get("gebied", "")
    samenvatting = _summary(data, alle, _all_klassen(alle, klassen), tiers, vormen)
    samenvatting["gescand"] = nl_number(len(alle) + zonder_geometrie)
    samenvatting["zonder_geometrie"] = nl_number(zonder_geometrie) if zonder_geometrie else ""
    samenvatting["punten"] = nl_number(max_polygonen) if punten else ""
    samenvatting["beperkt"] = nl_number(len(cx)) if len(cx) < len(alle) else ""  # only the best ranked drawn
    template = _environment().get_template("kansenkaart.html.j2")
    return template.render(
        version=__version__,
        leaflet_version=assets.LEAFLET_VERSION,
        title="Kansenkaart optoppen" + (f" — {gebied}" if gebied else ""),
        gebied=gebied,
        leaflet_css=Markup(assets.leaflet_css()),
        app_css=Markup(_asset("kansenkaart.css")),
        leaflet_js=Markup(assets.script_safe(assets.leaflet_js())),
        app_js=Markup(assets.script_safe(_asset("kansenkaart.js"))),
        data=payload,
        s=samenvatting,
        klassen=klassen,
        statussen=meta["statussen"],
        vormen=meta["vormen"],
        tiers=meta["tiers"],
        status_kleuren=STATUS_KLEUREN,
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def script_json(text: str) -> Markup:
    """JSON text made safe inside an inline ``<script>``: no ``<``, ``>``, ``&`` and no
    U+2028/U+2029 (line separators that old JavaScript parsers choke on)."""
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)


def _payload(**parts: Any) -> Markup:
    """One JSON object; parts given as Markup are pre-serialised JSON (the large collections)."""
    body = ",".join(_dumps(k) + ":" + (str(v) if isinstance(v, Markup) else _dumps(v)) for k, v in parts.items())
    return script_json("{" + body + "}")


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


def _first_present(frame: pd.DataFrame, columns: list[str]) -> str | None:
    return next((c for c in columns if c in frame.columns), None)


def _klasse_keys(cx: pd.DataFrame) -> np.ndarray:
    if "klasse" not in cx.columns:
        return np.full(len(cx), KLASSE_ONBEKEND[0], dtype=object)
    k = cx["klasse"].astype("string").str.strip().str.upper()
    return k.where(k.isin(list(KLASSEN)), KLASSE_ONBEKEND[0]).fillna(KLASSE_ONBEKEND[0]).to_numpy(dtype=object)


def _statuses(cx: pd.DataFrame) -> list[str]:
    """The complex statuses present, in ladder order, then any others; missing is 'onbekend'."""
    if "status" not in cx.columns:
        return ["onbekend"] if len(cx) else []
    st = cx["status"].astype("string").str.strip().replace("", pd.NA)
    present = set(st.dropna().unique())
    out = [s for s in STATUS_LADDER if s in present] + sorted(present - set(STATUS_LADDER))
    return out + (["onbekend"] if st.isna().any() and "onbekend" not in present else [])


def _criteria(cx: pd.DataFrame) -> list[str]:
    """Criteria with a score or status column: the known ones in their order, then others."""
    found = {c.split("_", 1)[1] for c in cx.columns if c.startswith(("score_", "status_"))}
    return [c for c in CRITERIA if c in found] + sorted(found - set(CRITERIA))


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
    values = np.round(pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan), decimals)
    values = np.where(values == 0, 0.0, values)  # no -0
    whole = np.isfinite(values) & (values == np.round(values))
    obj = values.astype(object)
    obj[whole] = values[whole].astype(np.int64)
    obj[~np.isfinite(values)] = None
    return obj.tolist()


def _lines(parts: list[str]) -> list[str]:
    """Non-empty stripped lines with Dutch words for raw names."""
    return [woorden.vertaal(x.strip()) for x in parts if x.strip()]


def _complex_features(
    cx: gpd.GeoDataFrame,
    geoms: np.ndarray,
    klassen: np.ndarray,
    teksten: _TextPool,
    criteria: list[str],
    woningen: dict[str, str],
) -> list[str]:
    n = len(cx)
    if n == 0:
        return []
    cols: dict[str, list[Any]] = {}
    for col, key in _TEXT_PROPS.items():
        cols[key] = _texts(cx[col] if col in cx.columns else None, n)
    cols["id"] = [v if v is not None else "" for v in cols["id"]]
    cols["k"] = list(klassen)
    if "daktype" in cx.columns:
        cols["dt"] = _texts(woorden.daktype(cx["daktype"]), n)
    for col, (key, dec) in _NUM_PROPS.items():
        cols[key] = _numbers(cx[col] if col in cx.columns else None, n, dec)
    for key, col in woningen.items():
        cols[key] = _numbers(cx[col] if col in cx.columns else None, n, 1)
    toel = _texts(cx["toelichting"] if "toelichting" in cx.columns else None, n)
    blok = _texts(cx["blokkades"] if "blokkades" in cx.columns else None, n)
    cols["t"] = [teksten.ids(_lines(t.splitlines())) if t else [] for t in toel]
    cols["b"] = [teksten.ids(_lines(t.split(";"))) if t else [] for t in blok]
    if criteria:
        # per criterion, in the order of D.criteria: the statuses as one pooled text ("cst",
        # joined by U+0001: few distinct combinations), the scores ("cs") and the reasons ("cr")
        # only when those columns exist; otherwise the page reads a reason from the
        # criterion's toelichting line, so no text is stored twice
        statuses = [
            pd.Series(_texts(cx.get(f"status_{c}"), n), dtype=object).fillna("").to_numpy(dtype=object)
            for c in criteria
        ]
        joined = ["\u0001".join(row) for row in zip(*statuses, strict=True)]
        cols["cst"] = teksten.ids(joined) if any(any(row) for row in statuses) else [None] * n
        if any(f"score_{c}" in cx.columns for c in criteria):
            scores = [_numbers(cx.get(f"score_{c}"), n, 2) for c in criteria]
            cols["cs"] = [list(row) for row in zip(*scores, strict=True)]
        if any(f"reden_{c}" in cx.columns for c in criteria):
            redenen = []
            for c in criteria:
                texts = _texts(cx.get(f"reden_{c}"), n)
                redenen.append([None if r is None else teksten.ids([woorden.vertaal(r)])[0] for r in texts])
            cols["cr"] = [list(row) for row in zip(*redenen, strict=True)]
    # short categorical strings are pooled too: "st":3 instead of "st":"blokkade"
    for key in _POOLED_KEYS:
        cols[key] = [None if v is None else teksten.ids([v])[0] for v in cols[key]]
    keys = list(cols)
    geo_json = shapely.to_geojson(geoms)
    features = []
    for i, g in enumerate(geo_json):
        props = {k: cols[k][i] for k in keys if cols[k][i] is not None and cols[k][i] != []}
        features.append('{"type":"Feature","geometry":' + g + ',"properties":' + _dumps(props) + "}")
    return features


def _form_layers(vormen: dict[str, gpd.GeoDataFrame], simplify_m: float, teksten: _TextPool) -> list[dict[str, Any]]:
    """One map layer per form layer present: candidates with complex, pand, homes, status, reason."""
    out = []
    for name, (vorm, label, enkelvoud) in FORM_LAYERS.items():
        gdf = vormen.get(name)
        if gdf is None:
            continue
        gdf = gdf.loc[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
        n = len(gdf)
        geoms = _to_wgs84(gdf.geometry.to_numpy(), simplify_m, punten=False)
        cols = {
            "id": _texts(gdf.get("complex_id"), n),
            "pand": _texts(gdf.get("pand_id"), n),
            "soort": _texts(gdf.get("soort"), n),
            "br": _numbers(gdf.get("breedte_m"), n, 1),
            "bl": _numbers(gdf.get("bouwlagen"), n, 0),
            "ew": _numbers(gdf.get("extra_woningen"), n, 1),
            "st": _texts(gdf.get("status"), n),
            "rd": [None if r is None else woorden.vertaal(r) for r in _texts(gdf.get("reden"), n)],
        }
        cols["rd"] = [None if r is None else teksten.ids([r])[0] for r in cols["rd"]]
        feats = []
        for i, g in enumerate(shapely.to_geojson(geoms) if n else []):
            props = {k: v[i] for k, v in cols.items() if v[i] is not None}
            feats.append({"type": "Feature", "geometry": json.loads(g), "properties": props})
        out.append({"laag": name, "vorm": vorm, "label": label, "enkelvoud": enkelvoud, "features": feats})
    return out


def _buurt_collection(
    buurten: gpd.GeoDataFrame, simplify_m: float
) -> tuple[str, list[dict[str, str]], list[list[float]] | None]:
    b = buurten.loc[~(buurten.geometry.isna() | buurten.geometry.is_empty)]
    if len(b) == 0:
        return "null", [], None
    n = len(b)
    geoms = _to_wgs84(b.geometry.to_numpy(), simplify_m, punten=False)
    cols: dict[str, list[Any]] = {
        "bc": _texts(b.get("buurtcode"), n),
        "bn": _texts(b.get("buurtnaam"), n),
        "gn": _texts(b.get("gemeentenaam"), n),
        "ac": _numbers(b.get("aantal_complexen"), n, 0),
    }
    for key, (_, columns) in TIERS.items():
        col = _first_present(b, columns)
        cols[key] = _numbers(b[col] if col else None, n, 1)
    shade = cols["ewp"] if any(v is not None for v in cols["ewp"]) else cols["ewt"]
    breaks = _breaks([v for v in shade if v is not None and v > 0])
    klassen = [
        {"kleur": kleur, "label": label}
        for kleur, label in zip(_palette(len(breaks) - 1), _break_labels(breaks), strict=True)
    ]
    cols["c"] = [-1 if v is None or v <= 0 else int(np.searchsorted(breaks[1:], v, side="left")) for v in shade]
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
        labels.append(f"{nl_number(lo)}–{nl_number(hi)}" if hi > lo else nl_number(hi))
    return labels


def _all_klassen(alle: pd.DataFrame, drawn: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The klasse list with counts over every complex (drawn or not)."""
    counts = pd.Series(_klasse_keys(alle)).value_counts()
    return [{**k, "n": int(counts.get(k["k"], 0))} for k in drawn]


def _summary(
    data: Shortlist,
    alle: pd.DataFrame,
    klassen: list[dict[str, Any]],
    tiers: dict[str, str],
    vormen: dict[str, str],
) -> dict[str, Any]:
    """What the summary panel shows, as display strings (totals over every complex)."""
    meta = data.metadata
    gebied = meta.get("gebied", "")

    def som(col: str | None) -> str:
        if col is None or col not in alle.columns:
            return "onbekend"
        values = pd.to_numeric(alle[col], errors="coerce")
        return "onbekend" if values.notna().sum() == 0 and len(values) else nl_number(float(values.sum()))

    statussen = alle["status"].astype("string").fillna("onbekend") if "status" in alle.columns else None
    per_status = [(s, nl_number(int((statussen == s).sum()))) for s in _statuses(alle)] if statussen is not None else []
    return {
        "gebied": gebied,
        "datum": meta.get("datum", ""),
        "versie": meta.get("versie", ""),
        "tiers": [(key, label, som(tiers.get(key))) for key, (label, _) in TIERS.items()],
        "vormen": [(key, VORMEN[key][1], som(col)) for key, col in vormen.items()],
        "per_klasse": [(k["k"], nl_number(k["n"])) for k in klassen],
        "per_status": per_status,
        "fictief": "fictief" in gebied.lower(),
        "leeg": len(alle) == 0,
    }
