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


def test_monument_complex_is_blocked_with_its_number(result, truth):
    c = row(result, truth.complex_monument)
    assert c["status"] == "blokkade" and c["status_monument"] == "blokkade"
    assert c["monumentnummers"] != "" and c["monumentnummers"] in c["blokkades"]


def test_no_headroom_complex_is_blocked(result, truth):
    c = row(result, truth.complex_geen_hoogteruimte)
    assert c["extra_bouwlagen"] == 0 and c["status_hoogte"] == "blokkade"
    assert "geen ruimte in de maximale bouwhoogte" in c["blokkades"]


def test_complex_without_plan_is_unknown_not_zero(result, truth):
    c = row(result, truth.complex_geen_plan)
    assert c["status_hoogte"] == "let op"
    assert c["extra_bouwlagen"] != c["extra_bouwlagen"]  # NaN
    assert "geen planwaarde" in c["toelichting"]


def test_pitched_roofs_have_no_optop_potential(result, truth):
    c = row(result, truth.complex_schuin_dak)
    assert c["daktype"] == "slanted" and c["extra_woningen"] == 0


def test_gespikkeld_complexes_are_penalised_not_hidden(result, truth):
    c = result.complexen.set_index("complex_id")
    gespikkeld = set(c.index[c["eigendom"] == "gespikkeld"])
    assert gespikkeld == set(truth.complexen_gespikkeld)
    assert (c.loc[list(gespikkeld), "score_eigendom"] < 1).all()


def test_theoretical_exceeds_filtered_and_buurt_totals_add_up(result):
    s = result.summary
    assert s["extra_woningen_theoretisch"] > s["extra_woningen"] >= s["extra_woningen_zonder_blokkade"] > 0
    assert result.buurten["extra_woningen"].sum() == s["extra_woningen"]
