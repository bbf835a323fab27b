"""The shortlist files as QGIS, Excel and a script see them: typed, valid, styled GeoPackage;
CSV for machines (BOM, ';', decimal comma, ja/nee, no -0); XLSX for people; no live formulas."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import xml.dom.minidom
from decimal import ROUND_HALF_UP, Decimal

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from scenario import build_world
from shapely.geometry import box

import optopscan.export as export
from optopscan.cli import main
from optopscan.config import load_settings
from optopscan.result import ScanResult

ID16 = "0599100000012345"  # 16 digits with a leading zero: Excel would make it 5,991E+14


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    """One scan of the packaged sample district (default config) into a tmp folder."""
    out = tmp_path_factory.mktemp("sample") / "out"
    result = CliRunner().invoke(main, ["-q", "scan", "--out", str(out), "--geen-kaart"])
    assert result.exit_code == 0, result.output
    return out


def _sql(path, query):
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(query).fetchall()


def tricky_complexen() -> gpd.GeoDataFrame:
    """Three complexen with the values that used to come out wrong."""
    return gpd.GeoDataFrame(
        {
            "complex_id": [ID16, "C2", "C3"],
            "rang": [1, 2, 3],
            "score": [90.45, -0.04, np.nan],  # -0.04 rounds to 0,0 and must not print "-0,0"
            "complexnaam": ['=HYPERLINK("x")', "+31 flat", "-gevel"],
            "adres": ["@straat 1", "\tTabstraat 2", "\rRegel 3"],
            "bouwjaar": [1968.0, np.nan, 2001.0],  # float because of the NaN: a whole number all the same
            "hoogte_m": [12.0, 9.25, np.nan],
            "koppelkans_verduurzaming": [True, False, True],
            "monument": pd.array([1, 0, pd.NA], dtype="Int8"),  # nullable boolean as the scan writes it
            "toelichting": ["regel 1\nregel 2", "kort", "-1 laag"],
        },
        geometry=[box(0, 0, 1, 1), box(2, 0, 3, 1), box(4, 0, 5, 1)],
        crs=28992,
    )


# ------------------------------------------------------------------ GeoPackage


def test_gpkg_columns_are_typed_for_qgis(sample_out):
    gpkg = sample_out / "shortlist.gpkg"
    declared = {name: decl for _, name, decl, *_ in _sql(gpkg, 'PRAGMA table_info("complexen")')}
    # whole numbers are INTEGER (no 1968.0), ja/nee columns BOOLEAN, measurements REAL, ids TEXT
    assert declared["bouwjaar"] == "INTEGER"
    assert declared["rang"] == "INTEGER"
    assert declared["extra_woningen_theoretisch"] == "INTEGER"
    assert declared["koppelkans_verduurzaming"] == "BOOLEAN"
    assert declared["monument"] == "BOOLEAN"
    assert declared["hoogte_m"] == "REAL"
    assert declared["complex_id"] == "TEXT"
    scan = {name: decl for _, name, decl, *_ in _sql(gpkg, 'PRAGMA table_info("scan")')}
    assert scan["datum"] == "DATE"
    ((datum, config, config_hash),) = _sql(gpkg, "SELECT datum, config, config_hash FROM scan")
    assert datum == dt.date.today().isoformat()
    settings = load_settings()
    assert config == str(settings.bron.resolve()) and config.startswith("/")
    assert config_hash == settings.hash


def test_gpkg_geometries_valid_and_multi_part_complexes_merged():
    # two panden sharing a wall, as one MultiPolygon: invalid (RQ23 self-intersection) until merged
    shared_wall = shapely.MultiPolygon([box(0, 0, 10, 10), box(10, 0, 20, 10)])
    fixed = export.valid_geometries(np.array([shared_wall, box(30, 0, 40, 10)], dtype=object))
    assert shapely.is_valid(fixed).all()
    assert fixed[0].geom_type == "Polygon" and fixed[0].area == pytest.approx(200.0)  # 10×10 + 10×10
    assert fixed[1].equals(box(30, 0, 40, 10))  # valid ones untouched


def test_gpkg_has_default_qgis_styles_aliases_and_descriptions(sample_out):
    gpkg = sample_out / "shortlist.gpkg"
    styles = {
        name: (geom, qml, default)
        for name, geom, qml, default in _sql(
            gpkg, "SELECT f_table_name, f_geometry_column, styleQML, useAsDefault FROM layer_styles"
        )
    }
    assert {"complexen", "buurten", "panden"} <= set(styles)
    geom, qml, default = styles["complexen"]
    assert geom == "geom" and default == 1
    doc = xml.dom.minidom.parseString(qml)
    renderer = doc.getElementsByTagName("renderer-v2")[0]
    assert renderer.getAttribute("type") == "categorizedSymbol" and renderer.getAttribute("attr") == "klasse"
    values = [c.getAttribute("value") for c in doc.getElementsByTagName("category")]
    assert values[:5] == ["A", "B", "C", "D", "E"]
    assert '"26,122,58,220"' in qml  # klasse A in the kansenkaart's #1a7a3a
    assert doc.getElementsByTagName("text-style")[0].getAttribute("fieldName") == "complexnaam"
    assert doc.getElementsByTagName("rendering")[0].getAttribute("scaleMax") == "5000"
    buurt = xml.dom.minidom.parseString(styles["buurten"][1]).getElementsByTagName("renderer-v2")[0]
    assert buurt.getAttribute("type") == "graduatedSymbol" and buurt.getAttribute("attr").startswith("extra_woningen")

    aliases = dict(_sql(gpkg, "SELECT column_name, name FROM gpkg_data_columns WHERE table_name = 'complexen'"))
    assert aliases["bouwjaar"] == "Bouwjaar" and aliases["plat_dak_m2"] == "Plat dak (m²)"
    assert aliases["score_hoogte"] == "Score hoogte"  # pattern for criteria columns
    assert ("gpkg_data_columns", "gpkg_schema") in _sql(gpkg, "SELECT table_name, extension_name FROM gpkg_extensions")
    described = dict(_sql(gpkg, "SELECT table_name, description FROM gpkg_contents"))
    assert all(described[t] for t in ("complexen", "panden", "buurten", "metadata", "scan"))


def test_extra_layers_are_written(tmp_path):
    cx = tricky_complexen()
    extra = gpd.GeoDataFrame(
        {"complex_id": [ID16], "datum": ["2026-01-31"]}, geometry=[shapely.LineString([(0, 0), (0, 5)])], crs=28992
    )
    result = ScanResult(cx, cx[["complex_id", "geometry"]], None, {}, extra_layers={"aanplaklocaties": extra})
    export.write_gpkg(result, tmp_path / "s.gpkg", {"datum": "2026-01-31", "gebied": "x"})
    layers = set(pyogrio.list_layers(tmp_path / "s.gpkg")[:, 0])
    assert {"complexen", "panden", "aanplaklocaties", "metadata", "scan", "layer_styles"} <= layers
    declared = {name: decl for _, name, decl, *_ in _sql(tmp_path / "s.gpkg", 'PRAGMA table_info("aanplaklocaties")')}
    assert declared["datum"] == "DATE"
    back = pyogrio.read_dataframe(tmp_path / "s.gpkg", layer="complexen")
    assert back.loc[0, "complex_id"] == ID16
    assert back["bouwjaar"].dropna().tolist() == [1968, 2001]


def test_chunked_layers_equal_single_write(tmp_path, monkeypatch):
    config = build_world(tmp_path)
    runner = CliRunner()
    args = ["scan", "--config", str(config), "--geen-kaart", "-q", "--out"]
    assert runner.invoke(main, [*args, str(tmp_path / "een")]).exit_code == 0
    monkeypatch.setattr(export, "WRITE_CHUNK", 1)
    assert runner.invoke(main, [*args, str(tmp_path / "stukken")]).exit_code == 0
    for layer in ("complexen", "panden"):
        whole = pyogrio.read_dataframe(tmp_path / "een" / "shortlist.gpkg", layer=layer)
        parts = pyogrio.read_dataframe(tmp_path / "stukken" / "shortlist.gpkg", layer=layer)
        assert len(whole) > 1
        pd.testing.assert_frame_equal(
            pd.DataFrame(whole.drop(columns="geometry")), pd.DataFrame(parts.drop(columns="geometry"))
        )
        assert whole.geometry.geom_equals_exact(parts.geometry, tolerance=0).all()


# ------------------------------------------------------------------ CSV


def test_csv_for_machines_and_excel_nl(tmp_path):
    path = tmp_path / "s.csv"
    export.write_csv(tricky_complexen(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel-NL reads UTF-8
    table = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert "geometry" not in table
    row = table.iloc[0]
    assert row["complex_id"] == ID16  # all 16 digits, leading zero kept
    assert row["bouwjaar"] == "1968"  # not 1968,0
    assert row["score"] == "90,5"  # 90.45 (as a float 90.4500000000000028) → one decimal, decimal comma
    assert table["score"].tolist()[1] == "0,0"  # -0.04 → 0,0, never -0,0
    assert table["score"].tolist()[2] == ""  # unknown stays empty, not 0
    assert table["hoogte_m"].tolist() == ["12,0", "9,3", ""]  # 9.25 → 9,3 (half away from zero, as fmt and the map)
    assert table["koppelkans_verduurzaming"].tolist() == ["ja", "nee", "ja"]
    assert table["monument"].tolist() == ["ja", "nee", ""]
    assert row["toelichting"] == "regel 1\nregel 2"


def test_no_live_formulas_in_csv_or_xlsx(tmp_path):
    export.write_csv(tricky_complexen(), tmp_path / "s.csv")
    export.write_xlsx(tricky_complexen(), tmp_path / "s.xlsx")
    table = pd.read_csv(tmp_path / "s.csv", sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["complexen"]
    header = [c.value for c in ws[1]]
    xlsx = {name: [ws.cell(row=r, column=header.index(name) + 1).value for r in (2, 3, 4)] for name in header}
    expected_names = ['\'=HYPERLINK("x")', "'+31 flat", "'-gevel"]
    expected_adres = ["'@straat 1", "'\tTabstraat 2", "'\rRegel 3"]
    assert table["complexnaam"].tolist() == expected_names
    assert table["adres"].tolist() == expected_adres
    assert xlsx["complexnaam"] == expected_names
    assert xlsx["toelichting"][2] == "'-1 laag"
    assert all(ws.cell(row=r, column=c).data_type != "f" for r in range(1, 5) for c in range(1, len(header) + 1))


# ------------------------------------------------------------------ Excel


def test_xlsx_for_people(tmp_path):
    path = tmp_path / "s.xlsx"
    export.write_xlsx(tricky_complexen(), path)
    ws = openpyxl.load_workbook(path)["complexen"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}4"
    id_cell = ws.cell(row=2, column=col["complex_id"])
    assert id_cell.value == ID16 and id_cell.data_type == "s"  # text: all 16 digits stay
    year = ws.cell(row=2, column=col["bouwjaar"])
    assert year.value == 1968 and isinstance(year.value, int)
    assert ws.cell(row=3, column=col["bouwjaar"]).value is None  # unknown: empty, not 0
    assert ws.cell(row=2, column=col["score"]).value == pytest.approx(90.4)
    assert ws.cell(row=3, column=col["score"]).value == 0  # -0.04 → 0
    assert [ws.cell(row=r, column=col["koppelkans_verduurzaming"]).value for r in (2, 3, 4)] == ["ja", "nee", "ja"]
    assert ws.cell(row=2, column=col["toelichting"]).alignment.wrap_text
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col["toelichting"])].width >= 60
    assert 8 <= ws.column_dimensions[openpyxl.utils.get_column_letter(col["complex_id"])].width <= 60


def test_xlsx_keeps_the_best_ranked_when_too_long(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", 2)
    export.write_xlsx(tricky_complexen(), tmp_path / "s.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert wb["complexen"].max_row == 3  # header + rang 1 and 2
    assert "shortlist.csv" in wb["let op"]["A1"].value


def test_sample_scan_writes_xlsx_beside_csv(sample_out):
    assert (sample_out / "shortlist.xlsx").exists() and (sample_out / "shortlist.csv").exists()
    ws = openpyxl.load_workbook(sample_out / "shortlist.xlsx")["complexen"]
    csv = pd.read_csv(sample_out / "shortlist.csv", sep=";", dtype=str, encoding="utf-8-sig")
    assert ws.max_row == len(csv) + 1
    assert [c.value for c in ws[1]] == list(csv.columns)


# ------------------------------------------------------------------ properties


@given(st.lists(st.text(max_size=8), min_size=1, max_size=20))
def test_neutralised_text_never_starts_a_formula_and_keeps_the_text(texts):
    out = export.neutralise_formulas(pd.Series(texts, dtype=object))
    for before, after in zip(texts, out, strict=True):
        assert not after.startswith(export.FORMULA_START)
        assert after == (("'" + before) if before.startswith(export.FORMULA_START) else before)


@given(st.lists(st.one_of(st.floats(min_value=-1e6, max_value=1e6), st.just(float("nan"))), min_size=1, max_size=20))
def test_csv_numbers_read_back_as_the_rounded_value(values):
    text = export._numbers(pd.Series(values, dtype="float64"), 1)
    for value, cell in zip(values, text, strict=True):
        if value != value:
            assert cell is pd.NA
            continue
        assert cell != "-0,0"
        # the exact float, halves away from zero (text.fmt, like the map's toFixed)
        expected = float(Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
        assert float(cell.replace(",", ".")) == pytest.approx(expected, abs=1e-9)
