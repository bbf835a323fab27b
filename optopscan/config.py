"""Typed, validated settings loaded from ``config/*.yaml``.

The dataclasses below hold the *types*; every value (threshold, weight, norm) comes from the
YAML file. Validation names the offending key, e.g. ``regels.hoogte.max_extra_bouwlagen``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import yaml

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


@dataclass(frozen=True)
class Kolommen:
    bezit: dict[str, list[str]]
    parkeerzones: dict[str, str]
    voorzieningen: dict[str, str]


@dataclass(frozen=True)
class Band:
    van: int | None
    tot: int | None
    score: float
    status: Literal["kansrijk", "let op", "blokkade"]
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
class HoogteRegel:
    optop_daktypen: list[str]
    hoogte_referentie: Literal["max", "70p"]
    constructie_factor: float
    max_extra_bouwlagen: int


@dataclass(frozen=True)
class ParkerenRegel:
    hov_afstand_m: float
    hov_korting: float
    deelmobiliteit_korting: float
    drempel_let_op: float
    drempel_blokkade: float


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
    status: Literal["blokkade", "let op"]


@dataclass(frozen=True)
class VeerkrachtRegel:
    kolom: str | None
    laag: float
    hoog: float
    drempel_let_op: float


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
    bij_blokkade: Literal["A", "B", "C", "D", "E"]


@dataclass(frozen=True)
class Uitvoer:
    map: Path
    kaarten: Path
    max_polygonen: int
    onbekend_csv_vanaf: int
    # potentie_100m.tif (extra woningen per CBS-100m-cel) naast de shortlist;
    # bron: aanname optopscan, instelbaar
    raster: bool = True


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
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, default=str).encode()).hexdigest()[:16]
    settings = _convert(Settings, raw, "", base_dir, source, skip={"bron", "hash"})
    settings = dataclasses.replace(settings, bron=source, hash=digest)
    _check_semantics(settings, source)
    return settings


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


def _convert(tp: Any, value: Any, key: str, base_dir: Path, source: Path | None, skip=frozenset()) -> Any:
    """Convert ``value`` to type ``tp`` or raise ConfigError naming ``key``."""
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp):
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
        kwargs = {}
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
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(key, f"verwacht tekst, kreeg {value!r}.", path=source)
        return value
    raise TypeError(f"unsupported config type {tp!r} at {key}")


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _check_semantics(s: Settings, source: Path | None) -> None:
    """Checks beyond types: known rules, non-negative weights, sane ranges."""
    from optopscan.rules import RULES  # local import: rules import config types

    unknown = sorted(set(s.gewichten) - set(RULES))
    if unknown:
        raise ConfigError(f"gewichten.{unknown[0]}", f"onbekend criterium. Bekend: {', '.join(RULES)}.", path=source)
    for name, weight in s.gewichten.items():
        if weight < 0:
            raise ConfigError(f"gewichten.{name}", f"gewicht mag niet negatief zijn ({weight}).", path=source)
    if not any(w > 0 for w in s.gewichten.values()):
        raise ConfigError(
            "gewichten", "alle gewichten zijn 0: geef minstens één criterium een gewicht > 0.", path=source
        )
    k = s.klassen
    if not (100 >= k.A >= k.B >= k.C >= k.D >= 0):
        raise ConfigError("klassen", "grenzen moeten aflopen: 100 ≥ A ≥ B ≥ C ≥ D ≥ 0.", path=source)
    r = s.regels
    if r.verdiepingshoogte_m <= 0:
        raise ConfigError("regels.verdiepingshoogte_m", "moet groter dan 0 zijn.", path=source)
    if r.hoogte.max_extra_bouwlagen < 1:
        raise ConfigError("regels.hoogte.max_extra_bouwlagen", "moet minstens 1 zijn.", path=source)
    if s.potentie.bvo_per_woning_m2 <= 0:
        raise ConfigError("potentie.bvo_per_woning_m2", "moet groter dan 0 zijn.", path=source)
    if not 0 < s.potentie.bruikbaar_aandeel <= 1:
        raise ConfigError("potentie.bruikbaar_aandeel", "moet tussen 0 en 1 liggen.", path=source)
    if r.parkeren.drempel_blokkade < r.parkeren.drempel_let_op:
        raise ConfigError("regels.parkeren.drempel_blokkade", "moet ≥ drempel_let_op zijn.", path=source)
    if r.veerkracht.hoog <= r.veerkracht.laag:
        raise ConfigError("regels.veerkracht.hoog", "moet groter zijn dan 'laag'.", path=source)
    for name, soort in r.voorzieningen.soorten.items():
        if soort.referentieafstand_m <= 0:
            raise ConfigError(
                f"regels.voorzieningen.soorten.{name}.referentieafstand_m", "moet groter dan 0 zijn.", path=source
            )
        if soort.gewicht < 0:
            raise ConfigError(f"regels.voorzieningen.soorten.{name}.gewicht", "mag niet negatief zijn.", path=source)
    for i, band in enumerate(r.bouwjaar.banden):
        if not 0 <= band.score <= 1:
            raise ConfigError(f"regels.bouwjaar.banden[{i}].score", "moet tussen 0 en 1 liggen.", path=source)
