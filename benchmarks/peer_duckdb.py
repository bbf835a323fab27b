"""The peer: the core of the scan as a GIS analyst would write it in DuckDB-spatial SQL.

    <peer python> benchmarks/peer_duckdb.py DATA_DIR OUT.parquet [--area]

Reads the generated province (``benchmarks/province.py``) with ``ST_Read`` and computes, per
complex, what optopscan's verdict rules give: heights and plan values, optoppen per pand
(legal, structural and extra storeys, homes per tier) summed per complex, the aanplak
candidates (kopgevels of the minimum rotated rectangle, free of other panden and of BGT
road and water) and the uitplint candidates (plinten, rows of garageboxen), the tiers
``extra_woningen_theoretisch/_constructief/_binnen_plan/_kansrijk`` and the homes per form,
distances to the voorzieningen, every criterion's score and status, score, volledigheid,
status (the ladder), klasse (with its caps) and rang — no explanation text. Eigendom is
measured over bouwblokken as optopscan does (attached panden with woningen, grown from the
complex's panden). ``--area``: no bezit, every pand with woningen is a complex.

What the province data lacks, the peer leaves out: its plans are a GeoPackage without
``wonen_toegestaan`` and without Bouwvlakken, so whether wonen is allowed is unknown for
every pand and candidate (aanplak and uitplint candidates are then "onderzoek nodig"); a
plan data set with bestemmingen would need the largest-overlap join of ``plan_hmax`` for
that column too.

Rounding follows numpy (scale, round half to even, scale back: ``np_round``), so rounded
values agree exactly; sums that are rounded afterwards (``plat_dak_m2``) are added as pandas
adds them (see :func:`connect`).

A row of garageboxen goes to the nearest complex pand; of equally near ones (the panden of a
straight row behind the boxes often are) to the lowest complex_id, as optopscan does since its
garagebox tie-break became deterministic. Before that, optopscan took whichever one shapely's
STRtree returned first (``query_nearest(all_matches=False)``), which depends on how the tree
was packed and which SQL cannot reproduce: against such a version, 2 complexes per affected
tile differ in ``extra_woningen_uitplinten`` and the tiers, and the one that lost its homes
moves in ``rang`` (which shifts the rang of every complex between its two places).

Two pitfalls of DuckDB 1.4.4 spatial, worked around in :func:`near_pairs`: its own
``ST_Distance``/``ST_DWithin`` return 0 for some polygon pairs that lie metres apart, and a
spatial join that carries another join condition (``a.id <> b.id``) loses its spatial
predicate (every pair matches).

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
import os
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
    "koppel": (1965, 1990),
    "cap_status": {"blokkade": "E", "planwijziging nodig": "C", "onderzoek nodig": "C"},
    "volledigheid": 0.8,
    "cap_onvolledig": "C",
    "monument_score": 0.5,
    "monument_status": "onderzoek nodig",
    # hoogte: the status of each outcome (regels.hoogte.status)
    "st_geen_vorm": "blokkade",
    "st_wonen_niet": "planwijziging nodig",
    "st_geen_optopdak": "let op",
    "st_geen_planruimte": "planwijziging nodig",
    "st_constructie": "onderzoek nodig",
    "park_maatwerk_status": "let op",
    # vormen
    "min_kopgevel": 6.0,
    "breedte_grond": 6.0,
    "vrije_afstand": 1.0,
    "touch": 0.5,  # optopscan.model.eigendom.TOUCH_M
    "min_elongation": 1.5,
    "bgt_tolerance": 0.5,
    "plint_min_lagen": 3,
    "plint_doelen": ("overige gebruiksfunctie",),
    "plint_aandeel": 1.0,
    "plint_m2": 40.0,
    "box_max_m2": 30.0,
    "box_min": 6,
    "box_afstand": 100.0,
}
LADDER = ("kansrijk", "let op", "onderzoek nodig", "planwijziging nodig", "blokkade")
PAND_STATUS = ("pand in gebruik", "pand in gebruik (niet ingemeten)", "verbouwing pand", "sloopvergunning verleend")
VBO_STATUS = ("verblijfsobject in gebruik", "verblijfsobject in gebruik (niet ingemeten)", "verbouwing verblijfsobject")
BANDS = [  # bouwjaar bands: (van, tot, score, status)
    (None, 1939, 0.2, "let op"),
    (1940, 1949, 0.5, "let op"),
    (1950, 1964, 1.0, "kansrijk"),
    (1965, 1990, 1.0, "kansrijk"),
    (1991, None, 1.0, "kansrijk"),
]
NEAREST_CELLS_M = (250.0, 1000.0, 4000.0)  # grids of the nearest-neighbour search (see distances)
# plat_dak_m2 per complex: summed as pandas sums it (see connect), over the panden in optopscan's
# order (largest first), so even a total that lands on x,x5 m² rounds alike; a complex of more
# than ~260 panden falls back to fsum.


def connect(threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A connection with the spatial extension loaded from the duckdb-ext-spatial package."""
    import duckdb_ext  # type: ignore[import-not-found]

    ext = next(Path(next(iter(duckdb_ext.__path__))).rglob("spatial.duckdb_extension"))
    con = duckdb.connect()
    con.sql(f"LOAD '{ext}'")
    # numpy's rounding (scale, round half to even, scale back), so rounded values agree exactly
    con.sql("CREATE MACRO np_round(x, k) AS round_even(x * pow(10, k), 0) / pow(10, k)")
    # pandas' group sum, for agreement to the last bit: with sorted groups and no NaN in the
    # column it is numpy's add.reduceat (first value + pairwise sum of the rest: 8 running sums
    # in blocks of 128), else a Kahan sum in row order
    con.sql("CREATE MACRO seq_sum(l) AS list_reduce(list_prepend(0.0, l), (a, x) -> a + x)")
    lanes = [f"seq_sum(l[{j}:len(l) - len(l) % 8:8])" for j in range(1, 9)]
    first, second = (
        f"({lanes[0]} + {lanes[1]}) + ({lanes[2]} + {lanes[3]})",
        f"({lanes[4]} + {lanes[5]}) + ({lanes[6]} + {lanes[7]})",
    )
    eight = f"({first}) + ({second})"
    con.sql(f"""CREATE MACRO pw_block(l) AS CASE WHEN len(l) < 8 THEN seq_sum(l)
                ELSE list_reduce(list_prepend({eight}, l[len(l) - len(l) % 8 + 1:]), (a, x) -> a + x) END""")
    con.sql("""CREATE MACRO pw_half(n) AS n // 2 - (n // 2) % 8""")
    con.sql("""CREATE MACRO pw_sum(l) AS CASE WHEN len(l) <= 128 THEN pw_block(l)
                WHEN len(l) - pw_half(len(l)) <= 128 THEN pw_block(l[1:pw_half(len(l))])
                                                           + pw_block(l[pw_half(len(l)) + 1:]) END""")
    con.sql("CREATE MACRO np_reduce_sum(l) AS l[1] + pw_sum(l[2:])")
    con.sql("""CREATE MACRO kahan_sum(l) AS list_reduce(list_transform(l, x -> [x, 0.0]),
                (a, x) -> [a[1] + (x[1] - a[2]), ((a[1] + (x[1] - a[2])) - a[1]) - (x[1] - a[2])])[1]""")
    # gebruiksdoel as optopscan normalises it: lower case, "a,b" without spaces around separators
    con.sql("""CREATE MACRO norm_doel(x) AS
               trim(regexp_replace(lower(trim(coalesce(x, ''))), '\\s*[,;]\\s*', ',', 'g'), ',')""")
    # huisletter / toevoeging as optopscan normalises them: upper case, no leading '-' or spaces
    con.sql("""CREATE MACRO norm_letter(x) AS
               regexp_replace(trim(regexp_replace(upper(coalesce(x::VARCHAR, '')), '^[\\s\\-]+', '')),
                              '^(\\d+)\\.0$', '\\1')""")
    if threads:
        con.sql(f"SET threads = {threads}")
    # the country does not fit DuckDB's defaults on a 24 GB machine (out of memory at 18.8 GB in
    # per_complex): a larger limit and no insertion order (every list() here has its ORDER BY)
    if os.environ.get("PEER_MEMORY_LIMIT"):
        con.sql(f"SET memory_limit = '{os.environ['PEER_MEMORY_LIMIT']}'")
        con.sql("SET preserve_insertion_order = false")
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
               lower(gebruiksdoel) AS doel,  -- normalised (norm_doel) only where a test needs it
               CASE WHEN oppervlakte::DOUBLE BETWEEN 1 AND 1000000 THEN oppervlakte::DOUBLE END AS oppervlakte,
               upper(replace(postcode, ' ', '')) AS postcode, huisnummer::BIGINT AS huisnummer,
               norm_letter(huisletter) AS huisletter, norm_letter(toevoeging) AS toevoeging
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
    con.sql(f"""CREATE TABLE buurt AS
                SELECT row_number() OVER () AS nr, buurtcode, buurtnaam, gemeentecode, gemeentenaam,
                   CASE WHEN stedelijkheid_adressen_per_km2 > -99990 THEN stedelijkheid_adressen_per_km2 END
                       AS stedelijkheid,
                   CASE WHEN leefbaarometer_score > -99990 THEN leefbaarometer_score END AS veerkracht_waarde, geom
                FROM ST_Read('{d}/wijkenbuurten.gpkg', layer = 'buurten')""")
    con.sql(f"""CREATE TABLE zone AS SELECT row_number() OVER () AS nr, zone, parkeernorm::DOUBLE AS parkeernorm, geom
                FROM ST_Read('{d}/parkeerzones.gpkg', layer = 'parkeerzones')""")
    con.sql(f"""CREATE TABLE voorz AS SELECT soort, coalesce(hov, false) AS hov, ST_X(geom) AS x, ST_Y(geom) AS y
                FROM ST_Read('{d}/voorzieningen.gpkg', layer = 'voorzieningen')""")
    con.sql(f"""CREATE TABLE obstakel AS SELECT geom FROM ST_Read('{d}/bgt.gpkg', layer = 'wegdeel')
                UNION ALL SELECT geom FROM ST_Read('{d}/bgt.gpkg', layer = 'waterdeel')""")
    con.sql(f"""CREATE TABLE monument AS SELECT rijksmonument_nummer::VARCHAR AS nummer, geom
                FROM ST_Read('{d}/rijksmonumenten.gpkg', layer = 'rijksmonumenten')""")
    if not area:
        con.sql(f"""
            CREATE TABLE bezit AS
            SELECT row_number() OVER () AS nr, "Complexnummer" AS complexnummer,
                   lpad(nullif(trim("BAG-verblijfsobject-id"), ''), 16, '0') AS vbo_id,
                   upper(replace("Postcode", ' ', '')) AS postcode, try_cast("Huisnummer" AS BIGINT) AS huisnummer,
                   norm_letter("Huisletter") AS huisletter, norm_letter("Huisnummertoevoeging") AS toevoeging
            FROM read_csv('{d}/bezit.csv', delim = ';', header = true, all_varchar = true)""")


def complexes(con: duckdb.DuckDBPyConnection, area: bool) -> None:
    """toewijzing(pand_id, complex_id) and eigendom per complex (owned woningen / woningen)."""
    con.sql("""CREATE TABLE woningen AS SELECT pand_id, count(*) AS n FROM vbo WHERE woon GROUP BY pand_id""")
    con.sql("CREATE TABLE woonpand AS SELECT p.pand_id, p.geom FROM pand p JOIN woningen USING (pand_id)")
    if area:
        con.sql("""
            CREATE TABLE toewijzing AS
            SELECT p.pand_id, p.pand_id AS complex_id FROM pand p LEFT JOIN woningen w USING (pand_id)
            WHERE p.woon OR coalesce(w.n, 0) > 0""")
        con.sql(
            """CREATE TABLE eigendom AS SELECT NULL::VARCHAR AS complex_id, NULL::DOUBLE AS woningen_bouwblok,
                   NULL::DOUBLE AS woningen_corporatie, NULL::DOUBLE AS aandeel,
                   NULL::DOUBLE AS aantal_vhe LIMIT 0"""
        )
        return
    # VHE → VBO on the BAG id, else (no id, or an id the BAG does not know) on the address
    # … exactly, else with huisletter and toevoeging glued together ("12 A" stored as toevoeging)
    con.sql("""
        CREATE TABLE vhe AS
        WITH adres AS (SELECT * FROM bezit ANTI JOIN vbo USING (vbo_id)
                       WHERE postcode SIMILAR TO '[1-9][0-9]{3}[A-Z]{2}' AND huisnummer IS NOT NULL),
             vp AS (SELECT * FROM vbo WHERE postcode IN (SELECT postcode FROM adres)),  -- only postcodes asked for
             v1 AS (SELECT postcode, huisnummer, huisletter, toevoeging, min(vbo_id) AS vbo_id FROM vp GROUP BY ALL),
             exact AS (SELECT a.nr, v1.vbo_id FROM adres a
                       JOIN v1 USING (postcode, huisnummer, huisletter, toevoeging)),
             v2 AS (SELECT postcode, huisnummer, regexp_replace(huisletter || toevoeging, '[\\s\\-/]', '', 'g') AS lt,
                           min(vbo_id) AS vbo_id FROM vp GROUP BY ALL),
             los AS (SELECT a.nr, v2.vbo_id FROM (SELECT * FROM adres WHERE nr NOT IN (SELECT nr FROM exact)) a
                     JOIN v2 ON v2.postcode = a.postcode AND v2.huisnummer = a.huisnummer
                            AND v2.lt = regexp_replace(a.huisletter || a.toevoeging, '[\\s\\-/]', '', 'g')),
             hit AS (SELECT b.nr, b.vbo_id FROM bezit b SEMI JOIN vbo USING (vbo_id)
                     UNION ALL SELECT * FROM exact UNION ALL SELECT * FROM los)
        SELECT b.complexnummer, v.vbo_id, v.pand_id
        FROM hit h JOIN bezit b USING (nr) JOIN vbo v ON v.vbo_id = h.vbo_id""")
    con.sql("""
        CREATE TABLE toewijzing AS
        WITH per AS (SELECT pand_id, complexnummer, count(DISTINCT vbo_id) AS n FROM vhe
                     WHERE pand_id IS NOT NULL GROUP BY ALL)
        SELECT pand_id, complexnummer AS complex_id FROM per JOIN pand USING (pand_id)
        QUALIFY row_number() OVER (PARTITION BY pand_id ORDER BY n DESC, complexnummer) = 1""")
    # eigendom over bouwblokken: panden with woningen attached to the complex's panden
    con.sql("""CREATE TABLE blok_seed AS SELECT DISTINCT pand_id FROM toewijzing JOIN woonpand USING (pand_id)""")
    reach = components(con, "woonpand", "blok_seed")
    con.sql(f"""
        CREATE TABLE eigendom AS
        WITH owned AS (SELECT v.pand_id, count(*) AS n FROM vbo v
                       WHERE v.woon AND v.vbo_id IN (SELECT vbo_id FROM vhe) GROUP BY v.pand_id),
             blok AS (SELECT DISTINCT t.complex_id, r.node AS pand_id
                      FROM toewijzing t JOIN {reach} r ON r.seed = t.pand_id)
        SELECT b.complex_id, sum(w.n) AS woningen_bouwblok, sum(coalesce(o.n, 0)) AS woningen_corporatie,
               np_round(sum(coalesce(o.n, 0)) / sum(w.n), 4) AS aandeel,
               any_value(v.n) AS aantal_vhe
        FROM blok b JOIN woningen w USING (pand_id) LEFT JOIN owned o USING (pand_id)
        LEFT JOIN (SELECT complexnummer AS complex_id, count(*) AS n FROM bezit GROUP BY ALL) v USING (complex_id)
        GROUP BY b.complex_id""")


def near_pairs(con: duckdb.DuckDBPyConnection, name: str, left: str, right: str, distance: float) -> None:
    """Table ``name``: the id columns of ``left`` and ``right`` (each a SELECT of an id and
    ``geom``) for every pair within ``distance`` (GEOS distance), plus that distance ``d``.

    Two steps on purpose: DuckDB 1.4.4 spatial's own ST_Distance/ST_DWithin return 0 for
    some polygon pairs that lie metres apart, and a spatial join that carries any other
    condition loses its spatial predicate. So the join only intersects the bounding boxes
    (grown by ``distance``), and GEOS measures the candidates in a second statement.
    """
    con.sql(f"""CREATE OR REPLACE TABLE {name} AS
                SELECT l.* EXCLUDE (geom), r.* EXCLUDE (geom), l.geom AS _lg, r.geom AS _rg
                FROM ({left}) l JOIN ({right}) r
                    ON ST_Intersects(ST_Expand(ST_Envelope(l.geom), {distance}), r.geom)""")
    con.sql(f"""CREATE OR REPLACE TABLE {name} AS
                SELECT * EXCLUDE (_lg, _rg) FROM (SELECT *, ST_Distance_GEOS(_lg, _rg) AS d FROM {name})
                WHERE d <= {distance}""")


def components(con: duckdb.DuckDBPyConnection, nodes: str, seeds: str) -> str:
    """Bouwblokken: every node of ``nodes`` (pand_id, geom) attached (within TOUCH_M) to a
    seed, directly or through other nodes. Grows the frontier one ring a statement; returns
    the name of a table (seed, node) holding every node reachable from each seed."""
    t = P["touch"]
    con.sql("CREATE OR REPLACE TABLE _edge (a VARCHAR, b VARCHAR)")
    con.sql(
        f"CREATE OR REPLACE TABLE _front AS SELECT n.pand_id, n.geom FROM {nodes} n SEMI JOIN {seeds} USING (pand_id)"
    )
    con.sql("CREATE OR REPLACE TABLE _seen AS SELECT pand_id FROM _front")
    while con.sql("SELECT count(*) FROM _front").fetchone()[0]:
        near_pairs(con, "_pair", "SELECT pand_id AS a, geom FROM _front", f"SELECT pand_id AS b, geom FROM {nodes}", t)
        con.sql("INSERT INTO _edge SELECT a, b FROM _pair WHERE a <> b")
        con.sql(f"""
            CREATE OR REPLACE TABLE _front AS
            SELECT n.pand_id, n.geom FROM {nodes} n
            WHERE n.pand_id IN (SELECT e.b FROM _edge e JOIN _front f ON e.a = f.pand_id)
              AND n.pand_id NOT IN (SELECT pand_id FROM _seen)""")
        con.sql("INSERT INTO _seen SELECT pand_id FROM _front")
    name = f"reach_{nodes}"
    con.sql(f"""
        CREATE OR REPLACE TABLE {name} AS
        WITH RECURSIVE walk(seed, node) AS (
            SELECT pand_id, pand_id FROM {seeds}
            UNION
            SELECT w.seed, e.b FROM walk w JOIN _edge e ON e.a = w.node)
        SELECT * FROM walk""")
    return name


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
        SELECT c.pand_id, arg_min(struct_pack(b.buurtcode, b.buurtnaam, b.gemeentecode, b.gemeentenaam, b.stedelijkheid,
                                              b.veerkracht_waarde), b.nr)
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
                   pb.s.buurtnaam AS buurtnaam, pb.s.gemeentenaam AS gemeentenaam,
                   pb.s.stedelijkheid AS stedelijkheid, pb.s.veerkracht_waarde AS veerkracht_waarde,
                   z.zone, z.parkeernorm, m.nummers
            FROM cp c LEFT JOIN plan_hmax h USING (pand_id) LEFT JOIN plan_lmax l USING (pand_id)
            LEFT JOIN pand_buurt pb USING (pand_id) LEFT JOIN pand_zone z USING (pand_id)
            LEFT JOIN pand_monument m USING (pand_id))
        , main AS (  -- the largest pand of each complex (ties: lowest pand_id)
            SELECT complex_id, daktype, buurtcode, buurtnaam, gemeentecode, gemeentenaam, stedelijkheid,
                   veerkracht_waarde,
                   zone AS parkeerzone, parkeernorm
            FROM j QUALIFY row_number() OVER (PARTITION BY complex_id ORDER BY area DESC, pand_id) = 1),
        agg AS (
            SELECT complex_id, count(*) AS aantal_panden, sum(woningen) AS aantal_woningen,
                   floor(median(bouwjaar)) AS bouwjaar, max(hoogte_m) AS hoogte_m,
                   max(hoogte_max_m) AS hoogte_max_m, max(bouwlagen) AS bouwlagen,
                   bool_or(geschat) AS bouwlagen_geschat,
                   np_round(CASE WHEN count(plat_dak_m2) = 0 THEN NULL
                                 WHEN any_value(f.gat) THEN kahan_sum(list(plat_dak_m2 ORDER BY area DESC, pand_id)
                                                                      FILTER (WHERE plat_dak_m2 IS NOT NULL))
                                 ELSE coalesce(np_reduce_sum(list(plat_dak_m2 ORDER BY area DESC, pand_id)),
                                               fsum(plat_dak_m2)) END, 1) AS plat_dak_m2,
                   min(hmax) AS max_bouwhoogte_m, min(lmax) AS max_bouwlagen,
                   bool_or(nummers IS NOT NULL) AS monument,
                   -- per pand its numbers "a, b"; per complex the distinct pand texts, sorted
                   coalesce(array_to_string(list_sort(list_distinct(list(array_to_string(nummers, ', '))
                                                                    FILTER (WHERE nummers IS NOT NULL))), ', '), '')
                       AS monumentnummers,
                   CASE WHEN count(*) = 1 THEN ST_PointOnSurface(any_value(geom))
                        ELSE ST_PointOnSurface(ST_Collect(list(geom ORDER BY area DESC, pand_id))) END AS pt
            FROM j, (SELECT bool_or(plat_dak_m2 IS NULL) AS gat FROM cp) f GROUP BY complex_id)
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


def optoppen(con: duckdb.DuckDBPyConnection) -> None:
    """Optoppen per pand (its own height, roof and plan values), summed per complex."""
    cap, s, f = P["cap"], P["storey"], P["factor"]
    homes = f"floor(plat_dak_m2 * {P['usable']} * ({{n}}) / {P['bvo']} + 1e-9)"
    con.sql(f"""
        CREATE TABLE opt_pand AS
        WITH a AS (
            SELECT c.complex_id, c.pand_id, c.daktype, c.plat_dak_m2, c.bouwlagen AS lagen,
                   coalesce(c.hoogte_max_m, c.hoogte_m) AS h, h.hmax, l.lmax,
                   NULL::BOOLEAN AS wonen,  -- the province's plans have no bestemming (see the docstring)
                   coalesce(c.daktype IN {_in(P["optop"])}, false) AS optop,
                   c.daktype IS NOT NULL AND c.daktype NOT IN {_in(P["unknown_roof"])} AS dak_bekend
            FROM cp c LEFT JOIN plan_hmax h USING (pand_id) LEFT JOIN plan_lmax l USING (pand_id)),
        b AS (
            SELECT *, floor((hmax - h) / {s} + 1e-9) AS uit_m, lmax - lagen AS uit_l,
                   floor({f} * lagen + 1e-9) AS constructief,
                   CASE WHEN dak_bekend THEN 0.0 END AS geen_kandidaat
            FROM a),
        c AS (
            SELECT *, CASE WHEN least(uit_m, uit_l) < 0 THEN 0 ELSE least(uit_m, uit_l) END AS juridisch FROM b),
        d AS (
            SELECT *, CASE WHEN wonen = false THEN 0
                           WHEN NOT optop THEN geen_kandidaat
                           WHEN juridisch IS NULL OR constructief IS NULL THEN NULL
                           ELSE least(juridisch, constructief, {cap}) END AS extra
            FROM c)
        SELECT complex_id, pand_id, optop, np_round(hmax - h, 2) AS ruimte_m, juridisch, constructief, extra,
               CASE WHEN optop THEN {homes.format(n=cap)} ELSE geen_kandidaat END AS theoretisch,
               CASE WHEN optop THEN {homes.format(n=f"CASE WHEN constructief > {cap} THEN {cap} ELSE constructief END")}
                    ELSE geen_kandidaat END AS constr,
               CASE WHEN wonen = false THEN 0
                    WHEN optop THEN {homes.format(n="CASE WHEN extra < 0 THEN 0 ELSE extra END")}
                    ELSE geen_kandidaat END AS binnen_plan
        FROM d""")
    con.sql("""
        CREATE TABLE form_optoppen AS
        SELECT complex_id, sum(theoretisch) AS theoretisch, sum(constr) AS constructief,
               sum(binnen_plan) AS binnen_plan, max(ruimte_m) AS ruimte_m, max(juridisch) AS bouwlagen_juridisch,
               max(constructief) AS bouwlagen_constructief, max(extra) AS extra_bouwlagen, bool_or(optop) AS optop_dak
        FROM opt_pand GROUP BY complex_id""")


def _form_per_complex(con: duckdb.DuckDBPyConnection, name: str, candidates: str) -> None:
    """Candidates (complex_id, homes, status) → per complex: kansen, theoretisch (= constructief),
    binnen_plan (homes of kansrijk/let op candidates; unknown when a plan is unknown and none fits)."""
    con.sql(f"""
        CREATE TABLE form_{name} AS
        WITH agg AS (
            SELECT complex_id, count(*) AS kansen,
                   CASE WHEN count(homes) > 0 THEN sum(homes) END AS theo,
                   sum(CASE WHEN status IN ('kansrijk', 'let op') THEN coalesce(homes, 0) ELSE 0 END) AS within,
                   bool_or(status = 'onderzoek nodig') AS unknown_plan
            FROM {candidates} WHERE complex_id IS NOT NULL GROUP BY complex_id)
        SELECT t.complex_id, coalesce(a.kansen, 0) AS {name}_kansen,
               CASE WHEN a.kansen IS NULL THEN 0.0 ELSE a.theo END AS theoretisch,
               CASE WHEN a.kansen IS NULL THEN 0.0 WHEN a.unknown_plan AND a.within = 0 THEN NULL
                    ELSE a.within END AS binnen_plan
        FROM (SELECT DISTINCT complex_id FROM toewijzing) t LEFT JOIN agg a USING (complex_id)""")


def aanplakken(con: duckdb.DuckDBPyConnection) -> None:
    """Kopgevels of the complexes' panden and the rectangles against them.

    End pand (one attached neighbour): the side of its minimum rotated rectangle opposite
    the side nearest the neighbour; free-standing elongated pand: both short sides.
    """
    t, e = P["touch"], P["min_elongation"]
    con.sql("""CREATE TABLE seed AS SELECT p.pand_id, p.geom, coalesce(w.n, 0) AS woningen, b.bouwlagen
               FROM pand p SEMI JOIN toewijzing t ON t.pand_id = p.pand_id
               LEFT JOIN woningen w USING (pand_id) LEFT JOIN bag3d b USING (pand_id)""")
    near_pairs(con, "buur_alle", "SELECT pand_id, geom FROM seed", "SELECT pand_id AS ander, geom FROM pand", t)
    con.sql("""CREATE TABLE buur AS SELECT b.pand_id, p.geom AS ogeom, count(*) OVER (PARTITION BY b.pand_id) AS graad
               FROM buur_alle b JOIN pand p ON p.pand_id = b.ander WHERE b.ander <> b.pand_id""")
    con.sql("""
        CREATE TABLE zijde AS
        WITH r AS (SELECT pand_id, ST_ExteriorRing(ST_MinimumRotatedRectangle(geom)) AS ring FROM seed),
             k AS (SELECT pand_id, ring, unnest(range(4)) AS k FROM r
                   WHERE ST_GeometryType(ring) = 'LINESTRING' AND ST_NPoints(ring) = 5)
        SELECT pand_id, k, ST_X(ST_PointN(ring, (k + 1)::INTEGER)) AS x1, ST_Y(ST_PointN(ring, (k + 1)::INTEGER)) AS y1,
               ST_X(ST_PointN(ring, (k + 2)::INTEGER)) AS x2, ST_Y(ST_PointN(ring, (k + 2)::INTEGER)) AS y2
        FROM k""")
    con.sql(f"""
        CREATE TABLE muur AS
        WITH z AS (SELECT *, (x1 + x2) / 2 AS mx, (y1 + y2) / 2 AS my,
                          sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2) AS lengte FROM zijde),
             graad AS (SELECT s.pand_id, coalesce(max(b.graad), 0) AS graad FROM seed s
                       LEFT JOIN buur b USING (pand_id) GROUP BY s.pand_id),
             gedeeld AS (  -- end panden: the side nearest the one neighbour
                 SELECT z.pand_id, z.k FROM z JOIN buur b ON b.pand_id = z.pand_id AND b.graad = 1
                 QUALIFY row_number() OVER (PARTITION BY z.pand_id
                                            ORDER BY ST_Distance_GEOS(ST_Point(z.mx, z.my), b.ogeom), z.k) = 1),
             vrij AS (
                 SELECT z0.pand_id, CASE WHEN z0.lengte <= z1.lengte THEN 0 ELSE 1 END AS kort
                 FROM z z0 JOIN z z1 ON z1.pand_id = z0.pand_id AND z0.k = 0 AND z1.k = 1
                 JOIN graad g ON g.pand_id = z0.pand_id AND g.graad = 0
                 WHERE greatest(z0.lengte, z1.lengte) >= {e} * least(z0.lengte, z1.lengte)),
             keuze AS (
                 SELECT pand_id, (k + 2) % 4 AS wand, k AS rug FROM gedeeld
                 UNION ALL SELECT pand_id, kort, kort + 2 FROM vrij
                 UNION ALL SELECT pand_id, kort + 2, kort FROM vrij)
        SELECT c.pand_id, w.x1, w.y1, w.x2, w.y2, w.lengte, w.mx - r.mx AS dx, w.my - r.my AS dy,
               sqrt((w.mx - r.mx) ** 2 + (w.my - r.my) ** 2) AS norm
        FROM keuze c JOIN z w ON w.pand_id = c.pand_id AND w.k = c.wand
        JOIN z r ON r.pand_id = c.pand_id AND r.k = c.rug""")
    con.sql(f"""
        CREATE TABLE plak AS
        WITH m AS (
            SELECT m.*, s.woningen > 1 AS flat, s.bouwlagen,
                   CASE WHEN s.woningen > 1 THEN m.lengte ELSE {P["breedte_grond"]} END AS breedte
            FROM muur m JOIN seed s USING (pand_id)
            WHERE m.lengte >= {P["min_kopgevel"]} AND m.norm > 0),
        o AS (SELECT *, dx / norm * breedte AS ox, dy / norm * breedte AS oy FROM m)
        SELECT row_number() OVER () AS nr, pand_id, flat, bouwlagen,
               ST_MakePolygon(ST_MakeLine([ST_Point(x1, y1), ST_Point(x2, y2), ST_Point(x2 + ox, y2 + oy),
                                            ST_Point(x1 + ox, y1 + oy), ST_Point(x1, y1)])) AS rect
        FROM o""")
    near_pairs(
        con,
        "plak_raak",
        "SELECT nr, pand_id, rect AS geom FROM plak",
        "SELECT pand_id AS ander, geom FROM pand",
        P["vrije_afstand"],
    )
    con.sql(f"""
        CREATE TABLE plak_vrij AS
        WITH pand_hit AS (SELECT DISTINCT nr FROM plak_raak WHERE ander <> pand_id),
        bgt_hit AS (
            SELECT k.nr FROM plak k JOIN obstakel o ON ST_Intersects(k.rect, o.geom)
            GROUP BY k.nr HAVING sum(ST_Area(ST_Intersection(k.rect, o.geom))) > {P["bgt_tolerance"]})
        SELECT t.complex_id, k.pand_id, CASE WHEN k.flat THEN k.bouwlagen ELSE 1.0 END AS homes,
               -- wonen and Bouwvlak unknown (no bestemming, no Bouwvlakken): onderzoek nodig
               'onderzoek nodig' AS status
        FROM plak k JOIN toewijzing t USING (pand_id)
        WHERE k.nr NOT IN (SELECT nr FROM pand_hit) AND k.nr NOT IN (SELECT nr FROM bgt_hit)""")
    _form_per_complex(con, "aanplakken", "plak_vrij")


def uitplinten(con: duckdb.DuckDBPyConnection) -> None:
    """Plinten of non-residential VBOs in the complexes' woongebouwen, and rows of garageboxen
    near woningen (attributed to the nearest complex pand)."""
    doel = " OR ".join(f"contains(norm_doel(v.doel), '{d}')" for d in P["plint_doelen"])
    home = f"floor({{x}} * {P['plint_aandeel']} / {P['plint_m2']} + 1e-9)"
    con.sql(f"""
        CREATE TABLE plint AS
        WITH per AS (
            SELECT v.pand_id, count(*) AS aantal_vbo,
                   CASE WHEN count(v.oppervlakte) > 0 THEN sum(v.oppervlakte) END AS opp
            FROM vbo v SEMI JOIN toewijzing t ON t.pand_id = v.pand_id
            WHERE NOT v.woon AND ({doel}) GROUP BY v.pand_id)
        SELECT c.complex_id, c.pand_id, {home.format(x="per.opp")} AS homes, 'onderzoek nodig' AS status
        FROM per JOIN cp c USING (pand_id)
        WHERE c.woningen > 0 AND NOT coalesce(c.bouwlagen < {P["plint_min_lagen"]}, false)
          AND NOT coalesce({home.format(x="per.opp")} < 1, false)""")
    con.sql(f"""
        CREATE TABLE boxpand AS
        WITH v AS (SELECT pand_id, oppervlakte,
                          CASE WHEN contains(doel, 'overige gebruiksfunctie')  -- normalise only these
                               THEN norm_doel(doel) = 'overige gebruiksfunctie' AND oppervlakte <= {P["box_max_m2"]}
                               ELSE false END AS box
                   FROM vbo),
             g AS (SELECT pand_id, count(*) AS n, count(*) FILTER (WHERE box) AS boxen, sum(oppervlakte) AS opp
                   FROM v GROUP BY pand_id)
        SELECT p.pand_id, p.geom, g.n AS aantal_vbo, g.opp FROM g JOIN pand p USING (pand_id)
        WHERE g.n = g.boxen AND g.n > 0""")
    reach = components(con, "boxpand", "boxpand")
    d = P["box_afstand"]
    con.sql(f"""
        CREATE TABLE boxblok AS
        WITH lab AS (SELECT seed AS pand_id, min(node) AS blok FROM {reach} GROUP BY seed)
        SELECT l.blok AS pand_id, count(*) AS aantal_panden, sum(b.aantal_vbo) AS aantal_vbo, sum(b.opp) AS opp,
               sum(ST_Area(b.geom)) AS area, ST_Collect(list(b.geom)) AS geom
        FROM lab l JOIN boxpand b USING (pand_id) GROUP BY l.blok
        HAVING sum(b.aantal_vbo) >= {P["box_min"]}""")
    blok = "SELECT pand_id, geom FROM boxblok"
    near_pairs(con, "box_woon", blok, "SELECT pand_id AS woon_id, geom FROM woonpand", d)
    near_pairs(con, "box_complex", blok, "SELECT pand_id AS lid, geom FROM seed", d)
    con.sql(f"""
        CREATE TABLE box AS
        WITH bij AS (SELECT DISTINCT pand_id FROM box_woon),
        naast AS (  -- the nearest complex pand (equally near: the lowest complex_id)
            SELECT b.pand_id, t.complex_id FROM box_complex b JOIN toewijzing t ON t.pand_id = b.lid
            QUALIFY row_number() OVER (PARTITION BY b.pand_id ORDER BY b.d, t.complex_id) = 1),
        h AS (
            SELECT k.pand_id, n.complex_id,
                   CASE WHEN {home.format(x="k.opp")} IS NULL THEN NULL
                        ELSE greatest({home.format(x="k.opp")}, floor(k.area * {P["usable"]} / {P["bvo"]} + 1e-9))
                   END AS homes
            FROM boxblok k SEMI JOIN bij USING (pand_id) LEFT JOIN naast n USING (pand_id))
        SELECT complex_id, pand_id, homes, 'onderzoek nodig' AS status FROM h WHERE NOT coalesce(homes < 1, false)""")
    con.sql("CREATE TABLE plint_alle AS SELECT * FROM plint UNION ALL SELECT * FROM box")
    _form_per_complex(con, "uitplinten", "plint_alle")


def _sum_forms(tier: str) -> str:
    """Sum of the forms' ``tier``: unknown when all are unknown, or when the known add up to 0
    while one is unknown (combine_forms)."""
    parts = [
        f"o.{tier}",
        "a.theoretisch" if tier != "binnen_plan" else "a.binnen_plan",
        "u.theoretisch" if tier != "binnen_plan" else "u.binnen_plan",
    ]
    total = " + ".join(f"coalesce({p}, 0)" for p in parts)
    any_known = " OR ".join(f"{p} IS NOT NULL" for p in parts)
    any_unknown = " OR ".join(f"{p} IS NULL" for p in parts)
    return f"CASE WHEN NOT ({any_known}) THEN NULL WHEN ({total}) = 0 AND ({any_unknown}) THEN NULL ELSE {total} END"


def potential_and_scores(con: duckdb.DuckDBPyConnection) -> None:
    """Tiers and forms, the seven criteria (score and status), score, volledigheid, status,
    klasse, extra_woningen_kansrijk and rang."""
    cap = P["cap"]
    con.sql(f"""
        CREATE TABLE pot AS
        SELECT cx.* EXCLUDE (pt), d.* EXCLUDE (complex_id),
               e.woningen_bouwblok, e.woningen_corporatie, e.aandeel AS aandeel_corporatie,
               CASE WHEN e.aandeel >= {P["eig_volledig"]} THEN 'volledig' WHEN e.aandeel IS NOT NULL THEN 'gespikkeld'
                    ELSE 'onbekend' END AS eigendom, e.aantal_vhe,
               -- no energielabels in the province: koppelkans where the bouwjaar lies in the band
               coalesce(cx.bouwjaar BETWEEN {P["koppel"][0]} AND {P["koppel"][1]}, false) AS koppelkans_verduurzaming,
               NULL::DOUBLE AS woningen_met_label, NULL::DOUBLE AS aandeel_slecht_label,
               o.ruimte_m, o.bouwlagen_juridisch, o.bouwlagen_constructief, o.extra_bouwlagen, o.optop_dak,
               {_sum_forms("theoretisch")} AS extra_woningen_theoretisch,
               {_sum_forms("constructief")} AS extra_woningen_constructief,
               {_sum_forms("binnen_plan")} AS extra_woningen_binnen_plan,
               o.binnen_plan AS extra_woningen_optoppen, a.binnen_plan AS extra_woningen_aanplakken,
               u.binnen_plan AS extra_woningen_uitplinten, a.aanplakken_kansen, u.uitplinten_kansen,
               NULL::BOOLEAN AS wonen_toegestaan
        FROM cx LEFT JOIN dist d USING (complex_id) LEFT JOIN eigendom e USING (complex_id)
        LEFT JOIN form_optoppen o USING (complex_id) LEFT JOIN form_aanplakken a USING (complex_id)
        LEFT JOIN form_uitplinten u USING (complex_id)""")
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
    vz_each = ", ".join(f"{_clamp(f'1 - {_dist_col(k)} / ({ref} * fac)')} AS s_{k}" for k, (_, ref) in vz.items())
    vz_num = " + ".join(f"coalesce(s_{k}, 0) * {w}" for k, (w, _) in vz.items())
    vz_drop = ", ".join(["fac", "vz_den", "vz_raw"] + [f"s_{k}" for k in vz])
    vz_den = " + ".join(f"({_dist_col(k)} IS NOT NULL)::INT * {w}" for k, (w, _) in vz.items())
    eff = f"parkeernorm * (1 - CASE WHEN afstand_hov_m <= {P['hov_m']} THEN {P['hov_korting']} ELSE 0 END)"
    eff += f" * (1 - {P['deel_korting']})"
    vol = P["eig_volledig"]
    con.sql(f"""
        CREATE TABLE crit AS
        WITH w AS (SELECT *, ceil(extra_woningen_binnen_plan * {eff} - 1e-9) AS park_raw, {fac} AS fac,
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
            CASE WHEN extra_woningen_theoretisch = 0 THEN '{P["st_geen_vorm"]}'
                 WHEN wonen_toegestaan = false THEN '{P["st_wonen_niet"]}'
                 WHEN daktype IS NOT NULL AND NOT coalesce(optop_dak, false) THEN '{P["st_geen_optopdak"]}'
                 WHEN extra_bouwlagen IS NULL THEN 'let op'
                 WHEN bouwlagen_juridisch = 0 THEN '{P["st_geen_planruimte"]}'
                 WHEN bouwlagen_constructief = 0 THEN '{P["st_constructie"]}'
                 ELSE 'kansrijk' END AS status_hoogte,
            {_clamp(f"1 - extra_parkeerplaatsen / {P['park_blokkade']}")} AS score_parkeren,
            CASE WHEN extra_parkeerplaatsen IS NULL THEN 'let op'
                 WHEN extra_parkeerplaatsen >= {P["park_blokkade"]} THEN '{P["park_maatwerk_status"]}'
                 WHEN extra_parkeerplaatsen >= {P["park_let_op"]} THEN 'let op' ELSE 'kansrijk' END AS status_parkeren,
            {_clamp("vz_raw")} AS score_voorzieningen,
            CASE WHEN monument THEN {P["monument_score"]} ELSE 1.0 END AS score_monument,
            CASE WHEN monument THEN '{P["monument_status"]}' ELSE 'kansrijk' END AS status_monument,
            -- veerkracht with effect 'kans': a known value scores 1, a low one is a kans, not a minus
            CASE WHEN veerkracht_waarde IS NOT NULL THEN 1.0 END AS score_veerkracht,
            CASE WHEN veerkracht_waarde IS NOT NULL THEN 'kansrijk' ELSE 'let op' END AS status_veerkracht
        FROM x""")
    w = P["weights"]
    names = list(w)
    known = " + ".join(f"(score_{n} IS NOT NULL)::INT * {w[n]}" for n in names)
    weighted = " + ".join(f"coalesce(score_{n}, 0) * {w[n]}" for n in names)
    rank = " WHEN ".join(f"'{s}' THEN {i}" for i, s in enumerate(LADDER))
    worst = "greatest(" + ", ".join(f"CASE status_{n} WHEN {rank} END" for n in names) + ")"
    a, b, c, d = P["klassen"]
    klassen = "ABCDE"
    caps = " ".join(f"WHEN '{s}' THEN {klassen.index(k)}" for s, k in P["cap_status"].items())
    on = klassen.index(P["cap_onvolledig"])
    con.sql(f"""
        CREATE TABLE result AS
        WITH s AS (
            SELECT *,
                CASE WHEN score_voorzieningen >= {P["voorz_let_op"]} THEN 'kansrijk' ELSE 'let op' END
                    AS status_voorzieningen,
                CASE WHEN ({known}) > 0 THEN np_round(100 * ({weighted}) / ({known}), 1) END AS score,
                np_round(({known}) / {sum(w.values())}, 2) AS volledigheid
            FROM crit),
        t AS (
            SELECT *, {worst} AS status_rang,
                   CASE WHEN score >= {a} THEN 0 WHEN score >= {b} THEN 1 WHEN score >= {c} THEN 2
                        WHEN score >= {d} THEN 3 ELSE 4 END AS band
            FROM s),
        k AS (
            SELECT * EXCLUDE (band), ['{"', '".join(LADDER)}'][status_rang + 1] AS status,
                   greatest(band, CASE ['{"', '".join(LADDER)}'][status_rang + 1] {caps} ELSE 0 END,
                            CASE WHEN volledigheid >= {P["volledigheid"]} THEN 0 ELSE {on} END) AS klasse_nr
            FROM t)
        SELECT * EXCLUDE (klasse_nr, status_rang), ['A', 'B', 'C', 'D', 'E'][klasse_nr + 1] AS klasse,
            CASE WHEN status IN ('kansrijk', 'let op') THEN extra_woningen_binnen_plan ELSE 0.0 END
                AS extra_woningen_kansrijk,
            row_number() OVER (ORDER BY status_rang, NOT coalesce(volledigheid >= {P["volledigheid"]}, false),
                               coalesce(score, -1) DESC, coalesce(extra_woningen_binnen_plan, -1) DESC,
                               complex_id) AS rang
        FROM k""")
    for n in names:  # optopscan writes criterion scores rounded to 3 decimals
        con.sql(f"UPDATE result SET score_{n} = np_round(score_{n}, 3)")


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
        ("optoppen", lambda: optoppen(con)),
        ("aanplakken", lambda: aanplakken(con)),
        ("uitplinten", lambda: uitplinten(con)),
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
