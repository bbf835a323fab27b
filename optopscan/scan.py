"""The scan: panden → complexen → every form's FormResult → combine_forms → rules → scoring
(status, klasse, extra_woningen_kansrijk) → ranked shortlist."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.constants import KLASSEN, STATUS_LADDER
from optopscan.forms import TIERS, FormResult, combine_forms
from optopscan.forms.optoppen import evaluate_optoppen, optoppen_per_pand
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
    step("Panden samenstellen, complexen vormen, criteria en scores berekenen")
    toewijzing, eigendom = plan_complexen(inputs)
    complexen, panden = scan_complexen(settings, inputs, toewijzing, eigendom)
    step("Rangschikken")
    return finalise(settings, inputs, complexen, panden)


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
    """Per-complex work (no ranking): independent per complex, so it can run per partition.

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
    forms = evaluate_forms(settings, pand_out, complexen)
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
    return complexen, pand_out


def evaluate_forms(settings: Settings, panden: pd.DataFrame, complexen: pd.DataFrame) -> list[FormResult]:
    """Every form's result per complex (index of ``complexen``); ``panden`` has one row per
    pand with ``complex_id`` and the per-pand optoppen columns. Add aanplakken and
    uitplinten here: their tiers are summed by :func:`combine_forms`."""
    return [evaluate_optoppen(panden, complexen["complex_id"], settings)]


def finalise(settings: Settings, inputs: Inputs, complexen: gpd.GeoDataFrame, panden: gpd.GeoDataFrame) -> ScanResult:
    """Global steps: rang over all complexes, column order, buurt totals, summary."""
    complexen = complexen.reset_index(drop=True)
    complexen["rang"] = rank(complexen, min_volledigheid=settings.klassen.volledigheid)
    complexen = complexen.sort_values("rang", kind="mergesort").reset_index(drop=True)
    # reden_* stay out of the output: every reason is in the toelichting already
    ordered = [c for c in COMPLEX_COLUMNS if c in complexen] + [
        c for c in complexen.columns if c not in COMPLEX_COLUMNS and c != "geometry" and not c.startswith("reden_")
    ]
    complexen = gpd.GeoDataFrame(complexen[ordered], geometry=complexen.geometry.values, crs=complexen.crs)
    panden = panden.sort_values("pand_id", kind="mergesort").reset_index(drop=True)
    buurten = _buurten_layer(complexen, inputs.buurten)
    return ScanResult(complexen, panden, buurten, summarise(complexen, settings))


def totals_per_buurt(complexen: pd.DataFrame) -> pd.DataFrame:
    """Per buurtcode: number of complexes and the sum of each tier (unknown counts as none)."""
    grouped = complexen.groupby("buurtcode", dropna=False, sort=True)
    out = pd.DataFrame({"aantal_complexen": grouped.size()})
    for col in TIER_COLUMNS:
        out[col] = grouped[col].sum(min_count=1).fillna(0).astype("int64")
    return out.reset_index()


def _buurten_layer(complexen: gpd.GeoDataFrame, buurten: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame | None:
    if buurten is None:
        return None
    totals = totals_per_buurt(complexen)
    base = buurten[["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "geometry"]]
    out = base.merge(totals, on="buurtcode", how="left")
    for col in ("aantal_complexen", *TIER_COLUMNS):
        out[col] = out[col].fillna(0).astype("int64")
    return out.sort_values("buurtcode", kind="mergesort").reset_index(drop=True)


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
        # complexes whose binnen-plan homes are unknown (no plan value, no height): not counted
        "extra_woningen_onbekend": int(complexen["extra_woningen_binnen_plan"].isna().sum()),
        "onvolledig": int((~complexen["volledigheid"].ge(settings.klassen.volledigheid).fillna(False)).sum()),
        # with verduurzaming: kansrijk complexes where optoppen combines with making the building
        # sustainable (koppelkans: bouwjaar in band and label D-G or unknown; 70% consent needed)
        "met_verduurzaming_complexen": int((koppel & complexen["status"].isin(OPEN_STATUSES) & kansrijk.gt(0)).sum()),
        "met_verduurzaming_woningen": int(kansrijk[koppel].fillna(0).sum()),
    }
