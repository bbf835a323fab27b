"""The scan's outputs go in all together or not at all; the CLI speaks Dutch and checks its
options before reading anything."""

from __future__ import annotations

import errno
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from scenario import build_world

import optopscan.atomic as atomic
import optopscan.export as export
import optopscan.inputs as inputs_mod
from optopscan.cli import Voortgang, main

OUTPUTS = ("out/shortlist.gpkg", "out/shortlist.csv", "out/shortlist.xlsx", "out/kansenkaart.html")


def run(*args: str):
    result = CliRunner().invoke(main, list(args), prog_name="optopscan")
    return result.exit_code, result.output


@pytest.fixture
def world(tmp_path):
    return build_world(tmp_path)


@pytest.fixture
def previous(world):
    """A first, successful scan; returns the bytes of every output it wrote."""
    folder = world.parent
    code, output = run("-q", "scan", "--config", str(world), "--out", str(folder / "out"))
    assert code == 0, output
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def assert_unchanged(folder: Path, before: dict[str, bytes]) -> None:
    for name, content in before.items():
        assert (folder / name).read_bytes() == content, f"{name} changed"
    leftovers = [p.name for p in (folder / "out").iterdir() if p.name.startswith(".")]
    assert leftovers == [], f"temporary files left behind: {leftovers}"


def test_failing_map_leaves_every_previous_output_byte_identical(world, previous, monkeypatch):
    import optopscan.render as render

    def broken(*args, **kwargs):
        raise RuntimeError("kapotte kaart")

    monkeypatch.setattr(render, "render_kansenkaart", broken)
    code, output = run("-q", "scan", "--config", str(world), "--out", str(world.parent / "out"))
    assert code == 1
    assert "Fout:" in output and "Er is niets vervangen" in output and "kapotte kaart" in output
    assert "Traceback" not in output
    assert_unchanged(world.parent, previous)


def test_full_disk_while_writing_excel_leaves_previous_outputs(world, previous, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "write_xlsx", full)
    code, output = run("-q", "scan", "--config", str(world), "--out", str(world.parent / "out"))
    assert code == 1
    assert "de schijf is vol" in output
    assert_unchanged(world.parent, previous)


def test_failing_rename_halfway_puts_the_earlier_files_back(world, previous, monkeypatch):
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(Path(dst).name)
        # the third new file (xlsx) cannot be put in place, e.g. because Excel has it open
        if Path(dst).name == "shortlist.xlsx" and Path(src).name.startswith(".shortlist-"):
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky)
    code, output = run("-q", "scan", "--config", str(world), "--out", str(world.parent / "out"))
    assert code == 1
    assert "niet vervangen" in output and "shortlist.xlsx" in output
    assert "shortlist.gpkg" in calls  # the GPKG had been replaced already, and was put back
    assert_unchanged(world.parent, previous)


def test_unwritable_map_folder_stops_before_reading_inputs(world, previous, monkeypatch):
    def must_not_read(*args, **kwargs):
        raise AssertionError("inputs read although the map folder is not writable")

    monkeypatch.setattr(inputs_mod, "load_inputs", must_not_read)
    # /proc refuses new files even for root, unlike a chmod'ed folder
    code, output = run(
        "-q", "scan", "--config", str(world), "--out", str(world.parent / "out"), "--kaart", "/proc/kaart/k.html"
    )
    assert code == 1
    assert "kan niet worden geschreven" in output and "/proc/kaart" in output and "--out" in output
    assert_unchanged(world.parent, previous)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in a read-only folder")
def test_read_only_output_folder(world, previous):
    out = world.parent / "out"
    out.chmod(0o555)
    try:
        code, output = run("-q", "scan", "--config", str(world), "--out", str(out))
    finally:
        out.chmod(0o755)
    assert code == 1 and "kan niet worden geschreven" in output
    assert_unchanged(world.parent, previous)


@pytest.mark.parametrize(
    "args, words",
    [
        (["--scheduler", "tcp://x:8786"], ["--scheduler hoort bij --engine dask"]),
        (["--kaart", "k.html", "--geen-kaart"], ["--kaart en --geen-kaart"]),
    ],
)
def test_option_combinations_checked_before_any_input_is_read(world, monkeypatch, args, words):
    def must_not_read(*a, **k):
        raise AssertionError("inputs read before the options were checked")

    monkeypatch.setattr(inputs_mod, "load_inputs", must_not_read)
    code, output = run("scan", "--config", str(world), *args)
    assert code == 2
    assert "Gebruik:" in output and "Fout:" in output
    assert all(w in output for w in words)
    assert not (world.parent / "out").exists()


def test_out_folder_takes_the_map_unless_kaart_says_otherwise(world):
    folder = world.parent
    code, _ = run("-q", "scan", "--config", str(world), "--out", str(folder / "a"))
    assert code == 0
    assert sorted(p.name for p in (folder / "a").iterdir()) == [
        "kansenkaart.html",
        "potentie_100m.tif",
        "shortlist.csv",
        "shortlist.gpkg",
        "shortlist.xlsx",
    ]
    assert not (folder / "maps").exists()  # the config's map folder is not used with --out
    code, _ = run("-q", "scan", "--config", str(world), "--out", str(folder / "b"), "--kaart", str(folder / "k.html"))
    assert code == 0
    assert (folder / "k.html").exists() and not (folder / "b" / "kansenkaart.html").exists()


def test_help_and_errors_are_dutch():
    code, output = run("--help")
    assert code == 0
    assert "Gebruik:" in output and "Opties" in output and "Commando's" in output
    assert "Toon deze hulptekst en stop." in output
    for english in ("Usage:", "Show this message", "Options:", "Commands:"):
        assert english not in output
    code, output = run("scan", "--bestaat-niet")
    assert code == 2
    assert "Fout: Onbekende optie" in output and "Typ 'optopscan scan --help' voor hulp." in output
    assert "Gebruik: optopscan scan [OPTIES]" in output
    code, output = run("scan", "--engine", "spark")
    assert code == 2 and "Ongeldige waarde voor '--engine'" in output
    code, output = run("-q", "-v", "scan")
    assert code == 2 and "-q en -v" in output


def test_validate_json(world):
    code, output = run("-q", "validate", "--config", str(world), "--json")
    assert code == 0
    report = json.loads(output)
    assert report["bruikbaar"] is True
    assert report["config"] == str(world.resolve())
    assert isinstance(report["waarschuwingen"], list) and isinstance(report["fouten"], list)
    assert any("Testdorp" in line for line in report["regels"])


def test_progress_bar_shows_counts_on_a_terminal():
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120)
    progress = Voortgang(console=console)
    progress("BAG panden lezen")
    progress.advance("GeoPackage schrijven", 3, 10)
    progress.advance("GeoPackage schrijven", 10, 10)
    progress.done()
    text = buffer.getvalue()
    assert "GeoPackage schrijven" in text and "10/10" in text and "Totaal" in text


def test_progress_lines_without_terminal_and_quiet():
    buffer = io.StringIO()
    progress = Voortgang(console=Console(file=buffer, force_terminal=False))
    progress("Rangschikken")
    progress.done()
    assert "[ 1] Rangschikken …" in buffer.getvalue() and "klaar in" in buffer.getvalue()
    quiet = io.StringIO()
    silent = Voortgang(quiet=True, console=Console(file=quiet, force_terminal=True))
    silent("Rangschikken")
    silent.advance("GeoPackage schrijven", 1, 2)
    silent.done()
    assert quiet.getvalue() == ""
