"""The validate report (optopscan.report): layer table, coverage, findings, verdict."""

from __future__ import annotations

import pandas as pd
import pytest
from trust_world import copy_samples, rewrite_layers

from optopscan.config import load_settings
from optopscan.inputs import load_inputs
from optopscan.report import Report, pct, validate


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("v")
    config = copy_samples(folder)
    bag = folder / "samples" / "bag-light.gpkg"

    def damage(f):
        f.loc[f["identificatie"] == "9999100000000005", "bouwjaar"] = 2999
        f.loc[f["identificatie"] == "9999100000000006", "bouwjaar"] = 3001
        return pd.concat([f, f[f["identificatie"] == "9999100000000009"]])

    rewrite_layers(bag, {"pand": damage})
    settings = load_settings(config)
    return validate(settings, load_inputs(settings), unmatched_csv=folder / "out" / "niet.csv")


def test_findings_are_counted_per_file_and_column(sample_report):
    text = sample_report.text()
    line = next(ln for ln in text.splitlines() if "bouwjaar" in ln and "onwaarschijnlijk" in ln and "bag-light" in ln)
    # two panden: 2999 and 3001 (both after next year)
    assert " 2 " in line and "9999100000000005" in line and "9999100000000006" in line
    dup = next(ln for ln in text.splitlines() if "dubbele pand-id" in ln and "bag-light" in ln)
    assert " 1 " in dup and "9999100000000009" in dup


def test_findings_are_warnings_but_the_data_stays_usable(sample_report):
    assert sample_report.usable
    assert any("onwaarschijnlijk" in w for w in sample_report.warnings)
    assert sample_report.text().endswith("Oordeel: bruikbaar (met waarschuwingen)")


def test_ahn_heights_are_named_in_the_coverage(sample_report):
    line = next(ln for ln in sample_report.text().splitlines() if "met hoogte" in ln)
    assert "uit AHN" in line


def test_report_verdict_and_pct():
    r = Report(lines=["x"], errors=["kapot"])
    assert not r.usable and "NIET bruikbaar" in r.text() and "kapot" in r.text()
    assert pct(1, 3) == "33,3%" and pct(1, 0) == "–"


def test_coverage_of_what_the_forms_use(sample_report):
    lines = sample_report.text().splitlines()
    n_woon = int(next(ln for ln in lines if ln.startswith("Panden met woonfunctie")).split()[3])
    with_plan = int(next(ln for ln in lines if "met planwaarde" in ln).split()[2])
    bgt = next(ln for ln in lines if "binnen de BGT-dekking" in ln)
    vlak = next(ln for ln in lines if "in een bouwvlak" in ln)
    # the sample BGT covers the whole district: every woonpand lies inside its extent
    assert int(bgt.split()[3]) == n_woon and "(100,0%)" in bgt
    # the sample plan draws one Bouwvlak on every bestemmingsvlak with a maatvoering, so the
    # woonpanden in a bouwvlak are exactly those with a plan value
    assert int(vlak.split()[3]) == with_plan < n_woon
