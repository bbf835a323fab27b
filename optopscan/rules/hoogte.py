"""Hoogte (optoppen): roof type, legal room and structural heuristic → extra bouwlagen, and
the status each outcome gets (config ``regels.hoogte.status``).

Reads the columns of :func:`optopscan.forms.optoppen.evaluate_optoppen` (best wing of the
complex) and the tier ``extra_woningen_theoretisch`` summed over all forms, so a pitched roof
is a blokkade only when no other form applies either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.rules.base import KANSRIJK, LET_OP, RuleResult, unit_score, with_verdict
from optopscan.text import choose, fmt

if TYPE_CHECKING:
    from optopscan.config import Settings

PLAN_ROUTE = "buitenplans vergunnen of omgevingsplan aanpassen"


def evaluate(frame: pd.DataFrame, settings: Settings) -> RuleResult:
    rule = settings.regels.hoogte
    cap = rule.max_extra_bouwlagen
    st = rule.status
    extra = frame["extra_bouwlagen"].astype("float64")
    score = unit_score(extra / cap)

    theoretisch = frame["extra_woningen_theoretisch"].astype("float64")
    other_forms = theoretisch  # a roof that is no optop candidate adds 0 optop homes
    wonen_verboden = frame["wonen_toegestaan"].astype("boolean").eq(False).fillna(False).astype(bool)
    no_plan = frame["max_bouwhoogte_m"].isna() & frame["max_bouwlagen"].isna()
    no_height = frame["hoogte_m"].isna() & frame["bouwlagen"].isna()
    not_optop = frame["daktype"].notna() & ~frame["optop_dak"].astype("boolean").fillna(False).astype(bool)
    no_form = theoretisch.eq(0)
    no_room = frame["bouwlagen_juridisch"].eq(0)
    no_structure = frame["bouwlagen_constructief"].eq(0)
    unknown = extra.isna()
    # what a plan change could unlock: constructief minus binnen plan, over all forms
    unlock = (frame["extra_woningen_constructief"] - frame["extra_woningen_binnen_plan"].fillna(0)).clip(lower=0)

    conditions = [
        no_form,
        wonen_verboden,
        not_optop,
        unknown & no_height,
        unknown & no_plan,
        unknown,
        no_room,
        no_structure,
    ]
    status = choose(
        conditions,
        [
            st.geen_vorm,
            st.wonen_niet_toegestaan,
            st.geen_optopdak,
            LET_OP,
            LET_OP,
            LET_OP,
            st.geen_planruimte,
            st.constructie_onvoldoende,
        ],
        KANSRIJK,
        frame.index,
    )
    also_structure = pd.Series(
        np.where(no_structure, "; ook constructief geen extra laag: constructeur laten rekenen", ""),
        index=frame.index,
        dtype=object,
    )
    kort = choose(
        conditions,
        [
            pd.Series(
                np.where(not_optop, "geen plat dak en geen andere vorm", "plat dak te klein voor een woning"),
                index=frame.index,
                dtype=object,
            ),
            f"bestemming staat wonen niet toe: {PLAN_ROUTE}",
            "geen plat dak, geen optopkandidaat; andere vorm mogelijk (" + fmt(other_forms) + " woningen theoretisch)",
            "pand niet in 3D BAG (geen hoogte)",
            "geen planwaarde (maximale bouwhoogte of bouwlagen)",
            "daktype of bouwlagen onbekend",
            "geen ruimte in de maximale bouwhoogte: "
            + PLAN_ROUTE
            + " (maakt tot "
            + fmt(unlock)
            + " woningen mogelijk)"
            + also_structure,
            "constructie laat volgens de heuristiek geen extra laag toe: constructeur laten rekenen",
        ],
        "",
        frame.index,
    )
    label = choose(
        [pd.Series(conditions[i], index=frame.index) for i in range(3, 6)], ["onbekend"] * 3, "", frame.index
    )
    verdict = choose([label.ne(""), kort.ne("")], [label + ": " + kort, status + ": " + kort], "", frame.index)
    reden = with_verdict(_facts(frame, extra, cap), verdict)
    return RuleResult("hoogte", score, status, reden, kort=kort.where(kort.ne(""), reden))


def _facts(frame: pd.DataFrame, extra: pd.Series, cap: int) -> pd.Series:
    """Plan, current height and storeys, roof and the three limits, in words."""
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
    return (
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
