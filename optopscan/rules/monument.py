"""Monument: a rijksmonument asks for cultuurhistorisch onderzoek (status from config,
default 'onderzoek nodig'); erfgoedinclusief toevoegen is possible (Handreiking §3.2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult
from optopscan.text import choose

if TYPE_CHECKING:
    from optopscan.config import Settings


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    """Unknown (NaN in ``monument``) where no monumentenlaag was given."""
    rule = settings.regels.monument
    flag = frame["monument"].astype("boolean")
    known = flag.notna().to_numpy()
    is_monument = flag.fillna(False).astype(bool).to_numpy()
    score = pd.Series(np.where(is_monument, rule.score, 1.0), index=frame.index).where(known)
    status = pd.Series(np.where(is_monument, rule.status, KANSRIJK), index=frame.index, dtype=object)
    status = status.where(known, LET_OP)
    numbers = frame["monumentnummers"].fillna("").astype(object)
    kort = choose(
        [~pd.Series(known, index=frame.index), pd.Series(is_monument, index=frame.index)],
        [
            "geen monumentenlaag opgegeven",
            "rijksmonument " + numbers + ": cultuurhistorisch onderzoek nodig (erfgoedinclusief toevoegen kan)",
        ],
        "geen rijksmonument",
        frame.index,
    )
    reden = kort.where(known, "onbekend (geen monumentenlaag opgegeven)")
    return RuleResult("monument", score, status, reden, kort=kort)
