"""The toelichting is written in one place from structured columns: a compact shortlist stores
no text, yet every complex's full explanation comes back — in ``optopscan uitleg``, the Excel
file and the kansenkaart — equal to the text a full scan writes."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
from pathlib import Path

import openpyxl
import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from optopscan.cli import main
from optopscan.config import DEFAULT_CONFIG, Settings, load_settings
from optopscan.errors import ConfigError
from optopscan.explain import compact_toelichting, extra_toelichting, settings_from_text, settings_text, toelichting
from optopscan.export import write_gpkg
from optopscan.inputs import load_inputs
from optopscan.render.kansenkaart import read_shortlist
from optopscan.scan import run_scan


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), prog_name="optopscan")
    return result.exit_code, result.output


def config(folder: Path, name: str, **uitvoer: object) -> Path:
    """A config on top of the packaged one, writing into ``folder/name``."""
    lines = [f"basis: {DEFAULT_CONFIG}", "uitvoer:", f"  map: {folder / name}", f"  kaarten: {folder / name}"]
    lines += [f"  {key}: {value}" for key, value in uitvoer.items()]
    path = folder / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> dict[str, Path]:
    """The sample (40 complexes) scanned twice: volledig, and auto with the compact threshold
    at 39 (40 > 39 → compact). Returns the output folder of each."""
    folder = tmp_path_factory.mktemp("scans")
    runs = {
        "volledig": {"toelichting": "volledig"},
        "compact": {"toelichting": "auto", "toelichting_compact_vanaf": 39},
    }
    for name, uitvoer in runs.items():
        code, output = run("-q", "scan", "--config", str(config(folder, name, **uitvoer)))
        assert code == 0, output
    return {name: folder / name for name in runs}


def layer(folder: Path) -> pd.DataFrame:
    return pyogrio.read_dataframe(folder / "shortlist.gpkg", layer="complexen", read_geometry=False)


def test_rebuilt_from_the_geopackage_equals_the_scans_text_for_every_complex(scans):
    full = layer(scans["volledig"])
    rebuilt = toelichting(full.drop(columns="toelichting"), load_settings())
    assert len(full) == 40
    assert rebuilt.tolist() == full["toelichting"].tolist()


def test_compact_shortlist_has_no_text_column_but_stores_the_settings(scans):
    compact = layer(scans["compact"])
    assert "toelichting" not in compact.columns
    with open(scans["compact"] / "shortlist.csv", encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh, delimiter=";"))
    assert "toelichting" not in header and "complex_id" in header
    with sqlite3.connect(scans["compact"] / "shortlist.gpkg") as con:
        meta = dict(con.execute("SELECT sleutel, waarde FROM metadata").fetchall())
        description = con.execute("SELECT description FROM gpkg_contents WHERE table_name = 'complexen'").fetchone()[0]
    assert meta["toelichting"] == "compact"
    assert "optopscan uitleg <complex_id>" in description
    stored = settings_from_text(meta["instellingen"])
    assert stored.uitvoer.toelichting_compact_vanaf == 39 and stored.gewichten == load_settings().gewichten
    # same complexes, same verdicts as the full scan: only the text column is gone
    full = layer(scans["volledig"])
    assert compact["complex_id"].tolist() == full["complex_id"].tolist()
    assert compact["klasse"].tolist() == full["klasse"].tolist()


def test_uitleg_prints_the_same_text_in_compact_and_volledig_mode(scans):
    code_c, compact = run("uitleg", "C0101", "--shortlist", str(scans["compact"] / "shortlist.gpkg"))
    code_v, volledig = run("uitleg", "C0101", "--shortlist", str(scans["volledig"] / "shortlist.gpkg"))
    assert code_c == 0 and code_v == 0, compact + volledig
    assert compact == volledig
    row = layer(scans["volledig"]).set_index("complex_id").loc["C0101"]
    # header line with rang, klasse and status, then the scan's toelichting line by line
    first, *rest = compact.splitlines()
    assert first.startswith("Complex C0101 ") and f"rang {row['rang']}, klasse {row['klasse']}" in first
    assert f"status {row['status']}" in first
    assert "\n".join(rest) == row["toelichting"]


def test_uitleg_finds_the_shortlist_through_the_config(scans):
    code, output = run("uitleg", "C0101", "--config", str(scans["compact"].parent / "compact.yaml"))
    assert code == 0, output
    assert output.startswith("Complex C0101 ")


def test_uitleg_unknown_complex_or_missing_file_is_exit_1_in_dutch(scans, tmp_path):
    code, output = run("uitleg", "C9999", "--shortlist", str(scans["compact"] / "shortlist.gpkg"))
    assert code == 1
    assert "geen complex met id 'C9999'" in output and "complex_id" in output and "Traceback" not in output
    code, output = run("uitleg", "C0101", "--shortlist", str(tmp_path / "weg.gpkg"))
    assert code == 1
    assert "de shortlist bestaat niet" in output and "optopscan scan" in output


def test_uitleg_quotes_the_id_in_the_filter(scans):
    code, output = run("uitleg", "x' OR '1'='1", "--shortlist", str(scans["compact"] / "shortlist.gpkg"))
    assert code == 1 and "geen complex met id" in output


def test_excel_of_a_compact_scan_keeps_the_toelichting(scans):
    def sheet(folder: Path) -> dict[str, str]:
        ws = openpyxl.load_workbook(folder / "shortlist.xlsx", read_only=True)["complexen"]
        rows = list(ws.iter_rows(values_only=True))
        col = {name: i for i, name in enumerate(rows[0])}
        return {r[col["complex_id"]]: r[col["toelichting"]] for r in rows[1:]}

    full = sheet(scans["volledig"])
    assert len(full) == 40 and sheet(scans["compact"]) == full


def test_kansenkaart_of_a_compact_shortlist_shows_the_same_toelichting(scans):
    compact = read_shortlist(scans["compact"] / "shortlist.gpkg").complexen
    full = read_shortlist(scans["volledig"] / "shortlist.gpkg").complexen
    assert compact["toelichting"].tolist() == full["toelichting"].tolist()
    assert (scans["compact"] / "kansenkaart.html").read_bytes() == (scans["volledig"] / "kansenkaart.html").read_bytes()


def test_area_scan_without_context_layers_rebuilds_exactly(tmp_path):
    """Every pand its own complex, no monumenten, parkeerzones or voorzieningen: the unknown
    branches of the criteria; the text read back from the GeoPackage equals the scan's."""
    s = load_settings()
    s = dataclasses.replace(
        s,
        invoer=dataclasses.replace(s.invoer, bezit=None, monumenten=None, parkeerzones=None, voorzieningen=None),
        uitvoer=dataclasses.replace(s.uitvoer, toelichting="volledig"),
    )
    result = run_scan(s, load_inputs(s))
    assert len(result.complexen) > 40
    path = tmp_path / "shortlist.gpkg"
    write_gpkg(result, path, {"gebied": s.gebied})
    back = pyogrio.read_dataframe(path, layer="complexen", read_geometry=False)
    assert toelichting(back.drop(columns="toelichting"), s).tolist() == result.complexen["toelichting"].tolist()
    assert (
        back["toelichting"]
        .str.contains("monument (gewicht 1): onbekend (geen monumentenlaag opgegeven)", regex=False)
        .all()
    )


def test_compact_from_the_threshold_on():
    s = load_settings()

    def mode(m: str, vanaf: int = 100_000) -> Settings:
        return dataclasses.replace(
            s, uitvoer=dataclasses.replace(s.uitvoer, toelichting=m, toelichting_compact_vanaf=vanaf)
        )

    assert s.uitvoer.toelichting == "auto" and s.uitvoer.toelichting_compact_vanaf == 100_000
    assert not compact_toelichting(mode("auto"), 100_000)  # "more than": 100,000 stays full
    assert compact_toelichting(mode("auto"), 100_001)
    assert not compact_toelichting(mode("volledig"), 11_400_000)
    assert compact_toelichting(mode("compact"), 1)
    assert compact_toelichting(mode("auto", 0), 1) and not compact_toelichting(mode("auto", 0), 0)


def test_extra_lines_forms_ahn_and_implausible_input():
    frame = pd.DataFrame(
        {
            "vormen": ["optoppen: 4 woningen binnen plan", "", None],
            "hoogtebron": ["ahn", "3dbag+ahn", "3dbag"],
            "onwaarschijnlijk": ["bouwjaar 2999", "", None],
        }
    )
    assert extra_toelichting(frame).tolist() == [
        "\nvormen: optoppen: 4 woningen binnen plan\nhoogte uit AHN (pand nog niet in 3D BAG)\ninvoer: bouwjaar 2999",
        "\nvormen: \nhoogte deels uit AHN (panden nog niet in 3D BAG)",
        "\nvormen: ",
    ]


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("toelichting", "kort", "uitvoer.toelichting"),
        ("toelichting", "true", "uitvoer.toelichting"),
        ("toelichting_compact_vanaf", "-1", "uitvoer.toelichting_compact_vanaf"),
        ("toelichting_compact_vanaf", "veel", "uitvoer.toelichting_compact_vanaf"),
    ],
)
def test_bad_toelichting_config_names_the_key(tmp_path, key, value, words):
    with pytest.raises(ConfigError) as exc:
        load_settings(config(tmp_path, "fout", **{key: value}))
    assert words in str(exc.value)


def test_settings_survive_the_metadata_text():
    s = load_settings()
    back = settings_from_text(settings_text(s))
    assert dataclasses.replace(back, bron=None, hash="") == dataclasses.replace(s, bron=None, hash="")
