"""Weights → score 0–100, status on the ladder, klasse A–E with caps, rang (the toelichting
text is written by :mod:`optopscan.explain` from these columns).

Core functions take plain Series and keyword arguments (momepy style);
:func:`score_complexen` is the adapter from ``Settings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from optopscan.constants import (
    BLOKKADE,
    KANSRIJK,
    KLASSEN,
    LET_OP,
    ONDERZOEK,
    PLANWIJZIGING,
    STATUS_LADDER,
    STATUS_RANK,
)
from optopscan.rules.base import RuleResult

if TYPE_CHECKING:
    from optopscan.config import Klassen, Settings

__all__ = ["KLASSEN", "complex_status", "extra_woningen_kansrijk", "klasse", "rank", "score_complexen"]

#: Statuses whose binnen-plan homes count as kansrijk.
OPEN_STATUSES = (KANSRIJK, LET_OP)


def weighted_score(scores: pd.DataFrame, weights: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(score 0–100, volledigheid 0–1): the weighted mean of the KNOWN criteria × 100, and
    the share of the total weight that was known. Unknown counts neither as 0 nor as 1."""
    weights = weights.reindex(scores.columns).fillna(0.0)
    known_weight = scores.notna().mul(weights, axis=1).sum(axis=1)
    weighted = scores.fillna(0).mul(weights, axis=1).sum(axis=1)
    total = (100 * weighted / known_weight).where(known_weight > 0).round(1)
    all_weight = float(weights.sum())
    volledigheid = (known_weight / all_weight).round(2) if all_weight > 0 else known_weight * np.nan
    return total, volledigheid


def complex_status(statuses: pd.DataFrame) -> pd.Series:
    """The most severe status on the ladder over the criteria (no criteria → kansrijk)."""
    if statuses.shape[1] == 0:
        return pd.Series(KANSRIJK, index=statuses.index, dtype=object)
    ranks = statuses.apply(lambda col: col.map(STATUS_RANK)).max(axis=1).astype("int64")
    return pd.Series(np.asarray(STATUS_LADDER, dtype=object)[ranks.to_numpy()], index=statuses.index)


def klasse(
    score: pd.Series,
    status: pd.Series,
    complete: pd.Series,
    *,
    bands: tuple[float, float, float, float],
    caps: dict[str, str],
    incomplete_cap: str,
) -> pd.Series:
    """Klasse from the score bands (A ≥ bands[0] … D ≥ bands[3], else E), then capped: a
    status in ``caps`` gives at best that klasse, and so does being incomplete. Unknown
    score → E (never a top klasse)."""
    a, b, c, d = bands
    idx = np.select([score >= a, score >= b, score >= c, score >= d], [0, 1, 2, 3], default=4)
    for name, cap in caps.items():
        idx = np.where(status.eq(name).to_numpy(), np.maximum(idx, KLASSEN.index(cap)), idx)
    idx = np.where(complete.to_numpy(dtype=bool), idx, np.maximum(idx, KLASSEN.index(incomplete_cap)))
    return pd.Series(np.asarray(KLASSEN, dtype=object)[idx], index=score.index)


def extra_woningen_kansrijk(binnen_plan: pd.Series, status: pd.Series) -> pd.Series:
    """Binnen-plan homes of complexes with status kansrijk or let op; 0 for the others
    (they need a study, a plan change or are blocked); unknown stays unknown."""
    return binnen_plan.astype("float64").where(status.isin(OPEN_STATUSES), 0.0)


def caps_from(k: Klassen) -> dict[str, str]:
    """Status → best klasse allowed, from the ``klassen`` config."""
    return {BLOKKADE: k.bij_blokkade, PLANWIJZIGING: k.bij_planwijziging, ONDERZOEK: k.bij_onderzoek}


def score_complexen(frame: pd.DataFrame, results: dict[str, RuleResult], settings: Settings) -> pd.DataFrame:
    """Per-criterion columns plus score, klasse, status, volledigheid, blokkades
    (short verdicts of blocking criteria), knelpunten (what needs a study or plan change and
    how to lift it) and ontbreekt (unknown criteria and why); extra_woningen_kansrijk when the
    frame has ``extra_woningen_binnen_plan``."""
    index = frame.index
    weights = pd.Series({name: settings.gewichten.get(name, 0.0) for name in results}, dtype="float64")
    scores = pd.DataFrame({name: r.score for name, r in results.items()}, index=index)
    statuses = pd.DataFrame({name: r.status for name, r in results.items()}, index=index)
    kort = {name: r.kort if r.kort is not None else r.reden for name, r in results.items()}

    total, volledigheid = weighted_score(scores, weights)
    k = settings.klassen
    complete = volledigheid.ge(k.volledigheid).fillna(False)
    status = complex_status(statuses)

    out = pd.DataFrame(index=index)
    out["score"] = total
    out["klasse"] = klasse(
        total, status, complete, bands=(k.A, k.B, k.C, k.D), caps=caps_from(k), incomplete_cap=k.bij_onvolledig
    )
    out["status"] = status
    out["volledigheid"] = volledigheid
    for name, r in results.items():
        out[f"score_{name}"] = r.score.round(3)
        out[f"status_{name}"] = r.status
        out[f"reden_{name}"] = r.reden
    severe = statuses.apply(lambda col: col.map(STATUS_RANK)).ge(STATUS_RANK[ONDERZOEK])
    out["blokkades"] = _join_where(kort, statuses.eq(BLOKKADE), "; ", index)
    out["knelpunten"] = _join_where(kort, severe & statuses.ne(BLOKKADE), "; ", index)
    out["ontbreekt"] = _join_where(kort, scores.isna() & weights.gt(0).reindex(scores.columns), "; ", index)
    if "extra_woningen_binnen_plan" in frame:
        out["extra_woningen_kansrijk"] = extra_woningen_kansrijk(frame["extra_woningen_binnen_plan"], status)
    return out


def rank(frame: pd.DataFrame, *, min_volledigheid: float) -> pd.Series:
    """rang 1 = most promising. Order: status on the ladder (less severe first), then complete
    (volledigheid ≥ ``min_volledigheid``) before incomplete, then score, extra homes binnen
    plan (unknown last), complex_id."""
    rang = rank_keys(rank_key(frame, min_volledigheid=min_volledigheid))
    return pd.Series(rang, index=frame.index)


def rank_key(frame: pd.DataFrame, *, min_volledigheid: float) -> pd.DataFrame:
    """The compact inputs of the rang per complex (status as its ladder rank, completeness as a
    flag, unknown score and homes as -1): keys of disjoint sets of complexes can be
    concatenated and ranked together (a scan in blocks)."""
    return pd.DataFrame(
        {
            "complex_id": frame["complex_id"].astype("str").to_numpy(),
            "_status": frame["status"].map(STATUS_RANK).astype("int8").to_numpy(),
            "_incomplete": (~frame["volledigheid"].ge(min_volledigheid).fillna(False)).to_numpy(dtype=bool),
            "_score": frame["score"].astype("float64").fillna(-1.0).to_numpy(),
            "_extra": frame["extra_woningen_binnen_plan"].astype("float64").fillna(-1.0).to_numpy(),
        }
    )


def rank_keys(key: pd.DataFrame) -> np.ndarray:
    """rang (1 = best) for each row of a :func:`rank_key` frame, in its row order."""
    # the ids' own order as integers (Arrow sorts the text in C++; lexsort on Python strings is slow)
    id_order = pc.sort_indices(pa.array(key["complex_id"].astype("str").to_numpy(dtype=object), pa.string()))
    id_rank = np.empty(len(key), dtype="int64")
    id_rank[id_order.to_numpy()] = np.arange(len(key))
    order = np.lexsort(
        (
            id_rank,
            -key["_extra"].to_numpy(),
            -key["_score"].to_numpy(),
            key["_incomplete"].to_numpy(),
            key["_status"].to_numpy(),
        )
    )
    rang = np.empty(len(key), dtype="int64")
    rang[order] = np.arange(1, len(key) + 1)
    return rang


def _join_where(texts: dict[str, pd.Series], mask: pd.DataFrame, sep: str, index: pd.Index) -> pd.Series:
    """Join, per row, ``name — text`` for the criteria whose mask is True (vectorised over rows)."""
    joined = pd.Series("", index=index, dtype=object)
    for name, text in texts.items():
        piece = (name + " — " + text).to_numpy()
        take = mask[name].fillna(False).to_numpy(dtype=bool)
        sep_needed = joined.ne("").to_numpy()
        joined = pd.Series(
            np.where(take, np.where(sep_needed, joined.to_numpy() + sep + piece, piece), joined.to_numpy()),
            index=index,
            dtype=object,
        )
    return joined
