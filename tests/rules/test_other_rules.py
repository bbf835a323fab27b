"""Hand-computed cases for bouwjaar, eigendom, parkeren, voorzieningen, monument, veerkracht."""

import dataclasses
import math

import pytest

from optopscan.rules import bouwjaar, eigendom, monument, parkeren, veerkracht, voorzieningen


@pytest.mark.parametrize(
    "year, score, status, koppel",
    [
        (1939, 0.2, "let op", False),
        (1940, 0.5, "let op", False),
        (1949, 0.5, "let op", False),
        (1950, 1.0, "kansrijk", False),
        (1964, 1.0, "kansrijk", False),
        (1965, 1.0, "kansrijk", True),
        (1990, 1.0, "kansrijk", True),
        (1991, 1.0, "kansrijk", False),  # after 1990 neutral (Handreiking: only about combining)
    ],
)
def test_bouwjaar_bands(make_frame, settings, year, score, status, koppel):
    r = bouwjaar.evaluate(make_frame([{"bouwjaar": float(year)}]), settings)
    assert r.score[0] == score and r.status[0] == status
    assert bool(r.values["koppelkans_verduurzaming"][0]) is koppel


def test_bouwjaar_koppelkans_needs_band_and_poor_or_unknown_label(make_frame, settings):
    f = make_frame(
        [
            {"bouwjaar": 1972.0, "woningen_met_label": 20.0, "aandeel_slecht_label": 0.75},
            {"bouwjaar": 1955.0, "woningen_met_label": 20.0, "aandeel_slecht_label": 0.75},
            {"bouwjaar": 1972.0, "woningen_met_label": 0.0, "aandeel_slecht_label": math.nan},
            {"bouwjaar": 1972.0, "woningen_met_label": 12.0, "aandeel_slecht_label": 0.0},
        ]
    )
    r = bouwjaar.evaluate(f, settings)
    assert list(r.values["koppelkans_verduurzaming"]) == [True, False, True, False]
    assert "koppelkans verduurzaming (bouwjaar 1965–1990, 75% van 20 woningen met label heeft D-G)" in r.reden[0]
    assert "koppelkans" not in r.reden[1]  # outside 1965–1990
    assert "koppelkans verduurzaming (bouwjaar 1965–1990, energielabel onbekend)" in r.reden[2]
    assert "geen koppelkans verduurzaming: alle 12 woningen met label hebben beter dan D-G" in r.reden[3]
    assert r.status[3] == "kansrijk" and r.score[3] == 1.0  # the label changes the koppelkans, not the score


def test_bouwjaar_unknown(make_frame, settings):
    r = bouwjaar.evaluate(make_frame([{"bouwjaar": math.nan}]), settings)
    assert math.isnan(r.score[0]) and r.status[0] == "let op" and r.reden[0] == "bouwjaar onbekend"


@pytest.mark.parametrize(
    "owned, total, score, label, status",
    [
        (40, 40, 1.0, "volledig", "kansrijk"),
        (39, 40, 0.6 * 39 / 40, "gespikkeld", "let op"),
        (20, 40, 0.3, "gespikkeld", "let op"),
    ],
)
def test_eigendom(make_frame, settings, owned, total, score, label, status):
    f = make_frame([{"woningen_corporatie": owned, "woningen_bouwblok": total, "aandeel_corporatie": owned / total}])
    r = eigendom.evaluate(f, settings)
    assert r.score[0] == pytest.approx(score)
    assert r.values["eigendom"][0] == label and r.status[0] == status


def test_eigendom_gespikkeld_below_vve_threshold_is_explained(make_frame, settings):
    f = make_frame([{"woningen_corporatie": 31, "woningen_bouwblok": 40, "aandeel_corporatie": 31 / 40}])
    assert "instemming lastig" in eigendom.evaluate(f, settings).reden[0]
    f = make_frame([{"woningen_corporatie": 32, "woningen_bouwblok": 40, "aandeel_corporatie": 0.8}])
    assert "instemming lastig" not in eigendom.evaluate(f, settings).reden[0]


def test_eigendom_unknown_without_bezit(make_frame, settings):
    r = eigendom.evaluate(make_frame([{"aandeel_corporatie": math.nan}]), settings)
    assert math.isnan(r.score[0]) and r.values["eigendom"][0] == "onbekend" and r.status[0] == "let op"


@pytest.mark.parametrize(
    "homes, norm, hov_m, demand, status",
    [
        (8, 1.0, 3000, 8, "kansrijk"),
        (10, 1.0, 3000, 10, "let op"),  # at drempel_let_op
        (9, 1.1, 3000, 10, "let op"),  # 9.9 → 10 places (rounded up)
        (40, 1.0, 3000, 40, "let op"),  # at drempel_maatwerk: maatwerk parkeren, no blokkade
        (39, 1.0, 3000, 39, "let op"),
        (60, 1.0, 3000, 60, "let op"),
        (10, 1.0, 800, 8, "kansrijk"),  # HOV within 800 m: 20% off
        (10, 1.0, 801, 10, "let op"),
    ],
)
def test_parkeren(make_frame, settings, homes, norm, hov_m, demand, status):
    # force the binnen-plan homes by roof area: floor(roof × 0.5 × 2 / 75) = homes
    f = make_frame([{"plat_dak_m2": homes * 75.0, "parkeernorm": norm, "afstand_hov_m": float(hov_m)}])
    assert f.loc[0, "extra_woningen_binnen_plan"] == homes
    r = parkeren.evaluate(f, settings)
    assert r.values["extra_parkeerplaatsen"][0] == demand
    assert r.status[0] == status
    assert r.score[0] == pytest.approx(max(0.0, 1 - demand / 40))
    assert ("maatwerk parkeren" in r.kort[0]) is (demand >= 40)


def test_parkeren_counts_homes_of_every_form(make_frame, settings):
    # 8 optop homes + 4 from another form = 12 homes × norm 1 = 12 places → let op
    f = make_frame([{"plat_dak_m2": 600.0, "andere_vormen_binnen_plan": 4.0}])
    r = parkeren.evaluate(f, settings)
    assert r.values["extra_parkeerplaatsen"][0] == 12 and r.status[0] == "let op"


def test_parkeren_maatwerk_status_is_configurable(make_frame, settings):
    s = dataclasses.replace(
        settings,
        regels=dataclasses.replace(
            settings.regels, parkeren=dataclasses.replace(settings.regels.parkeren, status_maatwerk="onderzoek nodig")
        ),
    )
    f = make_frame([{"plat_dak_m2": 40 * 75.0}])
    assert parkeren.evaluate(f, s).status[0] == "onderzoek nodig"


def test_parkeren_outside_zone_is_unknown(make_frame, settings):
    r = parkeren.evaluate(make_frame([{"parkeernorm": math.nan, "parkeerzone": None}]), settings)
    assert math.isnan(r.score[0]) and r.status[0] == "let op" and "geen parkeerzone" in r.reden[0]


def test_parkeren_unknown_homes_is_unknown(make_frame, settings):
    r = parkeren.evaluate(make_frame([{"max_bouwhoogte_m": math.nan}]), settings)
    assert math.isnan(r.score[0]) and r.status[0] == "let op" and "aantal extra woningen onbekend" in r.reden[0]


def test_voorzieningen_score_per_soort_and_weights(make_frame, settings):
    # stedelijkheid 3 → factor 1: s = 1 - d/ref
    f = make_frame(
        [
            {
                "afstand_supermarkt_m": 500.0,
                "afstand_huisarts_m": 1100.0,
                "afstand_basisschool_m": 0.0,
                "afstand_ov_m": 900.0,
            }
        ]
    )
    r = voorzieningen.evaluate(f, settings)
    expected = (0.3 * 0.5 + 0.25 * 0.0 + 0.2 * 1.0 + 0.25 * 0.0) / 1.0
    assert r.score[0] == pytest.approx(expected)
    assert r.status[0] == "let op"  # 0.35 < drempel 0.4
    assert "supermarkt 500 m (ref 1000 m)" in r.reden[0]


def test_voorzieningen_urbanity_scales_reference(make_frame, settings):
    # class 1 (very urban): ref supermarkt 1000 × 0.6 = 600 m
    f = make_frame([{"stedelijkheid": 1.0, "afstand_supermarkt_m": 300.0}])
    assert "supermarkt 300 m (ref 600 m)" in voorzieningen.evaluate(f, settings).reden[0]


def test_voorzieningen_missing_soort_is_left_out_not_zero(make_frame, settings):
    f = make_frame(
        [
            {
                "afstand_huisarts_m": math.nan,
                "afstand_supermarkt_m": 0.0,
                "afstand_basisschool_m": 0.0,
                "afstand_ov_m": 0.0,
            }
        ]
    )
    assert voorzieningen.evaluate(f, settings).score[0] == pytest.approx(1.0)


def test_monument_needs_research_by_default_and_is_configurable(make_frame, settings):
    f = make_frame([{"monument": True, "monumentnummers": "531234"}, {}])
    r = monument.evaluate(f, settings)
    assert list(r.status) == ["onderzoek nodig", "kansrijk"] and list(r.score) == [0.5, 1.0]
    assert "531234" in r.reden[0] and "cultuurhistorisch onderzoek" in r.kort[0]
    s = dataclasses.replace(
        settings,
        regels=dataclasses.replace(
            settings.regels, monument=dataclasses.replace(settings.regels.monument, status="let op")
        ),
    )
    assert monument.evaluate(f, s).status[0] == "let op"


def test_monument_unknown_without_layer_comes_from_the_frame(make_frame, settings):
    import pandas as pd

    f = make_frame([{}])
    f["monument"] = pd.array([pd.NA], dtype="boolean")  # what build_panden gives without a layer
    r = monument.evaluate(f, settings)
    assert math.isnan(r.score[0]) and r.status[0] == "let op" and "geen monumentenlaag" in r.kort[0]


def _veerkracht(settings, **changes):
    rule = dataclasses.replace(settings.regels.veerkracht, **changes)
    return dataclasses.replace(settings, regels=dataclasses.replace(settings.regels, veerkracht=rule))


@pytest.mark.parametrize(
    "value, score, status",
    [(3.5, 0.0, "let op"), (3.8, 0.3, "kansrijk"), (4.5, 1.0, "kansrijk"), (5.0, 1.0, "kansrijk")],
)
def test_veerkracht_straf_scores_linearly(make_frame, settings, value, score, status):
    # (value - 3.5) / (4.5 - 3.5), clamped; below 0.3 → let op
    r = veerkracht.evaluate(make_frame([{"veerkracht_waarde": value}]), _veerkracht(settings, effect="straf"))
    assert r.score[0] == pytest.approx(score) and r.status[0] == status


def test_veerkracht_default_marks_low_value_as_kans_without_lowering_the_score(make_frame, settings):
    f = make_frame([{"veerkracht_waarde": 3.6}, {"veerkracht_waarde": 4.4}, {"veerkracht_waarde": math.nan}])
    r = veerkracht.evaluate(f, settings)
    assert r.score[0] == 1.0 and r.score[1] == 1.0 and math.isnan(r.score[2])
    assert list(r.status) == ["kansrijk", "kansrijk", "let op"]
    assert "kans leefbaarheid" in r.reden[0] and "kans leefbaarheid" not in r.reden[1]


def test_veerkracht_off_when_no_column(make_frame, settings):
    s = dataclasses.replace(
        settings,
        regels=dataclasses.replace(
            settings.regels, veerkracht=dataclasses.replace(settings.regels.veerkracht, kolom=None)
        ),
    )
    assert veerkracht.evaluate(make_frame([{}]), s) is None


def test_rules_forms_and_scoring_do_not_load_the_config_at_runtime():
    import subprocess
    import sys

    code = (
        "import sys, optopscan.rules, optopscan.forms.optoppen, optopscan.scoring; "
        "print('optopscan.config' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
