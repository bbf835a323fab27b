"""A small BGT extract (wegdeel, waterdeel) with PDOK's IMGeo attribute names.

- wegdeel: the streets between the blocks (the plan's Verkeer areas), ``bgt-functie``
  "rijbaan lokale weg", plus one *historic* version (``eindRegistratie`` filled) that a
  reader must skip;
- waterdeel: a pond (``bgt-type`` "watervlakte") in the first green block without a farm
  and a ditch ("waterloop", 3 m wide) between the two rows of houses of the eengezinswoningen
  block after the garagebox block, which blocks the row ends that face it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.common import EGW, GROEN, INNER_H, RD, SyntheticArea

#: Ditch between the rows of a block: rows 1 end at ≤ 63 m, rows 2 start at 68 m.
DITCH_X0, DITCH_X1 = 64.2, 67.2
REGISTRATIE = "2016-03-01T10:00:00"


def _imgeo(n: int, prefix: str, start: int, code: str = "9999") -> dict[str, object]:
    """The IMGeo attributes every BGT object carries (as in PDOK's download); ``code`` is the
    gemeentecode of the bronhouder."""
    return {
        "gml_id": [f"{prefix}{code}_{start + i:06d}" for i in range(n)],
        "namespace": "NL.IMGeo",
        "creationDate": "2016-03-01",
        "LV-publicatiedatum": "2016-03-02T08:00:00",
        "tijdstipRegistratie": REGISTRATIE,
        "eindRegistratie": None,
        "bronhouder": f"G{code}",
        "inOnderzoek": False,
        "relatieveHoogteligging": 0,
        "bgt-status": "bestaand",
        "plus-status": "geenWaarde",
    }


def bgt_extract(
    area: SyntheticArea, lay: dict, keep_block: np.ndarray, garage_block: int
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(wegdeel, waterdeel) GeoDataFrames in EPSG:28992."""
    code = str(area.panden["identificatie"].iloc[0])[:4]
    best = area.bestemmingen
    streets = best.loc[best["bestemmingshoofdgroep"] == "verkeer", "geometry"].to_numpy()
    parts = shapely.get_parts(streets)
    n = len(parts)
    weg = pd.DataFrame(_imgeo(n, "WGD", 1, code))
    weg["bgt-functie"] = "rijbaan lokale weg"
    weg["plus-functie"] = "waardeOnbekend"
    weg["bgt-fysiekVoorkomen"] = "gesloten verharding"
    weg["plus-fysiekVoorkomen"] = "waardeOnbekend"
    weg["wegdeelOpTalud"] = False
    geoms = list(parts)
    # a historic version of a wegdeel (ended): must not count
    green = np.flatnonzero((lay["block_type"] == GROEN) & keep_block)
    if len(green):
        g = green[0]
        old = weg.iloc[[0]].copy()
        old["gml_id"] = f"WGD_HIST_{code}_000001"
        old["lokaalID"] = f"G{code}.wgdhist000001"
        old["eindRegistratie"] = "2019-05-01T12:00:00"
        weg = pd.concat([weg, old], ignore_index=True)
        geoms.append(shapely.box(lay["bx0"][g] + 5, lay["by0"][g] + 5, lay["bx0"][g] + 25, lay["by0"][g] + 95))
    wegdeel = gpd.GeoDataFrame(weg, geometry=geoms, crs=RD)

    water_geoms, water_types = [], []
    farms = set(area.pand_truth.loc[area.pand_truth["soort"] == "boerderij", "blok"].tolist())
    ponds = [b for b in green if b not in farms]
    if ponds:
        b = ponds[0]
        water_geoms.append(shapely.box(lay["bx0"][b] + 40, lay["by0"][b] + 30, lay["bx0"][b] + 90, lay["by0"][b] + 70))
        water_types.append("watervlakte")
    ditch_block = _ditch_block(lay, keep_block, area.pand_truth, garage_block)
    if ditch_block >= 0:
        x, y = lay["bx0"][ditch_block], lay["by0"][ditch_block]
        water_geoms.append(shapely.box(x + DITCH_X0, y, x + DITCH_X1, y + INNER_H))
        water_types.append("waterloop")
        houses = area.pand_truth.loc[area.pand_truth["blok"] == ditch_block, "identificatie"]
        area.scenario.sloot_blok_pand_ids = sorted(houses.tolist())
    wat = pd.DataFrame(_imgeo(len(water_geoms), "WTD", 1, code))
    wat["bgt-type"] = water_types
    wat["plus-type"] = "waardeOnbekend"
    waterdeel = gpd.GeoDataFrame(wat, geometry=water_geoms, crs=RD)
    return wegdeel, waterdeel


def _ditch_block(lay: dict, keep_block: np.ndarray, truth: pd.DataFrame, garage_block: int) -> int:
    """The complete eengezinswoningen block after the garagebox block (−1 when none)."""
    last = int(truth["blok"].max())
    idx = np.arange(len(keep_block))
    ok = (lay["block_type"] == EGW) & keep_block & (idx < last) & (idx > garage_block)
    ok &= ~np.isin(idx, truth.loc[truth["soort"] == "boerderij", "blok"].to_numpy())
    blocks = np.flatnonzero(ok)
    return int(blocks[0]) if len(blocks) else -1
