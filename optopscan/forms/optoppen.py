"""Optoppen: extra storeys on flat roofs, per pand, summed per complex.

Each pand (each wing of a stepped complex) uses its own height, roof and plan value, so the
lower wings of a getrapt woongebouw count (Handreiking Optoppen 2.0, §3.1 Tabel 1). The core
functions take plain Series and keyword arguments and return a Series with the input's index
(momepy style); :func:`optoppen_per_pand` is the one adapter from ``Settings``.

Tiers per pand (homes = floor(flat roof × usable share × storeys / BVO per home)):
- ``theoretisch``: optop roof, the cap of extra storeys, no legal or structural limit;
- ``constructief``: min(structural heuristic, cap), the plan ignored;
- ``binnen_plan``: min(legal room, structural, cap); 0 where the bestemming forbids wonen.
Unknown inputs give NaN, never 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from optopscan.constants import BLOKKADE, KANSRIJK, LET_OP, ONDERZOEK, PLANWIJZIGING
from optopscan.forms import FormResult, sum_per_complex
from optopscan.text import choose, fmt

if TYPE_CHECKING:
    from optopscan.config import Settings

UNKNOWN_ROOF_TYPES = ("unknown", "no points", "no planes")
EPS = 1e-9  # float noise at exact multiples (600 × 0.5 × 2 / 75 = 8)


def legal_storeys(
    height: pd.Series, plan_height: pd.Series, plan_storeys: pd.Series, storeys: pd.Series, *, storey_height: float
) -> pd.Series:
    """Storeys the plan still allows: floor((plan height − height) / storey height) and/or
    plan storeys − storeys (the smaller when both are known), never below 0; NaN without plan."""
    from_metres = np.floor((plan_height - height) / storey_height + EPS)
    from_storeys = plan_storeys - storeys
    legal = pd.concat([from_metres, from_storeys], axis=1).min(axis=1, skipna=True)
    return legal.clip(lower=0).rename("bouwlagen_juridisch")


def structural_storeys(storeys: pd.Series, *, factor: float) -> pd.Series:
    """Heuristic structural room: floor(factor × storeys); NaN when storeys unknown."""
    return np.floor(factor * storeys.astype("float64") + EPS).rename("bouwlagen_constructief")


def extra_storeys(
    height: pd.Series,
    plan_height: pd.Series,
    plan_storeys: pd.Series,
    storeys: pd.Series,
    *,
    storey_height: float,
    factor: float,
    cap: float,
) -> pd.Series:
    """min(legal, structural, cap): NaN when the plan or the storeys are unknown."""
    legal = legal_storeys(height, plan_height, plan_storeys, storeys, storey_height=storey_height)
    structural = structural_storeys(storeys, factor=factor)
    limits = pd.concat([legal, structural, pd.Series(float(cap), index=storeys.index)], axis=1)
    return limits.min(axis=1, skipna=False).rename("extra_bouwlagen")


def homes(roof_m2: pd.Series, storeys: pd.Series, *, usable_share: float, bvo_m2: float) -> pd.Series:
    """floor(flat roof × usable share × storeys / BVO per home); NaN when either is unknown."""
    return np.floor(roof_m2.astype("float64") * usable_share * storeys.astype("float64") / bvo_m2 + EPS)


def optoppen_per_pand(frame: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Per row (a pand, or a one-pand complex): room, storeys and the three tiers of homes.

    Columns: ``ruimte_m``, ``bouwlagen_juridisch``, ``bouwlagen_constructief``, ``optop_dak``,
    ``extra_bouwlagen`` and ``extra_woningen_optoppen_theoretisch/_constructief/_binnen_plan``.
    """
    hoogte = settings.regels.hoogte
    storey = settings.regels.verdiepingshoogte_m
    cap = float(hoogte.max_extra_bouwlagen)
    pot = settings.potentie

    height = frame["hoogte_max_m"] if hoogte.hoogte_referentie == "max" else frame["hoogte_m"]
    height = height.astype("float64").fillna(frame["hoogte_m"].astype("float64"))
    plan_height = frame["max_bouwhoogte_m"].astype("float64")
    plan_storeys = frame["max_bouwlagen"].astype("float64")
    storeys = frame["bouwlagen"].astype("float64")

    legal = legal_storeys(height, plan_height, plan_storeys, storeys, storey_height=storey)
    structural = structural_storeys(storeys, factor=hoogte.constructie_factor)
    extra = extra_storeys(
        height, plan_height, plan_storeys, storeys, storey_height=storey, factor=hoogte.constructie_factor, cap=cap
    )

    daktype = frame["daktype"].astype(object)
    roof_known = daktype.notna() & ~daktype.isin(UNKNOWN_ROOF_TYPES)
    optop_roof = daktype.isin(hoogte.optop_daktypen)
    wonen_verboden = frame["wonen_toegestaan"].astype("boolean").eq(False).fillna(False).astype(bool)
    not_candidate = pd.Series(np.where(roof_known, 0.0, np.nan), index=frame.index)
    extra = extra.where(optop_roof, not_candidate).where(~wonen_verboden, 0.0)

    def tier(storeys_: pd.Series) -> pd.Series:
        h = homes(frame["plat_dak_m2"], storeys_, usable_share=pot.bruikbaar_aandeel, bvo_m2=pot.bvo_per_woning_m2)
        return h.where(optop_roof, not_candidate)

    theoretisch = tier(pd.Series(cap, index=frame.index))
    constructief = tier(structural.clip(upper=cap))
    binnen_plan = tier(extra.clip(lower=0)).where(~wonen_verboden, 0.0)
    return pd.DataFrame(
        {
            "ruimte_m": (plan_height - height).round(2),
            "bouwlagen_juridisch": legal,
            "bouwlagen_constructief": structural,
            "optop_dak": optop_roof.astype(bool),
            "extra_bouwlagen": extra,
            "extra_woningen_optoppen_theoretisch": theoretisch,
            "extra_woningen_optoppen_constructief": constructief,
            "extra_woningen_optoppen_binnen_plan": binnen_plan,
        },
        index=frame.index,
    )


PAND_TIERS = {
    "theoretisch": "extra_woningen_optoppen_theoretisch",
    "constructief": "extra_woningen_optoppen_constructief",
    "binnen_plan": "extra_woningen_optoppen_binnen_plan",
}


def evaluate_optoppen(panden: pd.DataFrame, complex_ids: pd.Series, settings: Settings) -> FormResult:
    """The optoppen form per complex: tiers summed over the complex's panden.

    ``panden`` holds one row per pand with ``complex_id`` and the :func:`optoppen_per_pand`
    columns; ``complex_ids`` is the complexen frame's ``complex_id`` column (its index is
    the result's index). Storey columns per complex are the best wing's (max over panden).
    """
    keys = panden["complex_id"]
    tiers = {t: sum_per_complex(panden[col], keys, complex_ids) for t, col in PAND_TIERS.items()}
    values = {
        col: _max_per_complex(panden[col], keys, complex_ids)
        for col in ("ruimte_m", "bouwlagen_juridisch", "bouwlagen_constructief", "extra_bouwlagen")
    }
    values["optop_dak"] = _max_per_complex(panden["optop_dak"].astype("float64"), keys, complex_ids).eq(1)
    status, reden = _form_verdict(tiers["theoretisch"], tiers["constructief"], tiers["binnen_plan"])
    return FormResult("optoppen", status=status, reden=reden, values=values, **tiers)


def _max_per_complex(values: pd.Series, keys: pd.Series, complex_ids: pd.Series) -> pd.Series:
    per = values.astype("float64").groupby(keys.to_numpy()).max()
    return pd.Series(complex_ids.map(per).to_numpy(dtype="float64"), index=complex_ids.index)


def _form_verdict(theo: pd.Series, constr: pd.Series, plan: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The form's own verdict from its tiers (the hoogte criterion maps outcomes via config)."""
    index = theo.index
    conditions = [theo.isna(), theo.eq(0), constr.eq(0), plan.isna(), plan.eq(0), plan.gt(0)]
    status = choose(conditions, [LET_OP, BLOKKADE, ONDERZOEK, LET_OP, PLANWIJZIGING, KANSRIJK], LET_OP, index)
    reden = choose(
        conditions,
        [
            "optoppen onbekend: dak, hoogte of bouwlagen ontbreekt",
            "geen plat dak: geen optopkandidaat",
            "constructie laat geen extra laag toe: constructeur laten rekenen",
            "constructief " + fmt(constr) + " woningen; binnen plan onbekend (geen planwaarde)",
            "constructief "
            + fmt(constr)
            + " woningen, binnen plan 0: omgevingsplan aanpassen of buitenplans vergunnen",
            fmt(plan) + " woningen binnen plan",
        ],
        "",
        index,
    )
    return status, reden
