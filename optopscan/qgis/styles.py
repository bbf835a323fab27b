"""QML documents for the shortlist layers, built from the map's colours.

- ``complexen``: categorised by ``klasse`` (A–E in the kansenkaart's colours, plus "zonder
  klasse"), with ``complexnaam`` labels from 1:5.000 and closer;
- ``buurten``: graduated by extra homes in five classes of the kansenkaart's buurt palette;
- other layers: one neutral outline symbol.

QGIS reads these from the GeoPackage's ``layer_styles`` table when the layer is opened.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from optopscan.columns import BUURT_KLEUREN, KLASSE_KLEUREN, KLASSE_ONBEKEND_KLEUR

QGIS_VERSION = "3.28.0-Firenze"
#: labels of complexen appear at this scale (1:N) and closer
LABEL_SCHAAL = 5000

_KLASSE_UITLEG = {"A": "zeer kansrijk", "B": "kansrijk", "C": "mogelijk", "D": "beperkt", "E": "onwaarschijnlijk"}


def _rgb(hex_colour: str, alpha: int = 255) -> str:
    h = hex_colour.lstrip("#")
    return ",".join(str(int(h[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _fill_symbol(name: str, fill: str, outline: str, width: float = 0.26) -> str:
    return f"""      <symbol type="fill" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" name="color" value="{_rgb(fill, 220)}"/>
            <Option type="QString" name="outline_color" value="{_rgb(outline)}"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="{width}"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
          </Option>
          <prop k="color" v="{_rgb(fill, 220)}"/>
          <prop k="outline_color" v="{_rgb(outline)}"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="{width}"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <prop k="joinstyle" v="bevel"/>
        </layer>
      </symbol>
"""


def _document(body: str, labels: bool = False) -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QGIS_VERSION}" styleCategories="Symbology|Labeling|Fields" '
        f'labelsEnabled="{1 if labels else 0}">\n{body}</qgis>\n'
    )


def complexen_qml(label_field: str = "complexnaam") -> str:
    """Categorised by klasse in the kansenkaart's colours, labels at large scales."""
    categories, symbols = [], []
    for i, (klasse, (fill, outline)) in enumerate(KLASSE_KLEUREN.items()):
        label = f"{klasse} – {_KLASSE_UITLEG.get(klasse, '')}".strip(" –")
        categories.append(
            f'      <category symbol="{i}" value={quoteattr(klasse)} label={quoteattr(label)} render="true"/>\n'
        )
        symbols.append(_fill_symbol(str(i), fill, outline))
    n = len(KLASSE_KLEUREN)
    categories.append(f'      <category symbol="{n}" value="" label="zonder klasse" render="true"/>\n')
    symbols.append(_fill_symbol(str(n), *KLASSE_ONBEKEND_KLEUR))
    renderer = (
        '  <renderer-v2 type="categorizedSymbol" attr="klasse" symbollevels="0" enableorderby="0" forceraster="0">\n'
        "    <categories>\n" + "".join(categories) + "    </categories>\n"
        "    <symbols>\n" + "".join(symbols) + "    </symbols>\n"
        "  </renderer-v2>\n"
    )
    labeling = f"""  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName={quoteattr(label_field)} isExpression="0" fontSize="8" fontSizeUnit="Point"
        textColor="40,40,40,255" textOpacity="1" fontWeight="50" fontItalic="0" namedStyle="Regular">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM"
          bufferColor="255,255,255,255" bufferOpacity="0.8"/>
      </text-style>
      <text-format wrapChar="" multilineAlign="1"/>
      <placement placement="1" centroidWhole="0" centroidInside="1" fitInPolygonOnly="0" priority="5"/>
      <rendering scaleVisibility="1" scaleMin="1" scaleMax="{LABEL_SCHAAL}" drawLabels="1"
        obstacle="1" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0"
        upsidedownLabels="0" zIndex="0"/>
    </settings>
  </labeling>
"""
    return _document(renderer + labeling, labels=True)


def buurten_qml(attr: str, breaks: list[float]) -> str:
    """Graduated by ``attr`` with the class upper bounds ``breaks`` (ascending, ≤ 5 classes)."""
    ranges, symbols = [], []
    lower = 0.0
    colours = BUURT_KLEUREN[-len(breaks) :] if len(breaks) < len(BUURT_KLEUREN) else BUURT_KLEUREN
    for i, upper in enumerate(breaks):
        label = f"{lower:.0f} – {upper:.0f}" if i else f"0 – {upper:.0f}"
        ranges.append(
            f'      <range symbol="{i}" lower="{lower:.6f}" upper="{upper:.6f}" '
            f'label={quoteattr(label)} render="true"/>\n'
        )
        symbols.append(_fill_symbol(str(i), colours[i], "#555555", 0.2))
        lower = upper
    renderer = (
        f'  <renderer-v2 type="graduatedSymbol" attr={quoteattr(attr)} graduatedMethod="GraduatedColor" '
        'symbollevels="0" enableorderby="0" forceraster="0">\n'
        "    <ranges>\n" + "".join(ranges) + "    </ranges>\n"
        "    <symbols>\n" + "".join(symbols) + "    </symbols>\n"
        '    <mode name="quantile"/>\n'
        "  </renderer-v2>\n"
    )
    return _document(renderer)


def simple_qml(outline: str = "#555555") -> str:
    """One outline-only symbol (panden and other layers)."""
    symbol = _fill_symbol("0", "#ffffff", outline, 0.2).replace(
        'name="color" value="255,255,255,220"', 'name="color" value="255,255,255,0"'
    )
    symbol = symbol.replace('k="color" v="255,255,255,220"', 'k="color" v="255,255,255,0"')
    renderer = (
        '  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">\n'
        "    <symbols>\n" + symbol + "    </symbols>\n"
        "  </renderer-v2>\n"
    )
    return _document(renderer)
