"""Context loaders: CBS buurten, parkeerzones, voorzieningen, monumenten, energielabels."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
from shapely.geometry import Point, box

from optopscan.errors import CrsError, MissingColumnError, MissingFileError, MissingLayerError
from optopscan.io.context import (
    read_buurten,
    read_energielabels,
    read_monumenten,
    read_parkeerzones,
    read_voorzieningen,
)

X0, Y0 = 85000.0, 447000.0


def _cbs(path):
    buurten = gpd.GeoDataFrame(
        {
            "buurtcode": ["BU05030000", "BU05030001", "BU05030002"],
            "buurtnaam": ["Centrum", "Wippolder", "Haven"],
            "wijkcode": ["WK050300"] * 3,
            "gemeentecode": ["GM0503"] * 3,
            "gemeentenaam": ["Delft"] * 3,
            "water": ["NEE", "NEE", "JA"],
            "aantal_inwoners": [1200, -99997, 5],
            "stedelijkheid_adressen_per_km2": [1, 2, -99995],
            "afstand_tot_grote_supermarkt": [0.4, -99995.0, 1.9],
        },
        geometry=[box(X0 + 100 * i, Y0, X0 + 100 * i + 90, Y0 + 90) for i in range(3)],
        crs=28992,
    )
    pyogrio.write_dataframe(buurten, path, layer="buurten")
    pyogrio.write_dataframe(buurten.iloc[:1], path, layer="gemeenten")
    return path


def test_read_buurten_sentinels(tmp_path):
    b = read_buurten(_cbs(tmp_path / "wijkenbuurten.gpkg"))
    assert list(b.columns[:5]) == ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "stedelijkheid"]
    assert b["stedelijkheid"].tolist()[:2] == [1.0, 2.0] and np.isnan(b["stedelijkheid"].iloc[2])
    assert np.isnan(b["aantal_inwoners"].iloc[1]) and b["aantal_inwoners"].iloc[0] == 1200
    assert np.isnan(b["afstand_tot_grote_supermarkt"].iloc[1])
    assert b["water"].tolist() == ["NEE", "NEE", "JA"]
    assert b.crs.to_epsg() == 28992


def test_read_buurten_errors(tmp_path):
    path = _cbs(tmp_path / "wb.gpkg")
    with pytest.raises(MissingLayerError) as e:
        read_buurten(path, layer="wijken")
    assert "buurten, gemeenten" in str(e.value)
    bad = tmp_path / "zonder.gpkg"
    gdf = gpd.GeoDataFrame(
        {"buurtcode": ["BU1"], "buurtnaam": ["x"], "gemeentecode": ["GM1"]},
        geometry=[box(X0, Y0, X0 + 1, Y0 + 1)],
        crs=28992,
    )
    pyogrio.write_dataframe(gdf, bad, layer="buurten")
    with pytest.raises(MissingColumnError) as e:
        read_buurten(bad)
    assert e.value.column == "gemeentenaam" and "zonder.gpkg" in str(e.value)


def test_read_parkeerzones(tmp_path):
    path = tmp_path / "parkeren.gpkg"
    gdf = gpd.GeoDataFrame(
        {"Gebied": ["A", "B"], "norm": ["0,8", "1.2"]},
        geometry=[box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 30, Y0 + 10)],
        crs=28992,
    )
    pyogrio.write_dataframe(gdf, path, layer="zones")
    z = read_parkeerzones(path, zone_column="gebied", norm_column="norm")
    assert list(z.columns) == ["zone", "parkeernorm", "geometry"]
    assert z["zone"].tolist() == ["A", "B"] and z["parkeernorm"].tolist() == [0.8, 1.2]
    with pytest.raises(MissingColumnError) as e:
        read_parkeerzones(path)
    assert "'zone'" in str(e.value) and "'zones'" in str(e.value)


def test_read_voorzieningen(tmp_path):
    path = tmp_path / "voorzieningen.gpkg"
    gdf = gpd.GeoDataFrame(
        {"soort": ["Supermarkt", "Huisarts"], "naam": ["AH", None]},
        geometry=[box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 30, Y0 + 10)],
        crs=28992,
    )
    pyogrio.write_dataframe(gdf, path, layer="v")
    v = read_voorzieningen(path)
    assert list(v.columns) == ["soort", "hov", "naam", "geometry"]
    assert v["soort"].tolist() == ["supermarkt", "huisarts"]
    assert not v["hov"].any() and v["naam"].tolist() == ["AH", ""]
    assert (v.geom_type == "Point").all()
    assert v.geometry.iloc[0].within(box(X0, Y0, X0 + 10, Y0 + 10))

    stations = tmp_path / "ov.gpkg"
    pts = gpd.GeoDataFrame(
        {"type": ["Station", "Bushalte"], "hov": [1, 0]}, geometry=[Point(4.36, 52.0), Point(4.37, 52.01)], crs=4326
    )
    pyogrio.write_dataframe(pts, stations, layer="haltes")
    s = read_voorzieningen(stations, soort_column="type")
    assert s["hov"].tolist() == [True, False] and s.crs.to_epsg() == 28992
    assert s["soort"].tolist() == ["station", "bushalte"]


def test_read_voorzieningen_non_dutch(tmp_path):
    path = tmp_path / "elders.gpkg"
    pts = gpd.GeoDataFrame({"soort": ["school"]}, geometry=[Point(36.8, -1.3)], crs=4326)
    pyogrio.write_dataframe(pts, path, layer="v")
    with pytest.raises(CrsError) as e:
        read_voorzieningen(path)
    assert "geen Nederlandse coördinaten" in str(e.value)


def test_read_monumenten(tmp_path):
    path = tmp_path / "rm.gpkg"
    gdf = gpd.GeoDataFrame(
        {
            "rijksmonument_nummer": [12345.0, 501],
            "hoofdcategorie": ["Woningen en woningbouwcomplexen", "Religieuze gebouwen"],
        },
        geometry=[Point(X0, Y0), Point(X0 + 5, Y0)],
        crs=28992,
    )
    pyogrio.write_dataframe(gdf, path, layer="rijksmonumenten")
    m = read_monumenten(path)
    assert m["monumentnummer"].tolist() == ["12345", "501"]
    assert m["hoofdcategorie"].iloc[1] == "Religieuze gebouwen"
    only_nr = tmp_path / "rm2.gpkg"
    pyogrio.write_dataframe(gdf[["geometry"]].assign(monumentnummer=["7", "8"]), only_nr, layer="x")
    m2 = read_monumenten(only_nr)
    assert m2["monumentnummer"].tolist() == ["7", "8"] and (m2["hoofdcategorie"] == "").all()
    with pytest.raises(MissingColumnError) as e:
        read_monumenten(_cbs(tmp_path / "cbs.gpkg"))
    assert "rijksmonument_nummer" in str(e.value)


EP_CSV = (
    "Energielabels EP-Online;;;;;;;\n"
    "Peildatum: 01-06-2025;;;;;;;\n"
    "Pand_opnamedatum;Pand_bagverblijfsobjectid;Pand_bagpandid;Pand_energieklasse;"
    "Pand_postcode;Pand_huisnummer;Pand_huisletter;Pand_huisnummertoevoeging;"
    "Pand_energieprestatieindex\n"
    "20240101;503010000000011;503100000000001;A+;2628CD;1;;;1,23\n"
    "20240102;0503010000000012;0503100000000001;c;2628 cd;2;a;-2;2,5\n"
)


def test_read_energielabels(tmp_path):
    path = tmp_path / "ep.csv"
    path.write_text(EP_CSV, encoding="utf-8")
    e = read_energielabels(path)
    assert e["vbo_id"].tolist() == ["0503010000000011", "0503010000000012"]
    assert e["pand_id"].tolist() == ["0503100000000001"] * 2
    assert e["energieklasse"].tolist() == ["A+", "C"]
    assert e["postcode"].tolist() == ["2628CD", "2628CD"]
    assert e["huisletter"].tolist() == ["", "A"] and e["toevoeging"].tolist() == ["", "2"]
    # without preamble (older exports)
    path2 = tmp_path / "ep_oud.csv"
    path2.write_text("\n".join(EP_CSV.splitlines()[2:]) + "\n", encoding="cp1252")
    assert len(read_energielabels(path2)) == 2


def test_read_energielabels_errors(tmp_path):
    with pytest.raises(MissingFileError):
        read_energielabels(tmp_path / "ep.csv")
    path = tmp_path / "niet_ep.csv"
    path.write_text("a;b;c\n1;2;3\n")
    with pytest.raises(MissingColumnError) as e:
        read_energielabels(path)
    assert "Pand_bagverblijfsobjectid" in str(e.value) and "niet_ep.csv" in str(e.value)
