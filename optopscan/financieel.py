"""Business case per complex (indicatief): two scenarios, investment, subsidies, exploitation and
the onrendabele top; totals per buurt or gemeente and Dutch summary lines.

Scenarios (Handreiking Optoppen 2.0, §1.3 and §3.3):

* ``zonder verduurzaming`` — the forms alone (optoppen, aanplakken, uitplinten); optoppen on the
  corporatie's own roof needs no consent of the tenants.
* ``met verduurzaming`` — where ``koppelkans_verduurzaming`` holds and the complex gets extra
  homes: the existing homes are made sustainable as well and portiekflats without a lift get
  one; work in existing homes needs 70% consent (``instemming_70_procent_nodig``).

Formulas (every default in ``financieel:`` of default.yaml, with its source)::

    investering_laag/hoog = extra × kosten_per_woning_laag/hoog + extra_parkeerplaatsen ×
                            kosten_per_parkeerplaats + extra × gemeentelijke heffingen per woning
    ..._met_verduurzaming = investering + aantal_woningen × verduurzaming_per_woning + kosten_lift
    subsidie              = Σ active schemes (bedrag × extra, or percentage × extra ×
                            kosten_per_woning_laag), capped at extra × kosten_per_woning_laag
    ncw_per_woning        = (12 × huur − exploitatiekosten) × (1 − (1 + r)^−n) / r + restwaarde / (1 + r)^n
    onrendabele_top_per_woning = eigen kosten per nieuwe woning + gedeelde kosten / (bestaand + extra)
                                 − subsidie / extra − ncw_per_woning

Shared costs (lift, verduurzaming) are spread over every home of the building, existing and new
(Handreiking §3.3), so a new home carries ``gedeelde kosten / (aantal_woningen + extra)``.
Unknown stays unknown: a lift of unknown presence counts in ``_hoog`` only; unknown parking or
gemeente charges are not counted and the toelichting says so.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.config import Financieel, GemeenteHeffingen, Settings, Subsidieregeling
from optopscan.text import nl_number

ZONDER = "zonder verduurzaming"
MET = "met verduurzaming"
#: Suffix of the money columns of the ``met verduurzaming`` scenario.
SUFFIX_MET = "_met_verduurzaming"
INDICATIEF = "indicatief"

#: Summed by :func:`totals` (per scenario: the met columns carry SUFFIX_MET).
MONEY_COLUMNS = ("investering_laag", "investering_hoog", "subsidie", "onrendabele_top_laag", "onrendabele_top_hoog")


# ----------------------------------------------------------------------------- building blocks


def annuity_factor(rate: float, years: int) -> float:
    """Present value of 1 per year, paid at each year end for ``years`` years: (1 − (1 + r)^−n) / r."""
    if rate == 0:
        return float(years)
    return (1 - (1 + rate) ** -years) / rate


def ncw_per_woning(
    *,
    huur_per_maand: float,
    exploitatiekosten_per_jaar: float,
    disconteringsvoet: float,
    looptijd_jaren: int,
    restwaarde_per_woning: float,
) -> float:
    """Netto contante waarde of one new home: net yearly rent as an annuity plus the discounted
    residual value."""
    netto = 12 * huur_per_maand - exploitatiekosten_per_jaar
    rest = restwaarde_per_woning / (1 + disconteringsvoet) ** looptijd_jaren
    return netto * annuity_factor(disconteringsvoet, looptijd_jaren) + rest


def lift_needed(bouwlagen: pd.Series, lift: pd.Series | None, *, min_bouwlagen: int) -> pd.Series:
    """True where a building of ≥ ``min_bouwlagen`` floors has no lift; <NA> when the floors or
    the lift presence are unknown (Kleene logic: a known lift or a low building is False)."""
    floors = pd.Series(bouwlagen, copy=False).astype("Float64")
    tall = (floors >= min_bouwlagen).astype("boolean")
    unknown = pd.Series(pd.NA, index=floors.index, dtype="boolean")
    has_lift = unknown if lift is None else _to_boolean(lift)
    return (tall & ~has_lift).rename("lift_nodig")


def lift_costs(
    needed: pd.Series,
    aantal_woningen: pd.Series,
    bouwlagen: pd.Series,
    *,
    kosten_per_lift: float,
    min_bouwlagen: int,
    woningen_per_portiek_per_laag: int,
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(aantal_liften, kosten_lift_laag, kosten_lift_hoog): one lift per portiek, portieken =
    ceil(woningen / (woningen per bordes × bouwlagen)), at least 1. A needed lift counts in both
    bounds, a lift of unknown need only in the high one. Unknown floors count as min_bouwlagen
    (the most portieken a lift-less building of that height can have)."""
    floors = pd.Series(bouwlagen, copy=False).astype("float64").fillna(float(min_bouwlagen)).clip(lower=1)
    homes = pd.Series(aantal_woningen, copy=False).astype("float64")
    portieken = np.ceil(homes / (woningen_per_portiek_per_laag * floors)).fillna(1.0).clip(lower=1.0)
    cost = portieken * kosten_per_lift
    yes = needed.fillna(False).astype(bool)
    maybe = needed.isna()
    aantal = portieken.where(yes | maybe, 0.0)
    return aantal, cost.where(yes, 0.0), cost.where(yes | maybe, 0.0)


def spread_over_building(shared_cost: pd.Series, aantal_woningen: pd.Series, extra: pd.Series) -> pd.Series:
    """Shared cost per home of the whole building (existing + new homes); NaN without homes."""
    homes = pd.Series(aantal_woningen, copy=False).astype("float64").fillna(0) + extra.astype("float64")
    return shared_cost / homes.where(homes > 0)


def gemeentelijke_heffingen(gemeentecode: pd.Series, gemeenten: dict[str, GemeenteHeffingen]) -> pd.Series:
    """Leges + canon + grondprijs per extra home of each complex's gemeente; NaN when the gemeente
    has no entry (unknown: not counted, and said so)."""
    per_code = {
        code: sum(v for v in (h.leges_per_woning, h.canon_per_woning, h.grondprijs_per_woning) if v is not None)
        for code, h in gemeenten.items()
    }
    codes = pd.Series(gemeentecode, copy=False).astype("object")
    return codes.map(per_code).astype("float64").rename("gemeentelijke_heffingen_per_woning")


def normalise_provincie(names: pd.Series) -> pd.Series:
    """Comparable province names: lower case, accents and a leading 'provincie' dropped,
    hyphens as spaces ("Fryslân" ≈ "fryslan", "Provincie Zuid-Holland" ≈ "zuid holland")."""
    s = pd.Series(names, copy=False).astype("object")
    text = s.where(s.notna(), "").astype("str")
    text = text.map(lambda t: unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())  # per name
    text = text.str.lower().str.replace(r"^provincie\s+", "", regex=True).str.replace(r"[-_\s]+", " ", regex=True)
    text = text.str.strip().replace({"friesland": "fryslan"})
    return text.where(s.notna() & text.ne(""))


def active_schemes(
    regelingen: Sequence[Subsidieregeling], today: datetime.date
) -> tuple[list[Subsidieregeling], list[str]]:
    """Schemes open on ``today``; a Dutch message for each one that is closed or not yet open."""
    active, messages = [], []
    for reg in regelingen:
        if reg.geldig_tot is not None and reg.geldig_tot < today:
            messages.append(
                f"Subsidieregeling '{reg.naam}' ({reg.financier}) is verlopen op {reg.geldig_tot:%d-%m-%Y} "
                "en telt niet mee; pas financieel.subsidies aan als er een opvolger is."
            )
        elif reg.geldig_van is not None and reg.geldig_van > today:
            messages.append(
                f"Subsidieregeling '{reg.naam}' ({reg.financier}) opent pas op {reg.geldig_van:%d-%m-%Y} "
                "en telt nog niet mee."
            )
        else:
            active.append(reg)
    return active, messages


def subsidie(
    extra: pd.Series,
    subsidiabele_kosten: pd.Series,
    provincie: pd.Series,
    kenmerken: pd.DataFrame,
    *,
    regelingen: Sequence[Subsidieregeling],
) -> tuple[pd.Series, pd.Series]:
    """(subsidie, subsidieregelingen): stacked amounts of the given (active) schemes and their
    names. A scheme counts where its provincie matches (unknown provincie: no provincial
    schemes) and all its voorwaarden hold in ``kenmerken``; never more than the subsidiabele
    kosten; NaN where the number of extra homes is unknown."""
    n = extra.astype("float64")
    prov = normalise_provincie(provincie)
    total = pd.Series(0.0, index=n.index)
    names = pd.Series("", index=n.index, dtype="object")
    for reg in regelingen:
        applies = n.gt(0)
        if reg.provincie is not None:
            wanted = normalise_provincie(pd.Series([reg.provincie])).iloc[0]
            applies &= prov.eq(wanted).fillna(False).astype(bool)
        for cond in reg.voorwaarden:
            applies &= kenmerken[cond].fillna(False).astype(bool)
        if reg.bedrag_per_woning is not None:
            amount = n * reg.bedrag_per_woning
        else:
            amount = subsidiabele_kosten.astype("float64") * float(reg.percentage or 0.0)
        if reg.max_per_woning is not None:
            amount = amount.clip(upper=n * reg.max_per_woning)
        total = total + amount.where(applies, 0.0)
        names = names + np.where(applies, f"; {reg.naam}", "")
    total = total.clip(upper=subsidiabele_kosten.astype("float64")).where(n.notna())
    names = names.str.removeprefix("; ")
    return total.rename("subsidie"), names.rename("subsidieregelingen")


# ----------------------------------------------------------------------------- composition


def compute_business_case(
    *,
    extra: pd.Series,
    aantal_woningen: pd.Series,
    bouwlagen: pd.Series,
    extra_parkeerplaatsen: pd.Series,
    koppelkans: pd.Series,
    gemeentecode: pd.Series,
    provincie: pd.Series,
    lift: pd.Series | None,
    kenmerken: pd.DataFrame,
    financieel: Financieel,
    today: datetime.date,
) -> tuple[pd.DataFrame, list[str]]:
    """All business-case columns per complex (index of ``extra``) and the run's messages."""
    f = financieel
    n = extra.astype("float64")
    bestaand = aantal_woningen.astype("float64")
    idx = n.index
    out = pd.DataFrame(index=idx)

    # scenario flags
    kans = _to_boolean(koppelkans).fillna(False).astype(bool)
    met = kans & n.gt(0)
    out["instemming_70_procent_nodig"] = met
    out["scenario_met_verduurzaming"] = met
    out["provincie"] = provincie.astype("object")

    # zonder verduurzaming: own costs of the new homes
    out["kosten_woningen_laag"] = n * f.kosten_per_woning_laag
    out["kosten_woningen_hoog"] = n * f.kosten_per_woning_hoog
    plaatsen = extra_parkeerplaatsen.astype("float64")
    out["kosten_parkeren"] = plaatsen * f.kosten_per_parkeerplaats
    heffing = gemeentelijke_heffingen(gemeentecode, f.gemeenten)
    out["gemeentelijke_heffingen"] = n * heffing
    own_fixed = out["kosten_parkeren"].fillna(0.0) + out["gemeentelijke_heffingen"].fillna(0.0)
    out["investering_laag"] = (out["kosten_woningen_laag"] + own_fixed).where(n.notna())
    out["investering_hoog"] = (out["kosten_woningen_hoog"] + own_fixed).where(n.notna())

    active, messages = active_schemes(f.subsidies, today)
    out["subsidie"], out["subsidieregelingen"] = subsidie(
        n, out["kosten_woningen_laag"], provincie, kenmerken, regelingen=active
    )
    e = f.exploitatie
    ncw = ncw_per_woning(
        huur_per_maand=e.huur_per_maand,
        exploitatiekosten_per_jaar=e.exploitatiekosten_per_jaar,
        disconteringsvoet=e.disconteringsvoet,
        looptijd_jaren=e.looptijd_jaren,
        restwaarde_per_woning=e.restwaarde_per_woning,
    )
    out["ncw_per_woning"] = pd.Series(ncw, index=idx).where(n.gt(0))
    for bound in ("laag", "hoog"):
        top = out[f"investering_{bound}"] - out["subsidie"] - ncw * n
        out[f"onrendabele_top_{bound}"] = top
        out[f"onrendabele_top_per_woning_{bound}"] = top / n.where(n > 0)

    # met verduurzaming: shared costs spread over the whole building
    needed = lift_needed(bouwlagen, lift, min_bouwlagen=f.lift.min_bouwlagen)
    out["lift_nodig"] = needed
    aantal_liften, lift_laag, lift_hoog = lift_costs(
        needed,
        aantal_woningen,
        bouwlagen,
        kosten_per_lift=f.lift.kosten_per_lift,
        min_bouwlagen=f.lift.min_bouwlagen,
        woningen_per_portiek_per_laag=f.lift.woningen_per_portiek_per_laag,
    )
    out["aantal_liften"] = aantal_liften.where(met)
    out["kosten_lift_laag"] = lift_laag.where(met)
    out["kosten_lift_hoog"] = lift_hoog.where(met)
    out["kosten_verduurzaming"] = (bestaand * f.verduurzaming_per_woning).where(met)
    for bound in ("laag", "hoog"):
        shared = out["kosten_verduurzaming"] + out[f"kosten_lift_{bound}"]
        per_home = spread_over_building(shared, bestaand, n)
        out[f"gedeelde_kosten_per_woning_{bound}"] = per_home
        out[f"investering_{bound}{SUFFIX_MET}"] = out[f"investering_{bound}"] + shared
        top = out[f"investering_{bound}{SUFFIX_MET}"] - out["subsidie"] - ncw * n
        out[f"onrendabele_top_{bound}{SUFFIX_MET}"] = top
        own = (out[f"investering_{bound}"] - out["subsidie"]) / n.where(n > 0)
        out[f"onrendabele_top_per_woning_{bound}{SUFFIX_MET}"] = (own + per_home - ncw).where(met)

    out["toelichting_business_case"] = _toelichting(out, n, plaatsen, heffing)
    messages += messages_from_counts(message_counts(out, n, plaatsen, heffing, gemeentecode, lift is None, active))
    return out, messages


def business_case(
    complexen: pd.DataFrame,
    settings: Settings,
    provincie: str | pd.Series | gpd.GeoDataFrame | None = None,
    today: datetime.date | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Adapter from Settings: business-case columns for ``complexen`` (same index) and messages.

    Reads complex_id-level columns ``extra_woningen_binnen_plan``, ``aantal_woningen``,
    ``bouwlagen``, ``extra_parkeerplaatsen``, ``koppelkans_verduurzaming``, ``gemeentecode``,
    optionally ``lift`` and one column per ``financieel.kenmerken`` key. ``provincie``: a
    province layer (from ``io.bestuurlijk.read_provincies``), a Series per complex or one name;
    None takes ``settings.provincie``.
    """
    idx = complexen.index
    f = settings.financieel
    prov = _provincie_series(complexen, provincie if provincie is not None else settings.provincie)
    kenmerken = pd.DataFrame(
        {
            name: _to_boolean(complexen[name]) if name in complexen.columns else pd.Series(value, index=idx)
            for name, value in f.kenmerken.items()
        },
        index=idx,
    )
    return compute_business_case(
        extra=_column(complexen, "extra_woningen_binnen_plan"),
        aantal_woningen=_column(complexen, "aantal_woningen"),
        bouwlagen=_column(complexen, "bouwlagen"),
        extra_parkeerplaatsen=_column(complexen, "extra_parkeerplaatsen"),
        koppelkans=_column(complexen, "koppelkans_verduurzaming", default=False),
        gemeentecode=_column(complexen, "gemeentecode", default=None),
        provincie=prov,
        lift=complexen["lift"] if "lift" in complexen.columns else None,
        kenmerken=kenmerken,
        financieel=f,
        today=today or datetime.date.today(),
    )


# ----------------------------------------------------------------------------- totals and summary


def totals(frame: pd.DataFrame, by: str = "buurtcode") -> pd.DataFrame:
    """Sums per ``by`` (``buurtcode`` or ``gemeentecode``) of a frame holding
    ``extra_woningen_binnen_plan`` and the business-case columns: per scenario the number of
    complexes with extra homes, the extra homes and the money columns (unknown complexes are
    left out of the sums and counted in ``complexen_onbekend``; NaN when all are unknown)."""
    n = frame["extra_woningen_binnen_plan"].astype("float64")
    met = frame["scenario_met_verduurzaming"].astype(bool)
    parts = {
        "complexen": n.gt(0).astype(int),
        "complexen_onbekend": n.isna().astype(int),
        "extra_woningen": n,
        **{c: frame[c] for c in MONEY_COLUMNS},
        f"complexen{SUFFIX_MET}": met.astype(int),
        f"extra_woningen{SUFFIX_MET}": n.where(met, 0.0),
        f"subsidie{SUFFIX_MET}": frame["subsidie"].where(met, 0.0),
        **{f"{c}{SUFFIX_MET}": frame[f"{c}{SUFFIX_MET}"].where(met, 0.0) for c in MONEY_COLUMNS if c != "subsidie"},
    }
    data = pd.DataFrame(parts, index=frame.index)
    data[by] = frame[by].astype("object")
    grouped = data.groupby(by, sort=True, dropna=False)
    out = grouped.sum(min_count=1)
    for c in ("complexen", "complexen_onbekend", f"complexen{SUFFIX_MET}"):
        out[c] = out[c].fillna(0).astype(int)
    return out.reset_index()


def summary_lines(frame: pd.DataFrame) -> list[str]:
    """Dutch summary lines, one per scenario (and one on lifts when relevant), e.g.
    "met verduurzaming: 120 extra woningen in 8 complexen; investering € 17,3–23,3 mln; …"."""
    return lines_from_totals(summary_totals(frame))


def summary_totals(frame: pd.DataFrame) -> pd.Series:
    """What :func:`summary_lines` needs, as one row of sums: :func:`totals` over the whole frame
    plus the lift counts. Rows of several frames add up (``combine_summary_totals``), so a scan
    in blocks gives the same lines as one in a single piece."""
    if not len(frame):
        return pd.Series({"aantal": 0}, dtype="float64")
    row = totals(frame.assign(_alles="alle"), by="_alles").iloc[0].drop("_alles")
    row["aantal"] = len(frame)
    if "lift_nodig" in frame.columns:
        met = frame["scenario_met_verduurzaming"].astype(bool)
        need = frame["lift_nodig"].astype("boolean")[met]
        row["lift_nodig"] = int(need.fillna(False).sum())
        row["lift_onbekend"] = int(need.isna().sum())
    return row.astype("float64")


def combine_summary_totals(rows: list[pd.Series]) -> pd.Series:
    """The sum of several :func:`summary_totals` rows (unknown sums stay unknown)."""
    return pd.DataFrame(rows).sum(min_count=1) if rows else pd.Series({"aantal": 0}, dtype="float64")


def lines_from_totals(t: pd.Series) -> list[str]:
    """The summary lines of a :func:`summary_totals` row."""
    lines = []
    for label, suffix, extra_note in (
        (ZONDER, "", " geen instemming huurders nodig voor optoppen op eigen dak;"),
        (MET, SUFFIX_MET, " 70% instemming huurders nodig;"),
    ):
        if not t.get("aantal", 0):
            lines.append(f"{label}: geen complexen.")
            continue
        subs = t[f"subsidie{SUFFIX_MET}"] if suffix else t["subsidie"]
        lines.append(
            f"{label} ({INDICATIEF}):{extra_note} "
            f"{nl_number(t[f'extra_woningen{suffix}'] if t[f'complexen{suffix}'] else 0)} extra woningen "
            f"in {_complexen(t[f'complexen{suffix}'])}; "
            f"investering € {_mln(t[f'investering_laag{suffix}'])}–{_mln(t[f'investering_hoog{suffix}'])} mln; "
            f"subsidie € {_mln(subs)} mln; "
            f"onrendabele top € {_mln(t[f'onrendabele_top_laag{suffix}'])}–"
            f"{_mln(t[f'onrendabele_top_hoog{suffix}'])} mln"
        )
    if "lift_nodig" in t and (t["lift_nodig"] > 0 or t["lift_onbekend"] > 0):
        lines.append(
            f"lift (met verduurzaming): nodig in {_complexen(t['lift_nodig'])}, "
            f"onbekend in {_complexen(t['lift_onbekend'])} (alleen in de hoge raming)"
        )
    return lines


# ----------------------------------------------------------------------------- helpers


def _complexen(count: float) -> str:
    return f"{nl_number(count)} {'complex' if count == 1 else 'complexen'}"


def _mln(value: float) -> str:
    return nl_number(value / 1e6 if value == value else value, 1)


def _to_boolean(values: pd.Series) -> pd.Series:
    """bool/0-1/ja-nee text → pandas ``boolean`` with <NA> for anything unknown."""
    s = pd.Series(values, copy=False)
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.astype("boolean")
    if pd.api.types.is_numeric_dtype(s.dtype):
        return s.map({1: True, 0: False}).astype("boolean")
    t = s.astype("object").where(s.notna()).astype("str").str.strip().str.lower()
    yes = t.isin(["1", "1.0", "true", "ja", "j", "waar", "yes", "y", "t"])
    no = t.isin(["0", "0.0", "false", "nee", "n", "onwaar", "no", "f"])
    out = pd.Series(pd.NA, index=s.index, dtype="boolean")
    out[yes] = True
    out[no] = False
    return out


def _column(frame: pd.DataFrame, name: str, default: object = np.nan) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series(default, index=frame.index, dtype="object" if default is None else None)


def _provincie_series(complexen: pd.DataFrame, provincie: str | pd.Series | gpd.GeoDataFrame | None) -> pd.Series:
    if isinstance(provincie, gpd.GeoDataFrame):
        from optopscan.io.bestuurlijk import provincie_per_complex

        return provincie_per_complex(complexen.geometry, provincie)
    if isinstance(provincie, pd.Series):
        return provincie.reindex(complexen.index).astype("object")
    value = provincie if provincie else np.nan
    return pd.Series(value, index=complexen.index, dtype="object")


def _toelichting(out: pd.DataFrame, n: pd.Series, plaatsen: pd.Series, heffing: pd.Series) -> pd.Series:
    """Short Dutch explanation per complex (vectorised string concatenation)."""
    idx = out.index
    text = pd.Series("Indicatief.", index=idx, dtype="object")
    text = text.mask(n.isna(), "Indicatief. Aantal extra woningen onbekend: geen business case.")
    text = text.mask(n.eq(0), "Indicatief. Geen extra woningen binnen het plan: geen business case.")
    has = n.gt(0)
    regs = out["subsidieregelingen"].fillna("")
    text = text + np.where(has & regs.ne(""), " Subsidie: " + regs + ".", "")
    text = text + np.where(has & regs.eq(""), " Geen subsidieregeling van toepassing.", "")
    text = text + np.where(has & plaatsen.isna(), " Parkeerkosten onbekend (niet meegerekend).", "")
    text = text + np.where(has & heffing.isna(), " Gemeentelijke heffingen onbekend (niet meegerekend).", "")
    met = out["scenario_met_verduurzaming"]
    text = text + np.where(met, " Met verduurzaming: 70% instemming huurders nodig.", "")
    text = text + np.where(has & ~met, " Met verduurzaming: geen koppelkans.", "")
    lift = out["lift_nodig"]
    text = text + np.where(met & lift.fillna(False).astype(bool), " Lift nodig (kosten over alle woningen).", "")
    text = text + np.where(met & lift.isna(), " Lift onbekend: alleen in de hoge raming.", "")
    return text


def message_counts(
    out: pd.DataFrame,
    n: pd.Series,
    plaatsen: pd.Series,
    heffing: pd.Series,
    gemeentecode: pd.Series,
    lift_column_missing: bool,
    active: Sequence[Subsidieregeling],
) -> dict[str, Any]:
    """What the run's messages count (complexes without provincie, lift or parking, gemeenten
    without heffingen); the counts of disjoint sets of complexes add up (:func:`add_counts`)."""
    has = n.gt(0)
    met = out["scenario_met_verduurzaming"]
    codes = pd.Series(gemeentecode, copy=False).astype("object")
    return {
        "provinciaal": [r.naam for r in active if r.provincie is not None],
        "geen_provincie": int((has & out["provincie"].isna()).sum()),
        "lift_onbekend": int((met & out["lift_nodig"].isna()).sum()),
        "lift_kolom_ontbreekt": lift_column_missing,
        "parkeren_onbekend": int((has & plaatsen.isna()).sum()),
        "zonder_heffing": set(codes[has & heffing.isna()].fillna("(gemeente onbekend)").astype(str)),
        "met_woningen": bool(has.any()),
    }


def add_counts(parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The :func:`message_counts` of several sets of complexes together."""
    total: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if key not in total:
                total[key] = set(value) if isinstance(value, set) else value
            elif isinstance(value, set):
                total[key] |= value
            elif isinstance(value, bool):
                total[key] = total[key] or value
            elif isinstance(value, int):
                total[key] += value
    return total


def messages_from_counts(c: dict[str, Any]) -> list[str]:
    """The Dutch run messages of :func:`message_counts`."""
    messages = []
    if c["provinciaal"] and c["geen_provincie"]:
        messages.append(
            f"Provincie onbekend voor {_complexen(c['geen_provincie'])}: provinciale regelingen "
            f"({', '.join(c['provinciaal'])}) tellen daar niet mee. Geef invoer.provincies (PDOK Bestuurlijke "
            "Gebieden) of provincie: op."
        )
    if c["lift_onbekend"]:
        why = "het bezit heeft geen kolom 'lift'" if c["lift_kolom_ontbreekt"] else "lift of bouwlagen onbekend"
        messages.append(
            f"Lift onbekend voor {_complexen(c['lift_onbekend'])} met verduurzaming ({why}): de liftkosten tellen "
            "alleen in de hoge raming."
        )
    if c["parkeren_onbekend"]:
        messages.append(
            f"Parkeerkosten onbekend voor {_complexen(c['parkeren_onbekend'])} (geen parkeerzone): niet meegerekend."
        )
    missing = sorted(c["zonder_heffing"])
    if missing:
        messages.append(
            "Gemeentelijke heffingen (leges, canon, grondprijs) niet opgegeven onder financieel.gemeenten voor "
            f"{', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}: niet meegerekend."
        )
    if c["met_woningen"]:
        messages.append("De business case is indicatief: bedragen ex btw, aannames instelbaar onder financieel:.")
    return messages


def run_message_counts(complexen: pd.DataFrame, settings: Settings, today: datetime.date | None = None) -> dict:
    """:func:`message_counts` of complexes that already carry the business-case columns (a block
    of a streamed scan counts only the complexes it keeps)."""
    f = settings.financieel
    active, _ = active_schemes(f.subsidies, today or datetime.date.today())
    return message_counts(
        complexen,
        _column(complexen, "extra_woningen_binnen_plan").astype("float64"),
        _column(complexen, "extra_parkeerplaatsen").astype("float64"),
        gemeentelijke_heffingen(_column(complexen, "gemeentecode", default=None), f.gemeenten),
        _column(complexen, "gemeentecode", default=None),
        "lift" not in complexen.columns,
        active,
    )
