"""The scan: panden → complexen → potential → rules → scoring → ranked shortlist."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.inputs import Inputs, Step
from optopscan.io.common import isin
from optopscan.model.complexen import add_distances, add_energielabels, assign_complexen, build_complexen
from optopscan.model.eigendom import ownership_per_complex
from optopscan.model.panden import build_panden
from optopscan.potential import compute_potential, totals_per_buurt
from optopscan.result import ScanResult
from optopscan.rules import evaluate_all
from optopscan.rules.base import BLOKKADE
from optopscan.scoring import KLASSEN, rank, score_complexen

#: Column order of the ``complexen`` layer and CSV (more columns follow these).
COMPLEX_COLUMNS = [
    "complex_id",
    "rang",
    "score",
    "klasse",
    "status",
    "toelichting",
    "blokkades",
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
    "extra_woningen",
    "extra_woningen_theoretisch",
    "extra_woningen_zonder_blokkade",
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
    "volledigheid",
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

    complexen = complexen.join(compute_potential(complexen, settings))
    results = evaluate_all(complexen, settings)
    for result in results.values():
        for name, values in result.values.items():
            complexen[name] = values
    if "eigendom" not in complexen:
        complexen["eigendom"] = "onbekend"
    if "extra_parkeerplaatsen" not in complexen:
        complexen["extra_parkeerplaatsen"] = np.nan
    complexen = complexen.join(score_complexen(complexen, results, settings))
    complexen["extra_woningen_zonder_blokkade"] = (
        complexen["extra_woningen"].where(complexen["status"] != BLOKKADE, 0.0).fillna(0.0)
    )
    pand_out = panden.merge(toewijzing[["pand_id", "complex_id"]], on="pand_id", how="inner")
    return complexen, pand_out


def finalise(settings: Settings, inputs: Inputs, complexen: gpd.GeoDataFrame, panden: gpd.GeoDataFrame) -> ScanResult:
    """Global steps: rang over all complexes, column order, buurt totals, summary."""
    complexen = complexen.reset_index(drop=True)
    complexen["rang"] = rank(complexen)
    complexen = complexen.sort_values("rang", kind="mergesort").reset_index(drop=True)
    # reden_* stay out of the output: every reason is in the toelichting already
    ordered = [c for c in COMPLEX_COLUMNS if c in complexen] + [
        c for c in complexen.columns if c not in COMPLEX_COLUMNS and c != "geometry" and not c.startswith("reden_")
    ]
    complexen = gpd.GeoDataFrame(complexen[ordered], geometry=complexen.geometry.values, crs=complexen.crs)
    panden = panden.sort_values("pand_id", kind="mergesort").reset_index(drop=True)
    buurten = _buurten_layer(complexen, inputs.buurten)
    return ScanResult(complexen, panden, buurten, summarise(complexen, settings))


def _buurten_layer(complexen: gpd.GeoDataFrame, buurten: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame | None:
    if buurten is None:
        return None
    totals = totals_per_buurt(complexen)
    base = buurten[["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "geometry"]]
    out = base.merge(totals, on="buurtcode", how="left")
    for col in ("aantal_complexen", "extra_woningen", "extra_woningen_zonder_blokkade", "extra_woningen_theoretisch"):
        out[col] = out[col].fillna(0).astype("int64")
    return out.sort_values("buurtcode", kind="mergesort").reset_index(drop=True)


def summarise(complexen: pd.DataFrame, settings: Settings) -> dict:
    """Figures for the end-of-run summary and the map panel."""
    per_klasse = complexen["klasse"].value_counts().reindex(list(KLASSEN), fill_value=0)
    koppel = complexen["koppelkans_verduurzaming"].astype(bool)
    open_ = complexen["extra_woningen_zonder_blokkade"] > 0
    return {
        "gebied": settings.gebied,
        "complexen": int(len(complexen)),
        "per_klasse": {k: int(v) for k, v in per_klasse.items()},
        "per_status": {k: int(v) for k, v in complexen["status"].value_counts().sort_index().items()},
        "extra_woningen_theoretisch": int(complexen["extra_woningen_theoretisch"].sum()),
        "extra_woningen": int(complexen["extra_woningen"].fillna(0).sum()),
        "extra_woningen_zonder_blokkade": int(complexen["extra_woningen_zonder_blokkade"].sum()),
        "extra_woningen_onbekend": int(complexen["extra_woningen"].isna().sum()),
        # with verduurzaming: complexes where optoppen combines with making the building
        # sustainable (koppelkans by bouwjaar; needs 70% consent of the tenants)
        "met_verduurzaming_complexen": int((koppel & open_).sum()),
        "met_verduurzaming_woningen": int(complexen.loc[koppel, "extra_woningen_zonder_blokkade"].sum()),
    }
