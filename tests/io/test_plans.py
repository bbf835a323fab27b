"""Bestemmingsplannen: real IMRO2012 GML (Goes), GML built in code, and GeoPackages."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
from shapely.geometry import box

from optopscan.errors import (
    InputDataError,
    MissingColumnError,
    MissingFileError,
    UnreadableFileError,
)
from optopscan.io.plans import Plannen, read_plannen

X0, Y0 = 50000.0, 390000.0  # Goes
BPBS02 = "goes_stationsomgeving_zuidoost_BPBS02.gml"
BPBS03 = "NL.IMRO.0664.BPBS03-ON99.gml"


def test_real_bpbs02_heights(real_data):
    p = read_plannen([real_data / "imro" / BPBS02])
    assert isinstance(p, Plannen)
    m = p.maatvoering
    assert list(m.columns) == ["max_bouwhoogte_m", "max_bouwlagen", "bron", "geometry"]
    assert len(m) == 26
    assert m["max_bouwhoogte_m"].min() == 3.0 and m["max_bouwhoogte_m"].max() == 11.0
    assert m["max_bouwlagen"].isna().all()
    assert (m["bron"] == BPBS02).all() and m.crs.to_epsg() == 28992
    b = p.bestemmingen
    assert list(b.columns) == ["bestemmingshoofdgroep", "wonen_toegestaan", "bron", "geometry"]
    assert b.loc[b["bestemmingshoofdgroep"] == "wonen", "wonen_toegestaan"].all()
    assert not b.loc[b["bestemmingshoofdgroep"] == "kantoor", "wonen_toegestaan"].any()


def test_real_bpbs03_storeys_only(real_data):
    m = read_plannen([real_data / "imro" / BPBS03]).maatvoering
    assert len(m) == 11
    assert m["max_bouwhoogte_m"].isna().all()
    assert m["max_bouwlagen"].notna().all() and m["max_bouwlagen"].max() == 8.0


def test_real_files_concatenate(real_data):
    p = read_plannen([real_data / "imro" / BPBS02, real_data / "imro" / BPBS03])
    assert p.maatvoering["bron"].value_counts().to_dict() == {BPBS02: 26, BPBS03: 11}
    assert set(p.bestemmingen["bron"]) == {BPBS02, BPBS03}


def _gml(path, layer: str, **cols) -> None:
    n = len(next(iter(cols.values())))
    gdf = gpd.GeoDataFrame(
        cols, geometry=[box(X0 + 20 * i, Y0, X0 + 20 * i + 10, Y0 + 10) for i in range(n)], crs=28992
    )
    pyogrio.write_dataframe(gdf, path, layer=layer, driver="GML")


def test_gml_imro2008_style_and_decimal_comma(tmp_path):
    path = tmp_path / "plan2008.gml"
    _gml(
        path,
        "Maatvoering",
        waarde=["7,5", "4", "3"],
        waardeType=[
            "maatvoering; hoogte; bouwhoogte; maximum bouwhoogte (m)",
            "maatvoering; hoogte; goothoogte; maximum goothoogte (m)",
            "Maximum Aantal Bouwlagen",
        ],
    )
    p = read_plannen([path])
    m = p.maatvoering
    assert m["max_bouwhoogte_m"].tolist()[0] == 7.5 and np.isnan(m["max_bouwlagen"].iloc[0])
    assert m["max_bouwlagen"].tolist()[1] == 3.0
    assert len(m) == 2 and len(p.bestemmingen) == 0


def test_gml_without_relevant_types_gives_empty_maatvoering(tmp_path):
    path = tmp_path / "goot.gml"
    _gml(path, "Maatvoering", waarde=["4"], waardeType=["maximum goothoogte (m)"])
    p = read_plannen(path)
    assert len(p.maatvoering) == 0
    assert list(p.maatvoering.columns) == ["max_bouwhoogte_m", "max_bouwlagen", "bron", "geometry"]


def test_gml_enkelbestemming_only(tmp_path):
    path = tmp_path / "best.gml"
    _gml(path, "Enkelbestemming", bestemmingshoofdgroep=["Gemengd", "bedrijf"])
    p = read_plannen([path])
    assert len(p.maatvoering) == 0
    assert p.bestemmingen["wonen_toegestaan"].tolist() == [True, False]
    assert p.bestemmingen["bestemmingshoofdgroep"].tolist() == ["gemengd", "bedrijf"]


def test_gml_without_plan_layers(tmp_path):
    path = tmp_path / "bouwvlak.gml"
    _gml(path, "Bouwvlak", naam=["bouwvlak"])
    with pytest.raises(InputDataError) as e:
        read_plannen([path])
    assert "Maatvoering" in str(e.value) and "Bouwvlak" in str(e.value)
    assert "bouwvlak.gml" in str(e.value)


def test_unreadable_and_missing(tmp_path):
    bad = tmp_path / "kapot.gml"
    bad.write_text("<dit is <geen gml")
    with pytest.raises(UnreadableFileError) as e:
        read_plannen([bad])
    assert "kapot.gml" in str(e.value)
    with pytest.raises(MissingFileError):
        read_plannen([tmp_path / "weg.gml"])
    other = tmp_path / "plan.pdf"
    other.write_text("x")
    with pytest.raises(UnreadableFileError):
        read_plannen([other])


def test_gpkg_plan(tmp_path):
    path = tmp_path / "eigen.gpkg"
    other = gpd.GeoDataFrame({"x": [1]}, geometry=[box(X0, Y0, X0 + 1, Y0 + 1)], crs=28992)
    pyogrio.write_dataframe(other, path, layer="aaa_iets_anders")
    plan = gpd.GeoDataFrame(
        {
            "max_bouwhoogte_m": [12.0, None],
            "max_bouwlagen": [None, 4],
            "wonen_toegestaan": [True, False],
            "bestemmingshoofdgroep": ["wonen", "kantoor"],
        },
        geometry=[box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 30, Y0 + 10)],
        crs=28992,
    )
    pyogrio.write_dataframe(plan, path, layer="plannen")
    p = read_plannen([path])
    assert p.maatvoering["max_bouwhoogte_m"].tolist()[0] == 12.0
    assert p.maatvoering["max_bouwlagen"].tolist()[1] == 4.0
    assert p.bestemmingen["wonen_toegestaan"].tolist() == [True, False]
    assert (p.maatvoering["bron"] == "eigen.gpkg").all()

    heights_only = tmp_path / "h.gpkg"
    pyogrio.write_dataframe(plan[["max_bouwhoogte_m", "geometry"]], heights_only, layer="x")
    q = read_plannen([heights_only])
    assert len(q.maatvoering) == 1 and len(q.bestemmingen) == 0


def test_gpkg_plan_without_height_columns(tmp_path):
    path = tmp_path / "geen.gpkg"
    gdf = gpd.GeoDataFrame({"hoogte": [3.0]}, geometry=[box(X0, Y0, X0 + 1, Y0 + 1)], crs=28992)
    pyogrio.write_dataframe(gdf, path, layer="plannen")
    with pytest.raises(MissingColumnError) as e:
        read_plannen([path])
    assert "max_bouwhoogte_m" in str(e.value) and "hoogte" in str(e.value)
    assert "geen.gpkg" in str(e.value) and "'plannen'" in str(e.value)
