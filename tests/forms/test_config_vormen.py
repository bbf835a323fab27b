"""The ``vormen:`` config section: defaults, switches, validation naming the key."""

from __future__ import annotations

import pytest
import yaml

from optopscan.config import DEFAULT_CONFIG, load_settings, settings_from_dict
from optopscan.errors import ConfigError


def raw_default() -> dict:
    return yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))


def test_default_config_has_the_forms_on_with_their_defaults():
    s = load_settings()
    assert s.vormen.optoppen.aan and s.vormen.aanplakken.aan and s.vormen.uitplinten.aan
    assert s.vormen.aanplakken.min_kopgevel_m == 6.0 and s.vormen.aanplakken.vrije_afstand_m == 1.0
    assert s.vormen.uitplinten.m2_per_woning == 40.0
    assert s.invoer.bgt is not None and s.invoer.bgt.name == "bgt.gpkg" and s.invoer.bgt.exists()


def test_config_without_vormen_still_loads_with_defaults():
    raw = raw_default()
    raw.pop("vormen")
    raw["invoer"].pop("bgt")
    s = settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent)
    assert s.vormen.aanplakken.breedte_grondgebonden_m == 6.0 and s.invoer.bgt is None


def test_a_form_can_be_switched_off():
    raw = raw_default()
    raw["vormen"]["uitplinten"] = {"aan": False}
    s = settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent)
    assert not s.vormen.uitplinten.aan and s.vormen.uitplinten.m2_per_woning == 40.0


@pytest.mark.parametrize(
    ("section", "key", "value", "named"),
    [
        ("uitplinten", "bruikbaar_aandeel", 1.5, "vormen.uitplinten.bruikbaar_aandeel"),
        ("uitplinten", "m2_per_woning", 0, "vormen.uitplinten.m2_per_woning"),
        ("aanplakken", "vrije_afstand_m", -1, "vormen.aanplakken.vrije_afstand_m"),
        ("aanplakken", "min_kopgevel_m", "zes", "vormen.aanplakken.min_kopgevel_m"),
        ("aanplakken", "onbekend", 1, "vormen.aanplakken.onbekend"),
    ],
)
def test_bad_values_name_the_key(section, key, value, named):
    raw = raw_default()
    raw["vormen"][section][key] = value
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent)
