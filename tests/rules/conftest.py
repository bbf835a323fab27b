"""Hand-built complex frames for rule tests: every input column with a neutral default."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from optopscan.config import load_settings
from optopscan.potential import compute_potential

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
}


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture
def make_frame(settings):
    """make_frame([{...overrides...}, ...]) → complex frame with potential columns added."""

    def build(rows: list[dict]) -> pd.DataFrame:
        frame = pd.DataFrame([{**DEFAULTS, "complex_id": f"C{i + 1}", **row} for i, row in enumerate(rows)])
        for col in ("daktype", "parkeerzone", "monumentnummers", "complex_id"):
            frame[col] = frame[col].astype(object)
        return frame.join(compute_potential(frame, settings))

    return build
