"""Input provenance: SHA-256 of the input files, hashed in the background while the scan reads them.

Kept apart from :mod:`optopscan.export` so that :mod:`optopscan.inputs` can start the hashing
without importing the writer (which would make an import cycle inputs → export → inputs).
"""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import Future
from pathlib import Path

_PREFETCHED: dict[tuple[str, int, int], Future[str]] = {}


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
        future: Future[str] = Future()
        _PREFETCHED[key] = future
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
