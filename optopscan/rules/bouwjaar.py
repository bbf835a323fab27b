"""Bouwjaar: configurable bands; koppelkans verduurzaming = bouwjaar in the koppel band AND
energielabel D–G or unknown ("oudere nog niet verduurzaamde objecten", Handreiking stap 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import LET_OP, RuleResult
from optopscan.text import choose, fmt

if TYPE_CHECKING:
    from optopscan.config import Settings


def koppelkans(year: pd.Series, share_poor: pd.Series, *, van: int, tot: int) -> pd.Series:
    """True where the bouwjaar lies in [van, tot] and the labelled woningen are not all
    A–C: some have a poor label (share > 0) or no label is known (share NaN)."""
    in_band = year.between(van, tot).fillna(False).astype(bool)
    not_sustainable = share_poor.isna() | share_poor.gt(0)
    return (in_band & not_sustainable).astype(bool)


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
    share = frame["aandeel_slecht_label"].astype("float64")
    in_band = year.between(k.van, k.tot).fillna(False).astype(bool)
    kans = koppelkans(year, share, van=k.van, tot=k.tot)
    slecht = "-".join(rule.slechte_energielabels[:1] + rule.slechte_energielabels[-1:])
    labelled = fmt(frame["woningen_met_label"])
    band = f"bouwjaar {k.van}–{k.tot}"
    koppel_text = choose(
        [kans & share.isna(), kans, in_band],
        [
            f"; koppelkans verduurzaming ({band}, energielabel onbekend)",
            f"; koppelkans verduurzaming ({band}, "
            + fmt(share * 100)
            + "% van "
            + labelled
            + f" woningen met label heeft {slecht})",
            "; geen koppelkans verduurzaming: alle " + labelled + f" woningen met label hebben beter dan {slecht}",
        ],
        "",
        frame.index,
    )
    reden = ("bouwjaar " + fmt(year) + ": " + label + koppel_text).where(year.notna(), "bouwjaar onbekend")
    return RuleResult("bouwjaar", score, status, reden, {"koppelkans_verduurzaming": kans})
