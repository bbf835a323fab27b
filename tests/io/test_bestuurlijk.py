"""PDOK Bestuurlijke Gebieden: the province layer and the province of each complex."""

from __future__ import annotations

import datetime

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point, box

from optopscan.config import load_settings
from optopscan.errors import CrsError, MissingColumnError, MissingFileError, MissingLayerError
from optopscan.financieel import business_case
from optopscan.io.bestuurlijk import provincie_per_complex, read_provincies

X0, Y0 = 90000.0, 440000.0


def _provinces(**columns) -> gpd.GeoDataFrame:
    data = {"naam": ["Zuid-Holland", "Noord-Holland"], "code": ["28", "27"], "identificatie": ["a", "b"]}
    data.update(columns)
    # west half Zuid-Holland, east half Noord-Holland (fictitious shapes)
    geoms = [box(X0, Y0, X0 + 1000, Y0 + 1000), box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)]
    return gpd.GeoDataFrame(data, geometry=geoms, crs=28992)


def _gpkg(tmp_path, frame, layer="provinciegebied", extra_layer=False):
    path = tmp_path / "BestuurlijkeGebieden_2025.gpkg"
    pyogrio.write_dataframe(frame, path, layer=layer)
    if extra_layer:
        pyogrio.write_dataframe(frame.iloc[:1], path, layer="gemeentegebied")
    return path


def test_read_pdok_provinciegebied(tmp_path):
    prov = read_provincies(_gpkg(tmp_path, _provinces(), extra_layer=True))
    assert prov["provincie"].tolist() == ["Zuid-Holland", "Noord-Holland"]
    assert prov["provinciecode"].tolist() == ["28", "27"]
    assert prov.crs.to_epsg() == 28992


def test_older_column_names_and_wgs84_are_accepted(tmp_path):
    frame = _provinces().rename(columns={"naam": "provincienaam", "code": "provinciecode"}).to_crs(4326)
    prov = read_provincies(_gpkg(tmp_path, frame, layer="Provinciegebied", extra_layer=True))
    assert prov["provincie"].tolist() == ["Zuid-Holland", "Noord-Holland"]
    assert prov.crs.to_epsg() == 28992
    assert prov.geometry.iloc[0].bounds[0] == pytest.approx(X0, abs=0.01)


def test_single_layer_file_of_another_name_is_read(tmp_path):
    prov = read_provincies(_gpkg(tmp_path, _provinces(), layer="mijn_provincies"))
    assert len(prov) == 2


def test_missing_layer_names_file_and_layers(tmp_path):
    path = tmp_path / "x.gpkg"
    pyogrio.write_dataframe(_provinces(), path, layer="gemeentegebied")
    pyogrio.write_dataframe(_provinces(), path, layer="landgebied")
    with pytest.raises(MissingLayerError) as err:
        read_provincies(path)
    assert "provinciegebied" in str(err.value) and "gemeentegebied" in str(err.value)


def test_missing_name_column(tmp_path):
    frame = _provinces().drop(columns=["naam"])
    with pytest.raises(MissingColumnError) as err:
        read_provincies(_gpkg(tmp_path, frame))
    assert "naam" in str(err.value)


@pytest.mark.filterwarnings("ignore:.crs. was not provided")
def test_missing_file_and_missing_crs(tmp_path):
    with pytest.raises(MissingFileError):
        read_provincies(tmp_path / "nergens.gpkg")
    path = tmp_path / "geen_crs.gpkg"
    frame = _provinces()
    frame = frame.set_crs(None, allow_override=True)
    pyogrio.write_dataframe(frame, path, layer="provinciegebied")
    with pytest.raises(CrsError):
        read_provincies(path)


def test_provincie_per_complex_and_business_case_uses_it(tmp_path):
    prov = read_provincies(_gpkg(tmp_path, _provinces()))
    complexen = gpd.GeoDataFrame(
        {
            "complex_id": ["west", "oost", "buiten"],
            "gemeentecode": ["GM1", "GM2", "GM3"],
            "buurtcode": ["BU1", "BU2", "BU3"],
            "aantal_woningen": [10, 10, 10],
            "bouwlagen": [3, 3, 3],
            "extra_woningen_binnen_plan": [1, 1, 1],
            "extra_parkeerplaatsen": [0, 0, 0],
            "koppelkans_verduurzaming": [False, False, False],
        },
        geometry=[
            box(X0 + 100, Y0 + 100, X0 + 120, Y0 + 120),
            Point(X0 + 1500, Y0 + 500).buffer(10),
            box(X0 + 5000, Y0, X0 + 5020, Y0 + 20),
        ],
        crs=28992,
    )
    names = provincie_per_complex(complexen.geometry, prov)
    assert names.iloc[0] == "Zuid-Holland" and names.iloc[1] == "Noord-Holland"
    assert names.isna().iloc[2]
    bc, messages = business_case(complexen, load_settings(), provincie=prov, today=datetime.date(2026, 6, 1))
    # Zuid-Holland: 14.000 + 7.000 + Knelpuntenpot 6.000; Noord-Holland and outside: 14.000 + 7.000
    assert bc["subsidie"].tolist() == [27_000, 21_000, 21_000]
    assert any("Provincie onbekend voor 1 complex" in m for m in messages)
