"""Shared helpers for the loaders: reading a vector layer safely into EPSG:28992 and
normalising BAG ids, postcodes, huisletters/toevoegingen and gebruiksdoelen.

All helpers work on whole columns (pandas string methods, shapely 2 array functions).
Text columns use pandas' default ``str`` dtype; a missing value is NaN (``isna()`` is True).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError as PyprojCRSError

from optopscan.constants import RD
from optopscan.errors import (
    CrsError,
    EmptyLayerError,
    MissingColumnError,
    MissingFileError,
    MissingLayerError,
    UnreadableFileError,
)

#: Generous RD New extent of the Netherlands (incl. the Wadden and the North Sea coast).
RD_BOUNDS = (-7000.0, 289000.0, 300000.0, 629000.0)
#: Compound CRSs whose horizontal part is RD New (RD New + NAP height).
_RD_COMPOUND = {7415}

#: Column spec: one name, or a tuple of alternatives (the first is the canonical name).
ColumnSpec = str | tuple[str, ...]
#: A reading window (xmin, ymin, xmax, ymax), in the layer's CRS.
BBox = tuple[float, float, float, float]


def check_file(path: str | Path, what: str = "invoerbestand") -> Path:
    """Return ``path`` as Path or raise MissingFileError."""
    p = Path(path)
    if not p.exists():
        raise MissingFileError(
            f"{what} bestaat niet.",
            path=p,
            remedy="controleer het pad (relatief aan de map waarin je het commando start) "
            "of download het bestand opnieuw.",
        )
    return p


def check_xml(path: Path, what: str = "GML-bestand") -> None:
    """Raise UnreadableFileError naming the line when ``path`` is not well-formed XML.

    GDAL's GML driver reads a file that was cut short as far as it gets, without an error:
    an IMRO plan would silently lose its areas. expat streams the file in blocks (C speed,
    constant memory).
    """
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                parser.Parse(block, False)
            parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        reason = xml.parsers.expat.ErrorString(exc.code)
        raise UnreadableFileError(
            f"{what} is geen geldige XML: {reason} op regel {exc.lineno}, kolom {exc.offset + 1}; "
            "het bestand is mogelijk afgebroken of beschadigd.",
            path=path,
            remedy="download het bestand opnieuw (ruimtelijkeplannen.nl) en controleer of de download volledig is.",
        ) from None
    except OSError as exc:
        raise UnreadableFileError(f"kan het bestand niet lezen ({exc}).", path=path) from exc


def gdal_open_options(path: Path) -> dict[str, str]:
    """Open options: GDAL's GML driver must not write a .gfs file beside the input."""
    return {"WRITE_GFS": "NO"} if path.suffix.lower() in (".gml", ".xml") else {}


def list_layer_names(path: Path) -> list[str]:
    """Layer names of a vector file; UnreadableFileError when GDAL cannot open it."""
    try:
        if path.suffix.lower() in (".gml", ".xml"):
            # via an in-memory copy: GDAL's GML driver would write a .gfs beside the input
            layers = pyogrio.list_layers(io.BytesIO(path.read_bytes()))
        else:
            layers = pyogrio.list_layers(path)
    except Exception as exc:  # DataSourceError and friends
        raise UnreadableFileError(
            f"GDAL kan dit bestand niet openen als vectorbestand ({exc}).",
            path=path,
            remedy="lever een geldige GeoPackage (.gpkg), GML of ander OGR-formaat; open het "
            "bestand ter controle in QGIS.",
        ) from exc
    return [str(name) for name in layers[:, 0]]


def _resolve_layer(path: Path, layer: str | None, where_label: str) -> str:
    names = list_layer_names(path)
    if not names:
        raise EmptyLayerError(
            f"het bestand bevat geen lagen ({where_label}).",
            path=path,
            remedy="controleer of de export volledig is.",
        )
    if layer is None:
        return names[0]
    if layer in names:
        return layer
    lower = {n.lower(): n for n in names}
    if layer.lower() in lower:
        return lower[layer.lower()]
    raise MissingLayerError(
        f"de laag voor {where_label} ontbreekt; aanwezige lagen: {', '.join(names)}.",
        path=path,
        layer=layer,
        remedy=f"hernoem de laag in het bestand naar '{layer}' (bijvoorbeeld in QGIS of met "
        f"'ogr2ogr -nln {layer}') of lever het bestand met de lagen zoals de bron ze publiceert.",
    )


def resolve_columns(present: Sequence[str], wanted: Sequence[ColumnSpec]) -> dict[str, str | None]:
    """Map each canonical name in ``wanted`` to the actual (case-insensitive) column name in
    ``present``, or None when none of its alternatives is there."""
    lower: dict[str, str] = {}
    for c in present:
        lower.setdefault(str(c).lower(), str(c))
    out: dict[str, str | None] = {}
    for spec in wanted:
        alts = (spec,) if isinstance(spec, str) else tuple(spec)
        out[alts[0]] = next((lower[a.lower()] for a in alts if a.lower() in lower), None)
    return out


def _spec_text(spec: ColumnSpec) -> str:
    return spec if isinstance(spec, str) else " of ".join(f"'{a}'" for a in spec)


def _is_rd(crs: CRS) -> bool:
    epsg = crs.to_epsg(min_confidence=70)
    if epsg == 28992:
        return True
    if epsg in _RD_COMPOUND:
        return True
    if crs.is_compound:
        sub = crs.sub_crs_list[0]
        return sub.to_epsg(min_confidence=70) == 28992
    return False


def to_rd(gdf: gpd.GeoDataFrame, path: Path, layer: str | None) -> gpd.GeoDataFrame:
    """Bring ``gdf`` to EPSG:28992 (or raise CrsError) and check it lies in the Netherlands."""
    if gdf.crs is None:
        raise CrsError(
            "de laag heeft geen coördinatenstelsel (CRS).",
            path=path,
            layer=layer,
            remedy="geef de laag een CRS, bijvoorbeeld EPSG:28992 (in QGIS: Laag > "
            "Projectie toewijzen, daarna opnieuw opslaan).",
        )
    crs = CRS.from_user_input(gdf.crs)
    if _is_rd(crs):
        if crs.to_epsg() != 28992:
            gdf = gdf.set_crs(RD, allow_override=True)
    else:
        try:
            gdf = gdf.to_crs(RD)
        except (PyprojCRSError, Exception) as exc:
            raise CrsError(
                f"het coördinatenstelsel {crs.name} kan niet naar RD (EPSG:28992) worden omgezet ({exc}).",
                path=path,
                layer=layer,
                remedy="exporteer de laag in EPSG:28992 (RD New) of EPSG:4326.",
            ) from exc
    geoms = gdf.geometry.values
    present = ~(shapely.is_missing(np.asarray(geoms)) | shapely.is_empty(np.asarray(geoms)))
    if present.any():
        b = shapely.total_bounds(np.asarray(geoms)[present])
        inside = (
            np.isfinite(b).all()
            and b[0] >= RD_BOUNDS[0]
            and b[1] >= RD_BOUNDS[1]
            and b[2] <= RD_BOUNDS[2]
            and b[3] <= RD_BOUNDS[3]
        )
        if not inside:
            raise CrsError(
                f"geen Nederlandse coördinaten: na omzetting naar RD ligt de laag in "
                f"x {b[0]:.0f}..{b[2]:.0f}, y {b[1]:.0f}..{b[3]:.0f}, buiten Nederland "
                f"(CRS van het bestand: {crs.name}).",
                path=path,
                layer=layer,
                remedy="controleer of het CRS van het bestand klopt (vaak is het verkeerde "
                "CRS toegewezen, bijvoorbeeld EPSG:3857 of verwisselde x/y) en sla de laag "
                "op in EPSG:28992.",
            )
    return gdf


def polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Keep only the polygonal parts of each geometry (vectorised); None when none remain."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    if len(geoms) == 0:
        return out
    parts, idx = shapely.get_parts(geoms, return_index=True)
    # GeometryCollections can hold MultiPolygons: flatten once more.
    parts, idx2 = shapely.get_parts(parts, return_index=True)
    idx = idx[idx2]
    keep = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON
    keep &= ~shapely.is_empty(parts)
    parts, idx = parts[keep], idx[keep]
    if len(parts):
        uniq, counts = np.unique(idx, return_counts=True)
        multi = shapely.multipolygons(parts, indices=np.searchsorted(uniq, idx))
        single = counts == 1
        # a single part stays a Polygon
        first = np.searchsorted(idx, uniq)
        multi = np.where(single, parts[first], multi)
        out[uniq] = multi
    return out


_LIBC = None


def release_memory() -> None:
    """Hand freed memory back to the operating system.

    pyarrow's allocator (mimalloc/jemalloc) and glibc keep freed blocks for reuse; after reading
    a layer of millions of rows that is gigabytes of resident memory nobody uses. Changes no
    data, only the process's footprint.
    """
    global _LIBC
    with contextlib.suppress(Exception):  # older pyarrow or another pool
        pa.default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        try:
            if _LIBC is None:
                _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim(0)
        except (OSError, AttributeError):
            pass


def _is_valid(geoms: np.ndarray) -> np.ndarray:
    """``shapely.is_valid``, split over threads for large arrays (GEOS releases the GIL)."""
    workers = min(4, os.cpu_count() or 1)
    if len(geoms) < 200_000 or workers < 2:
        return shapely.is_valid(geoms)
    with ThreadPoolExecutor(workers) as pool:
        return np.concatenate(list(pool.map(shapely.is_valid, np.array_split(geoms, workers))))


def repair_geometries(gdf: gpd.GeoDataFrame, polygonal: bool) -> gpd.GeoDataFrame:
    """Repair invalid geometries with make_valid; count them in ``attrs['gerepareerd']``."""
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    present = ~shapely.is_missing(geoms)
    invalid = present & ~_is_valid(geoms)
    n = int(invalid.sum())
    if n:
        fixed = shapely.make_valid(geoms[invalid])
        if polygonal:
            fixed = polygonal_parts(fixed)
        geoms = geoms.copy()
        geoms[invalid] = fixed
        gdf = gdf.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=gdf.crs))
    gdf.attrs["gerepareerd"] = n
    return gdf


def _read(
    path: Path,
    layer: str,
    columns: list[str],
    fid_as_index: bool,
    read_geometry: bool = True,
    bbox: BBox | None = None,
    fids: np.ndarray | None = None,
) -> gpd.GeoDataFrame:
    kwargs = dict(layer=layer, columns=columns, fid_as_index=fid_as_index, read_geometry=read_geometry, bbox=bbox)
    if fids is not None:
        kwargs["fids"] = fids
    kwargs.update(gdal_open_options(path))
    try:
        return pyogrio.read_dataframe(path, use_arrow=True, **kwargs)
    except Exception:
        # Arrow cannot carry curved geometries (IMRO GML arcs) and some drivers; the
        # classic path linearises curves.
        pass
    try:
        return pyogrio.read_dataframe(path, use_arrow=False, **kwargs)
    except Exception as exc:
        raise UnreadableFileError(
            f"de laag kan niet worden gelezen ({exc}).",
            path=path,
            layer=layer,
            remedy="open het bestand in QGIS en sla het opnieuw op als GeoPackage.",
        ) from exc


def read_layer(
    path: str | Path,
    layer: str | None,
    required_columns: Sequence[ColumnSpec],
    *,
    columns: Sequence[ColumnSpec] | None = None,
    where_label: str = "deze invoer",
    polygonal: bool | None = None,
    fid_as_index: bool = False,
    allow_empty: bool = False,
    read_geometry: bool = True,
    bbox: BBox | None = None,
    fids: np.ndarray | None = None,
) -> gpd.GeoDataFrame:
    """Read one layer of a vector file into a GeoDataFrame in EPSG:28992.

    ``bbox`` (xmin, ymin, xmax, ymax in the layer's CRS) reads only the features whose
    envelope meets it (the GeoPackage's spatial index does the selection); ``fids`` only the
    features with these feature ids. An empty selection is then no error.

    With ``read_geometry=False`` only the attributes are read (a plain DataFrame, checked
    the same way): cheaper when the caller never uses the shapes.

    ``required_columns`` must exist (case-insensitive; a tuple lists alternatives, renamed to
    its first name); ``columns`` are optional extra columns read when present (``None``: read
    every column). ``layer=None`` takes the first layer. Raises MissingFileError,
    UnreadableFileError, MissingLayerError, MissingColumnError, CrsError or EmptyLayerError,
    each naming the file, layer and column. Invalid geometries are repaired (polygonal
    parts only for polygon layers) and counted in ``attrs["gerepareerd"]``.
    """
    p = check_file(path, where_label)
    lyr = _resolve_layer(p, layer, where_label)
    try:
        info = pyogrio.read_info(p, layer=lyr, **gdal_open_options(p))
    except Exception as exc:
        raise UnreadableFileError(
            f"de laag kan niet worden gelezen ({exc}).",
            path=p,
            layer=lyr,
            remedy="open het bestand in QGIS en sla het opnieuw op als GeoPackage.",
        ) from exc
    fields = [str(f) for f in info["fields"]]
    req = resolve_columns(fields, required_columns)
    missing = [spec for spec in required_columns if req[spec if isinstance(spec, str) else spec[0]] is None]
    if missing:
        first = missing[0]
        raise MissingColumnError(
            f"verplichte kolom voor {where_label} ontbreekt: "
            f"{', '.join(_spec_text(m) for m in missing)}; aanwezige kolommen: "
            f"{', '.join(fields) if fields else '(geen)'}.",
            path=p,
            layer=lyr,
            column=first if isinstance(first, str) else first[0],
            remedy="hernoem de kolom in de bron of geef de juiste kolomnaam op in de configuratie.",
        )
    if info.get("geometry_type") is None:
        raise UnreadableFileError(
            f"de laag heeft geen geometrie ({where_label} vraagt een kaartlaag).",
            path=p,
            layer=lyr,
            remedy="lever een laag met punten of vlakken.",
        )
    if info.get("crs") is None:
        raise CrsError(
            "de laag heeft geen coördinatenstelsel (CRS).",
            path=p,
            layer=lyr,
            remedy="geef de laag een CRS, bijvoorbeeld EPSG:28992 (in QGIS: Laag > "
            "Projectie toewijzen, daarna opnieuw opslaan).",
        )
    rename = {actual: canon for canon, actual in req.items() if actual is not None}
    if columns is None:
        read_cols = fields
    else:
        opt = resolve_columns(fields, columns)
        for canon, actual in opt.items():
            if actual is not None and actual not in rename:
                rename[actual] = canon
        read_cols = [c for c in fields if c in rename]
    selection = bbox is not None or fids is not None
    allow_empty = allow_empty or selection
    if info.get("features", -1) == 0 and not allow_empty:
        raise EmptyLayerError(
            f"de laag bevat geen objecten ({where_label}).",
            path=p,
            layer=lyr,
            remedy="controleer de selectie of het gebied van de export.",
        )
    gdf = _read(p, lyr, read_cols, fid_as_index, read_geometry, bbox, fids)
    release_memory()  # the Arrow table pyogrio read is gone; give its memory back
    expected = int(info.get("features", -1) or 0)
    if expected > 0 and len(gdf) != expected and not selection:
        raise UnreadableFileError(
            f"GDAL las {len(gdf)} van de {expected} objecten die de laag aankondigt; het bestand is beschadigd "
            "of afgebroken.",
            path=p,
            layer=lyr,
            remedy="download of exporteer het bestand opnieuw en open het ter controle in QGIS.",
        )
    if len(gdf) == 0 and not allow_empty:
        raise EmptyLayerError(
            f"de laag bevat geen objecten ({where_label}).",
            path=p,
            layer=lyr,
            remedy="controleer de selectie of het gebied van de export.",
        )
    gdf = gdf.rename(columns={k: v for k, v in rename.items() if k != v})
    if not read_geometry:
        gdf.attrs.update(bron=p.name, laag=lyr, gerepareerd=0)
        return gdf
    if gdf.geometry.name != "geometry":
        gdf = gdf.rename_geometry("geometry")
    gdf = to_rd(gdf, p, lyr)
    if polygonal is None:
        gtype = str(info.get("geometry_type") or "")
        polygonal = "Polygon" in gtype or "Surface" in gtype
    gdf = repair_geometries(gdf, polygonal)
    gdf.attrs["bron"] = p.name
    gdf.attrs["laag"] = lyr
    return gdf


# --------------------------------------------------------------------------- fast paths


def _arrow(values) -> pa.ChunkedArray | None:
    """The pyarrow data behind a pandas ``str`` Series/Index/array, else None."""
    arr = getattr(values, "array", values)
    if not isinstance(getattr(arr, "dtype", None), pd.StringDtype):
        return None
    data = getattr(arr, "_pa_array", None)
    return data if isinstance(data, pa.ChunkedArray) else None


def isin(series: pd.Series, values) -> pd.Series:
    """``series.isin(values)``, fast when both are pandas ``str`` columns.

    pandas converts ``values`` of a pyarrow-backed string column one scalar at a time (seconds
    for a million ids); here the value set goes to ``pyarrow.compute.is_in`` as it is. Same
    result, including missing values matching missing values.
    """
    data = _arrow(series)
    vals = _arrow(values) if isinstance(values, (pd.Series, pd.Index)) else None
    if data is None or vals is None:
        return series.isin(values)
    if len(vals) == 0:
        out = np.zeros(len(series), dtype=bool)
    else:
        value_set = vals.combine_chunks().cast(data.type)
        out = np.asarray(pc.is_in(data, value_set=value_set), dtype=bool)
    return pd.Series(out, index=series.index, name=series.name)


def _all_ascii(s: pd.Series) -> bool:
    """True when every value of a ``str`` column is ASCII (then RE2 and ``re`` agree on
    character classes written out explicitly)."""
    data = _arrow(s)
    if data is None:
        return False
    return bool(pc.all(pc.string_is_ascii(data), skip_nulls=True).as_py() is not False)


def first_part(series: pd.Series, sep: str) -> pd.Series:
    """``series.str.split(sep).str[0]`` (text before the first ``sep``), as ``str``."""
    s = pd.Series(series, copy=False).astype("str")
    data = _arrow(s)
    if data is None:
        return s.str.split(sep).str[0]
    if not pc.any(pc.match_substring(data, sep)).as_py():
        return s  # no separator anywhere: every value is its own first part
    first = pc.list_element(pc.split_pattern(data, sep, max_splits=1), 0)
    return pd.Series(pd.array(first, dtype=s.dtype), index=s.index, name=s.name)


def per_unique(func, series: pd.Series, *args, **kwargs) -> pd.Series:
    """``func(series, *args, **kwargs)`` for an element-wise ``func``, computed once per distinct
    value of a long ``str`` column with few distinct values (status, gebruiksdoel, postcode,
    …) and spread back with a take. Same result as calling ``func`` on the whole column."""
    data = _arrow(series) if isinstance(series, pd.Series) else None
    if data is None or len(data) < 20_000:
        return func(series, *args, **kwargs)
    encoded = pc.dictionary_encode(data.combine_chunks() if data.num_chunks != 1 else data.chunk(0))
    k = len(encoded.dictionary)
    if 2 * k > len(data):
        return func(series, *args, **kwargs)
    values = pa.concat_arrays([encoded.dictionary, pa.nulls(1, encoded.dictionary.type)])
    small = pd.Series(pd.array(values, dtype=series.dtype), name=series.name)
    result = func(small, *args, **kwargs)
    codes = encoded.indices.fill_null(k).to_numpy(zero_copy_only=False)
    out = result.take(codes)
    out.index = series.index
    return out


def unique_rows(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """``frame.drop_duplicates(column)``; skips the row-by-row pass when the column is
    already unique (checked with one pyarrow hash pass)."""
    data = _arrow(frame[column])
    if data is not None and len(pc.unique(data)) == len(data):  # nulls count as one value
        return frame
    return frame.drop_duplicates(column)


#: Python's ``\s`` on ASCII text, spelled out so pyarrow (RE2) can run it.
_WS = r"[\t\n\x0b\x0c\r\x1c-\x1f ]"


# --------------------------------------------------------------------------- normalising


_PREFIX = (
    r"^NL\.IMBAG\.(?:Pand|Verblijfsobject|Nummeraanduiding|Ligplaats|Standplaats"
    r"|OpenbareRuimte|Woonplaats)\."
)
_TYPE_CODES = {"pand": "10", "verblijfsobject": "01", "nummeraanduiding": "20", "ligplaats": "02", "standplaats": "03"}


def _bag_id_digits_ascii(s: pd.Series) -> pd.Series | None:
    """The digit part of :func:`normalise_bag_id` with pyarrow kernels, for a stripped ASCII
    ``str`` column; None when ``s`` is not pyarrow-backed (then the regex path runs).

    Same result as the regex path: on ASCII text \\d is [0-9], a prefix or ".0" needs a "."
    somewhere, and zfill of digits is a left pad with "0".
    """
    data = _arrow(s)
    if data is not None and pc.any(pc.match_substring(data, ".")).as_py():
        s = s.str.replace("(?i)" + _PREFIX, "", regex=True)
        s = s.str.replace(r"\.0+$", "", regex=True)
        data = _arrow(s)
    if data is None:
        return None
    ok = pc.and_(pc.ascii_is_decimal(data), pc.less_equal(pc.utf8_length(data), 16))
    ok = np.asarray(ok.fill_null(False), dtype=bool)
    padded = pc.utf8_lpad(pc.if_else(ok, data, pa.scalar(None, data.type)), 16, "0")
    return pd.Series(pd.array(padded, dtype=s.dtype), index=s.index, name=s.name)


def normalise_bag_id(series: pd.Series, object_type: str | None = None) -> pd.Series:
    """BAG ids as 16-character text with leading zeros.

    Strips whitespace and the ``NL.IMBAG.Pand.`` / ``NL.IMBAG.Verblijfsobject.`` prefixes,
    drops a trailing ``.0`` (ids that went through a float column), left-pads with zeros to
    16. Anything that is not 1–16 digits afterwards becomes missing (NaN). With
    ``object_type`` ("pand", "verblijfsobject", …) ids whose object-type code (characters
    5–6) does not match also become missing.
    """
    s = pd.Series(series, copy=False)
    if pd.api.types.is_float_dtype(s.dtype):
        s = s.round().astype("Int64")
    data = _arrow(s)
    if data is not None and object_type is None:
        # already canonical (16 ASCII digits or missing, as the BAG loaders return them):
        # every step below would leave it unchanged
        canonical = pc.and_(pc.equal(pc.utf8_length(data), 16), pc.ascii_is_decimal(data))
        if pc.all(canonical, skip_nulls=True).as_py() is not False:
            return s.astype("str")
    s = s.astype("str").str.strip()
    fast = _bag_id_digits_ascii(s) if _all_ascii(s) else None
    if fast is not None:
        out = fast
    else:
        s = s.str.replace(_PREFIX, "", regex=True, case=False)
        s = s.str.replace(r"\.0+$", "", regex=True)
        ok = s.str.fullmatch(r"\d{1,16}").fillna(False).astype(bool)
        out = s.where(ok).str.zfill(16)
    if object_type is not None:
        code = _TYPE_CODES[object_type.lower()]
        out = out.where(out.str.slice(4, 6) == code)
    return out.astype("str")


def normalise_postcode(series: pd.Series) -> pd.Series:
    """ "8231 ab" → "8231AB"; empty or not a Dutch postcode → ""."""
    s = pd.Series(series, copy=False).astype("str").str.upper()
    s = s.str.replace(_WS + "+" if _all_ascii(s) else r"\s+", "", regex=True)
    ok = s.str.fullmatch(r"[1-9]\d{3}[A-Z]{2}").fillna(False).astype(bool)
    return s.where(ok, "").astype("str")


def normalise_letter(series: pd.Series) -> pd.Series:
    """Huisletter / huisnummertoevoeging: stripped, upper case, leading "-"/spaces removed,
    "" when empty."""
    s = pd.Series(series, copy=False)
    if pd.api.types.is_float_dtype(s.dtype):  # toevoeging "1" read as 1.0
        s = s.astype("Int64")
    s = s.astype("str").fillna("").str.upper()
    lead = r"^[\t\n\x0b\x0c\r\x1c-\x1f \-]+" if _all_ascii(s) else r"^[\s\-]+"
    s = s.str.replace(lead, "", regex=True).str.strip()
    s = s.str.replace(r"^(\d+)\.0$", r"\1", regex=True)
    s = s.where(~s.isin(["NAN", "NONE", "<NA>", "NULL"]), "")
    return s.fillna("").astype("str")


def normalise_gebruiksdoel(series: pd.Series) -> pd.Series:
    """Comma-separated gebruiksdoelen as lower-case "a,b" (order kept, separators and
    whitespace normalised); "" when empty."""
    s = pd.Series(series, copy=False).astype("str").fillna("").str.lower().str.strip()
    sep = _WS + "*[,;]" + _WS + "*" if _all_ascii(s) else r"\s*[,;]\s*"
    s = s.str.replace(sep, ",", regex=True).str.strip(",")
    return s.astype("str")


def normalise_text(series: pd.Series) -> pd.Series:
    """Stripped text, "" when missing."""
    s = pd.Series(series, copy=False).astype("str").fillna("").str.strip()
    return s.where(~s.isin(["nan", "None", "<NA>"]), "").astype("str")


def to_float(series: pd.Series) -> pd.Series:
    """Numbers as float; accepts decimal commas and thousands dots-free text."""
    s = pd.Series(series, copy=False)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        return s.astype("float64")
    t = s.astype("str").str.strip().str.replace(",", ".", regex=False)
    return pd.to_numeric(t, errors="coerce").astype("float64")


def to_int(series: pd.Series) -> pd.Series:
    """Whole numbers as nullable Int64 (non-numbers and fractions → <NA>)."""
    f = to_float(series)
    f = f.where(np.isfinite(f) & (f == np.round(f)))
    return f.astype("Int64")


def to_bool(series: pd.Series) -> pd.Series:
    """Booleans from bool/0-1/"ja"/"true"/"waar"; anything else False."""
    s = pd.Series(series, copy=False)
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.fillna(False).astype(bool)
    if pd.api.types.is_numeric_dtype(s.dtype):
        return (s.fillna(0) != 0).astype(bool)
    t = s.astype("str").str.strip().str.lower()
    return t.isin(["1", "true", "ja", "j", "waar", "yes", "y", "t", "1.0"]).astype(bool)
