"""Config validation: every bad value is refused on load with the key named (issue 12/9)."""

from __future__ import annotations

import copy
import math
import subprocess
import sys

import pytest
import yaml

from optopscan.config import DEFAULT_CONFIG, settings_from_dict
from optopscan.errors import ConfigError

BASE = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))


def with_change(dotted: str, value):
    raw = copy.deepcopy(BASE)
    node = raw
    *parents, last = dotted.split(".")
    for p in parents:
        node = node[p]
    node[last] = value
    return raw


def load(raw):
    return settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent)


def test_default_config_loads():
    s = load(copy.deepcopy(BASE))
    assert s.invoer.ahn_dsm and s.invoer.ahn_dtm


@pytest.mark.parametrize(
    "dotted, value, key",
    [
        ("gewichten.hoogte", math.nan, "gewichten.hoogte"),  # NaN weight would drop a criterion
        ("gewichten.hoogte", math.inf, "gewichten.hoogte"),
        ("regels.parkeren.hov_korting", math.nan, "regels.parkeren.hov_korting"),
        ("regels.voorzieningen.soorten", {}, "regels.voorzieningen.soorten"),  # was a traceback
        ("regels.bouwjaar.banden", [], "regels.bouwjaar.banden"),
        ("regels.hoogte.optop_daktypen", [], "regels.hoogte.optop_daktypen"),
        ("gewichten.zonligging", 1.0, "gewichten.zonligging"),
        ("regels.parkeren.hov_afstand_m", -5, "regels.parkeren.hov_afstand_m"),
        ("regels.parkeren.hov_korting", 1.5, "regels.parkeren.hov_korting"),
        ("potentie.bruikbaar_aandeel", 0, "potentie.bruikbaar_aandeel"),
        ("regels.eigendom.drempel_vve", 80, "regels.eigendom.drempel_vve"),  # 80 instead of 0.8
        ("regels.hoogte.constructie_factor", 2, "regels.hoogte.constructie_factor"),
        ("regels.verdiepingshoogte_m", 30, "regels.verdiepingshoogte_m"),
        ("regels.voorzieningen.factor_stedelijkheid", {1: 0.6, 7: 1.0}, "regels.voorzieningen.factor_stedelijkheid.7"),
        ("regels.voorzieningen.factor_stedelijkheid", {1: 0.0}, "regels.voorzieningen.factor_stedelijkheid.1"),
        ("regels.bouwjaar.koppelkans_verduurzaming", {"van": 1990, "tot": 1965}, "koppelkans_verduurzaming"),
        ("uitvoer.max_polygonen", -1, "uitvoer.max_polygonen"),
        ("invoer.ahn_dtm", [], "invoer.ahn_dtm"),  # a DSM without a DTM
    ],
)
def test_bad_value_is_refused_naming_the_key(dotted, value, key):
    with pytest.raises(ConfigError) as info:
        load(with_change(dotted, value))
    assert key in str(info.value)
    assert key.split(".")[0] in info.value.key


def test_all_voorziening_weights_zero_is_refused():
    soorten = {k: {**v, "gewicht": 0} for k, v in BASE["regels"]["voorzieningen"]["soorten"].items()}
    with pytest.raises(ConfigError, match="regels.voorzieningen.soorten"):
        load(with_change("regels.voorzieningen.soorten", soorten))


def test_band_with_van_after_tot_is_refused():
    banden = copy.deepcopy(BASE["regels"]["bouwjaar"]["banden"])
    banden[1]["van"], banden[1]["tot"] = 1949, 1940
    with pytest.raises(ConfigError, match=r"regels.bouwjaar.banden\[1\]"):
        load(with_change("regels.bouwjaar.banden", banden))


def test_config_does_not_import_the_rules():
    # the cycle config → rules is gone: gewichten are checked against constants.CRITERIA
    code = "import sys, optopscan.config as c; c.load_settings(); print('optopscan.rules' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
