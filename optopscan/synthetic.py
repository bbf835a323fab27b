"""Deterministic generator of a realistic but FICTITIOUS Dutch post-war district.

The district "Zonnehoeve" (gemeentecode 9999, which does not exist) is laid out on open
farmland in Oostelijk Flevoland around RD (166500, 508000), so a background map shows fields
and no real houses. Every output uses the exact schema of the real open data source it
imitates (PDOK bag-light, 3D BAG 2024, IMRO2012 GML, CBS wijk- en buurtkaart, EP-Online, a
VERA-like corporatie export), so loaders and the whole scan can be tested end to end.

Layout: a grid of buurten (450 m x 480 m), each a grid of 3 x 4 blocks (150 m x 120 m including
20 m of street). Each buurt holds the same mix of block types (shuffled): 4 blocks of
eengezinswoningen, 2 portiekflat blocks, 2 galerijflat blocks, 1 newer block, 1 block with
shops/school/church and 2 green blocks. The number of panden scales by adding buurten, and
every step is vectorised with numpy/shapely, so 1.5 million panden take minutes, not hours.

Usage::

    area = generate_area(n_panden=2000, seed=42)
    paths = write_area(area, "optopscan/data/samples")

``area.scenario`` records the ground truth a test needs (which complex is gespikkeld, holds
the monument, sits in the plan area without headroom, ...).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

RD = "EPSG:28992"
GEMEENTECODE = "9999"
WOONPLAATS = "Zonnehoeve"
GEMEENTENAAM = "Zonnehoeve (fictief)"
PLAN_ID = "NL.IMRO.9999.BPZonnehoeve-VA01"
PLAN_LOKAAL_ID = "9999.BPZonnehoeve"
PLAN_VERSIE = "VA01"

# --- layout constants (metres) -------------------------------------------------------------
BLOCK_W, BLOCK_H = 150.0, 120.0  # block cell including half a street on each side
STREET = 10.0  # margin between cell edge and buildable block
INNER_W, INNER_H = BLOCK_W - 2 * STREET, BLOCK_H - 2 * STREET  # 130 x 100
BLOCKS_X, BLOCKS_Y = 3, 4  # blocks per buurt
BUURT_W, BUURT_H = BLOCKS_X * BLOCK_W, BLOCKS_Y * BLOCK_H

# block types
GALERIJ, PORTIEK, EGW, NIEUWBOUW, VOORZIENING, GROEN = range(6)
BLOCK_TYPE_NAMES = ["galerij", "portiek", "egw", "nieuwbouw", "voorziening", "groen"]
BUURT_TEMPLATE = np.array(
    [VOORZIENING, GROEN, GROEN, NIEUWBOUW, GALERIJ, GALERIJ, PORTIEK, PORTIEK, EGW, EGW, EGW, EGW]
)
_EST_PANDEN_PER_BUURT = 4 * 56 + 2 * 7.5 + 2 * 1.6 + 1.5 + 3.4 + 0.1

# pand kinds
KINDS = [
    "galerijflat",
    "portiekflat",
    "eengezinswoning",
    "nieuwbouw",
    "winkels_met_woningen",
    "school",
    "supermarkt",
    "kerk",
    "boerderij",
]
K_GAL, K_POR, K_EGW, K_NB, K_WW, K_SCH, K_SUP, K_KERK, K_BOER = range(9)
RESIDENTIAL_COMPLEX_KINDS = (K_GAL, K_POR, K_EGW, K_NB)
KIND_LABEL = {
    K_GAL: "Galerijflat",
    K_POR: "Portiekflats",
    K_EGW: "Eengezinswoningen",
    K_NB: "Appartementen",
}
KIND_GEBRUIKSDOEL = {
    K_GAL: "woonfunctie",
    K_POR: "woonfunctie",
    K_EGW: "woonfunctie",
    K_NB: "woonfunctie",
    K_WW: "winkelfunctie,woonfunctie",
    K_SCH: "onderwijsfunctie",
    K_SUP: "winkelfunctie",
    K_KERK: "bijeenkomstfunctie",
    K_BOER: "woonfunctie",
}

THEMES = [
    (
        "Vogelbuurt",
        [
            "Merel",
            "Lijster",
            "Spreeuw",
            "Mees",
            "Vink",
            "Reiger",
            "Zwaluw",
            "Kievit",
            "Specht",
            "Wielewaal",
            "Roodborst",
            "Kwikstaart",
        ],
    ),
    (
        "Bomenbuurt",
        [
            "Populieren",
            "Eiken",
            "Beuken",
            "Linden",
            "Esdoorn",
            "Kastanje",
            "Wilgen",
            "Berken",
            "Elzen",
            "Iepen",
            "Platanen",
            "Acacia",
        ],
    ),
    (
        "Bloemenbuurt",
        [
            "Tulp",
            "Rozen",
            "Narcis",
            "Krokus",
            "Hyacint",
            "Anjer",
            "Lelie",
            "Iris",
            "Dahlia",
            "Viooltjes",
            "Margriet",
            "Zonnebloem",
        ],
    ),
    (
        "Schildersbuurt",
        [
            "Rembrandt",
            "Vermeer",
            "Frans Hals",
            "Van Gogh",
            "Mondriaan",
            "Jan Steen",
            "Breitner",
            "Israëls",
            "Mesdag",
            "Ruisdael",
            "Hobbema",
            "Potter",
        ],
    ),
    (
        "Componistenbuurt",
        [
            "Bach",
            "Mozart",
            "Beethoven",
            "Chopin",
            "Haydn",
            "Schubert",
            "Händel",
            "Vivaldi",
            "Verdi",
            "Grieg",
            "Sweelinck",
            "Diepenbrock",
        ],
    ),
    (
        "Sterrenbuurt",
        [
            "Orion",
            "Sirius",
            "Vega",
            "Pegasus",
            "Andromeda",
            "Castor",
            "Pollux",
            "Capella",
            "Lyra",
            "Draco",
            "Perseus",
            "Cassiopeia",
        ],
    ),
    (
        "Polderbuurt",
        [
            "Kreek",
            "Dijk",
            "Sluis",
            "Gemaal",
            "Schor",
            "Slik",
            "Kwelder",
            "Wad",
            "Geul",
            "Zandplaat",
            "Ringvaart",
            "Tocht",
        ],
    ),
    (
        "Rivierenbuurt",
        ["Rijn", "Maas", "IJssel", "Waal", "Lek", "Vecht", "Eem", "Dommel", "Dinkel", "Berkel", "Regge", "Linge"],
    ),
]
STREET_SUFFIXES = [
    "straat",
    "laan",
    "hof",
    "weg",
    "straat",
    "plein",
    "straat",
    "laan",
    "singel",
    "straat",
    "dreef",
    "straat",
]
_LETTERS = [a + b for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
POSTCODE_LETTERS = np.array([p for p in _LETTERS if p not in ("SA", "SD", "SS")])
ENERGIEKLASSEN = np.array(["G", "F", "E", "D", "C", "B", "A", "A+", "A++", "A+++", "A++++"])

BEZIT_COLUMNS = [
    "VHE-nummer",
    "Complexnummer",
    "Complexnaam",
    "Straatnaam",
    "Huisnummer",
    "Huisletter",
    "Huisnummertoevoeging",
    "Postcode",
    "Woonplaats",
    "BAG-verblijfsobject-id",
    "Bouwjaar",
]
EPONLINE_COLUMNS = [
    "Pand_opnamedatum",
    "Pand_opnametype",
    "Pand_status",
    "Pand_berekeningstype",
    "Pand_energieprestatieindex",
    "Pand_energieklasse",
    "Pand_energielabel_is_prive",
    "Pand_is_op_basis_van_referentie_gebouw",
    "Pand_gebouwklasse",
    "Meting_geldig_tot",
    "Pand_registratiedatum",
    "Pand_postcode",
    "Pand_huisnummer",
    "Pand_huisletter",
    "Pand_huisnummertoevoeging",
    "Pand_bagverblijfsobjectid",
    "Pand_bagligplaatsid",
    "Pand_bagstandplaatsid",
    "Pand_bagpandid",
    "Pand_gebouwtype",
    "Pand_gebouwsubtype",
    "Pand_gebruiksoppervlakte_thermische_zone",
]
FILES = {
    "bag": "bag-light.gpkg",
    "bag3d": "3dbag.gpkg",
    "plannen_gml": "bestemmingsplan.gml",
    "plannen_gpkg": "plannen.gpkg",
    "buurten": "wijkenbuurten.gpkg",
    "parkeerzones": "parkeerzones.gpkg",
    "voorzieningen": "voorzieningen.gpkg",
    "monumenten": "rijksmonumenten.gpkg",
    "bezit": "bezit.csv",
    "energielabels": "energielabels.csv",
}


@dataclass
class Scenario:
    """Ground truth about the generated area that tests and demos can rely on."""

    complex_monument: str | None = None
    monument_pand_id: str | None = None
    complex_geen_hoogteruimte: str | None = None
    complex_geen_plan: str | None = None
    complex_schuin_dak: str | None = None
    complexen_gespikkeld: list[str] = field(default_factory=list)
    vhe_alleen_adres: list[str] = field(default_factory=list)
    vhe_adres_afwijkend: list[str] = field(default_factory=list)
    vhe_onmatchbaar: list[str] = field(default_factory=list)
    plan_hoogte_geen_ruimte_m: float | None = None


@dataclass
class SyntheticArea:
    """All generated frames, in the column names of the real files (geometry named
    ``geometry`` in memory; ``write_area`` renames it where the real file differs)."""

    panden: gpd.GeoDataFrame  # BAG pand layer
    verblijfsobjecten: gpd.GeoDataFrame  # BAG verblijfsobject layer
    bag3d: gpd.GeoDataFrame  # 3D BAG pand layer
    maatvoering: gpd.GeoDataFrame  # IMRO-like: naam, waarde (list), waardeType (list), ...
    bestemmingen: gpd.GeoDataFrame  # naam, bestemmingshoofdgroep, artikelnummer
    bouwvlakken: gpd.GeoDataFrame
    plangebied: gpd.GeoDataFrame
    buurten: gpd.GeoDataFrame
    wijken: gpd.GeoDataFrame
    gemeenten: gpd.GeoDataFrame
    parkeerzones: gpd.GeoDataFrame
    voorzieningen: gpd.GeoDataFrame
    monumenten: gpd.GeoDataFrame
    bezit: pd.DataFrame  # exactly the CSV columns (strings as written)
    energielabels: pd.DataFrame  # EP-Online columns (values as python numbers/strings)
    complexen: pd.DataFrame  # truth: one row per complex
    pand_truth: pd.DataFrame  # truth: kind, storeys, complex, block per pand
    scenario: Scenario
    seed: int = 42

    @property
    def plans(self) -> dict[str, gpd.GeoDataFrame]:
        return {"maatvoering": self.maatvoering, "bestemmingen": self.bestemmingen}


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------
def _ids(prefix: str, numbers: np.ndarray, width: int = 10) -> np.ndarray:
    s = pd.Series(np.asarray(numbers, dtype=np.int64)).astype(str).str.zfill(width)
    return (prefix + s).to_numpy(dtype=object)


def _group_offsets(keys: np.ndarray) -> np.ndarray:
    """For sorted ``keys``: the position of each row within its run of equal keys."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    start = np.r_[True, keys[1:] != keys[:-1]]
    first = np.maximum.accumulate(np.where(start, np.arange(n), 0))
    return np.arange(n) - first


def _layout(n_buurten: int, ncols: int, origin: tuple[float, float], rng: np.random.Generator) -> dict:
    b = np.arange(n_buurten)
    bcol, brow = b % ncols, b // ncols
    nrows = int(brow.max()) + 1
    ox = origin[0] - ncols * BUURT_W / 2
    oy = origin[1] - nrows * BUURT_H / 2
    types = rng.permuted(np.tile(BUURT_TEMPLATE, (n_buurten, 1)), axis=1)
    nb_per = BLOCKS_X * BLOCKS_Y
    blk = np.arange(n_buurten * nb_per)
    bu = blk // nb_per
    local = blk % nb_per
    lx, ly = local % BLOCKS_X, local // BLOCKS_X
    cell_x0 = ox + bcol[bu] * BUURT_W + lx * BLOCK_W
    cell_y0 = oy + brow[bu] * BUURT_H + ly * BLOCK_H
    return {
        "ncols": ncols,
        "nrows": nrows,
        "ox": ox,
        "oy": oy,
        "bcol": bcol,
        "brow": brow,
        "block_buurt": bu,
        "block_local": local,
        "block_type": types.ravel(),
        "bx0": cell_x0 + STREET,
        "by0": cell_y0 + STREET,
        # global block grid indices (for ov-haltes)
        "gx": bcol[bu] * BLOCKS_X + lx,
        "gy": brow[bu] * BLOCKS_Y + ly,
    }


def _empty_parts() -> dict[str, list]:
    return {
        k: [] for k in ("block", "slot", "group", "kind", "x0", "y0", "x1", "y1", "storeys", "year", "style", "multi")
    }


def _add(parts, block, slot, group, kind, x0, y0, x1, y1, storeys, year, style=None, multi=None):
    n = len(block)
    parts["block"].append(np.asarray(block, dtype=np.int64))
    parts["slot"].append(np.asarray(slot, dtype=np.int64))
    parts["group"].append(np.asarray(group, dtype=np.int64))
    parts["kind"].append(np.full(n, kind, dtype=np.int64) if np.ndim(kind) == 0 else np.asarray(kind, dtype=np.int64))
    for k, v in (("x0", x0), ("y0", y0), ("x1", x1), ("y1", y1)):
        parts[k].append(np.asarray(v, dtype=float))
    parts["storeys"].append(np.asarray(storeys, dtype=np.int64))
    parts["year"].append(np.asarray(year, dtype=np.int64))
    parts["style"].append(np.zeros(n, np.int64) if style is None else np.asarray(style))
    parts["multi"].append(np.zeros(n, bool) if multi is None else np.asarray(multi, bool))


def _generate_buildings(lay: dict, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """All candidate panden of all blocks, vectorised per block type."""
    bt, bx0, by0 = lay["block_type"], lay["bx0"], lay["by0"]
    bbuurt = lay["block_buurt"]
    parts = _empty_parts()

    # eengezinswoningen: 4 lines x 2 rows of 4-10 houses, each house its own pand
    ib = np.flatnonzero(bt == EGW)
    if len(ib):
        L, S, H = 4, 2, 10
        k = rng.integers(4, 11, size=(len(ib), L, S))
        w = rng.uniform(5.5, 6.0, (len(ib), L))
        d = rng.uniform(9.0, 10.0, (len(ib), L))
        year = rng.integers(1950, 1991, (len(ib), L))
        shape = (len(ib), L, S, H)
        li, si, hi = np.meshgrid(np.arange(L), np.arange(S), np.arange(H), indexing="ij")
        mask = hi[None] < k[..., None]
        B = np.broadcast_to(ib[:, None, None, None], shape)
        ww = np.broadcast_to(w[:, :, None, None], shape)
        dd = np.broadcast_to(d[:, :, None, None], shape)
        x0 = bx0[B] + np.array([3.0, 68.0])[si][None] + hi[None] * ww
        y0 = by0[B] + 5.0 + li[None] * 25.0
        _add(
            parts,
            B[mask],
            (li * S * H + si * H + hi)[None].repeat(len(ib), 0)[mask],
            np.broadcast_to(li[None], shape)[mask],
            K_EGW,
            x0[mask],
            y0[mask],
            (x0 + ww)[mask],
            (y0 + dd)[mask],
            np.full(mask.sum(), 2),
            np.broadcast_to(year[:, :, None, None], shape)[mask],
        )

    # portiekflats: 3 rows x 2-3 flats of 25-40 m, 3-4 storeys
    ib = np.flatnonzero(bt == PORTIEK)
    if len(ib):
        R, C = 3, 3
        shape = (len(ib), R, C)
        length = rng.uniform(25.0, 40.0, shape)
        depth = rng.uniform(10.0, 12.0, shape)
        present = np.ones(shape, bool)
        present[:, :, 2] = rng.random((len(ib), R)) < 0.5
        storeys = np.repeat(rng.choice([3, 4], size=(len(ib), 1)), R, axis=1)  # per block
        year = rng.integers(1950, 1971, (len(ib), R))
        style = rng.choice([0, 1, 2], p=[0.6, 0.2, 0.2], size=(len(ib), R))
        ri, ci = np.meshgrid(np.arange(R), np.arange(C), indexing="ij")
        B = np.broadcast_to(ib[:, None, None], shape)
        x0 = bx0[B] + 2.0 + ci[None] * 43.0
        y0 = by0[B] + 5.0 + ri[None] * 33.0
        m = present
        _add(
            parts,
            B[m],
            np.broadcast_to((ri * C + ci)[None], shape)[m],
            np.broadcast_to(ri[None], shape)[m],
            K_POR,
            x0[m],
            y0[m],
            (x0 + length)[m],
            (y0 + depth)[m],
            np.broadcast_to(storeys[:, :, None], shape)[m],
            np.broadcast_to(year[:, :, None], shape)[m],
            np.broadcast_to(style[:, :, None], shape)[m],
        )

    # galerijflats: 1-2 long slabs of 60-120 m, 4-5 storeys
    ib = np.flatnonzero(bt == GALERIJ)
    if len(ib):
        shape = (len(ib), 2)
        length = rng.uniform(60.0, 120.0, shape)
        depth = rng.uniform(10.0, 12.0, shape)
        shift = rng.uniform(0.0, 1.0, shape) * (120.0 - length)
        present = np.ones(shape, bool)
        present[:, 1] = rng.random(len(ib)) < 0.6
        storeys = rng.choice([4, 5], size=shape)
        year = rng.integers(1960, 1976, shape)
        si = np.broadcast_to(np.arange(2)[None], shape)
        B = np.broadcast_to(ib[:, None], shape)
        x0 = bx0[B] + 5.0 + shift
        y0 = by0[B] + np.array([15.0, 60.0])[si]
        m = present
        _add(parts, B[m], si[m], si[m], K_GAL, x0[m], y0[m], (x0 + length)[m], (y0 + depth)[m], storeys[m], year[m])

    # newer apartment blocks: 1-2 blocks, 4-6 storeys, some stepped
    ib = np.flatnonzero(bt == NIEUWBOUW)
    if len(ib):
        shape = (len(ib), 2)
        lx = rng.uniform(20.0, 40.0, shape)
        ly = rng.uniform(14.0, 20.0, shape)
        present = np.ones(shape, bool)
        present[:, 1] = rng.random(len(ib)) < 0.5
        storeys = rng.choice([4, 5, 6], p=[0.35, 0.35, 0.3], size=shape)
        year = rng.integers(1995, 2021, shape)
        multi = rng.random(shape) < 0.4
        si = np.broadcast_to(np.arange(2)[None], shape)
        B = np.broadcast_to(ib[:, None], shape)
        x0 = bx0[B] + np.array([10.0, 70.0])[si]
        y0 = by0[B] + np.array([10.0, 50.0])[si]
        m = present
        _add(
            parts,
            B[m],
            si[m],
            si[m],
            K_NB,
            x0[m],
            y0[m],
            (x0 + lx)[m],
            (y0 + ly)[m],
            storeys[m],
            year[m],
            multi=multi[m],
        )

    # voorzieningen: shops with homes above, supermarket, school, sometimes a church
    ib = np.flatnonzero(bt == VOORZIENING)
    if len(ib):
        n = len(ib)
        x, y = bx0[ib], by0[ib]
        ln = rng.uniform(50.0, 60.0, n)
        _add(
            parts,
            ib,
            np.zeros(n),
            np.zeros(n),
            K_WW,
            x + 5,
            y + 5,
            x + 5 + ln,
            y + 19,
            np.full(n, 3),
            rng.integers(1960, 1991, n),
        )
        sx, sy = rng.uniform(30.0, 40.0, n), rng.uniform(25.0, 30.0, n)
        _add(
            parts,
            ib,
            np.ones(n),
            np.ones(n),
            K_SUP,
            x + 5,
            y + 45,
            x + 5 + sx,
            y + 45 + sy,
            np.ones(n),
            rng.integers(1965, 2006, n),
        )
        cx, cy = rng.uniform(40.0, 50.0, n), rng.uniform(18.0, 22.0, n)
        _add(
            parts,
            ib,
            np.full(n, 2),
            np.full(n, 2),
            K_SCH,
            x + 75,
            y + 5,
            x + 75 + cx,
            y + 5 + cy,
            np.full(n, 2),
            rng.integers(1955, 1986, n),
        )
        kerk = bbuurt[ib] % 3 == 0
        kx, ky = rng.uniform(15.0, 18.0, n), rng.uniform(28.0, 34.0, n)
        kyear = rng.integers(1880, 1936, n)
        _add(
            parts,
            ib[kerk],
            np.full(kerk.sum(), 3),
            np.full(kerk.sum(), 3),
            K_KERK,
            (x + 90)[kerk],
            (y + 50)[kerk],
            (x + 90 + kx)[kerk],
            (y + 50 + ky)[kerk],
            np.ones(kerk.sum()),
            kyear[kerk],
        )

    # green blocks: an old farm in some buurten
    ib = np.flatnonzero(bt == GROEN)
    if len(ib):
        first_groen = np.r_[True, bbuurt[ib][1:] != bbuurt[ib][:-1]]
        farm = first_groen & (bbuurt[ib] % 3 == 1)
        n = int(farm.sum())
        f = ib[farm]
        fx, fy = rng.uniform(12.0, 15.0, n), rng.uniform(22.0, 28.0, n)
        _add(
            parts,
            f,
            np.zeros(n),
            np.zeros(n),
            K_BOER,
            bx0[f] + 50,
            by0[f] + 35,
            bx0[f] + 50 + fx,
            by0[f] + 35 + fy,
            np.ones(n),
            rng.integers(1900, 1940, n),
        )

    out = {k: np.concatenate(v) for k, v in parts.items()}
    order = np.lexsort((out["slot"], out["block"]))
    return {k: v[order] for k, v in out.items()}


def _heights(b: dict, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Ground level, roof heights (m NAP) and roof type per pand."""
    n = len(b["kind"])
    kind, storeys = b["kind"], b["storeys"]
    cx = (b["x0"] + b["x1"]) / 2
    cy = (b["y0"] + b["y1"]) / 2
    mv = -4.0 + 0.3 * np.sin(cx / 700.0) + 0.2 * np.cos(cy / 500.0) + rng.normal(0, 0.06, n)
    mv = np.clip(mv, -4.5, -3.5)
    sh = rng.uniform(2.85, 3.1, n)
    slanted = np.isin(kind, [K_EGW, K_KERK, K_BOER])
    multi = b["multi"] & (kind == K_NB)
    dak_type = np.where(slanted, "slanted", np.where(multi, "multiple horizontal", "horizontal")).astype(object)
    # flat roofs
    h70 = mv + storeys * sh + rng.uniform(0.3, 0.7, n)
    h50 = h70 - rng.uniform(0.0, 0.15, n)
    hmin = h70 - rng.uniform(0.2, 0.8, n)
    hmax = h70 + rng.uniform(0.3, 1.6, n)  # lift housing, installations
    # stepped newer blocks: a lower wing two storeys down
    hmin = np.where(multi, mv + (storeys - 2) * sh + 0.4, hmin)
    h50 = np.where(multi, h70 - rng.uniform(0.3, 2.0, n), h50)
    hmax = np.where(multi, h70 + rng.uniform(0.3, 1.5, n), hmax)
    # pitched roofs: 70p somewhat above the eaves, max at the ridge
    eaves = np.select(
        [kind == K_EGW, kind == K_KERK, kind == K_BOER],
        [mv + 2 * rng.uniform(2.75, 2.85, n) + 0.2, mv + rng.uniform(7.5, 9.0, n), mv + rng.uniform(3.0, 3.8, n)],
        default=0.0,
    )
    rise = np.select(
        [kind == K_EGW, kind == K_KERK, kind == K_BOER],
        [rng.uniform(3.0, 3.8, n), rng.uniform(7.0, 9.0, n), rng.uniform(5.0, 6.5, n)],
        default=0.0,
    )
    hmin = np.where(slanted, eaves - 0.1, hmin)
    h50 = np.where(slanted, eaves + 0.45 * rise, h50)
    h70 = np.where(slanted, eaves + 0.62 * rise, h70)
    hmax = np.where(slanted, eaves + rise, hmax)
    return {
        "mv": mv,
        "hmin": hmin,
        "h50": h50,
        "h70": h70,
        "hmax": hmax,
        "dak_type": dak_type,
        "eaves": eaves,
        "rise": rise,
    }


# ------------------------------------------------------------------------------------------
# main entry point
# ------------------------------------------------------------------------------------------
def generate_area(
    n_panden: int = 2000,
    seed: int = 42,
    origin: tuple[float, float] = (166500.0, 508000.0),
    n_complexen: int | None = 40,
    *,
    gemeentecode: str = GEMEENTECODE,
    gemeentenaam: str = GEMEENTENAAM,
    woonplaats: str = WOONPLAATS,
    postcode_base: int = 7231,
    complex_start: int = 101,
) -> SyntheticArea:
    """Generate a fictitious district with exactly ``n_panden`` BAG panden.

    ``n_complexen=None`` scales the corporatie's bezit with the area (40 per 2000 panden).
    The same arguments always give identical frames.

    The keyword-only arguments name the (fictitious) gemeente, so several areas can be
    combined without clashing ids (``benchmarks/province.py``): ``gemeentecode`` (4 digits,
    start of every BAG id and of the buurt/wijk codes), ``gemeentenaam``, ``woonplaats``,
    ``postcode_base`` (postcode numbers are 1000 + (postcode_base + buurt) % 9000) and
    ``complex_start`` (first complexnummer, C0101 by default; also starts the VHE numbers).
    """
    if not (len(gemeentecode) == 4 and gemeentecode.isdigit()):
        raise ValueError("gemeentecode moet uit 4 cijfers bestaan")
    if n_panden < 300:
        raise ValueError("n_panden moet minstens 300 zijn (één buurt)")
    if n_complexen is None:
        n_complexen = max(8, round(40 * n_panden / 2000))
    rng = np.random.default_rng(seed)

    # ---- layout and buildings (enough buurten to hold n_panden) ------------------------
    n_expected = n_panden / _EST_PANDEN_PER_BUURT
    ncols = max(1, math.ceil(math.sqrt(n_expected * BUURT_H / BUURT_W)))
    n_buurten = math.ceil(n_expected * 1.1) + 1
    while True:
        lay = _layout(n_buurten, ncols, origin, rng)
        b = _generate_buildings(lay, rng)
        if len(b["kind"]) >= n_panden:
            break
        n_buurten = math.ceil(n_buurten * 1.2) + 1
    b = {k: v[:n_panden] for k, v in b.items()}
    n = n_panden
    # keep only buurten that received panden; re-derive block list
    used_buurt = np.unique(lay["block_buurt"][b["block"]])
    # centre the used buurten on ``origin``
    ux0 = lay["ox"] + lay["bcol"][used_buurt].min() * BUURT_W
    ux1 = lay["ox"] + (lay["bcol"][used_buurt].max() + 1) * BUURT_W
    uy0 = lay["oy"] + lay["brow"][used_buurt].min() * BUURT_H
    uy1 = lay["oy"] + (lay["brow"][used_buurt].max() + 1) * BUURT_H
    dx = round(origin[0] - (ux0 + ux1) / 2)
    dy = round(origin[1] - (uy0 + uy1) / 2)
    for key, d in (("ox", dx), ("bx0", dx), ("oy", dy), ("by0", dy)):
        lay[key] = lay[key] + d
    for key, d in (("x0", dx), ("x1", dx), ("y0", dy), ("y1", dy)):
        b[key] = b[key] + d
    keep_block = np.isin(lay["block_buurt"], used_buurt)
    last_block = b["block"].max()
    # blocks after the cut (in the last buurt) become green
    btype = lay["block_type"].copy()
    cut = (np.arange(len(btype)) > last_block) & (btype != GROEN)
    btype[cut] = GROEN
    lay["block_type"] = btype

    # ---- groups (complex candidates) ---------------------------------------------------
    gkey = b["block"] * 16 + b["group"]
    _, group_id = np.unique(gkey, return_inverse=True)
    kind = b["kind"]
    storeys = b["storeys"].copy()
    year = b["year"].copy()
    style = b["style"].copy()
    bblock = b["block"]
    pbuurt = lay["block_buurt"][bblock]

    # ---- complexes ----------------------------------------------------------------------
    n_groups = group_id.max() + 1
    g_first = np.unique(group_id, return_index=True)[1]
    g_kind = kind[g_first]
    g_block = bblock[g_first]
    quotas = {K_GAL: 0.35, K_POR: 0.4, K_EGW: 0.15, K_NB: 0.1}
    chosen = []
    left = n_complexen
    for j, (kk, share) in enumerate(quotas.items()):
        cand = np.flatnonzero(g_kind == kk)
        want = left if j == len(quotas) - 1 else round(share * n_complexen)
        want = min(len(cand), want, left)
        left -= want
        if want:
            chosen.append(rng.choice(cand, size=want, replace=False))
    chosen = np.sort(np.concatenate(chosen)) if chosen else np.zeros(0, np.int64)
    n_c = len(chosen)
    complex_of_group = np.full(n_groups, -1)
    complex_of_group[chosen] = np.arange(n_c)
    pand_complex = complex_of_group[group_id]
    c_kind = g_kind[chosen]
    c_block = g_block[chosen]
    complexnummers = np.array([f"C{complex_start + i:04d}" for i in range(n_c)], dtype=object)

    scen = Scenario()
    special: set[int] = set()

    def pick(kinds, avoid_blocks=(), key=None):
        cand = [i for i in range(n_c) if c_kind[i] in kinds and i not in special and c_block[i] not in avoid_blocks]
        if not cand:
            return None
        if key is not None:
            cand.sort(key=key)
        i = cand[0]
        special.add(i)
        return i

    c_geen_plan = pick((K_POR, K_EGW), key=lambda i: -(lay["bx0"][c_block[i]] + lay["by0"][c_block[i]]))
    used_blocks = {c_block[c_geen_plan]} if c_geen_plan is not None else set()
    c_monument = pick((K_POR,), avoid_blocks=used_blocks)
    if c_monument is not None:
        used_blocks.add(c_block[c_monument])
    c_headroom = pick((K_GAL,), avoid_blocks=used_blocks)
    if c_headroom is not None:
        used_blocks.add(c_block[c_headroom])
    c_pitched = pick((K_EGW,), avoid_blocks=used_blocks)
    # address styles: one portiek complex with huisletters, one with numeric toevoeging
    por_rest = [i for i in range(n_c) if c_kind[i] == K_POR and i not in special]
    if por_rest:
        style[pand_complex == por_rest[0]] = 1
    if len(por_rest) > 1:
        style[pand_complex == por_rest[1]] = 0
    if c_monument is not None:
        year[pand_complex == c_monument] = 1952
    others = [i for i in range(n_c) if i not in special]
    n_gesp = max(1, round(0.25 * n_c)) if n_c else 0
    gespikkeld = (
        np.sort(rng.choice(others, size=min(n_gesp, len(others)), replace=False)) if others else np.zeros(0, np.int64)
    )
    c_share = np.ones(n_c)
    c_share[gespikkeld] = rng.uniform(0.5, 0.9, len(gespikkeld))

    # ---- heights -------------------------------------------------------------------------
    h = _heights({**b, "storeys": storeys}, rng)
    block_no_plan = c_block[c_geen_plan] if c_geen_plan is not None else -1
    block_headroom = c_block[c_headroom] if c_headroom is not None else -1
    if block_headroom >= 0:
        m = bblock == block_headroom
        H0 = math.ceil(float(np.max(h["hmax"][m] - h["mv"][m])))
        target = H0 - rng.uniform(0.05, 0.5, m.sum())
        delta = target - (h["hmax"][m] - h["mv"][m])
        for key in ("hmin", "h50", "h70", "hmax"):
            h[key][m] += delta
        scen.plan_hoogte_geen_ruimte_m = float(H0)

    # ---- BAG ids and status ------------------------------------------------------------
    pand_id = _ids(gemeentecode + "10", np.arange(1, n + 1))
    status = np.full(n, "Pand in gebruik", dtype=object)
    free = np.flatnonzero((pand_complex < 0) & np.isin(kind, [K_EGW, K_GAL, K_POR, K_NB]))
    n_odd = max(3, round(0.004 * n))
    odd = np.sort(rng.choice(free, size=min(n_odd, len(free)), replace=False))
    half = len(odd) // 2
    status[odd[:half]] = "Bouwvergunning verleend"
    status[odd[half:]] = "Pand gesloopt"
    year[odd[:half]] = 2025
    in_use = status == "Pand in gebruik"

    x0, y0, x1, y1 = b["x0"], b["y0"], b["x1"], b["y1"]
    footprint = shapely.box(x0, y0, x1, y1)
    area_m2 = (x1 - x0) * (y1 - y0)

    # ---- verblijfsobjecten -------------------------------------------------------------
    length = x1 - x0
    n_entr = np.ones(n, np.int64)
    per_entr = np.ones(n, np.int64)
    gal = kind == K_GAL
    n_woon_gal = np.clip(np.round((storeys - 1) * length / 7.2), 30, 60).astype(np.int64)
    por = kind == K_POR
    entr_por = np.clip(np.round(length / 12.5), 2, 3).astype(np.int64)
    nb = kind == K_NB
    n_nb = np.clip(np.round(storeys * area_m2 / 85.0), 12, 60).astype(np.int64)
    ww = kind == K_WW
    shops = np.clip(np.round(length / 10.0), 3, 7).astype(np.int64)
    n_entr = np.select([gal, por, nb, ww], [n_woon_gal, entr_por, n_nb, shops], 1)
    per_entr = np.select([por, ww], [storeys * 2, storeys], 1)
    n_vbo = n_entr * per_entr
    nv = int(n_vbo.sum())
    vp = np.repeat(np.arange(n), n_vbo)  # pand index per VBO
    vi = _group_offsets(vp)  # index within pand
    ve = vi // per_entr[vp]  # entrance within pand
    vk = vi % per_entr[vp]  # position within entrance
    entr_cum = np.cumsum(n_entr) - n_entr
    blk_first = np.r_[True, bblock[1:] != bblock[:-1]]
    blk_start = np.maximum.accumulate(np.where(blk_first, entr_cum, 0))
    huisnummer = (entr_cum - blk_start)[vp] + ve + 1
    vkind = kind[vp]
    vstyle = style[vp]
    letter_codes = np.array(list("ABCDEFGHIJKLMNOP"), dtype=object)
    huisletter = np.full(nv, None, dtype=object)
    toevoeging = np.full(nv, None, dtype=object)
    is_por = vkind == K_POR
    m = is_por & (vstyle == 0)
    toevoeging[m] = (vk[m] + 1).astype(str).astype(object)
    m = is_por & (vstyle == 1)
    huisletter[m] = letter_codes[vk[m]]
    m = is_por & (vstyle == 2)
    toevoeging[m] = letter_codes[vk[m]]
    m = (vkind == K_WW) & (vk > 0)
    huisletter[m] = letter_codes[vk[m] - 1]
    v_woon = ~((vkind == K_WW) & (vk == 0)) & np.isin(vkind, [K_GAL, K_POR, K_EGW, K_NB, K_WW, K_BOER])
    v_gebruik = np.where(v_woon, "woonfunctie", "").astype(object)
    v_gebruik[(vkind == K_WW) & (vk == 0)] = "winkelfunctie"
    v_gebruik[vkind == K_SUP] = "winkelfunctie"
    v_gebruik[vkind == K_SCH] = "onderwijsfunctie"
    v_gebruik[vkind == K_KERK] = "bijeenkomstfunctie"
    opp = np.select(
        [
            vkind == K_GAL,
            vkind == K_POR,
            vkind == K_EGW,
            vkind == K_NB,
            (vkind == K_WW) & (vk == 0),
            vkind == K_WW,
            vkind == K_BOER,
        ],
        [
            rng.uniform(55, 80, nv),
            rng.uniform(50, 75, nv),
            rng.uniform(95, 130, nv),
            rng.uniform(60, 110, nv),
            rng.uniform(80, 200, nv),
            rng.uniform(55, 85, nv),
            rng.uniform(150, 250, nv),
        ],
        default=(area_m2 * np.maximum(storeys, 1) * 0.85)[vp],
    )
    opp = np.round(opp).astype(np.int64)
    # point inside the pand
    per_floor = np.ceil(n_vbo / np.maximum(storeys, 1)).astype(np.int64)
    pos = vi % per_floor[vp]
    row = (vi // per_floor[vp]) % 2
    vx = x0[vp] + (pos + 0.5) / per_floor[vp] * length[vp]
    vy = y0[vp] + (y1 - y0)[vp] * (0.4 + 0.2 * row)
    # streets and postcodes
    theme_idx = pbuurt % len(THEMES)
    blk_local = lay["block_local"][bblock]
    names = np.array([t[1] for t in THEMES], dtype=object)
    suffix = np.array(STREET_SUFFIXES, dtype=object)
    street_p = names[theme_idx, blk_local] + suffix[blk_local]
    # postcode per (buurt, group): number from buurt, letters from group rank in buurt
    g_buurt = pbuurt[g_first]
    g_rank = _group_offsets(g_buurt)
    pc_num = 1000 + (postcode_base + g_buurt) % 9000
    if len(used_buurt) > 9000 or g_rank.max() >= len(POSTCODE_LETTERS):
        raise ValueError("te veel buurten voor unieke postcodes")
    g_postcode = pd.Series(pc_num).astype(str).to_numpy(object) + POSTCODE_LETTERS[g_rank]
    postcode_p = g_postcode[group_id]

    vbo_id = _ids(gemeentecode + "01", np.arange(1, nv + 1))
    pstat = status[vp]
    vstatus = np.select(
        [pstat == "Pand in gebruik", pstat == "Bouwvergunning verleend"],
        ["Verblijfsobject in gebruik", "Verblijfsobject gevormd"],
        "Verblijfsobject ingetrokken",
    ).astype(object)
    vbo = gpd.GeoDataFrame(
        {
            "identificatie": vbo_id,
            "oppervlakte": opp,
            "status": vstatus,
            "gebruiksdoel": v_gebruik,
            "bouwjaar": year[vp],
            "pand_identificatie": pand_id[vp],
            "pandstatus": pstat,
            "openbare_ruimte_naam": street_p[vp],
            "huisnummer": huisnummer.astype(np.int64),
            "huisletter": huisletter,
            "toevoeging": toevoeging,
            "postcode": postcode_p[vp],
            "woonplaats_naam": woonplaats,
            "nummeraanduiding_hoofdadres_identificatie": _ids(gemeentecode + "20", np.arange(1, nv + 1)),
            "bronhouder_identificatie": gemeentecode,
        },
        geometry=shapely.points(vx, vy),
        crs=RD,
    )

    # ---- BAG panden ----------------------------------------------------------------------
    starts = np.cumsum(n_vbo) - n_vbo
    panden = gpd.GeoDataFrame(
        {
            "identificatie": pand_id,
            "bouwjaar": year,
            "status": status,
            "gebruiksdoel": np.array([KIND_GEBRUIKSDOEL[k] for k in range(len(KINDS))], dtype=object)[kind],
            "oppervlakte_min": np.minimum.reduceat(opp, starts),
            "oppervlakte_max": np.maximum.reduceat(opp, starts),
            "aantal_verblijfsobjecten": n_vbo,
        },
        geometry=footprint,
        crs=RD,
    )

    # ---- 3D BAG ----------------------------------------------------------------------------
    in3d = in_use.copy()
    free_use = np.flatnonzero(in_use & (pand_complex < 0) & ~np.isin(kind, [K_KERK, K_BOER]))
    missing = rng.choice(free_use, size=min(len(free_use), round(0.02 * n)), replace=False)
    in3d[missing] = False
    remaining = np.setdiff1d(free_use, missing)
    nopts = rng.choice(remaining, size=min(len(remaining), max(2, round(0.005 * n))), replace=False)
    dak = h["dak_type"].copy()
    dak[nopts] = np.where(np.arange(len(nopts)) % 2 == 0, "no points", "unknown")
    no_h = np.zeros(n, bool)
    no_h[nopts] = True
    bl = pd.array(storeys, dtype="Int64")
    bl_null = (storeys > 5) | (rng.random(n) < 0.03) | no_h
    bl[bl_null] = pd.NA
    slanted = h["dak_type"] == "slanted"

    def fnull(a):
        return np.where(no_h, np.nan, np.round(a, 2))

    plat = np.where(slanted, area_m2 * rng.uniform(0.0, 0.05, n), area_m2 * rng.uniform(0.95, 1.0, n))
    schuin = np.where(slanted, area_m2 * rng.uniform(1.1, 1.2, n), 0.0)
    eff_h = np.where(slanted, h["eaves"] + 0.5 * h["rise"] - h["mv"], h["h70"] - h["mv"])
    vol = area_m2 * eff_h * rng.uniform(0.97, 1.0, n)
    bag3d = gpd.GeoDataFrame(
        {
            "identificatie": "NL.IMBAG.Pand." + pand_id.astype(str),
            "oorspronkelijkbouwjaar": year,
            "b3_h_maaiveld": np.round(h["mv"], 2),
            "b3_dak_type": dak,
            "b3_bouwlagen": bl,
            "b3_h_dak_min": fnull(h["hmin"]),
            "b3_h_dak_50p": fnull(h["h50"]),
            "b3_h_dak_70p": fnull(h["h70"]),
            "b3_h_dak_max": fnull(h["hmax"]),
            "b3_opp_grond": np.round(area_m2, 2),
            "b3_opp_dak_plat": fnull(plat),
            "b3_opp_dak_schuin": fnull(schuin),
            "b3_volume_lod22": fnull(vol),
            "b3_kwaliteitsindicator": rng.random(n) > 0.03,
            "b3_pw_onvoldoende": rng.random(n) < 0.02,
        },
        geometry=footprint,
        crs=RD,
    )
    bag3d["b3_bouwlagen"] = bl
    bag3d = bag3d[in3d].reset_index(drop=True)

    # ---- plans -------------------------------------------------------------------------------
    maatvoering, bestemmingen, bouwvlakken, plangebied = _plans(
        lay, keep_block, bblock, kind, storeys, h, block_no_plan, block_headroom, scen.plan_hoogte_geen_ruimte_m, rng
    )

    # ---- buurten, voorzieningen, parkeerzones, monumenten --------------------------------
    voorz = _voorzieningen(lay, keep_block, bblock, kind, x0, y0, x1, y1, street_p, rng, woonplaats)
    buurten, wijken, gemeenten = _buurten(
        lay,
        used_buurt,
        vp,
        v_woon & (vstatus == "Verblijfsobject in gebruik"),
        pbuurt,
        voorz,
        rng,
        gemeentecode,
        gemeentenaam,
        woonplaats,
    )
    zones = _parkeerzones(buurten)
    mon_idx = list(np.flatnonzero(np.isin(kind, [K_KERK, K_BOER])))
    if c_monument is not None:
        mp = int(np.flatnonzero(pand_complex == c_monument)[0])
        mon_idx.append(mp)
        scen.complex_monument = complexnummers[c_monument]
        scen.monument_pand_id = pand_id[mp]
    mon_idx = np.array(sorted(mon_idx), dtype=np.int64)
    monumenten = gpd.GeoDataFrame(
        {
            "rijksmonument_nummer": [str(531234 + 37 * i) for i in range(len(mon_idx))],
            "hoofdcategorie": np.where(
                kind[mon_idx] == K_KERK,
                "Religieuze gebouwen",
                np.where(kind[mon_idx] == K_BOER, "Boerderijen, molens en bedrijven", "Woonhuizen"),
            ).astype(object),
            "juridische_status": "Rijksmonument",
        },
        geometry=shapely.points(((x0 + x1) / 2)[mon_idx], ((y0 + y1) / 2)[mon_idx]),
        crs=RD,
    )

    # ---- corporatie bezit ----------------------------------------------------------------
    vcomplex = pand_complex[vp]
    own_cand = np.flatnonzero((vcomplex >= 0) & v_woon)
    key = rng.random(len(own_cand))
    order = np.lexsort((key, vcomplex[own_cand]))
    oc = own_cand[order]
    rank = _group_offsets(vcomplex[oc])
    csize = np.bincount(vcomplex[oc], minlength=n_c)
    keep_n = np.round(csize * c_share).astype(np.int64)
    keep_n[gespikkeld] = np.clip(keep_n[gespikkeld], 1, csize[gespikkeld] - 1)
    owned = np.sort(oc[rank < keep_n[vcomplex[oc]]])
    bez = pd.DataFrame(
        {
            "c": vcomplex[owned],
            "Straatnaam": street_p[vp[owned]],
            "Huisnummer": huisnummer[owned].astype(str),
            "Huisletter": pd.Series(huisletter[owned]).fillna("").to_numpy(object),
            "Huisnummertoevoeging": pd.Series(toevoeging[owned]).fillna("").to_numpy(object),
            "Postcode": postcode_p[vp[owned]],
            "BAG-verblijfsobject-id": vbo_id[owned],
            "Bouwjaar": year[vp[owned]].astype(str),
            "kind": "ok",
        }
    )
    nb_rows = len(bez)
    # address-only rows (empty BAG id), some with differently written addresses
    n_addr = max(6, round(0.05 * nb_rows))
    has_l = np.flatnonzero(bez["Huisletter"].to_numpy() != "")
    has_t = np.flatnonzero(bez["Huisnummertoevoeging"].str.fullmatch(r"\d+").to_numpy())
    pick_l = rng.choice(has_l, size=min(2, len(has_l)), replace=False)
    pick_t = rng.choice(np.setdiff1d(has_t, pick_l), size=min(2, len(has_t)), replace=False)
    rest = np.setdiff1d(np.arange(nb_rows), np.r_[pick_l, pick_t])
    pick_r = rng.choice(rest, size=max(0, n_addr - len(pick_l) - len(pick_t)), replace=False)
    pick_s = pick_r[:2]
    addr_rows = np.sort(np.r_[pick_l, pick_t, pick_r]).astype(np.int64)
    bez.loc[addr_rows, "BAG-verblijfsobject-id"] = ""
    bez.loc[addr_rows, "kind"] = "adres"
    bez.loc[pick_l, "Huisletter"] = bez.loc[pick_l, "Huisletter"].str.lower()
    bez.loc[pick_t, "Huisnummertoevoeging"] = "-" + bez.loc[pick_t, "Huisnummertoevoeging"]
    pcs = bez.loc[pick_s, "Postcode"]
    bez.loc[pick_s, "Postcode"] = pcs.str[:4] + " " + pcs.str[4:]
    variant_rows = np.sort(np.r_[pick_l, pick_t, pick_s]).astype(np.int64)
    bez.loc[variant_rows, "kind"] = "adres_afwijkend"
    # unmatchable rows: address not in BAG, or a BAG id that does not exist
    n_unm = max(4, round(0.003 * nb_rows))
    src = rng.choice(nb_rows, size=n_unm, replace=False)
    unm = bez.loc[np.sort(src)].copy()
    unm["Huisnummer"] = (unm["Huisnummer"].astype(int) + 500).astype(str)
    unm["Huisletter"] = ""
    unm["Huisnummertoevoeging"] = ""
    unm["BAG-verblijfsobject-id"] = [
        "" if i % 2 == 0 else gemeentecode + "01" + f"{9999999990 - i:010d}" for i in range(n_unm)
    ]
    unm["kind"] = "onmatchbaar"
    bez = pd.concat([bez, unm], ignore_index=True)
    bez = bez.sort_values(
        ["c", "Straatnaam", "Postcode", "Huisnummer", "Huisletter", "Huisnummertoevoeging"],
        key=_natural_key,
        kind="stable",
    )
    bez = bez.reset_index(drop=True)
    bez["Complexnummer"] = complexnummers[bez["c"].to_numpy()]
    within = _group_offsets(bez["c"].to_numpy())
    bez["VHE-nummer"] = [f"{complex_start + c:04d}{w + 1:04d}" for c, w in zip(bez["c"], within)]
    first_street = {}
    for c, s in zip(bez["c"], bez["Straatnaam"]):
        first_street.setdefault(c, s)
    bez["Complexnaam"] = [f"{KIND_LABEL[c_kind[c]]} {first_street[c]}" for c in bez["c"]]
    bez["Woonplaats"] = woonplaats
    # ~10% of ids with a stray space
    ids = bez["BAG-verblijfsobject-id"].to_numpy(dtype=object).copy()
    sp = (rng.random(len(ids)) < 0.1) & (ids != "")
    lead = rng.random(len(ids)) < 0.5
    ids[sp & lead] = " " + ids[sp & lead].astype(str)
    ids[sp & ~lead] = ids[sp & ~lead].astype(str) + " "
    bez["BAG-verblijfsobject-id"] = ids
    scen.vhe_alleen_adres = bez.loc[bez["kind"].isin(["adres", "adres_afwijkend"]), "VHE-nummer"].tolist()
    scen.vhe_adres_afwijkend = bez.loc[bez["kind"] == "adres_afwijkend", "VHE-nummer"].tolist()
    scen.vhe_onmatchbaar = bez.loc[bez["kind"] == "onmatchbaar", "VHE-nummer"].tolist()
    bezit = bez[BEZIT_COLUMNS].reset_index(drop=True)

    # complex truth table
    c_panden = pd.Series(pand_id[pand_complex >= 0]).groupby(pand_complex[pand_complex >= 0])
    n_vhe = bez.groupby("c").size().reindex(range(n_c), fill_value=0).to_numpy()
    complexen = pd.DataFrame(
        {
            "complexnummer": complexnummers,
            "complexnaam": [f"{KIND_LABEL[c_kind[c]]} {first_street.get(c, '')}" for c in range(n_c)],
            "soort": [KINDS[k] for k in c_kind],
            "pand_ids": c_panden.agg(",".join).reindex(range(n_c), fill_value="").to_numpy(),
            "n_panden": np.bincount(pand_complex[pand_complex >= 0], minlength=n_c),
            "n_woon_vbo": csize,
            "n_vhe": n_vhe,
            "aandeel_bezit": np.where(csize > 0, keep_n / np.maximum(csize, 1), np.nan),
            "gespikkeld": np.isin(np.arange(n_c), gespikkeld),
            "bouwjaar": year[g_first[chosen]],
            "buurtcode": buurten.set_index("_buurt").loc[pbuurt[g_first][chosen], "buurtcode"].to_numpy(),
        }
    )
    scen.complexen_gespikkeld = complexnummers[gespikkeld].tolist()
    if c_headroom is not None:
        scen.complex_geen_hoogteruimte = complexnummers[c_headroom]
    if c_geen_plan is not None:
        scen.complex_geen_plan = complexnummers[c_geen_plan]
    if c_pitched is not None:
        scen.complex_schuin_dak = complexnummers[c_pitched]

    # ---- energielabels -----------------------------------------------------------------
    labelled = np.flatnonzero(v_woon & (vstatus == "Verblijfsobject in gebruik") & (rng.random(nv) < 0.6))
    yr = year[vp[labelled]]
    score = (yr - 1945) / 75.0 * 8.0 + rng.normal(0, 1.1, len(labelled)) + 0.8
    cls = np.clip(np.round(score), 0, len(ENERGIEKLASSEN) - 1).astype(np.int64)
    ei = np.clip(3.1 - 0.27 * cls + rng.normal(0, 0.08, len(labelled)), 0.3, 3.6)
    days = rng.integers(0, 3650, len(labelled))
    reg = (np.datetime64("2015-01-01") + days.astype("timedelta64[D]")).astype(str)
    opn = (np.datetime64("2015-01-01") + (days - rng.integers(3, 40, len(labelled))).astype("timedelta64[D]")).astype(
        str
    )
    geldig = [f"{int(d[:4]) + 10}{d[4:]}" for d in reg]
    pk = kind[vp[labelled]]
    energielabels = pd.DataFrame(
        {
            "Pand_opnamedatum": opn,
            "Pand_opnametype": "Basisopname",
            "Pand_status": "Bestaand",
            "Pand_berekeningstype": np.where(reg < "2021-01-01", "NEN7120", "NTA 8800:2022"),
            "Pand_energieprestatieindex": np.round(ei, 2),
            "Pand_energieklasse": ENERGIEKLASSEN[cls],
            "Pand_energielabel_is_prive": "Nee",
            "Pand_is_op_basis_van_referentie_gebouw": "Nee",
            "Pand_gebouwklasse": "W",
            "Meting_geldig_tot": geldig,
            "Pand_registratiedatum": reg,
            "Pand_postcode": postcode_p[vp[labelled]],
            "Pand_huisnummer": huisnummer[labelled],
            "Pand_huisletter": pd.Series(huisletter[labelled]).fillna("").to_numpy(object),
            "Pand_huisnummertoevoeging": pd.Series(toevoeging[labelled]).fillna("").to_numpy(object),
            "Pand_bagverblijfsobjectid": vbo_id[labelled],
            "Pand_bagligplaatsid": "",
            "Pand_bagstandplaatsid": "",
            "Pand_bagpandid": pand_id[vp[labelled]],
            "Pand_gebouwtype": np.select(
                [pk == K_EGW, pk == K_BOER], ["Tussenwoning", "Vrijstaande woning"], "Appartement"
            ),
            "Pand_gebouwsubtype": "",
            "Pand_gebruiksoppervlakte_thermische_zone": opp[labelled].astype(float),
        }
    )

    pand_truth = pd.DataFrame(
        {
            "identificatie": pand_id,
            "soort": np.array(KINDS, dtype=object)[kind],
            "bouwlagen": storeys,
            "hoogte_70p_m": np.round(h["h70"] - h["mv"], 2),
            "hoogte_max_m": np.round(h["hmax"] - h["mv"], 2),
            "complexnummer": np.where(
                pand_complex >= 0, complexnummers[np.maximum(pand_complex, 0)] if n_c else "", None
            ),
            "blok": bblock,
            "buurtcode": buurten.set_index("_buurt").loc[pbuurt, "buurtcode"].to_numpy(),
            "in_3dbag": in3d,
        }
    )
    buurten = buurten.drop(columns="_buurt")

    return SyntheticArea(
        panden=panden,
        verblijfsobjecten=vbo,
        bag3d=bag3d,
        maatvoering=maatvoering,
        bestemmingen=bestemmingen,
        bouwvlakken=bouwvlakken,
        plangebied=plangebied,
        buurten=buurten,
        wijken=wijken,
        gemeenten=gemeenten,
        parkeerzones=zones,
        voorzieningen=voorz,
        monumenten=monumenten,
        bezit=bezit,
        energielabels=energielabels,
        complexen=complexen,
        pand_truth=pand_truth,
        scenario=scen,
        seed=seed,
    )


def _natural_key(s: pd.Series) -> pd.Series:
    if s.name == "Huisnummer":
        return s.astype(int)
    return s


# ------------------------------------------------------------------------------------------
# plans
# ------------------------------------------------------------------------------------------
def _plans(lay, keep_block, bblock, kind, storeys, h, block_no_plan, block_headroom, H_headroom, rng):
    nblk = len(lay["block_type"])
    hmax_rel = h["hmax"] - h["mv"]
    bx0, by0, bt = lay["bx0"], lay["by0"], lay["block_type"]
    blk_hmax = np.full(nblk, np.nan)
    blk_st = np.zeros(nblk, np.int64)
    s = pd.DataFrame({"b": bblock, "h": hmax_rel, "s": storeys})
    west = pd.DataFrame({"b": bblock, "h": hmax_rel, "w": (kind == K_WW) | (kind == K_SUP)})
    g = s.groupby("b")
    blk_hmax[g["h"].max().index] = g["h"].max().to_numpy()
    blk_st[g["s"].max().index] = g["s"].max().to_numpy()
    gw = west[west["w"]].groupby("b")["h"].max()
    ge = west[~west["w"]].groupby("b")["h"].max()
    mode = rng.choice([0, 1, 2], p=[0.4, 0.35, 0.25], size=nblk)
    extra = rng.choice([3.5, 6.5], size=nblk)
    extra_layers = rng.choice([1, 2], size=nblk)
    mv_rows, be_rows, bv_rows = [], [], []
    farm_blocks = set(bblock[kind == K_BOER].tolist())

    def rect(b, xa=0.0, xb=INNER_W):
        return shapely.box(bx0[b] + xa, by0[b], bx0[b] + xb, by0[b] + INNER_H)

    for b in np.flatnonzero(keep_block):
        t = bt[b]
        if b == block_no_plan:
            continue
        if t == GROEN:
            farm = b in farm_blocks
            be_rows.append(("Agrarisch" if farm else "Groen", "agrarisch" if farm else "groen", rect(b)))
            continue
        if np.isnan(blk_hmax[b]):
            be_rows.append(("Groen", "groen", rect(b)))
            continue
        if t == VOORZIENING:
            hoofd = "gemengd" if lay["block_buurt"][b] % 2 == 0 else "centrum"
            be_rows.append((hoofd.capitalize(), hoofd, rect(b, 0, 70)))
            be_rows.append(("Maatschappelijk", "maatschappelijk", rect(b, 70, INNER_W)))
            hw = math.ceil(gw.get(b, 10.0)) + 3
            he = math.ceil(ge.get(b, 10.0)) + 2
            mv_rows.append(([hw, 80], ["maximum bouwhoogte (m)", "maximum bebouwingspercentage (%)"], rect(b, 0, 70)))
            mv_rows.append(([he], ["maximum bouwhoogte (m)"], rect(b, 70, INNER_W)))
            bv_rows.append(rect(b, 0, 70))
            bv_rows.append(rect(b, 70, INNER_W))
            continue
        be_rows.append(("Wonen", "wonen", rect(b)))
        bv_rows.append(rect(b))
        if t == EGW:
            mv_rows.append(([6, 10], ["maximum goothoogte (m)", "maximum bouwhoogte (m)"], rect(b)))
            continue
        if b == block_headroom:
            mv_rows.append(([int(H_headroom)], ["maximum bouwhoogte (m)"], rect(b)))
            continue
        H = math.ceil(blk_hmax[b] + extra[b])
        if t == NIEUWBOUW:
            mv_rows.append(([math.ceil(blk_hmax[b] + 3.5)], ["maximum bouwhoogte (m)"], rect(b)))
        elif mode[b] == 0:
            mv_rows.append(([H], ["maximum bouwhoogte (m)"], rect(b)))
        elif mode[b] == 1:
            mv_rows.append(([H, 60], ["maximum bouwhoogte (m)", "maximum bebouwingspercentage (%)"], rect(b)))
        else:
            mv_rows.append(([int(blk_st[b] + extra_layers[b])], ["maximum aantal bouwlagen"], rect(b)))

    # verkeer: per buurt the street network between the blocks
    blocks_all = np.flatnonzero(keep_block)
    for bu in np.unique(lay["block_buurt"][blocks_all]):
        bb = blocks_all[lay["block_buurt"][blocks_all] == bu]
        outer = _buurt_rect(lay, bu)
        streets = shapely.difference(
            outer, shapely.union_all(shapely.box(bx0[bb], by0[bb], bx0[bb] + INNER_W, by0[bb] + INNER_H))
        )
        for part in shapely.get_parts(streets):
            be_rows.append(("Verkeer", "verkeer", part))

    waarde = [r[0] for r in mv_rows]
    types = [r[1] for r in mv_rows]

    def pick(ws, ts, name):
        return float(ws[ts.index(name)]) if name in ts else np.nan

    maatvoering = gpd.GeoDataFrame(
        {
            "naam": [", ".join(t) for t in types],
            "waarde": waarde,
            "waardeType": types,
            "max_bouwhoogte_m": [pick(w, t, "maximum bouwhoogte (m)") for w, t in zip(waarde, types)],
            "max_bouwlagen": [pick(w, t, "maximum aantal bouwlagen") for w, t in zip(waarde, types)],
        },
        geometry=[r[2] for r in mv_rows],
        crs=RD,
    )
    artikel = {"agrarisch": 1, "centrum": 2, "gemengd": 3, "groen": 4, "maatschappelijk": 5, "verkeer": 6, "wonen": 7}
    bestemmingen = gpd.GeoDataFrame(
        {
            "naam": [r[0] for r in be_rows],
            "bestemmingshoofdgroep": [r[1] for r in be_rows],
            "artikelnummer": [artikel[r[1]] for r in be_rows],
        },
        geometry=[r[2] for r in be_rows],
        crs=RD,
    )
    bouwvlakken = gpd.GeoDataFrame({"naam": ["bouwvlak"] * len(bv_rows)}, geometry=bv_rows, crs=RD)
    whole = shapely.union_all(np.array([_buurt_rect(lay, bu) for bu in np.unique(lay["block_buurt"][blocks_all])]))
    if block_no_plan >= 0:
        whole = shapely.difference(whole, rect(block_no_plan))
    plangebied = gpd.GeoDataFrame(
        {"naam": ["Zonnehoeve (fictief)"]},
        geometry=[shapely.multipolygons(shapely.get_parts(whole))],
        crs=RD,
    )
    return maatvoering, bestemmingen, bouwvlakken, plangebied


def _buurt_rect(lay, bu):
    x = lay["ox"] + lay["bcol"][bu] * BUURT_W
    y = lay["oy"] + lay["brow"][bu] * BUURT_H
    return shapely.box(x, y, x + BUURT_W, y + BUURT_H)


# ------------------------------------------------------------------------------------------
# context layers
# ------------------------------------------------------------------------------------------
def _voorzieningen(lay, keep_block, bblock, kind, x0, y0, x1, y1, street_p, rng, woonplaats=WOONPLAATS):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rows = []  # soort, naam, hov, x, y

    def add(idx, soort, fmt, dx=0.0, dy=0.0):
        for i in idx:
            rows.append((soort, fmt.format(street=street_p[i]), False, cx[i] + dx, cy[i] + dy))

    add(np.flatnonzero(kind == K_SUP), "supermarkt", "Supermarkt {street}")
    add(np.flatnonzero(kind == K_SCH), "basisschool", "Basisschool {street}")
    ww = np.flatnonzero(kind == K_WW)
    bu = lay["block_buurt"][bblock[ww]]
    col, rw = lay["bcol"][bu], lay["brow"][bu]
    add(ww[(col % 3 == 0) & (rw % 3 == 0)], "huisarts", "Huisartsenpraktijk {street}", -8.0)
    add(ww[(col % 2 == 0) & (rw % 2 == 1)], "apotheek", "Apotheek {street}", 8.0)
    add(ww[(col % 2 == 1) & (rw % 2 == 0)], "apotheek", "Apotheek {street}", 8.0)
    # bus stops at street crossings every third block
    kb = np.flatnonzero(keep_block)
    gx, gy = lay["gx"][kb], lay["gy"][kb]
    stop = (gx % 3 == 0) & (gy % 3 == 0)
    sb = kb[stop]
    hx = lay["bx0"][sb] - STREET
    hy = lay["by0"][sb] - STREET
    hov = (lay["gx"][sb] % 15 == 6) & (lay["gy"][sb] % 15 == 6)
    if not hov.any() and len(sb):
        mx, my = np.mean(hx), np.mean(hy)
        hov[np.argmin((hx - mx) ** 2 + (hy - my) ** 2)] = True
    for i in range(len(sb)):
        rows.append(
            (
                "ov_halte",
                f"Halte {woonplaats} {i + 1:03d}" + (" (station)" if hov[i] else ""),
                bool(hov[i]),
                hx[i],
                hy[i],
            )
        )
    df = pd.DataFrame(rows, columns=["soort", "naam", "hov", "x", "y"])
    return gpd.GeoDataFrame(df[["soort", "naam", "hov"]], geometry=shapely.points(df["x"], df["y"]), crs=RD)


def _buurten(
    lay,
    used_buurt,
    vp,
    v_woon,
    pbuurt,
    voorz,
    rng,
    gemeentecode=GEMEENTECODE,
    gemeentenaam=GEMEENTENAAM,
    woonplaats=WOONPLAATS,
):
    nb = len(used_buurt)
    polys = np.array([_buurt_rect(lay, bu) for bu in used_buurt])
    col, rw = lay["bcol"][used_buurt], lay["brow"][used_buurt]
    wijk_col, wijk_row = col // 2, rw // 2
    wcols = int(wijk_col.max()) + 1
    wijk = wijk_row * wcols + wijk_col
    _, wijk = np.unique(wijk, return_inverse=True)
    local = _group_offsets(np.sort(wijk))[np.argsort(np.argsort(wijk, kind="stable"))]
    wijkcode = np.array([f"WK{gemeentecode}{w:02d}" for w in wijk], dtype=object)
    buurtcode = np.array([f"BU{gemeentecode}{w:02d}{l + 1:02d}" for w, l in zip(wijk, local)], dtype=object)
    theme_names = np.array([t[0] for t in THEMES], dtype=object)
    rounds = used_buurt // len(THEMES)
    buurtnaam = theme_names[used_buurt % len(THEMES)]
    buurtnaam = np.where(rounds > 0, buurtnaam + " " + (rounds + 1).astype(str), buurtnaam)
    windrose = ["Noord", "Zuid", "Oost", "West", "Centrum", "Midden"]
    wijknaam = np.array(
        [f"{woonplaats}-{windrose[w % 6]}" + (f" {w // 6 + 1}" if w >= 6 else "") for w in wijk], dtype=object
    )
    pos = np.searchsorted(used_buurt, pbuurt[vp])
    n_addr = np.bincount(pos, minlength=nb)
    n_woon = np.bincount(pos, weights=v_woon.astype(float), minlength=nb)
    area_km2 = BUURT_W * BUURT_H / 1e6
    inwoners = (np.round(n_woon * rng.uniform(1.9, 2.3, nb) / 5) * 5).astype(np.int64)
    oad = np.round(n_addr / area_km2 * rng.uniform(0.6, 0.8, nb)).astype(np.int64)
    sted = np.select([oad >= 2500, oad >= 1500, oad >= 1000, oad >= 500], [1, 2, 3, 4], 5)
    centers = shapely.centroid(polys)
    dist = {}
    for soort in ("supermarkt", "huisarts", "basisschool"):
        pts = voorz.geometry[voorz["soort"] == soort].to_numpy()
        if len(pts) == 0:
            dist[soort] = np.full(nb, -99997.0)
            continue
        tree = shapely.STRtree(pts)
        (src, _), d = tree.query_nearest(centers, return_distance=True, all_matches=False)
        out = np.empty(nb)
        out[src] = np.round(d / 1000.0, 1)
        dist[soort] = out
    leef = np.round(rng.uniform(3.8, 4.6, nb), 2)
    inwoners = inwoners.astype(np.int64)
    idx = np.arange(nb)
    inwoners[(idx % 97) == 1] = -99997
    huisarts = dist["huisarts"].copy()
    huisarts[(idx % 89) == 2] = -99995
    buurten = gpd.GeoDataFrame(
        {
            "_buurt": used_buurt,
            "buurtcode": buurtcode,
            "buurtnaam": buurtnaam,
            "wijkcode": wijkcode,
            "wijknaam": wijknaam,
            "gemeentecode": "GM" + gemeentecode,
            "gemeentenaam": gemeentenaam,
            "water": "NEE",
            "aantal_inwoners": inwoners,
            "omgevingsadressendichtheid": oad,
            "stedelijkheid_adressen_per_km2": sted.astype(np.int64),
            "afstand_tot_grote_supermarkt": dist["supermarkt"],
            "afstand_tot_huisartsenpraktijk": huisarts,
            "afstand_tot_school": dist["basisschool"],
            "leefbaarometer_score": leef,
        },
        geometry=shapely.multipolygons(polys, indices=np.arange(nb)) if nb else polys,
        crs=RD,
    )
    buurten = buurten.sort_values("buurtcode").reset_index(drop=True)
    w = buurten.dissolve(
        by=["wijkcode", "wijknaam"],
        as_index=False,
        aggfunc={"gemeentecode": "first", "gemeentenaam": "first", "water": "first"},
    )
    w["aantal_inwoners"] = (
        buurten[buurten["aantal_inwoners"] > -99990]
        .groupby("wijkcode")["aantal_inwoners"]
        .sum()
        .reindex(w["wijkcode"])
        .fillna(-99997)
        .astype(np.int64)
        .to_numpy()
    )
    w["geometry"] = _as_multi(w.geometry)
    wijken = (
        w[["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "water", "aantal_inwoners", "geometry"]]
        .sort_values("wijkcode")
        .reset_index(drop=True)
    )
    gem = gpd.GeoDataFrame(
        {
            "gemeentecode": ["GM" + gemeentecode],
            "gemeentenaam": [gemeentenaam],
            "water": ["NEE"],
            "aantal_inwoners": [int(buurten.loc[buurten["aantal_inwoners"] > -99990, "aantal_inwoners"].sum())],
        },
        geometry=_as_multi(gpd.GeoSeries([shapely.union_all(polys)], crs=RD)),
        crs=RD,
    )
    return buurten, wijken, gem


def _as_multi(geoms: gpd.GeoSeries) -> list:
    out = []
    for g in geoms:
        out.append(g if g.geom_type == "MultiPolygon" else shapely.multipolygons([g]))
    return out


def _parkeerzones(buurten: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    xmin, ymin, xmax, ymax = buurten.total_bounds
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    w, hgt = xmax - xmin, ymax - ymin
    extent = shapely.box(xmin, ymin, xmax, ymax)
    centrum = shapely.box(cx - 0.15 * w, cy - 0.15 * hgt, cx + 0.15 * w, cy + 0.15 * hgt)
    mid = shapely.box(cx - 0.33 * w, cy - 0.33 * hgt, cx + 0.33 * w, cy + 0.33 * hgt)
    district = shapely.union_all(buurten.geometry.to_numpy())
    zones = shapely.intersection(
        np.array([centrum, shapely.difference(mid, centrum), shapely.difference(extent, mid)]), district
    )
    out = gpd.GeoDataFrame(
        {"zone": ["centrum", "schil", "rest"], "parkeernorm": [0.8, 1.1, 1.4]},
        geometry=zones,
        crs=RD,
    )
    return out[~out.geometry.is_empty].reset_index(drop=True)


# ------------------------------------------------------------------------------------------
# writing
# ------------------------------------------------------------------------------------------
def _write_gpkg(df: gpd.GeoDataFrame, path: Path, layer: str, **layer_options) -> None:
    pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", layer_options=layer_options or None)


def write_area(area: SyntheticArea, out_dir: str | Path, plan_format: str = "gml") -> dict[str, Path]:
    """Write every file of the area into ``out_dir``; returns {name: path}.

    ``plan_format="gml"`` writes an IMRO2012 GML (``bestemmingsplan.gml``); ``"gpkg"`` writes
    the plain polygon layer ``plannen`` in ``plannen.gpkg`` (for very large areas).
    """
    if plan_format not in ("gml", "gpkg"):
        raise ValueError("plan_format moet 'gml' of 'gpkg' zijn")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    # fixed GeoPackage metadata timestamp, so repeated runs give identical files
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2025-01-01T00:00:00.000Z"})
    try:
        p = out / FILES["bag"]
        p.unlink(missing_ok=True)
        for layer, df in (("pand", area.panden), ("verblijfsobject", area.verblijfsobjecten)):
            _write_gpkg(df, p, layer, GEOMETRY_NAME="geom", FID="feature_id")
        paths["bag"] = p

        p = out / FILES["bag3d"]
        p.unlink(missing_ok=True)
        _write_gpkg(area.bag3d, p, "pand", FID="fid")
        paths["bag3d"] = p

        if plan_format == "gml":
            p = out / FILES["plannen_gml"]
            p.write_text(plan_gml(area), encoding="utf-8")
            # a stale GDAL schema cache (.gfs) from an earlier file would mislead GDAL
            p.with_suffix(".gfs").unlink(missing_ok=True)
            paths["plannen"] = p
        else:
            p = out / FILES["plannen_gpkg"]
            p.unlink(missing_ok=True)
            mv = area.maatvoering
            bh = mv["max_bouwhoogte_m"].astype(float)
            plain = gpd.GeoDataFrame(
                {"max_bouwhoogte_m": bh, "max_bouwlagen": mv["max_bouwlagen"].astype(float).where(bh.isna())},
                geometry=mv.geometry.to_numpy(),
                crs=RD,
            )
            _write_gpkg(plain, p, "plannen")
            paths["plannen"] = p

        p = out / FILES["buurten"]
        p.unlink(missing_ok=True)
        for layer, df in (("buurten", area.buurten), ("wijken", area.wijken), ("gemeenten", area.gemeenten)):
            _write_gpkg(df, p, layer)
        paths["buurten"] = p

        for key, layer, df in (
            ("parkeerzones", "parkeerzones", area.parkeerzones),
            ("voorzieningen", "voorzieningen", area.voorzieningen),
            ("monumenten", "rijksmonumenten", area.monumenten),
        ):
            p = out / FILES[key]
            p.unlink(missing_ok=True)
            _write_gpkg(df, p, layer)
            paths[key] = p
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})

    p = out / FILES["bezit"]
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        area.bezit.to_csv(f, sep=";", index=False, lineterminator="\r\n")
    paths["bezit"] = p

    p = out / FILES["energielabels"]
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("EP-Online export energielabels - FICTIEVE gegevens (optopscan.synthetic)\r\n")
        f.write("Peildatum: 2025-01-01\r\n")
        area.energielabels.to_csv(f, sep=";", decimal=",", index=False, lineterminator="\r\n")
    paths["energielabels"] = p
    return paths


# ------------------------------------------------------------------------------------------
# IMRO2012 GML
# ------------------------------------------------------------------------------------------
_SRS = "urn:ogc:def:crs:EPSG::28992"


def _poslist(coords: np.ndarray) -> str:
    return " ".join(f"{x:.3f} {y:.3f}" for x, y in coords)


def _gml_polygon(poly, gid: str, indent: str) -> str:
    ext = shapely.get_coordinates(poly.exterior)
    s = [
        f'{indent}<gml:Polygon gml:id="{gid}" srsName="{_SRS}">',
        f"{indent}\t<gml:exterior><gml:LinearRing><gml:posList>{_poslist(ext)}"
        "</gml:posList></gml:LinearRing></gml:exterior>",
    ]
    for ring in poly.interiors:
        s.append(
            f"{indent}\t<gml:interior><gml:LinearRing><gml:posList>"
            f"{_poslist(shapely.get_coordinates(ring))}</gml:posList></gml:LinearRing>"
            "</gml:interior>"
        )
    s.append(f"{indent}</gml:Polygon>")
    return "\n".join(s)


def _ident(lokaal: str, versie: str | None = None) -> str:
    v = f"\n\t\t\t\t\t<imro:versie>{versie}</imro:versie>" if versie else ""
    return (
        "\t\t\t<imro:identificatie>\n\t\t\t\t<imro:NEN3610ID>\n"
        "\t\t\t\t\t<imro:namespace>NL.IMRO</imro:namespace>\n"
        f"\t\t\t\t\t<imro:lokaalID>{lokaal}</imro:lokaalID>{v}\n"
        "\t\t\t\t</imro:NEN3610ID>\n\t\t\t</imro:identificatie>"
    )


def plan_gml(area: SyntheticArea) -> str:
    """The plan as IMRO2012 GML text (structure as exported from ruimtelijkeplannen.nl)."""
    from xml.sax.saxutils import escape

    gid = [0]

    def nid(prefix="id"):
        gid[0] += 1
        return f"{prefix}{gid[0]}"

    members = []
    href = f'\t\t\t<imro:plangebied xlink:href="#{PLAN_ID}"/>'
    sym = {
        "maximum bouwhoogte (m)": "s111",
        "maximum goothoogte (m)": "s112",
        "maximum bebouwingspercentage (%)": "s123",
        "maximum aantal bouwlagen": "s131",
    }
    # Enkelbestemming
    be_ids = []
    for i, r in enumerate(area.bestemmingen.itertuples(index=False)):
        lid = f"9999.EP{i + 1:05d}-{PLAN_VERSIE}"
        be_ids.append(f"NL.IMRO.{lid}")
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Enkelbestemming gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>enkelbestemming</imro:typePlanobject>",
                    href,
                    f"\t\t\t<imro:naam>{escape(r.naam)}</imro:naam>",
                    f"\t\t\t<imro:bestemmingshoofdgroep>{r.bestemmingshoofdgroep}</imro:bestemmingshoofdgroep>",
                    f"\t\t\t<imro:artikelnummer>{r.artikelnummer}</imro:artikelnummer>",
                    "\t\t\t<imro:verwijzingNaarTekstInfo>\n\t\t\t\t<imro:TekstReferentie_BP>\n"
                    f"\t\t\t\t\t<imro:verwijzingNaarTekst>r_{PLAN_ID}.html#artikel{r.artikelnummer}"
                    "</imro:verwijzingNaarTekst>\n"
                    "\t\t\t\t\t<imro:typeTekst>regels</imro:typeTekst>\n"
                    "\t\t\t\t</imro:TekstReferentie_BP>\n\t\t\t</imro:verwijzingNaarTekstInfo>",
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Enkelbestemming>",
                ]
            )
        )
    # Bouwvlak
    for i, r in enumerate(area.bouwvlakken.itertuples(index=False)):
        lid = f"9999.BV{i + 1:05d}-{PLAN_VERSIE}"
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Bouwvlak gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>bouwvlak</imro:typePlanobject>",
                    href,
                    "\t\t\t<imro:naam>bouwvlak</imro:naam>",
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Bouwvlak>",
                ]
            )
        )
    # Maatvoering
    for i, r in enumerate(area.maatvoering.itertuples(index=False)):
        lid = f"9999.MV{i + 1:05d}-{PLAN_VERSIE}"
        c = r.geometry.representative_point()
        code = sym[r.waardeType[0]]
        infos = "\n".join(
            "\t\t\t<imro:maatvoeringInfo>\n\t\t\t\t<imro:WaardeEnType>\n"
            f"\t\t\t\t\t<imro:waarde>{w}</imro:waarde>\n"
            f"\t\t\t\t\t<imro:waardeType>{escape(t)}</imro:waardeType>\n"
            f"\t\t\t\t\t<imro:symboolCode>{sym[t]}</imro:symboolCode>\n"
            "\t\t\t\t</imro:WaardeEnType>\n\t\t\t</imro:maatvoeringInfo>"
            for w, t in zip(r.waarde, r.waardeType)
        )
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Maatvoering gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>maatvoering</imro:typePlanobject>",
                    href,
                    f"\t\t\t<imro:naam>{escape(r.naam)}</imro:naam>",
                    "\t\t\t<imro:symboolInfo>\n\t\t\t\t<imro:SymboolEnPositie>\n"
                    f"\t\t\t\t\t<imro:symboolCode>{code}</imro:symboolCode>\n"
                    "\t\t\t\t\t<imro:positie>\n\t\t\t\t\t\t<imro:Labelpositie>\n"
                    "\t\t\t\t\t\t\t<imro:plaatsingspunt>\n"
                    f'\t\t\t\t\t\t\t\t<gml:Point gml:id="{nid()}" srsName="{_SRS}">'
                    f"<gml:pos>{c.x:.3f} {c.y:.3f}</gml:pos></gml:Point>\n"
                    "\t\t\t\t\t\t\t</imro:plaatsingspunt>\n"
                    "\t\t\t\t\t\t\t<imro:hoek>0</imro:hoek>\n"
                    "\t\t\t\t\t\t</imro:Labelpositie>\n\t\t\t\t\t</imro:positie>\n"
                    "\t\t\t\t</imro:SymboolEnPositie>\n\t\t\t</imro:symboolInfo>",
                    infos,
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Maatvoering>",
                ]
            )
        )
    # Bestemmingsplangebied
    geom = area.plangebied.geometry.iloc[0]
    surf = "\n".join(
        "\t\t\t\t\t<gml:surfaceMember>\n"
        + _gml_polygon(part, nid(), "\t\t\t\t\t\t")
        + "\n\t\t\t\t\t</gml:surfaceMember>"
        for part in shapely.get_parts(geom)
    )
    members.append(
        "\n".join(
            [
                f'\t\t<imro:Bestemmingsplangebied gml:id="{PLAN_ID}">',
                _ident(PLAN_LOKAAL_ID, PLAN_VERSIE),
                "\t\t\t<imro:typePlan>bestemmingsplan</imro:typePlan>",
                "\t\t\t<imro:beleidsmatigVerantwoordelijkeOverheid>gemeentelijke overheid"
                "</imro:beleidsmatigVerantwoordelijkeOverheid>",
                f"\t\t\t<imro:naamOverheid>{escape(GEMEENTENAAM)}</imro:naamOverheid>",
                f"\t\t\t<imro:overheidsCode>{GEMEENTECODE}</imro:overheidsCode>",
                "\t\t\t<imro:naam>Zonnehoeve (fictief plan)</imro:naam>",
                "\t\t\t<imro:planstatusInfo>\n\t\t\t\t<imro:PlanstatusEnDatum>\n"
                "\t\t\t\t\t<imro:planstatus>vastgesteld</imro:planstatus>\n"
                "\t\t\t\t\t<imro:datum>2015-06-25</imro:datum>\n"
                "\t\t\t\t</imro:PlanstatusEnDatum>\n\t\t\t</imro:planstatusInfo>",
                "\t\t\t<imro:verwijzingNorm>IMRO2012</imro:verwijzingNorm>",
                "\t\t\t<imro:verwijzingNorm>PRBP2012</imro:verwijzingNorm>",
                "\t\t\t<imro:geometrie>",
                f'\t\t\t\t<gml:MultiSurface gml:id="{PLAN_ID}_MG0" srsName="{_SRS}">',
                surf,
                "\t\t\t\t</gml:MultiSurface>",
                "\t\t\t</imro:geometrie>",
                "\t\t</imro:Bestemmingsplangebied>",
            ]
        )
    )
    members.append(
        "\n".join(
            [
                '\t\t<imro:MetadataIMRObestand gml:id="Metadata">',
                "\t\t\t<imro:datasetTitel>Zonnehoeve (fictief plan)</imro:datasetTitel>",
                "\t\t\t<imro:creatiedatum>2015-06-25</imro:creatiedatum>",
                f"\t\t\t<imro:bronbeheerder>{escape(GEMEENTENAAM)}</imro:bronbeheerder>",
                "\t\t\t<imro:naamApplicatieschema>IMRO2012</imro:naamApplicatieschema>",
                "\t\t\t<imro:codeReferentiesysteem>28992</imro:codeReferentiesysteem>",
                "\t\t\t<imro:applicatieIdentificatie>optopscan.synthetic</imro:applicatieIdentificatie>",
                "\t\t\t<imro:versieXMLschema>1.1.0</imro:versieXMLschema>",
                "\t\t</imro:MetadataIMRObestand>",
            ]
        )
    )
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<imro:FeatureCollectionIMRO gml:id="Collectie" '
        'xmlns:imro="http://www.geonovum.nl/imro/2012/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.geonovum.nl/imro/2012/1.1 '
        'http://schemas.geonovum.nl/imro/2012/1.1/IMRO2012.xsd">\n'
        "\t<gml:description>FICTIEF bestemmingsplan Zonnehoeve, gegenereerd door "
        "optopscan.synthetic (geen echte gegevens)</gml:description>\n"
        f"\t<gml:name>{PLAN_ID}.gml</gml:name>\n"
    )
    body = "".join(f"\t<imro:featureMember>\n{m}\n\t</imro:featureMember>\n" for m in members)
    return head + body + "</imro:FeatureCollectionIMRO>\n"


__all__ = ["SyntheticArea", "Scenario", "generate_area", "write_area", "plan_gml", "FILES"]
