"""Veerkracht: liveability of the buurt from a configured column (e.g. Leefbaarometer)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score, unknown_result
from optopscan.text import fmt


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult | None:
    rule = settings.regels.veerkracht
    if rule.kolom is None:
        return None  # criterion switched off
    if settings.invoer.buurten is None:
        return unknown_result("veerkracht", frame.index, "onbekend (geen buurtenlaag opgegeven)")
    value = frame["veerkracht_waarde"].astype("float64")
    score = unit_score((value - rule.laag) / (rule.hoog - rule.laag))
    status = pd.Series(np.where(score.ge(rule.drempel_let_op), KANSRIJK, LET_OP), index=frame.index, dtype=object)
    bounds = f" (score 0 bij {rule.laag:g}, 1 bij {rule.hoog:g})".replace(".", ",")
    reden = f"{rule.kolom} " + fmt(value, 2) + bounds
    reden = reden.where(value.notna(), f"{rule.kolom} onbekend voor deze buurt")
    return RuleResult("veerkracht", score, status, reden)
