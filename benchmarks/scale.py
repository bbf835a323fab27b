"""Scale benchmark: optopscan beside the DuckDB peer, every scan stage, and the I/O floor.

    .venv/bin/python benchmarks/scale.py --n 100000 [--gebied] [--data DIR] [--engine lokaal]

Generates (or reuses) the fictitious province of ``--n`` panden (``benchmarks/province.py``),
then, each in its own child process (so the peak RSS is that of one run):

1. the scan as ``optopscan scan --geen-kaart`` runs it (load_inputs → run_scan →
   write_shortlist), with every stage timed, plus ``potentie_100m.tif``
   (:func:`optopscan.grid.write_potentie_grid`, timed apart);
2. the **peer** (``benchmarks/peer_duckdb.py``): the same core computation in DuckDB-spatial
   SQL, run with the interpreter of its own venv (``--peer-python``; made by
   ``benchmarks/peer_env.sh``), writing one Parquet table;
3. the **I/O floor** (skip with ``--zonder-vloer``): reading every input layer with the
   fastest settings (pyogrio ``use_arrow=True``, only the columns the loaders use; the bezit
   CSV with pyarrow) and writing output layers of the same sizes as the scan wrote,
   computing nothing.

``--gebied`` runs an area scan: the same data without bezit (every pand with woningen is a
complex). Then it checks the per-complex agreement of optopscan and the peer on EVERY column
both write (numbers within 1e-6, text equal, or both missing) and prints, per column, the
number of mismatches, the agreement rate and up to three example complex_ids, plus the
columns the peer does not compute (explanation text, addresses, business case). Prints the
stage timings, the comparison and Markdown table rows (``--header``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

LOAD_STEPS = {
    "BAG panden lezen": "pand",
    "BAG verblijfsobjecten lezen": "vbo",
    "3D BAG lezen": "3dbag",
    "Bezit lezen en koppelen aan BAG": "bezit",
    "Plannen lezen": "plannen",
    "Buurten lezen": "buurten",
    "Parkeerzones lezen": "parkeerzones",
    "Voorzieningen lezen": "voorzieningen",
    "Rijksmonumenten lezen": "monumenten",
    "Energielabels lezen": "energielabels",
}
COLUMNS = [
    "N",
    "I/O-vloer s",
    "lezen s",
    "build_panden s",
    "complexen s",
    "potentie/regels/score s",
    "finalise s",
    "schrijven s",
    "totaal s",
    "totaal/vloer",
    "piek RSS GB",
]


# --------------------------------------------------------------------------- child: scan


#: The timed scan functions that do not call one another (their sum never counts twice).
LEAF_PARTS = (
    "complexen_toewijzen",
    "eigendom",
    "build_panden",
    "build_complexen",
    "afstanden",
    "potentie",
    "regels",
    "scores",
    "business_case",
    "finalise",
)


def child_scan(config: Path, out: Path, engine: str, result: Path) -> None:
    import optopscan.export as export_mod
    import optopscan.scan as scan_mod
    from optopscan.config import load_settings
    from optopscan.export import write_shortlist
    from optopscan.inputs import load_inputs

    times: dict[str, float] = {}

    def timed(module, name: str, label: str) -> None:
        fn = getattr(module, name)

        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[label] = times.get(label, 0.0) + time.perf_counter() - t

        setattr(module, name, wrapper)

    for name, label in (
        ("assign_complexen", "complexen_toewijzen"),
        ("ownership_per_complex", "eigendom"),
        ("build_panden", "build_panden"),
        ("build_complexen", "build_complexen"),
        ("add_distances", "afstanden"),
        ("evaluate_forms", "potentie"),
        ("business_case", "business_case"),
        ("evaluate_all", "regels"),
        ("score_complexen", "scores"),
        ("finalise", "finalise"),
    ):
        timed(scan_mod, name, label)
    timed(export_mod, "run_metadata", "metadata_hashes")

    t0 = time.perf_counter()
    settings = load_settings(config)
    # the raster is timed on its own below, not inside the shortlist writing
    settings = dataclasses.replace(settings, uitvoer=dataclasses.replace(settings.uitvoer, raster=False))
    marks: list[tuple[str, float]] = []
    inputs = load_inputs(settings, lambda label: marks.append((label, time.perf_counter())), geometrie=False)
    t_loaded = time.perf_counter()
    marks.append(("__end__", t_loaded))
    load = {LOAD_STEPS.get(a, a): b - ta for (a, ta), (_, b) in zip(marks[:-1], marks[1:], strict=True)}
    if engine == "dask":
        from optopscan.engine.dask import run_scan_dask

        result_obj = run_scan_dask(settings, inputs)
    else:
        result_obj = scan_mod.run_scan(settings, inputs)
    t_scanned = time.perf_counter()
    write_shortlist(result_obj, out, settings, inputs.files)
    t_written = time.perf_counter()
    from optopscan.grid import GRID_FILE, write_potentie_grid

    write_potentie_grid(result_obj.complexen, out / GRID_FILE)
    t_raster = time.perf_counter() - t_written
    scan_total = t_scanned - t_loaded
    stages = {
        "lezen": t_loaded - t0,
        "build_panden": times.get("build_panden", 0.0),
        "complexen": times.get("complexen_toewijzen", 0.0)
        + times.get("eigendom", 0.0)
        + times.get("build_complexen", 0.0)
        + times.get("afstanden", 0.0),
        "potentie_regels_score": sum(times.get(k, 0.0) for k in ("potentie", "regels", "scores", "business_case")),
        "finalise": times.get("finalise", 0.0),
        # what no stage above names: joins, toelichting lines, column order
        "scan_overig": scan_total - sum(times.get(k, 0.0) for k in LEAF_PARTS),
        "schrijven": t_written - t_scanned,
    }
    payload = {
        "load": load,
        "parts": times,
        "stages": stages,
        "scan": scan_total,
        "total": t_written - t0,
        "raster": t_raster,
        "complexen": len(result_obj.complexen),
        "panden_uit": len(result_obj.panden),
        "rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9,
    }
    result.write_text(json.dumps(payload, indent=1))


# --------------------------------------------------------------------------- child: floor


def child_floor(data: Path, scan_out: Path, result: Path) -> None:
    import pyarrow.csv as pacsv
    import pyogrio

    reads = {
        "pand": (
            "bag-light.gpkg",
            "pand",
            ["identificatie", "status", "bouwjaar", "gebruiksdoel", "aantal_verblijfsobjecten"],
        ),
        "vbo": (
            "bag-light.gpkg",
            "verblijfsobject",
            [
                "identificatie",
                "status",
                "gebruiksdoel",
                "pand_identificatie",
                "oppervlakte",
                "openbare_ruimte_naam",
                "huisnummer",
                "huisletter",
                "toevoeging",
                "postcode",
                "woonplaats_naam",
            ],
        ),
        "3dbag": (
            "3dbag.gpkg",
            "pand",
            [
                "identificatie",
                "oorspronkelijkbouwjaar",
                "b3_h_maaiveld",
                "b3_h_dak_70p",
                "b3_h_dak_max",
                "b3_bouwlagen",
                "b3_dak_type",
                "b3_opp_dak_plat",
                "b3_opp_grond",
            ],
        ),
        "plannen": ("plannen.gpkg", "plannen", ["max_bouwhoogte_m", "max_bouwlagen"]),
        "buurten": ("wijkenbuurten.gpkg", "buurten", None),
        "parkeerzones": ("parkeerzones.gpkg", "parkeerzones", ["zone", "parkeernorm"]),
        "voorzieningen": ("voorzieningen.gpkg", "voorzieningen", ["soort", "hov", "naam"]),
        "monumenten": ("rijksmonumenten.gpkg", "rijksmonumenten", ["rijksmonument_nummer", "hoofdcategorie"]),
    }
    times: dict[str, float] = {}
    keep = []
    no_shapes = {"vbo", "3dbag"}  # the scan links these by id and reads no geometry either
    for name, (fname, layer, cols) in reads.items():
        t = time.perf_counter()
        keep.append(
            pyogrio.read_dataframe(
                data / fname, layer=layer, columns=cols, use_arrow=True, read_geometry=name not in no_shapes
            )
        )
        times[f"lees_{name}"] = time.perf_counter() - t
    t = time.perf_counter()
    keep.append(pacsv.read_csv(data / "bezit.csv", parse_options=pacsv.ParseOptions(delimiter=";")).to_pandas())
    times["lees_bezit"] = time.perf_counter() - t

    gpkg = scan_out / "shortlist.gpkg"
    layers = {
        name: pyogrio.read_dataframe(gpkg, layer=name, use_arrow=True) for name in ("complexen", "panden", "buurten")
    }
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "floor.gpkg"
        t = time.perf_counter()
        for name, frame in layers.items():
            pyogrio.write_dataframe(frame, target, layer=name, use_arrow=True)
        table = layers["complexen"].drop(columns="geometry")
        import pyarrow as pa

        pacsv.write_csv(
            pa.Table.from_pandas(table, preserve_index=False),
            Path(tmp) / "floor.csv",
            pacsv.WriteOptions(delimiter=";"),
        )
        times["schrijf_uitvoer"] = time.perf_counter() - t
    payload = {
        "times": times,
        "floor": sum(times.values()),
        "rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9,
    }
    result.write_text(json.dumps(payload, indent=1))


# --------------------------------------------------------------------------- peer and comparison

PEER_PYTHON = Path.home() / ".cache" / "optopscan-peer-venv" / "bin" / "python"
#: Columns of the complexen layer that are not per-complex values (or not the peer's business).
NOT_COMPARED = {"complex_id", "geometry"}
#: Example complex_ids printed per mismatching column.
EXAMPLES = 3


def child_peer(python: Path, data: Path, out: Path, area: bool, result: Path) -> dict:
    """Run the peer in its own interpreter; return its JSON (times, total, rss_gb, bytes)."""
    cmd = [str(python), str(Path(__file__).with_name("peer_duckdb.py")), str(data), str(out), "--json", str(result)]
    if area:
        cmd.append("--area")
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"peer failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(result.read_text())


def _as_values(col):
    """Booleans as 0/1 floats, so True, 1 and 1.0 compare equal whichever reader made them."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(col.dtype):
        return col.astype("float64")
    if col.dtype == object:
        kinds = {type(v) for v in col.dropna()}
        if kinds and kinds <= {bool}:
            return col.map({True: 1.0, False: 0.0}).astype("float64")
    return col


def _same(a, b, tol: float = 1e-6):
    """Element-wise agreement of two columns: both missing, equal text, or numbers within tol."""
    import numpy as np
    import pandas as pd

    a, b = _as_values(a), _as_values(b)
    na, nb = pd.isna(a).to_numpy(), pd.isna(b).to_numpy()
    num_a, num_b = pd.to_numeric(a, errors="coerce"), pd.to_numeric(b, errors="coerce")
    numeric = num_a.notna().to_numpy() & num_b.notna().to_numpy()
    close = np.isclose(num_a.to_numpy("float64"), num_b.to_numpy("float64"), rtol=0, atol=tol)
    text = a.astype(str).to_numpy() == b.astype(str).to_numpy()
    return (na & nb) | (~na & ~nb & np.where(numeric, close, text))


def compare(scan_out: Path, peer_file: Path) -> dict:
    """Agreement per shared column (share of complexes) between the scan's complexen and the
    peer: numbers within 1e-6, text equal, or both missing. Every column both write counts."""
    import pandas as pd
    import pyogrio

    ours = pyogrio.read_dataframe(scan_out / "shortlist.gpkg", layer="complexen", read_geometry=False, use_arrow=True)
    peer = pd.read_parquet(peer_file)
    peer["complex_id"] = peer["complex_id"].astype(str)
    ours["complex_id"] = ours["complex_id"].astype(str)
    both = ours.merge(peer, on="complex_id", how="outer", suffixes=("", "__peer"), indicator=True)
    report: dict = {
        "complexen_optopscan": len(ours),
        "complexen_peer": len(peer),
        "alleen_optopscan": int((both["_merge"] == "left_only").sum()),
        "alleen_peer": int((both["_merge"] == "right_only").sum()),
        "kolommen": {},
        "niet_in_peer": sorted(c for c in ours.columns if c not in peer and c not in NOT_COMPARED),
    }
    both = both[both["_merge"] == "both"]
    ids = both["complex_id"].to_numpy()
    for col in ours.columns:
        if col in NOT_COMPARED or col not in peer:
            continue
        ok = _same(both[col], both[f"{col}__peer"])
        report["kolommen"][col] = {
            "gelijk": float(ok.mean()) if len(ok) else 1.0,
            "verschillen": int((~ok).sum()),
            "voorbeelden": [str(i) for i in ids[~ok][:EXAMPLES]],
        }
    rates = [v["gelijk"] for v in report["kolommen"].values()]
    report["gelijk_min"] = min(rates) if rates else float("nan")
    return report


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) if path.is_dir() else path.stat().st_size


def area_config(config: Path) -> Path:
    """A config beside ``config`` with ``bezit: null`` (an area scan); returns its path."""
    target = config.with_name("config_gebied.yaml")
    lines = config.read_text(encoding="utf-8").splitlines()
    section = ""
    out = []
    for line in lines:
        if line and not line[0].isspace():
            section = line.split(":", 1)[0].strip()
        is_bezit = section == "invoer" and line.startswith("  bezit:")
        out.append("  bezit: null" if is_bezit else line)
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return target


# --------------------------------------------------------------------------- parent


def _child(args: list[str]) -> float:
    """Run this script as a child; return the child's peak RSS (GB, via RUSAGE_CHILDREN)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, __file__, *args], check=False)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[0]} failed with exit code {proc.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) * 1024 / 1e9


def _rate(share: float) -> str:
    """Agreement in percent, rounded down: any mismatch never shows as 100%."""
    return f"{math.floor(share * 100_000) / 1000:8.3f}%"


def _nl(x: float, digits: int = 1) -> str:
    return f"{x:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "--child-scan":
        child_scan(Path(argv[1]), Path(argv[2]), argv[3], Path(argv[4]))
        return 0
    if argv and argv[0] == "--child-floor":
        child_floor(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=None, help="map met de gegenereerde data")
    parser.add_argument("--engine", choices=["lokaal", "dask"], default="lokaal")
    parser.add_argument("--gebied", action="store_true", help="gebiedsscan: zonder bezit")
    parser.add_argument("--out", type=Path, default=None, help="uitvoermap van de scan")
    parser.add_argument("--peer-python", type=Path, default=PEER_PYTHON, help="interpreter met duckdb + spatial")
    parser.add_argument("--zonder-peer", action="store_true")
    parser.add_argument("--zonder-vloer", action="store_true", help="de I/O-vloer niet meten")
    parser.add_argument("--header", action="store_true", help="ook de kop van de Markdown-tabellen")
    parser.add_argument("--json", type=Path, default=None, help="alle cijfers ook als JSON hier")
    args = parser.parse_args(argv)

    from province import ensure_province

    data = ensure_province(args.n, args.data)
    mode = "gebied" if args.gebied else "bezit"
    out = args.out or (ROOT / "benchmarks" / "out" / f"scale_{args.n}_{mode}")
    out.mkdir(parents=True, exist_ok=True)
    config = area_config(data / "config.yaml") if args.gebied else data / "config.yaml"
    peer_file = out / "peer.parquet"
    peer: dict | None = None
    floor: dict | None = None
    with tempfile.TemporaryDirectory() as tmp:
        scan_json, floor_json = Path(tmp) / "scan.json", Path(tmp) / "floor.json"
        rss_scan = _child(["--child-scan", str(config), str(out), args.engine, str(scan_json)])
        scan = json.loads(scan_json.read_text())
        if not args.zonder_peer:
            if not args.peer_python.exists():
                raise SystemExit(f"geen peer-interpreter {args.peer_python}: maak hem met benchmarks/peer_env.sh")
            peer = child_peer(args.peer_python, data, peer_file, args.gebied, Path(tmp) / "peer.json")
        if not args.zonder_vloer:
            _child(["--child-floor", str(data), str(out), str(floor_json)])
            floor = json.loads(floor_json.read_text())
    rss = max(rss_scan, scan["rss_gb"])  # the scan child ran first
    s_overig = scan["stages"]["scan_overig"]
    scan_bytes = sum((out / f).stat().st_size for f in ("shortlist.gpkg", "shortlist.csv") if (out / f).exists())

    print(f"N = {args.n} panden, {mode}, engine {args.engine}, data {data}", file=sys.stderr)
    print("inlezen per bron (s): " + ", ".join(f"{k} {v:.1f}" for k, v in scan["load"].items()), file=sys.stderr)
    print(
        "scan-onderdelen (s): "
        + ", ".join(f"{k} {v:.2f}" for k, v in scan["parts"].items())
        + f", overig {s_overig:.2f}, raster {scan['raster']:.2f}",
        file=sys.stderr,
    )
    if floor:
        print("I/O-vloer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in floor["times"].items()), file=sys.stderr)
    print(
        f"{scan['complexen']} complexen, {scan['panden_uit']} panden in de uitvoer; "
        f"piek RSS scan {rss:.2f} GB" + (f", vloer {floor['rss_gb']:.2f} GB" if floor else ""),
        file=sys.stderr,
    )
    agreement = None
    if peer:
        print("peer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in peer["times"].items()), file=sys.stderr)
        agreement = compare(out, peer_file)
        print(
            f"overeenstemming: {agreement['complexen_optopscan']} complexen optopscan, "
            f"{agreement['complexen_peer']} peer, alleen optopscan {agreement['alleen_optopscan']}, "
            f"alleen peer {agreement['alleen_peer']}",
            file=sys.stderr,
        )
        for col, v in agreement["kolommen"].items():
            examples = f"  bv. {', '.join(v['voorbeelden'])}" if v["voorbeelden"] else ""
            print(f"  {col:36} {_rate(v['gelijk'])}  {v['verschillen']:>7} verschillen{examples}", file=sys.stderr)
        print(f"  niet in de peer: {', '.join(agreement['niet_in_peer'])}", file=sys.stderr)
        ratio_t = scan["total"] / peer["total"]
        ratio_m = rss / peer["rss_gb"]
        peer_cols = [
            "N",
            "scan",
            "complexen",
            "optopscan s",
            "piek GB",
            "uitvoer MB",
            "peer s",
            "peer piek GB",
            "peer uitvoer MB",
            "tijd ×",
            "geheugen ×",
            "gelijk (min. per kolom)",
        ]
        peer_row = [
            _nl(args.n, 0),
            mode,
            _nl(scan["complexen"], 0),
            _nl(scan["total"]),
            _nl(rss, 2),
            _nl(scan_bytes / 1e6, 0),
            _nl(peer["total"]),
            _nl(peer["rss_gb"], 2),
            _nl(peer["bytes"] / 1e6, 1),
            _nl(ratio_t),
            _nl(ratio_m),
            f"{_nl(math.floor(agreement['gelijk_min'] * 100_000) / 1000, 3)}%",
        ]
        if args.header:
            print("| " + " | ".join(peer_cols) + " |")
            print("|" + "|".join("---:" if i != 1 else "---" for i in range(len(peer_cols))) + "|")
        print("| " + " | ".join(peer_row) + " |")
    if floor:
        s = scan["stages"]
        row = [
            _nl(args.n, 0),
            _nl(floor["floor"]),
            _nl(s["lezen"]),
            _nl(s["build_panden"]),
            _nl(s["complexen"]),
            _nl(s["potentie_regels_score"]),
            _nl(s["finalise"]),
            _nl(s["schrijven"]),
            _nl(scan["total"]),
            _nl(scan["total"] / floor["floor"], 2),
            _nl(rss, 2),
        ]
        if args.header:
            print("| " + " | ".join(COLUMNS) + " |")
            print("|" + "|".join("---:" for _ in COLUMNS) + "|")
        print("| " + " | ".join(row) + " |")
    if args.json:
        payload = {"n": args.n, "mode": mode, "scan": scan, "floor": floor, "rss_gb": rss, "peer": peer}
        payload["agreement"] = agreement
        payload["scan_bytes"] = scan_bytes
        args.json.write_text(json.dumps(payload, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
