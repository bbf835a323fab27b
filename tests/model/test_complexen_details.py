"""Complexen in detail: bezit → complex per pand, every aggregated column, addresses, distances
and energielabels, each hand-derived from a few panden built in code."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.model.complexen import add_distances, add_energielabels, assign_complexen, build_complexen

NAN = math.nan
RD = "EPSG:28992"


def test_assign_complexen_with_bezit_takes_the_complexnummer_with_most_vhe_per_pand():
    panden = pd.DataFrame({"pand_id": ["P1", "P2", "P3"]})
    bezit = pd.DataFrame(
        {
            "vbo_id": ["v1", "v2", "v3", "v3", "v3", "v4", "v4", "v5", "v6", "v7", "v8"],
            "pand_id": ["P1", "P1", "P1", "P1", "P1", "P2", "P2", None, "P9", "P3", "P3"],
            "complexnummer": ["C1", "C1", "C2", "C2", "C2", "C2", "C2", "C3", "C3", "CB", "CA"],
            # one VBO may appear on several VHE rows: it still counts once
            "vhe_id": ["h1", "h2", "h3", "h3b", "h3c", "h4", "h4b", "h5", "h6", "h7", "h8"],
        }
    )
    out = assign_complexen(panden, bezit)
    # P1: C1 2 VBOs vs C2 1 (v3 once, not 3×); P2: C2; P3: tie 1–1 → lowest complexnummer CA; P9 not a pand here
    assert out.to_dict("list") == {"pand_id": ["P1", "P2", "P3"], "complex_id": ["C1", "C2", "CA"]}
    assert list(out.index) == [0, 1, 2]


def pand(pid: str, cid: str, x: float, width: float = 10.0, **attrs) -> dict:
    row = {
        "pand_id": pid,
        "complex_id": cid,
        "bouwjaar": 1970.0,
        "aantal_woningen": 10,
        "hoogte_m": 12.0,
        "hoogte_max_m": 13.0,
        "bouwlagen": 4.0,
        "bouwlagen_geschat": False,
        "daktype": "horizontal",
        "plat_dak_m2": 100.0,
        "grond_m2": 100.0,
        "max_bouwhoogte_m": 18.0,
        "max_bouwlagen": NAN,
        "wonen_toegestaan": True,
        "buurtcode": "BU1",
        "buurtnaam": "Noord",
        "gemeentecode": "GM1",
        "gemeentenaam": "Stad",
        "stedelijkheid": 2.0,
        "veerkracht_waarde": 4.0,
        "parkeerzone": "centrum",
        "parkeernorm": 0.8,
        "monument": pd.NA,
        "monumentnummers": "",
        "geometry": shapely.box(x, 0, x + width, 10),
    }
    row.update(attrs)
    return row


def world() -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    rows = [
        # K: small wing first in the input, the large wing (30 m wide) is the main pand
        pand(
            "A",
            "K",
            0,
            bouwjaar=1970.0,
            hoogte_m=9.0,
            hoogte_max_m=10.0,
            bouwlagen=3.0,
            daktype="slanted",
            grond_m2=100.04,
            plat_dak_m2=NAN,
            max_bouwhoogte_m=15.0,
            max_bouwlagen=6.0,
            buurtcode="BU0",
        ),
        pand(
            "B",
            "K",
            20,
            width=30.0,
            bouwjaar=1975.0,
            bouwlagen_geschat=True,
            grond_m2=300.03,
            plat_dak_m2=250.0,
            max_bouwlagen=5.0,
            wonen_toegestaan=pd.NA,
            monument=True,
            monumentnummers="2, 1",
        ),
        pand("C", "K", 60, bouwjaar=1990.0, monument=False, monumentnummers="1"),
        # L: one pand, no plan, no bestemming
        pand("D", "L", 200, max_bouwhoogte_m=NAN, wonen_toegestaan=pd.NA, aantal_woningen=4, bouwlagen_geschat=None),
    ]
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=RD)
    for col in ("daktype", "buurtcode", "monumentnummers"):
        frame[col] = frame[col].astype(object)
    frame["wonen_toegestaan"] = frame["wonen_toegestaan"].astype("boolean")
    frame["monument"] = frame["monument"].astype("boolean")
    return frame.drop(columns="complex_id"), frame[["pand_id", "complex_id"]]


def vbo() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "vbo_id": ["v1", "v2", "v3", "v4", "v5"],
            "pand_id": ["A", "B", "B", "C", "D"],
            "woonfunctie": [True, True, True, True, True],
            "straat": ["Hofweg", "Laan", "Laan", "Laan", "Dijk"],
            "woonplaats": ["Stad", "Stad", "Stad", "Stad", "Stad"],
            "huisnummer": [9, 3, 5, 1, 12],
        }
    )


def test_build_complexen_aggregates_every_column():
    panden, toewijzing = world()
    eigendom = pd.DataFrame(
        {"woningen_bouwblok": [30.0, 0.0], "woningen_corporatie": [20.0, 0.0]}, index=pd.Index(["K", "L"])
    )
    c = build_complexen(panden, toewijzing, vbo(), None, eigendom).set_index("complex_id")
    k, l_ = c.loc["K"], c.loc["L"]
    assert (k["aantal_panden"], k["aantal_woningen"]) == (3, 30)
    assert k["aandeel_corporatie"] == 0.6667  # 20 / 30 rounded to 4 decimals
    assert math.isnan(l_["aandeel_corporatie"])  # no woningen in the bouwblok: unknown, not 0
    assert k["bouwjaar"] == 1975.0  # median of 1970, 1975, 1990
    assert (k["hoogte_m"], k["hoogte_max_m"], k["bouwlagen"]) == (12.0, 13.0, 4.0)  # the highest wing
    assert bool(k["bouwlagen_geschat"]) and not bool(l_["bouwlagen_geschat"])  # unknown is not "geschat"
    assert k["daktype"] == "horizontal"  # the largest pand's roof (B), not the first (A, slanted)
    assert k["plat_dak_m2"] == 350.0  # unknown A left out: 250,04 (B) + 100 (C) = 350,04 → 350,0
    assert l_["plat_dak_m2"] == 100.0 and l_["grond_m2"] == 100.0  # one pand is enough
    assert k["grond_m2"] == 500.1  # 100,04 + 300,03 + 100 = 500,07 → 500,1
    assert k["max_bouwhoogte_m"] == 15.0 and k["max_bouwlagen"] == 5.0  # strictest
    assert math.isnan(l_["max_bouwhoogte_m"])
    assert bool(k["wonen_toegestaan"]) and pd.isna(l_["wonen_toegestaan"])  # no bestemming: unknown
    assert k["buurtcode"] == "BU1"  # from the largest pand
    assert (k["parkeerzone"], k["parkeernorm"], k["stedelijkheid"]) == ("centrum", 0.8, 2.0)
    assert bool(k["monument"]) and pd.isna(l_["monument"])
    assert k["monumentnummers"] == "1, 2, 1"  # the distinct texts "1" and "2, 1", sorted, joined
    assert l_["monumentnummers"] == ""
    # Laan has 3 VBOs (1, 3, 5), Hofweg 1; one number alone is not a range
    assert k["adres"] == "Laan 1–5, Stad" and l_["adres"] == "Dijk 12, Stad"
    assert math.isnan(k["aantal_vhe"]) and k["complexnaam"] == ""
    assert list(c.columns)[:3] == ["aantal_panden", "aantal_woningen", "woningen_bouwblok"]
    geom = c.geometry.loc["K"]
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms) == 3 and geom.area == 500.0
    assert c.crs == RD


def test_build_complexen_with_bezit_counts_vhe_and_names():
    panden, toewijzing = world()
    bezit = pd.DataFrame(
        {
            "complexnummer": ["K", "K", "K", "L"],
            "complexnaam": [None, "Hofje", "Anders", None],
            "vbo_id": ["v1", "v2", "v3", "v5"],
            "pand_id": ["A", "B", "B", "D"],
        }
    )
    c = build_complexen(panden, toewijzing, vbo(), bezit).set_index("complex_id")
    assert c["aantal_vhe"].tolist() == [3, 1]
    assert c["complexnaam"].tolist() == ["Hofje", ""]  # first known name; none → empty
    assert c["woningen_bouwblok"].isna().all() and c["aandeel_corporatie"].isna().all()


def test_add_energielabels_counts_labelled_woningen_and_the_poor_share():
    complexen = pd.DataFrame({"complex_id": ["K", "L", "M"]})
    toewijzing = pd.DataFrame({"pand_id": ["A", "B", "D", "E"], "complex_id": ["K", "K", "L", "M"]})
    v = pd.DataFrame(
        {
            "vbo_id": ["v1", "v2", "v3", "v4", "v5", "v6"],
            "pand_id": ["A", "A", "B", "B", "D", "E"],
            "woonfunctie": [True, True, True, False, True, True],
        }
    )
    labels = pd.DataFrame(
        {
            "vbo_id": ["v1", "v1", "v2", "v3", "v4", "v5"],
            "energieklasse": ["E", "A", "C", "G", "G", ""],
        }
    )
    add_energielabels(complexen, toewijzing, v, labels, ["D", "E", "F", "G"])
    # K: v1 E (first label kept), v2 C, v3 G; v4 is no woning → 3 labelled, 2 poor → 0,667
    # L: v5 has an empty label → 0 labelled, share unknown; M: no label at all
    assert complexen["woningen_met_label"].tolist() == [3, 0, 0]
    assert complexen["aandeel_slecht_label"].iloc[0] == 0.667
    assert complexen["aandeel_slecht_label"].iloc[1:].isna().all()


def test_add_energielabels_without_labels_is_unknown():
    complexen = pd.DataFrame({"complex_id": ["K"]})
    add_energielabels(complexen, pd.DataFrame(columns=["pand_id", "complex_id"]), vbo(), None, ["G"])
    assert complexen["woningen_met_label"].isna().all() and complexen["aandeel_slecht_label"].isna().all()


def test_add_distances_per_soort_rounded_and_unknown_without_layer():
    complexen = gpd.GeoDataFrame(
        {"complex_id": ["K", "L"]}, geometry=[shapely.box(0, 0, 10, 10), shapely.box(1000, 0, 1010, 10)], crs=RD
    )
    voorz = gpd.GeoDataFrame(
        {"soort": ["supermarkt", "supermarkt", "ov_halte"], "hov": [False, False, True]},
        geometry=[shapely.Point(5, 105.4), shapely.Point(1005, 35.6), shapely.Point(5, 305)],
        crs=RD,
    )
    add_distances(complexen, voorz, ["supermarkt", "ov_halte", "huisarts"])
    # points on surface are the box centres (5, 5) and (1005, 5)
    assert complexen["afstand_supermarkt_m"].tolist() == [100.0, 31.0]  # 100,4 → 100; 30,6 → 31
    assert complexen["afstand_ov_m"].tolist() == [300.0, np.round(math.hypot(1000, 300))]
    assert complexen["afstand_hov_m"].tolist() == complexen["afstand_ov_m"].tolist()
    assert complexen["afstand_huisarts_m"].isna().all()  # no huisarts in the layer: unknown
    add_distances(complexen, None, ["supermarkt"])
    assert complexen["afstand_supermarkt_m"].isna().all() and complexen["afstand_hov_m"].isna().all()


def test_area_scan_takes_panden_with_one_woning_even_without_woonfunctie_flag():
    panden = pd.DataFrame({"pand_id": ["P1", "P2"], "woonfunctie": [False, False], "aantal_woningen": [1, 0]})
    assert assign_complexen(panden, None)["complex_id"].tolist() == ["P1"]


def test_address_ties_go_to_the_first_street_name_and_missing_vbos_give_no_address():
    panden, toewijzing = world()
    v = vbo()
    v["straat"] = ["Zuidweg", "Akkerweg", "Zuidweg", "Akkerweg", "Dijk"]  # K: 2 and 2 VBOs
    c = build_complexen(panden, toewijzing, v, None).set_index("complex_id")
    assert c.loc["K", "adres"] == "Akkerweg 1–3, Stad"
    none = build_complexen(panden, toewijzing, v.iloc[:0], None)
    assert "adres" in none and none["adres"].isna().all()


def test_a_complex_without_geometry_keeps_its_row():
    panden, toewijzing = world()
    panden.loc[panden["pand_id"] == "D", "geometry"] = None  # L is the last complex
    c = build_complexen(panden, toewijzing, vbo(), None).set_index("complex_id")
    assert c.geometry.loc["L"] is None and c.geometry.loc["K"].area == 500.0


def test_distances_and_labels_are_float_columns():
    one = gpd.GeoDataFrame({"complex_id": ["K"]}, geometry=[shapely.box(0, 0, 10, 10)], crs=RD)
    voorz = gpd.GeoDataFrame({"soort": ["supermarkt"], "hov": [True]}, geometry=[shapely.Point(5, 55)], crs=RD)
    add_distances(one, voorz, ["supermarkt"])
    assert one["afstand_supermarkt_m"].tolist() == [50.0]  # a single complex is measured too
    add_distances(one, None, ["supermarkt"])
    assert one["afstand_supermarkt_m"].dtype == np.float64 and one["afstand_hov_m"].dtype == np.float64
    complexen = pd.DataFrame({"complex_id": ["K"]})
    add_energielabels(complexen, pd.DataFrame(columns=["pand_id", "complex_id"]), vbo(), None, ["G"])
    assert complexen["woningen_met_label"].dtype == np.float64
    assert complexen["aandeel_slecht_label"].dtype == np.float64
