"""Criteria registry: adding a criterion is adding one module here and one config section."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from optopscan.rules import bouwjaar, eigendom, hoogte, monument, parkeren, veerkracht, voorzieningen
from optopscan.rules.base import RuleResult

Rule = Callable[[pd.DataFrame, "object"], RuleResult | None]

RULES: dict[str, Rule] = {
    "bouwjaar": bouwjaar.evaluate,
    "eigendom": eigendom.evaluate,
    "hoogte": hoogte.evaluate,
    "parkeren": parkeren.evaluate,
    "voorzieningen": voorzieningen.evaluate,
    "monument": monument.evaluate,
    "veerkracht": veerkracht.evaluate,
}


def evaluate_all(frame: pd.DataFrame, settings) -> dict[str, RuleResult]:
    """Run every active criterion (returning None means switched off)."""
    results = {}
    for name, rule in RULES.items():
        result = rule(frame, settings)
        if result is not None:
            results[name] = result
    return results
