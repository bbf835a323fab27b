"""BGT loader: PDOK GeoPackage and GML light (folder or zip), historic objects dropped."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pytest
import shapely

from optopscan.errors import MissingFileError, MissingLayerError
from optopscan.io.bgt import read_bgt

GML_LIGHT = """<?xml version="1.0" encoding="UTF-8"?>
<gml:FeatureCollection xmlns:imgeo-s="http://www.geostandaarden.nl/imgeo/2.1/simple/gml31"
  xmlns:gml="http://www.opengis.net/gml">
{members}
</gml:FeatureCollection>
"""
MEMBER = """  <gml:featureMember>
    <imgeo-s:{kind} gml:id="{gid}">
      <imgeo-s:identificatie.lokaalID>G9999.{gid}</imgeo-s:identificatie.lokaalID>
      <imgeo-s:tijdstipRegistratie>2016-01-15T11:35:50.000</imgeo-s:tijdstipRegistratie>
      {end}
      <imgeo-s:bgt-status>bestaand</imgeo-s:bgt-status>
      <imgeo-s:plus-status>geenWaarde</imgeo-s:plus-status>
      <imgeo-s:{attr}>{value}</imgeo-s:{attr}>
      <imgeo-s:geometrie2d>
        <gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:LinearRing>
          <gml:posList>{coords}</gml:posList>
        </gml:LinearRing></gml:exterior></gml:Polygon>
      </imgeo-s:geometrie2d>
    </imgeo-s:{kind}>
  </gml:featureMember>"""


def _member(kind, gid, attr, value, x0, ended=False):
    ring = [(x0, 0), (x0 + 10, 0), (x0 + 10, 10), (x0, 10), (x0, 0)]
    end = "<imgeo-s:eindRegistratie>2019-01-01T00:00:00.000</imgeo-s:eindRegistratie>" if ended else ""
    coords = " ".join(f"{x + 155000:.3f} {y + 463000:.3f}" for x, y in ring)
    return MEMBER.format(kind=kind, gid=gid, attr=attr, value=value, coords=coords, end=end)


@pytest.fixture
def gml_folder(tmp_path):
    weg = [
        _member("Wegdeel", "w1", "bgt-functie", "rijbaan lokale weg", 0),
        _member("Wegdeel", "w2", "bgt-functie", "voetpad", 20, ended=True),
    ]
    water = [_member("Waterdeel", "a1", "bgt-type", "waterloop", 40)]
    (tmp_path / "bgt_wegdeel.gml").write_text(GML_LIGHT.format(members="\n".join(weg)), encoding="utf-8")
    (tmp_path / "bgt_waterdeel.gml").write_text(GML_LIGHT.format(members="\n".join(water)), encoding="utf-8")
    return tmp_path


def test_gml_light_folder_drops_historic_objects(gml_folder):
    bgt = read_bgt(gml_folder)
    assert bgt.wegdeel["functie"].tolist() == ["rijbaan lokale weg"]  # w2 has an eindRegistratie
    assert bgt.waterdeel["functie"].tolist() == ["waterloop"]
    assert bgt.wegdeel.crs.to_epsg() == 28992
    assert bgt.wegdeel.geometry.iloc[0].area == pytest.approx(100.0)
    assert len(bgt.obstacles()) == 2


def test_gml_light_zip(gml_folder, tmp_path_factory):
    z = tmp_path_factory.mktemp("zip") / "extract.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name in ("bgt_wegdeel.gml", "bgt_waterdeel.gml"):
            zf.write(gml_folder / name, f"bgt/{name}")
    bgt = read_bgt(z)
    assert len(bgt.wegdeel) == 1 and len(bgt.waterdeel) == 1


def test_geopackage_with_only_wegdeel(tmp_path):
    p = tmp_path / "bgt.gpkg"
    gdf = gpd.GeoDataFrame(
        {
            "bgt-functie": ["fietspad", "rijbaan lokale weg"],
            "eindRegistratie": [None, None],
            "plus-status": ["geenWaarde", "historie"],
        },
        geometry=[shapely.box(155000, 463000, 155005, 463005), shapely.box(155010, 463000, 155015, 463005)],
        crs=28992,
    )
    gdf.to_file(p, layer="wegdeel")
    bgt = read_bgt(p)
    assert bgt.wegdeel["functie"].tolist() == ["fietspad"]  # plus-status historie dropped
    assert len(bgt.waterdeel) == 0


def test_geopackage_without_bgt_layers_names_the_file(tmp_path):
    p = tmp_path / "iets.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.box(155000, 463000, 155001, 463001)], crs=28992).to_file(
        p, layer="pand"
    )
    with pytest.raises(MissingLayerError) as err:
        read_bgt(p)
    text = str(err.value)
    assert "iets.gpkg" in text and "wegdeel" in text and "aanwezige lagen: pand" in text and "Oplossing" in text


def test_missing_file():
    with pytest.raises(MissingFileError, match="BGT-bestand bestaat niet"):
        read_bgt("/nonexistent/bgt.gpkg")
