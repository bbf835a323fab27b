"""Names, layout constants, schemas and the result dataclasses of the generator."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

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
    "bgt": "bgt.gpkg",
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
    # cases for the forms aanplakken and uitplinten (see optopscan.synthetic.vormen)
    complex_plint: str | None = None
    plint_pand_id: str | None = None
    plint_bergingen: int = 0
    garagebox_pand_ids: list[str] = field(default_factory=list)
    sloot_blok_pand_ids: list[str] = field(default_factory=list)


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
    bgt_wegdeel: gpd.GeoDataFrame | None = None  # PDOK BGT wegdeel (IMGeo attribute names)
    bgt_waterdeel: gpd.GeoDataFrame | None = None  # PDOK BGT waterdeel

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


def _natural_key(s: pd.Series) -> pd.Series:
    if s.name == "Huisnummer":
        return s.astype(int)
    return s
