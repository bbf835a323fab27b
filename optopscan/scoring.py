"""Weights → score 0–100, klasse A–E, status, rang and a Dutch toelichting per complex."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.rules.base import BLOKKADE, KANSRIJK, LET_OP, RuleResult
from optopscan.text import fmt

KLASSEN = ("A", "B", "C", "D", "E")


def score_complexen(frame: pd.DataFrame, results: dict[str, RuleResult], settings: Settings) -> pd.DataFrame:
    """Return per-criterion columns plus score, klasse, status, toelichting, blokkades.

    The total is the weighted mean over the criteria whose score is known, so missing data
    neither counts as 0 nor as perfect; ``volledigheid`` says how much weight was known.
    """
    index = frame.index
    weights = pd.Series({name: settings.gewichten.get(name, 0.0) for name in results}, dtype="float64")
    scores = pd.DataFrame({name: r.score for name, r in results.items()}, index=index)
    statuses = pd.DataFrame({name: r.status for name, r in results.items()}, index=index)

    known_weight = scores.notna().mul(weights, axis=1).sum(axis=1)
    weighted = scores.fillna(0).mul(weights, axis=1).sum(axis=1)
    total = (100 * weighted / known_weight).where(known_weight > 0).round(1)
    volledigheid = (known_weight / weights.sum()).round(2) if weights.sum() > 0 else known_weight * np.nan

    blocked = statuses.eq(BLOKKADE).any(axis=1)
    attention = statuses.eq(LET_OP).any(axis=1)
    status = pd.Series(np.where(blocked, BLOKKADE, np.where(attention, LET_OP, KANSRIJK)), index=index, dtype=object)

    k = settings.klassen
    klasse_idx = np.select([total >= k.A, total >= k.B, total >= k.C, total >= k.D], [0, 1, 2, 3], default=4)
    blokkade_idx = KLASSEN.index(k.bij_blokkade)
    klasse_idx = np.where(blocked, np.maximum(klasse_idx, blokkade_idx), klasse_idx)
    klasse = pd.Series(np.asarray(KLASSEN, dtype=object)[klasse_idx], index=index)

    out = pd.DataFrame(index=index)
    out["score"] = total
    out["klasse"] = klasse
    out["status"] = status
    out["volledigheid"] = volledigheid
    for name, r in results.items():
        out[f"score_{name}"] = r.score.round(3)
        out[f"status_{name}"] = r.status
        out[f"reden_{name}"] = r.reden
    out["blokkades"] = _join_where(
        {name: r.kort for name, r in results.items()}, statuses.eq(BLOKKADE), "; ", index, with_name=True
    )
    out["toelichting"] = _toelichting(out, results, weights)
    return out


def rank(frame: pd.DataFrame) -> pd.Series:
    """rang 1 = most promising: blokkades last, then score, extra_woningen, complex_id."""
    order = frame.assign(
        _blocked=frame["status"].eq(BLOKKADE),
        _score=frame["score"].fillna(-1.0),
        _extra=frame["extra_woningen"].fillna(-1.0),
    ).sort_values(
        ["_blocked", "_score", "_extra", "complex_id"], ascending=[True, False, False, True], kind="mergesort"
    )
    return pd.Series(np.arange(1, len(order) + 1), index=order.index).reindex(frame.index)


def _toelichting(out: pd.DataFrame, results: dict[str, RuleResult], weights: pd.Series) -> pd.Series:
    lines = (
        "Score "
        + fmt(out["score"], 1)
        + " (klasse "
        + out["klasse"]
        + ", "
        + out["status"]
        + "; "
        + fmt(out["volledigheid"] * 100)
        + "% van het gewicht bekend)"
    )
    for name, r in results.items():
        lines = (
            lines
            + f"\n{name} (gewicht {weights[name]:g}): ".replace(".", ",")
            + r.reden
            + " — score "
            + fmt(r.score, 2)
            + " ("
            + r.status
            + ")"
        )
    return lines


def _join_where(
    texts: dict[str, pd.Series], mask: pd.DataFrame, sep: str, index: pd.Index, with_name: bool = False
) -> pd.Series:
    """Join, per row, the texts whose mask is True (vectorised over rows)."""
    joined = pd.Series("", index=index, dtype=object)
    for name, text in texts.items():
        piece = (name + ": " + text) if with_name else text
        take = mask[name].to_numpy()
        sep_needed = joined.ne("").to_numpy()
        joined = pd.Series(
            np.where(take, np.where(sep_needed, joined + sep + piece, piece), joined), index=index, dtype=object
        )
    return joined
