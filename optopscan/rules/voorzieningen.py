"""Voorzieningen: distance to the nearest amenity of each soort, s = clamp(1 − d / d_ref)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.constants import distance_column
from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score
from optopscan.text import fmt

if TYPE_CHECKING:
    from optopscan.config import Settings


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    """Unknown soorten are left out of the weighted mean; all unknown → score unknown."""
    rule = settings.regels.voorzieningen
    factor = frame["stedelijkheid"].map(rule.factor_stedelijkheid).astype("float64").fillna(1.0)
    weighted = pd.Series(0.0, index=frame.index)
    weight_known = pd.Series(0.0, index=frame.index)
    parts = []
    for soort, spec in rule.soorten.items():
        column = distance_column(soort)
        distance = frame[column].astype("float64") if column in frame else pd.Series(np.nan, index=frame.index)
        d_ref = spec.referentieafstand_m * factor
        s = unit_score(1 - distance / d_ref)
        weighted += s.fillna(0) * spec.gewicht
        weight_known += distance.notna() * spec.gewicht
        parts.append(soort + " " + fmt(distance, 0, "m") + " (ref " + fmt(d_ref, 0, "m") + ")")
    score = unit_score((weighted / weight_known).where(weight_known > 0))
    status = pd.Series(np.where(score.ge(rule.drempel_let_op), KANSRIJK, LET_OP), index=frame.index, dtype=object)
    reden = parts[0]
    for part in parts[1:]:
        reden = reden + ", " + part
    reden = reden + pd.Series(
        np.where(score.isna(), " — onbekend", np.where(score.lt(rule.drempel_let_op), " — ver van voorzieningen", "")),
        index=frame.index,
        dtype=object,
    )
    kort = reden.where(score.notna(), "geen afstanden (geen voorzieningenlaag opgegeven)")
    return RuleResult("voorzieningen", score, status, reden, kort=kort)
