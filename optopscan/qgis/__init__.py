"""Default QGIS styles (QML) that the GeoPackage writer stores in ``layer_styles``."""

from optopscan.qgis.styles import buurten_qml, complexen_qml, simple_qml

__all__ = ["buurten_qml", "complexen_qml", "simple_qml"]
