"""Parkeren: only the extra demand of the new homes (binnen plan, all forms), with HOV and
shared-mobility discounts. Many extra places ask for maatwerk parkeren, not a blokkade."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score, with_verdict
from optopscan.text import choose, fmt

if TYPE_CHECKING:
    from optopscan.config import Settings

HOMES = "extra_woningen_binnen_plan"


def extra_places(
    homes: pd.Series, norm: pd.Series, hov_distance: pd.Series, *, hov_m: float, hov_discount: float, shared: float
) -> pd.Series:
    """ceil(homes × norm × (1 − HOV discount within hov_m) × (1 − shared)); NaN when unknown."""
    near = hov_distance.le(hov_m).fillna(False).astype(bool)
    factor = (1 - np.where(near, hov_discount, 0.0)) * (1 - shared)
    return np.ceil(homes.astype("float64") * norm.astype("float64") * factor - 1e-9).clip(lower=0)


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    """Unknown where no parkeernorm (no zone, or no zone layer) or no homes figure is known."""
    rule = settings.regels.parkeren
    norm = frame["parkeernorm"].astype("float64")
    homes = frame[HOMES].astype("float64")
    near_hov = frame["afstand_hov_m"].astype("float64").le(rule.hov_afstand_m).fillna(False).astype(bool)
    demand = extra_places(
        homes,
        norm,
        frame["afstand_hov_m"].astype("float64"),
        hov_m=rule.hov_afstand_m,
        hov_discount=rule.hov_korting,
        shared=rule.deelmobiliteit_korting,
    )
    score = unit_score(1 - demand / rule.drempel_maatwerk)
    many, some = demand.ge(rule.drempel_maatwerk), demand.ge(rule.drempel_let_op)
    status = choose([demand.isna(), many, some], [LET_OP, rule.status_maatwerk, LET_OP], KANSRIJK, frame.index)
    zone = frame["parkeerzone"].fillna("geen zone").astype(object)
    reden = (
        fmt(homes)
        + " extra woningen × norm "
        + fmt(norm, 2)
        + " (zone "
        + zone
        + ")"
        + pd.Series(np.where(near_hov, f" − {rule.hov_korting:.0%} HOV-korting", ""), index=frame.index, dtype=object)
        + (f" − {rule.deelmobiliteit_korting:.0%} deelmobiliteit" if rule.deelmobiliteit_korting else "")
        + " = "
        + fmt(demand)
        + " extra parkeerplaatsen"
    )
    kort = choose(
        [norm.isna(), demand.isna(), many, some],
        [
            "geen parkeernorm (complex in geen parkeerzone of geen zonelaag opgegeven)",
            "aantal extra woningen onbekend",
            fmt(demand) + f" extra parkeerplaatsen (vanaf {rule.drempel_maatwerk:g}): maatwerk parkeren "
            "(lagere norm, deelmobiliteit, afwijken van de norm)",
            f"{rule.drempel_let_op:g} of meer extra parkeerplaatsen",
        ],
        "",
        frame.index,
    )
    label = pd.Series(np.where(demand.isna(), "onbekend", status), index=frame.index, dtype=object)
    reden = with_verdict(reden, (label + ": " + kort).where(kort.ne(""), ""))
    return RuleResult(
        "parkeren", score, status, reden, {"extra_parkeerplaatsen": demand}, kort=kort.where(kort.ne(""), reden)
    )
