"""Scoring: weights, unknown excluded (not zero), status ladder, klasse bands and caps, rank order."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from optopscan import scoring
from optopscan.config import load_settings
from optopscan.constants import STATUS_LADDER, STATUS_RANK
from optopscan.explain import criteria_toelichting, weights_of
from optopscan.rules.base import RuleResult
from optopscan.scoring import complex_status, extra_woningen_kansrijk, klasse, rank

NAN = math.nan
BANDS = (80.0, 65.0, 50.0, 35.0)
CAPS = {"blokkade": "E", "planwijziging nodig": "C", "onderzoek nodig": "C"}
BASE = load_settings()


@pytest.fixture(scope="module")
def settings():
    return BASE


def result(name: str, scores: list[float], statuses: list[str] | None = None) -> RuleResult:
    index = pd.RangeIndex(len(scores))
    statuses = statuses or ["kansrijk"] * len(scores)
    return RuleResult(
        name,
        score=pd.Series(scores, index=index, dtype="float64"),
        status=pd.Series(statuses, index=index, dtype=object),
        reden=pd.Series([f"{name} reden"] * len(scores), index=index, dtype=object),
        kort=pd.Series([f"{name} kort"] * len(scores), index=index, dtype=object),
    )


def score_complexen(frame: pd.DataFrame, rules: dict[str, RuleResult], s) -> pd.DataFrame:
    """The scoring columns plus the criteria part of the toelichting written from them
    (:mod:`optopscan.explain`; the scan adds the vormen and input lines)."""
    out = scoring.score_complexen(frame, rules, s)
    return out.assign(toelichting=criteria_toelichting(out, rules, weights_of(rules, s), s.klassen))


def with_weights(settings, **weights):
    return dataclasses.replace(settings, gewichten=weights)


def test_weighted_mean_over_known_criteria_only(settings):
    s = with_weights(settings, hoogte=3.0, parkeren=1.0)
    frame = pd.DataFrame(index=pd.RangeIndex(2))
    out = score_complexen(
        frame, {"hoogte": result("hoogte", [1.0, 0.5]), "parkeren": result("parkeren", [0.0, NAN])}, s
    )
    # row 0: (3 × 1 + 1 × 0) / 4 = 75.0, all weight known
    # row 1: parkeren unknown → left out, not 0: 3 × 0.5 / 3 = 50.0, volledigheid 3/4 = 0.75
    assert out["score"].tolist() == [75.0, 50.0]
    assert out["volledigheid"].tolist() == [1.0, 0.75]


def test_all_unknown_is_unknown_score_and_klasse_e(settings):
    s = with_weights(settings, hoogte=1.0)
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(1)), {"hoogte": result("hoogte", [NAN], ["let op"])}, s)
    assert math.isnan(out.loc[0, "score"]) and out.loc[0, "volledigheid"] == 0 and out.loc[0, "klasse"] == "E"
    assert "ontbreekt: hoogte — hoogte kort" in out.loc[0, "toelichting"]


@pytest.mark.parametrize(
    "score, expected",
    [(80.0, "A"), (79.9, "B"), (65.0, "B"), (64.9, "C"), (50.0, "C"), (35.0, "D"), (34.9, "E"), (NAN, "E")],
)
def test_klasse_bands(score, expected):
    k = klasse(
        pd.Series([score]), pd.Series(["kansrijk"]), pd.Series([True]), bands=BANDS, caps=CAPS, incomplete_cap="C"
    )
    assert k[0] == expected


@pytest.mark.parametrize(
    "score, status, complete, expected",
    [
        (95.0, "blokkade", True, "E"),
        (95.0, "planwijziging nodig", True, "C"),
        (95.0, "onderzoek nodig", True, "C"),
        (40.0, "onderzoek nodig", True, "D"),  # a cap never improves a klasse
        (95.0, "let op", True, "A"),
        (95.0, "kansrijk", False, "C"),  # incomplete
        (70.0, "let op", False, "C"),
        (20.0, "kansrijk", False, "E"),
    ],
)
def test_klasse_caps(score, status, complete, expected):
    k = klasse(
        pd.Series([score]), pd.Series([status]), pd.Series([complete]), bands=BANDS, caps=CAPS, incomplete_cap="C"
    )
    assert k[0] == expected


def test_complex_status_is_the_most_severe():
    statuses = pd.DataFrame(
        {
            "a": ["kansrijk", "let op", "onderzoek nodig", "blokkade"],
            "b": ["kansrijk", "kansrijk", "planwijziging nodig", "let op"],
        }
    )
    assert complex_status(statuses).tolist() == ["kansrijk", "let op", "planwijziging nodig", "blokkade"]


def test_score_complexen_caps_explains_and_lists_knelpunten(settings):
    s = with_weights(settings, hoogte=3.0, monument=1.0, parkeren=1.5)
    rules = {
        "hoogte": result("hoogte", [1.0, 1.0, NAN], ["kansrijk", "planwijziging nodig", "let op"]),
        "monument": result("monument", [0.5, 1.0, 1.0], ["onderzoek nodig", "kansrijk", "kansrijk"]),
        "parkeren": result("parkeren", [1.0, 1.0, 1.0]),
    }
    frame = pd.DataFrame({"extra_woningen_binnen_plan": [4.0, 0.0, NAN]})
    out = score_complexen(frame, rules, s)
    # row 0: (3 + 0.5 + 1.5) / 5.5 = 90.9 → A by score, capped at C by 'onderzoek nodig'
    assert out.loc[0, "score"] == 90.9 and out.loc[0, "klasse"] == "C" and out.loc[0, "status"] == "onderzoek nodig"
    assert out.loc[0, "knelpunten"] == "monument — monument kort"
    assert "klasse ten hoogste C bij status onderzoek nodig" in out.loc[0, "toelichting"]
    assert out.loc[0, "extra_woningen_kansrijk"] == 0  # onderzoek nodig: not kansrijk
    # row 1: 100 → capped at C by the plan change
    assert out.loc[1, "klasse"] == "C" and out.loc[1, "status"] == "planwijziging nodig"
    # row 2: hoogte unknown → (1 + 1.5) / 5.5 = 0.45 known < 0.8 → at best C, named as missing
    assert out.loc[2, "volledigheid"] == 0.45 and out.loc[2, "klasse"] == "C"
    assert out.loc[2, "ontbreekt"] == "hoogte — hoogte kort"
    assert "klasse ten hoogste C: minder dan 80% van het gewicht bekend" in out.loc[2, "toelichting"]
    assert math.isnan(out.loc[2, "extra_woningen_kansrijk"])  # let op with unknown homes stays unknown
    assert out.loc[0, "blokkades"] == "" and out.loc[2, "knelpunten"] == ""


def test_extra_woningen_kansrijk_only_for_kansrijk_and_let_op():
    homes = pd.Series([5.0, 5.0, 5.0, 5.0, 5.0, NAN])
    status = pd.Series(["kansrijk", "let op", "onderzoek nodig", "planwijziging nodig", "blokkade", "let op"])
    out = extra_woningen_kansrijk(homes, status)
    assert out.iloc[:5].tolist() == [5.0, 5.0, 0.0, 0.0, 0.0] and math.isnan(out.iloc[5])


def frame_for_rank(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["complex_id", "status", "volledigheid", "score", "extra_woningen_binnen_plan"])


def test_rank_order_status_then_complete_then_score_homes_id():
    f = frame_for_rank(
        [
            ("K", "blokkade", 1.0, 99.0, 50.0),
            ("J", "planwijziging nodig", 1.0, 99.0, 50.0),
            ("I", "onderzoek nodig", 1.0, 99.0, 50.0),
            ("H", "let op", 1.0, 99.0, 50.0),
            ("G", "kansrijk", 0.5, 99.0, 50.0),  # incomplete: after every complete kansrijk
            ("F", "kansrijk", 1.0, 60.0, NAN),  # unknown homes after known ones at equal score
            ("E", "kansrijk", 1.0, 60.0, 3.0),
            ("D", "kansrijk", 0.8, 60.0, 3.0),  # tie on everything: complex_id decides (D before E)
            ("C", "kansrijk", 1.0, 60.0, 9.0),
            ("B", "kansrijk", 1.0, 70.0, 1.0),
            ("A", "kansrijk", 1.0, NAN, 1.0),  # unknown score: last among complete kansrijk
        ]
    )
    order = f.assign(rang=rank(f, min_volledigheid=0.8)).sort_values("rang")["complex_id"].tolist()
    assert order == ["B", "C", "D", "E", "F", "A", "G", "H", "I", "J", "K"]


statuses = st.sampled_from(STATUS_LADDER)
rows = st.lists(
    st.tuples(
        statuses,
        st.floats(0, 1),
        st.one_of(st.just(NAN), st.floats(0, 100)),
        st.one_of(st.just(NAN), st.floats(0, 50)),
    ),
    min_size=2,
    max_size=30,
)


@given(rows)
@hsettings(max_examples=60, deadline=None)
def test_property_a_more_severe_status_never_outranks_a_less_severe_one(data):
    f = frame_for_rank([(f"C{i:03d}", *row) for i, row in enumerate(data)])
    f["rang"] = rank(f, min_volledigheid=0.8)
    ordered = f.sort_values("rang")["status"].map(STATUS_RANK).to_numpy()
    assert (np.diff(ordered) >= 0).all()


@given(
    st.lists(st.floats(0, 1), min_size=1, max_size=5),
    st.sampled_from(STATUS_LADDER),
    st.floats(0.1, 5),
)
@hsettings(max_examples=25, deadline=None)
def test_property_adding_an_unknown_criterion_never_raises_the_klasse(scores, status, weight):
    base = BASE
    names = [f"k{i}" for i in range(len(scores))]
    rules = {n: result(n, [sc], [status]) for n, sc in zip(names, scores, strict=True)}
    before = score_complexen(
        pd.DataFrame(index=pd.RangeIndex(1)), rules, with_weights(base, **dict.fromkeys(names, 1.0))
    )
    rules["extra"] = result("extra", [NAN], ["let op"])
    weights = {**dict.fromkeys(names, 1.0), "extra": weight}
    after = score_complexen(pd.DataFrame(index=pd.RangeIndex(1)), rules, with_weights(base, **weights))
    assert after.loc[0, "klasse"] >= before.loc[0, "klasse"]  # "A" < "B" < … < "E"
    assert after.loc[0, "score"] == before.loc[0, "score"]  # unknown changes completeness, not score
