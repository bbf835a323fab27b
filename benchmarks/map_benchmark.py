"""Benchmark the kansenkaart: 20,000 complexes on a ~20 × 20 km RD area.

Generates a shortlist GeoPackage (vectorised; rectangles, every fifth complex two blocks,
realistic multi-line toelichting), renders the map and reports HTML size and render time,
then opens it in headless Chromium (Debian's /usr/bin/chromium, tiles aborted) and reports
the time until ``window.optopscan.ready`` (set one animation frame after the layers are on
the map).

    .venv/bin/python benchmarks/map_benchmark.py                 # 20,000 polygons
    .venv/bin/python benchmarks/map_benchmark.py --n 30000       # point mode (> max_polygonen)
    .venv/bin/python benchmarks/map_benchmark.py --no-browser --keep out/bench
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from optopscan.render import render_kansenkaart

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ORIGIN = (156000.0, 498000.0)  # south-west corner of the 20 × 20 km area
SIZE_M = 20000.0
BUURT_M = 2000.0  # 10 × 10 buurten, in 4 gemeenten
STRATEN = [
    "Merelstraat",
    "Lijsterlaan",
    "Vinkenhof",
    "Spreeuwweg",
    "Zwaluwpad",
    "Meeuwenkade",
    "Reigerstraat",
    "Koekoekslaan",
    "Uilenhof",
    "Valkweg",
]
STATUS = np.array(["ok", "let op", "blokkade", "onbekend"], dtype=object)


def _nl(x: np.ndarray, fmt: str) -> list[str]:
    return [format(v, fmt).replace(".", ",") for v in x]


def make_shortlist(path: Path, n: int, seed: int = 42) -> Path:
    rng = np.random.default_rng(seed)
    x0 = ORIGIN[0] + rng.uniform(0, SIZE_M - 60, n)
    y0 = ORIGIN[1] + rng.uniform(0, SIZE_M - 60, n)
    w, h = rng.uniform(15, 45, n), rng.uniform(10, 25, n)
    geoms = np.asarray(shapely.box(x0, y0, x0 + w, y0 + h), dtype=object)
    multi = np.arange(n) % 5 == 0
    second = shapely.box(x0[multi], y0[multi] + h[multi] + 4, x0[multi] + w[multi], y0[multi] + h[multi] + 14)
    geoms[multi] = [shapely.MultiPolygon([a, b]) for a, b in zip(geoms[multi], second, strict=True)]

    score = np.sort(np.round(rng.uniform(0, 100, n), 1))[::-1]
    klasse = np.select([score >= 80, score >= 65, score >= 50, score >= 35], list("ABCD"), "E")
    status = np.where(klasse == "E", "blokkade", np.where(np.isin(klasse, ["C", "D"]), "let op", "kansrijk"))
    woningen = rng.integers(4, 120, n)
    nu = rng.integers(2, 6, n)
    extra_lagen = rng.integers(0, 3, n)
    theo = np.round(woningen / nu * np.maximum(extra_lagen, 1), 1)
    extra = np.where(status == "blokkade", 0.0, np.floor(theo * (extra_lagen > 0)))
    bouwjaar = rng.integers(1950, 1995, n)
    plan = nu * 3.0 + extra_lagen * 3.0 + rng.choice([0.0, 0.5, 1.0], n)
    hs = _nl(np.round(np.clip(score / 100 + 0.1, 0, 1), 2), ".2f")
    toel = [
        f"hoogte: plan {f'{p:.1f}'.replace('.', ',')} m, nu {b * 3},0 m ({b} bouwlagen), "
        f"dak horizontal → {e} extra bouwlaag"
        f" — score {s} ({'ok' if e else 'let op'})\n"
        f"bouwjaar: {j} (tussen 1950 en 1995) — score 1,00 (ok)\n"
        f"eigendom: {'volledig in bezit' if i % 7 else 'gespikkeld bezit'} — "
        f"score {'1,00 (ok)' if i % 7 else '0,50 (let op)'}\n"
        f"parkeren: parkeerdruk {['laag', 'gemiddeld', 'hoog'][i % 3]} — "
        f"score {['1,00 (ok)', '0,50 (let op)', '0,00 (blokkade)'][i % 3]}\n"
        f"voorzieningen: niet beoordeeld — score onbekend\n"
        f"monument: {'rijksmonument' if st == 'blokkade' else 'geen monument'} — "
        f"score {'0,00 (blokkade)' if st == 'blokkade' else '1,00 (ok)'}"
        for i, (p, b, e, s, j, st) in enumerate(zip(plan, nu, extra_lagen, hs, bouwjaar, status, strict=True))
    ]
    bx = ((x0 - ORIGIN[0]) // BUURT_M).astype(int)
    by = ((y0 - ORIGIN[1]) // BUURT_M).astype(int)
    gm = (bx >= 5).astype(int) + 2 * (by >= 5).astype(int)
    gemeentecode = np.array([f"GM99{70 + g}" for g in range(4)], dtype=object)[gm]
    gemeentenaam = np.array(["Noordwest", "Noordoost", "Zuidwest", "Zuidoost"], dtype=object)[gm]
    buurtcode = np.char.add(np.char.add("BU99", (bx * 10 + by).astype(str)), "01").astype(object)
    straat = np.array(STRATEN, dtype=object)[np.arange(n) % len(STRATEN)]
    nummer = np.arange(n) % 90 + 1
    i = np.arange(n)
    cx = gpd.GeoDataFrame(
        {
            "complex_id": np.char.add("B", np.char.zfill(i.astype(str), 7)).astype(object),
            "complexnaam": np.where(i % 4 == 0, "", np.char.add("Complex ", i.astype(str))).astype(object),
            "adres": [
                f"{s} {a}–{a + 2 * int(wn)}, Proefstad" for s, a, wn in zip(straat, nummer, woningen, strict=True)
            ],
            "rang": i + 1,
            "score": score,
            "klasse": klasse,
            "status": status,
            "toelichting": toel,
            "blokkades": np.where(status == "blokkade", "rijksmonument; parkeerdruk te hoog", ""),
            "status_bouwjaar": "ok",
            "status_eigendom": STATUS[i % 4],
            "status_hoogte": STATUS[(i + 1) % 4],
            "status_parkeren": STATUS[(i + 2) % 4],
            "status_voorzieningen": "onbekend",
            "status_monument": np.where(status == "blokkade", "blokkade", "ok"),
            "aantal_panden": np.where(multi, 2, 1),
            "aantal_woningen": woningen,
            "aantal_vhe": woningen,
            "eigendom": np.where(i % 7 == 0, "gespikkeld", "volledig"),
            "bouwjaar": bouwjaar,
            "extra_bouwlagen": extra_lagen.astype(float),
            "extra_woningen": extra,
            "extra_woningen_theoretisch": theo,
            "buurtcode": buurtcode,
            "buurtnaam": np.char.add("Buurt ", buurtcode.astype(str)).astype(object),
            "gemeentecode": gemeentecode,
            "gemeentenaam": gemeentenaam,
            "niet_op_kaart": "x" * 40,  # stands in for the many columns the map must not embed
        },
        geometry=geoms,
        crs="EPSG:28992",
    )

    agg = cx.groupby(["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam"], as_index=False).agg(
        aantal_complexen=("complex_id", "size"),
        extra_woningen=("extra_woningen", "sum"),
        extra_woningen_theoretisch=("extra_woningen_theoretisch", "sum"),
    )
    codes = agg["buurtcode"].str.slice(4, -2).astype(int)
    bx0 = ORIGIN[0] + (codes // 10) * BUURT_M
    by0 = ORIGIN[1] + (codes % 10) * BUURT_M
    buurten = gpd.GeoDataFrame(agg, geometry=shapely.box(bx0, by0, bx0 + BUURT_M, by0 + BUURT_M), crs="EPSG:28992")

    pyogrio.write_dataframe(cx, path, layer="complexen", promote_to_multi=True)
    pyogrio.write_dataframe(buurten, path, layer="buurten", promote_to_multi=True)
    meta = pd.DataFrame(
        {
            "sleutel": ["gebied", "datum", "versie", "config_hash"],
            "waarde": ["Proefstad (fictief)", "2025-06-01", "0.1.0", "benchmark"],
        }
    )
    pyogrio.write_dataframe(meta, path, layer="metadata")
    return path


def time_in_browser(html: Path, timeout_s: float = 180) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            t0 = time.perf_counter()
            page.goto(html.resolve().as_uri(), timeout=timeout_s * 1000)
            page.wait_for_function("window.optopscan && window.optopscan.ready === true", timeout=timeout_s * 1000)
            wall = time.perf_counter() - t0
            hook = page.evaluate("({n: optopscan.aantalGetekend, ms: optopscan.renderMs, m: optopscan.modus})")
            # one zoom step, until the next frame (return nothing: Playwright would serialise the map)
            zoom = (
                page.evaluate("""() => new Promise(r => { const t = performance.now(), m = optopscan.kaart;
                m.setZoom(m.getZoom() + 1, {animate: false});
                requestAnimationFrame(() => r(performance.now() - t)); })""")
                / 1000
            )
            marks = page.evaluate("""() => Object.fromEntries(performance.getEntriesByType('mark')
                .filter(m => m.name.startsWith('optopscan:')).map(m => [m.name.slice(10), m.startTime]))""")
            if errors:
                raise RuntimeError(f"JavaScript-fouten: {errors}")
            return {
                "wall_s": wall,
                "ready_ms": hook["ms"],
                "getekend": hook["n"],
                "modus": hook["m"],
                "zoom_s": zoom,
                "marks": marks,
            }
        finally:
            browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="aantal complexen (standaard 20000)")
    ap.add_argument("--max-polygonen", type=int, default=20000)
    ap.add_argument("--simplify-m", type=float, default=1.0)
    ap.add_argument("--no-browser", action="store_true", help="alleen Python-kant meten")
    ap.add_argument("--keep", type=Path, help="map waarin shortlist en kaart bewaard worden")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kaartbench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        gpkg = work / "shortlist.gpkg"
        gpkg.unlink(missing_ok=True)
        t = time.perf_counter()
        make_shortlist(gpkg, args.n)
        print(f"shortlist: {args.n} complexen gegenereerd in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        html = render_kansenkaart(
            gpkg, work / "kansenkaart.html", max_polygonen=args.max_polygonen, simplify_m=args.simplify_m
        )
        render_s = time.perf_counter() - t
        size_mb = html.stat().st_size / 1e6
        print(f"render (Python): {render_s:.2f} s")
        print(
            f"HTML: {size_mb:.2f} MB ({html.stat().st_size / args.n:.0f} bytes per complex)"
            f"{'  OVER BUDGET (10 MB)' if size_mb > 10 and args.n <= 20000 else ''}"
        )
        if not args.no_browser:
            if not Path(CHROMIUM).exists():
                print("browser: overgeslagen (chromium ontbreekt: apt-get install chromium)")
                return
            r = time_in_browser(html)
            print(
                f"browser ({r['modus']}, {r['getekend']} getekend): klaar na {r['wall_s']:.2f} s "
                f"(performance.now {r['ready_ms']:.0f} ms); één keer inzoomen {r['zoom_s']:.2f} s"
            )
            m = r["marks"]
            if {"start", "data", "lagen", "klaar"} <= set(m):
                print(
                    f"  HTML laden tot script {m['start']:.0f} ms · data {m['data'] - m['start']:.0f} ms · "
                    f"lagen {m['lagen'] - m['data']:.0f} ms · rest tot eerste frame {m['klaar'] - m['lagen']:.0f} ms"
                )


if __name__ == "__main__":
    main()
