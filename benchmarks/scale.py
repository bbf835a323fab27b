"""Scale benchmark: time every scan stage against the I/O floor, and the peak memory.

    .venv/bin/python benchmarks/scale.py --n 100000 [--data DIR] [--engine lokaal]

Generates (or reuses) the fictitious province of ``--n`` panden (``benchmarks/province.py``),
then, each in its own child process (so the peak RSS is that of one run):

1. the scan as ``optopscan scan --geen-kaart`` runs it (load_inputs → run_scan →
   write_shortlist), with every stage timed;
2. the **I/O floor**: reading every input layer with the fastest settings (pyogrio
   ``use_arrow=True``, only the columns the loaders use; the bezit CSV with pyarrow) and
   writing output layers of the same sizes as the scan wrote (the scan's own complexen,
   panden and buurten layers, read back untimed, written with pyogrio ``use_arrow=True``, and
   the complexen table as CSV with pyarrow), computing nothing.

Prints the stage timings and a Markdown table row (add ``--header`` for the header).
"""

from __future__ import annotations

import argparse
import json
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
SCAN_PARTS = [
    "complexen_toewijzen",
    "build_panden",
    "build_complexen",
    "afstanden",
    "potentie",
    "regels",
    "scores",
    "finalise",
]
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
        ("compute_potential", "potentie"),
        ("evaluate_all", "regels"),
        ("score_complexen", "scores"),
        ("finalise", "finalise"),
        ("scan_complexen", "scan_complexen"),
    ):
        timed(scan_mod, name, label)
    timed(export_mod, "run_metadata", "metadata_hashes")

    t0 = time.perf_counter()
    settings = load_settings(config)
    marks: list[tuple[str, float]] = []
    inputs = load_inputs(settings, lambda label: marks.append((label, time.perf_counter())), geometrie=False)
    t_loaded = time.perf_counter()
    marks.append(("__end__", t_loaded))
    load = {LOAD_STEPS.get(a, a): b - ta for (a, ta), (_, b) in zip(marks[:-1], marks[1:])}
    if engine == "dask":
        from optopscan.engine.dask import run_scan_dask

        result_obj = run_scan_dask(settings, inputs)
    else:
        result_obj = scan_mod.run_scan(settings, inputs)
    t_scanned = time.perf_counter()
    write_shortlist(result_obj, out, settings, inputs.files)
    t_written = time.perf_counter()
    scan_total = t_scanned - t_loaded
    stages = {
        "lezen": t_loaded - t0,
        "build_panden": times.get("build_panden", 0.0),
        "complexen": times.get("complexen_toewijzen", 0.0)
        + times.get("eigendom", 0.0)
        + times.get("build_complexen", 0.0)
        + times.get("afstanden", 0.0),
        "potentie_regels_score": times.get("potentie", 0.0) + times.get("regels", 0.0) + times.get("scores", 0.0),
        "finalise": times.get("finalise", 0.0),
        "scan_overig": scan_total
        - sum(times.get(k, 0.0) for k in ("complexen_toewijzen", "eigendom", "scan_complexen", "finalise"))
        + (
            times.get("scan_complexen", 0.0)
            - sum(
                times.get(k, 0.0)
                for k in ("build_panden", "build_complexen", "afstanden", "potentie", "regels", "scores")
            )
        ),
        "schrijven": t_written - t_scanned,
    }
    payload = {
        "load": load,
        "parts": times,
        "stages": stages,
        "scan": scan_total,
        "total": t_written - t0,
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


# --------------------------------------------------------------------------- parent


def _child(args: list[str]) -> float:
    """Run this script as a child; return the child's peak RSS (GB, via RUSAGE_CHILDREN)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, __file__, *args], check=False)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[0]} failed with exit code {proc.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) * 1024 / 1e9


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
    parser.add_argument("--out", type=Path, default=None, help="uitvoermap van de scan")
    parser.add_argument("--header", action="store_true", help="ook de kop van de Markdown-tabel")
    parser.add_argument("--json", type=Path, default=None, help="alle cijfers ook als JSON hier")
    args = parser.parse_args(argv)

    from province import ensure_province

    data = ensure_province(args.n, args.data)
    out = args.out or (ROOT / "benchmarks" / "out" / f"scale_{args.n}")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        scan_json, floor_json = Path(tmp) / "scan.json", Path(tmp) / "floor.json"
        rss_scan = _child(["--child-scan", str(data / "config.yaml"), str(out), args.engine, str(scan_json)])
        _child(["--child-floor", str(data), str(out), str(floor_json)])
        scan = json.loads(scan_json.read_text())
        floor = json.loads(floor_json.read_text())
    rss = max(rss_scan, scan["rss_gb"])
    s_overig = scan["stages"]["scan_overig"]

    print(f"N = {args.n} panden, engine {args.engine}, data {data}", file=sys.stderr)
    print("inlezen per bron (s): " + ", ".join(f"{k} {v:.1f}" for k, v in scan["load"].items()), file=sys.stderr)
    print(
        "scan-onderdelen (s): "
        + ", ".join(f"{k} {v:.2f}" for k, v in scan["parts"].items())
        + f", overig {s_overig:.2f}",
        file=sys.stderr,
    )
    print("I/O-vloer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in floor["times"].items()), file=sys.stderr)
    print(
        f"{scan['complexen']} complexen, {scan['panden_uit']} panden in de uitvoer; "
        f"piek RSS scan {rss:.2f} GB, vloer {floor['rss_gb']:.2f} GB",
        file=sys.stderr,
    )
    s = scan["stages"]
    row = [
        f"{args.n:,}".replace(",", "."),
        f"{floor['floor']:.1f}",
        f"{s['lezen']:.1f}",
        f"{s['build_panden']:.1f}",
        f"{s['complexen']:.1f}",
        f"{s['potentie_regels_score']:.1f}",
        f"{s['finalise']:.1f}",
        f"{s['schrijven']:.1f}",
        f"{scan['total']:.1f}",
        f"{scan['total'] / floor['floor']:.2f}",
        f"{rss:.2f}",
    ]
    if args.header:
        print("| " + " | ".join(COLUMNS) + " |")
        print("|" + "|".join("---:" for _ in COLUMNS) + "|")
    print("| " + " | ".join(row) + " |")
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "scan": scan, "floor": floor, "rss_gb": rss}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
