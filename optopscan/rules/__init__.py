"""Criteria registry: adding a criterion is adding one module here and one config section.

Rules read only the frame they get (a missing input shows as NaN / missing values) and the
rule settings passed in; nothing here needs a loaded config.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from optopscan.rules import bouwjaar, eigendom, hoogte, monument, parkeren, veerkracht, voorzieningen
from optopscan.rules.base import RuleResult

Rule = Callable[[pd.DataFrame, Any], RuleResult | None]

RULES: dict[str, Rule] = {
    "bouwjaar": bouwjaar.evaluate,
    "eigendom": eigendom.evaluate,
    "hoogte": hoogte.evaluate,
    "parkeren": parkeren.evaluate,
    "voorzieningen": voorzieningen.evaluate,
    "monument": monument.evaluate,
    "veerkracht": veerkracht.evaluate,
}


def evaluate_all(frame: pd.DataFrame, settings: Any) -> dict[str, RuleResult]:
    """Run every active criterion (returning None means switched off)."""
    results = {}
    for name, rule in RULES.items():
        result = rule(frame, settings)
        if result is not None:
            results[name] = result
    return results
