"""Input you can trust: plausible ranges, duplicate ids and missing geometries, in one place.

Every loader calls these helpers on its canonical frame. What they find is never used as data
and never silent:

- an implausible value (:data:`RANGES`) becomes NaN (unknown) and gets a Dutch text in the
  row's ``onwaarschijnlijk`` column ("bouwjaar 2999 onwaarschijnlijk, genegeerd");
- duplicate ids are resolved by :func:`resolve_duplicates` (identical copies → one row; else
  the latest ``documentdatum``; else an InputDataError listing the ids);
- rows without geometry are counted (panden are left out).

Each finding is a :class:`Bevinding` stored as a dict in ``frame.attrs["bevindingen"]``; the
``validate`` report prints them (file, column, count, example ids) and the scan summary
counts them (:func:`optopscan.inputs.Inputs.bevindingen`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from optopscan.errors import InputDataError
from optopscan.text import fmt

#: How many example ids a finding keeps.
EXAMPLES = 5
#: Highest plausible height of a roof above maaiveld, and of a plan height (m): the tallest
#: Dutch building is ~215 m; 350 m leaves room (aanname optopscan).
MAX_HEIGHT_M = 350.0
#: Oldest plausible bouwjaar (aanname optopscan; BAG uses 1005 for "unknown, very old").
MIN_BOUWJAAR = 1000


def next_year() -> int:
    return _dt.date.today().year + 1


@dataclass(frozen=True)
class Range:
    """Plausible values of ``column``: ``low`` ≤ value ≤ ``high`` (``low_open``: low < value)."""

    column: str
    low: float | None
    high: float | None
    label: str
    decimals: int = 0
    unit: str = ""
    low_open: bool = False
    #: columns that become unknown too when this one is implausible
    also: tuple[str, ...] = ()

    def bad(self, values: pd.Series) -> pd.Series:
        v = pd.to_numeric(values, errors="coerce").astype("float64")
        out = pd.Series(False, index=v.index)
        if self.low is not None:
            out |= (v <= self.low) if self.low_open else (v < self.low)
        if self.high is not None:
            out |= v > self.high
        out |= np.isinf(v)
        return out & v.notna()

    def describe(self) -> str:
        low = "" if self.low is None else f"{'>' if self.low_open else '≥'} {self.low:g}"
        high = "" if self.high is None else f"≤ {self.high:g}"
        return " en ".join(t for t in (low, high) if t) + (f" {self.unit}" if self.unit else "")


def bouwjaar_range(column: str = "bouwjaar") -> Range:
    return Range(column, MIN_BOUWJAAR, next_year(), "bouwjaar")


#: Canonical frame → its plausible ranges (checked by :func:`check_ranges`).
RANGES: dict[str, tuple[Range, ...]] = {
    "panden": (
        bouwjaar_range(),
        Range("aantal_vbo", 0, 10_000, "aantal verblijfsobjecten"),
    ),
    "verblijfsobjecten": (Range("oppervlakte", 1, 1_000_000, "oppervlakte", unit="m²"),),
    "bag3d": (
        bouwjaar_range("bouwjaar_3dbag"),
        Range("h_maaiveld", -10, MAX_HEIGHT_M, "maaiveld", 1, "m NAP", also=("h_dak_70p", "h_dak_max", "bouwlagen")),
        Range("hoogte_m", 0, MAX_HEIGHT_M, "dakhoogte boven maaiveld", 1, "m", also=("h_dak_70p", "bouwlagen")),
        Range("hoogte_max_m", 0, MAX_HEIGHT_M, "hoogste dakpunt boven maaiveld", 1, "m", also=("h_dak_max",)),
        Range("bouwlagen", 1, 100, "aantal bouwlagen"),
        Range("plat_dak_m2", 0, 1_000_000, "plat dakoppervlak", unit="m²"),
        Range("grond_m2", 0, 1_000_000, "grondoppervlak", unit="m²", low_open=True),
    ),
    "maatvoering": (
        Range("max_bouwhoogte_m", 0, MAX_HEIGHT_M, "maximale bouwhoogte", 1, "m", low_open=True),
        Range("max_bouwlagen", 1, 100, "maximaal aantal bouwlagen"),
    ),
    "parkeerzones": (Range("parkeernorm", 0, 10, "parkeernorm", 2),),
}


@dataclass
class Bevinding:
    """One data-quality finding: what, where, how many, a few example ids."""

    bestand: str
    kolom: str
    soort: str  # "onwaarschijnlijk", "dubbel", "geen geometrie", "versie"
    aantal: int
    voorbeelden: list[str] = field(default_factory=list)
    toelichting: str = ""

    def text(self) -> str:
        ex = f" (bijv. {', '.join(self.voorbeelden)})" if self.voorbeelden else ""
        where = f"{self.bestand}, kolom {self.kolom}" if self.kolom else self.bestand
        return f"{where}: {self.aantal} × {self.soort}{ex}. {self.toelichting}".strip()


def add_finding(frame: pd.DataFrame, finding: Bevinding) -> None:
    frame.attrs.setdefault("bevindingen", []).append(asdict(finding))


def findings_of(frame: pd.DataFrame | None) -> list[Bevinding]:
    if frame is None:
        return []
    return [Bevinding(**d) for d in frame.attrs.get("bevindingen", [])]


def _examples(ids: pd.Series) -> list[str]:
    return [str(x) for x in pd.unique(ids.dropna())[:EXAMPLES]]


def check_ranges(frame: pd.DataFrame, ranges: tuple[Range, ...], *, id_column: str | None, bron: str) -> pd.DataFrame:
    """Blank implausible values (NaN), note them per row in ``onwaarschijnlijk`` and record one
    :class:`Bevinding` per column with a few example ids. Returns the frame (changed in place)."""
    reasons = pd.Series("", index=frame.index, dtype=object)
    ids = (
        frame[id_column] if id_column and id_column in frame else pd.Series(frame.index.astype(str), index=frame.index)
    )
    for rng in ranges:
        if rng.column not in frame:
            continue
        bad = rng.bad(frame[rng.column])
        n = int(bad.sum())
        if not n:
            continue
        values = frame.loc[bad, rng.column].astype("float64")
        # fmt needs numbers that fit an int64; anything larger is shown as such, never as garbage
        sane = np.isfinite(values) & (values.abs() < 1e12)
        shown = fmt(values.where(sane), rng.decimals, rng.unit).where(sane, "buiten elk bereik")
        text = rng.label + " " + shown + " onwaarschijnlijk, genegeerd"
        reasons[bad] = reasons[bad].where(reasons[bad] == "", reasons[bad] + "; ") + text
        for col in (rng.column, *rng.also):
            if col in frame:
                frame[col] = frame[col].astype("float64").mask(bad)
        add_finding(
            frame,
            Bevinding(
                bron,
                rng.column,
                "onwaarschijnlijk",
                n,
                _examples(ids[bad]),
                f"Verwacht {rng.describe()}; deze waarden zijn genegeerd (onbekend).",
            ),
        )
    old = frame["onwaarschijnlijk"] if "onwaarschijnlijk" in frame else pd.Series("", index=frame.index, dtype=object)
    both = (old.fillna("") != "") & (reasons != "")
    frame["onwaarschijnlijk"] = (old.fillna("") + np.where(both, "; ", "") + reasons).astype(object)
    return frame


def _row_hash(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """One hash per row over ``columns`` (+ the geometry's WKB when there is one)."""
    data = (
        frame[[c for c in columns if c in frame]]
        .astype(object)
        .where(frame[[c for c in columns if c in frame]].notna(), None)
    )
    data = data.astype(str)
    if "geometry" in frame and hasattr(frame, "geometry"):
        wkb = shapely.to_wkb(np.asarray(frame.geometry.values), hex=True)
        data = data.assign(_wkb=np.asarray(wkb, dtype=object).astype(str))
    return pd.util.hash_pandas_object(data, index=False)


def resolve_duplicates(
    frame: pd.DataFrame,
    id_column: str,
    *,
    bron: str,
    compare: list[str],
    date_column: str = "documentdatum",
    what: str = "pand",
    path: str | Path | None = None,
) -> pd.DataFrame:
    """One row per ``id_column`` value, chosen deterministically (never "the first row"):

    1. rows that are identical (``compare`` columns and geometry) are one record: keep one;
    2. otherwise the row with the latest ``date_column`` (BAG ``documentdatum``) wins;
    3. when that cannot decide (no date, or several different rows share the latest date)
       an InputDataError lists the ids.

    Loaders drop rows that are not in use before calling this, so the choice is among the
    records in use. Records a :class:`Bevinding` when there were duplicates.
    """
    key = frame[id_column]
    dup = key.duplicated(keep=False) & key.notna() & (key.astype(str) != "")
    if not dup.any():
        return frame
    part = frame[dup]
    h = _row_hash(part, compare + ([date_column] if date_column in part else []))
    distinct = h.groupby(part[id_column].to_numpy()).nunique()
    keep_idx: list = []
    undecided: list[str] = []
    same = distinct[distinct == 1].index
    in_same = part[id_column].isin(same)
    keep_idx += list(part[in_same].drop_duplicates(id_column).index)
    differ = part[~in_same]
    chose_by_date = 0
    if len(differ):
        if date_column in differ:
            dates = pd.to_datetime(differ[date_column], errors="coerce", format="mixed")
            latest = dates.groupby(differ[id_column].to_numpy()).transform("max")
            top = differ[(dates == latest).to_numpy() & dates.notna().to_numpy()]
            top_h = h.loc[top.index]
            n_top = top_h.groupby(top[id_column].to_numpy()).nunique()
            ok = n_top[n_top == 1].index
            keep_idx += list(top[top[id_column].isin(ok)].drop_duplicates(id_column).index)
            chose_by_date = len(ok)
            undecided = sorted(set(differ[id_column]) - set(ok))
        else:
            undecided = sorted(set(differ[id_column]))
    if undecided:
        shown = ", ".join(undecided[:10]) + (f" en {len(undecided) - 10} meer" if len(undecided) > 10 else "")
        raise InputDataError(
            f"{len(undecided)} {what}-id's komen meer dan eens voor met verschillende gegevens en zonder "
            f"jongste {date_column} die de keuze beslist: {shown}.",
            path=path,
            column=id_column,
            remedy=f"verwijder de verouderde rij(en) van deze id's uit {bron}, of lever een extract met "
            f"kolom {date_column} (dan wint de jongste rij).",
        )
    keep = ~dup
    keep.loc[keep_idx] = True
    out = frame[keep.to_numpy()]
    out.attrs.update(frame.attrs)
    n_ids = int(part[id_column].nunique())
    how = "identieke kopieën: één rij gehouden"
    if chose_by_date:
        how += f"; bij {chose_by_date} verschillende de rij met de jongste {date_column}"
    add_finding(out, Bevinding(bron, id_column, f"dubbele {what}-id", n_ids, _examples(part[id_column]), how + "."))
    return out


def drop_missing_geometry(frame, *, id_column: str, bron: str, what: str = "panden"):
    """Leave out rows without (or with an empty) geometry, with a count and example ids."""
    geoms = np.asarray(frame.geometry.values)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    n = int(missing.sum())
    if not n:
        return frame
    out = frame[~missing]
    out.attrs.update(frame.attrs)
    add_finding(
        out,
        Bevinding(
            bron,
            "geometrie",
            "lege of ontbrekende geometrie",
            n,
            _examples(frame.loc[missing, id_column]),
            f"Deze {what} zijn weggelaten.",
        ),
    )
    return out


def count_missing_geometry(frame, *, bron: str) -> None:
    """Record rows without geometry of a context layer (they take part in nothing)."""
    if not hasattr(frame, "geometry") or "geometry" not in frame:
        return
    geoms = np.asarray(frame.geometry.values)
    n = int((shapely.is_missing(geoms) | shapely.is_empty(geoms)).sum())
    if n:
        add_finding(
            frame, Bevinding(bron, "geometrie", "lege of ontbrekende geometrie", n, [], "Deze rijen doen niet mee.")
        )
