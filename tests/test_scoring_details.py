"""Scoring details a user reads: the full toelichting, blokkades/knelpunten/ontbreekt lists,
per-criterion columns, weights that are absent or zero, configurable klasse caps, rank ties."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest

from optopscan import scoring
from optopscan.config import load_settings
from optopscan.explain import criteria_toelichting, weights_of
from optopscan.rules.base import RuleResult
from optopscan.scoring import complex_status, klasse, rank, weighted_score

NAN = math.nan
BASE = load_settings()


def result(name: str, scores: list[float], statuses: list[str], index: pd.Index | None = None) -> RuleResult:
    index = index if index is not None else pd.RangeIndex(len(scores))
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


@pytest.fixture  # per test: mutmut runs only the tests it saw calling the code
def three_rows():
    """hoogte (gewicht 3), monument (1,5), parkeren (0,5): total weight 5."""
    s = with_weights(BASE, hoogte=3.0, monument=1.5, parkeren=0.5)
    rules = {
        "hoogte": result("hoogte", [1.0, 0.0, 0.5, 0.0], ["kansrijk", "blokkade", "kansrijk", "blokkade"]),
        "monument": result("monument", [0.5, NAN, 1.0, 0.0], ["onderzoek nodig", "let op", "kansrijk", "blokkade"]),
        "parkeren": result(
            "parkeren", [NAN, 1.0, 1.0, 1.0], ["let op", "planwijziging nodig", "kansrijk", "onderzoek nodig"]
        ),
    }
    frame = pd.DataFrame({"extra_woningen_binnen_plan": [6.0, 6.0, 6.0, 6.0]})
    return score_complexen(frame, rules, s)


def test_toelichting_complete_with_a_cap_knelpunt_and_a_missing_criterion(three_rows):
    # known weight 3 + 1,5 = 4,5 of 5 → 90% (≥ 80%: complete)
    # score 100 × (3 × 1 + 1,5 × 0,5) / 4,5 = 83,33 → 83,3 → A by band, capped at C by 'onderzoek nodig'
    assert three_rows.loc[0, "toelichting"] == (
        "Score 83,3 (klasse C, onderzoek nodig; 90% van het gewicht bekend)"
        "\nklasse ten hoogste C bij status onderzoek nodig"
        "\nwat de status opheft: monument — monument kort"
        "\nontbreekt: parkeren — parkeren kort"
        "\nhoogte (gewicht 3): hoogte reden — score 1,00 (kansrijk)"
        "\nmonument (gewicht 1,5): monument reden — score 0,50 (onderzoek nodig)"
        "\nparkeren (gewicht 0,5): parkeren reden — score onbekend (let op)"
    )
    assert three_rows.loc[0, "score"] == 83.3 and three_rows.loc[0, "volledigheid"] == 0.9
    assert three_rows.loc[0, "extra_woningen_kansrijk"] == 0.0  # onderzoek nodig: not kansrijk


def test_toelichting_blocked_and_incomplete_names_both_caps(three_rows):
    # known weight 3 + 0,5 = 3,5 of 5 → 70% (< 80%); score 100 × 0,5 / 3,5 = 14,29 → 14,3 → E
    row = three_rows.loc[1]
    assert row["status"] == "blokkade" and row["klasse"] == "E" and row["score"] == 14.3
    assert row["blokkades"] == "hoogte — hoogte kort"
    assert row["knelpunten"] == "parkeren — parkeren kort"  # planwijziging nodig; the blokkade is not repeated
    assert row["ontbreekt"] == "monument — monument kort"
    assert row["toelichting"] == (
        "Score 14,3 (klasse E, blokkade; 70% van het gewicht bekend)"
        "\nklasse ten hoogste E bij status blokkade"
        "\nklasse ten hoogste C: minder dan 80% van het gewicht bekend"
        "\nwat de status opheft: parkeren — parkeren kort"
        "\nontbreekt: monument — monument kort"
        "\nhoogte (gewicht 3): hoogte reden — score 0,00 (blokkade)"
        "\nmonument (gewicht 1,5): monument reden — score onbekend (let op)"
        "\nparkeren (gewicht 0,5): parkeren reden — score 1,00 (planwijziging nodig)"
    )


def test_toelichting_of_an_open_complex_has_no_cap_lines(three_rows):
    # (3 × 0,5 + 1,5 × 1 + 0,5 × 1) / 5 = 0,70 → 70,0 → B; everything known
    row = three_rows.loc[2]
    assert (row["score"], row["klasse"], row["status"], row["volledigheid"]) == (70.0, "B", "kansrijk", 1.0)
    assert row["blokkades"] == row["knelpunten"] == row["ontbreekt"] == ""
    assert row["extra_woningen_kansrijk"] == 6.0
    assert row["toelichting"] == (
        "Score 70,0 (klasse B, kansrijk; 100% van het gewicht bekend)"
        "\nhoogte (gewicht 3): hoogte reden — score 0,50 (kansrijk)"
        "\nmonument (gewicht 1,5): monument reden — score 1,00 (kansrijk)"
        "\nparkeren (gewicht 0,5): parkeren reden — score 1,00 (kansrijk)"
    )


def test_several_blokkades_are_joined_in_criterion_order(three_rows):
    # hoogte and monument block, parkeren needs a study: 100 × 0,5 / 5 = 10,0
    row = three_rows.loc[3]
    assert row["blokkades"] == "hoogte — hoogte kort; monument — monument kort"
    assert row["knelpunten"] == "parkeren — parkeren kort"
    assert row["score"] == 10.0 and row["klasse"] == "E"


def test_per_criterion_columns_are_kept_and_rounded(three_rows):
    assert three_rows["status_monument"].tolist() == ["onderzoek nodig", "let op", "kansrijk", "blokkade"]
    assert three_rows["reden_parkeren"].tolist() == ["parkeren reden"] * 4
    assert three_rows["score_hoogte"].tolist() == [1.0, 0.0, 0.5, 0.0]
    s = with_weights(BASE, hoogte=1.0)
    out = score_complexen(
        pd.DataFrame(index=pd.RangeIndex(1)), {"hoogte": result("hoogte", [0.123456], ["kansrijk"])}, s
    )
    assert out.loc[0, "score_hoogte"] == 0.123  # rounded to 3 decimals
    assert out.loc[0, "score"] == 12.3  # 100 × 0.123456 → 1 decimal
    assert "extra_woningen_kansrijk" not in out  # no binnen-plan homes in the frame


def test_output_columns_in_order():
    s = with_weights(BASE, hoogte=1.0)
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(1)), {"hoogte": result("hoogte", [1.0], ["let op"])}, s)
    assert list(out.columns) == [
        "score",
        "klasse",
        "status",
        "volledigheid",
        "score_hoogte",
        "status_hoogte",
        "reden_hoogte",
        "blokkades",
        "knelpunten",
        "ontbreekt",
        "toelichting",
    ]
    # let op has no klasse cap: 100 → A, no cap line
    assert out.loc[0, "klasse"] == "A"
    assert out.loc[0, "toelichting"].startswith("Score 100,0 (klasse A, let op; 100% van het gewicht bekend)\nhoogte")


def test_criterion_without_weight_neither_scores_nor_counts_as_missing():
    # bouwjaar has no weight in the settings: its 0 does not pull the score down, its NaN is not 'ontbreekt'
    s = with_weights(BASE, hoogte=2.0, parkeren=0.0)
    rules = {
        "hoogte": result("hoogte", [0.6, 0.6], ["kansrijk", "kansrijk"]),
        "bouwjaar": result("bouwjaar", [0.0, NAN], ["kansrijk", "let op"]),
        "parkeren": result("parkeren", [NAN, 0.0], ["let op", "kansrijk"]),
    }
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(2)), rules, s)
    assert out["score"].tolist() == [60.0, 60.0]  # 2 × 0,6 / 2
    assert out["volledigheid"].tolist() == [1.0, 1.0]
    assert out["ontbreekt"].tolist() == ["", ""]
    assert "bouwjaar (gewicht 0): bouwjaar reden — score 0,00 (kansrijk)" in out.loc[0, "toelichting"]


def test_weighted_score_without_any_weight_is_unknown_not_zero():
    scores = pd.DataFrame({"a": [1.0, NAN], "b": [0.5, 0.5]})
    total, volledigheid = weighted_score(scores, pd.Series({"a": 0.0, "b": 0.0}))
    assert total.isna().all() and volledigheid.isna().all()
    # a weight for an unknown name is ignored; a name without weight weighs 0
    total, volledigheid = weighted_score(scores, pd.Series({"a": 1.0, "zzz": 5.0}))
    assert total.iloc[0] == 100.0 and math.isnan(total.iloc[1])
    assert volledigheid.tolist() == [1.0, 0.0]


def test_volledigheid_rounds_to_two_decimals():
    # known 1 of 3 → 0,333… → 0,33; score 100 × 0,5 = 50,0
    total, volledigheid = weighted_score(pd.DataFrame({"a": [0.5], "b": [NAN]}), pd.Series({"a": 1.0, "b": 2.0}))
    assert volledigheid.iloc[0] == 0.33 and total.iloc[0] == 50.0


def test_complex_status_without_criteria_is_kansrijk():
    out = complex_status(pd.DataFrame(index=pd.Index([5, 7])))
    assert out.tolist() == ["kansrijk", "kansrijk"] and list(out.index) == [5, 7]


def test_klasse_caps_come_from_the_klassen_config():
    k = dataclasses.replace(
        BASE.klassen, bij_onderzoek="B", bij_planwijziging="D", volledigheid=0.9, bij_onvolledig="D"
    )
    s = dataclasses.replace(with_weights(BASE, a=1.0, b=9.0), klassen=k)
    rules = {
        "a": result("a", [1.0, 1.0, NAN, 1.0], ["onderzoek nodig", "planwijziging nodig", "kansrijk", "blokkade"]),
        "b": result("b", [1.0, 1.0, 1.0, 1.0], ["kansrijk"] * 4),
    }
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(4)), rules, s)
    # row 2: known 9 of 10 = 0,9 ≥ 0,9 → still complete → A
    assert out["klasse"].tolist() == ["B", "D", "A", "E"]
    assert "klasse ten hoogste B bij status onderzoek nodig" in out.loc[0, "toelichting"]
    assert "klasse ten hoogste D bij status planwijziging nodig" in out.loc[1, "toelichting"]
    assert "ten hoogste" not in out.loc[2, "toelichting"]
    k2 = dataclasses.replace(k, volledigheid=0.95)
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(4)), rules, dataclasses.replace(s, klassen=k2))
    # 0,9 < 0,95 → incomplete → at best D
    assert out.loc[2, "klasse"] == "D"
    assert "klasse ten hoogste D: minder dan 95% van het gewicht bekend" in out.loc[2, "toelichting"]


def test_klasse_keeps_the_index_and_caps_only_the_named_status():
    score = pd.Series([90.0, 90.0], index=[10, 20])
    out = klasse(
        score,
        pd.Series(["x", "y"], index=[10, 20]),
        pd.Series([True, True], index=[10, 20]),
        bands=(80, 65, 50, 35),
        caps={"x": "D"},
        incomplete_cap="C",
    )
    assert out.to_dict() == {10: "D", 20: "A"}


def test_score_complexen_keeps_a_non_default_index():
    index = pd.Index([10, 20], name="i")
    s = with_weights(BASE, hoogte=1.0)
    out = score_complexen(
        pd.DataFrame({"extra_woningen_binnen_plan": [3.0, 4.0]}, index=index),
        {"hoogte": result("hoogte", [1.0, 0.2], ["kansrijk", "blokkade"], index=index)},
        s,
    )
    assert list(out.index) == [10, 20]
    assert out["extra_woningen_kansrijk"].tolist() == [3.0, 0.0]
    assert out["blokkades"].tolist() == ["", "hoogte — hoogte kort"]
    assert out["klasse"].tolist() == ["A", "E"]


def frame_for_rank(rows: list[tuple], index=None) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["complex_id", "status", "volledigheid", "score", "extra_woningen_binnen_plan"], index=index
    )


def test_rank_unknowns_sort_after_zero_and_threshold_is_inclusive():
    f = frame_for_rank(
        [
            ("A", "kansrijk", 0.8, 50.0, 2.0),  # exactly at min_volledigheid: complete
            ("B", "kansrijk", 0.79, 90.0, 2.0),  # just below: after every complete one
            ("C", "kansrijk", NAN, 95.0, 2.0),  # unknown volledigheid: incomplete
            ("D", "kansrijk", 1.0, 0.0, 2.0),  # score 0 before unknown score
            ("E", "kansrijk", 1.0, NAN, 2.0),
            ("F", "kansrijk", 1.0, 50.0, NAN),  # unknown homes after 0 homes at equal score
            ("G", "kansrijk", 1.0, 50.0, 0.0),
        ],
        index=[70, 60, 50, 40, 30, 20, 10],
    )
    r = rank(f, min_volledigheid=0.8)
    assert list(r.index) == [70, 60, 50, 40, 30, 20, 10]
    order = f.assign(rang=r).sort_values("rang")["complex_id"].tolist()
    # complete: A (50, 2 homes), G (50, 0), F (50, ?), D (0), E (?); then incomplete by score: C (95), B (90)
    assert order == ["A", "G", "F", "D", "E", "C", "B"]
    assert sorted(r.tolist()) == list(range(1, 8))


def test_rank_let_op_comes_after_kansrijk_even_with_a_lower_score():
    f = frame_for_rank([("A", "let op", 1.0, 99.0, 9.0), ("B", "kansrijk", 1.0, 1.0, 1.0)])
    assert rank(f, min_volledigheid=0.8).tolist() == [2, 1]


def test_several_knelpunten_and_missing_criteria_are_joined():
    s = with_weights(BASE, a=1.0, b=1.0, c=1.0, d=1.0, e=1.0)
    rules = {
        "a": result("a", [1.0], ["onderzoek nodig"]),
        "b": result("b", [NAN], ["let op"]),
        "c": result("c", [1.0], ["planwijziging nodig"]),
        "d": result("d", [NAN], ["let op"]),
        "e": result("e", [1.0], ["kansrijk"]),
    }
    out = score_complexen(pd.DataFrame(index=pd.RangeIndex(1)), rules, s)
    assert out.loc[0, "knelpunten"] == "a — a kort; c — c kort"
    assert out.loc[0, "ontbreekt"] == "b — b kort; d — d kort"
    assert out.loc[0, "blokkades"] == ""
    # 3 of 5 known → 60% < 80%; planwijziging is the most severe status
    assert out.loc[0, "status"] == "planwijziging nodig" and out.loc[0, "volledigheid"] == 0.6
    assert (
        "\nwat de status opheft: a — a kort; c — c kort\nontbreekt: b — b kort; d — d kort\n"
        in (out.loc[0, "toelichting"])
    )
