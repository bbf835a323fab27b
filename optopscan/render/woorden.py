"""Dutch words for the raw values and names that reach the kansenkaart.

3D BAG roof types arrive in English (``b3_dak_type``), voorziening soorten and indicator names
as snake_case keys; a reader of the map should see Dutch words.
"""

from __future__ import annotations

import re

import pandas as pd

#: 3D BAG ``b3_dak_type`` → Dutch
DAKTYPEN: dict[str, str] = {
    "horizontal": "plat",
    "single horizontal": "plat",
    "multiple horizontal": "meerdere platte delen",
    "slanted": "schuin",
    "no points": "onbekend (geen punten)",
    "could not be detected": "onbekend (niet herkend)",
}

#: raw names inside reasons → Dutch words
NAMEN: dict[str, str] = {
    "ov_halte": "ov-halte",
    "hov_halte": "hov-halte",
    "leefbaarometer_score": "Leefbaarometer-score",
    "extra_woningen": "extra woningen",
}

#: criterion key → label in the popup
CRITERIA_LABELS: dict[str, str] = {
    "bouwjaar": "Bouwjaar",
    "eigendom": "Eigendom",
    "hoogte": "Hoogte",
    "parkeren": "Parkeren",
    "voorzieningen": "Voorzieningen",
    "monument": "Monument",
    "veerkracht": "Veerkracht",
}

_DAK_RE = re.compile(r"\bdak (" + "|".join(sorted(map(re.escape, DAKTYPEN), key=len, reverse=True)) + r")\b")
_NAAM_RE = re.compile(r"\b(" + "|".join(map(re.escape, NAMEN)) + r")\b")


def daktype(values: pd.Series) -> pd.Series:
    """Roof types in Dutch; unknown raw values stay as they are, missing stays missing."""
    s = values.astype("string").str.strip()
    return s.str.lower().map(DAKTYPEN).astype("string").fillna(s)


def vertaal(text: str) -> str:
    """Replace raw roof types ("dak horizontal") and snake_case names ("ov_halte") in a reason."""
    text = _DAK_RE.sub(lambda m: "dak " + DAKTYPEN[m.group(1)], text)
    return _NAAM_RE.sub(lambda m: NAMEN[m.group(1)], text)


def criterium_label(key: str) -> str:
    """Label of a criterion: the known Dutch label, else the key with spaces."""
    return CRITERIA_LABELS.get(key, key.replace("_", " ").capitalize())
