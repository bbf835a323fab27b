"""The streamed engine: a scan in spatial blocks writes what a scan in one piece writes."""

from __future__ import annotations

import importlib.util

import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from optopscan.cli import main
from optopscan.config import DEFAULT_CONFIG, load_settings
from optopscan.engine.plan import MARGE_M, kd_split, plan_blokken


def _contains(rect, x, y):
    x0, y0, x1, y1 = rect
    return (x >= x0) & (x < x1) & (y >= y0) & (y < y1)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=200),
    st.integers(1, 40),
)
def test_blocks_tile_the_plane_and_hold_at_most_target(points, target):
    pts = np.asarray(points, dtype=float)
    rects = kd_split(pts, target)
    # every point (and any other point of the plane) lies in exactly one block
    inside = np.array([_contains(r, pts[:, 0], pts[:, 1]) for r in rects])
    assert (inside.sum(axis=0) == 1).all()
    probe = np.array([[-1e9, -1e9], [1e9, 1e9], [25.5, 7.25]])
    assert (np.array([_contains(r, probe[:, 0], probe[:, 1]) for r in rects]).sum(axis=0) == 1).all()
    # a block holds more than target points only when they cannot be split (one location)
    for row in inside:
        held = pts[row]
        assert len(held) <= target or len(np.unique(held, axis=0)) == 1


def test_kd_split_halves_at_the_median_of_the_longer_side():
    # 4 points on a 30 m wide, 10 m high strip, 2 per block: one cut at x = median(0,10,20,30) = 15
    pts = np.array([[0, 0], [10, 10], [20, 0], [30, 10]], dtype=float)
    assert kd_split(pts, 2) == [(-np.inf, -np.inf, 15.0, np.inf), (15.0, -np.inf, np.inf, np.inf)]


def _config(tmp_path, name: str, blok_panden: int, werkers: int = 1) -> str:
    path = tmp_path / f"{name}.yaml"
    path.write_text(
        f"basis: {DEFAULT_CONFIG}\n"
        "invoer:\n  bezit: null\n"
        f"uitvoer:\n  map: {tmp_path / name}\n  kaarten: {tmp_path / name}\n  blok_panden: {blok_panden}\n"
        f"  werkers: {werkers}\n",
        encoding="utf-8",
    )
    return str(path)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The sample district as an area scan, in one piece, in blocks of 1000 panden one after
    another, in 2 forked processes and (when dask is installed) on a dask LocalCluster whose
    workers write the parts."""
    tmp = tmp_path_factory.mktemp("stream")
    runner = CliRunner()
    outs = {}
    runs = [("een", 1_000_000, 1, []), ("blokken", 1000, 1, []), ("parallel", 1000, 2, [])]
    if importlib.util.find_spec("distributed") is not None:
        runs.append(("dask", 1000, 1, ["--engine", "dask"]))
    for name, blok, werkers, extra in runs:
        config = _config(tmp, name, blok, werkers)
        result = runner.invoke(main, ["scan", "--config", config, "--geen-kaart", *extra])
        assert result.exit_code == 0, result.output
        outs[name] = (tmp / name, result.output)
    return outs


def test_samples_are_planned_in_blocks_only_above_blok_panden(tmp_path):
    assert plan_blokken(load_settings(_config(tmp_path, "een", 1_000_000))) is None
    blokken = plan_blokken(load_settings(_config(tmp_path, "blokken", 1000)))
    # ~1,970 panden, a sample of 1 in 8 split to ≤ 125 per block: at least 2 blocks
    assert blokken is not None and len(blokken) >= 2
    for b in blokken:  # the window is the core within the data plus the margin
        assert b.window[2] - b.window[0] > 2 * MARGE_M


def _layer(out, layer, key):
    frame = pyogrio.read_dataframe(out / "shortlist.gpkg", layer=layer)
    return frame.sort_values(key).reset_index(drop=True)


@pytest.mark.parametrize("run", ["blokken", "parallel", "dask"])
@pytest.mark.parametrize(
    ("layer", "key"), [("complexen", "complex_id"), ("panden", "pand_id"), ("buurten", "buurtcode")]
)
def test_blocks_write_the_same_layers_as_one_piece(two_runs, run, layer, key):
    if run not in two_runs:
        pytest.skip("dask (distributed) is niet geïnstalleerd")
    one, blocks = _layer(two_runs["een"][0], layer, key), _layer(two_runs[run][0], layer, key)
    assert len(one) > 0
    pd.testing.assert_frame_equal(
        pd.DataFrame(blocks.drop(columns="geometry")), pd.DataFrame(one.drop(columns="geometry")), check_dtype=False
    )
    assert blocks.geometry.geom_equals_exact(one.geometry, tolerance=1e-9).all()


@pytest.mark.parametrize("run", ["blokken", "parallel"])
def test_blocks_give_the_same_rang_csv_xlsx_raster_and_summary(two_runs, run):
    (one, out_one), (blocks, out_blocks) = two_runs["een"], two_runs[run]
    csv_one = pd.read_csv(one / "shortlist.csv", sep=";", dtype=str).sort_values("complex_id")
    csv_blocks = pd.read_csv(blocks / "shortlist.csv", sep=";", dtype=str).sort_values("complex_id")
    pd.testing.assert_frame_equal(csv_blocks.reset_index(drop=True), csv_one.reset_index(drop=True))
    assert sorted(csv_blocks["rang"].astype(int)) == list(range(1, len(csv_blocks) + 1))
    # the XLSX holds the same best rows in rang order
    x_one = pd.read_excel(one / "shortlist.xlsx", dtype=str)
    x_blocks = pd.read_excel(blocks / "shortlist.xlsx", dtype=str)
    pd.testing.assert_frame_equal(x_blocks, x_one)
    with rasterio.open(one / "potentie_100m.tif") as a, rasterio.open(blocks / "potentie_100m.tif") as b:
        assert a.transform == b.transform and (a.read() == b.read()).all()
    # the printed summary (counts, homes, business case, messages, top 10) is the same
    assert _summary(out_blocks) == _summary(out_one)
    assert "Top 10:" in _summary(out_one)


def _summary(output: str) -> list[str]:
    """The end-of-run summary lines: no progress steps, timings or output paths."""
    skip = ("[", "Totaal", "Geschreven", "klaar in")
    return [line for line in output.splitlines() if line.strip() and not line.lstrip().startswith(skip)]


@pytest.mark.parametrize("broken", ["ontbreekt", "kapot"])
def test_an_area_scan_with_a_missing_or_broken_bag_gives_the_loaders_dutch_error(tmp_path, broken):
    bag = tmp_path / "bag-light.gpkg"
    if broken == "kapot":
        bag.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # a truncated download
    config = tmp_path / "c.yaml"
    config.write_text(
        f"basis: {DEFAULT_CONFIG}\ninvoer:\n  bezit: null\n  bag: {bag}\n"
        f"uitvoer:\n  map: {tmp_path / 'uit'}\n  blok_panden: 1000\n",
        encoding="utf-8",
    )
    assert plan_blokken(load_settings(config)) is None  # no blocks: the loader reports the file
    result = CliRunner().invoke(main, ["scan", "--config", str(config), "--geen-kaart"])
    assert result.exit_code == 1
    assert "bag-light.gpkg" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "uit" / "shortlist.gpkg").exists()


@pytest.fixture(scope="module")
def bezit_runs(tmp_path_factory):
    """The sample district with its bezit (40 complexen), in one piece and in blocks."""
    tmp = tmp_path_factory.mktemp("stream_bezit")
    outs = {}
    for name, blok, werkers in (("een", 1_000_000, 1), ("blokken", 1000, 2)):
        config = tmp / f"{name}.yaml"
        config.write_text(
            f"basis: {DEFAULT_CONFIG}\nuitvoer:\n  map: {tmp / name}\n  blok_panden: {blok}\n  werkers: {werkers}\n",
            encoding="utf-8",
        )
        result = CliRunner().invoke(main, ["scan", "--config", str(config), "--geen-kaart"])
        assert result.exit_code == 0, result.output
        outs[name] = (tmp / name, result.output)
    return outs


def test_a_bezit_scan_in_blocks_reads_around_its_complexes_and_writes_the_same(bezit_runs):
    (one, out_one), (blocks, out_blocks) = bezit_runs["een"], bezit_runs["blokken"]
    assert "Complexen over de blokken verdelen" in out_blocks  # it did run in blocks
    a, b = _layer(one, "complexen", "complex_id"), _layer(blocks, "complexen", "complex_id")
    assert len(a) == 40  # every complexnummer of the sample bezit, none lost on a block edge
    pd.testing.assert_frame_equal(
        pd.DataFrame(b.drop(columns="geometry")), pd.DataFrame(a.drop(columns="geometry")), check_dtype=False
    )
    assert _summary(out_blocks) == _summary(out_one)
