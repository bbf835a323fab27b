"""The shortlist files: GeoPackage (for QGIS), CSV (for machines) and Excel (for people).

- ``shortlist.gpkg``: layers ``complexen``, ``panden``, ``buurten`` and any extra layers of the
  scan; valid geometries (a complex's parts that share walls are merged), integer, boolean
  and date columns typed as such, a default QGIS style per layer in ``layer_styles``, Dutch
  aliases and descriptions in ``gpkg_data_columns``, a description per layer in
  ``gpkg_contents``, and the tables ``metadata`` (key → value) and ``scan`` (one typed row).
- ``shortlist.csv``: UTF-8 with BOM, ``;``, decimal comma, whole numbers without decimals,
  ja/nee, every column formatted at once (no per-row Python).
- ``shortlist.xlsx``: ids as text, numbers as numbers, ja/nee, frozen header with autofilter.

Text cells that begin with ``=``, ``+``, ``-``, ``@``, TAB or CR get a leading ``'`` in the CSV
and the XLSX, so a spreadsheet never runs them as a formula.

Everything is first written to temporary files and only put in place together
(:func:`optopscan.atomic.atomic_paths`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import shapely

from optopscan import __version__
from optopscan.atomic import atomic_paths
from optopscan.columns import LAYERS, Kind, spec
from optopscan.config import Settings
from optopscan.errors import InputDataError, MissingFileError, MissingLayerError, OptopscanError, UnreadableFileError
from optopscan.explain import INSTELLINGEN, settings_from_text, settings_text, toelichting
from optopscan.grid import GRID_FILE, write_potentie_grid
from optopscan.provenance import file_hash
from optopscan.qgis import buurten_qml, complexen_qml, simple_qml
from optopscan.result import ScanResult
from optopscan.text import fmt

SHORTLIST = "shortlist.gpkg"
SHORTLIST_CSV = "shortlist.csv"
SHORTLIST_XLSX = "shortlist.xlsx"
KAART = "kansenkaart.html"
WRITE_CHUNK = 200_000
#: GeoPackage 1.2: read without warnings by older GDAL/QGIS (e.g. Debian's GDAL 3.6)
GPKG_VERSION = "1.2"
#: The XLSX holds the best-ranked complexen up to this many rows (all are in the CSV and GPKG):
#: openpyxl (with lxml) writes ~3,000 rows of ~110 columns per second, so 10,000 rows stay a few
#: seconds; a corporatie's bezit fits whole, a province's area scan gets its best 10,000.
#: Aanname optopscan.
XLSX_MAX_ROWS = 10_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TOELICHTING = "toelichting"
#: Layer description of a compact shortlist: where the toelichting is
UITLEG_HINT = "Zonder tekstkolom toelichting: per complex met 'optopscan uitleg <complex_id>'."

#: progress callback: (stage label, done, total)
Progress = Callable[[str, int, int], None]


def _no_progress(label: str, done: int, total: int) -> None:
    return None


def shortlist_targets(out_dir: Path, *, raster: bool = False) -> dict[str, Path]:
    """The shortlist files in ``out_dir`` by kind (``gpkg``, ``csv``, ``xlsx``, and with
    ``raster`` the 100 m potential grid ``raster``)."""
    targets = {"gpkg": out_dir / SHORTLIST, "csv": out_dir / SHORTLIST_CSV, "xlsx": out_dir / SHORTLIST_XLSX}
    if raster:
        targets["raster"] = out_dir / GRID_FILE
    return targets


def write_shortlist(
    result: ScanResult,
    out_dir: Path,
    settings: Settings,
    input_files: dict[str, list[Path]],
    progress: Progress = _no_progress,
) -> dict[str, Path]:
    """Write ``shortlist.gpkg``, ``shortlist.csv`` and ``shortlist.xlsx`` into ``out_dir``, all or none.

    The CLI uses :func:`write_files` inside its own :func:`atomic_paths` block so that the
    kansenkaart joins the same all-or-nothing group.
    """
    targets = shortlist_targets(out_dir, raster=settings.uitvoer.raster)
    with atomic_paths(targets) as tmp:
        write_files(result, tmp, settings, input_files, progress)
    return targets


def write_files(
    result: ScanResult,
    paths: Mapping[str, Path],
    settings: Settings,
    input_files: dict[str, list[Path]],
    progress: Progress = _no_progress,
) -> None:
    """Write the GeoPackage, CSV and XLSX to ``paths['gpkg'|'csv'|'xlsx']`` (temporary paths), and
    the potential grid to ``paths['raster']`` when asked."""
    with ThreadPoolExecutor(1) as pool:
        # hashing the input files (GBs for a province) overlaps with writing the layers
        meta_future: Future[dict[str, str]] = pool.submit(run_metadata, settings, input_files)
        write_gpkg(result, paths["gpkg"], meta_future, progress)
    progress("CSV schrijven", 0, 1)
    write_csv(result.complexen, paths["csv"])
    progress("CSV schrijven", 1, 1)
    write_xlsx(result.complexen, paths["xlsx"], progress, settings=settings)
    if "raster" in paths:
        progress("Raster potentie_100m.tif schrijven", 0, 1)
        if write_potentie_grid(result.complexen, paths["raster"]) is None:
            raise OptopscanError("geen kolom met extra woningen om het 100m-raster van te maken.")
        progress("Raster potentie_100m.tif schrijven", 1, 1)


# ----------------------------------------------------------------------------- GeoPackage


def write_gpkg(
    result: ScanResult,
    path: Path,
    meta: Future[dict[str, str]] | dict[str, str],
    progress: Progress = _no_progress,
) -> None:
    """All layers, the metadata tables, styles, aliases and layer descriptions."""
    layers: dict[str, gpd.GeoDataFrame] = {"complexen": result.complexen, "panden": result.panden}
    if result.buurten is not None:
        layers["buurten"] = result.buurten
    layers.update({k: v for k, v in result.extra_layers.items() if v is not None})
    total = sum(len(f) for f in layers.values())
    written = 0
    for name, frame in layers.items():
        for start in range(0, max(len(frame), 1), WRITE_CHUNK):
            # in chunks: the Arrow copy of one chunk, not of a province's whole table, is in memory
            chunk = frame.iloc[start : start + WRITE_CHUNK]
            append_layer(path, name, chunk)
            written += len(chunk)
            progress("GeoPackage schrijven", written, total)
    values = meta.result() if isinstance(meta, Future) else meta
    finish_gpkg(path, layers, values, compact=TOELICHTING not in result.complexen.columns)


def append_layer(path: Path, name: str, frame: pd.DataFrame) -> None:
    """Append ``frame`` (typed by :func:`gpkg_frame`) to layer ``name`` of the GeoPackage,
    creating the file or layer when needed."""
    pyogrio.write_dataframe(
        gpkg_frame(frame),
        path,
        layer=name,
        append=os.path.exists(path),
        promote_to_multi=True,
        use_arrow=True,
        dataset_options={"VERSION": GPKG_VERSION},
    )


def finish_gpkg(path: Path, layers: Mapping[str, pd.DataFrame], meta: dict[str, str], *, compact: bool) -> None:
    """After the layers: the metadata tables, a QGIS style per layer, aliases and layer
    descriptions (``layers``: the written layers by name; only the buurten frame's values are
    read). ``compact``: the complexen have no toelichting column (``optopscan uitleg`` makes it)."""
    _write_metadata(path, {**meta, TOELICHTING: "compact" if compact else "volledig"})
    _write_styles(path, layers)
    _describe(path, {**layers, "metadata": None, "scan": None}, described_only=("layer_styles",))
    if compact:
        with contextlib.closing(sqlite3.connect(path)) as con, con:
            con.execute(
                "UPDATE gpkg_contents SET description = ? WHERE table_name = 'complexen'",
                (f"{LAYERS['complexen']} {UITLEG_HINT}",),
            )


def gpkg_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy typed for the GeoPackage: whole numbers as integers, ja/nee as booleans, valid geometry."""
    out = typed_columns(frame)
    if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame:
        geom_col = frame.geometry.name
        out = gpd.GeoDataFrame(out, geometry=geom_col, crs=frame.crs)
        out[geom_col] = valid_geometries(frame.geometry.values)
    return out


def typed_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns converted to their kind (see :mod:`optopscan.columns`): ``Int64``, ``boolean``, dates."""
    converted = {}
    for name in frame.columns:
        col = frame[name]
        if isinstance(col.dtype, gpd.array.GeometryDtype):
            continue
        kind = column_kind(name, col)
        if kind == "geheel" and pd.api.types.is_float_dtype(col.dtype):
            rounded = col.round()
            if ((rounded - col).abs().fillna(0) < 1e-9).all():  # only when no value has decimals
                converted[name] = rounded.astype("Int64")
        elif kind == "janee" and not pd.api.types.is_bool_dtype(col.dtype):
            converted[name] = _as_boolean(col)
        elif kind == "datum":  # a GeoPackage DATE, not a DATETIME
            converted[name] = pd.to_datetime(col, errors="coerce").astype(pd.ArrowDtype(pa.date32()))
    return frame.assign(**converted) if converted else frame.copy()


def column_kind(name: str, col: pd.Series) -> Kind:
    """The kind of a column: from :mod:`optopscan.columns`, else from its dtype."""
    kind = spec(name).kind
    if kind is not None:
        return kind
    if pd.api.types.is_bool_dtype(col.dtype):
        return "janee"
    if pd.api.types.is_integer_dtype(col.dtype):
        return "geheel"
    if pd.api.types.is_numeric_dtype(col.dtype):
        return "getal"
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return "datum"
    if col.dtype == object:
        present = col.dropna()
        if len(present) and present.map(type).isin([bool, np.bool_]).all():
            return "janee"
    return "tekst"


def _as_boolean(col: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(col.dtype):
        return col.astype("Float64").ne(0).astype("boolean").mask(col.isna())
    mapped = col.map({True: True, False: False, "ja": True, "nee": False})
    return mapped.astype("boolean")


def valid_geometries(geoms: np.ndarray | gpd.array.GeometryArray) -> np.ndarray:
    """Invalid geometries made valid; polygon parts that share a wall are merged into one."""
    arr = np.asarray(geoms, dtype=object)
    invalid = ~shapely.is_valid(arr) & ~shapely.is_missing(arr)
    if not invalid.any():
        return arr
    out = arr.copy()
    bad = arr[invalid]
    polygonal = np.isin(shapely.get_type_id(bad), [3, 6])  # Polygon, MultiPolygon
    fixed = np.empty(len(bad), dtype=object)
    fixed[polygonal] = shapely.make_valid(bad[polygonal], method="structure", keep_collapsed=False)
    fixed[~polygonal] = shapely.make_valid(bad[~polygonal])
    # exterior rings counter-clockwise, holes clockwise (GeoPackage recommendation, validator RC20)
    fixed[polygonal] = shapely.orient_polygons(fixed[polygonal], exterior_cw=False)
    out[invalid] = fixed
    return out


def run_metadata(settings: Settings, input_files: dict[str, list[Path]]) -> dict[str, str]:
    """Config (absolute path and hash), input file hashes, versions and date of this run."""
    meta = {
        "gebied": settings.gebied,
        "datum": dt.date.today().isoformat(),
        "versie": __version__,
        "config": str(Path(settings.bron).resolve()) if settings.bron else "",
        "config_hash": settings.hash,
        "geopandas": gpd.__version__,
        "pyogrio": pyogrio.__version__,
        # the resolved settings: 'optopscan uitleg' rebuilds every toelichting with them
        INSTELLINGEN: settings_text(settings),
    }
    for name, paths in sorted(input_files.items()):
        for i, p in enumerate(paths):
            key = f"invoer_{name}" + (f"_{i + 1}" if len(paths) > 1 else "")
            meta[key] = p.name
            meta[f"{key}_sha256"] = file_hash(p)
    return meta


def _write_metadata(path: Path, meta: dict[str, str]) -> None:
    """``metadata`` (sleutel → waarde, all text) and ``scan`` (one row with the date typed as a date)."""
    pyogrio.write_dataframe(
        pd.DataFrame({"sleutel": list(meta), "waarde": [str(v) for v in meta.values()]}),
        path,
        layer="metadata",
        append=True,
    )
    datum = dt.date.fromisoformat(meta.get("datum") or dt.date.today().isoformat())
    scan = pd.DataFrame(
        {
            "datum": pd.array([datum], dtype=pd.ArrowDtype(pa.date32())),
            "gebied": [meta.get("gebied", "")],
            "versie": [meta.get("versie", "")],
            "config": [meta.get("config", "")],
            "config_hash": [meta.get("config_hash", "")],
        }
    )
    pyogrio.write_dataframe(scan, path, layer="scan", append=True, use_arrow=True)


def _write_styles(path: Path, layers: Mapping[str, pd.DataFrame]) -> None:
    """A default QGIS style per spatial layer in QGIS's ``layer_styles`` table."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        found = con.execute("SELECT table_name, column_name, geometry_type_name FROM gpkg_geometry_columns")
        geom_cols = {t: c for t, c, kind in found.fetchall() if kind.upper() in ("POLYGON", "MULTIPOLYGON")}
    rows = []
    for name, frame in layers.items():
        if name not in geom_cols:  # the styles are fill symbols: other geometry types keep QGIS's default
            continue
        if name == "complexen":
            qml, titel = complexen_qml(), "klasse A–E (kleuren van de kansenkaart), namen vanaf 1:5.000"
        elif name == "buurten":
            attr = _buurt_attr(frame)
            qml, titel = buurten_qml(attr, _breaks(frame[attr])), f"{spec(attr).alias} per buurt"
        else:
            qml, titel = simple_qml(), "omtrek"
        rows.append(
            {
                "f_table_catalog": "",
                "f_table_schema": "",
                "f_table_name": name,
                "f_geometry_column": geom_cols[name],
                "styleName": name,
                "styleQML": qml,
                "styleSLD": "",
                "useAsDefault": True,
                "description": f"optopscan: {titel}",
                "owner": "",
                "ui": "",
                "update_time": pd.Timestamp.now(tz="UTC").floor("s"),
            }
        )
    if rows:
        pyogrio.write_dataframe(
            pd.DataFrame(rows), path, layer="layer_styles", append=True, layer_options={"FID": "id"}
        )


def _buurt_attr(frame: pd.DataFrame) -> str:
    for col in ("extra_woningen_binnen_plan", "extra_woningen", "extra_woningen_theoretisch"):
        if col in frame:
            return col
    return next((c for c in frame.columns if c.startswith("extra_woningen")), "aantal_complexen")


def _breaks(values: pd.Series) -> list[float]:
    """Up to five ascending class upper bounds (quantiles, rounded up to whole homes)."""
    v = pd.to_numeric(values, errors="coerce").dropna()
    if v.empty or v.max() <= 0:
        return [1.0]
    qs = np.ceil(np.quantile(v.to_numpy(dtype=float), [0.2, 0.4, 0.6, 0.8, 1.0]))
    return [float(b) for b in sorted(set(qs.tolist())) if b > 0] or [float(v.max())]


def _describe(path: Path, layers: Mapping[str, pd.DataFrame | None], described_only: tuple[str, ...] = ()) -> None:
    """Layer descriptions in ``gpkg_contents`` and column aliases in ``gpkg_data_columns``."""
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        for name in [*layers, *described_only]:
            if name in LAYERS:
                con.execute(
                    "UPDATE gpkg_contents SET description = ?, identifier = ? WHERE table_name = ?",
                    (LAYERS[name], name, name),
                )
        con.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
            "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
            "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE (table_name, name))"
        )
        con.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (constraint_name TEXT NOT NULL, "
            "constraint_type TEXT NOT NULL, value TEXT, min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, "
            "max_is_inclusive BOOLEAN, description TEXT, "
            "CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))"
        )
        con.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
            "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
        )
        for table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
            con.execute(
                "INSERT OR IGNORE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', "
                "'http://www.geopackage.org/spec/#extension_schema', 'read-write')",
                (table,),
            )
        rows = []
        for table in layers:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")').fetchall()]
            used: set[str] = set()
            for column in columns:
                if column in ("fid", "geom", "geometry"):
                    continue
                info = spec(column)
                name = info.alias if info.alias not in used else f"{info.alias} ({column})"
                used.add(name)
                rows.append((table, column, name, info.alias, info.description or None))
        con.executemany(
            "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, title, description) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )


# ----------------------------------------------------------------------------- CSV and Excel


def neutralise_formulas(text: pd.Series) -> pd.Series:
    """Text cells that a spreadsheet would run as a formula get a leading ``'``. Vectorised."""
    s = text.astype("string")
    risky = s.str.startswith(FORMULA_START).fillna(False).astype(bool)
    return s.mask(risky, "'" + s)


def table_for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column as text, formatted column by column: whole numbers without decimals, a
    decimal comma, no ``-0``, ja/nee, neutralised formula starts; empty for unknown."""
    table = pd.DataFrame(frame.drop(columns=[c for c in frame.columns if _is_geometry(frame[c])]))
    out = {}
    for name in table.columns:
        col = table[name]
        kind = column_kind(name, col)
        if kind == "janee":
            b = _as_boolean(col) if not pd.api.types.is_bool_dtype(col.dtype) else col.astype("boolean")
            text = b.map({True: "ja", False: "nee"}).astype("string")
        elif kind in ("geheel", "getal") and pd.api.types.is_numeric_dtype(col.dtype):
            text = _numbers(col, _decimals(name, col, kind))
        elif kind == "datum":
            text = pd.to_datetime(col, errors="coerce").dt.strftime("%Y-%m-%d").astype("string")
        else:
            text = neutralise_formulas(col.astype("string"))
        out[name] = text.fillna("")
    return pd.DataFrame(out, index=table.index)


def _numbers(values: pd.Series, decimals: int) -> pd.Series:
    """Dutch decimal comma without thousands separator (:func:`optopscan.text.fmt`, so the same
    rounding as every toelichting), no -0; unknown → <NA>."""
    return fmt(values.astype("float64"), decimals).astype("string").mask(values.isna())


def _decimals(name: str, col: pd.Series, kind: Kind) -> int:
    """0 for whole numbers; a whole-number column that holds decimals keeps them."""
    if kind == "geheel":
        v = col.to_numpy(dtype=float, na_value=np.nan)
        return 0 if not np.any(np.abs(v - np.round(v)) > 1e-9) else max(spec(name).decimals, 2)
    return spec(name).decimals


def _is_geometry(col: pd.Series) -> bool:
    return isinstance(col.dtype, gpd.array.GeometryDtype)


def write_table_csv(frame: pd.DataFrame, path: Path) -> None:
    """A table as CSV for machines and Excel-NL: UTF-8 with BOM, ``;``, decimal comma.

    Written by Arrow's CSV writer (C++): fields are quoted only where needed."""
    with open(path, "wb") as fh:
        append_csv(frame, fh, header=True)


def append_csv(frame: pd.DataFrame, fh: BinaryIO, *, header: bool) -> None:
    """Write ``frame`` as CSV rows (see :func:`write_table_csv`) to an open file; with
    ``header`` first the byte-order mark and the column names (the first piece of a file)."""
    from pyarrow import csv as pacsv

    text = table_for_csv(frame)
    table = pa.Table.from_arrays(
        [
            pa.array(text[c].astype(object).tolist() if text[c].dtype == object else text[c], type=pa.string())
            for c in text.columns
        ],
        names=[str(c) for c in text.columns],
    )
    if header:
        fh.write("\ufeff".encode())
    pacsv.write_csv(table, fh, pacsv.WriteOptions(delimiter=";", quoting_style="needed", include_header=header))


def write_csv(complexen: pd.DataFrame, path: Path) -> None:
    """The complexen table without geometry (see :func:`write_table_csv`)."""
    write_table_csv(complexen, path)


def write_xlsx(
    complexen: pd.DataFrame,
    path: Path,
    progress: Progress = _no_progress,
    *,
    settings: Settings | None = None,
    total: int | None = None,
) -> None:
    """``shortlist.xlsx``: ids and text as text, whole numbers and decimals as numbers, ja/nee,
    frozen header row with autofilter, column widths and a wrapped toelichting. A compact scan
    (no ``toelichting`` column) gets it here, made with ``settings`` for just the rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    table = pd.DataFrame(complexen.drop(columns=[c for c in complexen.columns if _is_geometry(complexen[c])]))
    total_complexen = len(complexen) if total is None else total  # a scan in blocks passes only its best rows
    truncated = total_complexen > XLSX_MAX_ROWS
    table = table.iloc[:XLSX_MAX_ROWS]
    if TOELICHTING not in table.columns and settings is not None:
        table = with_toelichting(table, settings)
    columns = list(table.columns)
    values = [_xlsx_values(name, table[name]) for name in columns]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("complexen")
    ws.freeze_panes = "A2"
    for i, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _width(name, values[i - 1])
    if len(columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(table) + 1}"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrapped = [i for i, name in enumerate(columns) if name == "toelichting"]
    total = len(table)
    for n, values_row in enumerate(zip(*values, strict=True), start=1):
        row: list[Any] = list(values_row)
        for i in wrapped:
            cell = WriteOnlyCell(ws, value=row[i])
            cell.alignment = wrap
            row[i] = cell
        ws.append(row)
        if n % 2_000 == 0:
            progress("Excel schrijven", n, total)
    if truncated:
        note = wb.create_sheet("let op")
        note.append(
            [
                f"Het blad 'complexen' bevat de eerste {XLSX_MAX_ROWS:,} complexen op rang van de "
                f"{total_complexen:,}. Alle complexen staan in shortlist.csv en shortlist.gpkg.".replace(",", ".")
            ]
        )
    progress("Excel schrijven", total, total)
    wb.save(path)


def with_toelichting(complexen: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """``complexen`` with the toelichting rebuilt from its columns, after ``volledigheid`` (where
    a full scan has it)."""
    text = toelichting(complexen, settings)
    columns = list(complexen.columns)
    at = columns.index("volledigheid") + 1 if "volledigheid" in columns else len(columns)
    out = complexen.copy()
    out.insert(at, TOELICHTING, text)
    return out


def _xlsx_values(name: str, col: pd.Series) -> list:
    """One column as Python values for openpyxl (None for unknown), converted column-wise."""
    kind = column_kind(name, col)
    if kind == "janee":
        b = _as_boolean(col) if not pd.api.types.is_bool_dtype(col.dtype) else col.astype("boolean")
        return b.map({True: "ja", False: "nee"}).astype(object).where(b.notna(), None).tolist()
    if kind in ("geheel", "getal") and pd.api.types.is_numeric_dtype(col.dtype):
        v = col.to_numpy(dtype=float, na_value=np.nan)
        decimals = _decimals(name, col, kind)
        rounded = np.round(v, decimals) + 0.0  # + 0.0: no -0; np.round as in optopscan.text.fmt
        if decimals == 0:
            return pd.Series(np.nan_to_num(rounded).astype(np.int64), dtype=object).where(~np.isnan(v), None).tolist()
        return pd.Series(rounded, dtype=object).where(~np.isnan(v), None).tolist()
    if kind == "datum":
        return pd.to_datetime(col, errors="coerce").dt.date.astype(object).where(col.notna(), None).tolist()
    text = neutralise_formulas(col.astype("string"))
    return text.astype(object).where(text.notna(), None).tolist()


def _width(name: str, values: list) -> float:
    """Column width in characters: the header or the longest of the first 1,000 values, 8–60."""
    if name == "toelichting":
        return 80
    sample = [len(str(v)) for v in values[:1000] if v is not None]
    return float(min(max([len(name), *sample]) + 2, 60))


# ----------------------------------------------------------------------------- reading one complex back


def explain_complex(path: Path, complex_id: str) -> tuple[dict[str, Any], str]:
    """One complex of a shortlist GeoPackage: its row (without geometry) and its full
    toelichting — the stored text, or, in a compact shortlist, rebuilt from the row's columns
    with the settings the scan stored in ``metadata`` (key ``instellingen``)."""
    path = Path(path)
    remedy = "draai eerst 'optopscan scan' of geef het pad met --shortlist."
    if not path.exists():
        raise MissingFileError("de shortlist bestaat niet.", path=path, remedy=remedy)
    try:
        layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise UnreadableFileError(f"dit is geen leesbare GeoPackage ({exc}).", path=path, remedy=remedy) from exc
    if "complexen" not in layers:
        raise MissingLayerError("de laag ontbreekt.", path=path, layer="complexen", remedy=remedy)
    quoted = str(complex_id).replace("'", "''")
    rows = pyogrio.read_dataframe(path, layer="complexen", where=f"complex_id = '{quoted}'", read_geometry=False)
    if rows.empty:
        raise InputDataError(
            f"geen complex met id '{complex_id}'.",
            path=path,
            layer="complexen",
            column="complex_id",
            remedy="zoek het complex_id op in shortlist.csv, shortlist.xlsx of de kansenkaart.",
        )
    row = rows.iloc[[0]].reset_index(drop=True)
    stored = row[TOELICHTING].iloc[0] if TOELICHTING in row else None
    if isinstance(stored, str):
        return row.iloc[0].to_dict(), stored
    settings_yaml = _metadata_value(path, INSTELLINGEN) if "metadata" in layers else None
    if settings_yaml is None:
        raise InputDataError(
            "de shortlist heeft geen toelichting en geen opgeslagen instellingen om hem te maken.",
            path=path,
            layer="metadata",
            remedy="maak de shortlist opnieuw met 'optopscan scan'.",
        )
    text = toelichting(row, settings_from_text(settings_yaml, source=path))
    return row.iloc[0].to_dict(), str(text.iloc[0])


def _metadata_value(path: Path, key: str) -> str | None:
    """One value of the ``metadata`` table (sleutel → waarde), or None."""
    quoted = key.replace("'", "''")
    found = pyogrio.read_dataframe(path, layer="metadata", where=f"sleutel = '{quoted}'", read_geometry=False)
    if found.empty or "waarde" not in found:
        return None
    value = found["waarde"].iloc[0]
    return value if isinstance(value, str) else None
