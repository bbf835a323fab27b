"""Load every input named in the config, once, into canonical frames."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from optopscan.config import Settings
from optopscan.errors import OptopscanError
from optopscan.io import ahn, bag, bag3d, bestuurlijk, bezit, context, plans
from optopscan.io.ahn import expand_paths
from optopscan.io.bezit import MatchReport
from optopscan.io.bgt import Bgt, read_bgt
from optopscan.io.common import BBox, isin, release_memory
from optopscan.io.quality import RANGES, Bevinding, check_ranges, findings_of
from optopscan.provenance import prefetch_hashes

Step = Callable[[str], None]


@dataclass
class Inputs:
    """Canonical frames; optional sources are None when the config leaves them out."""

    panden: gpd.GeoDataFrame
    verblijfsobjecten: pd.DataFrame
    bag3d: pd.DataFrame
    bezit: pd.DataFrame | None = None
    match_report: MatchReport | None = None
    plannen: plans.Plannen | None = None
    buurten: gpd.GeoDataFrame | None = None
    parkeerzones: gpd.GeoDataFrame | None = None
    voorzieningen: gpd.GeoDataFrame | None = None
    monumenten: gpd.GeoDataFrame | None = None
    energielabels: pd.DataFrame | None = None
    #: IMRO ``Bouwvlak`` objects of the plans (aanplakken: outside one is planwijziging nodig)
    bouwvlakken: gpd.GeoDataFrame | None = None
    bgt: Bgt | None = None
    provincies: gpd.GeoDataFrame | None = None
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
            "plannen bouwvlakken": self.bouwvlakken,
            "BGT wegdeel": self.bgt.wegdeel if self.bgt else None,
            "BGT waterdeel": self.bgt.waterdeel if self.bgt else None,
            "provincies": self.provincies,
        }
        return {k: v for k, v in named.items() if v is not None}

    def bevindingen(self) -> list[Bevinding]:
        """Every data-quality finding of every loaded frame (implausible values, duplicate ids,
        missing geometries, untested versions), in layer order."""
        seen: set[tuple] = set()
        out = []
        for frame in self.layers().values():
            for b in findings_of(frame):
                key = (b.bestand, b.kolom, b.soort, b.aantal, tuple(b.voorbeelden))
                if key not in seen:  # frames derived from one another share attrs
                    seen.add(key)
                    out.append(b)
        return out

    def samenvatting(self) -> list[str]:
        """Short Dutch lines for the scan summary: one per finding (empty when all is clean)."""
        return [b.text() for b in self.bevindingen()]


#: Peak memory of a local scan per BAG pand, verblijfsobject and 3D BAG feature, measured
#: with benchmarks/scale.py (fictitious province: 1.5 M panden + 4.2 M VBOs + 1.46 M 3D BAG
#: features = 7.2 M features, peak RSS 4.96 GB ≈ 690 bytes each); rounded up. Used only for
#: the pre-flight check below, so it errs on the low side: it stops scans that clearly
#: cannot fit, a MemoryError during the scan remains possible (and is reported the same way).
BYTES_PER_FEATURE = 700
#: An area scan (no bezit) makes every woonpand a complex with its own toelichting: measured
#: at 1.5 M panden (1.48 M complexen) the whole run peaks at 13.2 GB, i.e. ~5,400 bytes per
#: pand on top of the features; rounded up.
BYTES_PER_AREA_COMPLEX = 5500


class OnvoldoendeGeheugenError(OptopscanError):
    """The inputs will not fit in the memory that is available."""


def _available_memory() -> int:
    """Bytes the scan may still use (``psutil.virtual_memory().available``)."""
    import psutil

    return int(psutil.virtual_memory().available)


def _feature_count(path: Path | None, layers: tuple[str, ...]) -> int:
    """Feature count of ``layers`` in a GeoPackage (header only; 0 when unknown)."""
    if path is None or Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return 0
    import pyogrio

    total = 0
    for layer in layers:
        try:
            total += max(int(pyogrio.read_info(path, layer=layer)["features"]), 0)
        except Exception:  # missing layer etc.: the loader reports it properly
            continue
    return total


def estimate_memory(settings: Settings) -> tuple[int, int]:
    """(features, bytes): a rough peak-memory estimate from the BAG and 3D BAG feature counts."""
    inv = settings.invoer
    panden = _feature_count(inv.bag, ("pand",))
    features = panden + _feature_count(inv.bag, ("verblijfsobject",)) + _feature_count(inv.bag3d, ("pand",))
    need = features * BYTES_PER_FEATURE + (panden * BYTES_PER_AREA_COMPLEX if inv.bezit is None else 0)
    return features, need


def check_memory(settings: Settings) -> None:
    """Fail early, before reading anything, when the inputs clearly do not fit in memory."""
    features, need = estimate_memory(settings)
    available = _available_memory()
    if need > available:
        count = f"{features:,}".replace(",", ".")
        gb_need, gb_avail = (f"{b / 1e9:.1f}".replace(".", ",") for b in (need, available))
        raise OnvoldoendeGeheugenError(
            f"onvoldoende geheugen voor deze scan: de BAG en 3D BAG tellen samen {count} "
            f"objecten, daarvoor is naar schatting {gb_need} GB werkgeheugen nodig en er is "
            f"{gb_avail} GB beschikbaar. Er is niets ingelezen of weggeschreven. Oplossing: scan "
            "een kleiner gebied (knip BAG en 3D BAG bij tot de gemeente of wijk), sluit andere "
            "programma's of gebruik --engine dask (zie README, 'Grote gebieden')."
        )


def fill_from_ahn(
    panden: gpd.GeoDataFrame, heights: pd.DataFrame, dsm: list[Path], dtm: list[Path], storey_height: float
) -> pd.DataFrame:
    """Add AHN heights (``hoogtebron`` "ahn") for the panden that 3D BAG has no height for.

    The rows have the 3D BAG frame's columns (bouwlagen estimated from the height, flagged
    ``bouwlagen_geschat``) and go through the same plausibility ranges; 3D BAG rows without a
    height are replaced. Attributes (findings) of the 3D BAG frame are kept.
    """
    has_height = heights["hoogtebron"].notna() if "hoogtebron" in heights else heights["hoogte_m"].notna()
    known = isin(panden["pand_id"], heights.loc[has_height, "pand_id"])
    todo = panden.loc[~known.to_numpy(), ["pand_id", "geometry"]]
    if len(todo) == 0:
        return heights
    raw = ahn.ahn_heights(todo, dsm, dtm)
    raw = raw[raw[["h_dak_70p", "h_dak_max"]].notna().any(axis=1)]
    if len(raw) == 0:
        return heights
    rows = pd.DataFrame(
        {
            "pand_id": raw["pand_id"].astype("str").to_numpy(),
            "bouwjaar_3dbag": np.nan,
            "h_maaiveld": raw["h_maaiveld"].to_numpy(),
            "h_dak_70p": raw["h_dak_70p"].to_numpy(),
            "h_dak_max": raw["h_dak_max"].to_numpy(),
            "hoogte_m": (raw["h_dak_70p"] - raw["h_maaiveld"]).to_numpy(),
            "hoogte_max_m": (raw["h_dak_max"] - raw["h_maaiveld"]).to_numpy(),
            "bouwlagen": np.nan,
            "plat_dak_m2": raw["plat_dak_m2"].to_numpy(),
            "grond_m2": raw["grond_m2"].to_numpy(),
        }
    )
    rows = check_ranges(rows, RANGES["bag3d"], id_column="pand_id", bron="AHN")
    rows["h_dak_70p"] = rows["h_dak_70p"].where(rows["hoogte_m"].notna())
    est = np.floor(rows["hoogte_m"] / storey_height + 0.5).where(rows["hoogte_m"] > 0).clip(lower=1)
    rows["bouwlagen"] = est.astype("float64")
    rows["bouwlagen_geschat"] = est.notna().to_numpy()
    rows["daktype"] = raw["daktype"].fillna("").astype("str").to_numpy()
    known = rows["hoogte_m"].notna() | rows["hoogte_max_m"].notna()
    rows["hoogtebron"] = pd.Series("ahn", index=rows.index, dtype=object).where(known, None)
    if isinstance(heights, gpd.GeoDataFrame):
        geom = panden.set_index("pand_id").geometry.reindex(rows["pand_id"]).to_numpy()
        rows = gpd.GeoDataFrame(rows, geometry=geom, crs=heights.crs)
    keep = heights[~isin(heights["pand_id"], rows["pand_id"]).to_numpy()]
    out = pd.concat([keep, rows[[c for c in heights.columns if c in rows]]], ignore_index=True)
    out.attrs = dict(heights.attrs)
    out.attrs["bevindingen"] = list(heights.attrs.get("bevindingen", [])) + list(rows.attrs.get("bevindingen", []))
    out.attrs["uit_ahn"] = int((rows["hoogtebron"] == "ahn").sum())
    return out


def with_height_source(panden: gpd.GeoDataFrame, heights: pd.DataFrame) -> gpd.GeoDataFrame:
    """Per pand ``hoogtebron`` ("3dbag", "ahn" or None) and the 3D BAG/AHN reasons merged into
    ``onwaarschijnlijk`` (the text the complex's toelichting names)."""
    first = heights.drop_duplicates("pand_id").set_index("pand_id")
    panden = panden.copy()
    src = panden["pand_id"].map(first["hoogtebron"]) if "hoogtebron" in first else None
    panden["hoogtebron"] = src.astype(object).where(src.notna(), None) if src is not None else None
    if "onwaarschijnlijk" in first:
        extra = panden["pand_id"].map(first["onwaarschijnlijk"]).fillna("").astype(object)
        own = panden["onwaarschijnlijk"].fillna("").astype(object) if "onwaarschijnlijk" in panden else ""
        both = (own != "") & (extra != "")
        panden["onwaarschijnlijk"] = own + np.where(both, "; ", "") + extra
    return panden


def load_inputs(settings: Settings, step: Step = lambda _: None, *, geometrie: bool = True) -> Inputs:
    """Read every configured input; raises an InputDataError naming file/layer/column.

    ``geometrie=False`` reads the verblijfsobjecten and 3D BAG without shapes: the scan
    links them by id, and a province then fits in far less memory.

    Raises OnvoldoendeGeheugenError first when the BAG and 3D BAG are clearly too large for
    the available memory (see :func:`check_memory`).
    """
    check_memory(settings)
    prefetch_hashes(input_paths(settings))
    inputs = load_buildings(settings, step, geometrie=geometrie)
    load_bezit(settings, inputs, inputs.verblijfsobjecten, step)
    load_context(settings, inputs, step)
    return inputs


def input_paths(settings: Settings) -> list[Path]:
    """Every configured input file (for hashing them while the scan runs)."""
    inv = settings.invoer
    paths = (
        inv.bag,
        inv.bag3d,
        inv.bezit,
        *(inv.plannen or []),
        inv.buurten,
        inv.parkeerzones,
        inv.voorzieningen,
        inv.monumenten,
        inv.energielabels,
        inv.bgt,
        inv.provincies,
    )
    return [p for p in paths if p is not None]


def _announce(step: Step, label: str) -> None:
    release_memory()  # what the previous loader freed goes back to the OS
    step(label)


def load_buildings(
    settings: Settings, step: Step = lambda _: None, *, geometrie: bool = True, bbox: BBox | None = None
) -> Inputs:
    """The per-building inputs: BAG panden and verblijfsobjecten, 3D BAG (and AHN) heights;
    with ``bbox`` only those whose envelope meets that window (a block of a streamed scan)."""
    inv = settings.invoer
    _announce(step, "BAG panden lezen")
    panden = bag.read_panden(inv.bag, bbox=bbox)
    _announce(step, "BAG verblijfsobjecten lezen")
    vbo = bag.read_verblijfsobjecten(inv.bag, geometry=geometrie, bbox=bbox)
    _announce(step, "3D BAG lezen")
    heights = bag3d.read_bag3d(
        inv.bag3d, storey_height=settings.regels.verdiepingshoogte_m, geometry=geometrie, bbox=bbox
    )
    if inv.ahn_dsm:
        _announce(step, "AHN-hoogtes berekenen voor panden zonder 3D BAG-hoogte")
        heights = fill_from_ahn(panden, heights, inv.ahn_dsm, inv.ahn_dtm, settings.regels.verdiepingshoogte_m)
    panden = with_height_source(panden, heights)
    inputs = Inputs(panden=panden, verblijfsobjecten=vbo, bag3d=heights)
    inputs.files = {"bag": [inv.bag], "bag3d": [inv.bag3d]}
    if inv.ahn_dsm:
        inputs.files["ahn"] = expand_paths(inv.ahn_dsm, "DSM") + expand_paths(inv.ahn_dtm, "DTM")
    return inputs


def load_bezit(
    settings: Settings,
    inputs: Inputs,
    verblijfsobjecten: pd.DataFrame | Callable[[pd.DataFrame], pd.DataFrame],
    step: Step = lambda _: None,
) -> Inputs:
    """The bezit (when configured), matched to ``verblijfsobjecten``, into ``inputs``.
    ``verblijfsobjecten`` may be a function of the raw bezit that reads just the ones it can
    match (a scan in blocks)."""
    inv = settings.invoer
    if inv.bezit is None:
        return inputs
    _announce(step, "Bezit lezen en koppelen aan BAG")
    raw = bezit.read_bezit(inv.bezit, settings.kolommen.bezit or None)
    vbo = verblijfsobjecten(raw) if callable(verblijfsobjecten) else verblijfsobjecten
    inputs.bezit, inputs.match_report = bezit.match_bezit(raw, vbo)
    inputs.files["bezit"] = [inv.bezit]
    return inputs


def load_context(settings: Settings, inputs: Inputs, step: Step = lambda _: None) -> Inputs:
    """Every context layer (plans, buurten, zones, voorzieningen, monumenten, energielabels,
    BGT, provincies) into ``inputs``."""
    inv = settings.invoer
    kol = settings.kolommen
    if inv.plannen:
        _announce(step, "Plannen lezen")
        inputs.plannen = plans.read_plannen(inv.plannen)
        inputs.bouwvlakken = plans.read_bouwvlakken(inv.plannen)
        inputs.files["plannen"] = list(inv.plannen)
    if inv.buurten is not None:
        _announce(step, "Buurten lezen")
        inputs.buurten = context.read_buurten(inv.buurten)
        inputs.files["buurten"] = [inv.buurten]
    if inv.parkeerzones is not None:
        _announce(step, "Parkeerzones lezen")
        inputs.parkeerzones = context.read_parkeerzones(
            inv.parkeerzones,
            zone_column=kol.parkeerzones.get("zone", "zone"),
            norm_column=kol.parkeerzones.get("norm", "parkeernorm"),
        )
        inputs.files["parkeerzones"] = [inv.parkeerzones]
    if inv.voorzieningen is not None:
        _announce(step, "Voorzieningen lezen")
        inputs.voorzieningen = context.read_voorzieningen(
            inv.voorzieningen, soort_column=kol.voorzieningen.get("soort", "soort")
        )
        inputs.files["voorzieningen"] = [inv.voorzieningen]
    if inv.monumenten is not None:
        _announce(step, "Rijksmonumenten lezen")
        inputs.monumenten = context.read_monumenten(inv.monumenten)
        inputs.files["monumenten"] = [inv.monumenten]
    if inv.energielabels is not None:
        _announce(step, "Energielabels lezen")
        inputs.energielabels = context.read_energielabels(inv.energielabels)
        inputs.files["energielabels"] = [inv.energielabels]
    if inv.bgt is not None:
        _announce(step, "BGT lezen (wegdeel, waterdeel)")
        inputs.bgt = read_bgt(inv.bgt)
        inputs.files["bgt"] = [inv.bgt]
    if inv.provincies is not None:
        _announce(step, "Provincies lezen")
        inputs.provincies = bestuurlijk.read_provincies(inv.provincies)
        inputs.files["provincies"] = [inv.provincies]
    release_memory()
    return inputs
