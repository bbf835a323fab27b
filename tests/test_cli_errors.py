"""Bad config and bad input: exit 1 with one Dutch message naming the key/file/layer/column."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
import yaml
from click.testing import CliRunner
from scenario import build_world

from optopscan.cli import main


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output + (result.stderr if hasattr(result, "stderr") else "")


def edit_config(config, **changes):
    data = yaml.safe_load(config.read_text())
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = value
    config.write_text(yaml.safe_dump(data, allow_unicode=True))
    return config


@pytest.fixture
def world(tmp_path):
    return build_world(tmp_path)


@pytest.mark.parametrize(
    "changes, key",
    [
        ({"gewichten__zonligging": 1.0}, "gewichten.zonligging"),
        ({"gewichten__hoogte": -1.0}, "gewichten.hoogte"),
        (
            {
                f"gewichten__{k}": 0
                for k in ("bouwjaar", "eigendom", "hoogte", "parkeren", "voorzieningen", "monument", "veerkracht")
            },
            "gewichten",
        ),
        ({"regels__hoogte__max_extra_bouwlagen": "twee"}, "regels.hoogte.max_extra_bouwlagen"),
        ({"regels__parkeren__drempel_let_op": "tien"}, "regels.parkeren.drempel_let_op"),
        ({"regels__hoogte__onbekend": 3}, "regels.hoogte.onbekend"),
        ({"klassen__bij_blokkade": "F"}, "klassen.bij_blokkade"),
    ],
)
@pytest.mark.parametrize("command", ["scan", "validate"])
def test_bad_config_exits_1_naming_the_key(world, changes, key, command):
    edit_config(world, **changes)
    code, output = run(command, "--config", str(world))
    assert code == 1
    assert f"'{key}'" in output
    assert "Traceback" not in output


def test_missing_config_file(tmp_path):
    code, output = run("scan", "--config", str(tmp_path / "bestaat-niet.yaml"))
    assert code == 1 and "bestaat-niet.yaml" in output


def test_missing_input_file(world):
    (world.parent / "3dbag.gpkg").unlink()
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "3dbag.gpkg" in output and "Traceback" not in output


def test_missing_layer(world):
    folder = world.parent
    pand = gpd.read_file(folder / "bag-light.gpkg", layer="pand")
    (folder / "bag-light.gpkg").unlink()
    pand.to_file(folder / "bag-light.gpkg", layer="pand")  # no verblijfsobject layer
    code, output = run("validate", "--config", str(world))
    assert code == 1
    assert "verblijfsobject" in output and "bag-light.gpkg" in output


def test_missing_column(world):
    folder = world.parent
    heights = gpd.read_file(folder / "3dbag.gpkg", layer="pand").drop(columns=["identificatie"])
    heights.to_file(folder / "3dbag.gpkg", layer="pand")
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "identificatie" in output and "3dbag.gpkg" in output


def test_layer_without_crs(world):
    folder = world.parent
    plans = gpd.read_file(folder / "plannen.gpkg")
    plans.set_crs(None, allow_override=True).to_file(folder / "plannen.gpkg", layer="plannen")
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "plannen.gpkg" in output and "CRS" in output


def test_non_dutch_crs(world):
    folder = world.parent
    africa = gpd.GeoDataFrame({"max_bouwhoogte_m": [10.0]}, geometry=[shapely.box(2e6, -1e6, 2.1e6, -0.9e6)], crs=3857)
    africa.to_file(folder / "plannen.gpkg", layer="plannen")
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "plannen.gpkg" in output and "Nederland" in output


def test_empty_layer(world):
    folder = world.parent
    empty = gpd.read_file(folder / "3dbag.gpkg", layer="pand").iloc[0:0]
    empty.to_file(folder / "3dbag.gpkg", layer="pand")
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "3dbag.gpkg" in output and "geen objecten" in output


def test_unreadable_csv(world):
    (world.parent / "bezit.csv").write_bytes(b"\x00\x01\x02 dit is geen csv \xff\xfe")
    code, output = run("scan", "--config", str(world))
    assert code == 1
    assert "bezit.csv" in output and "Traceback" not in output


def test_failed_scan_leaves_previous_output_untouched(world):
    folder = world.parent
    assert run("scan", "--config", str(world), "--geen-kaart", "-q")[0] == 0
    before = (folder / "out" / "shortlist.csv").read_bytes()
    (folder / "3dbag.gpkg").unlink()
    assert run("scan", "--config", str(world), "--geen-kaart", "-q")[0] == 1
    assert (folder / "out" / "shortlist.csv").read_bytes() == before
    assert sorted(p.name for p in (folder / "out").iterdir()) == [
        "potentie_100m.tif",
        "shortlist.csv",
        "shortlist.gpkg",
        "shortlist.xlsx",
    ]


def test_usage_error_exits_2():
    code, _ = run("scan", "--bestaat-niet")
    assert code == 2
