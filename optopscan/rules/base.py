"""What every criterion returns."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

KANSRIJK, LET_OP, BLOKKADE = "kansrijk", "let op", "blokkade"


@dataclass
class RuleResult:
    """Per complex: score in [0, 1] (NaN = onbekend), status and a Dutch reason.

    ``values`` holds extra output columns a criterion derives (e.g. distances), so the
    toelichting and the shortlist can show the inputs behind the score.
    """

    name: str
    score: pd.Series
    status: pd.Series
    reden: pd.Series
    values: dict[str, pd.Series] = field(default_factory=dict)
    kort: pd.Series | None = None
    """Short verdict for blocker summaries; defaults to ``reden``."""

    def __post_init__(self) -> None:
        index = self.score.index
        if self.kort is None:
            self.kort = self.reden
        for part in (self.status, self.reden, *self.values.values()):
            if not part.index.equals(index):
                raise ValueError(f"rule {self.name}: index not preserved")
        known = self.score.dropna()
        if ((known < 0) | (known > 1)).any():
            raise ValueError(f"rule {self.name}: score outside [0, 1]")


def unit_score(values: pd.Series) -> pd.Series:
    """Clamp to [0, 1] and round away float noise, so values at a threshold compare exactly."""
    return values.astype("float64").clip(0, 1).round(9)


def unknown_result(name: str, index: pd.Index, reden: str) -> RuleResult:
    """Every complex unknown (missing input): status 'let op' with the reason."""
    return RuleResult(
        name,
        score=pd.Series(float("nan"), index=index, dtype="float64"),
        status=pd.Series(LET_OP, index=index, dtype=object),
        reden=pd.Series(reden, index=index, dtype=object),
    )
