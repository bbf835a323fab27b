"""Monument: a rijksmonument in the complex blocks by default (configurable to 'let op')."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import KANSRIJK, RuleResult, unknown_result


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    if settings.invoer.monumenten is None:
        return unknown_result("monument", frame.index, "onbekend (geen monumentenlaag opgegeven)")
    is_monument = frame["monument"].astype("boolean").fillna(False).astype(bool)
    score = pd.Series(np.where(is_monument, 0.0, 1.0), index=frame.index)
    status = pd.Series(
        np.where(is_monument, settings.regels.monument.status, KANSRIJK), index=frame.index, dtype=object
    )
    numbers = frame["monumentnummers"].fillna("").astype(object)
    reden = pd.Series(
        np.where(
            is_monument, "rijksmonument " + numbers + ": eigen cultuurhistorisch onderzoek nodig", "geen rijksmonument"
        ),
        index=frame.index,
        dtype=object,
    )
    return RuleResult("monument", score, status, reden)
