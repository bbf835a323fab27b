"""Typed, validated settings loaded from ``config/*.yaml``.

The dataclasses below hold the *types*; every value (threshold, weight, norm) comes from the
YAML file. Validation names the offending key, e.g. ``regels.hoogte.max_extra_bouwlagen``.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import json
import math
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import yaml

from optopscan.constants import CRITERIA
from optopscan.errors import ConfigError

#: Shipped with the package (also in a wheel): the sample configuration and data.
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
DEFAULT_CONFIG = PACKAGE_DATA / "config" / "default.yaml"
SAMPLES = PACKAGE_DATA / "samples"


@dataclass(frozen=True)
class Invoer:
    bag: Path
    bag3d: Path
    bezit: Path | None = None
    plannen: list[Path] = field(default_factory=list)
    buurten: Path | None = None
    parkeerzones: Path | None = None
    voorzieningen: Path | None = None
    monumenten: Path | None = None
    energielabels: Path | None = None
    provincies: Path | None = None
    #: AHN DSM / DTM (m NAP, EPSG:28992): GeoTIFF tiles, a VRT or a folder of tiles. Both or
    #: neither; used only for panden without a 3D BAG height.
    ahn_dsm: list[Path] = field(default_factory=list)
    ahn_dtm: list[Path] = field(default_factory=list)
    bgt: Path | None = None


@dataclass(frozen=True)
class Kolommen:
    bezit: dict[str, list[str]]
    parkeerzones: dict[str, str]
    voorzieningen: dict[str, str]


#: A status on the ladder of :mod:`optopscan.constants` (least to most severe).
Status = Literal["kansrijk", "let op", "onderzoek nodig", "planwijziging nodig", "blokkade"]
KlasseNaam = Literal["A", "B", "C", "D", "E"]
ToelichtingModus = Literal["volledig", "compact", "auto"]


@dataclass(frozen=True)
class Band:
    van: int | None
    tot: int | None
    score: float
    status: Status
    label: str


@dataclass(frozen=True)
class Jaren:
    van: int
    tot: int


@dataclass(frozen=True)
class BouwjaarRegel:
    banden: list[Band]
    koppelkans_verduurzaming: Jaren
    slechte_energielabels: list[str]


@dataclass(frozen=True)
class EigendomRegel:
    drempel_volledig: float
    score_volledig: float
    score_gespikkeld: float
    drempel_vve: float


@dataclass(frozen=True)
class HoogteStatus:
    """Which status each optoppen outcome gets (config ``regels.hoogte.status``)."""

    wonen_niet_toegestaan: Status
    geen_planruimte: Status
    constructie_onvoldoende: Status
    geen_optopdak: Status
    geen_vorm: Status


@dataclass(frozen=True)
class HoogteRegel:
    optop_daktypen: list[str]
    hoogte_referentie: Literal["max", "70p"]
    constructie_factor: float
    max_extra_bouwlagen: int
    status: HoogteStatus


@dataclass(frozen=True)
class ParkerenRegel:
    hov_afstand_m: float
    hov_korting: float
    deelmobiliteit_korting: float
    drempel_let_op: float
    drempel_maatwerk: float
    status_maatwerk: Status


@dataclass(frozen=True)
class Voorziening:
    gewicht: float
    referentieafstand_m: float


@dataclass(frozen=True)
class VoorzieningenRegel:
    soorten: dict[str, Voorziening]
    factor_stedelijkheid: dict[int, float]
    drempel_let_op: float


@dataclass(frozen=True)
class MonumentRegel:
    status: Status
    score: float


@dataclass(frozen=True)
class VeerkrachtRegel:
    kolom: str | None
    laag: float
    hoog: float
    drempel_let_op: float
    effect: Literal["kans", "straf"]


@dataclass(frozen=True)
class Regels:
    verdiepingshoogte_m: float
    bouwjaar: BouwjaarRegel
    eigendom: EigendomRegel
    hoogte: HoogteRegel
    parkeren: ParkerenRegel
    voorzieningen: VoorzieningenRegel
    monument: MonumentRegel
    veerkracht: VeerkrachtRegel


@dataclass(frozen=True)
class Potentie:
    bruikbaar_aandeel: float
    bvo_per_woning_m2: float


@dataclass(frozen=True)
class Klassen:
    A: float
    B: float
    C: float
    D: float
    bij_blokkade: KlasseNaam
    bij_onderzoek: KlasseNaam
    bij_planwijziging: KlasseNaam
    volledigheid: float
    bij_onvolledig: KlasseNaam


@dataclass(frozen=True)
class Uitvoer:
    map: Path
    kaarten: Path
    max_polygonen: int
    onbekend_csv_vanaf: int
    # potentie_100m.tif (extra woningen per CBS-100m-cel) naast de shortlist;
    # bron: aanname optopscan, instelbaar
    raster: bool = True
    # gebiedsscans met meer BAG-panden rekenen in ruimtelijke blokken van zoveel panden
    # (begrensd geheugen); bron: aanname optopscan, instelbaar
    blok_panden: int = 50_000
    # processen die tegelijk blokken rekenen (0 = één per processorkern); elk ~1-2 GB;
    # bron: aanname optopscan, instelbaar
    werkers: int = 0
    # toelichting per complex: volledig (tekst in shortlist.gpkg en .csv), compact (niet als tekst
    # opgeslagen; 'optopscan uitleg <complex_id>' maakt hem uit de kolommen), auto: compact vanaf
    # toelichting_compact_vanaf complexen; bron: aanname optopscan, instelbaar
    toelichting: ToelichtingModus = "auto"
    toelichting_compact_vanaf: int = 100_000


@dataclass(frozen=True)
class Subsidieregeling:
    """One subsidy scheme: a fixed amount per extra home or a share of the subsidiabele kosten."""

    naam: str
    financier: str
    bedrag_per_woning: float | None = None
    percentage: float | None = None  # share (0-1) of the subsidiabele kosten
    max_per_woning: float | None = None
    provincie: str | None = None  # only in this provincie; None = everywhere
    voorwaarden: list[str] = field(default_factory=list)  # kenmerken that must hold
    geldig_van: datetime.date | None = None
    geldig_tot: datetime.date | None = None


@dataclass(frozen=True)
class GemeenteHeffingen:
    """What a gemeente charges per extra home; 0 = the lever is used (vrijstelling)."""

    leges_per_woning: float | None = None
    canon_per_woning: float | None = None
    grondprijs_per_woning: float | None = None


@dataclass(frozen=True)
class LiftKosten:
    kosten_per_lift: float
    min_bouwlagen: int
    woningen_per_portiek_per_laag: int


@dataclass(frozen=True)
class Exploitatie:
    huur_per_maand: float
    exploitatiekosten_per_jaar: float
    disconteringsvoet: float
    looptijd_jaren: int
    restwaarde_per_woning: float


@dataclass(frozen=True)
class Financieel:
    """The business case (indicatief). Every value comes from the ``financieel:`` section of the
    packaged default.yaml unless a config overrides it (see :func:`default_financieel`)."""

    kosten_per_woning_laag: float
    kosten_per_woning_hoog: float
    kosten_per_parkeerplaats: float
    verduurzaming_per_woning: float
    lift: LiftKosten
    exploitatie: Exploitatie
    kenmerken: dict[str, bool]
    subsidies: list[Subsidieregeling]
    gemeenten: dict[str, GemeenteHeffingen] = field(default_factory=dict)


@functools.cache
def default_financieel() -> Financieel:
    """The ``financieel:`` section of the packaged default.yaml (one source for the defaults)."""
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8")) or {}
    return _convert(Financieel, raw.get("financieel") or {}, "financieel", DEFAULT_CONFIG.parent, DEFAULT_CONFIG)


@dataclass(frozen=True)
class OptoppenVorm:
    """Extra bouwlagen on top of an existing building (optoppen)."""

    aan: bool = True


@dataclass(frozen=True)
class AanplakkenVorm:
    """Homes against a blind kopgevel (zijwaarts aanplakken)."""

    aan: bool = True
    min_kopgevel_m: float = 6.0
    breedte_grondgebonden_m: float = 6.0
    vrije_afstand_m: float = 1.0


@dataclass(frozen=True)
class UitplintenVorm:
    """Homes in a plint of bergingen/shops, and on or in garagebox rows."""

    aan: bool = True
    min_bouwlagen: int = 3
    gebruiksdoelen: list[str] = field(default_factory=lambda: ["overige gebruiksfunctie"])
    bruikbaar_aandeel: float = 1.0
    m2_per_woning: float = 40.0
    garagebox_max_m2: float = 30.0
    garagebox_min_aantal: int = 6
    garagebox_afstand_woningen_m: float = 100.0


@dataclass(frozen=True)
class Vormen:
    optoppen: OptoppenVorm = field(default_factory=OptoppenVorm)
    aanplakken: AanplakkenVorm = field(default_factory=AanplakkenVorm)
    uitplinten: UitplintenVorm = field(default_factory=UitplintenVorm)


@dataclass(frozen=True)
class Settings:
    gebied: str
    invoer: Invoer
    kolommen: Kolommen
    regels: Regels
    potentie: Potentie
    gewichten: dict[str, float]
    klassen: Klassen
    uitvoer: Uitvoer
    financieel: Financieel = field(default_factory=default_financieel)
    provincie: str | None = None  # used when invoer.provincies is not given
    vormen: Vormen = field(default_factory=Vormen)
    bron: Path | None = None
    hash: str = ""


# ---------------------------------------------------------------- loading


def load_settings(path: str | Path | None = None) -> Settings:
    """Read, merge (``basis:``) and validate a config file; default: the packaged default.yaml."""
    path = Path(path) if path is not None else DEFAULT_CONFIG
    raw = _read_with_basis(path, seen=())
    return settings_from_dict(raw, base_dir=path.resolve().parent, source=path)


def settings_from_dict(raw: dict[str, Any], base_dir: Path, source: Path | None = None) -> Settings:
    """Validate a plain dict (as read from YAML) into Settings; paths resolve from base_dir."""
    raw = dict(raw)
    raw.pop("basis", None)
    if isinstance(raw.get("financieel"), dict) and (source is None or source.resolve() != DEFAULT_CONFIG):
        # A partial section keeps the packaged defaults for every key it does not set.
        raw["financieel"] = _deep_merge(_packaged_section("financieel"), raw["financieel"])
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, default=str).encode()).hexdigest()[:16]
    settings = _convert(Settings, raw, "", base_dir, source, skip=frozenset({"bron", "hash"}))
    settings = dataclasses.replace(settings, bron=source, hash=digest)
    _check_semantics(settings, source)
    return settings


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The resolved settings as a plain dict that :func:`settings_from_dict` reads back to equal
    settings (paths as absolute text, dates as dates; without ``bron`` and ``hash``)."""

    def plain(node: Any) -> Any:
        if isinstance(node, Path):
            return str(node)
        if isinstance(node, dict):
            return {k: plain(v) for k, v in node.items()}
        if isinstance(node, (list, tuple)):
            return [plain(v) for v in node]
        return node

    raw = dataclasses.asdict(settings)
    raw.pop("bron", None)
    raw.pop("hash", None)
    return plain(raw)


def _packaged_section(name: str) -> dict[str, Any]:
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8")) or {}
    section = raw.get(name) or {}
    return dict(section) if isinstance(section, dict) else {}


def _read_with_basis(path: Path, seen: tuple[Path, ...]) -> dict[str, Any]:
    if not path.exists():
        raise ConfigError("(bestand)", f"configuratiebestand {path} bestaat niet.", path=path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError("(bestand)", f"geen geldige YAML: {exc}", path=path) from None
    if not isinstance(data, dict):
        raise ConfigError("(bestand)", "verwacht een YAML-mapping met sleutels.", path=path)
    basis = data.get("basis")
    if basis is None:
        return data
    base_path = (path.parent / str(basis)).resolve()
    if base_path in seen:
        raise ConfigError("basis", f"kringverwijzing via {base_path}.", path=path)
    merged = _read_with_basis(base_path, seen + (path.resolve(),))
    # Paths in the base file stay relative to the base file's folder.
    _absolutise_paths(merged, base_path.parent)
    return _deep_merge(merged, data)


def _absolutise_paths(data: dict[str, Any], base_dir: Path) -> None:
    # Output paths are not touched: they resolve against the current directory.
    block = data.get("invoer")
    if isinstance(block, dict):
        for key, value in block.items():
            if isinstance(value, str):
                block[key] = str((base_dir / value).resolve())
            elif isinstance(value, list):
                block[key] = [str((base_dir / v).resolve()) if isinstance(v, str) else v for v in value]


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and value:
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _convert(
    tp: Any, value: Any, key: str, base_dir: Path, source: Path | None, skip: frozenset[str] = frozenset()
) -> Any:
    """Convert ``value`` to type ``tp`` or raise ConfigError naming ``key``."""
    origin = get_origin(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(
                key or "(hoofdniveau)", f"verwacht een sectie met sleutels, kreeg {value!r}.", path=source
            )
        hints = typing.get_type_hints(tp)
        fields = {f.name: f for f in dataclasses.fields(tp) if f.name not in skip}
        unknown = sorted(set(value) - set(fields))
        if unknown:
            name = _join(key, unknown[0])
            raise ConfigError(name, f"onbekende sleutel. Toegestaan: {', '.join(sorted(fields))}.", path=source)
        kwargs: dict[str, Any] = {}
        for name, f in fields.items():
            sub = _join(key, name)
            if name not in value:
                has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
                if has_default:
                    continue
                raise ConfigError(sub, "ontbreekt.", path=source)
            # Output folders resolve against the current directory, inputs against the config file.
            sub_dir = Path.cwd() if tp is Uitvoer else base_dir
            kwargs[name] = _convert(hints[name], value[name], sub, sub_dir, source)
        return tp(**kwargs)
    if origin in (typing.Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, key, base_dir, source)
    if origin is Literal:
        allowed = get_args(tp)
        if value not in allowed:
            raise ConfigError(key, f"moet een van {', '.join(map(repr, allowed))} zijn, kreeg {value!r}.", path=source)
        return value
    if origin is list:
        if value is None:
            value = []
        if not isinstance(value, list):
            value = [value] if get_args(tp)[0] is Path else value
        if not isinstance(value, list):
            raise ConfigError(key, f"verwacht een lijst, kreeg {value!r}.", path=source)
        return [_convert(get_args(tp)[0], v, f"{key}[{i}]", base_dir, source) for i, v in enumerate(value)]
    if origin is dict:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise ConfigError(key, f"verwacht een sectie met sleutels, kreeg {value!r}.", path=source)
        ktype, vtype = get_args(tp)
        return {
            _convert(ktype, k, _join(key, str(k)), base_dir, source): _convert(
                vtype, v, _join(key, str(k)), base_dir, source
            )
            for k, v in value.items()
        }
    if tp is datetime.date:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(key, f"verwacht een datum JJJJ-MM-DD, kreeg {value!r}.", path=source) from None
    if tp is Path:
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(key, f"verwacht een pad (tekst), kreeg {value!r}.", path=source)
        return (base_dir / value).resolve()
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(key, f"verwacht true of false, kreeg {value!r}.", path=source)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(key, f"verwacht een geheel getal, kreeg {value!r}.", path=source)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(key, f"verwacht een getal, kreeg {value!r}.", path=source)
        if not math.isfinite(value):
            raise ConfigError(key, f"verwacht een eindig getal, kreeg {value!r} (NaN/oneindig).", path=source)
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(key, f"verwacht tekst, kreeg {value!r}.", path=source)
        return value
    raise TypeError(f"unsupported config type {tp!r} at {key}")


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


#: Lists and maps that must hold at least one entry (an empty one would silently switch a
#: criterion off or end in an error halfway through a scan).
NON_EMPTY = (
    "regels.bouwjaar.banden",
    "regels.hoogte.optop_daktypen",
    "regels.voorzieningen.soorten",
    "regels.voorzieningen.factor_stedelijkheid",
    "gewichten",
)


def _lookup(s: Settings, dotted: str) -> Any:
    node: Any = s
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


def _walk_numbers(node: Any, key: str):
    """(key, value) of every number in a settings tree (dataclasses, dicts, lists)."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            yield from _walk_numbers(getattr(node, f.name), _join(key, f.name))
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _walk_numbers(v, _join(key, str(k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk_numbers(v, f"{key}[{i}]")
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        yield key, node


def _check_generic_ranges(s: Settings, source: Path | None) -> None:
    """Name-based ranges for every section (also sections added later): lengths and areas
    (``…_m``, ``…_m2``) are not negative, shares and discounts (``aandeel``, ``korting``) lie
    in 0..1."""
    for key, value in _walk_numbers(s, ""):
        leaf = key.rsplit(".", 1)[-1].split("[")[0]
        if (leaf.endswith("_m") or leaf.endswith("_m2")) and value < 0:
            raise ConfigError(key, f"mag niet negatief zijn ({value}).", path=source)
        if ("aandeel" in leaf or "korting" in leaf) and not 0 <= value <= 1:
            raise ConfigError(key, f"moet tussen 0 en 1 liggen ({value}).", path=source)


def _check_semantics(s: Settings, source: Path | None) -> None:
    """Checks beyond types, all before any input is read: known criteria, non-empty lists and
    maps, and the range of every number (the message names the key)."""
    if bool(s.invoer.ahn_dsm) != bool(s.invoer.ahn_dtm):
        missing = "invoer.ahn_dtm" if s.invoer.ahn_dsm else "invoer.ahn_dsm"
        raise ConfigError(
            missing,
            "AHN vraagt zowel een DSM (ahn_dsm) als een DTM (ahn_dtm); geef beide op of geen van beide.",
            path=source,
        )
    for dotted in NON_EMPTY:
        if not _lookup(s, dotted):
            raise ConfigError(dotted, "mag niet leeg zijn: geef minstens één waarde op.", path=source)
    unknown = sorted(set(s.gewichten) - set(CRITERIA))
    if unknown:
        raise ConfigError(f"gewichten.{unknown[0]}", f"onbekend criterium. Bekend: {', '.join(CRITERIA)}.", path=source)
    for name, weight in s.gewichten.items():
        if weight < 0:
            raise ConfigError(f"gewichten.{name}", f"gewicht mag niet negatief zijn ({weight}).", path=source)
    if not any(w > 0 for w in s.gewichten.values()):
        raise ConfigError(
            "gewichten", "alle gewichten zijn 0: geef minstens één criterium een gewicht > 0.", path=source
        )
    _check_generic_ranges(s, source)
    k = s.klassen
    if not (100 >= k.A >= k.B >= k.C >= k.D >= 0):
        raise ConfigError("klassen", "grenzen moeten aflopen: 100 ≥ A ≥ B ≥ C ≥ D ≥ 0.", path=source)
    r = s.regels
    if r.verdiepingshoogte_m <= 0:
        raise ConfigError("regels.verdiepingshoogte_m", "moet groter dan 0 zijn.", path=source)
    if r.verdiepingshoogte_m > 10:
        raise ConfigError(
            "regels.verdiepingshoogte_m", f"{r.verdiepingshoogte_m} m is geen verdieping (≤ 10).", path=source
        )
    if r.hoogte.max_extra_bouwlagen < 1:
        raise ConfigError("regels.hoogte.max_extra_bouwlagen", "moet minstens 1 zijn.", path=source)
    if not 0 <= r.hoogte.constructie_factor <= 1:
        raise ConfigError("regels.hoogte.constructie_factor", "moet tussen 0 en 1 liggen.", path=source)
    if s.potentie.bvo_per_woning_m2 <= 0:
        raise ConfigError("potentie.bvo_per_woning_m2", "moet groter dan 0 zijn.", path=source)
    if not 0 < s.potentie.bruikbaar_aandeel <= 1:
        raise ConfigError("potentie.bruikbaar_aandeel", "moet tussen 0 en 1 liggen.", path=source)
    e = r.eigendom
    for name in ("drempel_volledig", "score_volledig", "score_gespikkeld", "drempel_vve"):
        if not 0 <= getattr(e, name) <= 1:
            raise ConfigError(f"regels.eigendom.{name}", "moet tussen 0 en 1 liggen.", path=source)
    p = r.parkeren
    for name in ("hov_afstand_m", "drempel_let_op", "drempel_maatwerk"):
        if getattr(p, name) < 0:
            raise ConfigError(f"regels.parkeren.{name}", "mag niet negatief zijn.", path=source)
    if p.drempel_maatwerk < p.drempel_let_op:
        raise ConfigError("regels.parkeren.drempel_maatwerk", "moet ≥ drempel_let_op zijn.", path=source)
    if r.veerkracht.hoog <= r.veerkracht.laag:
        raise ConfigError("regels.veerkracht.hoog", "moet groter zijn dan 'laag'.", path=source)
    if not 0 <= r.veerkracht.drempel_let_op <= 1:
        raise ConfigError("regels.veerkracht.drempel_let_op", "moet tussen 0 en 1 liggen.", path=source)
    v = r.voorzieningen
    for name, soort in v.soorten.items():
        if soort.referentieafstand_m <= 0:
            raise ConfigError(
                f"regels.voorzieningen.soorten.{name}.referentieafstand_m", "moet groter dan 0 zijn.", path=source
            )
        if soort.gewicht < 0:
            raise ConfigError(f"regels.voorzieningen.soorten.{name}.gewicht", "mag niet negatief zijn.", path=source)
    if not any(soort.gewicht > 0 for soort in v.soorten.values()):
        raise ConfigError(
            "regels.voorzieningen.soorten",
            "alle gewichten zijn 0: geef minstens één soort een gewicht > 0.",
            path=source,
        )
    for klasse, factor in v.factor_stedelijkheid.items():
        if klasse not in (1, 2, 3, 4, 5):
            raise ConfigError(
                f"regels.voorzieningen.factor_stedelijkheid.{klasse}",
                "stedelijkheidsklasse moet 1 t/m 5 zijn.",
                path=source,
            )
        if factor <= 0:
            raise ConfigError(
                f"regels.voorzieningen.factor_stedelijkheid.{klasse}", "moet groter dan 0 zijn.", path=source
            )
    if not 0 <= v.drempel_let_op <= 1:
        raise ConfigError("regels.voorzieningen.drempel_let_op", "moet tussen 0 en 1 liggen.", path=source)
    for i, band in enumerate(r.bouwjaar.banden):
        if not 0 <= band.score <= 1:
            raise ConfigError(f"regels.bouwjaar.banden[{i}].score", "moet tussen 0 en 1 liggen.", path=source)
        if band.van is not None and band.tot is not None and band.van > band.tot:
            raise ConfigError(
                f"regels.bouwjaar.banden[{i}]", f"van ({band.van}) ligt na tot ({band.tot}).", path=source
            )
    kop = r.bouwjaar.koppelkans_verduurzaming
    if kop.van > kop.tot:
        raise ConfigError(
            "regels.bouwjaar.koppelkans_verduurzaming", f"van ({kop.van}) ligt na tot ({kop.tot}).", path=source
        )
    u = s.uitvoer
    if u.max_polygonen < 0:
        raise ConfigError("uitvoer.max_polygonen", "mag niet negatief zijn.", path=source)
    if u.onbekend_csv_vanaf < 0:
        raise ConfigError("uitvoer.onbekend_csv_vanaf", "mag niet negatief zijn.", path=source)
    if u.werkers < 0:
        raise ConfigError("uitvoer.werkers", "mag niet negatief zijn (0 = één per processorkern).", path=source)
    if u.blok_panden < 1000:
        raise ConfigError(
            "uitvoer.blok_panden", "moet minstens 1000 zijn (kleinere blokken lezen vooral randen).", path=source
        )
    if u.toelichting_compact_vanaf < 0:
        raise ConfigError("uitvoer.toelichting_compact_vanaf", "mag niet negatief zijn.", path=source)
    if not 0 <= s.klassen.volledigheid <= 1:
        raise ConfigError("klassen.volledigheid", "moet tussen 0 en 1 liggen (aandeel van het gewicht).", path=source)
    if not 0 <= r.monument.score <= 1:
        raise ConfigError("regels.monument.score", "moet tussen 0 en 1 liggen.", path=source)
    _check_vormen(s.vormen, source)
    _check_financieel(s.financieel, source)


def _check_financieel(f: Financieel, source: Path | None) -> None:
    """Non-negative amounts, laag ≤ hoog, a sane exploitation and a well-formed subsidy table."""
    k = "financieel"
    amounts = {
        "kosten_per_woning_laag": f.kosten_per_woning_laag,
        "kosten_per_woning_hoog": f.kosten_per_woning_hoog,
        "kosten_per_parkeerplaats": f.kosten_per_parkeerplaats,
        "verduurzaming_per_woning": f.verduurzaming_per_woning,
        "lift.kosten_per_lift": f.lift.kosten_per_lift,
        "exploitatie.exploitatiekosten_per_jaar": f.exploitatie.exploitatiekosten_per_jaar,
        "exploitatie.huur_per_maand": f.exploitatie.huur_per_maand,
        "exploitatie.restwaarde_per_woning": f.exploitatie.restwaarde_per_woning,
    }
    for name, value in amounts.items():
        if value < 0:
            raise ConfigError(f"{k}.{name}", f"mag niet negatief zijn ({value}).", path=source)
    if f.kosten_per_woning_hoog < f.kosten_per_woning_laag:
        raise ConfigError(f"{k}.kosten_per_woning_hoog", "moet ≥ kosten_per_woning_laag zijn.", path=source)
    if f.lift.min_bouwlagen < 1 or f.lift.woningen_per_portiek_per_laag < 1:
        raise ConfigError(f"{k}.lift", "min_bouwlagen en woningen_per_portiek_per_laag moeten ≥ 1 zijn.", path=source)
    if f.exploitatie.looptijd_jaren < 1:
        raise ConfigError(f"{k}.exploitatie.looptijd_jaren", "moet minstens 1 jaar zijn.", path=source)
    if not -1 < f.exploitatie.disconteringsvoet < 1:
        raise ConfigError(
            f"{k}.exploitatie.disconteringsvoet", "verwacht een fractie, bijvoorbeeld 0.05 voor 5%.", path=source
        )
    for i, reg in enumerate(f.subsidies):
        key = f"{k}.subsidies[{i}]"
        if (reg.bedrag_per_woning is None) == (reg.percentage is None):
            raise ConfigError(
                key, f"regeling '{reg.naam}': geef precies één van bedrag_per_woning of percentage.", path=source
            )
        if reg.percentage is not None and not 0 <= reg.percentage <= 1:
            raise ConfigError(f"{key}.percentage", "verwacht een fractie tussen 0 en 1 (0.4 = 40%).", path=source)
        for name in ("bedrag_per_woning", "max_per_woning"):
            value = getattr(reg, name)
            if value is not None and value < 0:
                raise ConfigError(f"{key}.{name}", "mag niet negatief zijn.", path=source)
        unknown = [v for v in reg.voorwaarden if v not in f.kenmerken]
        if unknown:
            raise ConfigError(
                f"{key}.voorwaarden",
                f"onbekende voorwaarde '{unknown[0]}'; bekend (financieel.kenmerken): {', '.join(f.kenmerken)}.",
                path=source,
            )
        if reg.geldig_van and reg.geldig_tot and reg.geldig_tot < reg.geldig_van:
            raise ConfigError(f"{key}.geldig_tot", "ligt vóór geldig_van.", path=source)
    for code, heffing in f.gemeenten.items():
        for name in ("leges_per_woning", "canon_per_woning", "grondprijs_per_woning"):
            value = getattr(heffing, name)
            if value is not None and value < 0:
                raise ConfigError(f"{k}.gemeenten.{code}.{name}", "mag niet negatief zijn.", path=source)


def _check_vormen(v: Vormen, source: Path | None) -> None:
    """Positive lengths and sizes, shares in (0, 1]."""
    positive = {
        "vormen.aanplakken.min_kopgevel_m": v.aanplakken.min_kopgevel_m,
        "vormen.aanplakken.breedte_grondgebonden_m": v.aanplakken.breedte_grondgebonden_m,
        "vormen.uitplinten.m2_per_woning": v.uitplinten.m2_per_woning,
        "vormen.uitplinten.garagebox_max_m2": v.uitplinten.garagebox_max_m2,
    }
    for key, value in positive.items():
        if value <= 0:
            raise ConfigError(key, f"moet groter dan 0 zijn ({value}).", path=source)
    if v.aanplakken.vrije_afstand_m < 0:
        raise ConfigError("vormen.aanplakken.vrije_afstand_m", "mag niet negatief zijn.", path=source)
    if v.uitplinten.garagebox_afstand_woningen_m < 0:
        raise ConfigError("vormen.uitplinten.garagebox_afstand_woningen_m", "mag niet negatief zijn.", path=source)
    if not 0 < v.uitplinten.bruikbaar_aandeel <= 1:
        raise ConfigError("vormen.uitplinten.bruikbaar_aandeel", "moet tussen 0 en 1 liggen.", path=source)
    if v.uitplinten.min_bouwlagen < 1 or v.uitplinten.garagebox_min_aantal < 1:
        key = "min_bouwlagen" if v.uitplinten.min_bouwlagen < 1 else "garagebox_min_aantal"
        raise ConfigError(f"vormen.uitplinten.{key}", "moet minstens 1 zijn.", path=source)
