"""Dutch number formatting for reasons, toelichtingen and messages: one implementation.

``fmt`` formats a whole column, ``nl_number`` one value; both round like the browser's
``Number.prototype.toFixed`` / ``Intl.NumberFormat('nl-NL')`` (the kansenkaart): on the exact
value of the float, halves away from zero (2,5 → 3; -2,5 → -3; 1,005 → 1,00 because the float
1.005 lies just below the half). A value that rounds to zero never shows as "-0"; NaN, None and
±inf show as "onbekend".
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

UNKNOWN = "onbekend"
_SPLIT = 134217729.0  # 2**27 + 1: Dekker's split of a double into two 26-bit halves


def _product_error(a: np.ndarray, b: float) -> np.ndarray:
    """Exact ``a * b - fl(a * b)`` (Dekker's TwoProduct), element-wise."""
    product = a * b
    c = _SPLIT * a
    a_hi = c - (c - a)
    a_lo = a - a_hi
    d = _SPLIT * b
    b_hi = d - (d - b)
    b_lo = b - b_hi
    return ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo


def _round_half_away(values: np.ndarray, decimals: int) -> tuple[np.ndarray, np.ndarray]:
    """Magnitude (as int64 units of 10**-decimals) and sign (True = negative) of each value, rounded."""
    scale = float(10**decimals)
    scaled = values * scale
    with np.errstate(invalid="ignore", over="ignore"):
        error = _product_error(values, scale)  # the exact product is scaled + error
    magnitude = np.abs(scaled)
    whole = np.floor(magnitude)
    fraction = magnitude - whole  # exact for doubles
    error_outward = np.where(scaled < 0, -error, error)
    up = (fraction > 0.5) | ((fraction == 0.5) & (error_outward >= 0))
    units = (whole + up).astype(np.int64)
    return units, (scaled < 0) & (units > 0)


def fmt(values: pd.Series | np.ndarray, decimals: int = 0, unit: str = "", *, thousands: bool = False) -> pd.Series:
    """Format numbers Dutch style ("15,0 m"); NaN becomes "onbekend". Vectorised.

    Without ``thousands`` the integer part has no separator (years, counts in reasons:
    "bouwjaar 1965"); with it, a dot every three digits ("1.250 m").
    """
    s = pd.Series(values, dtype="float64") if not isinstance(values, pd.Series) else values.astype("float64")
    raw = s.to_numpy(dtype="float64", na_value=np.nan)
    known = np.isfinite(raw)
    units, negative = _round_half_away(np.where(known, raw, 0.0), decimals)
    scale = 10**decimals
    # the text is put together by Arrow's string kernels (C++), not per value in Python
    text = pc.cast(pa.array(units // scale), pa.string())
    if thousands:
        grouped = pd.Series(text.to_numpy(zero_copy_only=False), dtype=object)
        text = pa.array(grouped.str.replace(r"(\d)(?=(\d{3})+$)", r"\1.", regex=True).to_numpy(object), pa.string())
    if decimals:
        fraction = pc.utf8_lpad(pc.cast(pa.array(units % scale), pa.string()), width=decimals, padding="0")
        text = pc.binary_join_element_wise(text, fraction, ",")
    text = pc.if_else(pa.array(negative), pc.binary_join_element_wise("-", text, ""), text)
    if unit:
        text = pc.binary_join_element_wise(text, unit, " ")
    text = pc.if_else(pa.array(known), text, UNKNOWN)
    return pd.Series(text.to_numpy(zero_copy_only=False), index=s.index, dtype=object)


def choose(conditions: list[pd.Series], choices: list[pd.Series | str], default: str, index: pd.Index) -> pd.Series:
    """np.select for text: the first matching condition's choice, else ``default``."""
    out = pd.Series(default, index=index, dtype=object)
    for cond, choice in reversed(list(zip(conditions, choices, strict=True))):
        cond = pd.Series(cond, index=index).fillna(False).astype(bool)
        value = choice if isinstance(choice, pd.Series) else pd.Series(choice, index=index, dtype=object)
        out = out.mask(cond, value)
    return out


def nl_number(value: float | None, decimals: int = 0, unit: str = "") -> str:
    """One value, Dutch style ("1.234,5"): thousands separator, decimal comma; None/NaN → onbekend.

    For years and ids use plain ``str(int(x))``: they take no separator.
    """
    if value is None:
        return UNKNOWN
    return str(fmt(np.array([value], dtype="float64"), decimals, unit, thousands=True).iloc[0])
