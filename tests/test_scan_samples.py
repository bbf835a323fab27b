"""The scan on the bundled sample finds every scenario the generator built into it."""

from __future__ import annotations

import pytest

from optopscan.config import load_settings
from optopscan.inputs import load_inputs
from optopscan.scan import run_scan
from optopscan.synthetic import generate_area


@pytest.fixture(scope="module")
def result():
    settings = load_settings()
    return run_scan(settings, load_inputs(settings))


@pytest.fixture(scope="module")
def truth():
    return generate_area().scenario  # same seed and size as data/samples


def row(result, complex_id):
    c = result.complexen.set_index("complex_id")
    return c.loc[complex_id]


def test_every_corporatie_complex_is_scanned(result, truth):
    assert len(result.complexen) == 40
    assert result.complexen["rang"].tolist() == list(range(1, 41))


def test_monument_complex_needs_research_not_klasse_e(result, truth):
    c = row(result, truth.complex_monument)
    assert c["status_monument"] == "onderzoek nodig" and c["status"] == "onderzoek nodig"
    assert c["klasse"] != "E" and c["klasse"] >= "C"  # capped at C, not blocked
    assert c["monumentnummers"] != "" and c["monumentnummers"] in c["knelpunten"]
    assert "cultuurhistorisch onderzoek" in c["knelpunten"]


def test_no_headroom_complex_needs_a_plan_change(result, truth):
    c = row(result, truth.complex_geen_hoogteruimte)
    assert c["extra_bouwlagen"] == 0 and c["status_hoogte"] == "planwijziging nodig"
    assert c["status"] == "planwijziging nodig" and c["klasse"] >= "C"
    # optoppen: nothing within the plan, but the structure allows it — a plan change unlocks the
    # difference (the tiers sum every form; the other forms of this complex are within the plan)
    assert c["extra_woningen_optoppen"] == 0
    other_forms = c["extra_woningen_aanplakken"] + c["extra_woningen_uitplinten"]
    assert c["extra_woningen_binnen_plan"] == other_forms
    assert c["extra_woningen_constructief"] > c["extra_woningen_binnen_plan"]
    assert "buitenplans vergunnen of omgevingsplan aanpassen" in c["knelpunten"]


def test_complex_without_plan_is_unknown_not_zero(result, truth):
    c = row(result, truth.complex_geen_plan)
    assert c["status_hoogte"] == "let op"
    assert c["extra_bouwlagen"] != c["extra_bouwlagen"]  # NaN
    assert c["extra_woningen_binnen_plan"] != c["extra_woningen_binnen_plan"]
    assert c["extra_woningen_constructief"] > 0  # structure known, plan not
    assert "geen planwaarde" in c["ontbreekt"]
    # hoogte (3) and parkeren (1.5, needs the homes) unknown: (9 - 4.5) / 9 = 0.5 < 0.8
    assert c["volledigheid"] < 0.8 and c["klasse"] >= "C"


def test_pitched_roof_is_carried_by_another_form_and_blokkade_means_no_form(result, truth):
    c = row(result, truth.complex_schuin_dak)
    # no optoppen on a pitched roof, but its free kopgevels carry it: not a blokkade
    assert c["daktype"] == "slanted" and c["extra_woningen_optoppen"] == 0
    assert c["extra_woningen_aanplakken"] > 0 and c["extra_woningen_theoretisch"] > 0
    assert c["status"] != "blokkade" and c["klasse"] != "E"
    assert "aanplakken:" in c["vormen"] and "vrije kopgevel" in c["toelichting"]
    blocked = result.complexen[result.complexen["status"] == "blokkade"]
    assert len(blocked) >= 1  # the sample still has a complex that offers no form at all
    assert (blocked["extra_woningen_theoretisch"] == 0).all() and (blocked["klasse"] == "E").all()


def test_tiers_are_ordered_on_every_row(result):
    c = result.complexen
    tiers = ["extra_woningen_theoretisch", "extra_woningen_constructief", "extra_woningen_binnen_plan"]
    tiers.append("extra_woningen_kansrijk")
    for high, low in zip(tiers, tiers[1:], strict=False):
        both = c[high].notna() & c[low].notna()
        assert (c.loc[both, high] >= c.loc[both, low]).all(), (high, low)


def test_rank_groups_statuses_and_puts_complete_first(result):
    from optopscan.constants import STATUS_RANK

    c = result.complexen.sort_values("rang")
    ranks = c["status"].map(STATUS_RANK).to_numpy()
    assert (ranks[1:] >= ranks[:-1]).all()
    for _, group in c.groupby("status"):
        complete = group["volledigheid"].ge(0.8).to_numpy()
        assert not (complete[1:] & ~complete[:-1]).any()  # no complete one after an incomplete one


def test_gespikkeld_complexes_are_penalised_not_hidden(result, truth):
    c = result.complexen.set_index("complex_id")
    gespikkeld = set(c.index[c["eigendom"] == "gespikkeld"])
    assert gespikkeld == set(truth.complexen_gespikkeld)
    assert (c.loc[list(gespikkeld), "score_eigendom"] < 1).all()


def test_tier_totals_agree_in_summary_and_buurten(result):
    s = result.summary
    assert s["extra_woningen_theoretisch"] >= s["extra_woningen_constructief"] >= s["extra_woningen_binnen_plan"]
    assert s["extra_woningen_binnen_plan"] >= s["extra_woningen_kansrijk"] > 0
    for col in ("theoretisch", "constructief", "binnen_plan", "kansrijk"):
        name = f"extra_woningen_{col}"
        assert result.buurten[name].sum() == s[name] == int(result.complexen[name].fillna(0).sum())
    assert "extra_woningen" not in result.complexen and "extra_woningen_zonder_blokkade" not in result.complexen


TIERS = ["extra_woningen_theoretisch", "extra_woningen_constructief", "extra_woningen_binnen_plan"]
TIERS += [
    "extra_woningen_kansrijk",
    "extra_woningen_optoppen",
    "extra_woningen_aanplakken",
    "extra_woningen_uitplinten",
]


def test_summary_buurten_and_gemeenten_give_the_complexen_totals(result):
    gemeenten = result.extra_layers["gemeenten"]
    for col in TIERS:
        total = int(result.complexen[col].fillna(0).sum())
        assert result.summary[col] == total, col
        assert int(result.buurten[col].sum()) == total, col
        assert int(gemeenten[col].sum()) == total, col
    # the forms add up to the binnen-plan tier
    forms = result.complexen[TIERS[4:]].fillna(0).sum(axis=1)
    assert (forms == result.complexen["extra_woningen_binnen_plan"].fillna(0)).all()


def test_default_investment_is_homes_times_140000_plus_parking(result):
    # Handreiking §3.3: 140,000 per home (low); parking 15,000 per extra place (assumption);
    # no gemeente charges in the default config (unknown, not counted)
    c = result.complexen.dropna(subset=["extra_woningen_binnen_plan"])
    expected = c["extra_woningen_binnen_plan"] * 140_000 + c["extra_parkeerplaatsen"].fillna(0) * 15_000
    assert (c["investering_laag"] == expected).all()
    assert result.complexen.loc[result.complexen["extra_woningen_binnen_plan"].isna(), "investering_laag"].isna().all()
    assert any("met verduurzaming" in line for line in result.summary["business_case"])


def test_aanplak_and_plint_layers_name_their_complex(result):
    aanplak = result.extra_layers["aanplaklocaties"]
    plint = result.extra_layers["plintkansen"]
    ids = set(result.complexen["complex_id"])
    assert len(aanplak) > 0 and set(aanplak["complex_id"].dropna()) <= ids
    assert set(plint["soort"]) == {"plint", "garageboxen"}
    # every aanplak candidate's homes within the plan end up in its complex's column
    within = aanplak[aanplak["status"].isin(["kansrijk", "let op"])].groupby("complex_id")["extra_woningen"].sum()
    per_complex = result.complexen.set_index("complex_id")["extra_woningen_aanplakken"]
    assert (per_complex.reindex(within.index) == within).all()


def test_a_complex_with_a_pand_only_in_ahn_says_so(result):
    # the sample generator moves 4 panden from 3D BAG to AHN only; one lies in a corporatie complex
    mixed = result.complexen[result.complexen["hoogtebron"] == "3dbag+ahn"]
    assert len(mixed) == 1 and (result.complexen["hoogtebron"].isin(["3dbag", "3dbag+ahn"])).all()
    assert "hoogte deels uit AHN (panden nog niet in 3D BAG)" in mixed["toelichting"].iloc[0]
