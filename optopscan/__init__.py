"""optopscan: open datascan for optoppen, aanplakken and uitplinten."""

from optopscan.constants import RD

__version__ = "0.1.0"
__all__ = ["RD", "__version__"]
