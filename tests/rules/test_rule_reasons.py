"""The reasons a user reads per criterion, word for word, and the thresholds at their boundaries
(default config unless a test changes one setting)."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest

from optopscan.rules import RULES, bouwjaar, eigendom, evaluate_all, monument, parkeren, veerkracht, voorzieningen
from optopscan.rules.base import RuleResult, unit_score, with_verdict

NAN = math.nan


def with_rule(settings, name: str, **changes):
    rule = dataclasses.replace(getattr(settings.regels, name), **changes)
    return dataclasses.replace(settings, regels=dataclasses.replace(settings.regels, **{name: rule}))


# --- bouwjaar ---------------------------------------------------------------------------------

BAND_1965 = "1965-1990, vaak constructieve overcapaciteit"


def test_bouwjaar_reasons_word_for_word(make_frame, settings):
    f = make_frame(
        [
            {"bouwjaar": 1972.0, "woningen_met_label": 20.0, "aandeel_slecht_label": 0.75},
            {"bouwjaar": 1955.0, "woningen_met_label": 20.0, "aandeel_slecht_label": 0.75},
            {"bouwjaar": 1972.0, "woningen_met_label": 0.0, "aandeel_slecht_label": NAN},
            {"bouwjaar": 1972.0, "woningen_met_label": 12.0, "aandeel_slecht_label": 0.0},
            {"bouwjaar": 1930.0},
        ]
    )
    r = bouwjaar.evaluate(f, settings)
    assert r.reden.tolist() == [
        f"bouwjaar 1972: {BAND_1965}; koppelkans verduurzaming (bouwjaar 1965–1990, 75% van 20 woningen met label "
        "heeft D-G)",
        "bouwjaar 1955: naoorlogs",
        f"bouwjaar 1972: {BAND_1965}; koppelkans verduurzaming (bouwjaar 1965–1990, energielabel onbekend)",
        f"bouwjaar 1972: {BAND_1965}; geen koppelkans verduurzaming: alle 12 woningen met label hebben beter dan D-G",
        "bouwjaar 1930: vooroorlogs",
    ]
    assert r.kort.tolist() == r.reden.tolist()  # no separate short verdict
    assert r.values["koppelkans_verduurzaming"].dtype == bool
    assert r.score.tolist() == [1.0, 1.0, 1.0, 1.0, 0.2]


def test_bouwjaar_outside_every_band_is_unknown_let_op(make_frame, settings):
    band = dataclasses.replace(settings.regels.bouwjaar.banden[2])  # 1950–1964 naoorlogs, 1.0, kansrijk
    s = with_rule(settings, "bouwjaar", banden=[band])
    r = bouwjaar.evaluate(make_frame([{"bouwjaar": 1930.0}, {"bouwjaar": 1950.0}, {"bouwjaar": 1964.0}]), s)
    assert math.isnan(r.score[0]) and r.status[0] == "let op"
    assert r.reden[0] == "bouwjaar 1930: valt buiten de ingestelde banden"
    assert r.score[1] == r.score[2] == 1.0 and r.status[1] == r.status[2] == "kansrijk"


def test_bouwjaar_labels_name_the_configured_poor_labels(make_frame, settings):
    s = with_rule(settings, "bouwjaar", slechte_energielabels=["E", "F", "G"])
    f = make_frame([{"bouwjaar": 1980.0, "woningen_met_label": 10.0, "aandeel_slecht_label": 0.5}])
    assert bouwjaar.evaluate(f, s).reden[0].endswith("(bouwjaar 1965–1990, 50% van 10 woningen met label heeft E-G)")


@pytest.mark.parametrize(
    "year, share, expected",
    [
        (1964.0, 0.5, False),
        (1965.0, 0.5, True),
        (1990.0, 0.01, True),
        (1991.0, 0.5, False),
        (1975.0, 0.0, False),  # all labelled woningen A–C
        (1975.0, NAN, True),  # no label known
        (NAN, 0.5, False),
    ],
)
def test_koppelkans_boundaries(year, share, expected):
    out = bouwjaar.koppelkans(pd.Series([year]), pd.Series([share]), van=1965, tot=1990)
    assert out.dtype == bool and bool(out[0]) is expected


# --- eigendom ---------------------------------------------------------------------------------


def test_eigendom_reasons_word_for_word(make_frame, settings):
    f = make_frame(
        [
            {"woningen_corporatie": 40.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 1.0},
            {"woningen_corporatie": 20.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 0.5},
            {"woningen_corporatie": 32.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 0.8},
            {"woningen_corporatie": NAN, "woningen_bouwblok": NAN, "aandeel_corporatie": NAN},
        ]
    )
    r = eigendom.evaluate(f, settings)
    spikkel = "VvE-besluit of instemming van eigenaren nodig"
    assert r.reden.tolist() == [
        "volledig eigendom: 40 van 40 woningen in het bouwblok",
        f"gespikkeld: 20 van 40 woningen in het bouwblok (50%) van de corporatie; {spikkel}, "
        "onder 80% is instemming lastig",
        f"gespikkeld: 32 van 40 woningen in het bouwblok (80%) van de corporatie; {spikkel}",
        "eigendom onbekend (geen bezitsbestand)",
    ]
    assert r.kort.tolist() == r.reden.tolist()[:3] + ["geen bezitsbestand"]
    assert r.values["eigendom"].tolist() == ["volledig", "gespikkeld", "gespikkeld", "onbekend"]
    assert r.status.tolist() == ["kansrijk", "let op", "let op", "let op"]
    # 0,6 × 0,5 = 0,3 and 0,6 × 0,8 = 0,48
    assert r.score[:3].tolist() == [1.0, 0.3, 0.48] and math.isnan(r.score[3])


def test_eigendom_thresholds_and_scores_come_from_config(make_frame, settings):
    s = with_rule(settings, "eigendom", drempel_volledig=0.9, score_volledig=0.9, score_gespikkeld=0.5, drempel_vve=0.5)
    f = make_frame(
        [
            {"woningen_corporatie": 36.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 0.9},  # at drempel
            {"woningen_corporatie": 20.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 0.5},  # at drempel_vve
            {"woningen_corporatie": 16.0, "woningen_bouwblok": 40.0, "aandeel_corporatie": 0.4},
        ]
    )
    r = eigendom.evaluate(f, s)
    assert r.values["eigendom"].tolist() == ["volledig", "gespikkeld", "gespikkeld"]
    assert r.score.tolist() == [0.9, 0.25, 0.2]  # 0,5 × 0,5 and 0,5 × 0,4
    assert "lastig" not in r.reden[1]
    assert r.reden[2].endswith(", onder 50% is instemming lastig")


# --- parkeren ---------------------------------------------------------------------------------


def test_parkeren_reasons_word_for_word(make_frame, settings):
    # binnen-plan homes = floor(roof × 0,5 × 2 / 75): 600 → 8, 750 → 10, 900 → 12, 3000 → 40
    f = make_frame(
        [
            {"plat_dak_m2": 600.0},
            {"plat_dak_m2": 750.0, "afstand_hov_m": 800.0},
            {"plat_dak_m2": 900.0},
            {"plat_dak_m2": 3000.0},
            {"plat_dak_m2": 600.0, "parkeernorm": NAN, "parkeerzone": None},
        ]
    )
    r = parkeren.evaluate(f, settings)
    maatwerk = (
        "40 extra parkeerplaatsen (vanaf 40): maatwerk parkeren (lagere norm, deelmobiliteit, afwijken van de norm)"
    )
    geen_norm = "geen parkeernorm (complex in geen parkeerzone of geen zonelaag opgegeven)"
    assert r.reden.tolist() == [
        "8 extra woningen × norm 1,00 (zone rest) = 8 extra parkeerplaatsen",
        "10 extra woningen × norm 1,00 (zone rest) − 20% HOV-korting = 8 extra parkeerplaatsen",
        "12 extra woningen × norm 1,00 (zone rest) = 12 extra parkeerplaatsen — let op: 10 of meer extra "
        "parkeerplaatsen",
        f"40 extra woningen × norm 1,00 (zone rest) = 40 extra parkeerplaatsen — let op: {maatwerk}",
        f"8 extra woningen × norm onbekend (zone geen zone) = onbekend extra parkeerplaatsen — onbekend: {geen_norm}",
    ]
    assert r.kort.tolist() == [r.reden[0], r.reden[1], "10 of meer extra parkeerplaatsen", maatwerk, geen_norm]
    # score 1 − places / 40: 8 → 0,8; 12 → 0,7; 40 → 0
    assert r.score[:4].tolist() == [0.8, 0.8, 0.7, 0.0] and math.isnan(r.score[4])
    assert r.status.tolist() == ["kansrijk", "kansrijk", "let op", "let op", "let op"]


def test_parkeren_deelmobiliteit_is_named_and_counted(make_frame, settings):
    s = with_rule(settings, "parkeren", deelmobiliteit_korting=0.1)
    # 10 homes × 1 × 0,9 = 9 places → below drempel 10 → kansrijk
    r = parkeren.evaluate(make_frame([{"plat_dak_m2": 750.0}]), s)
    assert r.values["extra_parkeerplaatsen"][0] == 9 and r.status[0] == "kansrijk"
    assert r.reden[0] == "10 extra woningen × norm 1,00 (zone rest) − 10% deelmobiliteit = 9 extra parkeerplaatsen"


def test_parkeren_thresholds_come_from_config(make_frame, settings):
    s = with_rule(settings, "parkeren", drempel_let_op=8, drempel_maatwerk=12, hov_afstand_m=500, hov_korting=0.5)
    f = make_frame(
        [
            {"plat_dak_m2": 525.0},
            {"plat_dak_m2": 600.0},
            {"plat_dak_m2": 900.0},
            {"plat_dak_m2": 900.0, "afstand_hov_m": 500.0},
        ]
    )
    r = parkeren.evaluate(f, s)
    # 7 homes → 7 places, 8 → 8 (let op), 12 → 12 (maatwerk), 12 × 0,5 near HOV = 6
    assert r.values["extra_parkeerplaatsen"].tolist() == [7, 8, 12, 6]
    assert r.status.tolist() == ["kansrijk", "let op", "let op", "kansrijk"]
    assert r.kort[1] == "8 of meer extra parkeerplaatsen"
    assert r.kort[2].startswith("12 extra parkeerplaatsen (vanaf 12): maatwerk parkeren")
    assert r.score.tolist() == pytest.approx([1 - 7 / 12, 1 - 8 / 12, 0.0, 0.5])
    assert " − 50% HOV-korting" in r.reden[3] and "HOV" not in r.reden[2]


def test_extra_places_rounds_up_and_never_below_zero():
    homes = pd.Series([3.0, 0.0, NAN, 5.0])
    norm = pd.Series([0.5, 1.0, 1.0, 1.2])
    hov = pd.Series([NAN, 100.0, 100.0, 100.0])
    out = parkeren.extra_places(homes, norm, hov, hov_m=200.0, hov_discount=0.5, shared=0.0)
    # 3 × 0,5 = 1,5 → 2 (no HOV known); 0 → 0; unknown stays unknown; 5 × 1,2 × 0,5 = 3 exactly → 3
    assert out[[0, 1, 3]].tolist() == [2.0, 0.0, 3.0] and math.isnan(out[2])


# --- voorzieningen ----------------------------------------------------------------------------


def test_voorzieningen_reason_word_for_word(make_frame, settings):
    f = make_frame(
        [
            {
                "afstand_supermarkt_m": 500.0,
                "afstand_huisarts_m": 1100.0,
                "afstand_basisschool_m": 0.0,
                "afstand_ov_m": 900.0,
            },
            {
                "afstand_supermarkt_m": NAN,
                "afstand_huisarts_m": NAN,
                "afstand_basisschool_m": NAN,
                "afstand_ov_m": NAN,
            },
        ]
    )
    r = voorzieningen.evaluate(f, settings)
    assert r.reden[0] == (
        "supermarkt 500 m (ref 1000 m), huisarts 1100 m (ref 1100 m), basisschool 0 m (ref 800 m), "
        "ov_halte 900 m (ref 600 m) — ver van voorzieningen"
    )
    assert r.kort[0] == r.reden[0]
    assert r.reden[1] == (
        "supermarkt onbekend (ref 1000 m), huisarts onbekend (ref 1100 m), basisschool onbekend (ref 800 m), "
        "ov_halte onbekend (ref 600 m) — onbekend"
    )
    assert r.kort[1] == "geen afstanden (geen voorzieningenlaag opgegeven)"
    assert math.isnan(r.score[1]) and r.status[1] == "let op"


def test_voorzieningen_threshold_is_inclusive(make_frame, settings):
    # every soort at 0,4: 1 − 600/1000, 1 − 660/1100, 1 − 480/800, 1 − 360/600
    f = make_frame(
        [
            {
                "afstand_supermarkt_m": 600.0,
                "afstand_huisarts_m": 660.0,
                "afstand_basisschool_m": 480.0,
                "afstand_ov_m": 360.0,
            },
            {
                "afstand_supermarkt_m": 601.0,
                "afstand_huisarts_m": 661.0,
                "afstand_basisschool_m": 481.0,
                "afstand_ov_m": 361.0,
            },
        ]
    )
    r = voorzieningen.evaluate(f, settings)
    assert r.score[0] == 0.4 and r.status[0] == "kansrijk" and not r.reden[0].endswith("voorzieningen")
    assert r.score[1] < 0.4 and r.status[1] == "let op" and r.reden[1].endswith(" — ver van voorzieningen")


def test_voorzieningen_unknown_urbanity_uses_factor_one_and_a_missing_column_is_unknown(make_frame, settings):
    f = make_frame([{"stedelijkheid": NAN, "afstand_supermarkt_m": 500.0}, {"stedelijkheid": 5.0}])
    f = f.drop(columns=["afstand_huisarts_m"])
    r = voorzieningen.evaluate(f, settings)
    assert "supermarkt 500 m (ref 1000 m), huisarts onbekend (ref 1100 m)" in r.reden[0]
    assert "supermarkt 300 m (ref 1500 m)" in r.reden[1]  # 1000 × 1,5
    # row 0 without huisarts: (0,3 × 0,5 + 0,2 × (1 − 300/800) + 0,25 × (1 − 150/600)) / 0,75
    expected = (0.3 * 0.5 + 0.2 * 0.625 + 0.25 * 0.75) / 0.75
    assert r.score[0] == pytest.approx(expected)


def test_voorzieningen_soort_weights_come_from_config(make_frame, settings):
    soorten = dict(settings.regels.voorzieningen.soorten)
    soorten["supermarkt"] = dataclasses.replace(soorten["supermarkt"], gewicht=0.0)
    s = with_rule(settings, "voorzieningen", soorten=soorten, drempel_let_op=0.9)
    f = make_frame(
        [{"afstand_supermarkt_m": 5000.0, "afstand_huisarts_m": 0.0, "afstand_basisschool_m": 0.0, "afstand_ov_m": 0.0}]
    )
    r = voorzieningen.evaluate(f, s)
    assert r.score[0] == 1.0 and r.status[0] == "kansrijk"  # the far supermarkt weighs 0


# --- monument ---------------------------------------------------------------------------------


def test_monument_reasons_and_configured_score(make_frame, settings):
    f = make_frame([{"monument": True, "monumentnummers": "531234"}, {}])
    s = with_rule(settings, "monument", score=0.25)
    r = monument.evaluate(f, s)
    assert r.reden.tolist() == [
        "rijksmonument 531234: cultuurhistorisch onderzoek nodig (erfgoedinclusief toevoegen kan)",
        "geen rijksmonument",
    ]
    assert r.kort.tolist() == r.reden.tolist()
    assert r.score.tolist() == [0.25, 1.0]


def test_monument_unknown_reason(make_frame, settings):
    f = make_frame([{}])
    f["monument"] = pd.array([pd.NA], dtype="boolean")
    r = monument.evaluate(f, settings)
    assert r.reden[0] == "onbekend (geen monumentenlaag opgegeven)"
    assert r.kort[0] == "geen monumentenlaag opgegeven"


# --- veerkracht -------------------------------------------------------------------------------


def test_veerkracht_reasons_word_for_word(make_frame, settings):
    f = make_frame([{"veerkracht_waarde": 3.6}, {"veerkracht_waarde": 3.8}, {"veerkracht_waarde": NAN}])
    r = veerkracht.evaluate(f, settings)
    base = "leefbaarometer_score {} (0 bij 3,5, 1 bij 4,5)"
    assert r.reden.tolist() == [
        base.format("3,60") + " — kans leefbaarheid: optoppen kan de wijk versterken (telt niet als minpunt)",
        base.format("3,80"),  # (3,8 − 3,5) / 1 = 0,3: not below drempel 0,3
        "leefbaarometer_score onbekend voor deze buurt",
    ]
    assert r.kort.tolist() == r.reden.tolist()[:2] + [
        "leefbaarometer_score onbekend (buurt niet gevonden of geen buurtenlaag)"
    ]


def test_veerkracht_straf_reasons_and_bounds(make_frame, settings):
    s = with_rule(settings, "veerkracht", effect="straf", laag=3.0, hoog=5.0, drempel_let_op=0.5)
    f = make_frame([{"veerkracht_waarde": 3.5}, {"veerkracht_waarde": 4.0}, {"veerkracht_waarde": NAN}])
    r = veerkracht.evaluate(f, s)
    # (3,5 − 3) / 2 = 0,25 < 0,5 → let op; (4 − 3) / 2 = 0,5 → kansrijk
    assert r.score[:2].tolist() == [0.25, 0.5] and math.isnan(r.score[2])
    assert r.status.tolist() == ["let op", "kansrijk", "let op"]
    assert r.reden[0] == "leefbaarometer_score 3,50 (0 bij 3, 1 bij 5) — lage veerkracht"
    assert r.reden[1] == "leefbaarometer_score 4,00 (0 bij 3, 1 bij 5)"


# --- registry and base ------------------------------------------------------------------------


def test_evaluate_all_runs_every_criterion_and_leaves_out_switched_off_ones(make_frame, settings):
    f = make_frame([{}])
    assert list(evaluate_all(f, settings)) == list(RULES)
    off = with_rule(settings, "veerkracht", kolom=None)
    assert list(evaluate_all(f, off)) == [n for n in RULES if n != "veerkracht"]
    assert list(RULES) == ["bouwjaar", "eigendom", "hoogte", "parkeren", "voorzieningen", "monument", "veerkracht"]


def _series(values, index=None, dtype=None):
    return pd.Series(values, index=index, dtype=dtype)


def test_rule_result_rejects_broken_output():
    idx = pd.RangeIndex(2)
    ok = {"status": _series(["kansrijk", "let op"], idx), "reden": _series(["a", "b"], idx)}
    r = RuleResult("x", score=_series([0.0, 1.0], idx), **ok)
    assert r.kort is r.reden  # no short verdict → the reason
    with pytest.raises(ValueError, match="rule x: index not preserved"):
        RuleResult("x", score=_series([0.0, 1.0], idx), status=ok["status"], reden=_series(["a", "b"], [5, 6]))
    with pytest.raises(ValueError, match="rule x: index not preserved"):
        RuleResult("x", score=_series([0.0, 1.0], idx), **ok, values={"v": _series([1, 2], [5, 6])})
    with pytest.raises(ValueError, match="rule x: score outside"):
        RuleResult("x", score=_series([1.01, 0.5], idx), **ok)
    with pytest.raises(ValueError, match="rule x: score outside"):
        RuleResult("x", score=_series([-0.01, NAN], idx), **ok)
    with pytest.raises(ValueError, match=r"rule x: status not on the ladder: \['goed'\]"):
        RuleResult("x", score=_series([0.5, 0.5], idx), status=_series(["goed", "kansrijk"], idx), reden=ok["reden"])


def test_unit_score_clamps_and_removes_float_noise():
    out = unit_score(pd.Series([-0.5, 1.5, 0.1 + 0.2, NAN]))
    assert out[:3].tolist() == [0.0, 1.0, 0.3] and math.isnan(out[3])


def test_with_verdict_appends_only_a_given_verdict():
    out = with_verdict(pd.Series(["feit", "feit"]), pd.Series(["", "oordeel"]))
    assert out.tolist() == ["feit", "feit — oordeel"]


def test_every_rule_keeps_the_frame_index_and_names_itself(make_frame, settings):
    # a complexen frame after filtering keeps its labels: results must line up with them
    f = make_frame(
        [
            {"monument": True, "monumentnummers": "1"},
            {"aandeel_corporatie": 0.5, "woningen_corporatie": 20.0, "veerkracht_waarde": 3.6},
        ]
    )
    f.index = pd.Index([10, 20])
    results = evaluate_all(f, settings)
    for name, r in results.items():
        assert isinstance(r, RuleResult) and r.name == name
        for part in (r.score, r.status, r.reden, r.kort, *r.values.values()):
            assert list(part.index) == [10, 20], name
    assert results["monument"].status.tolist() == ["onderzoek nodig", "kansrijk"]
    assert results["monument"].score.tolist() == [0.5, 1.0]
    assert results["eigendom"].values["eigendom"].tolist() == ["volledig", "gespikkeld"]
    assert results["eigendom"].score.tolist() == [1.0, 0.3]
    assert results["veerkracht"].status.tolist() == ["kansrijk", "kansrijk"]
    s = with_rule(settings, "veerkracht", effect="straf")
    straf = veerkracht.evaluate(f, s)
    assert list(straf.status.index) == [10, 20] and straf.status.tolist() == ["kansrijk", "let op"]


def test_parkeren_unknown_homes_short_verdict(make_frame, settings):
    r = parkeren.evaluate(make_frame([{"max_bouwhoogte_m": NAN}]), settings)
    assert r.kort[0] == "aantal extra woningen onbekend"
    assert r.reden[0].endswith(" = onbekend extra parkeerplaatsen — onbekend: aantal extra woningen onbekend")


def test_voorzieningen_reason_of_a_well_served_complex(make_frame, settings):
    r = voorzieningen.evaluate(make_frame([{}]), settings)
    # defaults: 0,3 × 0,7 + 0,25 × (1 − 300/1100) + 0,2 × (1 − 300/800) + 0,25 × (1 − 150/600) = 0,70 ≥ 0,4
    assert r.reden[0] == (
        "supermarkt 300 m (ref 1000 m), huisarts 300 m (ref 1100 m), basisschool 300 m (ref 800 m), "
        "ov_halte 150 m (ref 600 m)"
    )
    assert r.status[0] == "kansrijk"
