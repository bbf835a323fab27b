"""The forms of adding homes: optoppen (on top), aanplakken (against a side wall),
uitplinten (in the ground floor). One module per form; each returns a :class:`FormResult`
per complex, and :func:`combine_forms` sums them into the potential tiers.

Tiers (each ≥ the next, per complex):
- ``theoretisch``: what the building physically offers, no legal or structural limit;
- ``constructief``: with the structural limit, the plan ignored (what a plan change unlocks);
- ``binnen_plan``: legal, structural and cap;
- ``kansrijk``: binnen plan, only for complexes whose status is kansrijk or let op
  (computed after scoring, see ``scoring``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from optopscan.constants import FORMS

__all__ = ["FORMS", "TIERS", "FormResult", "combine_forms", "sum_per_complex"]

TIERS: tuple[str, ...] = ("theoretisch", "constructief", "binnen_plan", "kansrijk")


@dataclass
class FormResult:
    """Per complex (index of the complexen frame): extra homes per tier, status, reason.

    Homes are floats (NaN = unknown, never silently 0). ``status`` uses the ladder of
    :mod:`optopscan.constants`; ``values`` holds extra output columns of the form.
    """

    name: str
    theoretisch: pd.Series
    constructief: pd.Series
    binnen_plan: pd.Series
    status: pd.Series
    reden: pd.Series
    values: dict[str, pd.Series] = field(default_factory=dict)


def sum_per_complex(values: pd.Series, keys: pd.Series, complex_ids: pd.Series) -> pd.Series:
    """Sum per-pand ``values`` per complex (``keys`` = each pand's complex_id), aligned to
    ``complex_ids`` (the complexen frame's column; its index is the result's index).

    Unknown panden are left out of the sum; a complex is unknown (NaN) only when none of its
    panden is known, and a complex without any pand here is unknown too.
    """
    per = values.astype("float64").groupby(keys.to_numpy()).sum(min_count=1)
    return pd.Series(complex_ids.map(per).to_numpy(dtype="float64"), index=complex_ids.index)


def combine_forms(results: list[FormResult], index: pd.Index) -> pd.DataFrame:
    """Per complex: ``extra_woningen_<form>`` (binnen-plan homes of that form) and the tier
    sums ``extra_woningen_theoretisch/_constructief/_binnen_plan`` over the forms.

    The known forms are summed; the sum is unknown (NaN) when every form is unknown, and also
    when the known forms add up to 0 while another form is unknown — "nothing" is then not
    known (an unknown optoppen plus no kopgevel is not 0 homes).
    """
    out = pd.DataFrame(index=index)
    for tier in ("theoretisch", "constructief", "binnen_plan"):
        if not results:
            out[f"extra_woningen_{tier}"] = pd.Series(float("nan"), index=index)
            continue
        parts = pd.concat([getattr(r, tier).rename(r.name) for r in results], axis=1)
        total = parts.sum(axis=1, min_count=1)
        out[f"extra_woningen_{tier}"] = total.mask(total.eq(0) & parts.isna().any(axis=1))
    for r in results:
        out[f"extra_woningen_{r.name}"] = r.binnen_plan
    return out


def switched_off(complex_index: pd.Index, name: str) -> FormResult:
    """The result of a form that is switched off in the config: unknown, not zero."""
    nan = pd.Series(float("nan"), index=complex_index, dtype="float64")
    return FormResult(
        name=name,
        theoretisch=nan,
        constructief=nan.copy(),
        binnen_plan=nan.copy(),
        status=pd.Series(None, index=complex_index, dtype=object),
        reden=pd.Series(f"{name} staat uit in de configuratie", index=complex_index, dtype=object),
    )
