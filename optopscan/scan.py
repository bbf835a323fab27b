"""The scan: panden → complexen → every form's FormResult → combine_forms → rules → scoring
(status, klasse, extra_woningen_kansrijk) → ranked shortlist."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.constants import KLASSEN, STATUS_LADDER
from optopscan.explain import compact_toelichting, toelichting
from optopscan.financieel import business_case, summary_lines
from optopscan.financieel import totals as money_totals
from optopscan.forms import FORMS, TIERS, FormResult, combine_forms, switched_off
from optopscan.forms.aanplakken import evaluate_aanplakken
from optopscan.forms.optoppen import evaluate_optoppen, optoppen_per_pand
from optopscan.forms.uitplinten import evaluate_uitplinten
from optopscan.inputs import Inputs, Step
from optopscan.io.common import isin
from optopscan.model.complexen import add_distances, add_energielabels, assign_complexen, build_complexen
from optopscan.model.eigendom import ownership_per_complex
from optopscan.model.panden import build_panden
from optopscan.result import ScanResult
from optopscan.rules import evaluate_all
from optopscan.scoring import OPEN_STATUSES, rank, score_complexen

#: The potential tiers, each ≥ the next per complex (see optopscan.forms).
TIER_COLUMNS = [f"extra_woningen_{t}" for t in TIERS]

#: Column order of the ``complexen`` layer and CSV (more columns follow these).
COMPLEX_COLUMNS = [
    "complex_id",
    "rang",
    "score",
    "klasse",
    "status",
    "volledigheid",
    "toelichting",
    "blokkades",
    "knelpunten",
    "ontbreekt",
    "complexnaam",
    "adres",
    "aantal_panden",
    "aantal_woningen",
    "aantal_vhe",
    "eigendom",
    "aandeel_corporatie",
    "woningen_corporatie",
    "woningen_bouwblok",
    "bouwjaar",
    "hoogte_m",
    "hoogte_max_m",
    "bouwlagen",
    "bouwlagen_geschat",
    "daktype",
    "plat_dak_m2",
    "max_bouwhoogte_m",
    "max_bouwlagen",
    "wonen_toegestaan",
    "ruimte_m",
    "bouwlagen_juridisch",
    "bouwlagen_constructief",
    "extra_bouwlagen",
    *TIER_COLUMNS,
    "extra_woningen_optoppen",
    "extra_woningen_aanplakken",
    "extra_woningen_uitplinten",
    "koppelkans_verduurzaming",
    "woningen_met_label",
    "aandeel_slecht_label",
    "parkeerzone",
    "parkeernorm",
    "extra_parkeerplaatsen",
    "afstand_supermarkt_m",
    "afstand_huisarts_m",
    "afstand_basisschool_m",
    "afstand_ov_m",
    "afstand_hov_m",
    "monument",
    "monumentnummers",
    "buurtcode",
    "buurtnaam",
    "gemeentecode",
    "gemeentenaam",
    "stedelijkheid",
    "veerkracht_waarde",
]


def run_scan(settings: Settings, inputs: Inputs, step: Step = lambda _: None) -> ScanResult:
    """Compute the ranked, explained complexen table from loaded inputs (local engine)."""
    step("Panden samenstellen en complexen vormen")
    toewijzing, eigendom = plan_complexen(inputs)
    complexen, panden = scan_complexen(settings, inputs, toewijzing, eigendom)
    step("Vormen, criteria, scores en business case")
    complexen, layers = judge_complexen(settings, inputs, toewijzing, complexen, panden)
    step("Rangschikken")
    return finalise(settings, inputs, complexen, panden, layers)


def plan_complexen(inputs: Inputs) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The global steps before the per-complex work: which panden form which complex, and
    eigendom per bouwblok. The woningen per pand are counted once, for both."""
    vbo = inputs.verblijfsobjecten
    woningen = vbo.loc[vbo["woonfunctie"], "pand_id"].value_counts()
    panden = inputs.panden[["pand_id", "woonfunctie"]]
    if inputs.bezit is None:  # an area scan: every pand with woningen is a complex
        panden = panden.assign(aantal_woningen=panden["pand_id"].map(woningen).fillna(0).astype("int64"))
    toewijzing = assign_complexen(panden, inputs.bezit)
    eigendom = ownership_per_complex(inputs.panden, vbo, toewijzing, inputs.bezit, woningen)
    return toewijzing, eigendom


def scan_complexen(
    settings: Settings, inputs: Inputs, toewijzing: pd.DataFrame, eigendom: pd.DataFrame | None
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Per-complex facts (no forms across buildings, no ranking): panden joined to every
    source, complexen aggregated, distances, energielabels and optoppen per pand. Independent
    per complex, so it can run per partition.

    ``inputs`` may hold only the panden, VBOs and VHE of some complexes; context layers
    (plans, buurten, zones, voorzieningen, monumenten) must be complete for their area.
    """
    plannen = inputs.plannen
    bag_panden = inputs.panden[isin(inputs.panden["pand_id"], toewijzing["pand_id"])]
    panden = build_panden(
        bag_panden,
        inputs.verblijfsobjecten,
        inputs.bag3d,
        maatvoering=plannen.maatvoering if plannen else None,
        bestemmingen=plannen.bestemmingen if plannen else None,
        buurten=inputs.buurten,
        veerkracht_kolom=settings.regels.veerkracht.kolom,
        parkeerzones=inputs.parkeerzones,
        monumenten=inputs.monumenten,
    )
    complexen = build_complexen(panden, toewijzing, inputs.verblijfsobjecten, inputs.bezit, eigendom)
    add_distances(complexen, inputs.voorzieningen, list(settings.regels.voorzieningen.soorten))
    add_energielabels(
        complexen,
        toewijzing,
        inputs.verblijfsobjecten,
        inputs.energielabels,
        settings.regels.bouwjaar.slechte_energielabels,
    )
    pand_out = panden.merge(toewijzing[["pand_id", "complex_id"]], on="pand_id", how="inner")
    pand_out = pand_out.join(optoppen_per_pand(pand_out, settings))
    return complexen, pand_out


def judge_complexen(
    settings: Settings,
    inputs: Inputs,
    toewijzing: pd.DataFrame,
    complexen: gpd.GeoDataFrame,
    panden: gpd.GeoDataFrame,
    *,
    scan_size: int | None = None,
) -> tuple[gpd.GeoDataFrame, dict[str, gpd.GeoDataFrame]]:
    """The forms (aanplakken and uitplinten look at neighbouring buildings, so this step sees
    every BAG pand), their tiers, the criteria, the score and the business case; the
    toelichting text unless the scan is compact (:func:`optopscan.explain.compact_toelichting`).
    ``scan_size``: the number of complexes of the whole scan when this call judges only a part
    (default: the complexes in ``toewijzing``)."""
    size = toewijzing["complex_id"].nunique() if scan_size is None else scan_size
    compact = compact_toelichting(settings, int(size))
    forms, layers = evaluate_forms(settings, inputs, panden, toewijzing, complexen)
    for form in forms:
        for name, values in form.values.items():
            complexen[name] = values
    complexen = complexen.join(combine_forms(forms, complexen.index))

    results = evaluate_all(complexen, settings)
    for result in results.values():
        for name, values in result.values.items():
            complexen[name] = values
    if "eigendom" not in complexen:
        complexen["eigendom"] = "onbekend"
    if "extra_parkeerplaatsen" not in complexen:
        complexen["extra_parkeerplaatsen"] = np.nan
    complexen = complexen.join(score_complexen(complexen, results, settings))
    complexen["vormen"] = _forms_text(forms, complexen.index)
    if not compact:  # compact: the shortlist keeps the columns it is rebuilt from (optopscan uitleg)
        complexen["toelichting"] = toelichting(complexen, settings, results)

    case, messages = business_case(complexen, settings, provincie=inputs.provincies)
    complexen = complexen.join(case)
    complexen.attrs["meldingen_financieel"] = messages
    return complexen, layers


def evaluate_forms(
    settings: Settings,
    inputs: Inputs,
    panden: gpd.GeoDataFrame,
    toewijzing: pd.DataFrame,
    complexen: pd.DataFrame,
) -> tuple[list[FormResult], dict[str, gpd.GeoDataFrame]]:
    """Every form's result per complex (index of ``complexen``) and its candidate layers.

    ``panden`` has one row per pand with ``complex_id`` and the per-pand optoppen columns;
    ``inputs.panden`` (every BAG pand) gives the neighbours and obstacles.
    """
    ids = pd.Index(complexen["complex_id"])
    vormen = settings.vormen
    if vormen.optoppen.aan:
        optoppen = evaluate_optoppen(panden, complexen["complex_id"], settings)
    else:
        optoppen = _on_index(switched_off(ids, "optoppen"), complexen.index)
    aanplak, aanplaklocaties = evaluate_aanplakken(
        panden, inputs.panden, toewijzing, ids, inputs.plannen, inputs.bouwvlakken, inputs.bgt, settings
    )
    uitplint, plintkansen = evaluate_uitplinten(
        panden, inputs.panden, inputs.verblijfsobjecten, toewijzing, ids, inputs.plannen, settings
    )
    forms = [optoppen, _on_index(aanplak, complexen.index), _on_index(uitplint, complexen.index)]
    return forms, {"aanplaklocaties": aanplaklocaties, "plintkansen": plintkansen}


def _on_index(form: FormResult, index: pd.Index) -> FormResult:
    """A form result keyed by complex_id, put on the complexen frame's index (same order)."""

    def move(s: pd.Series) -> pd.Series:
        return pd.Series(s.to_numpy(), index=index, name=s.name, dtype=s.dtype)

    return FormResult(
        name=form.name,
        theoretisch=move(form.theoretisch),
        constructief=move(form.constructief),
        binnen_plan=move(form.binnen_plan),
        status=move(form.status),
        reden=move(form.reden),
        values={k: move(v) for k, v in form.values.items()},
    )


def _forms_text(forms: list[FormResult], index: pd.Index) -> pd.Series:
    """Per complex, which form offers what: "optoppen: …; aanplakken: …; uitplinten: …"."""
    text = pd.Series("", index=index, dtype=object)
    for form in forms:
        reden = form.reden.fillna("").astype(object)
        if not reden.str.startswith(form.name).all():
            reden = (form.name + ": " + reden).where(reden.ne(""), "")
        text = (text + np.where(text.ne("") & reden.ne(""), "; ", "") + reden).astype(object)
    return text


def finalise(
    settings: Settings,
    inputs: Inputs,
    complexen: gpd.GeoDataFrame,
    panden: gpd.GeoDataFrame,
    layers: dict[str, gpd.GeoDataFrame] | None = None,
) -> ScanResult:
    """Global steps: rang over all complexes, column order, buurt totals, summary."""
    messages = list(complexen.attrs.get("meldingen_financieel", []))
    complexen = complexen.reset_index(drop=True)
    complexen["rang"] = rank(complexen, min_volledigheid=settings.klassen.volledigheid)
    complexen = complexen.sort_values("rang", kind="mergesort").reset_index(drop=True)
    complexen = gpd.GeoDataFrame(
        complexen[output_columns(complexen)], geometry=complexen.geometry.values, crs=complexen.crs
    )
    complexen.attrs = {}
    panden = panden.sort_values("pand_id", kind="mergesort").reset_index(drop=True)
    summary = summarise(complexen, settings)
    summary["business_case"] = summary_lines(complexen)
    summary["meldingen"] = messages
    summary["invoer"] = inputs.samenvatting()
    extra = {name: layer for name, layer in (layers or {}).items() if layer is not None}
    buurten, gemeenten = area_layers(complexen, inputs.buurten)
    if gemeenten is not None:
        extra["gemeenten"] = gemeenten
    return ScanResult(complexen, panden, buurten, summary, extra)


def output_columns(complexen: pd.DataFrame) -> list[str]:
    """The complexen layer's columns in output order: COMPLEX_COLUMNS first, then the rest
    (no geometry; no reden_* — every reason is in the toelichting already)."""
    return [c for c in COMPLEX_COLUMNS if c in complexen] + [
        c for c in complexen.columns if c not in COMPLEX_COLUMNS and c != "geometry" and not c.startswith("reden_")
    ]


def area_layers(
    complexen: pd.DataFrame, buurten: gpd.GeoDataFrame | None
) -> tuple[gpd.GeoDataFrame | None, gpd.GeoDataFrame | None]:
    """The ``buurten`` and ``gemeenten`` layers: totals per buurt and per gemeente."""
    if buurten is None:
        return None, None
    per_gemeente = totals_per_buurt(complexen, by="gemeentecode") if "gemeentecode" in complexen else None
    return buurten_layer(totals_per_buurt(complexen), buurten), gemeenten_layer(per_gemeente, buurten)


#: Homes per form, summed like the tiers.
FORM_COLUMNS = [f"extra_woningen_{f}" for f in FORMS]


def totals_per_buurt(complexen: pd.DataFrame, by: str = "buurtcode") -> pd.DataFrame:
    """Per ``by`` (buurtcode or gemeentecode): number of complexes, the sum of each tier and
    form (unknown counts as none) and the business-case totals of both scenarios."""
    grouped = complexen.groupby(by, dropna=False, sort=True)
    out = pd.DataFrame({"aantal_complexen": grouped.size()})
    for col in (*TIER_COLUMNS, *FORM_COLUMNS):
        if col in complexen:
            out[col] = grouped[col].sum(min_count=1).fillna(0).astype("int64")
    if "investering_laag" in complexen:
        money = money_totals(complexen, by=by).set_index(by)
        money = money.drop(columns=[c for c in ("complexen", "extra_woningen") if c in money])
        out = out.join(money)
    return out.reset_index()


def combine_totals(parts: list[pd.DataFrame], by: str = "buurtcode") -> pd.DataFrame:
    """Totals of several :func:`totals_per_buurt` frames (of disjoint sets of complexes) added
    up per ``by``: counts and homes summed, money summed with unknown staying unknown."""
    if not parts:
        return pd.DataFrame({by: pd.Series(dtype=object), "aantal_complexen": pd.Series(dtype="int64")})
    both = pd.concat(parts, ignore_index=True)
    out = both.groupby(by, dropna=False, sort=True).sum(min_count=1)
    for col in ("aantal_complexen", *TIER_COLUMNS, *FORM_COLUMNS):
        if col in out:
            out[col] = out[col].fillna(0).astype("int64")
    return out.reset_index()


def buurten_layer(totals: pd.DataFrame, buurten: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every buurt with the totals of its complexes (0 where it has none)."""
    base = buurten[["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "geometry"]]
    out = base.merge(totals, on="buurtcode", how="left")
    for col in ("aantal_complexen", *TIER_COLUMNS, *FORM_COLUMNS):
        if col in out:
            out[col] = out[col].fillna(0).astype("int64")
    return out.sort_values("buurtcode", kind="mergesort").reset_index(drop=True)


def gemeenten_layer(totals: pd.DataFrame | None, buurten: gpd.GeoDataFrame) -> gpd.GeoDataFrame | None:
    """The same totals per gemeente, on the gemeente's outline (its buurten dissolved)."""
    if totals is None:
        return None
    outline = buurten[["gemeentecode", "gemeentenaam", "geometry"]].dissolve(by="gemeentecode", as_index=False)
    out = outline.merge(totals, on="gemeentecode", how="left")
    for col in ("aantal_complexen", *TIER_COLUMNS, *FORM_COLUMNS):
        if col in out:
            out[col] = out[col].fillna(0).astype("int64")
    return out.sort_values("gemeentecode", kind="mergesort").reset_index(drop=True)


def combine_summaries(parts: list[dict]) -> dict:
    """The :func:`summarise` figures of several disjoint sets of complexes, added up."""
    out: dict = {}
    for part in parts:
        for key, value in part.items():
            if isinstance(value, dict):
                into = out.setdefault(key, {})
                for k, v in value.items():
                    into[k] = into.get(k, 0) + v
            elif isinstance(value, int) and not isinstance(value, bool):
                out[key] = out.get(key, 0) + value
            else:
                out.setdefault(key, value)
    return out


def summarise(complexen: pd.DataFrame, settings: Settings) -> dict:
    """Figures for the end-of-run summary and the map panel."""
    per_klasse = complexen["klasse"].value_counts().reindex(list(KLASSEN), fill_value=0)
    per_status = complexen["status"].value_counts()
    koppel = complexen["koppelkans_verduurzaming"].astype(bool)
    kansrijk = complexen["extra_woningen_kansrijk"]
    tiers = {col: int(complexen[col].fillna(0).sum()) for col in TIER_COLUMNS}
    return {
        "gebied": settings.gebied,
        "complexen": int(len(complexen)),
        "per_klasse": {k: int(v) for k, v in per_klasse.items()},
        # in ladder order, every status present (0 where none)
        "per_status": {s: int(per_status.get(s, 0)) for s in STATUS_LADDER},
        **tiers,
        **{col: int(complexen[col].fillna(0).sum()) for col in FORM_COLUMNS if col in complexen},
        # complexes whose binnen-plan homes are unknown (no plan value, no height): not counted
        "extra_woningen_onbekend": int(complexen["extra_woningen_binnen_plan"].isna().sum()),
        "onvolledig": int((~complexen["volledigheid"].ge(settings.klassen.volledigheid).fillna(False)).sum()),
        # with verduurzaming: kansrijk complexes where optoppen combines with making the building
        # sustainable (koppelkans: bouwjaar in band and label D-G or unknown; 70% consent needed)
        "met_verduurzaming_complexen": int((koppel & complexen["status"].isin(OPEN_STATUSES) & kansrijk.gt(0)).sum()),
        "met_verduurzaming_woningen": int(kansrijk[koppel].fillna(0).sum()),
    }
