"""Constants shared across layers: the RD coordinate system and the status ladder.

Nothing here imports from the package, so every module may import it.
"""

from __future__ import annotations

#: Rijksdriehoeksstelsel (RD New): every computation runs in it.
RD = "EPSG:28992"
#: Only to draw the kansenkaart.
WGS84 = "EPSG:4326"

# The status ladder, least to most severe (per criterion and per complex).
KANSRIJK = "kansrijk"
LET_OP = "let op"
ONDERZOEK = "onderzoek nodig"
PLANWIJZIGING = "planwijziging nodig"
BLOKKADE = "blokkade"
STATUS_LADDER: tuple[str, ...] = (KANSRIJK, LET_OP, ONDERZOEK, PLANWIJZIGING, BLOKKADE)
#: Severity rank of each status (0 = kansrijk … 4 = blokkade).
STATUS_RANK: dict[str, int] = {name: i for i, name in enumerate(STATUS_LADDER)}

KLASSEN: tuple[str, ...] = ("A", "B", "C", "D", "E")

#: The forms of adding homes (one module each under ``forms/``).
FORMS: tuple[str, ...] = ("optoppen", "aanplakken", "uitplinten")

#: The criteria (one module each under ``rules/``); config ``gewichten`` keys must be among them.
CRITERIA: tuple[str, ...] = ("bouwjaar", "eigendom", "hoogte", "parkeren", "voorzieningen", "monument", "veerkracht")

#: Column with the distance to the nearest HOV stop (made in model/, read by rules/).
HOV_COLUMN = "afstand_hov_m"


def distance_column(soort: str) -> str:
    """Output column holding the distance to the nearest voorziening of ``soort``."""
    return "afstand_ov_m" if soort == "ov_halte" else f"afstand_{soort}_m"
