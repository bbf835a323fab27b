"""Extra storeys and extra homes per complex (legal room, structural heuristic, cap)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings

UNKNOWN_ROOF_TYPES = ("unknown", "no points", "no planes")


def compute_potential(frame: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Return the potential columns for each complex (index preserved).

    - ``ruimte_m``: plan maximum bouwhoogte minus the current height (``hoogte_referentie``).
    - ``bouwlagen_juridisch``: floor(ruimte_m / verdiepingshoogte) and/or max_bouwlagen −
      bouwlagen (the smaller when both are known); NaN when the plan says nothing.
    - ``bouwlagen_constructief``: floor(constructie_factor × bouwlagen) — a heuristic.
    - ``extra_bouwlagen``: min(juridisch, constructief, cap) on optop roofs, 0 on other
      roofs or where wonen is not allowed, NaN when any input is unknown.
    - ``extra_woningen`` = floor(plat dak × bruikbaar aandeel × extra_bouwlagen / BVO);
      ``extra_woningen_theoretisch`` uses the cap instead of the legal/structural limits.
    """
    hoogte = settings.regels.hoogte
    storey = settings.regels.verdiepingshoogte_m
    cap = float(hoogte.max_extra_bouwlagen)

    current = frame["hoogte_max_m"] if hoogte.hoogte_referentie == "max" else frame["hoogte_m"]
    current = current.fillna(frame["hoogte_m"])
    ruimte_m = frame["max_bouwhoogte_m"] - current
    legal_from_metres = np.floor(ruimte_m / storey)
    legal_from_storeys = frame["max_bouwlagen"] - frame["bouwlagen"]
    legal = pd.concat([legal_from_metres, legal_from_storeys], axis=1).min(axis=1, skipna=True).clip(lower=0)

    structural = np.floor(hoogte.constructie_factor * frame["bouwlagen"])
    limits = pd.concat([legal, structural, pd.Series(cap, index=frame.index)], axis=1)
    extra = limits.min(axis=1, skipna=False)

    daktype = frame["daktype"].astype(object)
    roof_known = daktype.notna() & ~daktype.isin(UNKNOWN_ROOF_TYPES)
    optop_roof = daktype.isin(hoogte.optop_daktypen)
    wonen_verboden = frame["wonen_toegestaan"].astype("boolean").eq(False).fillna(False).astype(bool)
    extra = extra.where(optop_roof, np.where(roof_known, 0.0, np.nan))
    extra = extra.where(~wonen_verboden, 0.0)

    pot = settings.potentie
    roof = frame["plat_dak_m2"]
    per_storey = roof * pot.bruikbaar_aandeel / pot.bvo_per_woning_m2
    extra_woningen = np.floor(per_storey * extra + 1e-9)
    theoretisch = np.floor(per_storey.fillna(0.0) * cap + 1e-9)
    return pd.DataFrame(
        {
            "ruimte_m": ruimte_m.round(2),
            "bouwlagen_juridisch": legal,
            "bouwlagen_constructief": structural,
            "optop_dak": optop_roof,
            "extra_bouwlagen": extra,
            "extra_woningen": extra_woningen,
            "extra_woningen_theoretisch": theoretisch,
        },
        index=frame.index,
    )


def totals_per_buurt(complexen: pd.DataFrame) -> pd.DataFrame:
    """Sum of complexes, extra homes (filtered and theoretical) per buurtcode."""
    grouped = complexen.groupby("buurtcode", dropna=False, sort=True)
    return pd.DataFrame(
        {
            "aantal_complexen": grouped.size(),
            "extra_woningen": grouped["extra_woningen"].sum(min_count=1).fillna(0).astype("int64"),
            "extra_woningen_zonder_blokkade": grouped["extra_woningen_zonder_blokkade"].sum().astype("int64"),
            "extra_woningen_theoretisch": grouped["extra_woningen_theoretisch"].sum().astype("int64"),
        }
    ).reset_index()
