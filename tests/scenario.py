"""A tiny world built in code, in the real schemas, for end-to-end and CLI tests.

Four corporatie complexes of one galerijflat each, identical except for one thing:
- C1 "Best": 1970, 4 bouwlagen, flat roof, plan 18 m, fully owned → clearly first;
- C2 "Gespikkeld": as C1 but the corporatie owns 6 of 10 woningen → second;
- C3 "Vooroorlogs": as C1 but built 1930 (bouwjaar score 0.2) → third;
- C4 "Vol": as C1 but the plan allows exactly today's height → blokkade, last.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
import yaml

from optopscan.config import DEFAULT_CONFIG

X0, Y0 = 166500.0, 508000.0
COMPLEXES = {
    "C1": {"bouwjaar": 1970, "owned": 10, "plan": 18.0},
    "C2": {"bouwjaar": 1970, "owned": 6, "plan": 18.0},
    "C3": {"bouwjaar": 1930, "owned": 10, "plan": 18.0},
    "C4": {"bouwjaar": 1970, "owned": 10, "plan": 12.0},
}
EXPECTED_ORDER = ["C1", "C2", "C3", "C4"]


def pand_id(i: int) -> str:
    return f"9999100000{i:06d}"


def vbo_id(i: int, j: int) -> str:
    return f"9999010000{i:04d}{j:02d}"


def build_world(folder: Path, *, extra_config: dict | None = None) -> Path:
    """Write BAG, 3D BAG, plan, bezit and a config into ``folder``; return the config path."""
    folder.mkdir(parents=True, exist_ok=True)
    panden, vbos, bag3d, plans, bezit = [], [], [], [], []
    for i, (cid, spec) in enumerate(COMPLEXES.items(), start=1):
        x = X0 + i * 100
        footprint = shapely.box(x, Y0, x + 60, Y0 + 10)  # 600 m² flat roof
        pid = pand_id(i)
        panden.append(
            {
                "identificatie": pid,
                "bouwjaar": spec["bouwjaar"],
                "status": "Pand in gebruik",
                "gebruiksdoel": "woonfunctie",
                "oppervlakte_min": 60,
                "oppervlakte_max": 60,
                "aantal_verblijfsobjecten": 10,
                "geom": footprint,
            }
        )
        bag3d.append(
            {
                "identificatie": f"NL.IMBAG.Pand.{pid}",
                "oorspronkelijkbouwjaar": spec["bouwjaar"],
                "b3_h_maaiveld": -4.0,
                "b3_dak_type": "horizontal",
                "b3_bouwlagen": 4,
                "b3_h_dak_min": 7.9,
                "b3_h_dak_50p": 8.0,
                "b3_h_dak_70p": 8.0,
                "b3_h_dak_max": 8.0,
                "b3_opp_grond": 600.0,
                "b3_opp_dak_plat": 600.0,
                "b3_opp_dak_schuin": 0.0,
                "geometry": footprint,
            }
        )
        plans.append({"max_bouwhoogte_m": spec["plan"], "max_bouwlagen": None, "geometry": footprint.buffer(5)})
        for j in range(10):
            vid = vbo_id(i, j + 1)
            vbos.append(
                {
                    "identificatie": vid,
                    "oppervlakte": 60,
                    "status": "Verblijfsobject in gebruik",
                    "gebruiksdoel": "woonfunctie",
                    "bouwjaar": spec["bouwjaar"],
                    "pand_identificatie": pid,
                    "pandstatus": "Pand in gebruik",
                    "openbare_ruimte_naam": f"{cid}straat",
                    "huisnummer": j + 1,
                    "huisletter": None,
                    "toevoeging": None,
                    "postcode": f"82{i:02d}AB",
                    "woonplaats_naam": "Testdorp",
                    "nummeraanduiding_hoofdadres_identificatie": f"9999200000{i:04d}{j:02d}",
                    "bronhouder_identificatie": "9999",
                    "geom": shapely.Point(x + 3 + 6 * j, Y0 + 5),
                }
            )
            if j < spec["owned"]:
                bezit.append(
                    {
                        "VHE-nummer": f"{cid}-{j + 1}",
                        "Complexnummer": cid,
                        "Straatnaam": f"{cid}straat",
                        "Huisnummer": j + 1,
                        "Huisletter": "",
                        "Huisnummertoevoeging": "",
                        "Postcode": f"82{i:02d}AB",
                        "Woonplaats": "Testdorp",
                        "BAG-verblijfsobject-id": vid,
                    }
                )

    bag = folder / "bag-light.gpkg"
    gpd.GeoDataFrame(panden, geometry="geom", crs=28992).to_file(bag, layer="pand", engine="pyogrio")
    gpd.GeoDataFrame(vbos, geometry="geom", crs=28992).to_file(bag, layer="verblijfsobject", engine="pyogrio", mode="a")
    gpd.GeoDataFrame(bag3d, crs=28992).to_file(folder / "3dbag.gpkg", layer="pand", engine="pyogrio")
    gpd.GeoDataFrame(plans, crs=28992).to_file(folder / "plannen.gpkg", layer="plannen", engine="pyogrio")
    pd.DataFrame(bezit).to_csv(folder / "bezit.csv", sep=";", index=False)

    config = {
        "basis": str(DEFAULT_CONFIG),
        "gebied": "Testdorp (fictief)",
        "invoer": {
            "bag": "bag-light.gpkg",
            "bag3d": "3dbag.gpkg",
            "bezit": "bezit.csv",
            "plannen": ["plannen.gpkg"],
            "buurten": None,
            "parkeerzones": None,
            "voorzieningen": None,
            "monumenten": None,
            "energielabels": None,
        },
        # output paths resolve against the current directory: absolute here
        "uitvoer": {"map": str(folder / "out"), "kaarten": str(folder / "maps")},
    }
    for key, value in (extra_config or {}).items():
        config[key] = value
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
