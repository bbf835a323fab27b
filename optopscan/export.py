"""Atomic GeoPackage / CSV output with run metadata stored in the GeoPackage."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from optopscan import __version__
from optopscan.atomic import atomic_path
from optopscan.config import Settings
from optopscan.scan import ScanResult

SHORTLIST = "shortlist.gpkg"
SHORTLIST_CSV = "shortlist.csv"
WRITE_CHUNK = 200_000


def write_shortlist(
    result: ScanResult, out_dir: Path, settings: Settings, input_files: dict[str, list[Path]]
) -> dict[str, Path]:
    """Write ``shortlist.gpkg`` (complexen, panden, buurten, metadata) and ``shortlist.csv``.

    Both files are first written completely beside their targets and only then renamed
    into place, so a failure never leaves a half-written shortlist.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg, csv = out_dir / SHORTLIST, out_dir / SHORTLIST_CSV
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(1) as pool:
        # hashing the input files (GBs for a province) overlaps with writing the layers
        meta_future = pool.submit(run_metadata, settings, input_files)
        tmp_gpkg = stack.enter_context(atomic_path(gpkg))
        tmp_csv = stack.enter_context(atomic_path(csv))
        _write_layer(result.complexen, tmp_gpkg, "complexen")
        _write_layer(result.panden, tmp_gpkg, "panden")
        if result.buurten is not None:
            _write_layer(result.buurten, tmp_gpkg, "buurten")
        meta = meta_future.result()
        pyogrio.write_dataframe(
            pd.DataFrame({"sleutel": list(meta), "waarde": list(meta.values())}),
            tmp_gpkg,
            layer="metadata",
            append=True,
        )
        write_csv(result.complexen, tmp_csv)
    return {"gpkg": gpkg, "csv": csv}


def write_csv(complexen: gpd.GeoDataFrame, path: Path) -> None:
    """The complexen table without geometry: ';'-separated, decimal comma, UTF-8 with BOM."""
    table = pd.DataFrame(complexen.drop(columns="geometry"))
    table.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig", lineterminator="\n")


def _write_layer(frame: gpd.GeoDataFrame, path: Path, layer: str) -> None:
    nullable_bools = [c for c in frame.columns if isinstance(frame[c].dtype, pd.BooleanDtype)]
    if nullable_bools:  # GeoPackage has no nullable boolean: 1 / 0 / NULL
        frame = frame.assign(**{c: frame[c].astype("Int8") for c in nullable_bools})
    # in chunks: the Arrow copy of one chunk, not of a province's whole table, is in memory
    for start in range(0, max(len(frame), 1), WRITE_CHUNK):
        pyogrio.write_dataframe(
            frame.iloc[start : start + WRITE_CHUNK],
            path,
            layer=layer,
            append=os.path.exists(path),
            promote_to_multi=True,
            use_arrow=True,
        )


def run_metadata(settings: Settings, input_files: dict[str, list[Path]]) -> dict[str, str]:
    """Config hash, input file hashes, versions and date of this run."""
    meta = {
        "gebied": settings.gebied,
        "datum": dt.date.today().isoformat(),
        "versie": __version__,
        "config": str(settings.bron) if settings.bron else "",
        "config_hash": settings.hash,
        "geopandas": gpd.__version__,
        "pyogrio": pyogrio.__version__,
    }
    for name, paths in sorted(input_files.items()):
        for i, p in enumerate(paths):
            key = f"invoer_{name}" + (f"_{i + 1}" if len(paths) > 1 else "")
            meta[key] = p.name
            meta[f"{key}_sha256"] = file_hash(p)
    return meta


_PREFETCHED: dict[tuple[str, int, int], Future] = {}


def _hash_key(path: Path) -> tuple[str, int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None
    if not Path(path).is_file():
        return None  # folders (VERA) are hashed when written
    return (str(Path(path).resolve()), st.st_size, st.st_mtime_ns)


def prefetch_hashes(paths: list[Path]) -> None:
    """Start hashing input files in a background thread (the scan reads them meanwhile);
    :func:`file_hash` then takes the result. Big inputs take seconds to hash."""
    jobs = []
    for path in paths:
        key = _hash_key(path)
        if key is None or key in _PREFETCHED:
            continue
        _PREFETCHED[key] = future = Future()
        jobs.append((Path(path), future))

    def run() -> None:
        for path, future in jobs:
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(_file_hash(path))
            except BaseException as exc:  # reported (and retried) by file_hash
                future.set_exception(exc)

    if jobs:  # a daemon thread: a failing scan exits without waiting for it
        threading.Thread(target=run, name="optopscan-hash", daemon=True).start()


def file_hash(path: Path) -> str:
    """SHA-256 of a file, or of every file in a folder (by sorted name)."""
    key = _hash_key(path)
    future = _PREFETCHED.pop(key, None) if key is not None else None
    if future is not None:
        try:
            return future.result()
        except Exception:
            pass  # hash it here instead
    return _file_hash(path)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        digest.update(f.name.encode())
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()
