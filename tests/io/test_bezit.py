"""Corporatie bezit: CSV / XLSX / VERA JSON reading and matching to BAG verblijfsobjecten."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from optopscan.errors import (
    EmptyLayerError,
    MissingColumnError,
    MissingFileError,
    UnreadableFileError,
)
from optopscan.io.bezit import OUTPUT_COLUMNS, MatchReport, match_bezit, read_bezit

CSV_SEMICOLON = (
    "VHE-nummer;Complex;Straat;Huisnummer;Toevoeging;Postcode;Plaats;BAG-verblijfsobject-id\n"
    "1001;C12;Coöperatiestraat;1;;2628 cd;Delft;503010000000011\n"
    "1002;C12;Coöperatiestraat;2;-2;2628CD;Delft;\n"
    "1003;C13;Mekelweg;5a;;2628ce;Delft;\n"
    ";;;;;;;\n"
)


def test_csv_semicolon_cp1252(tmp_path):
    path = tmp_path / "bezit.csv"
    path.write_bytes(CSV_SEMICOLON.encode("cp1252"))
    df = read_bezit(path)
    assert list(df.columns) == OUTPUT_COLUMNS
    assert df["vhe_id"].tolist() == ["1001", "1002", "1003"]
    assert df["complexnummer"].tolist() == ["C12", "C12", "C13"]
    assert df["straat"].iloc[0] == "Coöperatiestraat"
    assert df["vbo_id"].iloc[0] == "0503010000000011" and df["vbo_id"].iloc[1:].isna().all()
    assert df["toevoeging"].tolist() == ["", "2", ""]
    assert df["huisnummer"].tolist() == [1, 2, 5] and str(df["huisnummer"].dtype) == "Int64"
    assert df["huisletter"].tolist() == ["", "", "A"]  # "5a" split
    assert df["postcode"].tolist() == ["2628CD", "2628CD", "2628CE"]
    assert df["woonplaats"].tolist() == ["Delft"] * 3
    assert df["bron_rij"].tolist() == [1, 2, 3]


def test_csv_comma_utf8_bom_and_custom_columns(tmp_path):
    path = tmp_path / "bezit.csv"
    text = (
        "Eenheid,Cluster,adresseerbaarobject,postcode,huisnummer,huisletter,"
        "huisnummertoevoeging\n77,9,0503010000000011,2628CD,1,b,\n"
    )
    path.write_text(text, encoding="utf-8-sig")
    df = read_bezit(path)
    assert df.loc[0, "vhe_id"] == "77" and df.loc[0, "complexnummer"] == "9"
    assert df.loc[0, "huisletter"] == "B" and df.loc[0, "straat"] == ""
    path2 = tmp_path / "eigen.csv"
    path2.write_text("mijn_vhe;mijn_complex;adres_id\nA1;K1;503010000000011\n")
    df2 = read_bezit(path2, columns={"vhe_id": ["mijn_vhe"], "complexnummer": ["mijn_complex"], "vbo_id": ["adres_id"]})
    assert df2.loc[0, "vhe_id"] == "A1" and df2.loc[0, "vbo_id"] == "0503010000000011"


def test_xlsx(tmp_path):
    path = tmp_path / "bezit.xlsx"
    pd.DataFrame(
        {
            "VHE nummer": [1001, 1002],
            "Complexnummer": [12, 12],
            "Postcode": ["2628 CD", "2628CD"],
            "Huisnummer": [1, 2],
            "BAG VBO ID": [503010000000011, None],
        }
    ).to_excel(path, index=False)
    df = read_bezit(path, columns={"vbo_id": ["bag vbo id"]})
    assert df["vhe_id"].tolist() == ["1001", "1002"]
    assert df["complexnummer"].tolist() == ["12", "12"]
    assert df["vbo_id"].iloc[0] == "0503010000000011" and pd.isna(df["vbo_id"].iloc[1])


def test_vera_real_folder(real_data):
    df = read_bezit(real_data / "vera")
    assert len(df) == 17
    assert df["vhe_id"].iloc[0] == "12006000004"
    assert (df["complexnummer"] == "").all()  # the published records carry no clusters
    assert df["vbo_id"].isna().all()  # BAG ids were blanked by the publisher
    assert df["woonplaats"].iloc[0] == "ROTTERDAM"
    assert "C" in set(df["toevoeging"])
    assert df["bron_rij"].tolist() == list(range(1, 18))


def test_vera_with_clusters_and_address(tmp_path):
    folder = tmp_path / "vera"
    folder.mkdir()
    unit = {
        "id": "VHE-1",
        "bouwjaar": 1975,
        "adres": {
            "straatnaam": "Mekelweg",
            "huisnummer": "12",
            "huisnummerToevoeging": "a",
            "postcode": "2628 cd",
            "woonplaats": {"naam": "DELFT"},
        },
        "adresseerbaarObjectBasisregistratie": {"id": "x", "bagIdentificatie": "503010000000011"},
        "clusters": [
            {"id": "F1", "soort": {"code": "FIN", "naam": "Financieel"}},
            {"id": "K7", "soort": {"code": "COM", "naam": "Complex"}},
        ],
    }
    (folder / "a.json").write_text(json.dumps(unit))
    (folder / "b.json").write_text(json.dumps({**unit, "id": "VHE-2", "clusters": None}))
    df = read_bezit(folder)
    assert df["complexnummer"].tolist() == ["K7", ""]
    assert df.loc[0, "vbo_id"] == "0503010000000011" and df.loc[0, "huisnummer"] == 12
    assert df.loc[0, "postcode"] == "2628CD" and df.loc[0, "toevoeging"] == "A"


def test_missing_required_columns(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("vhe;straat\n1;Mekelweg\n")
    with pytest.raises(MissingColumnError) as e:
        read_bezit(path)
    assert "complexnummer" in str(e.value) and "cluster" in str(e.value)
    assert "b.csv" in str(e.value)
    path.write_text("vhe;complex;straat\n1;2;Mekelweg\n")
    with pytest.raises(MissingColumnError) as e:
        read_bezit(path)
    assert "vbo_id" in str(e.value) and "postcode" in str(e.value)


def test_bad_inputs(tmp_path):
    with pytest.raises(MissingFileError):
        read_bezit(tmp_path / "nope.csv")
    bin_ = tmp_path / "bin.csv"
    bin_.write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 100)
    with pytest.raises(UnreadableFileError) as e:
        read_bezit(bin_)
    assert "bin.csv" in str(e.value)
    empty = tmp_path / "leeg.csv"
    empty.write_text("vhe;complex;vbo_id\n")
    with pytest.raises(EmptyLayerError):
        read_bezit(empty)
    folder = tmp_path / "vera"
    folder.mkdir()
    (folder / "x.json").write_text("{kapot")
    with pytest.raises(UnreadableFileError) as e:
        read_bezit(folder)
    assert "x.json" in str(e.value)


# --------------------------------------------------------------------------- matching


@pytest.fixture
def vbo():
    return gpd.GeoDataFrame(
        {
            "vbo_id": ["0503010000000011", "0503010000000012", "0503010000000013", "0503010000000014"],
            "pand_id": ["0503100000000001", "0503100000000001", "0503100000000002", "0503100000000002"],
            "postcode": ["2628CD", "2628CD", "2628CE", "2628CE"],
            "huisnummer": pd.array([1, 2, 5, 7], dtype="Int64"),
            "huisletter": ["", "", "A", ""],
            "toevoeging": ["", "2", "", "BIS"],
        },
        geometry=[Point(85000 + i, 447000) for i in range(4)],
        crs=28992,
    )


def test_match_bezit(vbo):
    bezit = pd.DataFrame(
        {
            "vhe_id": ["1", "2", "3", "4", "5", "6", "7"],
            "complexnummer": ["C"] * 7,
            "straat": [""] * 7,
            "huisnummer": pd.array([1, 2, 5, 7, 9, None, 9], dtype="Int64"),
            "huisletter": ["", "", "", "", "", "", ""],
            "toevoeging": ["", "-2", "a", " bis", "", "", ""],
            "postcode": ["2628CD", "2628 cd", "2628CE", "2628CE", "2628CE", "", ""],
            "woonplaats": [""] * 7,
            "vbo_id": ["503010000000011", None, None, None, "0503010000099999", "0503010000099999", None],
            "bron_rij": range(1, 8),
        }
    )
    out, rep = match_bezit(bezit, vbo)
    assert out["match"].tolist() == ["id", "adres", "adres", "adres", "geen", "geen", "geen"]
    assert out["vbo_id"].iloc[:4].tolist() == [
        "0503010000000011",
        "0503010000000012",
        "0503010000000013",
        "0503010000000014",
    ]
    assert out["pand_id"].iloc[:4].tolist() == [
        "0503100000000001",
        "0503100000000001",
        "0503100000000002",
        "0503100000000002",
    ]
    assert out["vbo_id"].iloc[4:].isna().all() and out["pand_id"].iloc[4:].isna().all()
    assert out["match_reden"].tolist() == [
        "",
        "",
        "",
        "",
        "BAG-id onbekend en adres niet gevonden",
        "BAG-id onbekend en geen adres",
        "geen BAG-id en geen adres",
    ]
    assert isinstance(rep, MatchReport)
    assert rep.counts == {"id": 1, "adres": 3, "geen": 3}
    assert list(rep.ongematcht["vhe_id"]) == ["5", "6", "7"]
    text = rep.summary()
    assert "7 eenheden" in text and "1 gekoppeld op BAG-verblijfsobject-id" in text
    assert "3 niet gekoppeld" in text and "BAG-id onbekend en geen adres: 1" in text


def test_match_bezit_after_read(tmp_path, vbo):
    path = tmp_path / "bezit.csv"
    path.write_bytes(CSV_SEMICOLON.encode("cp1252"))
    out, rep = match_bezit(read_bezit(path), vbo)
    assert out["match"].tolist() == ["id", "adres", "adres"]
    assert rep.geen == 0 and "niet-gekoppelde" not in rep.summary()
