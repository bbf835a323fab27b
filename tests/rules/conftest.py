"""Hand-built complex frames for rule tests: every input column with a neutral default."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from optopscan.config import load_settings
from optopscan.forms.optoppen import optoppen_per_pand

DEFAULTS = {
    "complex_id": "C1",
    "bouwjaar": 1970.0,
    "aantal_woningen": 40.0,
    "woningen_corporatie": 40.0,
    "woningen_bouwblok": 40.0,
    "aandeel_corporatie": 1.0,
    "hoogte_m": 12.0,
    "hoogte_max_m": 12.0,
    "bouwlagen": 4.0,
    "bouwlagen_geschat": False,
    "daktype": "horizontal",
    "plat_dak_m2": 600.0,
    "max_bouwhoogte_m": 18.0,
    "max_bouwlagen": math.nan,
    "wonen_toegestaan": True,
    "parkeerzone": "rest",
    "parkeernorm": 1.0,
    "afstand_supermarkt_m": 300.0,
    "afstand_huisarts_m": 300.0,
    "afstand_basisschool_m": 300.0,
    "afstand_ov_m": 150.0,
    "afstand_hov_m": 3000.0,
    "stedelijkheid": 3.0,
    "monument": False,
    "monumentnummers": "",
    "veerkracht_waarde": 4.2,
    "woningen_met_label": 0.0,
    "aandeel_slecht_label": math.nan,
    # homes another form (aanplakken, uitplinten) offers, added to the combined tiers
    "andere_vormen_theoretisch": 0.0,
    "andere_vormen_binnen_plan": 0.0,
}


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture
def make_frame(settings):
    """make_frame([{...overrides...}, ...]) → complex frame (one pand per complex) with the
    optoppen columns and the combined tiers (optoppen + ``andere_vormen_*``) added."""

    def build(rows: list[dict]) -> pd.DataFrame:
        frame = pd.DataFrame([{**DEFAULTS, "complex_id": f"C{i + 1}", **row} for i, row in enumerate(rows)])
        for col in ("daktype", "parkeerzone", "monumentnummers", "complex_id"):
            frame[col] = frame[col].astype(object)
        frame = frame.join(optoppen_per_pand(frame, settings))
        other_theo, other_plan = frame["andere_vormen_theoretisch"], frame["andere_vormen_binnen_plan"]
        frame["extra_woningen_optoppen"] = frame["extra_woningen_optoppen_binnen_plan"]
        frame["extra_woningen_theoretisch"] = frame["extra_woningen_optoppen_theoretisch"].fillna(0) + other_theo
        frame["extra_woningen_theoretisch"] = frame["extra_woningen_theoretisch"].where(
            frame["extra_woningen_optoppen_theoretisch"].notna() | other_theo.gt(0)
        )
        frame["extra_woningen_constructief"] = frame["extra_woningen_optoppen_constructief"] + other_theo
        frame["extra_woningen_binnen_plan"] = frame["extra_woningen_optoppen_binnen_plan"] + other_plan
        return frame

    return build
