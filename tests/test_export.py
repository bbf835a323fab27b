"""The shortlist GeoPackage written in chunks holds the same table as one write."""

from __future__ import annotations

import pandas as pd
import pyogrio
from click.testing import CliRunner
from scenario import build_world

import optopscan.export as export
from optopscan.cli import main


def test_chunked_layers_equal_single_write(tmp_path, monkeypatch):
    config = build_world(tmp_path)
    runner = CliRunner()
    assert (
        runner.invoke(
            main, ["scan", "--config", str(config), "--geen-kaart", "-q", "--out", str(tmp_path / "een")]
        ).exit_code
        == 0
    )
    monkeypatch.setattr(export, "WRITE_CHUNK", 1)
    assert (
        runner.invoke(
            main, ["scan", "--config", str(config), "--geen-kaart", "-q", "--out", str(tmp_path / "stukken")]
        ).exit_code
        == 0
    )
    for layer in ("complexen", "panden"):
        whole = pyogrio.read_dataframe(tmp_path / "een" / "shortlist.gpkg", layer=layer)
        parts = pyogrio.read_dataframe(tmp_path / "stukken" / "shortlist.gpkg", layer=layer)
        assert len(whole) > 1
        pd.testing.assert_frame_equal(
            pd.DataFrame(whole.drop(columns="geometry")), pd.DataFrame(parts.drop(columns="geometry"))
        )
        assert whole.geometry.geom_equals_exact(parts.geometry, tolerance=0).all()
