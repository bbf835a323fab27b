"""The kansenkaart in headless Chromium (Debian's /usr/bin/chromium, never a downloaded one).

``check_map_in_browser(html_path, expected_count, sample_id)`` can be pointed at any
rendered map, e.g. one from a real scan:

    from tests.render.test_kansenkaart_browser import check_map_in_browser
    check_map_in_browser(Path("out/kansenkaart.html"), 1234, "0363100012345678")
"""

from __future__ import annotations

import contextlib
import os
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
SCREENSHOT = REPO_ROOT / "test-artifacts" / "kansenkaart.png"

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


def open_map(browser: Any, html_path: Path, *, timeout_ms: int = 60000) -> tuple[Any, dict[str, list[str]]]:
    """Open ``html_path`` with every tile request aborted; return the page and a log of
    console errors, page errors, unexpected requests and failed non-tile requests."""
    log: dict[str, list[str]] = {"console": [], "pageerror": [], "unexpected": [], "failed": []}
    page = browser.new_page(viewport={"width": 1400, "height": 900})

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
    page.goto(Path(html_path).resolve().as_uri())
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
        assert sample_id in text and "toelichting" in text.lower() and "belemmeringen" in text.lower()
        toel = popup.locator(".toelichting").inner_text()
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


def test_sample_map_in_browser(browser: Any, tmp_path: Path) -> None:
    """`optopscan scan` on the bundled sample writes a map that works offline in Chromium."""
    import geopandas as gpd
    import yaml
    from click.testing import CliRunner

    from optopscan.cli import main
    from optopscan.config import DEFAULT_CONFIG

    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"basis": str(DEFAULT_CONFIG), "uitvoer": {"map": "out", "kaarten": "maps"}}))
    result = CliRunner().invoke(main, ["scan", "--config", str(config), "-q"])
    assert result.exit_code == 0, result.output
    html_path = tmp_path / "maps" / "kansenkaart.html"
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
        text = page.locator(".leaflet-popup-content").inner_text()
        assert "<script>alert('x')</script>" in text
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
