"""Scan in blocks: a large area (or a corporatie's bezit over a large area) in bounded memory.

1. **Plan** (:mod:`optopscan.engine.plan`): rectangles ("blokken") of about
   ``uitvoer.blok_panden`` panden that tile the plane; with bezit each complex is placed in one
   block and a block reads only the surroundings of its complexes.
2. **Per block** (:func:`scan_blok`): panden, verblijfsobjecten and 3D BAG are read for the
   block's window (bbox filter on the spatial index); the bezit and the context layers are read
   once for the whole run (:func:`load_shared`). The local engine's own steps (plan, scan,
   judge) run on that window, so aanplakken, uitplinten and eigendom per bouwblok see the
   neighbours across the block edge; only the block's own complexes are kept. Their rows go to
   Parquet files in a work folder; what comes back is small: the rank inputs
   (:func:`optopscan.scoring.rank_key`), totals per buurt and gemeente, the summary figures,
   message counts and the 100 m grid cells. Blocks run one after another, in forked processes
   (``uitvoer.werkers``) or on dask workers (``--engine dask``), which write their own parts:
   nobody ever holds every complex.
3. **Write** (:func:`write_streamed`): rang over all keys, then each block's rows, with their
   rang, are appended to the GeoPackage and the CSV; the best ranked rows go to the XLSX. Rows
   are in block order (sort on ``rang`` in QGIS or Excel); every per-complex value equals that
   of a scan in one piece.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

from optopscan.config import Settings
from optopscan.constants import RD
from optopscan.engine.plan import Blok, bezit_blokken, pand_bounds, vbo_fids_for
from optopscan.errors import OptopscanError
from optopscan.export import (
    TOELICHTING,
    XLSX_MAX_ROWS,
    append_csv,
    append_layer,
    finish_gpkg,
    run_metadata,
    write_xlsx,
)
from optopscan.financieel import (
    active_schemes,
    add_counts,
    combine_summary_totals,
    lines_from_totals,
    messages_from_counts,
    run_message_counts,
    summary_totals,
)
from optopscan.grid import combine_cells, grid_cells, write_grid_cells
from optopscan.inputs import Inputs, Step, input_paths, load_bezit, load_buildings, load_context
from optopscan.io.ahn import expand_paths
from optopscan.io.bag import read_verblijfsobjecten
from optopscan.io.common import BBox, isin, release_memory
from optopscan.io.quality import Bevinding
from optopscan.model.complexen import assign_complexen
from optopscan.provenance import prefetch_hashes
from optopscan.scan import (
    buurten_layer,
    combine_summaries,
    combine_totals,
    gemeenten_layer,
    judge_complexen,
    output_columns,
    plan_complexen,
    scan_complexen,
    summarise,
    totals_per_buurt,
)
from optopscan.scoring import rank_key, rank_keys

Progress = Callable[[str, int, int], None]


@dataclass
class BlokUitkomst:
    """What a block hands back: small, whatever the number of complexes."""

    nummer: int
    key: pd.DataFrame
    totals_buurt: pd.DataFrame | None
    totals_gemeente: pd.DataFrame | None
    summary: dict
    money: pd.Series
    cells: pd.DataFrame
    meldingen: dict
    bevindingen: list[Bevinding]
    files: dict[str, Path] = field(default_factory=dict)


# ----------------------------------------------------------------------------- one block


def load_shared(settings: Settings, step: Step = lambda _: None) -> Inputs:
    """What every block shares, read once: the bezit matched to the BAG (reading only the
    verblijfsobjecten it can match) and the context layers; no per-building frames."""
    empty = Inputs(panden=gpd.GeoDataFrame(geometry=[], crs=RD), verblijfsobjecten=pd.DataFrame(), bag3d=pd.DataFrame())
    bag = settings.invoer.bag

    def matchable(raw: pd.DataFrame) -> pd.DataFrame:
        return read_verblijfsobjecten(bag, geometry=False, fids=vbo_fids_for(Path(bag), raw))

    load_bezit(settings, empty, matchable, step)
    return load_context(settings, empty, step)


def place_bezit(settings: Settings, shared: Inputs, blokken: list[Blok], step: Step) -> list[Blok]:
    """With bezit: each complex placed in one block, a window around its panden; else ``blokken``."""
    if shared.bezit is None:
        return blokken
    step("Complexen over de blokken verdelen")
    matched = shared.bezit["pand_id"].dropna().drop_duplicates()
    toewijzing = assign_complexen(pd.DataFrame({"pand_id": matched.to_numpy()}), shared.bezit)
    bounds = pand_bounds(Path(settings.invoer.bag), toewijzing["pand_id"])
    n = int(toewijzing["complex_id"].nunique())
    return [dataclasses.replace(b, scan_size=n) for b in bezit_blokken(blokken, toewijzing, bounds)]


def scan_blok(settings: Settings, shared: Inputs, blok: Blok, workdir: Path) -> BlokUitkomst:
    """Scan one block: read its window, run the local engine's steps, keep the block's own
    complexes (placed by plan, or whose first pand lies in the core), write their rows to
    Parquet in ``workdir``."""
    buildings = load_buildings(settings, geometrie=False, bbox=blok.window)
    bezit = shared.bezit
    if bezit is not None:  # the VHE in the window (eigendom of its bouwblokken) and every VHE of
        # their complexes, also those not matched to a pand (they count in aantal_vhe)
        here = isin(bezit["pand_id"], buildings.panden["pand_id"])
        bezit = bezit[(here | isin(bezit["complexnummer"], bezit.loc[here, "complexnummer"])).to_numpy()]
    inputs = dataclasses.replace(
        shared,
        panden=buildings.panden,
        verblijfsobjecten=buildings.verblijfsobjecten,
        bag3d=buildings.bag3d,
        bezit=bezit,
        files={**shared.files, **buildings.files},
    )
    toewijzing, eigendom = plan_complexen(inputs)
    complexen, panden = scan_complexen(settings, inputs, toewijzing, eigendom)
    complexen, layers = judge_complexen(settings, inputs, toewijzing, complexen, panden, scan_size=blok.scan_size)

    if blok.complexen is not None:  # with bezit: the complexes placed in this block
        core_ids = pd.Series(list(blok.complexen), dtype=object)
    else:
        core_ids = _core_complexen(inputs.panden, toewijzing, blok.core)
    complexen = complexen[isin(complexen["complex_id"], core_ids).to_numpy()].reset_index(drop=True)
    panden = panden[isin(panden["complex_id"], core_ids).to_numpy()]
    panden = panden.sort_values("pand_id", kind="mergesort").reset_index(drop=True)
    complexen = complexen[[*output_columns(complexen), "geometry"]]
    complexen.attrs = {}

    files = {"complexen": _write_part(complexen, workdir, "complexen", blok.nummer)}
    files["panden"] = _write_part(panden, workdir, "panden", blok.nummer)
    for name, layer in layers.items():
        if layer is not None and "complex_id" in layer:
            files[name] = _write_part(layer[isin(layer["complex_id"], core_ids).to_numpy()], workdir, name, blok.nummer)
    by_gemeente = "gemeentecode" in complexen and shared.buurten is not None
    uitkomst = BlokUitkomst(
        nummer=blok.nummer,
        key=rank_key(complexen, min_volledigheid=settings.klassen.volledigheid),
        totals_buurt=totals_per_buurt(complexen) if shared.buurten is not None else None,
        totals_gemeente=totals_per_buurt(complexen, by="gemeentecode") if by_gemeente else None,
        summary=summarise(complexen, settings),
        money=summary_totals(complexen),
        cells=grid_cells(complexen) if settings.uitvoer.raster else pd.DataFrame(),
        meldingen=run_message_counts(complexen, settings),
        bevindingen=buildings.bevindingen(),
        files=files,
    )
    del complexen, panden, layers, inputs, buildings
    release_memory()
    return uitkomst


def _core_complexen(panden: gpd.GeoDataFrame, toewijzing: pd.DataFrame, core: BBox) -> pd.Series:
    """complex_ids whose first pand has the lower-left corner of its envelope in ``core``."""
    first = toewijzing.drop_duplicates("complex_id")
    where = pd.Index(panden["pand_id"]).get_indexer(first["pand_id"])
    bounds = shapely.bounds(panden.geometry.values[np.maximum(where, 0)])
    x0, y0, x1, y1 = core
    inside = (where >= 0) & (bounds[:, 0] >= x0) & (bounds[:, 0] < x1) & (bounds[:, 1] >= y0) & (bounds[:, 1] < y1)
    return pd.Series(first["complex_id"].to_numpy()[inside])


def _write_part(frame: pd.DataFrame, workdir: Path, name: str, nummer: int) -> Path:
    path = workdir / f"{name}_{nummer:05d}.parquet"
    frame = frame.copy()
    frame.attrs = {}
    table = pa.Table.from_pandas(pd.DataFrame(frame.drop(columns="geometry")), preserve_index=False)
    wkb = shapely.to_wkb(np.asarray(frame.geometry.values, dtype=object))
    table = table.append_column("geometry", pa.array(wkb, type=pa.binary()))
    pq.write_table(table, path)
    return path


# ----------------------------------------------------------------------------- all blocks


def _unified_schema(paths: list[Path]) -> pa.Schema:
    """One schema for the blocks' parts: a column all-empty in one block takes the type it
    has in the others; whole numbers in one block and decimals in another become decimals."""
    schemas = [pq.read_schema(p).remove_metadata() for p in paths]
    return pa.unify_schemas(schemas, promote_options="permissive")


def _read_part(path: Path, schema: pa.Schema) -> gpd.GeoDataFrame:
    table = pq.read_table(path)
    for f in schema:
        if f.name not in table.column_names:
            table = table.append_column(f.name, pa.nulls(len(table), type=f.type))
    table = table.select(schema.names).cast(schema)
    # ja/nee stays ja/nee even in a block where every value is unknown
    frame = table.to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get)
    geometry = shapely.from_wkb(frame.pop("geometry").to_numpy(dtype=object))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=RD)


def _parts(results: list[BlokUitkomst], name: str) -> list[Path]:
    return [r.files[name] for r in results if name in r.files]


def combine_findings(parts: list[list[Bevinding]]) -> list[Bevinding]:
    """Findings of the blocks merged per file, column and kind (counts added, a few examples);
    panden in the margin of two blocks are counted in both."""
    merged: dict[tuple[str, str, str], Bevinding] = {}
    for findings in parts:
        for b in findings:
            key = (b.bestand, b.kolom, b.soort)
            if key in merged:
                m = merged[key]
                m.aantal += b.aantal
                m.voorbeelden = (m.voorbeelden + [v for v in b.voorbeelden if v not in m.voorbeelden])[:3]
            else:
                merged[key] = dataclasses.replace(b, voorbeelden=list(b.voorbeelden)[:3])
    return list(merged.values())


def write_streamed(
    settings: Settings,
    shared: Inputs,
    results: list[BlokUitkomst],
    paths: dict[str, Path],
    progress: Progress,
) -> tuple[dict, pd.DataFrame]:
    """Rank over all blocks, then write every output (temporary ``paths``); returns the
    summary and the ten best complexes."""
    results = sorted(results, key=lambda r: r.nummer)
    rang = rank_keys(pd.concat([r.key for r in results], ignore_index=True))
    total = len(rang)
    meta = run_metadata(settings, shared.files)
    gpkg, top = paths["gpkg"], []
    schema = _unified_schema(_parts(results, "complexen"))
    written = 0
    # the CSV of one block is formatted (Arrow kernels, GIL released) while GDAL writes its rows
    with open(paths["csv"], "wb") as csv, ThreadPoolExecutor(1) as csv_writer:
        pending: Future[None] | None = None
        for r, path in zip(results, _parts(results, "complexen"), strict=True):
            part = _read_part(path, schema)
            part.insert(1, "rang", rang[written : written + len(part)])
            written += len(part)
            part = gpd.GeoDataFrame(part[[*output_columns(part), "geometry"]], geometry="geometry", crs=RD)
            table = pd.DataFrame(part.drop(columns="geometry"))
            if pending is not None:
                pending.result()  # blocks go into the CSV in order, one at a time in memory
            pending = csv_writer.submit(append_csv, table, csv, header=r is results[0])
            append_layer(gpkg, "complexen", part)
            top.append(table[table["rang"] <= XLSX_MAX_ROWS])
            progress("Complexen schrijven", written, total)
        if pending is not None:
            pending.result()
    layers: dict[str, pd.DataFrame] = {"complexen": pd.DataFrame()}
    names = sorted({n for r in results for n in r.files if n != "complexen"}, key=lambda n: (n != "panden", n))
    for name in names:
        files = _parts(results, name)
        layer_schema = _unified_schema(files)
        for i, path in enumerate(files, start=1):
            part = _read_part(path, layer_schema)
            if len(part):
                append_layer(gpkg, name, part)
            progress(f"Laag {name} schrijven", i, len(files))
        layers[name] = pd.DataFrame()
    if shared.buurten is not None:
        buurten = buurten_layer(
            combine_totals([r.totals_buurt for r in results if r.totals_buurt is not None]), shared.buurten
        )
        append_layer(gpkg, "buurten", buurten)
        layers["buurten"] = buurten
        per_gemeente = [r.totals_gemeente for r in results if r.totals_gemeente is not None]
        gemeenten = gemeenten_layer(
            combine_totals(per_gemeente, by="gemeentecode") if per_gemeente else None, shared.buurten
        )
        if gemeenten is not None:
            append_layer(gpkg, "gemeenten", gemeenten)
            layers["gemeenten"] = gemeenten
    finish_gpkg(gpkg, layers, meta, compact=TOELICHTING not in schema.names)
    best = pd.concat(top, ignore_index=True).sort_values("rang", kind="mergesort").reset_index(drop=True)
    write_xlsx(best, paths["xlsx"], progress, settings=settings, total=total)
    if "raster" in paths:
        write_grid_cells(combine_cells([r.cells for r in results]), paths["raster"])
    summary = combine_summaries([r.summary for r in results])
    summary["gebied"] = settings.gebied
    summary["business_case"] = lines_from_totals(combine_summary_totals([r.money for r in results]))
    _, schemes = active_schemes(settings.financieel.subsidies, datetime.date.today())
    summary["meldingen"] = schemes + messages_from_counts(add_counts([r.meldingen for r in results]))
    findings = shared.bevindingen() + combine_findings([r.bevindingen for r in results])
    summary["invoer"] = [b.text() for b in findings]
    summary["blokken"] = len(results)
    return summary, best.head(10)


def local_workers(settings: Settings, n_blokken: int) -> int:
    """Processes for the blocks: ``uitvoer.werkers`` (0 = one per CPU core), at most one per block."""
    wanted = settings.uitvoer.werkers or os.cpu_count() or 1
    return max(1, min(wanted, n_blokken))


#: (settings, context, work folder) for the forked block processes; set only while they run.
_FORKED: tuple[Settings, Inputs, Path] | None = None


def _scan_blok_forked(blok: Blok) -> BlokUitkomst | str:
    """Runs in a forked process: one block with the parent's settings and context (inherited,
    not copied). An OptopscanError comes back as its message (exceptions with keyword
    arguments do not survive pickling)."""
    assert _FORKED is not None
    settings, shared, workdir = _FORKED
    try:
        return scan_blok(settings, shared, blok, workdir)
    except OptopscanError as exc:
        return str(exc)


def run_blokken_lokaal(
    settings: Settings, shared: Inputs, blokken: list[Blok], workdir: Path, workers: int, progress: Progress
) -> list[BlokUitkomst]:
    """The blocks on this machine: one after another, or in ``workers`` forked processes that
    each read their block's window and write its Parquet parts (only the small summaries come
    back). Memory: ~one block's working set per process."""
    results: list[BlokUitkomst] = []
    if workers <= 1:
        for blok in blokken:
            results.append(scan_blok(settings, shared, blok, workdir))
            progress("Blokken scannen", len(results), len(blokken))
        return results
    global _FORKED
    _FORKED = (settings, shared, workdir)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for future in as_completed([pool.submit(_scan_blok_forked, blok) for blok in blokken]):
                outcome = future.result()
                if isinstance(outcome, str):
                    raise OptopscanError(outcome)
                results.append(outcome)
                progress("Blokken scannen", len(results), len(blokken))
    finally:
        _FORKED = None
    return results


@contextlib.contextmanager
def workdir_beside(target: Path) -> Iterator[Path]:
    """A temporary folder for the blocks' Parquet parts, on the output's disk; always removed."""
    target.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=".optopscan-blokken-", dir=target))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def run_streamed(
    settings: Settings,
    blokken: list[Blok],
    paths: dict[str, Path],
    step: Step,
    progress: Progress,
    *,
    engine: str = "lokaal",
    scheduler: str | None = None,
) -> tuple[dict, pd.DataFrame] | None:
    """The whole streamed scan, writing into the (temporary) ``paths``; returns (summary, top
    10), or None (nothing written) when the bezit matched no pand: then the scan runs in one piece."""
    prefetch_hashes(input_paths(settings))
    shared = load_shared(settings, step)
    blokken = place_bezit(settings, shared, blokken, step)
    if not blokken:
        return None
    inv = settings.invoer
    shared.files.update({"bag": [inv.bag], "bag3d": [inv.bag3d]})
    if inv.ahn_dsm:
        shared.files["ahn"] = expand_paths(inv.ahn_dsm, "DSM") + expand_paths(inv.ahn_dtm, "DTM")
    with workdir_beside(Path(paths["gpkg"]).parent) as workdir:
        if engine == "dask":
            from optopscan.engine.dask import run_blokken_dask

            step(f"Scan in {len(blokken)} blokken (dask)")
            results = run_blokken_dask(
                settings, shared, blokken, workdir, scan_blok, scheduler=scheduler, progress=progress
            )
        else:
            workers = local_workers(settings, len(blokken))
            step(
                f"Scan in {len(blokken)} blokken van ~{settings.uitvoer.blok_panden:,} panden".replace(",", ".")
                + f", {workers} tegelijk"
            )
            results = run_blokken_lokaal(settings, shared, blokken, workdir, workers, progress)
        step("Rangschikken en wegschrijven")
        return write_streamed(settings, shared, results, paths, progress)


__all__ = [
    "Blok",
    "BlokUitkomst",
    "run_streamed",
    "scan_blok",
    "write_streamed",
]
