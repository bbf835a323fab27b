"""What every criterion returns."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from optopscan.constants import BLOKKADE, KANSRIJK, LET_OP, ONDERZOEK, PLANWIJZIGING, STATUS_RANK

__all__ = ["BLOKKADE", "KANSRIJK", "LET_OP", "ONDERZOEK", "PLANWIJZIGING", "RuleResult", "unit_score"]


@dataclass
class RuleResult:
    """Per complex: score in [0, 1] (NaN = onbekend), status on the ladder and a Dutch reason.

    ``values`` holds extra output columns a criterion derives (e.g. distances), so the
    toelichting and the shortlist can show the inputs behind the score. ``kort`` is the
    short verdict (what holds the complex back and what would lift it), or the reason.
    """

    name: str
    score: pd.Series
    status: pd.Series
    reden: pd.Series
    values: dict[str, pd.Series] = field(default_factory=dict)
    kort: pd.Series | None = None

    def __post_init__(self) -> None:
        index = self.score.index
        if self.kort is None:
            self.kort = self.reden
        for part in (self.status, self.reden, self.kort, *self.values.values()):
            if not part.index.equals(index):
                raise ValueError(f"rule {self.name}: index not preserved")
        known = self.score.dropna()
        if ((known < 0) | (known > 1)).any():
            raise ValueError(f"rule {self.name}: score outside [0, 1]")
        unknown_status = set(self.status.unique()) - set(STATUS_RANK)
        if unknown_status:
            raise ValueError(f"rule {self.name}: status not on the ladder: {sorted(unknown_status)}")


def unit_score(values: pd.Series) -> pd.Series:
    """Clamp to [0, 1] and round away float noise, so values at a threshold compare exactly."""
    return values.astype("float64").clip(0, 1).round(9)


def with_verdict(reden: pd.Series, verdict: pd.Series) -> pd.Series:
    """``reden — verdict`` where a verdict is given."""
    return reden.where(verdict.eq(""), reden + " — " + verdict)
