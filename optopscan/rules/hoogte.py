"""Hoogte: roof type, legal headroom and structural heuristic → extra bouwlagen.

Reads the columns computed by :func:`optopscan.potential.compute_potential`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import BLOKKADE, KANSRIJK, LET_OP, RuleResult, unit_score
from optopscan.text import choose, fmt


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    cap = settings.regels.hoogte.max_extra_bouwlagen
    extra = frame["extra_bouwlagen"].astype("float64")
    score = unit_score(extra / cap)

    wonen_verboden = frame["wonen_toegestaan"].astype("boolean").eq(False).fillna(False).astype(bool)
    no_plan = frame["max_bouwhoogte_m"].isna() & frame["max_bouwlagen"].isna()
    no_height = frame["hoogte_m"].isna() & frame["bouwlagen"].isna()
    not_optop = frame["daktype"].notna() & ~frame["optop_dak"].astype(bool)
    no_room = frame["bouwlagen_juridisch"].eq(0)
    no_structure = frame["bouwlagen_constructief"].eq(0)

    status = choose([extra.isna(), extra.eq(0), extra.gt(0)], [LET_OP, BLOKKADE, KANSRIJK], LET_OP, frame.index)
    geschat = frame["bouwlagen_geschat"].astype("boolean").fillna(False).astype(bool)
    lagen = fmt(frame["bouwlagen"]) + pd.Series(
        np.where(geschat, " bouwlagen, geschat uit hoogte", " bouwlagen"), index=frame.index
    )
    plan_m, plan_lagen = frame["max_bouwhoogte_m"], frame["max_bouwlagen"]
    plan = choose(
        [plan_m.notna() & plan_lagen.notna(), plan_m.notna(), plan_lagen.notna()],
        [
            "plan max " + fmt(plan_m, 1, "m") + " en " + fmt(plan_lagen) + " bouwlagen",
            "plan max " + fmt(plan_m, 1, "m"),
            "plan max " + fmt(plan_lagen) + " bouwlagen",
        ],
        "geen planwaarde",
        frame.index,
    )
    facts = (
        plan
        + ", nu "
        + fmt(frame["hoogte_max_m"].fillna(frame["hoogte_m"]), 1, "m")
        + " ("
        + lagen
        + "), dak "
        + frame["daktype"].fillna("onbekend").astype(object)
        + "; juridisch "
        + fmt(frame["bouwlagen_juridisch"])
        + ", constructief "
        + fmt(frame["bouwlagen_constructief"])
        + " (heuristiek), max "
        + str(cap)
        + " → "
        + fmt(extra)
        + " extra bouwlagen"
    )
    verdict = choose(
        [
            wonen_verboden,
            extra.isna() & no_height,
            extra.isna() & no_plan,
            extra.isna(),
            not_optop,
            no_room,
            no_structure,
        ],
        [
            "blokkade: bestemming staat wonen niet toe",
            "onbekend: geen hoogte uit 3D BAG",
            "onbekend: geen planwaarde (maximale bouwhoogte of bouwlagen)",
            "onbekend: daktype of bouwlagen ontbreekt",
            "blokkade: geen plat dak, geen optopkandidaat",
            "blokkade: geen ruimte in de maximale bouwhoogte",
            "blokkade: constructie laat geen extra laag toe",
        ],
        "",
        frame.index,
    )
    reden = facts + pd.Series(np.where(verdict.eq(""), "", " — " + verdict), index=frame.index, dtype=object)
    kort = verdict.str.replace(r"^\w+: ", "", regex=True).where(verdict.ne(""), reden)
    return RuleResult("hoogte", score, status, reden, kort=kort)
