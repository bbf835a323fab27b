"""optopscan: open datascan for optoppen, aanplakken and uitplinten."""

__version__ = "0.1.0"

RD = "EPSG:28992"
"""Every computation happens in Rijksdriehoeksstelsel (RD New)."""
