"""The canonical frames of the samples satisfy their pandera schemas; a raw value out of range
does not (so the schemas bite)."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from optopscan.config import SAMPLES
from optopscan.io import bag, bag3d, plans
from optopscan.io.quality import RANGES, check_ranges
from optopscan.io.schemas import validate_frame


def test_sample_frames_fit_the_contract():
    validate_frame(bag.read_panden(SAMPLES / "bag-light.gpkg"), "panden")
    validate_frame(bag.read_verblijfsobjecten(SAMPLES / "bag-light.gpkg", geometry=False), "verblijfsobjecten")
    validate_frame(bag3d.read_bag3d(SAMPLES / "3dbag.gpkg", geometry=False), "bag3d")
    validate_frame(plans.read_plannen(SAMPLES / "bestemmingsplan.gml").maatvoering, "maatvoering")


def test_schema_rejects_what_the_loader_would_blank():
    raw = pd.DataFrame({"pand_id": ["0000100000000001", "0000100000000002"], "bouwjaar": [1970.0, 2999.0]})
    with pytest.raises(pandera.errors.SchemaErrors, match="bouwjaar"):
        validate_frame(raw, "panden")
    cleaned = check_ranges(raw.copy(), RANGES["panden"], id_column="pand_id", bron="x")
    validate_frame(cleaned, "panden")


def test_schema_rejects_duplicate_ids():
    raw = pd.DataFrame({"pand_id": ["0000100000000001"] * 2, "bouwjaar": [1970.0, 1970.0]})
    with pytest.raises(pandera.errors.SchemaErrors, match="pand_id"):
        validate_frame(raw, "panden")
