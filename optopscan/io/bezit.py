"""Corporatie bezit: CSV, XLSX or a folder of VERA ``Eenheid`` JSON files → one row per VHE,
and matching VHEs to BAG verblijfsobjecten.

There is no public standard export, so source headers are recognised from candidate lists
(:data:`DEFAULT_COLUMNS`, case-insensitive, spaces/underscores/hyphens ignored); a user can
pass their own lists per canonical column.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from optopscan.errors import EmptyLayerError, MissingColumnError, UnreadableFileError
from optopscan.io.common import (
    check_file,
    isin,
    normalise_bag_id,
    normalise_letter,
    normalise_postcode,
    normalise_text,
    to_int,
)
from optopscan.io.quality import resolve_duplicates

#: canonical column → candidate source headers (compared case-insensitively, ignoring
#: spaces, underscores, hyphens and dots).
DEFAULT_COLUMNS: dict[str, list[str]] = {
    "vhe_id": [
        "vhe",
        "vhe-nummer",
        "vhe_nummer",
        "vhenummer",
        "vhe_id",
        "vhe-id",
        "eenheidnummer",
        "eenheidsnummer",
        "eenheid",
        "eenheid_id",
        "id",
    ],
    "complexnummer": ["complexnummer", "complex", "complex_id", "complexnr", "cluster", "clusternummer", "cluster_id"],
    "complexnaam": ["complexnaam", "complex_naam", "clusternaam", "cluster_naam"],
    "straat": ["straatnaam", "straat", "openbare_ruimte_naam", "openbareruimte"],
    "huisnummer": ["huisnummer", "huisnr", "nummer"],
    "huisletter": ["huisletter", "letter"],
    "toevoeging": ["huisnummertoevoeging", "toevoeging", "huisnummer_toevoeging", "toev"],
    "postcode": ["postcode", "pc", "postcode6"],
    "woonplaats": ["woonplaats", "plaats", "woonplaatsnaam", "woonplaats_naam"],
    "vbo_id": [
        "bag-verblijfsobject-id",
        "bag_vbo_id",
        "vbo_id",
        "verblijfsobject",
        "verblijfsobject_id",
        "verblijfsobjectid",
        "bag_verblijfsobject_id",
        "bagid",
        "bag_id",
        "bagidentificatie",
        "adresseerbaarobject",
        "adresseerbaarobject_id",
        "adresseerbaarobjectid",
        "vbo",
    ],
}
TEXT_COLUMNS = ["vhe_id", "complexnummer", "straat", "huisletter", "toevoeging", "postcode", "woonplaats"]
OUTPUT_COLUMNS = [
    "vhe_id",
    "complexnummer",
    "complexnaam",
    "straat",
    "huisnummer",
    "huisletter",
    "toevoeging",
    "postcode",
    "woonplaats",
    "vbo_id",
    "bron_rij",
]

#: VERA cluster soorten that denote a (beheer)complex, preferred for complexnummer.
VERA_COMPLEX_SOORTEN = ("complex", "com", "bco", "cpx")


def _key(name: str) -> str:
    return "".join(ch for ch in str(name).lower() if ch.isalnum())


# --------------------------------------------------------------------------- reading


def read_bezit(path: str | Path, columns: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """Read a corporatie's bezit (one row per VHE).

    ``path``: a ``.csv``/``.txt`` (``;`` or ``,`` sniffed; UTF-8 with or without BOM, else
    cp1252), ``.xlsx``/``.xlsm`` (first sheet), or a folder of VERA ``Eenheid`` ``.json``
    files (a single VERA ``.json`` file also works). ``columns`` overrides the candidate
    headers per canonical column (merged over :data:`DEFAULT_COLUMNS`).

    Required: vhe_id, complexnummer, and either vbo_id or postcode + huisnummer.
    Returns vhe_id, complexnummer, straat, huisnummer (Int64), huisletter, toevoeging,
    postcode, woonplaats (str, "" when none), vbo_id (str16, missing when none or invalid),
    bron_rij (1-based data row for tables, 1-based file number in name order for VERA).
    A huisnummer like "12a-2" is split into huisletter/toevoeging when those are empty.
    """
    p = check_file(path, "bezitsbestand")
    cands = {k: list(v) for k, v in DEFAULT_COLUMNS.items()}
    if columns:
        for k, v in columns.items():
            cands[k] = list(v) + [c for c in cands.get(k, []) if c not in v]
    if p.is_dir() or p.suffix.lower() == ".json":
        raw = _read_vera(p)
        mapping = {c: c for c in raw.columns}
    else:
        raw = _read_table(p)
        mapping = _map_columns(p, raw, cands)
    out = _canonical(raw, mapping)
    # a VHE listed twice: identical rows are one VHE; different rows cannot be chosen between
    # (a bezit export has no documentdatum), so the ids are listed and the scan stops
    compare = [c for c in out.columns if c not in ("vhe_id", "bron_rij")]
    out = resolve_duplicates(
        out,
        "vhe_id",
        bron=p.name,
        compare=compare,
        what="VHE",
        path=p,
    ).reset_index(drop=True)
    return out


def _read_table(p: Path) -> pd.DataFrame:
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        try:
            df = pd.read_excel(p, dtype=str, keep_default_na=False)
        except Exception as exc:
            raise UnreadableFileError(
                f"het Excel-bestand kan niet worden gelezen ({exc}).",
                path=p,
                remedy="sla het bestand opnieuw op als .xlsx, of exporteer het als CSV.",
            ) from exc
    else:
        data = p.read_bytes()
        text = None
        for enc in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if text is None or "\x00" in text[:4096]:
            raise UnreadableFileError(
                "het bestand is geen leesbare tekst (CSV); verwacht UTF-8 of Windows-1252.",
                path=p,
                remedy="exporteer het bezit als CSV (UTF-8) of XLSX.",
            )
        header = next((ln for ln in text.splitlines() if ln.strip()), "")
        sep = max((";", ",", "\t", "|"), key=header.count)
        if header.count(sep) == 0:
            raise UnreadableFileError(
                "de eerste regel bevat geen scheidingsteken (; of ,): dit lijkt geen CSV met kolomkoppen.",
                path=p,
                remedy="exporteer het bezit als CSV met een kopregel en ; of , als scheidingsteken.",
            )
        try:
            df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=True)
        except Exception as exc:
            raise UnreadableFileError(
                f"de CSV kan niet worden gelezen ({exc}).",
                path=p,
                remedy="controleer scheidingsteken en aanhalingstekens; exporteer opnieuw als CSV (UTF-8) of XLSX.",
            ) from exc
    df.columns = [str(c).strip() for c in df.columns]
    if len(df) == 0:
        raise EmptyLayerError(
            "het bezitsbestand bevat geen rijen.", path=p, remedy="controleer de export (filter, tabblad)."
        )
    df = df.reset_index(drop=True)
    df["bron_rij"] = np.arange(1, len(df) + 1)
    return df


def _map_columns(p: Path, df: pd.DataFrame, cands: dict[str, list[str]]) -> dict[str, str]:
    present: dict[str, str] = {}
    for c in df.columns:
        present.setdefault(_key(c), c)
    mapping: dict[str, str] = {"bron_rij": "bron_rij"}
    used: set[str] = set()
    for canon in ["vbo_id", "complexnummer", "vhe_id", *cands]:  # specific ones first
        if canon in mapping:
            continue
        for cand in cands.get(canon, []):
            actual = present.get(_key(cand))
            if actual is not None and actual not in used:
                mapping[canon] = actual
                used.add(actual)
                break

    def missing(names: list[str], what: str) -> MissingColumnError:
        tried = "; ".join(f"{n}: {', '.join(cands.get(n, []))}" for n in names)
        return MissingColumnError(
            f"kolom voor {what} niet gevonden (gezocht naar {tried}); aanwezige kolommen: "
            f"{', '.join(str(c) for c in df.columns if c != 'bron_rij')}.",
            path=p,
            column=names[0],
            remedy="hernoem de kolom in het bestand, of geef de kolomnaam op in de configuratie onder "
            f'kolommen.bezit (bijvoorbeeld {names[0]}: ["naam van uw kolom"]).',
        )

    for req in ("vhe_id", "complexnummer"):
        if req not in mapping:
            raise missing([req], req)
    if "vbo_id" not in mapping and not ("postcode" in mapping and "huisnummer" in mapping):
        raise missing(["vbo_id", "postcode", "huisnummer"], "het BAG-verblijfsobject-id of postcode + huisnummer")
    return mapping


def _canonical(raw: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    idx = raw.index

    def col(name: str) -> pd.Series:
        if name in mapping and mapping[name] in raw:
            return raw[mapping[name]]
        return pd.Series("", index=idx, dtype="str")

    out = pd.DataFrame(index=idx)
    out["vhe_id"] = normalise_text(col("vhe_id")).str.replace(r"\.0$", "", regex=True)
    out["complexnummer"] = normalise_text(col("complexnummer")).str.replace(r"\.0$", "", regex=True)
    out["complexnaam"] = normalise_text(col("complexnaam"))
    out["straat"] = normalise_text(col("straat"))
    hn = normalise_text(col("huisnummer"))
    parts = hn.str.extract(r"^(\d+)(?:\.0)?\s*([A-Za-z]?)(?:[\s\-/]+)?(.*)$")
    out["huisnummer"] = to_int(parts[0])
    letter = normalise_letter(col("huisletter"))
    toev = normalise_letter(col("toevoeging"))
    extra_letter = normalise_letter(parts[1].fillna(""))
    extra_toev = normalise_letter(parts[2].fillna(""))
    out["huisletter"] = letter.where(letter != "", extra_letter).astype("str")
    out["toevoeging"] = toev.where(toev != "", extra_toev).astype("str")
    out["postcode"] = normalise_postcode(col("postcode"))
    out["woonplaats"] = normalise_text(col("woonplaats"))
    out["vbo_id"] = normalise_bag_id(col("vbo_id"))
    out["bron_rij"] = raw["bron_rij"].astype("int64")
    blank = out[TEXT_COLUMNS].eq("").all(axis=1) & out["huisnummer"].isna() & out["vbo_id"].isna()
    out = out[~blank].reset_index(drop=True)
    return out[OUTPUT_COLUMNS]


def _get(d, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict):
            return default
        d = d.get(k)
    return default if d is None else d


def _vera_complex(unit: dict) -> str:
    clusters = unit.get("clusters") or []
    if isinstance(clusters, dict):
        clusters = [clusters]
    if not clusters:
        return ""

    def is_complex(c) -> bool:
        if not isinstance(c, dict):
            return False
        s = c.get("soort")
        code, naam = (s.get("code", ""), s.get("naam", "")) if isinstance(s, dict) else (s, "")
        return str(code or "").lower() in VERA_COMPLEX_SOORTEN or "complex" in str(naam or "").lower()

    chosen = next((c for c in clusters if is_complex(c)), clusters[0])
    if not isinstance(chosen, dict):
        return str(chosen)
    return str(chosen.get("code") or chosen.get("id") or "")


def _read_vera(p: Path) -> pd.DataFrame:
    files = sorted(p.glob("*.json")) if p.is_dir() else [p]
    if not files:
        raise EmptyLayerError(
            "de map bevat geen VERA-bestanden (*.json).",
            path=p,
            remedy="geef een map met VERA Eenheid-JSON-bestanden op.",
        )
    records = []
    for i, f in enumerate(files, start=1):
        try:
            doc = json.loads(f.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UnreadableFileError(
                f"geen geldige JSON ({exc}).",
                path=f,
                remedy="controleer of dit een VERA Eenheid-bestand is; verwijder het uit "
                "de map of exporteer het opnieuw.",
            ) from exc
        units = doc if isinstance(doc, list) else doc.get("eenheden", [doc]) if isinstance(doc, dict) else []
        for unit in units:
            if not isinstance(unit, dict):
                continue
            adres = unit.get("adres") or {}
            wp = adres.get("woonplaats")
            records.append(
                {
                    "vhe_id": str(unit.get("id") or ""),
                    "complexnummer": _vera_complex(unit),
                    "straat": str(adres.get("straatnaam") or ""),
                    "huisnummer": str(adres.get("huisnummer") or ""),
                    "huisletter": str(adres.get("huisletter") or ""),
                    "toevoeging": str(adres.get("huisnummerToevoeging") or ""),
                    "postcode": str(adres.get("postcode") or ""),
                    "woonplaats": str(_get(wp, "naam", default="") if isinstance(wp, dict) else (wp or "")),
                    "vbo_id": str(_get(unit, "adresseerbaarObjectBasisregistratie", "bagIdentificatie", default="")),
                    "bron_rij": i,
                }
            )
    if not records:
        raise EmptyLayerError(
            "geen VERA-eenheden gevonden.", path=p, remedy="geef een map met VERA Eenheid-JSON-bestanden op."
        )
    return pd.DataFrame.from_records(records)


# --------------------------------------------------------------------------- matching


@dataclass
class MatchReport:
    """Outcome of :func:`match_bezit`."""

    totaal: int
    op_id: int
    op_adres: int
    geen: int
    ongematcht: pd.DataFrame = field(repr=False)
    redenen: dict[str, int] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return {"id": self.op_id, "adres": self.op_adres, "geen": self.geen}

    def summary(self) -> str:
        pct = (lambda n: f"{100.0 * n / self.totaal:.0f}%") if self.totaal else (lambda n: "-")
        lines = [
            f"{self.totaal} eenheden (VHE's) in het bezitsbestand:",
            f"  {self.op_id} gekoppeld op BAG-verblijfsobject-id ({pct(self.op_id)})",
            f"  {self.op_adres} gekoppeld op adres (postcode, huisnummer, huisletter, "
            f"toevoeging) ({pct(self.op_adres)})",
            f"  {self.geen} niet gekoppeld ({pct(self.geen)})",
        ]
        for reden, n in sorted(self.redenen.items(), key=lambda kv: -kv[1]):
            lines.append(f"    - {reden}: {n}")
        if self.geen:
            lines.append(
                "Controleer de niet-gekoppelde eenheden (rijnummer in bron_rij): "
                "vul het BAG-verblijfsobject-id aan of corrigeer het adres."
            )
        return "\n".join(lines)


REDEN_ID_ONBEKEND_ADRES_NIET = "BAG-id onbekend en adres niet gevonden"
REDEN_ID_ONBEKEND_GEEN_ADRES = "BAG-id onbekend en geen adres"
REDEN_GEEN_ID_ADRES_NIET = "geen BAG-id en adres niet gevonden in de BAG"
REDEN_GEEN_ID_GEEN_ADRES = "geen BAG-id en geen adres"


def _combined(letter: pd.Series, toev: pd.Series) -> pd.Series:
    return (letter.fillna("") + toev.fillna("")).str.replace(r"[\s\-/]", "", regex=True)


def match_bezit(bezit: pd.DataFrame, vbo: pd.DataFrame) -> tuple[pd.DataFrame, MatchReport]:
    """Link VHEs to BAG verblijfsobjecten.

    First on the normalised ``vbo_id`` (must be a VBO in ``vbo``), else on postcode +
    huisnummer + huisletter + toevoeging (exact), else on postcode + huisnummer + huisletter
    and toevoeging glued together (catches "12 A" stored as toevoeging instead of
    huisletter). Adds vbo_id (the BAG id that matched; the source value is kept in
    ``vbo_id_bron``), pand_id, match ("id" / "adres" / "geen") and match_reden ("" when
    matched). All merges, no loops. ``vbo`` is the canonical frame of
    :func:`optopscan.io.bag.read_verblijfsobjecten` (already normalised).
    """
    b = bezit.copy().reset_index(drop=True)
    b["vbo_id_bron"] = normalise_bag_id(b["vbo_id"]) if "vbo_id" in b else np.nan
    b["vbo_id_bron"] = b["vbo_id_bron"].astype("str")
    # ``vbo`` comes from bag.read_verblijfsobjecten: ids (present and unique) and address
    # parts are normalised there
    v = vbo[["vbo_id", "pand_id", "postcode", "huisnummer", "huisletter", "toevoeging"]]

    pand_by_vbo = v.set_index("vbo_id")["pand_id"]
    has_id = b["vbo_id_bron"].notna()
    id_known = has_id & isin(b["vbo_id_bron"], pand_by_vbo.index)
    vbo_id = b["vbo_id_bron"].where(id_known)
    match = pd.Series(np.where(id_known, "id", "geen"), index=b.index, dtype="str")

    bpc = normalise_postcode(b["postcode"])
    bhn = to_int(b["huisnummer"])
    has_addr = (bpc != "") & bhn.notna()
    todo = ~id_known & has_addr
    if todo.any():
        left = pd.DataFrame(
            {
                "row": b.index[todo],
                "postcode": bpc[todo],
                "huisnummer": bhn[todo],
                "huisletter": normalise_letter(b.loc[todo, "huisletter"]),
                "toevoeging": normalise_letter(b.loc[todo, "toevoeging"]),
            }
        )
        # only VBOs on a postcode asked for (same matches, far fewer rows to copy and dedupe)
        right = v[isin(v["postcode"], left["postcode"])]
        right = right[(right["postcode"] != "") & right["huisnummer"].notna()]
        keys = ["postcode", "huisnummer", "huisletter", "toevoeging"]
        exact = left.merge(right.drop_duplicates(keys)[keys + ["vbo_id"]], on=keys, how="inner")
        found = pd.Series(exact["vbo_id"].to_numpy(), index=exact["row"].to_numpy())
        rest = left[~left["row"].isin(found.index)].copy()
        if len(rest):
            rest["lt"] = _combined(rest["huisletter"], rest["toevoeging"])
            r2 = right[isin(right["postcode"], rest["postcode"])]
            r2 = r2.assign(lt=_combined(r2["huisletter"], r2["toevoeging"]))
            k2 = ["postcode", "huisnummer", "lt"]
            loose = rest[["row", *k2]].merge(r2.drop_duplicates(k2)[k2 + ["vbo_id"]], on=k2, how="inner")
            found = pd.concat([found, pd.Series(loose["vbo_id"].to_numpy(), index=loose["row"].to_numpy())])
        hit = pd.Series(False, index=b.index)
        hit[found.index] = True
        vbo_id = vbo_id.where(~hit, found.reindex(b.index))
        match = match.where(~hit, "adres")

    reden = pd.Series("", index=b.index, dtype="str")
    geen = match == "geen"
    reden[geen & has_id & has_addr] = REDEN_ID_ONBEKEND_ADRES_NIET
    reden[geen & has_id & ~has_addr] = REDEN_ID_ONBEKEND_GEEN_ADRES
    reden[geen & ~has_id & has_addr] = REDEN_GEEN_ID_ADRES_NIET
    reden[geen & ~has_id & ~has_addr] = REDEN_GEEN_ID_GEEN_ADRES

    b["vbo_id"] = vbo_id.astype("str")
    # only the VBOs that matched (same lookups, far smaller hash table)
    pand_by_vbo = pand_by_vbo[isin(pd.Series(pand_by_vbo.index), b["vbo_id"]).to_numpy()]
    b["pand_id"] = b["vbo_id"].map(pand_by_vbo).astype("str")
    b["match"] = match
    b["match_reden"] = reden
    report = MatchReport(
        totaal=len(b),
        op_id=int((match == "id").sum()),
        op_adres=int((match == "adres").sum()),
        geen=int(geen.sum()),
        ongematcht=b[geen].copy(),
        redenen={k: int(n) for k, n in reden[geen].value_counts().items()},
    )
    return b, report
