"""The kansenkaart in headless Chromium (Debian's /usr/bin/chromium, never a downloaded one).

``check_map_in_browser(html_path, expected_count, sample_id)`` can be pointed at any
rendered map, e.g. one from a real scan:

    from tests.render.test_kansenkaart_browser import check_map_in_browser
    check_map_in_browser(Path("out/kansenkaart.html"), 1234, "0363100012345678")
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

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
TILE_HOSTS = {"service.pdok.nl", "tile.openstreetmap.org"}
REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOT = ARTIFACTS / "kansenkaart.png"

pytestmark = pytest.mark.browser

# finds a pixel of a drawn complex that really hits its SVG path (works for any shape)
_POINT_ON_LAYER_JS = """
(id) => {
  const o = window.optopscan, l = o.laag(id);
  if (!l) return null;
  const map = o.kaart;
  map.closePopup();
  if (l.getBounds) { map.fitBounds(l.getBounds(), {maxZoom: 18, animate: false, padding: [150, 150]}); }
  else { map.setView(l.getLatLng(), 17, {animate: false}); }
  const rect = map.getContainer().getBoundingClientRect();
  if (l.getLatLng) {  // a point (circleMarker)
    const p = map.latLngToContainerPoint(l.getLatLng());
    return [rect.left + p.x, rect.top + p.y];
  }
  const bb = l.getBounds();
  const a = map.latLngToContainerPoint(bb.getNorthWest()), z = map.latLngToContainerPoint(bb.getSouthEast());
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
    const cx = a.x + (z.x - a.x) * i / 12, cy = a.y + (z.y - a.y) * j / 12;
    const x = rect.left + cx, y = rect.top + cy;
    const hit = l._path ? document.elementFromPoint(x, y) === l._path   // SVG
      : l._containsPoint(map.containerPointToLayerPoint([cx, cy]));     // canvas
    if (hit) return [x, y];
  }
  return null;
}
"""


def _chromium_or_skip() -> None:
    reason = None
    if not Path(CHROMIUM).exists():
        reason = "chromium ontbreekt: apt-get install chromium"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright ontbreekt: pip install playwright (zonder browser-download)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@contextlib.contextmanager
def _browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _chromium_or_skip()
    with _browser() as b:
        yield b


DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def open_map(
    browser: Any,
    html_path: Path,
    *,
    timeout_ms: int = 60000,
    viewport: dict[str, int] | None = None,
    fragment: str = "",
    **context: Any,
) -> tuple[Any, dict[str, list[str]]]:
    """Open ``html_path`` (plus ``fragment``, e.g. ``#complex=…``) with every tile request
    aborted; return the page and a log of console errors, page errors, unexpected requests
    and failed non-tile requests."""
    log: dict[str, list[str]] = {"console": [], "pageerror": [], "unexpected": [], "failed": []}
    page = browser.new_page(viewport=viewport or DESKTOP, **context)

    def route(r: Any) -> None:
        url = r.request.url
        host = urlparse(url).hostname or ""
        if url.startswith(("file:", "data:", "blob:", "about:")):
            r.continue_()
        else:
            if host not in TILE_HOSTS:
                log["unexpected"].append(url)
            r.abort()

    def console(msg: Any) -> None:
        if msg.type != "error":
            return
        loc = (msg.location or {}).get("url", "")
        if "Failed to load resource" in msg.text and urlparse(loc).hostname in TILE_HOSTS:
            return  # a tile we aborted on purpose
        log["console"].append(f"{msg.text} ({loc})")

    def failed(req: Any) -> None:
        if (urlparse(req.url).hostname or "") not in TILE_HOSTS:
            log["failed"].append(f"{req.url}: {req.failure}")

    page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda exc: log["pageerror"].append(str(exc)))
    page.on("requestfailed", failed)
    page.goto(Path(html_path).resolve().as_uri() + fragment)
    page.wait_for_function("window.optopscan && window.optopscan.ready === true", timeout=timeout_ms)
    return page, log


def _assert_clean(log: dict[str, list[str]]) -> None:
    assert not log["pageerror"], f"JavaScript-fouten: {log['pageerror']}"
    assert not log["console"], f"consolefouten: {log['console']}"
    assert not log["unexpected"], f"verzoeken buiten de tegelservers: {log['unexpected']}"
    assert not log["failed"], f"mislukte verzoeken buiten de tegelservers: {log['failed']}"


def _dom_count(page: Any, klasse: str | None = None) -> int:
    sel = f"path.leaflet-interactive.klasse-{klasse}" if klasse else "path.leaflet-interactive[class*='klasse-']"
    return page.locator(sel).count()


def check_map_in_browser(
    html_path: str | Path,
    expected_count: int,
    sample_id: str,
    *,
    browser: Any = None,
    screenshot: Path | None = None,
) -> dict[str, Any]:
    """Open a kansenkaart offline and check it as a user would.

    Asserts: no console or page errors and no requests besides tiles; ``expected_count``
    complexes drawn (JS hook and, in polygon mode, SVG paths); hovering ``sample_id`` shows
    its tooltip, clicking it opens a popup with its toelichting; switching its klasse layer
    off removes its paths; the search finds it and says "Niet gevonden" for nonsense.
    Returns a few figures (mode, counts) for the caller.
    """
    if browser is None:
        _chromium_or_skip()
        with _browser() as b:
            return check_map_in_browser(html_path, expected_count, sample_id, browser=b, screenshot=screenshot)

    page, log = open_map(browser, Path(html_path))
    try:
        hook = page.evaluate("({n: optopscan.aantalGetekend, m: optopscan.modus, r: optopscan.renderer})")
        assert hook["n"] == expected_count, f"getekend volgens JS: {hook['n']}, verwacht {expected_count}"
        on_map = page.evaluate("""() => Object.values(optopscan.lagen.klasse).reduce(
            (n, g) => n + g.getLayers().filter(l => optopscan.kaart.hasLayer(l)).length, 0)""")
        assert on_map == expected_count, f"op de kaart: {on_map}, verwacht {expected_count}"
        svg = hook["r"] == "svg"  # with a canvas there are no DOM paths to count
        if svg:
            assert _dom_count(page) == expected_count
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot))

        props = page.evaluate(
            """(id) => { const D = JSON.parse(document.getElementById('optopscan-data').textContent);
                const f = D.complexen.features.find(f => f.properties.id === id);
                return f ? {k: f.properties.k, t: (f.properties.t || []).map(i => D.teksten[i])} : null; }""",
            sample_id,
        )
        assert props is not None, f"complex {sample_id} staat niet in de kaartdata"

        # hover → tooltip
        point = page.evaluate(_POINT_ON_LAYER_JS, sample_id)
        assert point is not None, f"complex {sample_id} is niet aanwijsbaar op de kaart"
        page.mouse.move(point[0] - 3, point[1] - 3)
        page.mouse.move(point[0], point[1])
        tooltip = page.locator(".leaflet-tooltip")
        tooltip.first.wait_for(state="visible", timeout=5000)
        assert sample_id in tooltip.first.inner_text()

        # click → popup with the full toelichting
        page.mouse.click(point[0], point[1])
        # .last: a popup that just closed may still be fading out of the DOM
        popup = page.locator(".leaflet-popup-content").last
        popup.wait_for(state="visible", timeout=5000)
        text = popup.inner_text()
        assert sample_id in text and "Oordeel:" in text and "toelichting" in text.lower()
        low = text.lower()  # headings are upper case on screen
        assert low.index("oordeel:") < low.index("extra woningen"), "het oordeel staat niet bovenaan"
        assert not re.search(r"Bouwjaar\s+\d\.\d{3}", text), "bouwjaar met duizendtalscheiding"
        assert "horizontal" not in text and "ov_halte" not in text
        # the full toelichting is folded away; the popup may re-render while the map pans to it,
        # so read the folded text itself (textContent) rather than depend on the fold's state
        toel = popup.locator(".toelichting").text_content() or ""
        for line in props["t"]:
            assert line in toel, f"toelichtingsregel ontbreekt in de popup: {line!r}"
        page.evaluate("void optopscan.kaart.closePopup()")  # void: never serialise the map

        # switch the sample's klasse layer off and on again in the layer control
        k = props["k"]
        label = "Zonder klasse" if k == "?" else f"Klasse {k} ("
        box = page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input")
        before = _dom_count(page, "onbekend" if k == "?" else k) if svg else None
        box.uncheck()
        assert page.evaluate("(k) => !optopscan.kaart.hasLayer(optopscan.lagen.klasse[k])", k)
        if svg:
            assert before and _dom_count(page, "onbekend" if k == "?" else k) == 0
        box.check()
        if svg:
            assert _dom_count(page, "onbekend" if k == "?" else k) == before

        # search: found → popup opens; nonsense → "Niet gevonden"
        page.fill("#zoek-invoer", sample_id.lower())
        page.press("#zoek-invoer", "Enter")
        popup.wait_for(state="visible", timeout=5000)
        assert sample_id in popup.inner_text()
        assert "Niet gevonden" not in page.inner_text("#zoek-melding")
        page.fill("#zoek-invoer", "qqq-bestaat-niet-zzz")
        page.press("#zoek-invoer", "Enter")
        assert page.inner_text("#zoek-melding").strip() == "Niet gevonden"

        _assert_clean(log)
        return {
            "modus": hook["m"],
            "renderer": hook["r"],
            "getekend": hook["n"],
            "renderMs": page.evaluate("optopscan.renderMs"),
        }
    finally:
        page.close()


# ---------------------------------------------------------------------------------------


def test_sample_map_in_browser(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`optopscan scan` on the bundled sample writes a map that works offline in Chromium."""
    import geopandas as gpd
    import yaml
    from click.testing import CliRunner

    from optopscan.cli import main
    from optopscan.config import DEFAULT_CONFIG

    monkeypatch.chdir(tmp_path)  # output paths resolve against the current directory
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"basis": str(DEFAULT_CONFIG), "uitvoer": {"map": "out", "kaarten": "maps"}}))
    result = CliRunner().invoke(main, ["scan", "--config", str(config), "-q"])
    assert result.exit_code == 0, result.output
    html_path = next(
        p for p in (tmp_path / "maps" / "kansenkaart.html", tmp_path / "out" / "kansenkaart.html") if p.exists()
    )
    cx = gpd.read_file(tmp_path / "out" / "shortlist.gpkg", layer="complexen")
    check = check_map_in_browser(
        html_path, len(cx), str(cx["complex_id"].iloc[0]), browser=browser, screenshot=SCREENSHOT
    )
    assert (check["modus"], check["renderer"]) == ("polygonen", "svg")
    assert SCREENSHOT.exists() and SCREENSHOT.stat().st_size > 10_000


def test_map_in_browser(browser: Any, shortlist_gpkg: Path, tmp_path: Path) -> None:
    import geopandas as gpd

    from optopscan.render import render_kansenkaart

    html_path = render_kansenkaart(shortlist_gpkg, tmp_path / "kansenkaart.html")
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    result = check_map_in_browser(html_path, len(cx), str(cx["complex_id"].iloc[0]), browser=browser)
    assert (result["modus"], result["renderer"]) == ("polygonen", "svg")


def test_dangerous_text_is_shown_not_run(browser: Any, shortlist_gpkg: Path, tmp_path: Path) -> None:
    from optopscan.render import render_kansenkaart

    html_path = render_kansenkaart(shortlist_gpkg, tmp_path / "kansenkaart.html")
    page, log = open_map(browser, html_path)
    try:
        page.evaluate("optopscan.zoek('Huize <Gevaar>')")
        page.locator(".leaflet-popup-content details summary").click()
        text = page.locator(".leaflet-popup-content").inner_text()
        assert "<script>alert('x')</script>" in text and "Huize <Gevaar>" in text
        assert page.locator(".leaflet-popup-content script").count() == 0
        _assert_clean(log)
    finally:
        page.close()


def test_point_mode_in_browser(browser: Any, shortlist_gpkg: Path, tmp_path: Path) -> None:
    import geopandas as gpd

    from optopscan.render import render_kansenkaart

    html_path = render_kansenkaart(shortlist_gpkg, tmp_path / "punten.html", max_polygonen=10, max_punten=10_000)
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    result = check_map_in_browser(html_path, len(cx), str(cx["complex_id"].iloc[5]), browser=browser)
    assert result["modus"] == "punten"


def test_empty_map_in_browser(browser: Any, empty_shortlist_gpkg: Path, tmp_path: Path) -> None:
    from optopscan.render import render_kansenkaart

    html_path = render_kansenkaart(empty_shortlist_gpkg, tmp_path / "leeg.html")
    page, log = open_map(browser, html_path)
    try:
        assert page.evaluate("optopscan.aantalGetekend") == 0
        assert "Geen complexen in deze shortlist" in page.inner_text("#samenvatting")
        page.fill("#zoek-invoer", "CPX00001")
        page.press("#zoek-invoer", "Enter")
        assert page.inner_text("#zoek-melding").strip() == "Niet gevonden"
        _assert_clean(log)
    finally:
        page.close()


def test_status_overlay_in_browser(browser: Any, shortlist_gpkg: Path, tmp_path: Path) -> None:
    from optopscan.render import render_kansenkaart

    html_path = render_kansenkaart(shortlist_gpkg, tmp_path / "kansenkaart.html")
    page, log = open_map(browser, html_path)
    try:
        n = page.evaluate("optopscan.aantalGetekend")
        page.locator(".leaflet-control-layers-overlays label", has_text="Status hoogte").locator("input").check()
        assert page.locator("path.status-sh").count() == n
        page.locator(".leaflet-control-layers-overlays label", has_text="Buurten").locator("input").check()
        assert page.locator("path.buurt").count() == 2
        _assert_clean(log)
    finally:
        page.close()


def test_canvas_mode_in_browser(
    browser: Any, shortlist_gpkg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many complexes go on a canvas: hover, popup, layer switch and search still work."""
    import geopandas as gpd

    from optopscan.render import kansenkaart, render_kansenkaart

    monkeypatch.setattr(kansenkaart, "SVG_MAX", 10)
    html_path = render_kansenkaart(shortlist_gpkg, tmp_path / "canvas.html")
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    result = check_map_in_browser(html_path, len(cx), str(cx["complex_id"].iloc[2]), browser=browser)
    assert (result["modus"], result["renderer"]) == ("polygonen", "canvas")


# ---- the map's features, one page load per viewport -------------------------------------

_ON_MAP_JS = """() => Object.values(optopscan.lagen.klasse).reduce(
    (n, g) => n + g.getLayers().filter(l => optopscan.kaart.hasLayer(l)).length, 0)"""
_TABLE_IDS_JS = "() => [...document.querySelectorAll('#tabel tbody tr')].map(tr => tr.dataset.id)"


def _popup_text(page: Any) -> str:
    popup = page.locator(".leaflet-popup-content").last
    popup.wait_for(state="visible", timeout=5000)
    return popup.inner_text()


def _assert_popup_closed(page: Any) -> None:
    # a closing popup fades out for a moment before it leaves the DOM
    page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0", timeout=3000)


def test_desktop_features(browser: Any, new_shortlist_gpkg: Path, tmp_path: Path) -> None:
    """Filters, counts, table ↔ map, sorting, CSV, search, Dutch labels, keyboard, print."""
    import geopandas as gpd

    from optopscan.render import render_kansenkaart

    cx = gpd.read_file(new_shortlist_gpkg, layer="complexen").sort_values("rang")
    html_path = render_kansenkaart(new_shortlist_gpkg, tmp_path / "kansenkaart.html")
    page, log = open_map(browser, html_path, accept_downloads=True)
    try:
        # -- keyboard first (fresh page): Tab 1 is the skip link, Enter lands in the search
        #    box; without it Tab 2 is the search box; map controls precede the complexes
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.evaluate("document.activeElement.textContent") == "Direct naar zoeken"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "zoek-invoer"
        page.evaluate("document.activeElement.blur()")
        page.reload()
        page.wait_for_function("window.optopscan && window.optopscan.ready === true")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "zoek-invoer"
        # the table is one Tab stop (arrow keys move between rows), so the map comes soon after
        assert page.locator("#tabel .cid[tabindex='0']").count() == 1
        page.focus("#tabel .cid[tabindex='0']")
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.textContent") == str(cx["complex_id"].iloc[1])
        page.keyboard.press("Enter")
        assert page.evaluate("optopscan.gekozen()") == str(cx["complex_id"].iloc[1])
        page.keyboard.press("Escape")
        n = len(cx)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "kansenkaart-desktop.png"))
        assert page.evaluate(_ON_MAP_JS) == n and len(page.evaluate(_TABLE_IDS_JS)) == n
        # start in rang order, tiers of the selection = tiers of all complexen
        assert page.evaluate(_TABLE_IDS_JS) == list(cx["complex_id"])
        plan = f"{cx['extra_woningen_binnen_plan'].sum():,.0f}".replace(",", ".")
        assert page.inner_text("#selectie-ewp") == plan

        # -- filters: klasse E off → map, layer control, counts and table follow
        n_e = int((cx["klasse"] == "E").sum())
        assert n_e > 0
        page.locator('#filters input[name="klasse"][value="E"]').uncheck()
        zonder_e = list(cx.loc[cx["klasse"] != "E", "complex_id"])
        assert page.evaluate(_ON_MAP_JS) == n - n_e
        assert page.evaluate(_TABLE_IDS_JS) == zonder_e
        assert page.locator(".leaflet-control-layers-overlays label", has_text="Klasse E (0)").count() == 1
        assert page.inner_text("#tabel-telling") == f"({n - n_e})"
        assert page.inner_text("#getoond") == f"{n - n_e} van {n} getekend"
        ewp = cx.loc[cx["klasse"] != "E", "extra_woningen_binnen_plan"].sum()
        assert page.inner_text("#selectie-ewp") == f"{ewp:,.0f}".replace(",", ".")
        # status: planwijziging nodig off
        page.locator('#filters input[name="status"][value="planwijziging nodig"]').uncheck()
        keep = (cx["klasse"] != "E") & (cx["status"] != "planwijziging nodig")
        assert page.evaluate(_TABLE_IDS_JS) == list(cx.loc[keep, "complex_id"])
        # minimum score 80 (range input: set value, fire change)
        page.evaluate("""() => { const r = document.getElementById('filter-score'); r.value = 80;
            r.dispatchEvent(new Event('change', {bubbles: true})); }""")
        keep &= cx["score"] >= 80
        assert page.evaluate(_TABLE_IDS_JS) == list(cx.loc[keep, "complex_id"])
        assert page.inner_text("#filter-score-waarde") == "80"
        # form: aanplakken → only complexes with aanplak homes; the aanplak layer follows
        page.select_option("#filter-vorm", "ewa")
        keep &= cx["extra_woningen_aanplakken"] > 0
        assert page.evaluate(_TABLE_IDS_JS) == list(cx.loc[keep, "complex_id"])
        assert page.evaluate(_ON_MAP_JS) == int(keep.sum())
        assert page.evaluate("optopscan.lagen.vormen.aanplaklocaties.getLayers().length") == int(keep.sum())
        page.click("#filter-wis")
        assert page.evaluate(_ON_MAP_JS) == n and page.evaluate(_TABLE_IDS_JS) == list(cx["complex_id"])

        # -- sorting: score header toggles ascending / descending
        page.click('#tabel th button[data-sort="s"]')
        ids = page.evaluate(_TABLE_IDS_JS)
        assert ids == list(cx.sort_values(["score"], kind="stable")["complex_id"])
        assert page.get_attribute('#tabel th:has(button[data-sort="s"])', "aria-sort") == "ascending"
        page.click('#tabel th button[data-sort="s"]')
        assert page.evaluate(_TABLE_IDS_JS)[0] == cx["complex_id"].iloc[0]  # best score first again
        page.click('#tabel th button[data-sort="r"]')

        # -- table → map: click a row: highlighted on the map, popup, deep link
        target = str(cx["complex_id"].iloc[4])
        page.click(f'#tabel tbody tr[data-id="{target}"] td:nth-child(3)')
        assert page.evaluate("optopscan.gekozen()") == target
        text = _popup_text(page)
        assert target in text and text.lower().index("oordeel:") < text.lower().index("criteria")
        assert page.evaluate("location.hash") == f"#complex={target}"
        assert page.evaluate(f"optopscan.laag({target!r}).options.weight") == 4
        assert page.locator(f'#tabel tbody tr.gekozen[data-id="{target}"]').count() == 1
        # Dutch close button, Esc closes the popup
        assert page.get_attribute(".leaflet-popup-close-button", "aria-label") == "Sluiten"
        page.keyboard.press("Escape")
        _assert_popup_closed(page)

        # -- map → table: click a complex on the map
        other = str(cx["complex_id"].iloc[7])
        point = page.evaluate(_POINT_ON_LAYER_JS, other)
        page.mouse.click(point[0], point[1])
        assert page.evaluate("optopscan.gekozen()") == other
        assert page.locator(f'#tabel tbody tr.gekozen[data-id="{other}"]').count() == 1
        assert page.evaluate(f"optopscan.laag({target!r}).options.weight") == 1  # old highlight gone
        text = _popup_text(page)
        low = text.lower()
        assert "criteria" in low and "theoretisch" in low and "financieel (indicatief)" in low
        assert "aanplakken" in low
        page.keyboard.press("Escape")

        # -- CSV of the selection: filtered rows, BOM, ';', decimal comma, no live formulas
        page.locator('#filters input[name="klasse"][value="E"]').uncheck()
        with page.expect_download() as info:
            page.click("#csv-download")
        raw = Path(info.value.path()).read_bytes().decode("utf-8")
        assert raw.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(raw[1:]), delimiter=";"))
        assert rows[0][:3] == ["complex_id", "complexnaam", "adres"] and "extra_woningen_kansrijk" in rows[0]
        assert [r[0] for r in rows[1:]] == zonder_e
        namen = {r[0]: r[1] for r in rows[1:]}
        formule_id = str(cx.loc[cx["complexnaam"].str.startswith("=", na=False), "complex_id"].iloc[0])
        if formule_id in namen:
            assert namen[formule_id].startswith("'=")
        assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows[1:] for cell in r)
        score = rows[1][rows[0].index("score")]
        assert score == f"{cx['score'].iloc[0]}".replace(".", ",")
        page.click("#filter-wis")

        # -- search: postcode with several matches → a list; pick one
        page.fill("#zoek-invoer", "1234ab")
        page.press("#zoek-invoer", "Enter")
        items = page.locator("#zoek-lijst button")
        assert items.count() == 3 and "3 treffers" in page.inner_text("#zoek-melding")
        items.nth(2).click()
        pick = page.evaluate("optopscan.gekozen()")
        assert pick == sorted(cx.loc[cx["postcode"] == "1234 AB", "complex_id"])[2]
        page.keyboard.press("Escape")
        page.fill("#zoek-invoer", "vogelhof 2")
        page.press("#zoek-invoer", "Enter")
        assert "Vogelhof 2" in _popup_text(page)
        page.keyboard.press("Escape")

        # -- Dutch Leaflet labels, scale bar, layer per form
        assert page.get_attribute(".leaflet-control-zoom-in", "title") == "Inzoomen"
        assert page.get_attribute(".leaflet-control-zoom-out", "title") == "Uitzoomen"
        assert page.locator(".leaflet-control-scale-line").count() == 1
        overlays = page.inner_text(".leaflet-control-layers-overlays")
        assert "Aanplaklocaties (" in overlays and "Plintkansen (" in overlays

        assert page.evaluate("""() => {
            const c = document.querySelector('.leaflet-control-container');
            const p = document.querySelector('.leaflet-map-pane');
            const s = document.getElementById('zoek-invoer');
            return !!(c.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)
                && !!(s.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING); }""")

        # -- print: A4 landscape; summary and legend stay, search, filters and table go
        page.emulate_media(media="print")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.locator("#samenvatting").is_visible() and page.locator("#legenda").is_visible()
        assert not page.locator("#filters").is_visible() and not page.locator("#tabel-blok").is_visible()
        assert not page.locator("#zoek-invoer").is_visible()
        page.pdf(path=str(tmp_path / "kaart.pdf"), prefer_css_page_size=True)
        assert (tmp_path / "kaart.pdf").stat().st_size > 10_000
        page.emulate_media(media="screen")
        _assert_clean(log)
    finally:
        page.close()


def test_phone_viewport_and_deep_link(browser: Any, new_shortlist_gpkg: Path, tmp_path: Path) -> None:
    """At 390×844 the panels start collapsed, nothing covers more than a quarter of the map,
    and ``#complex=<id>`` opens that complex."""
    import geopandas as gpd

    from optopscan.render import render_kansenkaart

    cx = gpd.read_file(new_shortlist_gpkg, layer="complexen").sort_values("rang")
    target = str(cx["complex_id"].iloc[10])
    html_path = render_kansenkaart(new_shortlist_gpkg, tmp_path / "kansenkaart.html")
    page, log = open_map(browser, html_path, viewport=PHONE, fragment=f"#complex={target}")
    try:
        # deep link: chosen, popup open, clear of the zoom control
        assert page.evaluate("optopscan.gekozen()") == target
        assert target in _popup_text(page)
        page.wait_for_timeout(300)  # let the popup finish fading in
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "kansenkaart-phone.png"))
        popup_top = page.evaluate(
            "document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect().top"
        )
        zoom_bottom = page.evaluate("document.querySelector('.leaflet-control-zoom').getBoundingClientRect().bottom")
        assert popup_top >= zoom_bottom, "de popup valt onder de zoomknoppen"
        # panels collapsed: sections closed, layer control folded, legend folded
        assert page.evaluate("[...document.querySelectorAll('#paneel details')].every(d => !d.open)")
        assert not page.locator(".leaflet-control-layers-list").is_visible()
        assert page.evaluate("document.getElementById('legenda').open") is False
        assert page.locator("#zoek-invoer").is_visible()
        page.keyboard.press("Escape")
        _assert_popup_closed(page)
        cover = page.evaluate("""() => {
            const m = document.getElementById('kaart').getBoundingClientRect(), area = m.width * m.height;
            const over = el => { const r = el.getBoundingClientRect();
              const w = Math.max(0, Math.min(r.right, m.right) - Math.max(r.left, m.left));
              const h = Math.max(0, Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top));
              return w * h / area; };
            const parts = [...document.querySelectorAll('.leaflet-control'), document.getElementById('paneel')];
            return {map: m.height / window.innerHeight, each: Math.max(...parts.map(over)),
                    total: parts.reduce((s, el) => s + over(el), 0)}; }""")
        assert cover["each"] <= 0.25 and cover["total"] <= 0.25, cover
        assert cover["map"] >= 0.7, cover  # the map keeps most of the screen
        # opening a section gives room to it; the map stays usable
        page.click("#filters > summary")
        assert page.locator('#filters input[name="klasse"][value="A"]').is_visible()
        _assert_clean(log)
    finally:
        page.close()
