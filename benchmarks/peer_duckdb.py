"""The peer: the core of the scan as a GIS analyst would write it in DuckDB-spatial SQL.

    <peer python> benchmarks/peer_duckdb.py DATA_DIR OUT.parquet [--area]

Reads the generated province (``benchmarks/province.py``) with ``ST_Read`` and computes, per
complex: heights, plan values (largest overlap), extra storeys and homes, distances to the
voorzieningen, criterion scores, score, klasse, status and rang — no explanation text, and
eigendom per complex (the corporatie's share of the complex's own woningen, not per bouwblok
as optopscan does). ``--area``: no bezit, every pand with woningen is a complex.

Rounding follows numpy (scale, round half to even, scale back: ``np_round``), so rounded
values agree exactly.

Which DuckDB: the spatial extension cannot be installed here with ``INSTALL spatial`` (no
internet). PyPI ships it as ``duckdb-ext-spatial``, but only for DuckDB 1.4.4, and an
extension loads only into the exact DuckDB version it was built for — the project's venv has
DuckDB 2.0.1. So the peer runs in its own small venv (``benchmarks/peer_env.sh``:
``duckdb==1.4.4`` + ``duckdb-ext-spatial``) and loads the extension from the package's
files, offline. ``benchmarks/scale.py`` runs it as a child process with that interpreter.

Parameters are those of ``optopscan/data/config/default.yaml`` (the province config uses it
as its basis), written out once in :data:`P`.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import duckdb

# The defaults of optopscan's default.yaml (see there for the source of each number).
P: dict[str, Any] = {
    "storey": 3.0,
    "factor": 0.5,
    "cap": 2,
    "optop": ("horizontal", "multiple horizontal"),
    "unknown_roof": ("unknown", "no points", "no planes"),
    "usable": 0.5,
    "bvo": 75.0,
    "hov_m": 800.0,
    "hov_korting": 0.2,
    "deel_korting": 0.0,
    "park_let_op": 10,
    "park_blokkade": 40,
    "voorz": {"supermarkt": (0.3, 1000), "huisarts": (0.25, 1100), "basisschool": (0.2, 800), "ov_halte": (0.25, 600)},
    "stedelijk": {1: 0.6, 2: 0.8, 3: 1.0, 4: 1.2, 5: 1.5},
    "voorz_let_op": 0.4,
    "veer_laag": 3.5,
    "veer_hoog": 4.5,
    "veer_let_op": 0.3,
    "eig_volledig": 1.0,
    "eig_score_volledig": 1.0,
    "eig_score_gespikkeld": 0.6,
    "weights": {
        "bouwjaar": 1.0,
        "eigendom": 1.0,
        "hoogte": 3.0,
        "parkeren": 1.5,
        "voorzieningen": 1.0,
        "monument": 1.0,
        "veerkracht": 0.5,
    },
    "klassen": (80, 65, 50, 35),
}
PAND_STATUS = ("pand in gebruik", "pand in gebruik (niet ingemeten)", "verbouwing pand", "sloopvergunning verleend")
VBO_STATUS = ("verblijfsobject in gebruik", "verblijfsobject in gebruik (niet ingemeten)", "verbouwing verblijfsobject")
BANDS = [  # bouwjaar bands: (van, tot, score, status)
    (None, 1939, 0.2, "let op"),
    (1940, 1949, 0.5, "let op"),
    (1950, 1964, 1.0, "kansrijk"),
    (1965, 1990, 1.0, "kansrijk"),
    (1991, None, 0.5, "let op"),
]
NEAREST_CELLS_M = (250.0, 1000.0, 4000.0)  # grids of the nearest-neighbour search (see distances)
# plat_dak_m2 per complex is summed with fsum (exact, so independent of the order DuckDB adds
# the panden in). pandas' group sum can be one bit lower; where a total lands exactly on
# x,x5 m² the rounded values then differ by 0,1 m² (2 of 950 complexes at 500k with bezit).


def connect(threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A connection with the spatial extension loaded from the duckdb-ext-spatial package."""
    import duckdb_ext  # type: ignore[import-not-found]

    ext = next(Path(next(iter(duckdb_ext.__path__))).rglob("spatial.duckdb_extension"))
    con = duckdb.connect()
    con.sql(f"LOAD '{ext}'")
    # numpy's rounding (scale, round half to even, scale back), so rounded values agree exactly
    con.sql("CREATE MACRO np_round(x, k) AS round_even(x * pow(10, k), 0) / pow(10, k)")
    if threads:
        con.sql(f"SET threads = {threads}")
    return con


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _clamp(expr: str) -> str:
    """Clamp to [0, 1], NULL stays NULL (DuckDB's least/greatest skip NULLs)."""
    return f"np_round(CASE WHEN ({expr}) < 0 THEN 0.0 WHEN ({expr}) > 1 THEN 1.0 ELSE ({expr}) END, 9)"


def load(con: duckdb.DuckDBPyConnection, data: Path, area: bool) -> None:
    """Base tables: pand, vbo, bag3d, plannen, buurt, zone, voorz, monument, bezit."""
    d = str(data).replace("'", "''")
    con.sql(f"""
        CREATE TABLE pand AS
        SELECT lpad(identificatie, 16, '0') AS pand_id, bouwjaar::DOUBLE AS bouwjaar,
               regexp_matches(gebruiksdoel, '(^|,)\\s*woonfunctie\\s*(,|$)') AS woon, geom
        FROM ST_Read('{d}/bag-light.gpkg', layer = 'pand')
        WHERE lower(trim(status)) IN {_in(PAND_STATUS)}""")
    con.sql(f"""
        CREATE TABLE vbo AS
        SELECT lpad(identificatie, 16, '0') AS vbo_id, lpad(pand_identificatie, 16, '0') AS pand_id,
               regexp_matches(gebruiksdoel, '(^|,)\\s*woonfunctie\\s*(,|$)') AS woon,
               upper(replace(postcode, ' ', '')) AS postcode, huisnummer::BIGINT AS huisnummer,
               upper(coalesce(huisletter, '')) AS huisletter, upper(coalesce(toevoeging, '')) AS toevoeging
        FROM ST_Read('{d}/bag-light.gpkg', layer = 'verblijfsobject')
        WHERE lower(trim(status)) IN {_in(VBO_STATUS)}""")
    con.sql(f"""
        CREATE TABLE bag3d AS
        WITH raw AS (
            SELECT lpad(regexp_extract(identificatie, '(\\d+)$', 1), 16, '0') AS pand_id,
                   oorspronkelijkbouwjaar::DOUBLE AS bouwjaar_3d,
                   b3_h_dak_70p - b3_h_maaiveld AS hoogte_m, b3_h_dak_max - b3_h_maaiveld AS hoogte_max_m,
                   CASE WHEN b3_bouwlagen > 0 THEN b3_bouwlagen::DOUBLE END AS lagen,
                   b3_dak_type AS daktype, b3_opp_dak_plat AS plat_dak_m2
            FROM ST_Read('{d}/3dbag.gpkg', layer = 'pand'))
        SELECT * EXCLUDE (lagen),
               coalesce(lagen, CASE WHEN hoogte_m > 0 THEN greatest(floor(hoogte_m / {P["storey"]} + 0.5), 1) END)
                   AS bouwlagen,
               lagen IS NULL AND hoogte_m > 0 AS geschat
        FROM raw QUALIFY row_number() OVER (PARTITION BY pand_id) = 1""")
    con.sql(f"""CREATE TABLE plan AS SELECT row_number() OVER () AS plan_nr, max_bouwhoogte_m::DOUBLE AS hmax,
                   max_bouwlagen::DOUBLE AS lmax, geom FROM ST_Read('{d}/plannen.gpkg', layer = 'plannen')""")
    con.sql(f"""CREATE TABLE buurt AS SELECT row_number() OVER () AS nr, buurtcode, gemeentecode,
                   CASE WHEN stedelijkheid_adressen_per_km2 > -99990 THEN stedelijkheid_adressen_per_km2 END
                       AS stedelijkheid,
                   CASE WHEN leefbaarometer_score > -99990 THEN leefbaarometer_score END AS veerkracht_waarde, geom
                FROM ST_Read('{d}/wijkenbuurten.gpkg', layer = 'buurten')""")
    con.sql(f"""CREATE TABLE zone AS SELECT row_number() OVER () AS nr, zone, parkeernorm::DOUBLE AS parkeernorm, geom
                FROM ST_Read('{d}/parkeerzones.gpkg', layer = 'parkeerzones')""")
    con.sql(f"""CREATE TABLE voorz AS SELECT soort, coalesce(hov, false) AS hov, ST_X(geom) AS x, ST_Y(geom) AS y
                FROM ST_Read('{d}/voorzieningen.gpkg', layer = 'voorzieningen')""")
    con.sql(f"""CREATE TABLE monument AS SELECT rijksmonument_nummer::VARCHAR AS nummer, geom
                FROM ST_Read('{d}/rijksmonumenten.gpkg', layer = 'rijksmonumenten')""")
    if not area:
        con.sql(f"""
            CREATE TABLE bezit AS
            SELECT "Complexnummer" AS complexnummer,
                   lpad(nullif(trim("BAG-verblijfsobject-id"), ''), 16, '0') AS vbo_id,
                   upper(replace("Postcode", ' ', '')) AS postcode, try_cast("Huisnummer" AS BIGINT) AS huisnummer,
                   upper(coalesce("Huisletter", '')) AS huisletter,
                   upper(coalesce("Huisnummertoevoeging", '')) AS toevoeging
            FROM read_csv('{d}/bezit.csv', delim = ';', header = true, all_varchar = true)""")


def complexes(con: duckdb.DuckDBPyConnection, area: bool) -> None:
    """toewijzing(pand_id, complex_id) and eigendom per complex (owned woningen / woningen)."""
    con.sql("""CREATE TABLE woningen AS SELECT pand_id, count(*) AS n FROM vbo WHERE woon GROUP BY pand_id""")
    if area:
        con.sql("""
            CREATE TABLE toewijzing AS
            SELECT p.pand_id, p.pand_id AS complex_id FROM pand p LEFT JOIN woningen w USING (pand_id)
            WHERE p.woon OR coalesce(w.n, 0) > 0""")
        con.sql("CREATE TABLE eigendom AS SELECT NULL::VARCHAR AS complex_id, NULL::DOUBLE AS aandeel LIMIT 0")
        return
    # VHE → VBO on the BAG id, else (no id, or an id the BAG does not know) on the address
    con.sql("""
        CREATE TABLE vhe AS
        SELECT b.complexnummer, v.vbo_id, v.pand_id FROM bezit b JOIN vbo v ON v.vbo_id = b.vbo_id
        UNION ALL
        SELECT b.complexnummer, v.vbo_id, v.pand_id
        FROM (SELECT * FROM bezit ANTI JOIN vbo USING (vbo_id)) b
        JOIN vbo v USING (postcode, huisnummer, huisletter, toevoeging)""")
    con.sql("""
        CREATE TABLE toewijzing AS
        WITH per AS (SELECT pand_id, complexnummer, count(DISTINCT vbo_id) AS n FROM vhe
                     WHERE pand_id IS NOT NULL GROUP BY ALL)
        SELECT pand_id, complexnummer AS complex_id FROM per JOIN pand USING (pand_id)
        QUALIFY row_number() OVER (PARTITION BY pand_id ORDER BY n DESC, complexnummer) = 1""")
    con.sql("""
        CREATE TABLE eigendom AS
        SELECT t.complex_id, count(*) AS woningen, count(o.vbo_id) AS corporatie,
               np_round(count(o.vbo_id) / count(*), 4) AS aandeel
        FROM toewijzing t JOIN vbo v ON v.pand_id = t.pand_id AND v.woon
        LEFT JOIN (SELECT DISTINCT vbo_id FROM vhe) o ON o.vbo_id = v.vbo_id
        GROUP BY t.complex_id""")


def panden(con: duckdb.DuckDBPyConnection) -> None:
    """One row per complex pand with heights, plan values, buurt, zone and monument."""
    con.sql("""
        CREATE TABLE cp AS
        SELECT t.complex_id, p.pand_id, p.geom, ST_Area(p.geom) AS area, ST_PointOnSurface(p.geom) AS pt,
               coalesce(p.bouwjaar, b.bouwjaar_3d) AS bouwjaar, coalesce(w.n, 0) AS woningen,
               b.hoogte_m, b.hoogte_max_m, b.bouwlagen, coalesce(b.geschat, false) AS geschat, b.daktype,
               b.plat_dak_m2
        FROM toewijzing t JOIN pand p USING (pand_id) LEFT JOIN bag3d b USING (pand_id)
        LEFT JOIN woningen w USING (pand_id)""")
    # plan value of the plan area covering the largest part of the pand (per value column)
    for col in ("hmax", "lmax"):
        con.sql(f"""
            CREATE TABLE plan_{col} AS
            WITH hits AS (
                SELECT c.pand_id, q.{col} AS v, q.plan_nr, c.geom AS g, q.geom AS z,
                       count(*) OVER (PARTITION BY c.pand_id) AS n
                FROM cp c JOIN plan q ON ST_Intersects(c.geom, q.geom) WHERE q.{col} IS NOT NULL),
            sized AS (SELECT *, CASE WHEN n > 1 THEN ST_Area(ST_Intersection(g, z)) ELSE 0 END AS a FROM hits)
            SELECT pand_id, arg_max(v, a) AS {col} FROM sized WHERE n = 1 OR a > 0 GROUP BY pand_id""")
    con.sql("""
        CREATE TABLE pand_buurt AS
        SELECT c.pand_id, arg_min(struct_pack(b.buurtcode, b.gemeentecode, b.stedelijkheid, b.veerkracht_waarde), b.nr)
                   AS s
        FROM cp c JOIN buurt b ON ST_Within(c.pt, b.geom) GROUP BY c.pand_id""")
    con.sql("""
        CREATE TABLE pand_zone AS
        SELECT c.pand_id, arg_min(z.zone, z.nr) AS zone, arg_min(z.parkeernorm, z.nr) AS parkeernorm
        FROM cp c JOIN zone z ON ST_Within(c.pt, z.geom) GROUP BY c.pand_id""")
    con.sql("""
        CREATE TABLE pand_monument AS
        SELECT c.pand_id, list_sort(list_distinct(list(m.nummer))) AS nummers
        FROM cp c JOIN monument m ON ST_Intersects(c.geom, m.geom) GROUP BY c.pand_id""")


def per_complex(con: duckdb.DuckDBPyConnection) -> None:
    """Aggregate to complexen: the most restrictive plan values, attributes of the main pand."""
    con.sql("""
        CREATE TABLE cx AS
        WITH j AS (
            SELECT c.*, h.hmax, l.lmax, pb.s.buurtcode AS buurtcode, pb.s.gemeentecode AS gemeentecode,
                   pb.s.stedelijkheid AS stedelijkheid, pb.s.veerkracht_waarde AS veerkracht_waarde,
                   z.zone, z.parkeernorm, m.nummers
            FROM cp c LEFT JOIN plan_hmax h USING (pand_id) LEFT JOIN plan_lmax l USING (pand_id)
            LEFT JOIN pand_buurt pb USING (pand_id) LEFT JOIN pand_zone z USING (pand_id)
            LEFT JOIN pand_monument m USING (pand_id))
        , main AS (  -- the largest pand of each complex (ties: lowest pand_id)
            SELECT complex_id, daktype, buurtcode, gemeentecode, stedelijkheid, veerkracht_waarde,
                   zone AS parkeerzone, parkeernorm
            FROM j QUALIFY row_number() OVER (PARTITION BY complex_id ORDER BY area DESC, pand_id) = 1),
        agg AS (
            SELECT complex_id, count(*) AS aantal_panden, sum(woningen) AS aantal_woningen,
                   floor(median(bouwjaar)) AS bouwjaar, max(hoogte_m) AS hoogte_m,
                   max(hoogte_max_m) AS hoogte_max_m, max(bouwlagen) AS bouwlagen,
                   bool_or(geschat) AS bouwlagen_geschat, np_round(fsum(plat_dak_m2), 1) AS plat_dak_m2,
                   min(hmax) AS max_bouwhoogte_m, min(lmax) AS max_bouwlagen,
                   bool_or(nummers IS NOT NULL) AS monument,
                   CASE WHEN count(*) = 1 THEN ST_PointOnSurface(any_value(geom))
                        ELSE ST_PointOnSurface(ST_Collect(list(geom ORDER BY area DESC, pand_id))) END AS pt
            FROM j GROUP BY complex_id)
        SELECT * FROM agg JOIN main USING (complex_id)""")


def distances(con: duckdb.DuckDBPyConnection) -> None:
    """Distance (m, rounded) to the nearest voorziening per soort and to the nearest HOV stop.

    Grid search in growing cells (:data:`NEAREST_CELLS_M`): a (complex, soort) pair looks at
    the targets of its soort in the 3 × 3 cells around it; a hit no farther than one cell is
    the true nearest (anything closer lies in those cells). Pairs without such a hit go to
    the next, larger cell; what is left after the last is compared with every target.
    """
    soorten = list(P["voorz"]) + ["__hov__"]
    con.sql(f"""
        CREATE TABLE target AS
        SELECT soort, x, y FROM voorz WHERE soort IN {_in(tuple(P["voorz"]))}
        UNION ALL SELECT '__hov__', x, y FROM voorz WHERE hov""")
    con.sql("""
        CREATE TABLE pending AS
        SELECT c.complex_id, ST_X(c.pt) AS x, ST_Y(c.pt) AS y, k.soort
        FROM cx c CROSS JOIN (SELECT DISTINCT soort FROM target) k WHERE c.pt IS NOT NULL""")
    con.sql("CREATE TABLE near (complex_id VARCHAR, soort VARCHAR, d DOUBLE)")
    for cell in NEAREST_CELLS_M:
        con.sql(f"""
            CREATE OR REPLACE TABLE found AS
            WITH t AS (SELECT soort, x, y, floor(x / {cell})::BIGINT AS cx, floor(y / {cell})::BIGINT AS cy
                       FROM target),
                 p AS (SELECT *, floor(x / {cell})::BIGINT AS cx, floor(y / {cell})::BIGINT AS cy FROM pending)
            SELECT p.complex_id, p.soort, min(sqrt((p.x - t.x) ** 2 + (p.y - t.y) ** 2)) AS d
            FROM p, (SELECT unnest([-1, 0, 1]) AS dx) a, (SELECT unnest([-1, 0, 1]) AS dy) b
            JOIN t ON t.soort = p.soort AND t.cx = p.cx + a.dx AND t.cy = p.cy + b.dy
            GROUP BY ALL HAVING min(sqrt((p.x - t.x) ** 2 + (p.y - t.y) ** 2)) <= {cell}""")
        con.sql("INSERT INTO near SELECT * FROM found")
        con.sql("""CREATE OR REPLACE TABLE pending AS SELECT * FROM pending p
                   ANTI JOIN found f ON f.complex_id = p.complex_id AND f.soort = p.soort""")
    con.sql("""
        INSERT INTO near
        SELECT p.complex_id, p.soort, min(sqrt((p.x - t.x) ** 2 + (p.y - t.y) ** 2))
        FROM pending p JOIN target t ON t.soort = p.soort GROUP BY ALL""")
    cols = ", ".join(
        f"np_round(max(d) FILTER (WHERE soort = '{s}'), 0) AS {'afstand_hov_m' if s == '__hov__' else _dist_col(s)}"
        for s in soorten
    )
    con.sql(f"CREATE TABLE dist AS SELECT complex_id, {cols} FROM near GROUP BY complex_id")


def _dist_col(soort: str) -> str:
    return "afstand_ov_m" if soort == "ov_halte" else f"afstand_{soort}_m"


def potential_and_scores(con: duckdb.DuckDBPyConnection) -> None:
    """Extra storeys and homes, the seven criterion scores, score, klasse, status, rang."""
    cap, s, f = P["cap"], P["storey"], P["factor"]
    con.sql(f"""
        CREATE TABLE pot AS
        WITH a AS (
            SELECT cx.* EXCLUDE (pt), d.* EXCLUDE (complex_id), e.aandeel AS aandeel_corporatie,
                   max_bouwhoogte_m - coalesce(hoogte_max_m, hoogte_m) AS ruimte_raw,
                   floor((max_bouwhoogte_m - coalesce(hoogte_max_m, hoogte_m)) / {s}) AS jur_m,
                   max_bouwlagen - bouwlagen AS jur_l
            FROM cx LEFT JOIN dist d USING (complex_id) LEFT JOIN eigendom e USING (complex_id)),
        b AS (
            SELECT *, np_round(ruimte_raw, 2) AS ruimte_m,
                   CASE WHEN least(jur_m, jur_l) < 0 THEN 0 ELSE least(jur_m, jur_l) END AS bouwlagen_juridisch,
                   floor({f} * bouwlagen) AS bouwlagen_constructief,
                   daktype IN {_in(P["optop"])} AS optop_dak,
                   daktype IS NOT NULL AND daktype NOT IN {_in(P["unknown_roof"])} AS dak_bekend,
                   plat_dak_m2 * {P["usable"]} / {P["bvo"]} AS per_laag
            FROM a),
        c AS (
            SELECT * EXCLUDE (ruimte_raw, jur_m, jur_l),
                   CASE WHEN optop_dak THEN least(bouwlagen_juridisch, bouwlagen_constructief, {cap})
                        -- least() skips NULLs in DuckDB: unknown stays unknown here
                        + CASE WHEN bouwlagen_juridisch IS NULL OR bouwlagen_constructief IS NULL THEN NULL ELSE 0 END
                        WHEN dak_bekend THEN 0 END AS extra_bouwlagen
            FROM b)
        SELECT * EXCLUDE (per_laag, dak_bekend), floor(per_laag * extra_bouwlagen + 1e-9) AS extra_woningen,
               floor(coalesce(per_laag, 0) * {cap} + 1e-9) AS extra_woningen_theoretisch
        FROM c""")
    bouwjaar_score = "CASE " + " ".join(
        f"WHEN bouwjaar BETWEEN {lo if lo is not None else -1e9} AND {hi if hi is not None else 1e9} THEN {sc}"
        for lo, hi, sc, _ in BANDS
    )
    bouwjaar_status = "CASE " + " ".join(
        f"WHEN bouwjaar BETWEEN {lo if lo is not None else -1e9} AND {hi if hi is not None else 1e9} THEN '{st}'"
        for lo, hi, _, st in BANDS
    )
    fac = "CASE stedelijkheid " + " ".join(f"WHEN {k} THEN {v}" for k, v in P["stedelijk"].items()) + " ELSE 1.0 END"
    vz = P["voorz"]
    # each expression once per row: the factor, then the score per soort, then their weighted mean
    vz_each = ", ".join(f"{_clamp(f'1 - {_dist_col(k)} / ({ref} * fac)')} AS s_{k}" for k, (_, ref) in vz.items())
    vz_num = " + ".join(f"coalesce(s_{k}, 0) * {w}" for k, (w, _) in vz.items())
    vz_drop = ", ".join(["fac", "vz_den", "vz_raw"] + [f"s_{k}" for k in vz])
    vz_den = " + ".join(f"({_dist_col(k)} IS NOT NULL)::INT * {w}" for k, (w, _) in vz.items())
    eff = f"parkeernorm * (1 - CASE WHEN afstand_hov_m <= {P['hov_m']} THEN {P['hov_korting']} ELSE 0 END)"
    eff += f" * (1 - {P['deel_korting']})"
    vol = P["eig_volledig"]
    con.sql(f"""
        CREATE TABLE crit AS
        WITH w AS (SELECT *, ceil(extra_woningen * {eff} - 1e-9) AS park_raw, {fac} AS fac,
                          {vz_den} AS vz_den FROM pot),
             v AS (SELECT * EXCLUDE (park_raw), CASE WHEN park_raw < 0 THEN 0 ELSE park_raw END
                          AS extra_parkeerplaatsen, {vz_each} FROM w),
             x AS (SELECT *, ({vz_num}) / nullif(vz_den, 0) AS vz_raw FROM v)
        SELECT * EXCLUDE ({vz_drop}),
            {bouwjaar_score} END AS score_bouwjaar,
            coalesce({bouwjaar_status} END, 'let op') AS status_bouwjaar,
            {
        _clamp(
            f"CASE WHEN aandeel_corporatie >= {vol} THEN {P['eig_score_volledig']} "
            f"ELSE {P['eig_score_gespikkeld']} * aandeel_corporatie END"
        )
    } AS score_eigendom,
            CASE WHEN aandeel_corporatie >= {vol} THEN 'kansrijk' ELSE 'let op' END AS status_eigendom,
            {_clamp(f"extra_bouwlagen / {cap}")} AS score_hoogte,
            CASE WHEN extra_bouwlagen IS NULL THEN 'let op' WHEN extra_bouwlagen = 0 THEN 'blokkade'
                 ELSE 'kansrijk' END AS status_hoogte,
            {_clamp(f"1 - extra_parkeerplaatsen / {P['park_blokkade']}")} AS score_parkeren,
            CASE WHEN extra_parkeerplaatsen IS NULL THEN 'let op'
                 WHEN extra_parkeerplaatsen >= {P["park_blokkade"]} THEN 'blokkade'
                 WHEN extra_parkeerplaatsen >= {P["park_let_op"]} THEN 'let op' ELSE 'kansrijk' END AS status_parkeren,
            {_clamp("vz_raw")} AS score_voorzieningen,
            CASE WHEN monument THEN 0.0 ELSE 1.0 END AS score_monument,
            CASE WHEN monument THEN 'blokkade' ELSE 'kansrijk' END AS status_monument,
            {_clamp(f"(veerkracht_waarde - {P['veer_laag']}) / ({P['veer_hoog']} - {P['veer_laag']})")}
                AS score_veerkracht
        FROM x""")
    w = P["weights"]
    names = list(w)
    known = " + ".join(f"(score_{n} IS NOT NULL)::INT * {w[n]}" for n in names)
    weighted = " + ".join(f"coalesce(score_{n}, 0) * {w[n]}" for n in names)
    a, b, c, d = P["klassen"]
    con.sql(f"""
        CREATE TABLE result AS
        WITH s AS (
            SELECT *,
                CASE WHEN score_voorzieningen >= {P["voorz_let_op"]} THEN 'kansrijk' ELSE 'let op' END
                    AS status_voorzieningen,
                CASE WHEN score_veerkracht >= {P["veer_let_op"]} THEN 'kansrijk' ELSE 'let op' END AS status_veerkracht,
                CASE WHEN ({known}) > 0 THEN np_round(100 * ({weighted}) / ({known}), 1) END AS score
            FROM crit),
        t AS (
            SELECT *,
                CASE WHEN 'blokkade' IN (status_bouwjaar, status_eigendom, status_hoogte, status_parkeren,
                                         status_voorzieningen, status_monument, status_veerkracht) THEN 'blokkade'
                     WHEN 'let op' IN (status_bouwjaar, status_eigendom, status_hoogte, status_parkeren,
                                       status_voorzieningen, status_monument, status_veerkracht) THEN 'let op'
                     ELSE 'kansrijk' END AS status
            FROM s)
        SELECT *,
            CASE WHEN status = 'blokkade' THEN 'E' WHEN score >= {a} THEN 'A' WHEN score >= {b} THEN 'B'
                 WHEN score >= {c} THEN 'C' WHEN score >= {d} THEN 'D' ELSE 'E' END AS klasse,
            row_number() OVER (ORDER BY status = 'blokkade', coalesce(score, -1) DESC,
                               coalesce(extra_woningen, -1) DESC, complex_id) AS rang
        FROM t""")


def run(data: Path, out: Path, area: bool, threads: int | None = None) -> dict:
    """Run the peer; write the per-complex table to ``out`` (Parquet); return timings."""
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    con = connect(threads)
    steps: list[tuple[str, Any]] = [
        ("lezen", lambda: load(con, data, area)),
        ("complexen", lambda: complexes(con, area)),
        ("panden", lambda: panden(con)),
        ("per_complex", lambda: per_complex(con)),
        ("afstanden", lambda: distances(con)),
        ("potentie_scores", lambda: potential_and_scores(con)),
    ]
    for name, step in steps:
        t = time.perf_counter()
        step()
        times[name] = time.perf_counter() - t
    t = time.perf_counter()
    target = str(out).replace("'", "''")
    con.sql(f"COPY (SELECT * FROM result ORDER BY rang) TO '{target}' (FORMAT parquet)")
    times["schrijven"] = time.perf_counter() - t
    n = con.execute("SELECT count(*) FROM result").fetchone()
    return {
        "times": times,
        "total": time.perf_counter() - t0,
        "complexen": int(n[0]) if n else 0,
        "rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9,
        "bytes": out.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--area", action="store_true", help="gebiedsscan: zonder bezit")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    result = run(args.data, args.out, args.area, args.threads)
    text = json.dumps(result, indent=1)
    if args.json:
        args.json.write_text(text)
    print(text, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
