"""The Dutch data-quality report of ``optopscan validate``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.atomic import atomic_path
from optopscan.config import Settings
from optopscan.forms.aanplakken import within_extent
from optopscan.inputs import Inputs
from optopscan.io.bezit import MatchReport
from optopscan.model.panden import build_panden


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.errors

    def text(self) -> str:
        out = list(self.lines)
        if self.warnings:
            out += ["", "Waarschuwingen:"] + [f"  - {w}" for w in self.warnings]
        if self.errors:
            out += ["", "Fouten (scan niet mogelijk):"] + [f"  - {e}" for e in self.errors]
        out += [
            "",
            "Oordeel: "
            + ("bruikbaar" + (" (met waarschuwingen)" if self.warnings else "") if self.usable else "NIET bruikbaar"),
        ]
        return "\n".join(out)


UNMATCHED_COLUMNS = [
    "bron_rij",
    "vhe_id",
    "complexnummer",
    "straat",
    "huisnummer",
    "huisletter",
    "toevoeging",
    "postcode",
    "vbo_id_bron",
    "match_reden",
]


def pct(part: float, whole: float) -> str:
    return "–" if not whole else f"{100 * part / whole:.1f}%".replace(".", ",")


def validate(settings: Settings, inputs: Inputs, unmatched_csv: Path | None = None) -> Report:
    """Counts per layer, coverage of heights / plans / buurten, bezit match rates."""
    r = Report()
    r.lines.append(f"Datakwaliteit voor '{settings.gebied}' (config: {settings.bron})")
    r.lines.append("")
    r.lines.append(f"{'laag':<24}{'rijen':>10}  CRS          gerepareerd")
    for name, frame in inputs.layers().items():
        crs = getattr(frame, "crs", None)
        crs_text = crs.to_string() if crs is not None else "(tabel)"
        repaired = frame.attrs.get("gerepareerd", 0)
        r.lines.append(f"{name:<24}{len(frame):>10}  {crs_text:<12} {repaired}")
        if repaired:
            r.warnings.append(f"{name}: {repaired} ongeldige geometrieën hersteld (make_valid).")

    plannen = inputs.plannen
    panden = build_panden(
        inputs.panden,
        inputs.verblijfsobjecten,
        inputs.bag3d,
        maatvoering=plannen.maatvoering if plannen else None,
        bestemmingen=plannen.bestemmingen if plannen else None,
        buurten=inputs.buurten,
        parkeerzones=inputs.parkeerzones,
    )
    woon = panden[panden["woonfunctie"] | (panden["aantal_woningen"] > 0)]
    n = len(woon)
    with_height = int(woon["hoogte_m"].notna().sum())
    bron = inputs.panden.set_index("pand_id")["hoogtebron"] if "hoogtebron" in inputs.panden else None
    from_ahn = int((woon["pand_id"].map(bron) == "ahn").sum()) if bron is not None else 0
    with_plan = int((woon["max_bouwhoogte_m"].notna() | woon["max_bouwlagen"].notna()).sum())
    with_buurt = int(woon["buurtcode"].notna().sum())
    with_zone = int(woon["parkeernorm"].notna().sum())
    r.lines += [
        "",
        f"Panden met woonfunctie: {n} van {len(panden)}",
        f"  met hoogte:             {with_height} ({pct(with_height, n)})"
        + (f", waarvan {from_ahn} uit AHN" if from_ahn else ""),
        f"  met planwaarde:         {with_plan} ({pct(with_plan, n)})",
        f"  in een buurt:           {with_buurt} ({pct(with_buurt, n)})",
        f"  in een parkeerzone:     {with_zone} ({pct(with_zone, n)})",
    ]
    r.lines += _forms_coverage(woon, inputs)
    if n == 0:
        r.errors.append("geen panden met woonfunctie in de BAG: controleer de BAG-laag en het gebied.")
    elif with_height == 0:
        r.errors.append(
            "geen enkel woonpand heeft een 3D BAG-hoogte: controleer of BAG en 3D BAG hetzelfde gebied beslaan."
        )
    elif with_height < n:
        r.warnings.append(
            f"{n - with_height} woonpanden zonder hoogte (3D BAG of AHN): hun hoogtecriterium wordt 'onbekend'."
        )
    _findings_section(r, inputs)
    if plannen is not None and with_plan < n:
        r.warnings.append(f"{n - with_plan} woonpanden zonder planwaarde: hun hoogteruimte wordt 'onbekend'.")
    if inputs.buurten is not None and with_buurt < n:
        r.warnings.append(f"{n - with_buurt} woonpanden buiten de buurtenlaag.")

    if inputs.bezit is not None and inputs.match_report is not None:  # loaded together
        _bezit_section(r, inputs.bezit, inputs.match_report, settings, unmatched_csv)
    return r


def _findings_section(r: Report, inputs: Inputs) -> None:
    """Implausible values, duplicate ids, missing geometries and untested versions, per file
    and column with a count and example ids; each is also a warning."""
    findings = inputs.bevindingen()
    r.lines += ["", "Controle op onwaarschijnlijke waarden, dubbele id's en lege geometrieën:"]
    if not findings:
        r.lines.append("  niets gevonden")
        return
    r.lines.append(f"  {'bestand':<36}{'kolom':<20}{'soort':<30}{'aantal':>7}  voorbeelden")
    for b in findings:
        r.lines.append(
            f"  {b.bestand[:35]:<36}{b.kolom[:19]:<20}{b.soort[:29]:<30}{b.aantal:>7}  {', '.join(b.voorbeelden)}"
        )
        r.warnings.append(b.text())


def _bezit_section(
    r: Report, bezit: pd.DataFrame, report: MatchReport, settings: Settings, unmatched_csv: Path | None
) -> None:
    r.lines += ["", f"Bezit ({bezit['complexnummer'].nunique()} complexen): " + report.summary()]
    if report.totaal and report.geen == report.totaal:
        r.errors.append(
            "geen enkele VHE kon aan de BAG worden gekoppeld: controleer BAG-id's en adressen in het bezitsbestand."
        )
    unmatched = report.ongematcht
    if len(unmatched) == 0:
        return
    r.warnings.append(f"{len(unmatched)} VHE niet gekoppeld aan de BAG; zij tellen niet mee in de complexen.")
    columns = [c for c in UNMATCHED_COLUMNS if c in unmatched]
    table = unmatched[columns].astype(object).where(unmatched[columns].notna(), "")
    if len(unmatched) >= settings.uitvoer.onbekend_csv_vanaf and unmatched_csv is not None:
        from optopscan.export import write_table_csv  # neutralises formula starts, like every CSV

        with atomic_path(unmatched_csv) as tmp:
            write_table_csv(table, tmp)
        r.lines.append(f"Niet-gekoppelde VHE staan in {unmatched_csv}")
        return
    r.lines.append("Niet gekoppelde VHE:")
    r.lines += ["  " + line for line in table.to_string(index=False).splitlines()]


def _forms_coverage(woon: gpd.GeoDataFrame, inputs: Inputs) -> list[str]:
    """Coverage of what aanplakken uses: the BGT's extent (road and water checked) and the
    plans' Bouwvlakken (outside one an aanplak candidate needs a plan change)."""
    n = len(woon)
    points = shapely.point_on_surface(woon.geometry.values)
    lines = []
    if inputs.bgt is not None:
        # the same extent test aanplakken uses: outside it, road and water are not checked
        inside = int(within_extent(points, inputs.bgt.obstacles()).sum())
        lines.append(f"  binnen de BGT-dekking:  {inside} ({pct(inside, n)}) (weg en water getoetst bij aanplakken)")
    if inputs.bouwvlakken is not None:
        vlakken = inputs.bouwvlakken
        hit = vlakken.sindex.query(points, predicate="intersects")[0] if len(vlakken) else []
        in_vlak = len(np.unique(hit))
        lines.append(f"  in een bouwvlak:        {in_vlak} ({pct(in_vlak, n)})")
    return lines
