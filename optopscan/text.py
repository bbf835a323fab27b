"""Vectorised Dutch number formatting for reasons and toelichtingen."""

from __future__ import annotations

import numpy as np
import pandas as pd

UNKNOWN = "onbekend"


def fmt(values: pd.Series | np.ndarray, decimals: int = 0, unit: str = "") -> pd.Series:
    """Format numbers Dutch style ("15,0 m"); NaN becomes "onbekend". Vectorised."""
    s = pd.Series(values, dtype="float64") if not isinstance(values, pd.Series) else values.astype("float64")
    scale = 10**decimals
    scaled = np.round(s.fillna(0.0).to_numpy() * scale).astype(np.int64)
    magnitude = np.abs(scaled)
    text = pd.Series(magnitude // scale, index=s.index).astype("str")
    if decimals:
        fraction = (
            pd.Series(magnitude % scale, index=s.index).astype("str").str.pad(decimals, side="left", fillchar="0")
        )
        text = text + "," + fraction
    text = text.where(scaled >= 0, "-" + text)  # no "-0": a value that rounds to 0 is 0
    if unit:
        text = text + " " + unit
    return text.where(s.notna(), UNKNOWN).astype(object)


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
    if value is None or value != value:  # NaN
        return UNKNOWN
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    text = f"{rounded:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} {unit}" if unit else text
