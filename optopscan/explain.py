"""The toelichting: one place that writes it, column-wise, from the structured per-complex columns.

The scan calls :func:`toelichting` with the criterion results it has just computed. A shortlist
written without the text (``uitvoer.toelichting: compact``, or ``auto`` on a large area) holds
the structured columns and the scan's settings instead; :func:`toelichting` without ``results``
re-runs the criteria and the scoring on those output rows and gives the same text, so
``optopscan uitleg``, the Excel file and the kansenkaart rebuild it for the complexes they show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import yaml

from optopscan.config import settings_from_dict, settings_to_dict
from optopscan.errors import ConfigError
from optopscan.rules import evaluate_all
from optopscan.rules.base import RuleResult
from optopscan.scoring import caps_from, score_complexen
from optopscan.text import fmt

if TYPE_CHECKING:
    from optopscan.config import Klassen, Settings

__all__ = [
    "INSTELLINGEN",
    "SCORED_COLUMNS",
    "compact_toelichting",
    "criteria_toelichting",
    "extra_toelichting",
    "settings_from_text",
    "settings_text",
    "toelichting",
    "weights_of",
]

#: ``metadata`` key (shortlist GeoPackage) of the scan's resolved settings, as YAML text.
INSTELLINGEN = "instellingen"

#: The scoring columns the header and the cap, knelpunten and ontbreekt lines read.
SCORED_COLUMNS = ["score", "klasse", "status", "volledigheid", "knelpunten", "ontbreekt"]


def compact_toelichting(settings: Settings, n_complexen: int) -> bool:
    """True when the scan writes no toelichting text: ``uitvoer.toelichting`` is ``compact``, or
    ``auto`` with more than ``uitvoer.toelichting_compact_vanaf`` complexes."""
    mode = settings.uitvoer.toelichting
    if mode == "auto":
        return n_complexen > settings.uitvoer.toelichting_compact_vanaf
    return mode == "compact"


def toelichting(complexen: pd.DataFrame, settings: Settings, results: dict[str, RuleResult] | None = None) -> pd.Series:
    """The full toelichting per complex (index of ``complexen``).

    With ``results`` (the scan): the criterion results and the scoring columns already in
    ``complexen`` are used. Without (a shortlist read back): the criteria and the scoring are
    re-run on the structured output columns, so the text is the one the scan would write.
    """
    if results is None:
        results = evaluate_all(complexen, settings)
        scored = score_complexen(complexen, results, settings)
    else:
        scored = complexen[SCORED_COLUMNS]
    text = criteria_toelichting(scored, results, weights_of(results, settings), settings.klassen)
    return text + extra_toelichting(complexen)


def weights_of(results: dict[str, RuleResult], settings: Settings) -> pd.Series:
    """The weight of each criterion in ``results`` (0 where ``gewichten`` has none)."""
    return pd.Series({name: settings.gewichten.get(name, 0.0) for name in results}, dtype="float64")


def criteria_toelichting(
    scored: pd.DataFrame, results: dict[str, RuleResult], weights: pd.Series, k: Klassen
) -> pd.Series:
    """Header (score, klasse, status, share of the weight known), klasse caps, what lifts the
    status, what is missing, then one line per criterion: reason, score and status."""
    complete = scored["volledigheid"].ge(k.volledigheid).fillna(False).astype(bool)
    lines = (
        "Score "
        + fmt(scored["score"], 1)
        + " (klasse "
        + scored["klasse"]
        + ", "
        + scored["status"]
        + "; "
        + fmt(scored["volledigheid"] * 100)
        + "% van het gewicht bekend)"
    )
    capped = scored["status"].map(caps_from(k))
    cap_text = pd.Series("", index=scored.index, dtype=object)
    cap_text = cap_text.mask(
        capped.notna(), "\nklasse ten hoogste " + capped.fillna("") + " bij status " + scored["status"]
    )
    cap_text = cap_text.mask(
        ~complete,
        cap_text + f"\nklasse ten hoogste {k.bij_onvolledig}: minder dan {k.volledigheid:.0%} van het gewicht bekend",
    )
    lines = lines + cap_text
    lines = lines.mask(scored["knelpunten"].ne(""), lines + "\nwat de status opheft: " + scored["knelpunten"])
    lines = lines.mask(scored["ontbreekt"].ne(""), lines + "\nontbreekt: " + scored["ontbreekt"])
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


def extra_toelichting(complexen: pd.DataFrame) -> pd.Series:
    """Lines after the criteria: the forms (``vormen``), where heights came from AHN
    (``hoogtebron``), and input values that were implausible and therefore ignored
    (``onwaarschijnlijk``)."""
    vormen = complexen["vormen"].fillna("").astype(object) if "vormen" in complexen else ""
    extra = "\nvormen: " + pd.Series(vormen, index=complexen.index, dtype=object)
    if "hoogtebron" in complexen:
        src = complexen["hoogtebron"].astype(object)
        extra = extra + np.where(
            src.eq("ahn"),
            "\nhoogte uit AHN (pand nog niet in 3D BAG)",
            np.where(src.eq("3dbag+ahn"), "\nhoogte deels uit AHN (panden nog niet in 3D BAG)", ""),
        )
    if "onwaarschijnlijk" in complexen:
        notes = complexen["onwaarschijnlijk"].fillna("").astype(object)
        extra = extra + np.where(notes.ne(""), "\ninvoer: " + notes, "")
    return pd.Series(extra, index=complexen.index, dtype=object)


# ----------------------------------------------------------------------------- stored settings


def settings_text(settings: Settings) -> str:
    """The resolved settings as YAML text (stored in the shortlist's ``metadata`` table)."""
    return yaml.safe_dump(settings_to_dict(settings), allow_unicode=True, sort_keys=False)


def settings_from_text(text: str, source: Path | None = None) -> Settings:
    """Settings back from :func:`settings_text` (validated like a config file)."""
    raw: Any = yaml.safe_load(text)
    if not isinstance(raw, dict):
        raise ConfigError("(instellingen)", "de opgeslagen instellingen zijn geen YAML-mapping.", path=source)
    return settings_from_dict(raw, base_dir=Path.cwd(), source=source)
