"""The hoogte reason word for word per outcome (default frame: 12 m, 4 bouwlagen, plat dak
600 m², plan 18 m; storey height 3 m, cap 2, constructie factor 0.5)."""

from __future__ import annotations

import math

from optopscan.rules import hoogte

NAN = math.nan
ROUTE = "buitenplans vergunnen of omgevingsplan aanpassen"


def test_open_complex_reason_lists_plan_height_roof_and_limits(make_frame, settings):
    f = make_frame(
        [
            {},
            {"max_bouwlagen": 6.0},
            {"bouwlagen_geschat": True},
            {"hoogte_max_m": NAN, "max_bouwhoogte_m": NAN, "max_bouwlagen": 5.0},
        ]
    )
    r = hoogte.evaluate(f, settings)
    # legal floor((18 − 12) / 3) = 2, structural floor(0,5 × 4) = 2, cap 2 → 2; bouwlagen plan 5 − 4 = 1
    tail = "; juridisch 2, constructief 2 (heuristiek), max 2 → 2 extra bouwlagen"
    assert r.reden.tolist() == [
        "plan max 18,0 m, nu 12,0 m (4 bouwlagen), dak horizontal" + tail,
        "plan max 18,0 m en 6 bouwlagen, nu 12,0 m (4 bouwlagen), dak horizontal" + tail,
        "plan max 18,0 m, nu 12,0 m (4 bouwlagen, geschat uit hoogte), dak horizontal" + tail,
        "plan max 5 bouwlagen, nu 12,0 m (4 bouwlagen), dak horizontal; juridisch 1, constructief 2 (heuristiek), "
        "max 2 → 1 extra bouwlagen",
    ]
    assert r.kort.tolist() == r.reden.tolist()  # nothing holds these back: the short verdict is the reason
    assert r.status.tolist() == ["kansrijk"] * 4
    assert r.score.tolist() == [1.0, 1.0, 1.0, 0.5]


def test_unknown_outcomes_say_what_is_missing(make_frame, settings):
    f = make_frame(
        [
            {"max_bouwhoogte_m": NAN},
            {"hoogte_m": NAN, "hoogte_max_m": NAN, "bouwlagen": NAN},
            {"daktype": None},
        ]
    )
    r = hoogte.evaluate(f, settings)
    assert r.reden.tolist() == [
        "geen planwaarde, nu 12,0 m (4 bouwlagen), dak horizontal; juridisch onbekend, constructief 2 (heuristiek), "
        "max 2 → onbekend extra bouwlagen — onbekend: geen planwaarde (maximale bouwhoogte of bouwlagen)",
        "plan max 18,0 m, nu onbekend (onbekend bouwlagen), dak horizontal; juridisch onbekend, constructief onbekend "
        "(heuristiek), max 2 → onbekend extra bouwlagen — onbekend: pand niet in 3D BAG (geen hoogte)",
        "plan max 18,0 m, nu 12,0 m (4 bouwlagen), dak onbekend; juridisch 2, constructief 2 (heuristiek), max 2 → "
        "onbekend extra bouwlagen — onbekend: daktype of bouwlagen onbekend",
    ]
    assert r.kort.tolist() == [
        "geen planwaarde (maximale bouwhoogte of bouwlagen)",
        "pand niet in 3D BAG (geen hoogte)",
        "daktype of bouwlagen onbekend",
    ]
    assert r.status.tolist() == ["let op"] * 3 and r.score.isna().all()


def test_held_back_outcomes_name_status_and_remedy(make_frame, settings):
    f = make_frame(
        [
            {"max_bouwhoogte_m": 12.0},  # no room
            {"bouwlagen": 1.0, "hoogte_m": 3.0, "hoogte_max_m": 3.0},  # no structure
            {"plat_dak_m2": 74.0},  # no form at all
            {"wonen_toegestaan": False},
            {"daktype": "slanted", "andere_vormen_theoretisch": 3.0},
        ]
    )
    r = hoogte.evaluate(f, settings)
    facts = "plan max 18,0 m, nu 12,0 m (4 bouwlagen), dak {}; juridisch {}, constructief {} (heuristiek), max 2 → {}"
    assert r.reden.tolist() == [
        "plan max 12,0 m, nu 12,0 m (4 bouwlagen), dak horizontal; juridisch 0, constructief 2 (heuristiek), max 2 → "
        f"0 extra bouwlagen — planwijziging nodig: geen ruimte in de maximale bouwhoogte: {ROUTE} (maakt tot 8 "
        "woningen mogelijk)",
        "plan max 18,0 m, nu 3,0 m (1 bouwlagen), dak horizontal; juridisch 5, constructief 0 (heuristiek), max 2 → "
        "0 extra bouwlagen — onderzoek nodig: constructie laat volgens de heuristiek geen extra laag toe: "
        "constructeur laten rekenen",
        facts.format("horizontal", 2, 2, "2 extra bouwlagen") + " — blokkade: plat dak te klein voor een woning",
        facts.format("horizontal", 2, 2, "0 extra bouwlagen")
        + f" — planwijziging nodig: bestemming staat wonen niet toe: {ROUTE}",
        facts.format("slanted", 2, 2, "0 extra bouwlagen")
        + " — let op: geen plat dak, geen optopkandidaat; andere vorm mogelijk (3 woningen theoretisch)",
    ]
    assert r.status.tolist() == ["planwijziging nodig", "onderzoek nodig", "blokkade", "planwijziging nodig", "let op"]
    # score = extra / cap: 0, 0, 2/2, 0, 0
    assert r.score.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0]


def test_plan_change_unlock_counts_every_form(make_frame, settings):
    # constructief 8 (optoppen) + 5 (other) = 13, binnen plan 0 + 3 = 3 → a plan change unlocks 10
    f = make_frame([{"max_bouwhoogte_m": 12.0, "andere_vormen_theoretisch": 5.0, "andere_vormen_binnen_plan": 3.0}])
    r = hoogte.evaluate(f, settings)
    assert r.kort[0] == f"geen ruimte in de maximale bouwhoogte: {ROUTE} (maakt tot 10 woningen mogelijk)"


def test_no_room_and_no_structure_reason(make_frame, settings):
    f = make_frame([{"bouwlagen": 1.0, "hoogte_m": 3.0, "hoogte_max_m": 3.0, "max_bouwhoogte_m": 3.0}])
    r = hoogte.evaluate(f, settings)
    # nothing structural: constructief 0 homes, so a plan change unlocks 0
    assert r.kort[0] == (
        f"geen ruimte in de maximale bouwhoogte: {ROUTE} (maakt tot 0 woningen mogelijk); ook constructief geen "
        "extra laag: constructeur laten rekenen"
    )


def test_pitched_roof_without_other_form_is_a_blokkade(make_frame, settings):
    r = hoogte.evaluate(make_frame([{"daktype": "slanted"}]), settings)
    assert r.status[0] == "blokkade" and r.kort[0] == "geen plat dak en geen andere vorm"
    assert r.reden[0].endswith("→ 0 extra bouwlagen — blokkade: geen plat dak en geen andere vorm")


def test_unknown_bestemming_is_not_a_ban_on_wonen(make_frame, settings):
    r = hoogte.evaluate(make_frame([{"wonen_toegestaan": None}]), settings)
    assert r.status[0] == "kansrijk" and r.score[0] == 1.0


def test_a_pand_with_known_storeys_but_no_height_is_in_the_3dbag(make_frame, settings):
    # plan in metres, height unknown → extra unknown; the pand has storeys, so it is not "not in 3D BAG"
    r = hoogte.evaluate(make_frame([{"hoogte_m": NAN, "hoogte_max_m": NAN}]), settings)
    assert r.status[0] == "let op" and math.isnan(r.score[0])
    assert r.kort[0] == "daktype of bouwlagen onbekend"
