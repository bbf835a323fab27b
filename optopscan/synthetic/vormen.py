"""Cases for the forms aanplakken and uitplinten, added to a generated area.

- **Plint**: one galerijflat of the corporatie (≥ 3 bouwlagen in the 3D BAG) gets a row of
  bergingen: ``overige gebruiksfunctie`` VBOs of 10–15 m² (huisnummer of the flat,
  toevoeging B01…).
- **Garageboxen**: a row of eight boxes (one pand each, 3 m × 6 m, one VBO of 15–17 m²)
  behind the last line of houses of an eengezinswoningen block (inside its Wonen plan).
- **Rows**: the eengezinswoningen rows already hold free kopgevels (a short first row),
  ends blocked by the neighbouring row (a long first row) and ends blocked by the street
  (every west end, and long second rows at the east); the BGT extract (:mod:`.bgt`) adds
  a ditch between the two rows of one block, blocking ends by water.

Everything is appended (new ids after the existing ones) and drawn from its own random
stream, so the rest of the area stays exactly as without these cases. The garagebox
panden come on top of ``n_panden``.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.common import EGW, INNER_H, RD, SyntheticArea, _ids

BERGINGEN = 8
GARAGEBOXEN = 8
BOX_W, BOX_D = 3.0, 6.0
#: The garagebox row: x offset in the block, and y offset (behind line 4, which ends at ≤ 90 m).
BOX_X0, BOX_Y0 = 70.0, 92.5


def add_form_cases(
    area: SyntheticArea, lay: dict, keep_block: np.ndarray, block_no_plan: int, gemeentecode: str
) -> int:
    """Add the plint and the garagebox row to ``area`` (in place); returns the block of the
    garageboxen (−1 when no suitable block exists)."""
    rng = np.random.default_rng([area.seed, 10])
    _add_plint(area, gemeentecode, rng)
    return _add_garageboxen(area, lay, keep_block, block_no_plan, gemeentecode, rng)


def _next_number(ids: pd.Series, prefix: str) -> int:
    """1 + the highest sequence number of ids ``<prefix><10 digits>``."""
    nums = ids.astype(str).str.slice(len(prefix)).astype(np.int64)
    return int(nums.max()) + 1 if len(nums) else 1


def _add_plint(area: SyntheticArea, gemeentecode: str, rng: np.random.Generator) -> None:
    truth = area.pand_truth
    scen = area.scenario
    special = {scen.complex_geen_hoogteruimte, scen.complex_monument, scen.complex_geen_plan}
    storeys = area.bag3d.set_index("identificatie")["b3_bouwlagen"]
    known = storeys.reindex("NL.IMBAG.Pand." + truth["identificatie"]).to_numpy()
    in_use = area.panden.set_index("identificatie")["status"].reindex(truth["identificatie"]).to_numpy()
    ok = (
        (truth["soort"] == "galerijflat")
        & truth["complexnummer"].notna()
        & ~truth["complexnummer"].isin(special)
        & pd.Series(pd.array(known, dtype="Int64") >= 3).fillna(False).to_numpy()
        & (in_use == "Pand in gebruik")
    )
    if not ok.any():
        return
    row = truth[ok].sort_values("identificatie").iloc[0]
    pid = row["identificatie"]
    vbo = area.verblijfsobjecten
    first = vbo[vbo["pand_identificatie"] == pid].iloc[0]
    x0, y0, x1, _ = area.panden.loc[area.panden["identificatie"] == pid].geometry.iloc[0].bounds
    opp = rng.integers(10, 16, BERGINGEN)
    start = _next_number(vbo["identificatie"], gemeentecode + "01")
    na_start = _next_number(vbo["nummeraanduiding_hoofdadres_identificatie"], gemeentecode + "20")
    xs = x0 + 1.0 + np.arange(BERGINGEN) * min(3.0, (x1 - x0 - 2.0) / BERGINGEN)
    new = gpd.GeoDataFrame(
        {
            "identificatie": _ids(gemeentecode + "01", np.arange(start, start + BERGINGEN)),
            "oppervlakte": opp.astype(np.int64),
            "status": "Verblijfsobject in gebruik",
            "gebruiksdoel": "overige gebruiksfunctie",
            "bouwjaar": first["bouwjaar"],
            "pand_identificatie": pid,
            "pandstatus": first["pandstatus"],
            "openbare_ruimte_naam": first["openbare_ruimte_naam"],
            "huisnummer": np.int64(first["huisnummer"]),
            "huisletter": None,
            "toevoeging": [f"B{i + 1:02d}" for i in range(BERGINGEN)],
            "postcode": first["postcode"],
            "woonplaats_naam": first["woonplaats_naam"],
            "nummeraanduiding_hoofdadres_identificatie": _ids(
                gemeentecode + "20", np.arange(na_start, na_start + BERGINGEN)
            ),
            "bronhouder_identificatie": first["bronhouder_identificatie"],
        },
        geometry=shapely.points(xs, np.full(BERGINGEN, y0 + 1.0)),
        crs=RD,
    )
    area.verblijfsobjecten = _append(vbo, new)
    p = area.panden
    at = p.index[p["identificatie"] == pid][0]
    p.loc[at, "aantal_verblijfsobjecten"] = p.loc[at, "aantal_verblijfsobjecten"] + BERGINGEN
    p.loc[at, "oppervlakte_min"] = min(p.loc[at, "oppervlakte_min"], int(opp.min()))
    p.loc[at, "gebruiksdoel"] = "overige gebruiksfunctie,woonfunctie"
    scen.complex_plint = row["complexnummer"]
    scen.plint_pand_id = pid
    scen.plint_bergingen = BERGINGEN


def _append(frame: gpd.GeoDataFrame, new: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    new = new[list(frame.columns)].astype({c: frame[c].dtype for c in frame.columns if c != "geometry"})
    return gpd.GeoDataFrame(pd.concat([frame, new], ignore_index=True), geometry="geometry", crs=frame.crs)


def garagebox_block(lay: dict, keep_block: np.ndarray, block_no_plan: int, truth: pd.DataFrame) -> int:
    """The first complete eengezinswoningen block in the plan (−1 when there is none)."""
    last = int(truth["blok"].max())
    ok = (lay["block_type"] == EGW) & keep_block & (np.arange(len(keep_block)) < last)
    ok &= np.arange(len(keep_block)) != block_no_plan
    blocks = np.flatnonzero(ok)
    return int(blocks[0]) if len(blocks) else -1


def _add_garageboxen(
    area: SyntheticArea,
    lay: dict,
    keep_block: np.ndarray,
    block_no_plan: int,
    gemeentecode: str,
    rng: np.random.Generator,
) -> int:
    truth = area.pand_truth
    blk = garagebox_block(lay, keep_block, block_no_plan, truth)
    if blk < 0:
        return blk
    bx0, by0 = lay["bx0"][blk], lay["by0"][blk]
    assert BOX_Y0 + BOX_D <= INNER_H
    xs = bx0 + BOX_X0 + np.arange(GARAGEBOXEN) * BOX_W
    footprint = shapely.box(xs, by0 + BOX_Y0, xs + BOX_W, by0 + BOX_Y0 + BOX_D)
    p = area.panden
    start = _next_number(p["identificatie"], gemeentecode + "10")
    pand_ids = _ids(gemeentecode + "10", np.arange(start, start + GARAGEBOXEN))
    opp = rng.integers(15, 18, GARAGEBOXEN).astype(np.int64)
    year = 1972
    new_p = gpd.GeoDataFrame(
        {
            "identificatie": pand_ids,
            "bouwjaar": year,
            "status": "Pand in gebruik",
            "gebruiksdoel": "overige gebruiksfunctie",
            "oppervlakte_min": opp,
            "oppervlakte_max": opp,
            "aantal_verblijfsobjecten": 1,
        },
        geometry=footprint,
        crs=RD,
    )
    area.panden = _append(p, new_p)

    # addresses: the street and postcode of the block's last house, numbers after its highest
    houses = truth.loc[truth["blok"] == blk, "identificatie"]
    vbo = area.verblijfsobjecten
    block_vbo = vbo[vbo["pand_identificatie"].isin(houses)]
    last = block_vbo.sort_values("huisnummer").iloc[-1]
    start_v = _next_number(vbo["identificatie"], gemeentecode + "01")
    na_start = _next_number(vbo["nummeraanduiding_hoofdadres_identificatie"], gemeentecode + "20")
    new_v = gpd.GeoDataFrame(
        {
            "identificatie": _ids(gemeentecode + "01", np.arange(start_v, start_v + GARAGEBOXEN)),
            "oppervlakte": opp,
            "status": "Verblijfsobject in gebruik",
            "gebruiksdoel": "overige gebruiksfunctie",
            "bouwjaar": year,
            "pand_identificatie": pand_ids,
            "pandstatus": "Pand in gebruik",
            "openbare_ruimte_naam": last["openbare_ruimte_naam"],
            "huisnummer": np.int64(last["huisnummer"]) + 1 + np.arange(GARAGEBOXEN),
            "huisletter": None,
            "toevoeging": None,
            "postcode": last["postcode"],
            "woonplaats_naam": last["woonplaats_naam"],
            "nummeraanduiding_hoofdadres_identificatie": _ids(
                gemeentecode + "20", np.arange(na_start, na_start + GARAGEBOXEN)
            ),
            "bronhouder_identificatie": last["bronhouder_identificatie"],
        },
        geometry=shapely.centroid(footprint),
        crs=RD,
    )
    area.verblijfsobjecten = _append(vbo, new_v)

    # 3D BAG: flat roofs of one storey, ground level of a house in the same block
    b3 = area.bag3d
    ref = b3[b3["identificatie"].isin("NL.IMBAG.Pand." + houses)]
    mv = float(ref["b3_h_maaiveld"].iloc[0]) if len(ref) else -4.0
    roof = np.round(mv + rng.uniform(2.5, 2.7, GARAGEBOXEN), 2)
    grond = BOX_W * BOX_D
    new_3d = gpd.GeoDataFrame(
        {
            "identificatie": "NL.IMBAG.Pand." + pand_ids.astype(str),
            "oorspronkelijkbouwjaar": year,
            "b3_h_maaiveld": mv,
            "b3_dak_type": "horizontal",
            "b3_bouwlagen": 1,
            "b3_h_dak_min": roof - 0.05,
            "b3_h_dak_50p": roof,
            "b3_h_dak_70p": roof,
            "b3_h_dak_max": roof + 0.05,
            "b3_opp_grond": grond,
            "b3_opp_dak_plat": grond,
            "b3_opp_dak_schuin": 0.0,
            "b3_volume_lod22": np.round(grond * (roof - mv), 2),
            "b3_kwaliteitsindicator": True,
            "b3_pw_onvoldoende": False,
        },
        geometry=footprint,
        crs=RD,
    )
    area.bag3d = _append(b3, new_3d)

    buurtcode = truth.loc[truth["blok"] == blk, "buurtcode"].iloc[0]
    new_truth = pd.DataFrame(
        {
            "identificatie": pand_ids,
            "soort": "garagebox",
            "bouwlagen": 1,
            "hoogte_70p_m": np.round(roof - mv, 2),
            "hoogte_max_m": np.round(roof + 0.05 - mv, 2),
            "complexnummer": None,
            "blok": blk,
            "buurtcode": buurtcode,
            "in_3dbag": True,
        }
    )
    area.pand_truth = pd.concat([truth, new_truth.astype(truth.dtypes.to_dict())], ignore_index=True)
    area.scenario.garagebox_pand_ids = pand_ids.tolist()
    return blk
