"""3D BAG loader: GeoPackage (all three attribute generations) and CityJSON / CityJSONSeq.

Attribute generations accepted (first match wins, per canonical field):

============  ======================  ===================  =================
canonical     ≤ 2024.12 (``b3_``)      2025+                before 2023
============  ======================  ===================  =================
h_dak_70p     b3_h_dak_70p            b3_h_70p             h_dak_70p
h_dak_max     b3_h_dak_max            b3_h_max             h_dak_max
h_maaiveld    b3_h_maaiveld           b3_h_maaiveld        h_maaiveld
bouwlagen     b3_bouwlagen            b3_bouwlagen         bouwlagen
daktype       b3_dak_type             b3_dak_type          dak_type
plat_dak_m2   b3_opp_dak_plat         b3_opp_dak_plat      opp_dak_plat
grond_m2      b3_opp_grond            b3_opp_grond         opp_grond
============  ======================  ===================  =================

In 2025 GeoPackages the roof heights are not on ``pand`` but per roof part on ``lod22_2d``
(else ``lod13_2d`` / ``lod12_2d``). They are aggregated per pand:
``h_dak_70p`` = **area-weighted mean** of the parts' ``b3_h_70p`` (weights = the parts' 2D
area; this approximates the 70th percentile of the whole roof, where "max over parts" would
let a small stair tower dominate), ``h_dak_max`` = max over parts. Parts are linked to the
pand on ``identificatie`` (else on the pand feature id).

CityJSON(Seq) tiles are EPSG:7415 (RD + NAP): the horizontal part is EPSG:28992. The
footprint is the Building's LoD 0 MultiSurface (vertices × ``transform.scale`` +
``transform.translate``); without LoD 0 the GroundSurface of the BuildingParts is used.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.errors import (
    CrsError,
    EmptyLayerError,
    MissingColumnError,
    UnreadableFileError,
)
from optopscan.io.common import (
    RD,
    BBox,
    check_file,
    list_layer_names,
    normalise_bag_id,
    normalise_text,
    per_unique,
    read_layer,
    repair_geometries,
    resolve_columns,
    to_float,
    to_rd,
    unique_rows,
)
from optopscan.io.quality import EXAMPLES, RANGES, Bevinding, add_finding, check_ranges

#: canonical name → source attribute names, newest generation first.
ATTRIBUTE_CANDIDATES: dict[str, tuple[str, ...]] = {
    "bouwjaar_3dbag": ("oorspronkelijkbouwjaar", "bouwjaar"),
    "h_maaiveld": ("b3_h_maaiveld", "h_maaiveld"),
    "h_dak_70p": ("b3_h_dak_70p", "b3_h_70p", "h_dak_70p"),
    "h_dak_max": ("b3_h_dak_max", "b3_h_max", "h_dak_max"),
    "bouwlagen": ("b3_bouwlagen", "bouwlagen"),
    "daktype": ("b3_dak_type", "dak_type"),
    "plat_dak_m2": ("b3_opp_dak_plat", "opp_dak_plat"),
    "grond_m2": ("b3_opp_grond", "opp_grond"),
}
#: Per-roof-part layers holding the 2025 roof heights, preferred first.
ROOF_PART_LAYERS = ("lod22_2d", "lod13_2d", "lod12_2d")

OUTPUT_COLUMNS = [
    "pand_id",
    "bouwjaar_3dbag",
    "h_maaiveld",
    "h_dak_70p",
    "h_dak_max",
    "hoogte_m",
    "hoogte_max_m",
    "bouwlagen",
    "bouwlagen_geschat",
    "daktype",
    "plat_dak_m2",
    "grond_m2",
    "hoogtebron",
    "onwaarschijnlijk",
]

_CITYJSON_SUFFIXES = (".json", ".jsonl", ".city.json", ".city.jsonl")


def read_bag3d(
    path: str | Path,
    storey_height: float = 3.0,
    layer: str = "pand",
    *,
    geometry: bool = True,
    bbox: BBox | None = None,
) -> gpd.GeoDataFrame:
    """3D BAG heights per pand, EPSG:28992 (see module docstring for the formats).

    Columns: pand_id, bouwjaar_3dbag, h_maaiveld, h_dak_70p, h_dak_max (m NAP), hoogte_m
    (= h_dak_70p − h_maaiveld), hoogte_max_m, bouwlagen, bouwlagen_geschat, daktype,
    plat_dak_m2, grond_m2 (``b3_opp_grond``, else the footprint area), geometry.
    ``bouwlagen`` is ``b3_bouwlagen`` when known, else round(hoogte_m / storey_height) (at
    least 1 when hoogte_m > 0) with ``bouwlagen_geschat`` True; NaN without a height.
    ``geometry=False`` reads no footprints from a GeoPackage (the scan joins on pand_id; the
    scan falls back to the BAG footprint for a missing ``grond_m2``) and returns a plain
    DataFrame. CityJSON footprints are always parsed. ``bbox`` (GeoPackage only) reads the panden
    whose footprint envelope meets the window.
    """
    p = check_file(path, "3D BAG-bestand")
    name = p.name.lower()
    if name.endswith(_CITYJSON_SUFFIXES):
        raw = _read_cityjson(p)
    elif name.endswith(".gpkg"):
        raw = _read_gpkg(p, layer, geometry, bbox)
    else:
        raise UnreadableFileError(
            "onbekend 3D BAG-formaat (verwacht .gpkg, .city.json of .city.jsonl).",
            path=p,
            remedy="download de 3D BAG als GeoPackage of CityJSON(Seq) van 3dbag.nl.",
        )
    return _finish(raw, storey_height)


# --------------------------------------------------------------------------- shared


def _finish(raw: gpd.GeoDataFrame, storey_height: float) -> gpd.GeoDataFrame:
    idx = raw.index

    def num(col: str) -> pd.Series:
        if col in raw:
            return to_float(raw[col])
        return pd.Series(np.nan, index=idx, dtype="float64")

    ids = normalise_bag_id(raw["identificatie"])
    bron = str(raw.attrs.get("bron", "3D BAG")) + (f" (laag {raw.attrs['laag']})" if raw.attrs.get("laag") else "")
    # plausibility first (io.quality.RANGES): an implausible value is unknown, never data
    h0_raw, h70_raw, hmax_raw = num("h_maaiveld"), num("h_dak_70p"), num("h_dak_max")
    pre = pd.DataFrame(
        {
            "pand_id": ids,
            "bouwjaar_3dbag": num("bouwjaar_3dbag"),
            "h_maaiveld": h0_raw,
            "h_dak_70p": h70_raw,
            "h_dak_max": hmax_raw,
            "hoogte_m": h70_raw - h0_raw,
            "hoogte_max_m": hmax_raw - h0_raw,
            "bouwlagen": num("bouwlagen"),
            "plat_dak_m2": num("plat_dak_m2"),
            "grond_m2": num("grond_m2"),
        },
        index=idx,
    )
    pre = check_ranges(pre, RANGES["bag3d"], id_column="pand_id", bron=bron)
    h0, h70, hmax = pre["h_maaiveld"], pre["h_dak_70p"], pre["h_dak_max"]
    hoogte = h70 - h0
    hoogte_max = hmax - h0
    known = pre["bouwlagen"]
    est = np.floor(hoogte / storey_height + 0.5)
    est = est.where(hoogte > 0).clip(lower=1)
    geschat = known.isna() & est.notna()
    bouwlagen = known.where(known.notna(), est)
    grond = pre["grond_m2"]
    shapes = isinstance(raw, gpd.GeoDataFrame)
    if shapes:
        area = pd.Series(shapely.area(np.asarray(raw.geometry.values)), index=idx)
        grond = grond.where(grond.notna(), area.where(area > 0))
    out = pd.DataFrame(
        {
            "pand_id": ids,
            "bouwjaar_3dbag": pre["bouwjaar_3dbag"],
            "h_maaiveld": h0,
            "h_dak_70p": h70,
            "h_dak_max": hmax,
            "hoogte_m": hoogte,
            "hoogte_max_m": hoogte_max,
            "bouwlagen": bouwlagen.astype("float64"),
            "bouwlagen_geschat": geschat.astype(bool),
            "daktype": per_unique(normalise_text, raw["daktype"])
            if "daktype" in raw
            else pd.Series("", index=idx, dtype="str"),
            "plat_dak_m2": pre["plat_dak_m2"],
            "grond_m2": grond.astype("float64"),
            "hoogtebron": pd.Series("3dbag", index=idx, dtype=object).where(h70.notna() | hmax.notna(), None),
            "onwaarschijnlijk": pre["onwaarschijnlijk"],
        },
        index=idx,
    )
    if shapes:
        out = gpd.GeoDataFrame(out, geometry=raw.geometry.values, crs=RD)
    present = out["pand_id"].notna()
    out = out if present.all() else out[present]
    n_dup = int(out["pand_id"].duplicated().sum())
    examples = list(out.loc[out["pand_id"].duplicated(), "pand_id"].unique()[:EXAMPLES])
    # 3D BAG tiles overlap at their edges: a pand in two tiles is the same building twice
    out = unique_rows(out, "pand_id").reset_index(drop=True)
    out.attrs.update(raw.attrs)
    out.attrs["bevindingen"] = list(raw.attrs.get("bevindingen", [])) + list(pre.attrs.get("bevindingen", []))
    if n_dup:
        add_finding(
            out,
            Bevinding(
                bron,
                "identificatie",
                "dubbele pand-id",
                n_dup,
                [str(e) for e in examples],
                "3D BAG-tegels overlappen aan de randen; de rij uit de eerste tegel is gebruikt.",
            ),
        )
    return out


def _no_height_error(path: Path, layer: str | None, present: list[str]) -> MissingColumnError:
    return MissingColumnError(
        "geen dakhoogte gevonden: verwacht b3_h_dak_70p (t/m 2024), b3_h_70p (2025, ook op "
        "laag lod22_2d) of h_dak_70p (vóór 2023); aanwezige kolommen: "
        f"{', '.join(present)}.",
        path=path,
        layer=layer,
        column="b3_h_dak_70p",
        remedy="download een 3D BAG-bestand met dakhoogtes (GeoPackage met lagen pand en lod22_2d, of CityJSON).",
    )


# --------------------------------------------------------------------------- GeoPackage


def _read_gpkg(path: Path, layer: str, geometry: bool = True, bbox: BBox | None = None) -> gpd.GeoDataFrame:
    names = list_layer_names(path)
    if layer == "pand" and "pand" not in names and "lod12_2d" in names:
        layer = "lod12_2d"  # releases before 2023 had no pand layer
    specs = [(k, *v) for k, v in ATTRIBUTE_CANDIDATES.items()]
    base = read_layer(
        path,
        layer,
        ["identificatie"],
        columns=specs,
        where_label="3D BAG-panden",
        polygonal=True,
        fid_as_index=True,
        read_geometry=geometry,
        bbox=bbox,
    )
    if "h_dak_70p" in base and "h_dak_max" in base:
        return base.reset_index(drop=True)
    roof_layer = next((n for n in ROOF_PART_LAYERS if n in names and n != layer), None)
    if roof_layer is None:
        raise _no_height_error(path, layer, list(base.columns))
    parts = read_layer(
        path,
        roof_layer,
        [],
        columns=["identificatie", ("fid", "pand_fid"), *(s for s in specs if s[0] in ("h_dak_70p", "h_dak_max"))],
        where_label="3D BAG-dakdelen",
        polygonal=True,
        fid_as_index=True,
        bbox=bbox,
    )
    if "h_dak_70p" not in parts and "h_dak_max" not in parts:
        raise _no_height_error(path, roof_layer, list(parts.columns))
    roof = _aggregate_parts(parts)
    if "identificatie" in parts:
        key = normalise_bag_id(base["identificatie"])
        roof = roof.reindex(key.to_numpy())
    else:  # link on the pand feature id
        roof = roof.reindex(base.index.to_numpy())
    base = base.reset_index(drop=True)
    for col in ("h_dak_70p", "h_dak_max"):
        if col not in base and col in roof:
            base[col] = roof[col].to_numpy()
    base.attrs["dakhoogte_uit_laag"] = roof_layer
    return base


def _aggregate_parts(parts: gpd.GeoDataFrame) -> pd.DataFrame:
    """Roof parts → one row per pand: area-weighted mean of 70p, max of max."""
    if "identificatie" in parts:
        key = normalise_bag_id(parts["identificatie"]).to_numpy()
    elif "fid" in parts:
        key = to_float(parts["fid"]).to_numpy()
    else:
        key = parts.index.to_numpy()
    w = shapely.area(np.asarray(parts.geometry.values))
    w = np.where(np.isfinite(w) & (w > 0), w, 0.0)
    frame = pd.DataFrame({"key": key, "w": w})
    agg: dict[str, tuple[str, str]] = {}
    if "h_dak_70p" in parts:
        h = to_float(parts["h_dak_70p"]).to_numpy()
        ok = np.isfinite(h)
        frame["wh"] = np.where(ok, h * w, 0.0)
        frame["wok"] = np.where(ok, w, 0.0)
        frame["h"] = h
        agg.update(wh=("wh", "sum"), wok=("wok", "sum"), hmean=("h", "mean"))
    if "h_dak_max" in parts:
        frame["hmax"] = to_float(parts["h_dak_max"]).to_numpy()
        agg["h_dak_max"] = ("hmax", "max")
    g = frame.groupby("key", sort=False).agg(**agg)
    out = pd.DataFrame(index=g.index)
    if "wh" in g:
        weighted = g["wh"] / g["wok"].where(g["wok"] > 0)
        out["h_dak_70p"] = weighted.where(weighted.notna(), g["hmean"])
    if "h_dak_max" in g:
        out["h_dak_max"] = g["h_dak_max"]
    return out


# --------------------------------------------------------------------------- CityJSON


def _epsg_from_reference(ref: str | None) -> int | None:
    if not ref:
        return None
    m = re.search(r"EPSG(?:/0/|::?)(\d+)", str(ref), flags=re.IGNORECASE)
    return int(m.group(1)) if m else None


def _load_json_objects(path: Path) -> list[dict]:
    """A CityJSON document (one object) or CityJSONSeq (one object per line)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableFileError(
            f"bestand kan niet als UTF-8 tekst worden gelezen ({exc}).",
            path=path,
            remedy="lever een CityJSON(Seq)-bestand zoals 3dbag.nl het levert.",
        ) from exc
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as exc:
        whole = exc
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    try:
        if first is None:
            return []
        json.loads(lines[first])
    except json.JSONDecodeError:
        # not CityJSONSeq (one object per line) either: one document, cut short or damaged
        raise UnreadableFileError(
            f"geen geldige JSON: {whole.msg} op regel {whole.lineno}, kolom {whole.colno}; het bestand is "
            "mogelijk afgebroken.",
            path=path,
            remedy="download het CityJSON-bestand opnieuw van 3dbag.nl en controleer of de download volledig is.",
        ) from None
    objs = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            objs.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UnreadableFileError(
                f"regel {lineno} is geen geldige JSON ({exc.msg}, kolom {exc.colno}); het bestand is mogelijk "
                "afgebroken.",
                path=path,
                remedy="download het CityJSON(Seq)-bestand opnieuw; het is mogelijk afgebroken.",
            ) from exc
    return objs


def _rings_of(geom: dict, ground_only: bool) -> list[list[list[int]]]:
    """Surfaces (each a list of rings of vertex indices) of one CityJSON geometry."""
    gtype = geom.get("type")
    b = geom.get("boundaries") or []
    if gtype in ("MultiSurface", "CompositeSurface"):
        surfaces = b
        sem_values = (geom.get("semantics") or {}).get("values")
    elif gtype == "Solid":
        surfaces = b[0] if b else []
        vals = (geom.get("semantics") or {}).get("values")
        sem_values = vals[0] if vals else None
    else:
        return []
    if ground_only:
        sem = geom.get("semantics") or {}
        types = [s.get("type") for s in sem.get("surfaces", [])]
        if not sem_values:
            return []
        surfaces = [
            s
            for s, v in zip(surfaces, sem_values, strict=False)
            if v is not None and v < len(types) and types[v] == "GroundSurface"
        ]
    return surfaces


def _read_cityjson(path: Path) -> gpd.GeoDataFrame:
    objs = _load_json_objects(path)
    if not objs:
        raise EmptyLayerError(
            "het CityJSON-bestand is leeg.", path=path, remedy="download de tegel opnieuw van 3dbag.nl."
        )
    header = objs[0]
    if header.get("type") != "CityJSON":
        raise UnreadableFileError(
            f"geen CityJSON: het eerste object heeft type {header.get('type')!r} (verwacht 'CityJSON').",
            path=path,
            remedy="lever een CityJSON- of CityJSONSeq-bestand van 3dbag.nl.",
        )
    version_findings = _version_findings(header, path)
    transform = header.get("transform") or {}
    scale = np.asarray(transform.get("scale", [1.0, 1.0, 1.0]), dtype="float64")[:2]
    translate = np.asarray(transform.get("translate", [0.0, 0.0, 0.0]), dtype="float64")[:2]
    ref = (header.get("metadata") or {}).get("referenceSystem")
    epsg = _epsg_from_reference(ref)
    if epsg is None:
        raise CrsError(
            "het CityJSON-bestand noemt geen coördinatenstelsel (metadata.referenceSystem).",
            path=path,
            remedy="geef de laag een CRS, bijvoorbeeld EPSG:28992 of EPSG:7415 "
            "(metadata.referenceSystem); 3D BAG-tegels van 3dbag.nl hebben dit al.",
        )
    features = objs if header.get("CityObjects") else objs[1:]

    ids: list[str] = []
    attrs: list[dict] = []
    coords: list[np.ndarray] = []
    ring_off = [0]
    poly_off = [0]
    multi_off = [0]
    n_coords = 0
    for feat in features:
        cos = feat.get("CityObjects") or {}
        verts = feat.get("vertices") or []
        if not verts:
            continue
        v = np.asarray(verts, dtype="float64")[:, :2] * scale + translate
        for oid, obj in cos.items():
            if obj.get("type") != "Building":
                continue
            surfaces = []
            for g in obj.get("geometry") or []:
                if str(g.get("lod")) in ("0", "0.0"):
                    surfaces = _rings_of(g, ground_only=False)
                    break
            if not surfaces:
                for child in obj.get("children") or []:
                    for g in (cos.get(child) or {}).get("geometry") or []:
                        surfaces = _rings_of(g, ground_only=True)
                        if surfaces:
                            break
                    if surfaces:
                        break
            for surface in surfaces:
                for ring in surface:
                    r = np.asarray(ring, dtype=np.int64)
                    r = np.append(r, r[0])
                    coords.append(v[r])
                    n_coords += len(r)
                    ring_off.append(n_coords)
                poly_off.append(len(ring_off) - 1)
            multi_off.append(len(poly_off) - 1)
            ids.append(obj.get("attributes", {}).get("identificatie") or oid)
            attrs.append(obj.get("attributes") or {})
    if not ids:
        raise EmptyLayerError(
            "het CityJSON-bestand bevat geen gebouwen (CityObjects van type Building).",
            path=path,
            remedy="kies een tegel met gebouwen.",
        )
    xy = np.concatenate(coords) if coords else np.empty((0, 2))
    geoms = shapely.from_ragged_array(
        shapely.GeometryType.MULTIPOLYGON,
        xy,
        (np.asarray(ring_off), np.asarray(poly_off), np.asarray(multi_off)),
    )
    nparts = shapely.get_num_geometries(geoms)
    geoms = np.where(nparts == 1, shapely.get_geometry(geoms, 0), geoms)
    geoms = np.where(nparts == 0, None, geoms)

    table = pd.DataFrame.from_records(attrs)
    present = list(table.columns)
    cols = resolve_columns(present, [(k, *v) for k, v in ATTRIBUTE_CANDIDATES.items()])
    data = {"identificatie": pd.Series(ids, dtype="str")}
    for canon, actual in cols.items():
        if actual is not None:
            data[canon] = table[actual]
    if cols["h_dak_70p"] is None and cols["h_dak_max"] is None:
        raise _no_height_error(path, None, present)
    crs = RD if epsg in (28992, 7415) else f"EPSG:{epsg}"
    gdf = gpd.GeoDataFrame(data, geometry=geoms, crs=crs)
    gdf = to_rd(gdf, path, None)
    gdf = repair_geometries(gdf, polygonal=True)
    gdf.attrs["bron"] = path.name
    gdf.attrs["bevindingen"] = version_findings
    return gdf


#: CityJSON versions and 3D BAG releases (metadata.version prefix) this reader was tested with.
CITYJSON_TESTED = ("1.1", "2.0")
BAG3D_TESTED = ("v2023", "v2024", "v2025")


def _version_findings(header: dict, path: Path) -> list[dict]:
    """A 'versie' finding (read with a warning) for an untested CityJSON version / 3D BAG release."""
    out = []
    version = str(header.get("version", ""))
    if version not in CITYJSON_TESTED:
        out.append(
            Bevinding(
                path.name,
                "version",
                "versie",
                1,
                [f"CityJSON {version or '(geen)'}"],
                f"CityJSON {version or '(zonder versie)'} is gelezen, maar getest zijn alleen "
                f"{', '.join(CITYJSON_TESTED)}; controleer de hoogtes in het rapport.",
            )
        )
    release = str((header.get("metadata") or {}).get("version", ""))
    if release and not release.startswith(BAG3D_TESTED):
        out.append(
            Bevinding(
                path.name,
                "metadata.version",
                "versie",
                1,
                [f"3D BAG {release}"],
                f"3D BAG-versie {release} is gelezen, maar getest zijn alleen {', '.join(BAG3D_TESTED)}.*; "
                "controleer de hoogtes in het rapport.",
            )
        )
    return [dataclasses.asdict(b) for b in out]
