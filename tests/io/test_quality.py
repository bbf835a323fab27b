"""Plausibility ranges and duplicate resolution (optopscan.io.quality)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optopscan.errors import InputDataError
from optopscan.io.quality import RANGES, check_ranges, findings_of, next_year, resolve_duplicates


def test_bouwjaar_out_of_range_becomes_unknown_with_a_reason():
    f = pd.DataFrame({"pand_id": ["a", "b", "c", "d"], "bouwjaar": [2999, 999, 1970, np.nan]})
    out = check_ranges(f, RANGES["panden"], id_column="pand_id", bron="bag.gpkg")
    assert out["bouwjaar"].isna().tolist() == [True, True, False, True]
    assert out["onwaarschijnlijk"].tolist() == [
        "bouwjaar 2999 onwaarschijnlijk, genegeerd",
        "bouwjaar 999 onwaarschijnlijk, genegeerd",
        "",
        "",
    ]
    (b,) = findings_of(out)
    assert (b.bestand, b.kolom, b.aantal, b.voorbeelden) == ("bag.gpkg", "bouwjaar", 2, ["a", "b"])


def test_absurd_values_are_named_without_garbage():
    f = pd.DataFrame({"pand_id": ["a", "b"], "bouwjaar": [1e30, -np.inf]})
    out = check_ranges(f, RANGES["panden"], id_column="pand_id", bron="x")
    assert out["onwaarschijnlijk"].tolist() == ["bouwjaar buiten elk bereik onwaarschijnlijk, genegeerd"] * 2


def test_next_year_is_allowed_the_year_after_is_not():
    f = pd.DataFrame({"pand_id": ["a", "b"], "bouwjaar": [next_year(), next_year() + 1]})
    out = check_ranges(f, RANGES["panden"], id_column="pand_id", bron="x")
    assert out["bouwjaar"].notna().tolist() == [True, False]


def test_roof_below_ground_blanks_the_roof_and_floors():
    f = pd.DataFrame(
        {
            "pand_id": ["a"],
            "h_maaiveld": [0.0],
            "h_dak_70p": [-2.0],
            "h_dak_max": [5.0],
            "hoogte_m": [-2.0],
            "hoogte_max_m": [5.0],
            "bouwlagen": [3.0],
        }
    )
    out = check_ranges(f, RANGES["bag3d"], id_column="pand_id", bron="x")
    assert out[["h_dak_70p", "hoogte_m", "bouwlagen"]].isna().all(axis=None)
    assert out.loc[0, "h_dak_max"] == 5.0  # the max was plausible
    assert out.loc[0, "onwaarschijnlijk"] == "dakhoogte boven maaiveld -2,0 m onwaarschijnlijk, genegeerd"


@settings(deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=32), min_size=1, max_size=30))
def test_plan_heights_after_check_are_unknown_or_in_range(values):
    f = pd.DataFrame({"plan_id": [str(i) for i in range(len(values))], "max_bouwhoogte_m": values})
    out = check_ranges(f, RANGES["maatvoering"], id_column="plan_id", bron="x")
    kept = out["max_bouwhoogte_m"].dropna()
    assert ((kept > 0) & (kept <= 350)).all()
    # a value is blanked only when it was implausible (never a plausible one)
    ok = pd.Series(values, dtype="float64").between(0, 350, inclusive="right")
    assert out["max_bouwhoogte_m"].notna().tolist() == ok.tolist()


def test_identical_duplicates_become_one_row():
    f = pd.DataFrame({"pand_id": ["a", "a", "b"], "bouwjaar": [1970, 1970, 1980]})
    out = resolve_duplicates(f, "pand_id", bron="bag", compare=["bouwjaar"])
    assert out["pand_id"].tolist() == ["a", "b"]
    (b,) = findings_of(out)
    assert b.aantal == 1 and b.voorbeelden == ["a"]


def test_latest_documentdatum_wins_regardless_of_row_order():
    f = pd.DataFrame(
        {
            "pand_id": ["a", "a", "b"],
            "bouwjaar": [1985, 1970, 1980],
            "documentdatum": ["2024-05-01", "2019-01-01", "2000-01-01"],
        }
    )
    for frame in (f, f.iloc[::-1]):
        out = resolve_duplicates(frame, "pand_id", bron="bag", compare=["bouwjaar"])
        assert out.set_index("pand_id").loc["a", "bouwjaar"] == 1985


def test_undecidable_duplicates_are_refused_listing_the_ids():
    f = pd.DataFrame({"pand_id": ["a", "a", "b", "b"], "bouwjaar": [1985, 1970, 1, 2]})
    with pytest.raises(InputDataError, match="a, b"):
        resolve_duplicates(f, "pand_id", bron="bag.gpkg", compare=["bouwjaar"], path="bag.gpkg")
