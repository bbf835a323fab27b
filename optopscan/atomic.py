"""Atomic file output: write to temporary siblings, then put them all in place together.

:func:`atomic_path` does this for one file; :func:`atomic_paths` for a group of files that
belong together (shortlist GPKG, CSV, XLSX and the kansenkaart): either every target is
replaced, or none is and the previous outputs stay byte for byte as they were.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from optopscan.errors import OptopscanError


class UitvoerError(OptopscanError):
    """An output could not be written; nothing was replaced."""


#: errno → Dutch reason (the system's strerror is English)
_REDENEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ENOENT: "de map bestaat niet en kan daar niet worden gemaakt",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "het doel is een map",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in _REDENEN:
        return _REDENEN[exc.errno]
    if isinstance(exc, OptopscanError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"systeemfout {errno.errorcode.get(exc.errno or 0, exc.errno)}: {exc.strerror}"
    text = str(exc)
    if "disk is full" in text or "No space left" in text:  # GDAL/SQLite report a full disk in their own words
        return "de schijf is vol"
    return f"{type(exc).__name__}: {text}"


def check_writable(folders: list[Path]) -> None:
    """Fail early (before any input is read) when an output folder cannot be made or written."""
    for folder in dict.fromkeys(Path(f) for f in folders):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder, prefix=".optopscan-"):
                pass
        except OSError as exc:
            raise UitvoerError(
                f"in de uitvoermap {folder} kan niet worden geschreven ({_reason(exc)}). Er is niets ingelezen "
                "of weggeschreven. Oplossing: kies een map waarin u mag schrijven met --out (en --kaart voor "
                "de kansenkaart), of pas uitvoer.map / uitvoer.kaarten in de configuratie aan."
            ) from exc


def _temp_beside(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # writers such as GDAL want to create the file themselves
    return tmp


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left untouched, so a
    failed run never leaves a half-written output behind.
    """
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


@contextlib.contextmanager
def atomic_paths(targets: Mapping[str, Path]) -> Iterator[dict[str, Path]]:
    """Yield a temporary path per target; when the block succeeds, all replace their targets.

    Any failure (in the block or while putting the files in place) raises :class:`UitvoerError`
    with a Dutch message, and every previous target is left byte-identical: existing targets
    are first hard-linked (or copied) aside and put back if a later rename fails.
    """
    targets = {k: Path(v) for k, v in targets.items()}
    tmps: dict[str, Path] = {}
    try:
        try:
            for key, target in targets.items():
                tmps[key] = _temp_beside(target)
        except OSError as exc:
            raise UitvoerError(
                f"kan niet schrijven in {exc.filename or target.parent} ({_reason(exc)}). Er is niets vervangen. "
                "Oplossing: kies een schrijfbare map met --out (en --kaart)."
            ) from exc
        try:
            yield tmps
        except (MemoryError, KeyboardInterrupt):
            raise
        except Exception as exc:
            raise UitvoerError(
                f"de uitvoer kon niet worden gemaakt ({_reason(exc)}). Er is niets vervangen: de vorige uitvoer "
                f"({', '.join(str(t) for t in targets.values())}) is ongewijzigd."
            ) from exc
        _commit(targets, tmps)
    finally:
        for tmp in tmps.values():
            with contextlib.suppress(OSError):
                if tmp.is_dir():
                    shutil.rmtree(tmp)
                else:
                    tmp.unlink(missing_ok=True)


def _commit(targets: dict[str, Path], tmps: dict[str, Path]) -> None:
    """Rename every temporary file over its target; on failure restore what was there."""
    backups: dict[str, Path | None] = {}
    done: list[str] = []
    try:
        for key, target in targets.items():
            backups[key] = _backup(target)
        for key, target in targets.items():
            os.replace(tmps[key], target)
            done.append(key)
    except OSError as exc:
        for key in reversed(done):  # put the previous files back
            with contextlib.suppress(OSError):
                backup = backups.get(key)
                if backup is not None:
                    os.replace(backup, targets[key])
                else:
                    targets[key].unlink(missing_ok=True)
        raise UitvoerError(
            f"kan {exc.filename or 'de uitvoer'} niet vervangen ({_reason(exc)}). Er is niets vervangen: de vorige "
            "uitvoer is ongewijzigd. Oplossing: sluit het bestand (bijvoorbeeld in Excel of QGIS) of kies een "
            "andere map met --out."
        ) from exc
    finally:
        for backup in backups.values():
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink(missing_ok=True)


def _backup(target: Path) -> Path | None:
    """A hard link (or copy) of an existing target beside it; None when there is none."""
    if not target.exists():
        return None
    backup = _temp_beside(target.with_name(target.name + ".vorige"))
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def write_text_atomic(target: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding=encoding)
    return Path(target)
