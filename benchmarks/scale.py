"""Scale benchmark: optopscan beside the DuckDB peer, in one run, with an agreement check.

    .venv/bin/python benchmarks/scale.py --n 100000 [--gebied] [--data DIR] [--engine lokaal|dask]

Generates (or reuses) the fictitious province of ``--n`` panden (``benchmarks/province.py``),
then, each in its own process:

1. ``optopscan scan --geen-kaart`` exactly as a user runs it (a large area scan goes through
   the streamed engine in blocks), watched by ``benchmarks/memwatch.py``: wall time, CPU time
   and the peak memory of the whole process tree (dask workers included); the CLI's own step
   timings are the profile;
2. the **peer** (``benchmarks/peer_duckdb.py``): the same core computation in DuckDB-spatial
   SQL, run with the interpreter of its own venv (``--peer-python``; made by
   ``benchmarks/peer_env.sh``), writing one Parquet table (``--peer-json`` reuses the figures
   of an earlier peer run on the same data, e.g. for a second engine);
3. the **I/O floor** (skip with ``--zonder-vloer``): reading every input layer with the
   fastest settings and writing output layers of the same sizes, computing nothing.

``--gebied`` runs an area scan: the same data without bezit (every pand with woningen is a
complex). Then it compares optopscan's complexen with the peer's, column by column, and
prints one row of the README's "Grote gebieden" table (``--header`` adds its head).
"""

from __future__ import annotations

import argparse
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

# --------------------------------------------------------------------------- child: scan


def run_scan_cli(config: Path, out: Path, engine: str, result: Path) -> dict:
    """``optopscan scan --geen-kaart`` exactly as a user runs it (the streamed engine for a large
    area scan), watched by ``memwatch``: wall and CPU time, peak memory of the whole process tree
    (dask workers included); the CLI's own step timings are the profile."""
    from memwatch import watch

    cmd = [str(Path(sys.executable).with_name("optopscan")), "scan", "--config", str(config), "--geen-kaart"]
    cmd += ["--out", str(out)] + (["--engine", engine] if engine != "lokaal" else [])
    log = result.with_suffix(".log")
    with open(log, "w", encoding="utf-8") as err:
        figures = watch(cmd, stdout=subprocess.DEVNULL, stderr=err)
    if figures["rc"] != 0:
        raise SystemExit(f"optopscan scan faalde (exit {figures['rc']}):\n{log.read_text()[-3000:]}")
    import pyogrio

    figures["stappen"] = steps_from_log(log.read_text(encoding="utf-8"))
    figures["complexen"] = int(pyogrio.read_info(out / "shortlist.gpkg", layer="complexen")["features"])
    figures["bytes"] = {f: (out / f).stat().st_size for f in OUTPUT_FILES if (out / f).exists()}
    result.write_text(json.dumps(figures, indent=1))
    return figures


#: What a scan writes (the kansenkaart is left out: --geen-kaart).
OUTPUT_FILES = ("shortlist.gpkg", "shortlist.csv", "shortlist.xlsx", "potentie_100m.tif")


def steps_from_log(text: str) -> dict[str, float]:
    """The CLI's step lines ("[ 3] 3D BAG lezen …" then "klaar in 1,2 s") as label → seconds."""
    steps: dict[str, float] = {}
    label = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and "]" in line:
            label = line.split("]", 1)[1].strip(" …")
        elif line.startswith("klaar in") and label is not None:
            seconds = float(line.removeprefix("klaar in").strip(" s").replace(".", "").replace(",", "."))
            steps[label] = steps.get(label, 0.0) + seconds
    return steps


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


def compare(scan_out: Path, peer_file: Path, sample: int = 1) -> dict:
    """Agreement per shared column (share of complexes) between the scan's complexen and the
    peer: numbers within 1e-6, text equal, or both missing. Every column both write counts.
    ``sample`` > 1 compares one in ``sample`` complexes (by feature id, spread over the whole
    area): the country's tables do not fit in memory twice."""
    import pyarrow.dataset as ds
    import pyogrio

    where = f"fid % {sample} = 0" if sample > 1 else None
    gpkg = scan_out / "shortlist.gpkg"
    ours = pyogrio.read_dataframe(gpkg, layer="complexen", read_geometry=False, use_arrow=True, where=where)
    ours["complex_id"] = ours["complex_id"].astype(str)
    table = ds.dataset(peer_file)
    if sample > 1:
        import pyarrow as pa

        ids = pa.array(ours["complex_id"].to_numpy(dtype=object), pa.string())
        peer_ids = table.to_table(columns=["complex_id"]).column(0)
        n_peer = len(peer_ids)
        peer = table.to_table(filter=ds.field("complex_id").cast(pa.string()).isin(ids)).to_pandas()
    else:
        peer = table.to_table().to_pandas()
        n_peer = len(peer)
    peer["complex_id"] = peer["complex_id"].astype(str)
    both = ours.merge(peer, on="complex_id", how="outer", suffixes=("", "__peer"), indicator=True)
    report: dict = {
        "steekproef": sample,
        "complexen_optopscan": int(pyogrio.read_info(gpkg, layer="complexen")["features"]),
        "complexen_peer": n_peer,
        "vergeleken": len(ours),
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


#: Columns of the README's "Grote gebieden" table (one row per run).
TABLE = [
    "panden",
    "scan",
    "engine",
    "complexen",
    "optopscan s",
    "CPU s",
    "piek GB",
    "GPKG GB",
    "CSV GB",
    "peer s",
    "peer piek GB",
    "tijd ×",
    "geheugen ×",
    "gelijk",
]


def table_row(n: int, mode: str, engine: str, scan: dict, peer: dict | None, agreement: dict | None) -> list[str]:
    """One row of :data:`TABLE`."""
    size = scan["bytes"]
    row = [
        _nl(n, 0),
        mode,
        engine,
        _nl(scan["complexen"], 0),
        _nl(scan["seconds"], 0),
        _nl(scan["cpu_seconds"], 0),
        _nl(scan["peak_gb"], 2),
        _nl(size.get("shortlist.gpkg", 0) / 1e9, 2),
        _nl(size.get("shortlist.csv", 0) / 1e9, 2),
    ]
    if peer is None:
        return row + ["–"] * 5
    share = agreement.get("gelijk_min") if agreement else None
    return row + [
        _nl(peer["total"], 0),
        _nl(peer["rss_gb"], 2),
        _nl(scan["seconds"] / peer["total"], 1),
        _nl(scan["peak_gb"] / peer["rss_gb"], 1),
        "–" if share is None else _rate(share).strip().replace(".", ","),
    ]


def print_agreement(agreement: dict) -> None:
    """Per compared column: share equal (rounded down), differences and example complex_ids."""
    print(
        f"overeenstemming: {agreement['complexen_optopscan']} complexen optopscan, "
        f"{agreement['complexen_peer']} peer, alleen optopscan {agreement['alleen_optopscan']}, "
        f"alleen peer {agreement['alleen_peer']}; {len(agreement['kolommen'])} kolommen vergeleken"
        + (
            f" op 1 op {agreement['steekproef']} complexen ({agreement['vergeleken']})"
            if agreement["steekproef"] > 1
            else ""
        ),
        file=sys.stderr,
    )
    for col, v in agreement["kolommen"].items():
        extra = f" bijv. {', '.join(v['voorbeelden'])}" if v["voorbeelden"] else ""
        print(f"  {col:48} {_rate(v['gelijk'])}  {v['verschillen']} verschillen{extra}", file=sys.stderr)
    print("  niet in de peer: " + ", ".join(agreement["niet_in_peer"]), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
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
    parser.add_argument("--peer-json", type=Path, default=None, help="neem de peer-cijfers van een eerdere run")
    parser.add_argument(
        "--scan-json", type=Path, default=None, help="neem de scan (cijfers en --out-map) van een eerdere run"
    )
    parser.add_argument("--zonder-vloer", action="store_true", help="de I/O-vloer niet meten")
    parser.add_argument("--header", action="store_true", help="ook de kop van de Markdown-tabel")
    parser.add_argument(
        "--steekproef",
        type=int,
        default=1,
        help="vergelijk 1 op K complexen (het land past niet twee keer in het geheugen)",
    )
    parser.add_argument("--json", type=Path, default=None, help="alle cijfers ook als JSON hier")
    args = parser.parse_args(argv)

    from province import ensure_province

    data = ensure_province(args.n, args.data)
    mode = "gebied" if args.gebied else "bezit"
    out = args.out or (ROOT / "benchmarks" / "out" / f"scale_{args.n}_{mode}_{args.engine}")
    out.mkdir(parents=True, exist_ok=True)
    config = area_config(data / "config.yaml") if args.gebied else data / "config.yaml"
    peer_file = out / "peer.parquet"
    peer: dict | None = None
    floor: dict | None = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.scan_json is not None:  # e.g. the peer measured later on the same data and output
            scan = json.loads(args.scan_json.read_text())["scan"]
        else:
            scan = run_scan_cli(config, out, args.engine, Path(tmp) / "scan.json")
        if args.peer_json is not None:
            peer = json.loads(args.peer_json.read_text())
            peer_file = Path(peer.get("file", peer_file))
        elif not args.zonder_peer:
            if not args.peer_python.exists():
                raise SystemExit(f"geen peer-interpreter {args.peer_python}: maak hem met benchmarks/peer_env.sh")
            peer = child_peer(args.peer_python, data, peer_file, args.gebied, Path(tmp) / "peer.json")
            peer["file"] = str(peer_file)
        if not args.zonder_vloer:
            _child(["--child-floor", str(data), str(out), str(Path(tmp) / "floor.json")])
            floor = json.loads((Path(tmp) / "floor.json").read_text())

    print(f"N = {args.n} panden, {mode}, engine {args.engine}, data {data}", file=sys.stderr)
    print("stappen (s): " + ", ".join(f"{k} {v:.1f}" for k, v in scan["stappen"].items()), file=sys.stderr)
    print(
        f"optopscan: {scan['seconds']:.1f} s (CPU {scan['cpu_seconds']:.1f} s), piek {scan['peak_gb']:.2f} GB, "
        f"{scan['complexen']} complexen; uitvoer "
        + ", ".join(f"{f} {b / 1e6:.1f} MB" for f, b in scan["bytes"].items()),
        file=sys.stderr,
    )
    if floor:
        print("I/O-vloer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in floor["times"].items()), file=sys.stderr)
    agreement = None
    if peer:
        print("peer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in peer["times"].items()), file=sys.stderr)
        print(f"peer: {peer['total']:.1f} s, piek {peer['rss_gb']:.2f} GB", file=sys.stderr)
        agreement = compare(out, peer_file, sample=args.steekproef)
        print_agreement(agreement)
    if args.header:
        print("| " + " | ".join(TABLE) + " |")
        print("|" + "|".join("---" if c in ("scan", "engine") else "---:" for c in TABLE) + "|")
    print("| " + " | ".join(table_row(args.n, mode, args.engine, scan, peer, agreement)) + " |")
    if args.json:
        payload = {"n": args.n, "mode": mode, "engine": args.engine, "scan": scan, "floor": floor, "peer": peer}
        payload["agreement"] = agreement
        args.json.write_text(json.dumps(payload, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
