"""The forms contract: tiers summed over the forms, unknown never silently 0, switched-off forms."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from optopscan.forms import FormResult, combine_forms, sum_per_complex, switched_off

NAN = math.nan
INDEX = pd.Index([10, 11, 12, 13], name="rij")


def form(name: str, theoretisch: list[float], constructief: list[float], binnen_plan: list[float]) -> FormResult:
    def s(values: list[float]) -> pd.Series:
        return pd.Series(values, index=INDEX, dtype="float64")

    return FormResult(
        name=name,
        theoretisch=s(theoretisch),
        constructief=s(constructief),
        binnen_plan=s(binnen_plan),
        status=pd.Series("let op", index=INDEX, dtype=object),
        reden=pd.Series(name, index=INDEX, dtype=object),
    )


def test_tiers_sum_the_forms_and_unknown_plus_nothing_stays_unknown():
    a = form("optoppen", [2, NAN, 0, NAN], [2, NAN, 0, NAN], [1, NAN, 0, NAN])
    b = form("aanplakken", [3, 1, 0, 0], [3, 1, 0, 0], [3, 0, 0, 0])
    out = combine_forms([a, b], INDEX)
    # row 10: 2 + 3; row 11: unknown + 1 → 1 (a known lower bound); row 12: 0 + 0 → 0 (known);
    # row 13: unknown + 0 → unknown (nothing known is not "no homes")
    assert out["extra_woningen_theoretisch"].tolist()[:3] == [5, 1, 0]
    assert math.isnan(out["extra_woningen_theoretisch"].iloc[3])
    # binnen plan: row 11 is unknown + 0 → unknown, row 10 is 1 + 3
    bp = out["extra_woningen_binnen_plan"]
    assert bp.iloc[0] == 4 and math.isnan(bp.iloc[1]) and bp.iloc[2] == 0 and math.isnan(bp.iloc[3])
    # each form's column is its binnen-plan homes, unchanged
    pd.testing.assert_series_equal(out["extra_woningen_optoppen"], a.binnen_plan, check_names=False)
    pd.testing.assert_series_equal(out["extra_woningen_aanplakken"], b.binnen_plan, check_names=False)
    assert list(out.index) == list(INDEX) and out.index.name == "rij"
    assert list(out.columns) == [
        "extra_woningen_theoretisch",
        "extra_woningen_constructief",
        "extra_woningen_binnen_plan",
        "extra_woningen_optoppen",
        "extra_woningen_aanplakken",
    ]


def test_every_tier_sums_its_own_column():
    a = form("optoppen", [7, 7, 7, 7], [5, 5, 5, 5], [2, 2, 2, 2])
    b = form("uitplinten", [1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 0, 0])
    out = combine_forms([a, b], INDEX)
    assert out["extra_woningen_theoretisch"].tolist() == [8] * 4
    assert out["extra_woningen_constructief"].tolist() == [6] * 4
    assert out["extra_woningen_binnen_plan"].tolist() == [2] * 4


def test_without_any_form_every_tier_is_unknown():
    out = combine_forms([], INDEX)
    assert list(out.columns) == [f"extra_woningen_{t}" for t in ("theoretisch", "constructief", "binnen_plan")]
    assert list(out.index) == list(INDEX)
    for col in out:
        assert out[col].dtype == "float64" and out[col].isna().all()


def test_switched_off_form_is_unknown_with_its_reason():
    r = switched_off(pd.Index(["A", "B"]), "uitplinten")
    assert r.name == "uitplinten" and r.values == {}
    for tier in (r.theoretisch, r.constructief, r.binnen_plan):
        assert tier.dtype == "float64" and tier.isna().all() and list(tier.index) == ["A", "B"]
    assert r.status.dtype == object and r.status.isna().all() and list(r.status.index) == ["A", "B"]
    assert r.reden.dtype == object and r.reden.tolist() == ["uitplinten staat uit in de configuratie"] * 2
    # the tiers are separate series: changing one leaves the others unknown
    r.binnen_plan.iloc[0] = 1.0
    assert math.isnan(r.theoretisch.iloc[0]) and math.isnan(r.constructief.iloc[0])


def test_switched_off_form_leaves_the_other_forms_their_homes():
    off = switched_off(INDEX, "aanplakken")
    on = form("optoppen", [2, 0, NAN, 1], [2, 0, NAN, 1], [2, 0, NAN, 1])
    out = combine_forms([on, off], INDEX)
    # 2 + unknown → 2; 0 + unknown → unknown; unknown + unknown → unknown
    tiers = out["extra_woningen_theoretisch"]
    assert tiers.iloc[0] == 2 and math.isnan(tiers.iloc[1]) and math.isnan(tiers.iloc[2]) and tiers.iloc[3] == 1


def test_sum_per_complex_skips_unknown_panden_and_keeps_the_complex_index():
    values = pd.Series([1, NAN, 2, NAN, 5], dtype="Int64").astype("Float64")  # a nullable column
    keys = pd.Series(["K1", "K1", "K2", "K3", "K4"])
    complex_ids = pd.Series(["K2", "K1", "K3", "K9"], index=[7, 8, 9, 10])
    out = sum_per_complex(values, keys, complex_ids)
    # K2 = 2; K1 = 1 + unknown → 1; K3 only unknown → unknown; K9 has no pand → unknown
    assert list(out.index) == [7, 8, 9, 10] and out.dtype == "float64"
    assert out.iloc[0] == 2 and out.iloc[1] == 1 and math.isnan(out.iloc[2]) and math.isnan(out.iloc[3])


@pytest.mark.parametrize("values", [[0.0, 0.0], [3.0, 4.0]])
def test_sum_per_complex_adds_every_known_pand(values):
    out = sum_per_complex(pd.Series(values), pd.Series(["K", "K"]), pd.Series(["K"]))
    assert out.iloc[0] == sum(values)
