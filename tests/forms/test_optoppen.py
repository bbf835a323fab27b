"""The optoppen form: core formulas at their edges, per-pand tiers, the sum per complex and the
form's own verdict (storey height 3 m, cap 2, factor 0.5, 50% of the flat roof, 75 m² per home)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from optopscan.forms.optoppen import (
    evaluate_optoppen,
    extra_storeys,
    homes,
    legal_storeys,
    optoppen_per_pand,
    structural_storeys,
)

NAN = math.nan


def s(*values) -> pd.Series:
    return pd.Series(values, dtype="float64")


def test_legal_storeys_takes_the_smaller_plan_limit_and_never_goes_below_zero():
    out = legal_storeys(
        s(9.0, 9.0, 9.0, 9.0, 12.0, 4.2, 9.0),
        s(15.0, 15.0, NAN, NAN, 9.0, 10.2, NAN),
        s(NAN, 4.0, 5.0, NAN, NAN, NAN, 2.0),
        s(3.0, 3.0, 3.0, 3.0, 4.0, 2.0, 3.0),
        storey_height=3.0,
    )
    # floor(6 / 3) = 2; min(2, 4 − 3 = 1) = 1; 5 − 3 = 2; no plan → unknown; −1 → 0;
    # (10,2 − 4,2) / 3 = 1,999… in floats → still 2; plan 2 storeys under 3 now → 0
    assert out.name == "bouwlagen_juridisch"
    assert out[[0, 1, 2, 4, 5, 6]].tolist() == [2.0, 1.0, 2.0, 0.0, 2.0, 0.0] and math.isnan(out[3])


def test_structural_storeys_and_extra_storeys_take_the_minimum_with_the_cap():
    assert structural_storeys(s(5.0, NAN), factor=0.5)[0] == 2.0
    assert math.isnan(structural_storeys(s(5.0, NAN), factor=0.5)[1])
    assert structural_storeys(s(6.0), factor=0.5).name == "bouwlagen_constructief"
    out = extra_storeys(
        s(3.0, 3.0, 3.0, 3.0),
        s(30.0, 30.0, 6.0, NAN),
        s(NAN, NAN, NAN, NAN),
        s(1.0, 8.0, 8.0, 8.0),
        storey_height=3.0,
        factor=0.5,
        cap=3,
    )
    # legal 9, 9, 1, ?; structural 0, 4, 4, 4; cap 3 → 0, 3, 1, unknown (no plan is never unlimited)
    assert out.name == "extra_bouwlagen"
    assert out[:3].tolist() == [0.0, 3.0, 1.0] and math.isnan(out[3])


def test_homes_floors_and_unknown_stays_unknown():
    out = homes(s(600.0, 149.0, NAN, 600.0), s(2.0, 1.0, 2.0, NAN), usable_share=0.5, bvo_m2=75.0)
    # 600 × 0,5 × 2 / 75 = 8; 149 × 0,5 / 75 = 0,99 → 0
    assert out[:2].tolist() == [8.0, 0.0] and out[2:].isna().all()


def frame(**cols) -> pd.DataFrame:
    base = {
        "hoogte_m": 12.0,
        "hoogte_max_m": 12.0,
        "max_bouwhoogte_m": 18.0,
        "max_bouwlagen": NAN,
        "bouwlagen": 4.0,
        "daktype": "horizontal",
        "wonen_toegestaan": True,
        "plat_dak_m2": 600.0,
    }
    rows = max(len(v) for v in cols.values())
    data = {k: cols.get(k, [v] * rows) for k, v in base.items()}
    out = pd.DataFrame(data)
    out["daktype"] = out["daktype"].astype(object)
    return out


def test_per_pand_tiers_for_each_roof_and_plan(settings):
    f = frame(
        daktype=["horizontal", "slanted", "no planes", "horizontal", "horizontal", "multiple horizontal"],
        wonen_toegestaan=[True, True, True, False, True, None],
        max_bouwhoogte_m=[17.456, 18.0, 18.0, 18.0, NAN, 15.0],
    )
    out = optoppen_per_pand(f, settings)
    assert list(out.columns) == [
        "ruimte_m",
        "bouwlagen_juridisch",
        "bouwlagen_constructief",
        "optop_dak",
        "extra_bouwlagen",
        "extra_woningen_optoppen_theoretisch",
        "extra_woningen_optoppen_constructief",
        "extra_woningen_optoppen_binnen_plan",
    ]
    # ruimte 17,456 − 12 = 5,456 → 5,46; legal floor(5,456 / 3) = 1 → 1 extra → floor(600 × 0,5 × 1 / 75) = 4
    assert out.loc[0, "ruimte_m"] == 5.46 and out.loc[0, "extra_bouwlagen"] == 1
    assert out["optop_dak"].tolist() == [True, False, False, True, True, True]
    assert out["optop_dak"].dtype == bool
    # theoretisch: 8 on a flat roof (cap 2); 0 on a known pitched roof; unknown roof → unknown
    assert out["extra_woningen_optoppen_theoretisch"].fillna(-1).tolist() == [8.0, 0.0, -1, 8.0, 8.0, 8.0]
    assert out["extra_woningen_optoppen_constructief"].fillna(-1).tolist() == [8.0, 0.0, -1, 8.0, 8.0, 8.0]
    # binnen plan: 4; 0; unknown; wonen forbidden → 0; no plan → unknown; plan 15 m → 1 storey → 4
    assert out["extra_woningen_optoppen_binnen_plan"].fillna(-1).tolist() == [4.0, 0.0, -1, 0.0, -1, 4.0]
    assert out["extra_bouwlagen"].fillna(-1).tolist() == [1.0, 0.0, -1, 0.0, -1, 1.0]


def test_per_pand_reference_height_falls_back_to_70p(settings):
    f = frame(hoogte_m=[12.0], hoogte_max_m=[NAN])
    out = optoppen_per_pand(f, settings)
    assert out.loc[0, "ruimte_m"] == 6.0 and out.loc[0, "bouwlagen_juridisch"] == 2


def panden() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "complex_id": ["A", "A", "B", "D"],
            "ruimte_m": [6.0, 3.0, NAN, 1.0],
            "bouwlagen_juridisch": [2.0, 1.0, NAN, 0.0],
            "bouwlagen_constructief": [2.0, 1.0, 2.0, 0.0],
            "extra_bouwlagen": [2.0, 1.0, 0.0, 0.0],
            "optop_dak": [True, True, False, True],
            "extra_woningen_optoppen_theoretisch": [8.0, 4.0, 0.0, 8.0],
            "extra_woningen_optoppen_constructief": [8.0, 2.0, 0.0, 0.0],
            "extra_woningen_optoppen_binnen_plan": [8.0, NAN, 0.0, 0.0],
        }
    )


def test_evaluate_optoppen_sums_wings_and_takes_the_best_wing(settings):
    ids = pd.Series(["A", "B", "C"], index=[10, 11, 12])
    r = evaluate_optoppen(panden(), ids, settings)
    assert r.name == "optoppen"
    # A: 8 + 4 theoretisch, 8 + 2 constructief, 8 + unknown binnen plan = 8; C has no pand → unknown
    assert r.theoretisch.fillna(-1).to_dict() == {10: 12.0, 11: 0.0, 12: -1}
    assert r.constructief.fillna(-1).to_dict() == {10: 10.0, 11: 0.0, 12: -1}
    assert r.binnen_plan.fillna(-1).to_dict() == {10: 8.0, 11: 0.0, 12: -1}
    assert r.values["ruimte_m"].fillna(-1).tolist() == [6.0, -1, -1]
    assert r.values["bouwlagen_juridisch"].fillna(-1).tolist() == [2.0, -1, -1]
    assert r.values["bouwlagen_constructief"].fillna(-1).tolist() == [2.0, 2.0, -1]
    assert r.values["extra_bouwlagen"].fillna(-1).tolist() == [2.0, 0.0, -1]
    assert r.values["optop_dak"].tolist() == [True, False, False]
    assert list(r.values["optop_dak"].index) == [10, 11, 12]
    assert r.status.tolist() == ["kansrijk", "blokkade", "let op"]
    assert r.reden.tolist() == [
        "8 woningen binnen plan",
        "geen plat dak: geen optopkandidaat",
        "optoppen onbekend: dak, hoogte of bouwlagen ontbreekt",
    ]


def test_form_verdict_per_outcome(settings):
    p = pd.DataFrame(
        {
            "complex_id": ["E", "F", "G"],
            "ruimte_m": [0.0, NAN, 0.0],
            "bouwlagen_juridisch": [0.0, NAN, 0.0],
            "bouwlagen_constructief": [2.0, 2.0, 0.0],
            "extra_bouwlagen": [0.0, NAN, 0.0],
            "optop_dak": [True, True, True],
            "extra_woningen_optoppen_theoretisch": [8.0, 8.0, 8.0],
            "extra_woningen_optoppen_constructief": [8.0, 8.0, 0.0],
            "extra_woningen_optoppen_binnen_plan": [0.0, NAN, 0.0],
        }
    )
    r = evaluate_optoppen(p, pd.Series(["E", "F", "G"]), settings)
    assert r.status.tolist() == ["planwijziging nodig", "let op", "onderzoek nodig"]
    assert r.reden.tolist() == [
        "constructief 8 woningen, binnen plan 0: omgevingsplan aanpassen of buitenplans vergunnen",
        "constructief 8 woningen; binnen plan onbekend (geen planwaarde)",
        "constructie laat geen extra laag toe: constructeur laten rekenen",
    ]


@pytest.mark.parametrize("daktype", ["unknown", "no points", "no planes", None])
def test_unknown_roof_types_give_unknown_tiers(settings, daktype):
    out = optoppen_per_pand(frame(daktype=[daktype]), settings)
    assert out.loc[0, ["extra_bouwlagen", "extra_woningen_optoppen_theoretisch"]].isna().all()
    assert not out.loc[0, "optop_dak"]


def test_one_home_binnen_plan_is_kansrijk(settings):
    p = panden().iloc[[0]].assign(extra_woningen_optoppen_binnen_plan=1.0)
    r = evaluate_optoppen(p, pd.Series(["A"]), settings)
    assert r.status.tolist() == ["kansrijk"] and r.reden.tolist() == ["1 woningen binnen plan"]


def test_per_pand_keeps_a_non_default_index_and_caps_the_structural_tier(settings):
    # 8 storeys: structural floor(0,5 × 8) = 4, capped at 2 → constructief floor(600 × 0,5 × 2 / 75) = 8
    f = frame(bouwlagen=[8.0, 4.0], daktype=["horizontal", "slanted"], max_bouwhoogte_m=[60.0, 18.0])
    f.index = pd.Index([7, 3])
    out = optoppen_per_pand(f, settings)
    assert list(out.index) == [7, 3]
    assert out.loc[7, "bouwlagen_constructief"] == 4.0
    assert out.loc[7, "extra_woningen_optoppen_constructief"] == 8.0
    assert out.loc[7, "extra_woningen_optoppen_binnen_plan"] == 8.0
    assert out.loc[3, "extra_woningen_optoppen_theoretisch"] == 0.0  # pitched: known, no candidate
    assert out.loc[3, "extra_bouwlagen"] == 0.0


def test_combine_forms_without_any_form_is_unknown():
    from optopscan.forms import combine_forms

    out = combine_forms([], pd.Index(["a", "b"]))
    assert list(out.index) == ["a", "b"]
    assert list(out.columns) == [
        "extra_woningen_theoretisch",
        "extra_woningen_constructief",
        "extra_woningen_binnen_plan",
    ]
    assert out.isna().all().all() and (out.dtypes == "float64").all()
