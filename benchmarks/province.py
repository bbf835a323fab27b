"""Generate a FICTITIOUS province-sized area for scale tests (output is not committed).

    .venv/bin/python benchmarks/province.py                      # 1,500,000 panden
    .venv/bin/python benchmarks/province.py --n 100000 [--out DIR] [--seed 1]

The sample generator (:func:`optopscan.synthetic.generate_area`) is run per tile of
``--tile`` panden (default 50,000 — one fictitious gemeente per tile, with its own
4-digit gemeentecode 9001, 9002, …, so BAG ids, buurt/wijk codes, postcodes, complexnummers
and VHE numbers never clash) and each tile is appended to the output files with pyogrio,
so memory stays bounded (~0.5 GB) whatever N is. Tiles lie on a grid of 16 × 16 km cells
(6 per row) in the middle of the Netherlands (RD x ≈ 120–216 km, y ≈ 420–500 km: ~100 × 80 km
for 30 tiles); the land use there is of course fictitious.

Written into ``--out`` (default ``benchmarks/data/province_<N>/``), in the real schemas:
bag-light.gpkg (pand, verblijfsobject), 3dbag.gpkg (pand), plannen.gpkg (plannen:
max_bouwhoogte_m / max_bouwlagen), wijkenbuurten.gpkg (buurten, wijken, gemeenten),
parkeerzones.gpkg, voorzieningen.gpkg (~N/30 points: the generated ones plus extra amenities
of other soorten), rijksmonumenten.gpkg, bezit.csv (~N/15 VHE), bgt.gpkg (wegdeel, waterdeel) and ``config.yaml``
(``basis:`` the packaged default.yaml, ``invoer:`` pointing at these files, no energielabels).
A ``manifest.json`` records the arguments and counts, so ``benchmarks/scale.py`` can reuse
the data.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from optopscan.config import DEFAULT_CONFIG  # noqa: E402
from optopscan.synthetic import FILES, RD, generate_area  # noqa: E402

TILE = 50_000
CELL_M = 16_000.0
TILES_PER_ROW = 6
FIRST_CENTRE = (128_000.0, 492_000.0)  # tile 0; rows go south (y − 16 km)
COUNTRY_TILES_PER_ROW = 16
COUNTRY_FIRST_CENTRE = (16_000.0, 612_000.0)  # 16 × 15 tiles stay inside RD x 8–264 km, y 380–620 km
VHE_PER_PAND = 100_000 / 1_500_000  # ~100,000 VHE in a province of 1.5 M panden
VHE_PER_COMPLEX = 35.0  # what generate_area gives on average
VOORZIENINGEN_PER_PAND = 50_000 / 1_500_000
EXTRA_SOORTEN = np.array(
    [
        "apotheek",
        "kinderopvang",
        "bibliotheek",
        "sportvoorziening",
        "supermarkt",
        "huisarts",
        "basisschool",
        "ov_halte",
    ],
    dtype=object,
)
EXTRA_P = np.array([0.18, 0.2, 0.05, 0.12, 0.1, 0.1, 0.1, 0.15])


def default_out(n: int) -> Path:
    return ROOT / "benchmarks" / "data" / f"province_{n}"


def tile_sizes(n: int, tile: int = TILE) -> list[int]:
    sizes = [tile] * (n // tile)
    rest = n - sum(sizes)
    if rest:
        if rest < 300 and sizes:  # generate_area needs ≥ 300 panden
            sizes[-1] += rest
        else:
            sizes.append(max(rest, 300))
    return sizes


def tile_origin(t: int, n_tiles: int = 0) -> tuple[float, float]:
    """Centre of tile ``t``. Up to 30 tiles (a province): 6 per row from FIRST_CENTRE; more (the
    country, 228 tiles at 11.4M): 16 per row from the north-west of the RD range."""
    if n_tiles <= 30:
        per_row, first = TILES_PER_ROW, FIRST_CENTRE
    else:
        per_row, first = COUNTRY_TILES_PER_ROW, COUNTRY_FIRST_CENTRE
    col, row = t % per_row, t // per_row
    return first[0] + col * CELL_M, first[1] - row * CELL_M


def _write(df: pd.DataFrame, path: Path, layer: str, first: bool, **layer_options) -> None:
    kwargs = dict(layer=layer, driver="GPKG", append=not first)
    if first and layer_options:
        kwargs["layer_options"] = layer_options
    pyogrio.write_dataframe(df, path, use_arrow=True, **kwargs)


def _extra_voorzieningen(area, n_extra: int, rng: np.random.Generator, woonplaats: str) -> gpd.GeoDataFrame:
    """Amenities of several soorten at random points along the streets of the tile."""
    b = area.panden.geometry.values
    pick = rng.integers(0, len(b), n_extra)
    x0, y0, x1, y1 = shapely.bounds(b[pick]).T
    # on the street 5 m in front of a random pand
    x = rng.uniform(x0, x1)
    y = y0 - 5.0
    soort = rng.choice(EXTRA_SOORTEN, size=n_extra, p=EXTRA_P)
    naam = pd.Series(soort).str.capitalize() + f" {woonplaats} " + pd.Series(np.arange(1, n_extra + 1)).astype(str)
    hov = (soort == "ov_halte") & (rng.random(n_extra) < 0.05)
    return gpd.GeoDataFrame(
        {"soort": soort, "naam": naam.to_numpy(object), "hov": hov}, geometry=shapely.points(x, y), crs=RD
    )


def generate_province(n: int, out: Path, seed: int = 1, tile: int = TILE, quiet: bool = False) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "bag": out / FILES["bag"],
        "bag3d": out / FILES["bag3d"],
        "plannen": out / "plannen.gpkg",
        "buurten": out / FILES["buurten"],
        "parkeerzones": out / FILES["parkeerzones"],
        "voorzieningen": out / FILES["voorzieningen"],
        "monumenten": out / FILES["monumenten"],
        "bezit": out / FILES["bezit"],
        "bgt": out / FILES["bgt"],
    }
    for p in paths.values():
        p.unlink(missing_ok=True)
    (out / "manifest.json").unlink(missing_ok=True)
    counts: dict[str, int] = {}

    def count(name: str, k: int) -> None:
        counts[name] = counts.get(name, 0) + int(k)

    sizes = tile_sizes(n, tile)
    complex_start = 101
    t_start = time.perf_counter()
    for t, size in enumerate(sizes):
        first = t == 0
        code = f"{9001 + t:04d}"
        naam = f"Provinciestad {t + 1}"
        n_complexen = max(8, round(size * VHE_PER_PAND / VHE_PER_COMPLEX))
        area = generate_area(
            n_panden=size,
            seed=seed * 1000 + t,
            origin=tile_origin(t, len(sizes)),
            n_complexen=n_complexen,
            gemeentecode=code,
            gemeentenaam=f"{naam} (fictief)",
            woonplaats=naam,
            postcode_base=7231 + 300 * t,
            complex_start=complex_start,
        )
        complex_start += math.ceil((n_complexen + 1) / 100) * 100
        if complex_start + n_complexen > 99_999:
            raise ValueError("te veel complexen voor 5-cijferige complexnummers; kies grotere tegels")
        rng = np.random.default_rng(seed * 1000 + t + 500)

        _write(area.panden, paths["bag"], "pand", first, GEOMETRY_NAME="geom", FID="feature_id")
        _write(area.verblijfsobjecten, paths["bag"], "verblijfsobject", first, GEOMETRY_NAME="geom", FID="feature_id")
        _write(area.bag3d, paths["bag3d"], "pand", first, FID="fid")
        mv = area.maatvoering
        bh = mv["max_bouwhoogte_m"].astype(float)
        plain = gpd.GeoDataFrame(
            {"max_bouwhoogte_m": bh, "max_bouwlagen": mv["max_bouwlagen"].astype(float).where(bh.isna())},
            geometry=mv.geometry.to_numpy(),
            crs=RD,
        )
        _write(plain, paths["plannen"], "plannen", first)
        for layer, df in (("buurten", area.buurten), ("wijken", area.wijken), ("gemeenten", area.gemeenten)):
            _write(df, paths["buurten"], layer, first)
        _write(area.parkeerzones, paths["parkeerzones"], "parkeerzones", first)
        want = round(size * VOORZIENINGEN_PER_PAND)
        voorz = area.voorzieningen
        if want > len(voorz):
            voorz = pd.concat([voorz, _extra_voorzieningen(area, want - len(voorz), rng, naam)], ignore_index=True)
        _write(voorz, paths["voorzieningen"], "voorzieningen", first)
        mon = area.monumenten.copy()
        mon["rijksmonument_nummer"] = [str(530000 + 1000 * t + i) for i in range(len(mon))]
        _write(mon, paths["monumenten"], "rijksmonumenten", first)
        _write(area.bgt_wegdeel, paths["bgt"], "wegdeel", first, GEOMETRY_NAME="geom")
        _write(area.bgt_waterdeel, paths["bgt"], "waterdeel", first, GEOMETRY_NAME="geom")
        with open(paths["bezit"], "w" if first else "a", encoding="utf-8-sig" if first else "utf-8", newline="") as f:
            area.bezit.to_csv(f, sep=";", index=False, header=first, lineterminator="\r\n")

        for name, k in (
            ("panden", len(area.panden)),
            ("verblijfsobjecten", len(area.verblijfsobjecten)),
            ("bag3d", len(area.bag3d)),
            ("plannen", len(plain)),
            ("buurten", len(area.buurten)),
            ("parkeerzones", len(area.parkeerzones)),
            ("voorzieningen", len(voorz)),
            ("monumenten", len(mon)),
            ("bezit_vhe", len(area.bezit)),
            ("complexen", len(area.complexen)),
            ("bgt_wegdeel", len(area.bgt_wegdeel)),
            ("bgt_waterdeel", len(area.bgt_waterdeel)),
        ):
            count(name, k)
        if not quiet:
            print(
                f"  tegel {t + 1}/{len(sizes)} (gemeente {code}, {size} panden) {time.perf_counter() - t_start:.0f} s",
                file=sys.stderr,
            )
        del area

    config = out / "config.yaml"
    invoer = {
        "bag": paths["bag"].name,
        "bag3d": paths["bag3d"].name,
        "bezit": paths["bezit"].name,
        "plannen": [paths["plannen"].name],
        "buurten": paths["buurten"].name,
        "parkeerzones": paths["parkeerzones"].name,
        "voorzieningen": paths["voorzieningen"].name,
        "monumenten": paths["monumenten"].name,
        "energielabels": None,
        "bgt": paths["bgt"].name,
        # the sample district's AHN tiles and provinces (inherited through basis:) do not cover this area
        "ahn_dsm": [],
        "ahn_dtm": [],
        "provincies": None,
    }
    lines = [
        "# FICTIEF provinciegebied voor schaaltests (benchmarks/province.py); niet committen.",
        f"basis: {DEFAULT_CONFIG}",
        f'gebied: "Fictieve provincie ({n} panden)"',
        "invoer:",
    ]
    for key, value in invoer.items():
        if value is None:
            lines.append(f"  {key}: null")
        elif isinstance(value, list) and not value:
            lines.append(f"  {key}: []")
        elif isinstance(value, list):
            lines.append(f"  {key}:")
            lines.extend(f"    - {v}" for v in value)
        else:
            lines.append(f"  {key}: {value}")
    lines += ["uitvoer:", "  map: out", "  kaarten: maps", ""]
    config.write_text("\n".join(lines), encoding="utf-8")
    manifest = {
        "n": n,
        "seed": seed,
        "tile": tile,
        "tiles": len(sizes),
        "counts": counts,
        "seconds": round(time.perf_counter() - t_start, 1),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def ensure_province(n: int, out: Path | None = None, seed: int = 1, tile: int = TILE, quiet: bool = False) -> Path:
    """Return the folder with the data for ``n`` panden, generating it when missing."""
    out = out or default_out(n)
    m = out / "manifest.json"
    if m.exists():
        meta = json.loads(m.read_text())
        if meta.get("n") == n and meta.get("seed") == seed and meta.get("tile") == tile:
            return out
    generate_province(n, out, seed=seed, tile=tile, quiet=quiet)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_500_000, help="aantal panden")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tile", type=int, default=TILE, help="panden per tegel (gemeente)")
    args = parser.parse_args(argv)
    out = args.out or default_out(args.n)
    manifest = generate_province(args.n, out, seed=args.seed, tile=args.tile)
    print(json.dumps(manifest, indent=1))
    print(f"config: {out / 'config.yaml'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
