"""Veerkracht: liveability of the buurt from a configured column (e.g. Leefbaarometer).

Default effect 'kans': a low value is named as a kans leefbaarheid in the reason and does not
lower the score (Handreiking stap 4: optoppen can strengthen kwetsbare wijken). Effect
'straf' scores the value linearly between ``laag`` and ``hoog``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score
from optopscan.text import fmt

if TYPE_CHECKING:
    from optopscan.config import Settings


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult | None:
    rule = settings.regels.veerkracht
    if rule.kolom is None:
        return None  # criterion switched off
    value = frame["veerkracht_waarde"].astype("float64")
    linear = unit_score((value - rule.laag) / (rule.hoog - rule.laag))
    low = linear.lt(rule.drempel_let_op)
    bounds = f" (0 bij {rule.laag:g}, 1 bij {rule.hoog:g})".replace(".", ",")
    reden = f"{rule.kolom} " + fmt(value, 2) + bounds
    if rule.effect == "kans":
        score = linear.where(value.isna(), 1.0)
        status = pd.Series(KANSRIJK, index=frame.index, dtype=object)
        reden = reden.where(
            ~low, reden + " — kans leefbaarheid: optoppen kan de wijk versterken (telt niet als minpunt)"
        )
    else:
        score = linear
        status = pd.Series(np.where(low, LET_OP, KANSRIJK), index=frame.index, dtype=object)
        reden = reden.where(~low, reden + " — lage veerkracht")
    status = status.where(value.notna(), LET_OP)
    reden = reden.where(value.notna(), f"{rule.kolom} onbekend voor deze buurt")
    kort = reden.where(value.notna(), f"{rule.kolom} onbekend (buurt niet gevonden of geen buurtenlaag)")
    return RuleResult("veerkracht", score, status, reden, kort=kort)
