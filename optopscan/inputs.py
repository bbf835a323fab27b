"""Load every input named in the config, once, into canonical frames."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from optopscan.config import Settings
from optopscan.io import bag, bag3d, bezit, context, plans

Step = Callable[[str], None]


@dataclass
class Inputs:
    """Canonical frames; optional sources are None when the config leaves them out."""

    panden: gpd.GeoDataFrame
    verblijfsobjecten: gpd.GeoDataFrame
    bag3d: gpd.GeoDataFrame
    bezit: pd.DataFrame | None = None
    match_report: bezit.MatchReport | None = None
    plannen: plans.Plannen | None = None
    buurten: gpd.GeoDataFrame | None = None
    parkeerzones: gpd.GeoDataFrame | None = None
    voorzieningen: gpd.GeoDataFrame | None = None
    monumenten: gpd.GeoDataFrame | None = None
    energielabels: pd.DataFrame | None = None
    files: dict[str, list[Path]] = field(default_factory=dict)

    def layers(self) -> dict[str, pd.DataFrame]:
        """Every loaded frame by name (for the validate report)."""
        named = {
            "bag pand": self.panden,
            "bag verblijfsobject": self.verblijfsobjecten,
            "3D BAG": self.bag3d,
            "bezit": self.bezit,
            "plannen maatvoering": self.plannen.maatvoering if self.plannen else None,
            "plannen bestemmingen": self.plannen.bestemmingen if self.plannen else None,
            "buurten": self.buurten,
            "parkeerzones": self.parkeerzones,
            "voorzieningen": self.voorzieningen,
            "monumenten": self.monumenten,
            "energielabels": self.energielabels,
        }
        return {k: v for k, v in named.items() if v is not None}


def load_inputs(settings: Settings, step: Step = lambda _: None) -> Inputs:
    """Read every configured input; raises an InputDataError naming file/layer/column."""
    inv = settings.invoer
    kol = settings.kolommen
    step("BAG panden lezen")
    panden = bag.read_panden(inv.bag)
    step("BAG verblijfsobjecten lezen")
    vbo = bag.read_verblijfsobjecten(inv.bag)
    step("3D BAG lezen")
    heights = bag3d.read_bag3d(inv.bag3d, storey_height=settings.regels.verdiepingshoogte_m)
    inputs = Inputs(panden=panden, verblijfsobjecten=vbo, bag3d=heights)
    inputs.files = {"bag": [inv.bag], "bag3d": [inv.bag3d]}
    if inv.bezit is not None:
        step("Bezit lezen en koppelen aan BAG")
        raw = bezit.read_bezit(inv.bezit, kol.bezit or None)
        inputs.bezit, inputs.match_report = bezit.match_bezit(raw, vbo)
        inputs.files["bezit"] = [inv.bezit]
    if inv.plannen:
        step("Plannen lezen")
        inputs.plannen = plans.read_plannen(inv.plannen)
        inputs.files["plannen"] = list(inv.plannen)
    if inv.buurten is not None:
        step("Buurten lezen")
        inputs.buurten = context.read_buurten(inv.buurten)
        inputs.files["buurten"] = [inv.buurten]
    if inv.parkeerzones is not None:
        step("Parkeerzones lezen")
        inputs.parkeerzones = context.read_parkeerzones(
            inv.parkeerzones,
            zone_column=kol.parkeerzones.get("zone", "zone"),
            norm_column=kol.parkeerzones.get("norm", "parkeernorm"),
        )
        inputs.files["parkeerzones"] = [inv.parkeerzones]
    if inv.voorzieningen is not None:
        step("Voorzieningen lezen")
        inputs.voorzieningen = context.read_voorzieningen(
            inv.voorzieningen, soort_column=kol.voorzieningen.get("soort", "soort")
        )
        inputs.files["voorzieningen"] = [inv.voorzieningen]
    if inv.monumenten is not None:
        step("Rijksmonumenten lezen")
        inputs.monumenten = context.read_monumenten(inv.monumenten)
        inputs.files["monumenten"] = [inv.monumenten]
    if inv.energielabels is not None:
        step("Energielabels lezen")
        inputs.energielabels = context.read_energielabels(inv.energielabels)
        inputs.files["energielabels"] = [inv.energielabels]
    return inputs
