"""Inline Leaflet from the ``xstatic-leaflet`` package so a kansenkaart needs no network.

The stylesheet's image references (layer-control icon, default marker) become ``data:``
URIs and the source-map comment is dropped, so the page asks nothing of any server.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

from xstatic.pkg import leaflet as _xleaflet

LEAFLET_VERSION: str = _xleaflet.VERSION
_DATA_DIR = Path(_xleaflet.BASE_DIR)

_URL_RE = re.compile(r"url\((['\"]?)images/([A-Za-z0-9_.-]+\.png)\1\)")
_SOURCEMAP_RE = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)


def _data_uri(png: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii")


@functools.cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with every ``images/*.png`` inlined as a data URI."""
    css = (_DATA_DIR / "leaflet.css").read_text(encoding="utf-8")
    return _URL_RE.sub(lambda m: f'url("{_data_uri(_DATA_DIR / "images" / m.group(2))}")', css)


@functools.cache
def leaflet_js() -> str:
    """Leaflet's minified script without its source-map reference."""
    js = (_DATA_DIR / "leaflet.js").read_text(encoding="utf-8")
    return _SOURCEMAP_RE.sub("", js)


def script_safe(text: str) -> str:
    """Make text safe to place inside an inline ``<script>`` element."""
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
