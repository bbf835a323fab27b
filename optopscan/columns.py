"""Output columns in one place: Dutch alias, description and kind of every known column.

The GeoPackage writer stores alias and description in ``gpkg_data_columns`` (QGIS shows the
alias), the CSV and Excel writers use the kind (geheel getal, getal met decimalen, ja/nee,
tekst, datum) and the number of decimals, and the kansenkaart may reuse the aliases.
Columns not listed here are typed by their dtype and a few name patterns (:func:`spec`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["tekst", "geheel", "getal", "janee", "datum"]


@dataclass(frozen=True)
class Column:
    alias: str
    description: str
    kind: Kind | None = None  # None: decided by the column's dtype
    decimals: int = 2


def _c(alias: str, description: str, kind: Kind | None = None, decimals: int = 2) -> Column:
    return Column(alias, description, kind, decimals)


#: klasse → (fill colour, outline colour): the kansenkaart's palette (optopscan/render/kansenkaart.py KLASSEN)
KLASSE_KLEUREN: dict[str, tuple[str, str]] = {
    "A": ("#1a7a3a", "#0d4420"),
    "B": ("#7bc26a", "#44823a"),
    "C": ("#f2d64b", "#a88c10"),
    "D": ("#f28e2b", "#a85a0e"),
    "E": ("#c0392b", "#74211a"),
}
KLASSE_ONBEKEND_KLEUR = ("#9e9e9e", "#5e5e5e")
#: the kansenkaart's buurt palette, light → dark
BUURT_KLEUREN = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")

#: Layer descriptions for ``gpkg_contents``.
LAYERS: dict[str, str] = {
    "complexen": "Complexen met rang, score, klasse A–E, status, toelichting en extra woningen per vorm en niveau.",
    "panden": "BAG-panden van de gescande complexen met hoogte (3D BAG), plan en buurt.",
    "buurten": "Per buurt het aantal gescande complexen, de extra woningen per niveau en vorm en de business case.",
    "gemeenten": "Per gemeente dezelfde totalen als de buurtenlaag (complexen, extra woningen, business case).",
    "aanplaklocaties": "Zijgevels waar een woning tegenaan kan worden gebouwd (aanplakken).",
    "plintkansen": "Plinten (begane grond) die tot woningen kunnen worden omgebouwd (uitplinten).",
    "metadata": "Herkomst van deze scan: gebied, datum, versies, configuratie en SHA-256 van elke invoer.",
    "layer_styles": "Standaardopmaak per laag voor QGIS (wordt bij het openen van een laag gebruikt).",
    "scan": "Eén regel over deze scan: datum, gebied, versie, configuratiebestand en -hash.",
}

COLUMNS: dict[str, Column] = {
    "knelpunten": _c("Knelpunten", "Wat de status zou opheffen: een onderzoek, een planwijziging, maatwerk.", "tekst"),
    "ontbreekt": _c("Ontbreekt", "Welke invoer ontbreekt (het criterium is dan onbekend, nooit 0).", "tekst"),
    "vormen": _c("Vormen", "Per vorm (optoppen, aanplakken, uitplinten) wat het complex biedt.", "tekst"),
    "hoogtebron": _c("Hoogtebron", "Waar de hoogte vandaan komt: 3dbag, ahn of 3dbag+ahn.", "tekst"),
    "onwaarschijnlijk": _c(
        "Onwaarschijnlijke invoer", "Invoerwaarden die onmogelijk zijn en als onbekend gelden.", "tekst"
    ),
    "aanplakken_kansen": _c("Aanplakkansen", "Aantal vrije kopgevels met een aanplaklocatie.", "geheel"),
    "uitplinten_kansen": _c("Plintkansen", "Aantal plinten en garageboxrijen met woningkansen.", "geheel"),
    "ncw_per_woning": _c(
        "NCW per woning (€)", "Netto contante waarde van de exploitatie per extra woning (indicatief).", "getal", 0
    ),
    "provincie": _c("Provincie", "Provincie van het complex (voor provinciale subsidies).", "tekst"),
    "subsidieregelingen": _c("Subsidieregelingen", "De regelingen die in de subsidie zijn meegeteld.", "tekst"),
    "toelichting_business_case": _c("Toelichting business case", "Hoe de indicatieve bedragen zijn berekend.", "tekst"),
    "complex_id": _c("Complex", "Complexnummer uit het bezit, of het BAG-pand-id bij een gebiedsscan.", "tekst"),
    "pand_id": _c("Pand-id", "BAG-identificatie van het pand (16 cijfers).", "tekst"),
    "rang": _c("Rang", "Plaats in de shortlist (1 = meest kansrijk).", "geheel"),
    "score": _c("Score", "Gewogen score 0–100 over de criteria.", "getal", 1),
    "klasse": _c("Klasse", "Klasse A (zeer kansrijk) tot E (onwaarschijnlijk).", "tekst"),
    "status": _c(
        "Status",
        "Zwaarste status over de criteria: kansrijk, let op, onderzoek nodig, planwijziging nodig of blokkade.",
        "tekst",
    ),
    "toelichting": _c("Toelichting", "Per criterium de invoerwaarden, de score en de status.", "tekst"),
    "blokkades": _c("Blokkades", "Korte opsomming van wat blokkeert.", "tekst"),
    "complexnaam": _c("Complexnaam", "Naam van het complex uit het bezit.", "tekst"),
    "adres": _c("Adres", "Hoofdstraat met huisnummers.", "tekst"),
    "aantal_panden": _c("Aantal panden", "BAG-panden in het complex.", "geheel"),
    "aantal_woningen": _c("Aantal woningen", "Verblijfsobjecten met woonfunctie in de panden.", "geheel"),
    "aantal_vhe": _c("Aantal VHE", "Verhuureenheden van het complex in het bezit.", "geheel"),
    "aantal_complexen": _c("Aantal complexen", "Gescande complexen in de buurt.", "geheel"),
    "eigendom": _c("Eigendom", "Volledig, gespikkeld of onbekend (per bouwblok).", "tekst"),
    "aandeel_corporatie": _c(
        "Aandeel corporatie", "Deel van de woningen in het bouwblok dat de corporatie bezit (0–1).", "getal", 2
    ),
    "woningen_corporatie": _c("Woningen corporatie", "Woningen van de corporatie in het bouwblok.", "geheel"),
    "woningen_bouwblok": _c("Woningen bouwblok", "Alle woningen in het bouwblok.", "geheel"),
    "bouwjaar": _c("Bouwjaar", "Oorspronkelijk bouwjaar (BAG); bij meer panden het vaakst voorkomende.", "geheel"),
    "hoogte_m": _c("Hoogte (m)", "Hoogte boven maaiveld (3D BAG).", "getal", 1),
    "hoogte_max_m": _c("Hoogste punt (m)", "Hoogste punt boven maaiveld (3D BAG).", "getal", 1),
    "bouwlagen": _c("Bouwlagen", "Aantal bouwlagen (3D BAG of geschat).", "geheel"),
    "bouwlagen_geschat": _c("Bouwlagen geschat", "Ja als het aantal bouwlagen uit de hoogte is geschat.", "janee"),
    "daktype": _c("Daktype", "Daktype volgens de 3D BAG.", "tekst"),
    "plat_dak_m2": _c("Plat dak (m²)", "Oppervlakte plat dak.", "getal", 0),
    "grond_m2": _c("Grondvlak (m²)", "Oppervlakte van de pandcontour.", "getal", 0),
    "optop_dak": _c("Dak geschikt", "Ja als het dak zich leent voor optoppen.", "janee"),
    "max_bouwhoogte_m": _c("Maximale bouwhoogte (m)", "Maximale bouwhoogte uit het bestemmingsplan.", "getal", 1),
    "max_bouwlagen": _c("Maximaal aantal bouwlagen", "Maximaal aantal bouwlagen uit het bestemmingsplan.", "geheel"),
    "wonen_toegestaan": _c("Wonen toegestaan", "Ja als de bestemming wonen toestaat.", "janee"),
    "ruimte_m": _c("Ruimte in plan (m)", "Maximale bouwhoogte min huidige hoogte.", "getal", 1),
    "bouwlagen_juridisch": _c("Extra lagen juridisch", "Extra bouwlagen die het plan toestaat.", "geheel"),
    "bouwlagen_constructief": _c(
        "Extra lagen constructief", "Extra bouwlagen die de constructie naar verwachting draagt.", "geheel"
    ),
    "extra_bouwlagen": _c("Extra bouwlagen", "Uitkomst: het minimum van de grenzen.", "geheel"),
    "extra_woningen_theoretisch": _c(
        "Extra woningen theoretisch", "Wat het gebouw fysiek biedt, zonder plan- of constructiegrens.", "geheel"
    ),
    "extra_woningen_constructief": _c(
        "Extra woningen constructief",
        "Met de constructiegrens, plan buiten beschouwing (wat een planwijziging oplevert).",
        "geheel",
    ),
    "extra_woningen_binnen_plan": _c("Extra woningen binnen plan", "Binnen plan, constructie en maximum.", "geheel"),
    "extra_woningen_kansrijk": _c(
        "Extra woningen kansrijk", "Binnen plan, alleen voor complexen met status kansrijk of let op.", "geheel"
    ),
    "extra_woningen_optoppen": _c("Extra woningen optoppen", "Extra woningen binnen plan door optoppen.", "geheel"),
    "extra_woningen_aanplakken": _c(
        "Extra woningen aanplakken", "Extra woningen binnen plan door aanplakken.", "geheel"
    ),
    "extra_woningen_uitplinten": _c(
        "Extra woningen uitplinten", "Extra woningen binnen plan door uitplinten.", "geheel"
    ),
    "koppelkans_verduurzaming": _c(
        "Koppelkans verduurzaming",
        "Ja als optoppen te combineren is met verduurzamen (bouwjaar in de koppelband, label D–G of onbekend).",
        "janee",
    ),
    "instemming_70_procent_nodig": _c(
        "70% instemming nodig", "Ja als 70% van de huurders moet instemmen (renovatie).", "janee"
    ),
    "woningen_met_label": _c("Woningen met energielabel", "Woningen met een geregistreerd energielabel.", "geheel"),
    "aandeel_slecht_label": _c(
        "Aandeel slecht label", "Deel van de gelabelde woningen met een slecht energielabel (0–1).", "getal", 2
    ),
    "parkeerzone": _c("Parkeerzone", "Parkeerzone van de gemeente.", "tekst"),
    "parkeernorm": _c("Parkeernorm", "Parkeerplaatsen per extra woning.", "getal", 2),
    "extra_parkeerplaatsen": _c("Extra parkeerplaatsen", "Parkeerplaatsen nodig voor de extra woningen.", "getal", 1),
    "monument": _c("Monument", "Ja als een pand van het complex een rijksmonument is.", "janee"),
    "monumentnummers": _c("Monumentnummers", "Nummers van de rijksmonumenten.", "tekst"),
    "buurtcode": _c("Buurtcode", "CBS-buurtcode.", "tekst"),
    "buurtnaam": _c("Buurt", "CBS-buurtnaam.", "tekst"),
    "gemeentecode": _c("Gemeentecode", "CBS-gemeentecode.", "tekst"),
    "gemeentenaam": _c("Gemeente", "Gemeentenaam.", "tekst"),
    "stedelijkheid": _c(
        "Stedelijkheid", "CBS-stedelijkheid van de buurt (1 = zeer sterk stedelijk … 5 = niet stedelijk).", "geheel"
    ),
    "veerkracht_waarde": _c("Veerkracht", "Waarde van de veerkrachtindicator van de buurt.", "getal", 2),
    "volledigheid": _c("Volledigheid", "Deel van de criteria met bekende invoer (0–1).", "getal", 2),
    "woonfunctie": _c("Woonfunctie", "Ja als het pand woningen bevat.", "janee"),
    "in_3dbag": _c("In 3D BAG", "Ja als het pand in de 3D BAG staat.", "janee"),
    "gebruiksdoel": _c("Gebruiksdoel", "Gebruiksdoelen van de verblijfsobjecten (BAG).", "tekst"),
    "investering_laag": _c("Investering laag (€)", "Ondergrens van de investering.", "getal", 0),
    "investering_hoog": _c("Investering hoog (€)", "Bovengrens van de investering.", "getal", 0),
    "subsidie": _c("Subsidie (€)", "Verwachte subsidie.", "getal", 0),
    "onrendabele_top_per_woning_laag": _c(
        "Onrendabele top per woning laag (€)", "Ondergrens van de onrendabele top per woning.", "getal", 0
    ),
    "onrendabele_top_per_woning_hoog": _c(
        "Onrendabele top per woning hoog (€)", "Bovengrens van de onrendabele top per woning.", "getal", 0
    ),
    "datum": _c("Scandatum", "Datum van de scan.", "datum"),
    "gebied": _c("Gebied", "Naam van het gescande gebied (config: gebied).", "tekst"),
    "versie": _c("Versie", "Versie van optopscan.", "tekst"),
    "config": _c("Configuratie", "Absoluut pad van het configuratiebestand.", "tekst"),
    "config_hash": _c("Configuratiehash", "Hash van de ingelezen configuratie.", "tekst"),
    "sleutel": _c("Sleutel", "Naam van het gegeven.", "tekst"),
    "waarde": _c("Waarde", "Waarde van het gegeven.", "tekst"),
}

_PATTERNS: list[tuple[re.Pattern[str], Column]] = [
    (re.compile(r"^score_(\w+)$"), _c("Score {0}", "Score 0–1 op het criterium {0} (leeg = onbekend).", "getal", 2)),
    (
        re.compile(r"^((?:investering|kosten|onrendabele_top|gedeelde_kosten|subsidie)\w*)$"),
        _c("{0} (€)", "Indicatief bedrag in euro ex btw ({0}); zie README, Business case.", "getal", 0),
    ),
    (re.compile(r"^status_(\w+)$"), _c("Status {0}", "Status op het criterium {0}.", "tekst")),
    (re.compile(r"^reden_(\w+)$"), _c("Reden {0}", "Reden van de status op het criterium {0}.", "tekst")),
    (re.compile(r"^afstand_(\w+)_m$"), _c("Afstand {0} (m)", "Afstand tot de dichtstbijzijnde {0}.", "getal", 0)),
    (re.compile(r"^extra_woningen_(\w+)$"), _c("Extra woningen {0}", "Extra woningen ({0}).", "geheel")),
    (re.compile(r"^aantal_(\w+)$"), _c("Aantal {0}", "Aantal {0}.", "geheel")),
    (re.compile(r"^(\w+)_m2$"), _c("{0} (m²)", "Oppervlakte {0}.", "getal", 0)),
    (re.compile(r"^(\w+)_m$"), _c("{0} (m)", "{0} in meter.", "getal", 1)),
]


def spec(name: str) -> Column:
    """Alias, description and kind of a column; unknown columns get a readable default."""
    if name in COLUMNS:
        return COLUMNS[name]
    for pattern, template in _PATTERNS:
        m = pattern.match(name)
        if m:
            word = m.group(1).replace("_", " ")
            label = template.alias.format(word)
            return Column(
                label[:1].upper() + label[1:], template.description.format(word), template.kind, template.decimals
            )
    return Column(name.replace("_", " ").capitalize(), "", None, 2)


def alias(name: str) -> str:
    """The Dutch alias of a column (for QGIS, Excel headers or the map)."""
    return spec(name).alias
