"""Vectorised Dutch number formatting for reasons and toelichtingen."""

from __future__ import annotations

import numpy as np
import pandas as pd

UNKNOWN = "onbekend"


def fmt(values: pd.Series | np.ndarray, decimals: int = 0, unit: str = "") -> pd.Series:
    """Format numbers Dutch style ("15,0 m"); NaN becomes "onbekend"."""
    s = pd.Series(values, dtype="float64") if not isinstance(values, pd.Series) else values.astype("float64")
    s = s.round(decimals) + 0.0  # no "-0"
    text = s.map(("{:.%df}" % decimals).format).str.replace(".", ",", regex=False)
    if unit:
        text = text + " " + unit
    return text.where(s.notna(), UNKNOWN).astype(object)


def choose(conditions: list[pd.Series], choices: list[pd.Series | str], default: str, index: pd.Index) -> pd.Series:
    """np.select for text: the first matching condition's choice, else ``default``."""
    out = pd.Series(default, index=index, dtype=object)
    for cond, choice in reversed(list(zip(conditions, choices))):
        cond = pd.Series(cond, index=index).fillna(False).astype(bool)
        value = choice if isinstance(choice, pd.Series) else pd.Series(choice, index=index, dtype=object)
        out = out.mask(cond, value)
    return out
