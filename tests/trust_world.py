"""A copy of the packaged sample district in a temporary folder, plus helpers to damage it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyogrio
from click.testing import CliRunner

from optopscan.cli import main
from optopscan.config import DEFAULT_CONFIG, SAMPLES


def copy_samples(tmp_path: Path) -> Path:
    """tmp/config/default.yaml + tmp/samples/… (the config's ../samples paths keep working)."""
    shutil.copytree(SAMPLES, tmp_path / "samples")
    (tmp_path / "config").mkdir()
    config = tmp_path / "config" / "default.yaml"
    shutil.copy(DEFAULT_CONFIG, config)
    return config


def rewrite_layers(path: Path, changes: dict) -> None:
    """Rewrite a GeoPackage with ``changes[layer](frame) -> frame`` applied (other layers kept)."""
    layers = [str(n) for n in pyogrio.list_layers(path)[:, 0]]
    frames = {name: pyogrio.read_dataframe(path, layer=name) for name in layers}
    path.unlink()
    for i, name in enumerate(layers):
        frame = changes.get(name, lambda f: f)(frames[name])
        pyogrio.write_dataframe(frame, path, layer=name, append=i > 0)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    text = result.output + (result.stderr if hasattr(result, "stderr") else "")
    if result.exception and not isinstance(result.exception, SystemExit):
        text += f"\nTraceback: {result.exception!r}"
    return result.exit_code, text
