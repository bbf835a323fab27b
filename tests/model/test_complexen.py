"""Complexen built in code: a stepped complex counts each wing's own height, roof and plan;
the complex row aggregates its panden (strictest plan, sum of homes)."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from optopscan.config import load_settings
from optopscan.forms import combine_forms, sum_per_complex
from optopscan.forms.optoppen import evaluate_optoppen, optoppen_per_pand
from optopscan.model.complexen import assign_complexen, build_complexen

NAN = math.nan


@pytest.fixture(scope="module")
def settings():
    return load_settings()


def pand(pid: str, x: float, **attrs) -> dict:
    row = {
        "pand_id": pid,
        "bouwjaar": 1970.0,
        "gebruiksdoel": "woonfunctie",
        "woonfunctie": True,
        "aantal_woningen": 10,
        "hoogte_m": 12.0,
        "hoogte_max_m": 12.0,
        "bouwlagen": 4.0,
        "bouwlagen_geschat": False,
        "daktype": "horizontal",
        "plat_dak_m2": 600.0,
        "grond_m2": 600.0,
        "max_bouwhoogte_m": 12.0,
        "max_bouwlagen": NAN,
        "wonen_toegestaan": True,
        "buurtcode": "BU1",
        "buurtnaam": "Buurt",
        "gemeentecode": "GM1",
        "gemeentenaam": "Gemeente",
        "stedelijkheid": 3.0,
        "veerkracht_waarde": 4.0,
        "parkeerzone": "rest",
        "parkeernorm": 1.0,
        "monument": False,
        "monumentnummers": "",
        "geometry": shapely.box(x, 0, x + 60, 10),
    }
    row.update(attrs)
    return row


def stepped_world() -> gpd.GeoDataFrame:
    """Complex S (getrapt): wing A 4 lagen 12 m, wing B 2 lagen 6 m, wing C pitched; plan 12 m.
    Complex U: one wing known, one not in 3D BAG. Complex N: no pand known."""
    rows = [
        pand("A", 0, complex_id="S"),
        pand("B", 60, complex_id="S", hoogte_m=6.0, hoogte_max_m=6.0, bouwlagen=2.0, plat_dak_m2=300.0, grond_m2=300.0),
        pand("C", 120, complex_id="S", daktype="slanted", bouwlagen=3.0, plat_dak_m2=0.0),
        pand("D", 300, complex_id="U", max_bouwhoogte_m=18.0),
        pand("E", 360, complex_id="U", hoogte_m=NAN, hoogte_max_m=NAN, bouwlagen=NAN, daktype=None, plat_dak_m2=NAN),
        pand("F", 600, complex_id="N", hoogte_m=NAN, hoogte_max_m=NAN, bouwlagen=NAN, daktype=None, plat_dak_m2=NAN),
    ]
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:28992")
    frame["daktype"] = frame["daktype"].astype(object)
    frame["wonen_toegestaan"] = frame["wonen_toegestaan"].astype("boolean")
    frame["monument"] = frame["monument"].astype("boolean")
    return frame


def test_each_wing_of_a_stepped_complex_uses_its_own_height_roof_and_plan(settings):
    panden = stepped_world()
    per_pand = panden.join(optoppen_per_pand(panden, settings)).set_index("pand_id")
    # A: floor((12 - 12) / 3) = 0 legal, floor(0.5 × 4) = 2 structural
    #    theoretisch = constructief = floor(600 × 0.5 × 2 / 75) = 8, binnen plan 0
    # B: floor((12 - 6) / 3) = 2 legal, floor(0.5 × 2) = 1 structural → 1 extra
    #    theoretisch floor(300 × 0.5 × 2 / 75) = 4, constructief = binnen plan floor(300 × 0.5 × 1 / 75) = 2
    # C: pitched → 0 in every tier
    tiers = ["extra_woningen_optoppen_theoretisch", "extra_woningen_optoppen_constructief"]
    tiers.append("extra_woningen_optoppen_binnen_plan")
    assert per_pand.loc["A", tiers].tolist() == [8, 8, 0]
    assert per_pand.loc["B", tiers].tolist() == [4, 2, 2]
    assert per_pand.loc["C", tiers].tolist() == [0, 0, 0]
    assert per_pand.loc["B", "extra_bouwlagen"] == 1


def test_stepped_complex_sums_wings_and_unknown_stays_unknown(settings):
    panden = stepped_world()
    panden = panden.join(optoppen_per_pand(panden, settings))
    complex_ids = pd.Series(["S", "U", "N", "X"], index=[7, 8, 9, 10])  # X: no pand at all
    form = evaluate_optoppen(panden, complex_ids, settings)
    # S: 8 + 4 + 0 = 12 theoretisch, 8 + 2 + 0 = 10 constructief, 0 + 2 + 0 = 2 binnen plan;
    #    measured from the highest roof (12 m against 12 m) it would have been 0 binnen plan
    assert form.theoretisch[7] == 12 and form.constructief[7] == 10 and form.binnen_plan[7] == 2
    assert form.values["extra_bouwlagen"][7] == 1  # the best wing
    assert form.status[7] == "kansrijk"
    # U: D alone is known (plan 18 m: floor(6/3) = 2, structural 2 → 8 homes); E is unknown
    assert form.binnen_plan[8] == 8 and form.theoretisch[8] == 8
    # N and X: nothing known → unknown, never 0
    assert math.isnan(form.theoretisch[9]) and math.isnan(form.binnen_plan[10])
    assert form.status[9] == "let op"
    combined = combine_forms([form], complex_ids.index)
    assert combined.loc[7, "extra_woningen_binnen_plan"] == 2 and combined.loc[7, "extra_woningen_optoppen"] == 2


def test_combine_forms_sums_tiers_over_forms_and_keeps_unknown(settings):
    from optopscan.forms import FormResult

    index = pd.RangeIndex(3)

    def form(name, theo, constr, plan):
        s = pd.Series(["kansrijk"] * 3, index=index, dtype=object)
        return FormResult(
            name, pd.Series(theo, index=index), pd.Series(constr, index=index), pd.Series(plan, index=index), s, s
        )

    out = combine_forms(
        [
            form("optoppen", [8.0, NAN, 0.0], [4.0, NAN, 0.0], [2.0, NAN, 0.0]),
            form("aanplakken", [3.0, NAN, 1.0], [3.0, NAN, 1.0], [0.0, NAN, 1.0]),
        ],
        index,
    )
    # row 0: 8 + 3, 4 + 3, 2 + 0; row 1: both unknown → unknown; row 2: 0 + 1
    assert out.loc[
        0, ["extra_woningen_theoretisch", "extra_woningen_constructief", "extra_woningen_binnen_plan"]
    ].tolist() == [11, 7, 2]
    assert math.isnan(out.loc[1, "extra_woningen_theoretisch"])
    assert out.loc[2, "extra_woningen_theoretisch"] == 1 and out.loc[2, "extra_woningen_aanplakken"] == 1


def test_sum_per_complex_aligns_to_the_complexen_index():
    values = pd.Series([1.0, 2.0, NAN, NAN])
    keys = pd.Series(["a", "a", "b", "c"])
    out = sum_per_complex(values, keys, pd.Series(["c", "a", "b", "z"], index=[3, 4, 5, 6]))
    assert out.index.tolist() == [3, 4, 5, 6]
    assert math.isnan(out[3]) and out[4] == 3 and math.isnan(out[5]) and math.isnan(out[6])


def test_build_complexen_takes_strictest_plan_and_sums(settings):
    panden = stepped_world()
    panden.loc[panden["pand_id"] == "B", "max_bouwhoogte_m"] = 9.0
    panden.loc[panden["pand_id"] == "C", ["monument", "monumentnummers"]] = [True, "531234"]
    panden.loc[panden["pand_id"] == "C", "wonen_toegestaan"] = False
    toewijzing = panden[["pand_id", "complex_id"]]
    vbo = pd.DataFrame(
        {
            "vbo_id": ["v1", "v2"],
            "pand_id": ["A", "B"],
            "woonfunctie": [True, True],
            "straat": ["Trapstraat", "Trapstraat"],
            "woonplaats": ["Testdorp", "Testdorp"],
            "huisnummer": [1, 7],
        }
    )
    c = build_complexen(panden.drop(columns="complex_id"), toewijzing, vbo, None).set_index("complex_id")
    assert c.loc["S", "aantal_panden"] == 3 and c.loc["S", "aantal_woningen"] == 30
    assert c.loc["S", "max_bouwhoogte_m"] == 9.0  # strictest wing
    assert c.loc["S", "plat_dak_m2"] == 900.0  # 600 + 300 + 0
    assert bool(c.loc["S", "monument"]) and c.loc["S", "monumentnummers"] == "531234"
    assert not bool(c.loc["S", "wonen_toegestaan"])  # one wing forbids wonen
    assert c.loc["S", "adres"] == "Trapstraat 1–7, Testdorp"
    assert math.isnan(c.loc["N", "plat_dak_m2"])  # unknown stays unknown


def test_area_scan_makes_every_residential_pand_a_complex():
    panden = pd.DataFrame(
        {"pand_id": ["P1", "P2", "P3"], "woonfunctie": [True, False, False], "aantal_woningen": [5, 0, 2]}
    )
    out = assign_complexen(panden, None)
    assert out["complex_id"].tolist() == ["P1", "P3"] and out["pand_id"].tolist() == ["P1", "P3"]


def test_input_notes_per_complex_name_ahn_heights_and_implausible_values():
    from optopscan.model.complexen import _input_notes

    rows = pd.DataFrame(
        {
            "complex_id": ["K1", "K1", "K2", "K3", "K3", "K4"],
            "hoogtebron": ["3dbag", "ahn", "ahn", "3dbag", None, None],
            "onwaarschijnlijk": ["", "bouwjaar 2999 onwaarschijnlijk, genegeerd", "", "", None, "x"],
        }
    )
    out = _input_notes(rows, pd.Index(["K1", "K2", "K3", "K4", "K5"]))
    # K1 mixes both sources; K2 only AHN; K3 only 3D BAG (a pand without height adds nothing);
    # K4 has no height at all; K5 has no pand here
    assert out["hoogtebron"].tolist() == ["3dbag+ahn", "ahn", "3dbag", None, None]
    assert out["onwaarschijnlijk"].tolist() == ["bouwjaar 2999 onwaarschijnlijk, genegeerd", "", "", "x", ""]
