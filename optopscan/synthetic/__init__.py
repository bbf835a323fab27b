"""Deterministic generator of a realistic but FICTITIOUS Dutch post-war district.

The district "Zonnehoeve" (gemeentecode 9999, which does not exist) is laid out on open
farmland in Oostelijk Flevoland around RD (166500, 508000), so a background map shows fields
and no real houses. Every output uses the exact schema of the real open data source it
imitates (PDOK bag-light, 3D BAG 2024, IMRO2012 GML, CBS wijk- en buurtkaart, EP-Online, a
VERA-like corporatie export), so loaders and the whole scan can be tested end to end.

Layout: a grid of buurten (450 m x 480 m), each a grid of 3 x 4 blocks (150 m x 120 m including
20 m of street). Each buurt holds the same mix of block types (shuffled): 4 blocks of
eengezinswoningen, 2 portiekflat blocks, 2 galerijflat blocks, 1 newer block, 1 block with
shops/school/church and 2 green blocks. The number of panden scales by adding buurten, and
every step is vectorised with numpy/shapely, so 1.5 million panden take minutes, not hours.

Usage::

    area = generate_area(n_panden=2000, seed=42)
    paths = write_area(area, "optopscan/data/samples")

``area.scenario`` records the ground truth a test needs (which complex is gespikkeld, holds
the monument, sits in the plan area without headroom, ...).
"""

from optopscan.synthetic.common import FILES, GEMEENTECODE, GEMEENTENAAM, RD, WOONPLAATS, Scenario, SyntheticArea
from optopscan.synthetic.generate import generate_area
from optopscan.synthetic.writing import plan_gml, write_area

__all__ = [
    "FILES",
    "GEMEENTECODE",
    "GEMEENTENAAM",
    "RD",
    "WOONPLAATS",
    "Scenario",
    "SyntheticArea",
    "generate_area",
    "plan_gml",
    "write_area",
]
