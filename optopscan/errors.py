"""Error hierarchy: every error a user can cause carries a Dutch message that names the
file, layer or column (or config key) and says what to do."""

from __future__ import annotations

from pathlib import Path


class OptopscanError(Exception):
    """Base class; the CLI turns these into exit code 1 and one clear message."""


class InputDataError(OptopscanError):
    """An input file cannot be used as it is."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        layer: str | None = None,
        column: str | None = None,
        remedy: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.layer = layer
        self.column = column
        self.remedy = remedy
        parts = []
        if path is not None:
            parts.append(f"bestand {path}")
        if layer:
            parts.append(f"laag '{layer}'")
        if column:
            parts.append(f"kolom '{column}'")
        where = ", ".join(parts)
        text = f"{where}: {message}" if where else message
        if remedy:
            text += f" Oplossing: {remedy}"
        super().__init__(text)


class MissingFileError(InputDataError):
    """The file does not exist."""


class MissingLayerError(InputDataError):
    """The file has no layer of that name."""


class MissingColumnError(InputDataError):
    """A required column is absent."""


class CrsError(InputDataError):
    """The layer has no CRS, or one that cannot be brought to RD (EPSG:28992)."""


class EmptyLayerError(InputDataError):
    """The layer holds no rows."""


class UnreadableFileError(InputDataError):
    """The file cannot be parsed (broken CSV, JSON, GML, …)."""


class ConfigError(OptopscanError):
    """The configuration is invalid; the message names the key."""

    def __init__(self, key: str, message: str, *, path: str | Path | None = None) -> None:
        self.key = key
        where = f"{path}: " if path else ""
        super().__init__(f"{where}configuratiesleutel '{key}': {message}")
