#!/usr/bin/env bash
# The venv of the DuckDB peer (benchmarks/peer_duckdb.py): DuckDB with its spatial extension
# from PyPI, no internet needed at run time. The extension on PyPI (duckdb-ext-spatial) is
# built for DuckDB 1.4.4 and loads only into that exact version, while the project's venv has
# DuckDB 2.0.1 — hence a venv of its own.
set -euo pipefail
VENV="${1:-$HOME/.cache/optopscan-peer-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "duckdb==1.4.4" "duckdb-ext-spatial==1.4.4.20260205"
"$VENV/bin/python" - <<'PY'
import pathlib, duckdb, duckdb_ext
ext = next(pathlib.Path(next(iter(duckdb_ext.__path__))).rglob("spatial.duckdb_extension"))
con = duckdb.connect()
con.sql(f"LOAD '{ext}'")
print("duckdb", duckdb.__version__, "spatial:", con.sql("SELECT ST_AsText(ST_Point(1, 2))").fetchone()[0])
PY
echo "peer-interpreter: $VENV/bin/python"
