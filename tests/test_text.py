"""Dutch number formatting: what a reader of a reason, a CSV or the map sees."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optopscan.text import UNKNOWN, choose, fmt, nl_number


def reference(value: float, decimals: int, thousands: bool) -> str:
    """What the browser's toFixed / Intl.NumberFormat('nl-NL') prints: exact value, halves away from zero."""
    q = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)  # no "-0"
    text = f"{q:{',' if thousands else ''}.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


# --- fmt (a whole column) ---------------------------------------------------------------------


def test_fmt_uses_a_decimal_comma_and_a_unit_and_keeps_the_index():
    out = fmt(pd.Series([15.0, 3.25], index=[7, 9]), 1, "m")
    assert out.to_dict() == {7: "15,0 m", 9: "3,3 m"}  # 3.25 is exact in binary: a true half, away from zero


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2.5, 0, "3"),  # half away from zero, like toFixed (np.round would give 2)
        (-2.5, 0, "-3"),
        (0.5, 0, "1"),
        (1.005, 2, "1,00"),  # the float 1.005 is 1.00499999…: below the half
        (1.115, 2, "1,11"),  # 1.115 * 100 is 111.5 in floats, but the exact value is below the half
        (0.125, 2, "0,13"),  # exactly representable: a true half
        (1965.0, 0, "1965"),  # years and counts: no separator without thousands=True
        (1234567.891, 2, "1234567,89"),
    ],
)
def test_fmt_rounds_like_the_browser(value, decimals, expected):
    assert fmt(np.array([value]), decimals).iloc[0] == expected


def test_fmt_never_prints_minus_zero():
    assert fmt(np.array([-0.4, -0.04, -0.0]), 0).tolist() == ["0", "0", "0"]
    assert fmt(np.array([-0.004]), 2).tolist() == ["0,00"]
    assert fmt(np.array([-0.006]), 2).tolist() == ["-0,01"]


def test_fmt_shows_unknown_for_nan_none_and_infinity_never_zero():
    out = fmt(pd.Series([np.nan, None, np.inf, -np.inf, 0.0], dtype="float64"), 1, "m")
    assert out.tolist() == [UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, "0,0 m"]  # the unit is not added to "onbekend"


def test_fmt_accepts_nullable_integers_with_missing_values():
    out = fmt(pd.Series([1965, None], dtype="Int64"))
    assert out.tolist() == ["1965", UNKNOWN]


def test_fmt_groups_thousands_with_dots_on_request():
    out = fmt(np.array([999.0, 1000.0, 1234567.0, -1234.5, 12.0]), 1, thousands=True)
    assert out.tolist() == ["999,0", "1.000,0", "1.234.567,0", "-1.234,5", "12,0"]


@settings(max_examples=300, deadline=None)
@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=3),
    st.booleans(),
)
def test_fmt_agrees_with_exact_decimal_rounding(value, decimals, thousands):
    assert fmt(np.array([value]), decimals, thousands=thousands).iloc[0] == reference(value, decimals, thousands)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**9), max_value=10**9), st.integers(min_value=0, max_value=3))
def test_fmt_is_exact_on_halves(units, decimals):
    # value = (units + 0.5) / 10**decimals, the exact half closest to it in floats
    value = (units + 0.5) / 10**decimals
    assert fmt(np.array([value]), decimals).iloc[0] == reference(value, decimals, False)


# --- nl_number (one value) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "unit", "expected"),
    [
        (1234.56, 1, "m", "1.234,6 m"),
        (1234567, 0, "", "1.234.567"),
        (999.95, 1, "", "1.000,0"),  # the float 999.95 is 999.950000000000045…: just above the half
        (-0.04, 1, "m", "0,0 m"),
        (-1234.5, 0, "", "-1.235"),
        (None, 0, "m", UNKNOWN),
        (float("nan"), 2, "", UNKNOWN),
    ],
)
def test_nl_number(value, decimals, unit, expected):
    assert nl_number(value, decimals, unit) == expected


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(min_value=0, max_value=3))
def test_nl_number_is_fmt_with_thousands(value, decimals):
    assert nl_number(value, decimals) == fmt(np.array([value]), decimals, thousands=True).iloc[0]
    assert nl_number(value, decimals).replace(".", "") == fmt(np.array([value]), decimals).iloc[0]


# --- choose -----------------------------------------------------------------------------------


def test_choose_takes_the_first_true_condition_and_treats_missing_as_false():
    index = pd.Index([10, 11, 12, 13])
    first = pd.Series([True, True, None, False], index=index, dtype="boolean")
    second = pd.Series([True, False, True, False], index=index)
    out = choose([first, second], ["eerste", pd.Series(["b0", "b1", "b2", "b3"], index=index)], "anders", index)
    assert out.tolist() == ["eerste", "eerste", "b2", "anders"]


def test_choose_rejects_conditions_and_choices_of_different_length():
    index = pd.Index([0])
    with pytest.raises(ValueError):
        choose([pd.Series([True])], ["a", "b"], "c", index)
