"""Eigendom: share of the woningen in the complex's bouwblokken owned by the corporatie."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score
from optopscan.text import fmt

if TYPE_CHECKING:
    from optopscan.config import Settings


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    rule = settings.regels.eigendom
    share = frame["aandeel_corporatie"].astype("float64")
    known = share.notna()
    volledig = known & (share >= rule.drempel_volledig)
    score = pd.Series(np.where(volledig, rule.score_volledig, rule.score_gespikkeld * share), index=frame.index)
    score = unit_score(score.where(known))
    status = pd.Series(np.where(volledig, KANSRIJK, LET_OP), index=frame.index, dtype=object)
    eigendom = pd.Series(np.where(volledig, "volledig", "gespikkeld"), index=frame.index, dtype=object)
    eigendom = eigendom.where(known, "onbekend")

    owned = fmt(frame["woningen_corporatie"])
    total = fmt(frame["woningen_bouwblok"])
    pct = fmt(share * 100) + "%"
    reden = pd.Series(
        np.where(
            volledig,
            "volledig eigendom: " + owned + " van " + total + " woningen in het bouwblok",
            "gespikkeld: " + owned + " van " + total + " woningen in het bouwblok (" + pct + ") van de corporatie; "
            "VvE-besluit of instemming van eigenaren nodig",
        ),
        index=frame.index,
        dtype=object,
    )
    hard = known & ~volledig & (share < rule.drempel_vve)
    reden = reden.where(~hard, reden + f", onder {rule.drempel_vve:.0%} is instemming lastig")
    reden = reden.where(known, "eigendom onbekend (geen bezitsbestand)")
    kort = reden.where(known, "geen bezitsbestand")
    return RuleResult("eigendom", score, status, reden, {"eigendom": eigendom}, kort=kort)
