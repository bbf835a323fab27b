"""BAG loaders and the shared read_layer / normalise helpers (optopscan.io.common)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import Point, Polygon, box

from optopscan.config import SAMPLES
from optopscan.errors import (
    CrsError,
    EmptyLayerError,
    MissingColumnError,
    MissingFileError,
    MissingLayerError,
    UnreadableFileError,
)
from optopscan.io.bag import PAND_STATUS_BESTAAND, read_panden, read_verblijfsobjecten
from optopscan.io.common import (
    normalise_bag_id,
    normalise_gebruiksdoel,
    normalise_letter,
    normalise_postcode,
    read_layer,
)

X0, Y0 = 85000.0, 447000.0  # Delft


def write_bag_light(gdf: gpd.GeoDataFrame, path, layer: str) -> None:
    """Write like PDOK bag-light: geometry column ``geom``, fid ``feature_id``."""
    pyogrio.write_dataframe(gdf, path, layer=layer, layer_options={"GEOMETRY_NAME": "geom", "FID": "feature_id"})


@pytest.fixture
def bag_light(tmp_path):
    path = tmp_path / "bag-light.gpkg"
    panden = gpd.GeoDataFrame(
        {
            "identificatie": [
                "0503100000000001",
                "0503100000000002",
                "0503100000000003",
                "0503100000000004",
                "0503100000000005",
            ],
            "bouwjaar": [1970, 1985, 2030, 1900, 1965],
            "status": [
                "Pand in gebruik",
                "Verbouwing pand",
                "Bouwvergunning verleend",
                "Pand gesloopt",
                "Sloopvergunning verleend",
            ],
            "gebruiksdoel": [
                "woonfunctie",
                "Winkelfunctie, woonfunctie",
                "woonfunctie",
                "woonfunctie",
                "kantoorfunctie",
            ],
            "oppervlakte_min": [50, 60, 70, 80, 90],
            "oppervlakte_max": [80, 90, 100, 110, 120],
            "aantal_verblijfsobjecten": [12, 3, 0, 1, 1],
        },
        geometry=[box(X0 + 20 * i, Y0, X0 + 20 * i + 15, Y0 + 10) for i in range(5)],
        crs="EPSG:28992",
    )
    write_bag_light(panden, path, "pand")
    vbo = gpd.GeoDataFrame(
        {
            "identificatie": ["0503010000000011", "503010000000012", "0503010000000013", "0503010000000014"],
            "oppervlakte": [70, 55, 80, 40],
            "status": [
                "Verblijfsobject in gebruik",
                "Verblijfsobject in gebruik (niet ingemeten)",
                "Verblijfsobject gevormd",
                "Verbouwing verblijfsobject",
            ],
            "gebruiksdoel": ["woonfunctie", "winkelfunctie,woonfunctie", "woonfunctie", "kantoorfunctie"],
            "bouwjaar": [1970, 1985, 2030, 1965],
            "pand_identificatie": [
                "0503100000000001",
                "0503100000000002,0503100000000001",
                "0503100000000003",
                "0503100000000005",
            ],
            "pandstatus": ["Pand in gebruik"] * 4,
            "openbare_ruimte_naam": ["Mekelweg", "Mekelweg ", "Mekelweg", "Julianalaan"],
            "huisnummer": [1, 2, 3, 4],
            "huisletter": ["a", None, "", " b "],
            "toevoeging": [None, "-2", "", "bis"],
            "postcode": ["2628 cd", "2628CD", "2628CD", "2628 CE"],
            "woonplaats_naam": ["Delft"] * 4,
        },
        geometry=[Point(X0 + 5, Y0 + 5), Point(X0 + 25, Y0 + 5), Point(X0 + 45, Y0 + 5), Point(X0 + 85, Y0 + 5)],
        crs="EPSG:28992",
    )
    write_bag_light(vbo, path, "verblijfsobject")
    return path


def test_read_panden_bag_light(bag_light):
    p = read_panden(bag_light)
    assert list(p.columns) == [
        "pand_id",
        "bouwjaar",
        "status",
        "gebruiksdoel",
        "woonfunctie",
        "aantal_vbo",
        "geometry",
        "onwaarschijnlijk",
    ]
    assert p["pand_id"].tolist() == ["0503100000000001", "0503100000000002", "0503100000000005"]
    assert set(p["status"]) <= PAND_STATUS_BESTAAND
    assert p["gebruiksdoel"].tolist() == ["woonfunctie", "winkelfunctie,woonfunctie", "kantoorfunctie"]
    assert p["woonfunctie"].tolist() == [True, True, False]
    assert p["bouwjaar"].dtype == "float64" and p["aantal_vbo"].tolist() == [12.0, 3.0, 1.0]
    assert p.crs.to_epsg() == 28992
    assert p.attrs["niet_bestaand"] == 2 and p.attrs["gerepareerd"] == 0


def test_read_verblijfsobjecten_bag_light(bag_light):
    v = read_verblijfsobjecten(bag_light)
    assert v["vbo_id"].tolist() == ["0503010000000011", "0503010000000012", "0503010000000014"]
    # several pand ids → the first one
    assert v["pand_id"].tolist() == ["0503100000000001", "0503100000000002", "0503100000000005"]
    assert v["woonfunctie"].tolist() == [True, True, False]
    assert v["huisletter"].tolist() == ["A", "", "B"]
    assert v["toevoeging"].tolist() == ["", "2", "BIS"]
    assert v["postcode"].tolist() == ["2628CD", "2628CD", "2628CE"]
    assert v["straat"].tolist() == ["Mekelweg", "Mekelweg", "Julianalaan"]
    assert str(v["huisnummer"].dtype) == "Int64"
    assert (v.geom_type == "Point").all()


def test_read_panden_real_delft(real_data):
    path = real_data / "bag" / "delft_wippolder_bag_pand.gpkg"
    p = read_panden(path, layer="bag_pand_kerk")
    assert len(p) > 50
    assert (p["pand_id"].str.len() == 16).all()
    assert "0503100000000296" in set(p["pand_id"])
    assert not p["gebruiksdoel"].str.contains(", ").any()
    assert p["woonfunctie"].sum() > 40
    assert p["bouwjaar"].between(1800, 2030).all()


def test_read_panden_real_default_layer_missing(real_data):
    with pytest.raises(MissingLayerError) as e:
        read_panden(real_data / "bag" / "delft_wippolder_bag_pand.gpkg")
    assert "bag_pand_kerk" in str(e.value) and "'pand'" in str(e.value)


# --------------------------------------------------------------------------- errors


def _poly_layer(path, crs="EPSG:28992", geom=None, layer="pand", **cols):
    data = {"identificatie": ["0503100000000001"], "status": ["Pand in gebruik"], "gebruiksdoel": ["woonfunctie"]}
    data.update(cols)
    gdf = gpd.GeoDataFrame(data, geometry=[geom or box(X0, Y0, X0 + 10, Y0 + 10)], crs=crs)
    pyogrio.write_dataframe(gdf, path, layer=layer)
    return path


def test_missing_file(tmp_path):
    with pytest.raises(MissingFileError) as e:
        read_panden(tmp_path / "bestaat_niet.gpkg")
    assert "bestaat_niet.gpkg" in str(e.value)


def test_missing_layer_lists_layers(bag_light):
    with pytest.raises(MissingLayerError) as e:
        read_panden(bag_light, layer="panden")
    msg = str(e.value)
    assert "'panden'" in msg and "pand, verblijfsobject" in msg and "bag-light.gpkg" in msg


def test_missing_column(tmp_path):
    path = tmp_path / "p.gpkg"
    gdf = gpd.GeoDataFrame(
        {"id": ["1"], "status": ["Pand in gebruik"]}, geometry=[box(X0, Y0, X0 + 1, Y0 + 1)], crs=28992
    )
    pyogrio.write_dataframe(gdf, path, layer="pand")
    with pytest.raises(MissingColumnError) as e:
        read_panden(path)
    assert e.value.column == "identificatie"
    assert "'identificatie'" in str(e.value) and "id, status" in str(e.value)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_no_crs(tmp_path):
    path = tmp_path / "nocrs.gpkg"
    gdf = gpd.GeoDataFrame(
        {"identificatie": ["1"], "status": ["Pand in gebruik"]}, geometry=[box(X0, Y0, X0 + 1, Y0 + 1)]
    )
    pyogrio.write_dataframe(gdf, path, layer="pand")
    with pytest.raises(CrsError) as e:
        read_panden(path)
    assert "EPSG:28992" in str(e.value) and "nocrs.gpkg" in str(e.value)


def test_non_dutch_crs(tmp_path):
    path = tmp_path / "afrika.gpkg"
    # Web Mercator square near Nairobi
    _poly_layer(path, crs="EPSG:3857", geom=box(4_100_000, -150_000, 4_100_050, -149_950))
    with pytest.raises(CrsError) as e:
        read_panden(path)
    assert "geen Nederlandse coördinaten" in str(e.value) and "afrika.gpkg" in str(e.value)


def test_wgs84_and_7415_reprojected(tmp_path):
    wgs = tmp_path / "wgs.gpkg"
    _poly_layer(wgs, crs="EPSG:4326", geom=box(4.37, 52.0, 4.3702, 52.0002))
    p = read_panden(wgs)
    assert p.crs.to_epsg() == 28992
    x, y = p.geometry.iloc[0].centroid.coords[0]
    assert 80000 < x < 90000 and 440000 < y < 450000
    rdnap = tmp_path / "rdnap.gpkg"
    _poly_layer(rdnap, crs="EPSG:7415")
    p = read_panden(rdnap)
    assert p.crs.to_epsg() == 28992
    assert p.geometry.iloc[0].bounds == (X0, Y0, X0 + 10, Y0 + 10)


def test_empty_layer(tmp_path):
    path = tmp_path / "leeg.gpkg"
    gdf = gpd.GeoDataFrame(
        {"identificatie": pd.Series([], dtype=str), "status": pd.Series([], dtype=str)},
        geometry=gpd.GeoSeries([], crs=28992),
        crs=28992,
    )
    pyogrio.write_dataframe(gdf, path, layer="pand", geometry_type="Polygon")
    with pytest.raises(EmptyLayerError) as e:
        read_panden(path)
    assert "leeg.gpkg" in str(e.value) and "'pand'" in str(e.value)


def test_unreadable_file(tmp_path):
    path = tmp_path / "kapot.gpkg"
    path.write_bytes(b"dit is geen geopackage\x00\x01")
    with pytest.raises(UnreadableFileError) as e:
        read_panden(path)
    assert "kapot.gpkg" in str(e.value)


def test_invalid_geometry_repaired_and_counted(tmp_path):
    path = tmp_path / "bowtie.gpkg"
    bowtie = Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10), (X0, Y0)])
    _poly_layer(path, geom=bowtie)
    p = read_panden(path)
    assert p.attrs["gerepareerd"] == 1
    assert p.is_valid.all()
    assert p.geom_type.iloc[0] == "MultiPolygon"
    assert p.area.iloc[0] == pytest.approx(50.0)


def test_read_layer_optional_and_alternative_columns(bag_light):
    gdf = read_layer(bag_light, "pand", [("id", "identificatie")], columns=["nope", "BOUWJAAR"], where_label="test")
    assert list(gdf.columns) == ["id", "BOUWJAAR", "geometry"]


# --------------------------------------------------------------------------- normalising


def test_normalise_bag_id():
    s = pd.Series(
        [
            " NL.IMBAG.Pand.0503100000000296",
            "503100000000296",
            "NL.IMBAG.Verblijfsobject.0503010000000011",
            "503100000000296.0",
            "abc",
            None,
            "12345678901234567",
        ]
    )
    out = normalise_bag_id(s)
    assert out.tolist()[:4] == ["0503100000000296", "0503100000000296", "0503010000000011", "0503100000000296"]
    assert out.iloc[4:].isna().all()
    floats = normalise_bag_id(pd.Series([503100000000296.0, np.nan]))
    assert floats.iloc[0] == "0503100000000296" and pd.isna(floats.iloc[1])
    typed = normalise_bag_id(pd.Series(["0503100000000296", "0503010000000011"]), "pand")
    assert typed.iloc[0] == "0503100000000296" and pd.isna(typed.iloc[1])


def test_normalise_postcode_letter_gebruiksdoel():
    assert normalise_postcode(pd.Series(["8231 ab", " 2628CD ", "123", None])).tolist() == ["8231AB", "2628CD", "", ""]
    assert normalise_letter(pd.Series([" -a", None, "bis", "2.0", "- 3"])).tolist() == ["A", "", "BIS", "2", "3"]
    assert normalise_gebruiksdoel(
        pd.Series(["Winkelfunctie, woonfunctie", "woonfunctie ,kantoorfunctie", None])
    ).tolist() == ["winkelfunctie,woonfunctie", "woonfunctie,kantoorfunctie", ""]


def test_verblijfsobjecten_without_geometry_have_the_same_attributes():

    sample = SAMPLES / "bag-light.gpkg"
    with_points = read_verblijfsobjecten(sample)
    table = read_verblijfsobjecten(sample, geometry=False)
    assert "geometry" not in table.columns
    pd.testing.assert_frame_equal(pd.DataFrame(with_points.drop(columns="geometry")), table)
