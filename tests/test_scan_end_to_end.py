"""End to end: a small world built in code gives the ranking a reader expects."""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner
from scenario import EXPECTED_ORDER, build_world

from optopscan.cli import main


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("world")
    config = build_world(folder)
    result = CliRunner().invoke(main, ["scan", "--config", str(config), "--geen-kaart", "-q"])
    assert result.exit_code == 0, result.output
    return folder, result


def test_ranking_follows_the_obvious_order(scanned):
    folder, _ = scanned
    complexen = pyogrio.read_dataframe(folder / "out" / "shortlist.gpkg", layer="complexen")
    assert list(complexen["complex_id"]) == EXPECTED_ORDER
    assert list(complexen["rang"]) == [1, 2, 3, 4]
    c = complexen.set_index("complex_id")
    assert c.loc["C1", "eigendom"] == "volledig" and c.loc["C2", "eigendom"] == "gespikkeld"
    assert c.loc["C2", "aandeel_corporatie"] == pytest.approx(0.6)
    # C4: plan = today's height → no legal room, but floor(0.5 × 4) = 2 structural storeys:
    # a plan change would unlock floor(600 × 0.5 × 2 / 75) = 8 homes
    assert c.loc["C4", "status"] == "planwijziging nodig" and c.loc["C4", "extra_bouwlagen"] == 0
    assert c.loc["C4", "extra_woningen_constructief"] == 8 and c.loc["C4", "extra_woningen_binnen_plan"] == 0
    assert c.loc["C4", "extra_woningen_kansrijk"] == 0
    # 12 m building, plan 18 m → 2 legal, floor(0.5 × 4) = 2 structural → 2 extra;
    # floor(600 × 0.5 × 2 / 75) = 8 extra homes
    assert c.loc["C1", "extra_bouwlagen"] == 2 and c.loc["C1", "extra_woningen_binnen_plan"] == 8
    # unknown criteria (no zones, monumenten …) give 'let op', whose homes still count as kansrijk
    assert c.loc["C1", "extra_woningen_kansrijk"] == 8 and c.loc["C1", "status"] == "let op"
    assert "buitenplans vergunnen of omgevingsplan aanpassen" in c.loc["C4", "knelpunten"]
    # without buurten, zones, voorzieningen, monumenten only bouwjaar 1 + eigendom 1 + hoogte 3
    # of 9 weight is known: 5 / 9 = 0.56 < 0.8 → klasse at best C, and the reason says why
    assert (c["volledigheid"] == 0.56).all() and set(c["klasse"]) <= {"C", "D", "E"}
    assert "ontbreekt: parkeren — geen parkeernorm" in c.loc["C1", "toelichting"]
    assert "gespikkeld: 6 van 10 woningen in het bouwblok" in c.loc["C2", "toelichting"]


def test_summary_printed(scanned):
    _, result = scanned
    assert "Complexen gescand: 4" in result.output
    assert "theoretisch 32" in result.output  # 4 × floor(600 × 0.5 × 2 / 75)
    assert "1. C1" in result.output


def test_outputs_are_deterministic(tmp_path):
    config = build_world(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["scan", "--config", str(config), "--geen-kaart", "-q"])
    assert first.exit_code == 0, first.output
    csv1 = (tmp_path / "out" / "shortlist.csv").read_bytes()
    second = runner.invoke(main, ["scan", "--config", str(config), "--geen-kaart", "-q"])
    assert second.exit_code == 0
    assert (tmp_path / "out" / "shortlist.csv").read_bytes() == csv1
    table = pd.read_csv(tmp_path / "out" / "shortlist.csv", sep=";", decimal=",")
    assert list(table["complex_id"]) == EXPECTED_ORDER


def test_metadata_stored_in_geopackage(scanned):
    folder, _ = scanned
    meta = pyogrio.read_dataframe(folder / "out" / "shortlist.gpkg", layer="metadata")
    meta = dict(zip(meta["sleutel"], meta["waarde"], strict=True))
    assert meta["gebied"] == "Testdorp (fictief)"
    assert len(meta["config_hash"]) == 16
    assert len(meta["invoer_bag_sha256"]) == 64
    layers = {name for name, _ in pyogrio.list_layers(folder / "out" / "shortlist.gpkg")}
    assert {"complexen", "panden", "metadata"} <= layers


def test_potential_grid_beside_the_shortlist_sums_to_its_totals(scanned):
    import rasterio

    folder, _ = scanned
    complexen = pyogrio.read_dataframe(folder / "out" / "shortlist.gpkg", layer="complexen", read_geometry=False)
    with rasterio.open(folder / "out" / "potentie_100m.tif") as grid:
        # CBS 100 m grid: square 100 m cells, origin on multiples of 100 m
        assert grid.crs.to_epsg() == 28992 and grid.res == (100.0, 100.0)
        assert grid.transform.c % 100 == 0 and grid.transform.f % 100 == 0
        sums = dict(zip(grid.descriptions, grid.read().sum(axis=(1, 2)), strict=True))
    for band, total in sums.items():
        assert total == pytest.approx(complexen[band].fillna(0).sum()), band
    assert sums["extra_woningen_binnen_plan"] > 0 and "extra_woningen_aanplakken" in sums
