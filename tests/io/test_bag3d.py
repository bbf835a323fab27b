"""3D BAG loader: real CityJSONSeq tiles and GeoPackages of every attribute generation."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import box

from optopscan.config import SAMPLES
from optopscan.errors import CrsError, MissingColumnError, MissingFileError, UnreadableFileError
from optopscan.io.bag3d import OUTPUT_COLUMNS, read_bag3d

X0, Y0 = 85000.0, 447000.0
A, B = "0503100000000001", "0503100000000002"
FOOT = [box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 40, Y0 + 10)]


# --------------------------------------------------------------------------- real files


def test_real_cityjsonseq_three_buildings(real_data):
    g = read_bag3d(real_data / "3dbag" / "delft_3buildings_v2024.city.jsonl")
    assert list(g.columns) == OUTPUT_COLUMNS + ["geometry"]
    assert g.crs.to_epsg() == 28992
    g = g.set_index("pand_id")
    assert set(g.index) == {"0503100000012869", "0503100000016459", "0503100000005156"}
    a = g.loc["0503100000012869"]
    assert a["bouwjaar_3dbag"] == 1994
    assert a["daktype"] == "horizontal"
    assert a["h_dak_70p"] == pytest.approx(3.19, abs=1e-3)
    assert a["h_maaiveld"] == pytest.approx(0.48, abs=5e-3)
    assert a["hoogte_m"] == pytest.approx(2.71, abs=5e-3)
    assert a["bouwlagen"] == 1 and a["bouwlagen_geschat"]
    s = g.loc["0503100000005156"]
    assert s["daktype"] == "slanted" and s["bouwlagen"] == 3 and not s["bouwlagen_geschat"]
    assert s["h_dak_max"] == pytest.approx(10.97, abs=1e-3)
    assert s["hoogte_max_m"] == pytest.approx(10.97 - 0.692, abs=1e-3)
    # footprint lies in Delft and matches b3_opp_grond
    assert g.geometry.area.loc["0503100000012869"] == pytest.approx(a["grond_m2"], rel=0.02)
    minx, miny, maxx, maxy = g.total_bounds
    assert 84000 < minx < maxx < 86000 and 445000 < miny < maxy < 448000


def test_real_cityjsonseq_multiple_horizontal(real_data):
    g = read_bag3d(real_data / "3dbag" / "delft_1building_multiple_horizontal.city.jsonl")
    assert len(g) == 1
    r = g.iloc[0]
    assert r["pand_id"] == "0503100000013175" and r["daktype"] == "multiple horizontal"
    assert r["hoogte_m"] == pytest.approx(3.13 - 0.571)
    assert r["grond_m2"] > 0 and g.geometry.iloc[0].is_valid


# --------------------------------------------------------------------------- generations


def _pand_frame(names: dict[str, str], prefix: str = "NL.IMBAG.Pand.") -> gpd.GeoDataFrame:
    data = {
        "identificatie": [prefix + A, prefix + B],
        "oorspronkelijkbouwjaar": [1972, 1988],
        names["maaiveld"]: [0.5, 1.0],
        names["dak_type"]: ["horizontal", "multiple horizontal"],
        names["opp_dak_plat"]: [100.0, 190.0],
        names["opp_grond"]: [100.0, 200.0],
    }
    if "bouwlagen" in names:
        data[names["bouwlagen"]] = [3, None]
    if "70p" in names:
        data[names["70p"]] = [9.5, 9.5]
        data[names["max"]] = [10.5, 13.0]
    return gpd.GeoDataFrame(data, geometry=FOOT, crs=28992)


def _gpkg_2024(path):
    pand = _pand_frame(
        {
            "maaiveld": "b3_h_maaiveld",
            "dak_type": "b3_dak_type",
            "opp_dak_plat": "b3_opp_dak_plat",
            "opp_grond": "b3_opp_grond",
            "bouwlagen": "b3_bouwlagen",
            "70p": "b3_h_dak_70p",
            "max": "b3_h_dak_max",
        }
    )
    pyogrio.write_dataframe(pand, path, layer="pand")
    return path


def _gpkg_2025(path):
    pand = _pand_frame(
        {
            "maaiveld": "b3_h_maaiveld",
            "dak_type": "b3_dak_type",
            "opp_dak_plat": "b3_opp_dak_plat",
            "opp_grond": "b3_opp_grond",
            "bouwlagen": "b3_bouwlagen",
        }
    )
    pyogrio.write_dataframe(pand, path, layer="pand")
    # roof parts: B has a low part (6.5 m) and a high part (12.5 m) of equal area → 9.5
    parts = gpd.GeoDataFrame(
        {
            "identificatie": ["NL.IMBAG.Pand." + x for x in (A, B, B)],
            "b3_dd_id": [0, 0, 1],
            "b3_h_min": [9.0, 6.0, 12.0],
            "b3_h_50p": [9.4, 6.4, 12.4],
            "b3_h_70p": [9.5, 6.5, 12.5],
            "b3_h_max": [10.5, 7.0, 13.0],
        },
        geometry=[FOOT[0], box(X0 + 20, Y0, X0 + 30, Y0 + 10), box(X0 + 30, Y0, X0 + 40, Y0 + 10)],
        crs=28992,
    )
    pyogrio.write_dataframe(parts, path, layer="lod22_2d")
    pyogrio.write_dataframe(parts.iloc[[0, 1]], path, layer="lod12_2d")
    return path


def _gpkg_2022(path, layer="pand"):
    pand = _pand_frame(
        {
            "maaiveld": "h_maaiveld",
            "dak_type": "dak_type",
            "opp_dak_plat": "opp_dak_plat",
            "opp_grond": "opp_grond",
            "bouwlagen": "bouwlagen",
            "70p": "h_dak_70p",
            "max": "h_dak_max",
        },
        prefix="",
    )
    pyogrio.write_dataframe(pand, path, layer=layer)
    return path


def _expected() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pand_id": [A, B],
            "bouwjaar_3dbag": [1972.0, 1988.0],
            "h_maaiveld": [0.5, 1.0],
            "h_dak_70p": [9.5, 9.5],
            "h_dak_max": [10.5, 13.0],
            "hoogte_m": [9.0, 8.5],
            "hoogte_max_m": [10.0, 12.0],
            "bouwlagen": [3.0, 3.0],  # B: round(8.5 / 3) = 3, estimated
            "bouwlagen_geschat": [False, True],
            "daktype": ["horizontal", "multiple horizontal"],
            "plat_dak_m2": [100.0, 190.0],
            "grond_m2": [100.0, 200.0],
            "hoogtebron": ["3dbag", "3dbag"],
            "onwaarschijnlijk": ["", ""],
        }
    )


def _cmp(g: gpd.GeoDataFrame) -> None:
    got = pd.DataFrame(g.drop(columns="geometry"))
    pd.testing.assert_frame_equal(got, _expected(), check_dtype=False)
    assert g.crs.to_epsg() == 28992
    assert g.geometry.area.tolist() == pytest.approx([100.0, 200.0])


def test_gpkg_generations_give_equal_output(tmp_path):
    g24 = read_bag3d(_gpkg_2024(tmp_path / "v2024.gpkg"))
    g25 = read_bag3d(_gpkg_2025(tmp_path / "v2025.gpkg"))
    g22 = read_bag3d(_gpkg_2022(tmp_path / "v2022.gpkg"))
    for g in (g24, g25, g22):
        _cmp(g)
    assert g25.attrs["dakhoogte_uit_laag"] == "lod22_2d"


def test_gpkg_pre2023_without_pand_layer_uses_lod12_2d(tmp_path):
    _cmp(read_bag3d(_gpkg_2022(tmp_path / "v21.gpkg", layer="lod12_2d")))


def _cityjson_2025(path, with_lod0_for_b: bool = True):
    """A CityJSON document (not Seq) with 2025 names, scale 0.001."""
    s = 1000

    def v(x, y, z=0.0):
        return [int(round(x * s)), int(round(y * s)), int(round(z * s))]

    vertices = [
        v(0, 0),
        v(10, 0),
        v(10, 10),
        v(0, 10),  # A
        v(20, 0),
        v(40, 0),
        v(40, 10),
        v(20, 10),
    ]  # B
    attrs = {
        A: {
            "identificatie": "NL.IMBAG.Pand." + A,
            "oorspronkelijkbouwjaar": 1972,
            "b3_h_maaiveld": 0.5,
            "b3_h_70p": 9.5,
            "b3_h_max": 10.5,
            "b3_bouwlagen": 3,
            "b3_dak_type": "horizontal",
            "b3_opp_dak_plat": 100.0,
            "b3_opp_grond": 100.0,
        },
        B: {
            "identificatie": "NL.IMBAG.Pand." + B,
            "oorspronkelijkbouwjaar": 1988,
            "b3_h_maaiveld": 1.0,
            "b3_h_70p": 9.5,
            "b3_h_max": 13.0,
            "b3_bouwlagen": None,
            "b3_dak_type": "multiple horizontal",
            "b3_opp_dak_plat": 190.0,
            "b3_opp_grond": 200.0,
        },
    }
    cos = {
        "NL.IMBAG.Pand." + A: {
            "type": "Building",
            "attributes": attrs[A],
            "geometry": [{"type": "MultiSurface", "lod": "0", "boundaries": [[[0, 1, 2, 3]]]}],
        },
    }
    b_geom = [{"type": "MultiSurface", "lod": "0", "boundaries": [[[4, 5, 6, 7]]]}]
    cos["NL.IMBAG.Pand." + B] = {
        "type": "Building",
        "attributes": attrs[B],
        "geometry": b_geom if with_lod0_for_b else [],
        "children": ["NL.IMBAG.Pand." + B + "-0"],
    }
    cos["NL.IMBAG.Pand." + B + "-0"] = {
        "type": "BuildingPart",
        "attributes": {},
        "parents": ["NL.IMBAG.Pand." + B],
        "geometry": [
            {
                "type": "Solid",
                "lod": "1.2",
                "boundaries": [[[[7, 6, 5, 4]], [[4, 5, 5, 4]]]],
                "semantics": {"surfaces": [{"type": "GroundSurface"}, {"type": "WallSurface"}], "values": [[0, 1]]},
            }
        ],
    }
    doc = {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [0.001, 0.001, 0.001], "translate": [X0, Y0, 0.0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/7415"},
        "CityObjects": cos,
        "vertices": vertices,
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_cityjson_2025_names_equal_output(tmp_path):
    _cmp(read_bag3d(_cityjson_2025(tmp_path / "tegel.city.json")))


def test_cityjson_ground_surface_fallback(tmp_path):
    _cmp(read_bag3d(_cityjson_2025(tmp_path / "tegel.json", with_lod0_for_b=False)))


def test_storey_estimate_rules(tmp_path):
    pand = gpd.GeoDataFrame(
        {
            "identificatie": ["1", "2", "3", "4"],
            "b3_h_maaiveld": [0.0, 0.0, 0.0, 0.0],
            "b3_h_dak_70p": [7.6, 1.2, np.nan, 4.5],
            "b3_h_dak_max": [8.0, 1.5, np.nan, 5.0],
            "b3_bouwlagen": [None, None, None, None],
        },
        geometry=[box(X0 + i * 20, Y0, X0 + i * 20 + 10, Y0 + 10) for i in range(4)],
        crs=28992,
    )
    pyogrio.write_dataframe(pand, tmp_path / "h.gpkg", layer="pand")
    g = read_bag3d(tmp_path / "h.gpkg", storey_height=3.0)
    assert g["bouwlagen"].tolist()[:2] == [3.0, 1.0]  # 2.53 → 3; 0.4 → at least 1
    assert np.isnan(g["bouwlagen"].iloc[2]) and not g["bouwlagen_geschat"].iloc[2]
    assert g["bouwlagen"].iloc[3] == 2.0  # 1.5 rounds half up
    assert g["bouwlagen_geschat"].tolist() == [True, True, False, True]
    assert g["pand_id"].iloc[0] == "0000000000000001"
    g2 = read_bag3d(tmp_path / "h.gpkg", storey_height=2.5)
    assert g2["bouwlagen"].iloc[0] == 3.0  # 3.04


# --------------------------------------------------------------------------- errors


def test_errors(tmp_path):
    with pytest.raises(MissingFileError):
        read_bag3d(tmp_path / "weg.gpkg")
    bad = tmp_path / "kapot.city.jsonl"
    bad.write_text('{"type": "CityJSON", "transform": {}}\n{"type": "CityJSONFeature", \n')
    with pytest.raises(UnreadableFileError) as e:
        read_bag3d(bad)
    assert "kapot.city.jsonl" in str(e.value) and "regel 2" in str(e.value)
    other = tmp_path / "hoogtes.csv"
    other.write_text("a;b\n")
    with pytest.raises(UnreadableFileError):
        read_bag3d(other)


def test_cityjson_without_crs(tmp_path):
    path = _cityjson_2025(tmp_path / "t.city.json")
    doc = json.loads(path.read_text())
    del doc["metadata"]
    path.write_text(json.dumps(doc))
    with pytest.raises(CrsError) as e:
        read_bag3d(path)
    assert "EPSG:28992" in str(e.value)


def test_gpkg_without_heights(tmp_path):
    pand = gpd.GeoDataFrame({"identificatie": [A], "b3_h_maaiveld": [0.5]}, geometry=[FOOT[0]], crs=28992)
    pyogrio.write_dataframe(pand, tmp_path / "x.gpkg", layer="pand")
    with pytest.raises(MissingColumnError) as e:
        read_bag3d(tmp_path / "x.gpkg")
    assert "b3_h_dak_70p" in str(e.value) and "b3_h_70p" in str(e.value)
    assert "x.gpkg" in str(e.value)


def test_gpkg_without_footprints_gives_the_same_heights():
    sample = SAMPLES / "3dbag.gpkg"
    with_shapes = read_bag3d(sample)
    table = read_bag3d(sample, geometry=False)
    assert "geometry" not in table.columns
    pd.testing.assert_frame_equal(pd.DataFrame(with_shapes.drop(columns="geometry")), table, check_like=True)
