"""Write the bundled FICTITIOUS sample district to data/samples/ (or --out).

    python scripts/generate_samples.py [--out data/samples] [--n-panden 2000] [--seed 42]
                                       [--plan-format gml|gpkg]

Everything is derived from optopscan.synthetic.generate_area with a fixed seed, so running it
again gives the same data (GeoPackage metadata timestamps are pinned as well).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from optopscan.synthetic import generate_area, write_area
from optopscan.synthetic_ahn import write_ahn_sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--out", type=Path, default=root / "optopscan" / "data" / "samples")
    parser.add_argument("--n-panden", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--n-complexen", type=int, default=40)
    parser.add_argument("--plan-format", choices=["gml", "gpkg"], default="gml")
    parser.add_argument(
        "--zonder-ahn",
        action="store_true",
        help="no AHN tiles: keep every pand in 3dbag.gpkg (by default a few are moved to AHN-only)",
    )
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    area = generate_area(n_panden=args.n_panden, seed=args.seed, n_complexen=args.n_complexen)
    paths = write_area(area, args.out, plan_format=args.plan_format)
    if not args.zonder_ahn:  # a few panden only in AHN, as new panden that 3D BAG does not have yet
        truth = write_ahn_sample(args.out)
        print(f"AHN: {len(truth)} panden alleen uit AHN (ahn/waarheid.csv)", file=sys.stderr)
    s = area.scenario
    print(
        f"{len(area.panden)} panden, {len(area.verblijfsobjecten)} verblijfsobjecten, "
        f"{len(area.bezit)} VHE in {len(area.complexen)} complexen "
        f"({time.perf_counter() - t0:.1f} s)",
        file=sys.stderr,
    )
    for name, p in paths.items():
        print(f"  {name:14s} {p}  ({p.stat().st_size / 1024:.0f} kB)", file=sys.stderr)
    print(json.dumps(asdict(s), indent=1, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
