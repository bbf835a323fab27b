"""BGT (Basisregistratie Grootschalige Topografie, PDOK): wegdeel and waterdeel.

Aanplak candidates must stay out of road and water. PDOK's BGT download delivers, per
object type, a layer with the IMGeo attributes (``bgt-status``, ``plus-status``,
``eindRegistratie``, ``bgt-functie`` for wegdeel, ``bgt-type`` for waterdeel) and a 2D
geometry (``geometrie2dWegdeel`` / ``geometrie2dWaterdeel``; ``geometrie2d`` in older
extracts). Accepted inputs:

- a GeoPackage with layers ``wegdeel`` and/or ``waterdeel`` (also ``bgt_wegdeel`` …);
- a folder or ``.zip`` holding PDOK's "GML light" files ``bgt_wegdeel.gml`` and
  ``bgt_waterdeel.gml``.

Objects with an ``eindRegistratie`` (historic versions) and with status ``historie`` or
``gesloopt`` are dropped; only polygonal parts are kept.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from optopscan.errors import MissingLayerError, UnreadableFileError
from optopscan.io.common import RD, check_file, list_layer_names, normalise_text, read_layer

#: Object types read, with the attribute that says what the object is.
OBJECT_TYPES: dict[str, tuple[str, ...]] = {
    "wegdeel": ("bgt-functie", "bgt_functie", "functie"),
    "waterdeel": ("bgt-type", "bgt_type", "type"),
}
#: Status values (bgt-status, plus-status) of objects that no longer exist.
NOT_EXISTING: frozenset[str] = frozenset({"historie", "gesloopt", "niet-bestaand"})
COLUMNS = ["objecttype", "functie", "geometry"]


@dataclass
class Bgt:
    """Road and water surfaces in EPSG:28992 (columns ``objecttype``, ``functie``)."""

    wegdeel: gpd.GeoDataFrame
    waterdeel: gpd.GeoDataFrame

    def obstacles(self) -> gpd.GeoDataFrame:
        """Wegdeel and waterdeel together (where an aanplak candidate may not stand)."""
        frames = [f for f in (self.wegdeel, self.waterdeel) if len(f)]
        if not frames:
            return _empty()
        return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=RD)


def _empty() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"objecttype": pd.Series(dtype="str"), "functie": pd.Series(dtype="str")},
        geometry=gpd.GeoSeries([], crs=RD),
        crs=RD,
    )


def read_bgt(path: str | Path) -> Bgt:
    """Read wegdeel and waterdeel from a PDOK BGT download (GeoPackage, folder or zip of GML).

    At least one of the two layers must be present; a missing one is read as empty.
    """
    p = check_file(path, "BGT-bestand")
    if p.is_dir():
        return _read_gml_folder(p, p)
    if p.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory() as tmp:
            try:
                with zipfile.ZipFile(p) as zf:
                    members = [m for m in zf.namelist() if _gml_type(Path(m).name) is not None]
                    for m in members:
                        target = Path(tmp) / Path(m).name
                        target.write_bytes(zf.read(m))
            except zipfile.BadZipFile as exc:
                raise UnreadableFileError(
                    f"geen geldig zip-bestand ({exc}).",
                    path=p,
                    remedy="download de BGT opnieuw bij PDOK (formaat GML light of GeoPackage).",
                ) from exc
            return _read_gml_folder(Path(tmp), p)
    names = list_layer_names(p)
    found = {kind: _layer_for(names, kind) for kind in OBJECT_TYPES}
    _require_any(found, p, names)
    frames = {kind: _read_one(p, layer, kind) if layer is not None else _empty() for kind, layer in found.items()}
    return Bgt(**frames)


def _gml_type(name: str) -> str | None:
    low = name.lower()
    for kind in OBJECT_TYPES:
        if low in (f"bgt_{kind}.gml", f"{kind}.gml"):
            return kind
    return None


def _read_gml_folder(folder: Path, shown: Path) -> Bgt:
    files = {_gml_type(f.name): f for f in sorted(folder.iterdir()) if _gml_type(f.name) is not None}
    _require_any({k: (str(v) if v else None) for k, v in ((k, files.get(k)) for k in OBJECT_TYPES)}, shown, [])
    frames = {}
    for kind in OBJECT_TYPES:
        f = files.get(kind)
        frames[kind] = _read_one(f, None, kind) if f is not None else _empty()
    return Bgt(**frames)


def _layer_for(names: list[str], kind: str) -> str | None:
    lower = {n.lower(): n for n in names}
    for candidate in (kind, f"bgt_{kind}"):
        if candidate in lower:
            return lower[candidate]
    return None


def _require_any(found: dict[str, str | None], path: Path, names: list[str]) -> None:
    if any(v is not None for v in found.values()):
        return
    present = f"; aanwezige lagen: {', '.join(names)}" if names else ""
    raise MissingLayerError(
        f"geen BGT-laag wegdeel of waterdeel gevonden{present}.",
        path=path,
        layer="wegdeel",
        remedy="download bij PDOK (BGT downloaden) de objecttypen wegdeel en waterdeel, als GeoPackage "
        "of als GML light (bgt_wegdeel.gml, bgt_waterdeel.gml).",
    )


def _read_one(path: Path, layer: str | None, kind: str) -> gpd.GeoDataFrame:
    gdf = read_layer(
        path,
        layer,
        [],
        columns=[OBJECT_TYPES[kind], "eindRegistratie", ("bgt-status", "bgt_status"), ("plus-status", "plus_status")],
        where_label=f"BGT {kind}",
        polygonal=True,
        allow_empty=True,
    )
    keep = pd.Series(True, index=gdf.index)
    if "eindRegistratie" in gdf:
        end = gdf["eindRegistratie"]
        keep &= end.isna() | (end.astype("str").str.strip() == "")
    for col in ("bgt-status", "plus-status"):
        if col in gdf:
            keep &= ~normalise_text(gdf[col]).str.lower().isin(NOT_EXISTING).fillna(False)
    name = OBJECT_TYPES[kind][0]
    functie = normalise_text(gdf[name]) if name in gdf else pd.Series("", index=gdf.index, dtype="str")
    kept = keep.to_numpy(dtype=bool)
    out = gpd.GeoDataFrame(
        {"objecttype": kind, "functie": functie[kept].fillna("").astype("str").to_numpy()},
        geometry=gdf.geometry.values[kept],
        crs=RD,
    )
    out = out[~out.geometry.is_empty & out.geometry.notna()].reset_index(drop=True)
    out.attrs["gerepareerd"] = gdf.attrs.get("gerepareerd", 0)
    return out
