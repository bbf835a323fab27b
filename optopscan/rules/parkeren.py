"""Parkeren: only the extra demand of the new homes, with HOV and shared-mobility discounts."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import BLOKKADE, KANSRIJK, LET_OP, RuleResult, unit_score, unknown_result
from optopscan.text import choose, fmt


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    if settings.invoer.parkeerzones is None:
        return unknown_result("parkeren", frame.index, "parkeernorm onbekend (geen parkeerzones opgegeven)")
    rule = settings.regels.parkeren
    norm = frame["parkeernorm"].astype("float64")
    hov_dist = frame["afstand_hov_m"].astype("float64")
    near_hov = hov_dist.le(rule.hov_afstand_m).fillna(False).astype(bool)
    factor = (1 - np.where(near_hov, rule.hov_korting, 0.0)) * (1 - rule.deelmobiliteit_korting)
    effective = norm * factor
    demand = np.ceil(frame["extra_woningen"].astype("float64") * effective - 1e-9).clip(lower=0)

    score = unit_score(1 - demand / rule.drempel_blokkade)
    status = choose(
        [demand.isna(), demand.ge(rule.drempel_blokkade), demand.ge(rule.drempel_let_op)],
        [LET_OP, BLOKKADE, LET_OP],
        KANSRIJK,
        frame.index,
    )
    zone = frame["parkeerzone"].fillna("geen zone").astype(object)
    reden = (
        fmt(frame["extra_woningen"])
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
    verdict = choose(
        [norm.isna(), demand.isna(), demand.ge(rule.drempel_blokkade), demand.ge(rule.drempel_let_op)],
        [
            "onbekend: complex ligt in geen parkeerzone",
            "onbekend: aantal extra woningen onbekend",
            "blokkade: " + fmt(demand) + f" extra parkeerplaatsen (grens {rule.drempel_blokkade:g})",
            f"let op: {rule.drempel_let_op:g} of meer extra parkeerplaatsen",
        ],
        "",
        frame.index,
    )
    reden = reden + pd.Series(np.where(verdict.eq(""), "", " — " + verdict), index=frame.index, dtype=object)
    kort = verdict.str.replace(r"^[\w ]+: ", "", regex=True)
    return RuleResult("parkeren", score, status, reden, {"extra_parkeerplaatsen": demand}, kort=kort)
