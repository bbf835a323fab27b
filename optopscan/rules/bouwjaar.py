"""Bouwjaar: configurable bands; 1965–1990 also flags a koppelkans with verduurzaming."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import LET_OP, RuleResult
from optopscan.text import choose, fmt


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    rule = settings.regels.bouwjaar
    year = frame["bouwjaar"].astype("float64")
    conditions = [
        (year >= (band.van if band.van is not None else -np.inf))
        & (year <= (band.tot if band.tot is not None else np.inf))
        for band in rule.banden
    ]
    score = pd.Series(np.select(conditions, [b.score for b in rule.banden], default=np.nan), index=frame.index)
    status = choose(conditions, [b.status for b in rule.banden], LET_OP, frame.index)
    label = choose(conditions, [b.label for b in rule.banden], "valt buiten de ingestelde banden", frame.index)
    k = rule.koppelkans_verduurzaming
    koppelkans = year.between(k.van, k.tot).fillna(False).astype(bool)
    reden = "bouwjaar " + fmt(year) + ": " + label
    reden = reden.where(~koppelkans, reden + f"; koppelkans verduurzaming ({k.van}–{k.tot})")
    labels = "-".join(rule.slechte_energielabels[:1] + rule.slechte_energielabels[-1:])
    share = frame["aandeel_slecht_label"].astype("float64")
    with_label = koppelkans & share.notna()
    reden = reden.where(
        ~with_label,
        reden
        + ", "
        + fmt(share * 100)
        + "% van "
        + fmt(frame["woningen_met_label"])
        + f" woningen met label heeft {labels}",
    )
    reden = reden.where(year.notna(), "bouwjaar onbekend")
    return RuleResult("bouwjaar", score, status, reden, {"koppelkans_verduurzaming": koppelkans})
