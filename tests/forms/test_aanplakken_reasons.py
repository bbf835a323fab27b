"""Aanplakken: the candidate reason word for word per plan outcome, and the thresholds
(min kopgevel 6 m, 1 m clearance, 6 m wide house, elongation 1.5) at their boundaries."""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from conftest import RD, bag, box, per_pand, plan, vlakken
from test_aanplakken import ROW, SHED, SITE, bgt_with, row_inputs, run

from optopscan.forms.aanplakken import (
    blocked_by_bgt,
    empty_candidates,
    find_kopgevels,
    inside_bouwvlak,
    rectangles,
    within_extent,
)
from optopscan.io.plans import read_bouwvlakken

WALL = "vrije kopgevel van 10,0 m; grondgebonden rij: 1 woning van 6,0 m breed"


def test_row_reason_per_plan_outcome(settings):
    bag_panden, panden, toewijzing = row_inputs()
    cases = [
        (plan(SITE), vlakken(SITE), bgt_with(), "; binnen bouwvlak, wonen toegestaan", "kansrijk"),
        (
            plan(SITE),
            vlakken(SITE),
            None,
            "; binnen bouwvlak, wonen toegestaan; weg en water niet gecontroleerd (geen BGT op deze plek)",
            "let op",
        ),
        (
            plan(SITE, wonen=False),
            vlakken(SITE),
            bgt_with(),
            "; bestemming staat geen wonen toe",
            "planwijziging nodig",
        ),
        (None, None, bgt_with(), "; bestemming onbekend (geen plan op deze plek)", "onderzoek nodig"),
        (plan(SITE), None, bgt_with(), "; bouwvlak onbekend (plan zonder bouwvlakken)", "onderzoek nodig"),
        (plan(SITE), vlakken(box(-10, -5, 36, 15)), bgt_with(), "; buiten het bouwvlak", "planwijziging nodig"),
    ]
    for plannen, bouwvlakken, bgt, text, status in cases:
        result, cands = run(bag_panden, panden, toewijzing, settings, plannen, bouwvlakken, bgt)
        c = cands.iloc[0]
        assert (c["reden"], c["status"]) == (WALL + text, status)
        assert (c["complex_id"], c["kopgevel_m"], c["breedte_m"], c["bouwlagen"]) == ("K1", 10.0, 6.0, 2.0)
    assert result.reden["K1"] == "aanplakken: 1 vrije kopgevel(s), 1 woningen, waarvan 0 binnen het plan"


def test_flat_reasons_with_and_without_storeys(settings):
    bag_panden = bag([box(0, 0, 60, 11)], [True])
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"], "complex_id": "G1"})
    for storeys, text in [
        (4.0, "; flat: 4 woningen (één per bouwlaag), breedte 11,0 m"),
        (np.nan, "; flat: aantal bouwlagen onbekend (3D BAG), aantal woningen onbekend"),
    ]:
        panden = per_pand(bag_panden, [40], [storeys])
        _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with(), index=("G1",))
        assert (
            cands["reden"].tolist() == ["vrije kopgevel van 11,0 m" + text + "; binnen bouwvlak, wonen toegestaan"] * 2
        )


def test_a_two_home_pand_counts_as_a_flat(settings):
    bag_panden, panden, toewijzing = row_inputs()
    panden["aantal_woningen"] = [1, 1, 1, 1, 1, 2]
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with())
    # the end pand holds 2 homes: a flat of 2 bouwlagen, as wide as its 10 m wall
    assert cands.iloc[0]["extra_woningen"] == 2.0 and cands.iloc[0]["breedte_m"] == 10.0


@pytest.mark.parametrize("gap, kept", [(1.1, True), (0.9, False)])
def test_clearance_boundary(settings, gap, kept):
    barn = box(42 + gap, 0, 50, 10)  # east of the 6 m candidate (x 36..42)
    bag_panden = bag(ROW + [SHED, barn], [True] * 6 + [False, False])
    _, panden, toewijzing = row_inputs()
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE))
    assert (len(cands) == 1) is kept


def test_configured_width_and_minimum_wall(settings):
    cfg = dataclasses.replace(settings.vormen.aanplakken, breedte_grondgebonden_m=4.5, min_kopgevel_m=10.0)
    s = dataclasses.replace(settings, vormen=dataclasses.replace(settings.vormen, aanplakken=cfg))
    bag_panden, panden, toewijzing = row_inputs()
    _, cands = run(bag_panden, panden, toewijzing, s, plan(SITE), vlakken(SITE), bgt_with())
    assert cands.iloc[0]["breedte_m"] == 4.5 and cands.iloc[0].geometry.bounds == pytest.approx((36, 0, 40.5, 10))
    cfg = dataclasses.replace(cfg, min_kopgevel_m=10.5)  # the 10 m wall is now too short
    s = dataclasses.replace(settings, vormen=dataclasses.replace(settings.vormen, aanplakken=cfg))
    assert len(run(bag_panden, panden, toewijzing, s, plan(SITE), vlakken(SITE))[1]) == 0


@pytest.mark.parametrize("length, walls", [(15.0, 0), (16.5, 2)])
def test_free_standing_pand_needs_an_elongated_footprint(length, walls):
    # 11 m deep: 15 / 11 = 1,36 < 1,5 → no kopgevel; 16,5 / 11 = 1,5 → two
    out = find_kopgevels(np.array([box(0, 0, length, 11)], dtype=object), np.array([True]), 6.0)
    assert len(out) == walls


def test_inside_bouwvlak_needs_nearly_all_of_the_rectangle():
    rects = np.array([box(0, 0, 10, 10), box(0, 0, 10, 10)], dtype=object)
    vl = vlakken(box(0, 0, 10, 9.95), box(100, 100, 101, 101))  # 99,5% covered
    out = inside_bouwvlak(rects[:1], vl)
    assert out.tolist() == [True]
    out = inside_bouwvlak(rects[:1], vlakken(box(0, 0, 10, 9.8)))  # 98%
    assert out.tolist() == [False]
    assert inside_bouwvlak(rects, None).isna().all()


def test_empty_aanplak_layer_has_its_columns():
    empty = empty_candidates()
    assert len(empty) == 0 and empty.crs == "EPSG:28992"
    assert empty["kopgevel_m"].dtype == np.float64 and empty["reden"].dtype == object
    assert list(empty.columns) == [
        "complex_id",
        "pand_id",
        "kopgevel_m",
        "breedte_m",
        "bouwlagen",
        "extra_woningen",
        "status",
        "reden",
        "geometry",
    ]


def test_end_wall_coordinates_and_outward_normal():
    # two attached houses; only the west one is a seed: its west wall x = 0, facing west
    geoms = np.array([box(0, 0, 6, 10), box(6, 0, 12, 10)], dtype=object)
    walls = find_kopgevels(geoms, np.array([True, False]), 6.0)
    assert walls.to_dict("records") == [
        {"i": 0, "x1": 0.0, "y1": 0.0, "x2": 0.0, "y2": 10.0, "nx": -1.0, "ny": 0.0, "lengte": 10.0}
    ]
    rect = rectangles(walls, np.array([6.0]))[0]
    assert rect.bounds == (-6.0, 0.0, 0.0, 10.0) and rect.area == 60.0


def test_bgt_overlap_tolerance_and_extent():
    rects = np.array([box(0, 0, 6, 10), box(20, 0, 26, 10), box(40, 0, 46, 10)], dtype=object)
    # 0,05 × 10 = 0,5 m² overlap is a touch; 0,06 × 10 = 0,6 m² blocks; the third has none
    roads = vlakken(box(5.95, -5, 8, 15), box(25.94, -5, 28, 15))
    assert blocked_by_bgt(rects, roads).tolist() == [False, True, False]
    assert blocked_by_bgt(rects, roads.iloc[:0]).tolist() == [False, False, False]
    layer = vlakken(box(0, 0, 1, 1), box(30, 9, 46, 10))  # total bounds 0..46 × 0..10
    assert within_extent(rects, layer).tolist() == [True, True, True]
    assert within_extent(rects, vlakken(box(0, 0, 45.9, 10))).tolist() == [True, True, False]
    assert within_extent(rects, layer.iloc[:0]).tolist() == [False, False, False]


def test_read_bouwvlakken_from_the_sample_plan_and_skips_other_files(tmp_path):
    from optopscan.config import SAMPLES

    vl = read_bouwvlakken(SAMPLES / "bestemmingsplan.gml")
    assert len(vl) == 90 and set(vl["bron"]) == {"bestemmingsplan.gml"} and vl.crs == "EPSG:28992"
    other = tmp_path / "plan.gpkg"
    other.write_bytes(b"")
    none = read_bouwvlakken([other])
    assert len(none) == 0 and list(none.columns) == ["bron", "geometry"]


def test_read_bouwvlakken_reads_every_plan_file_in_order(tmp_path):
    import shutil

    from optopscan.config import SAMPLES
    from optopscan.errors import MissingFileError

    gpkg = tmp_path / "plan.gpkg"
    gpkg.write_bytes(b"")
    xml = tmp_path / "plan.XML"
    shutil.copy(SAMPLES / "bestemmingsplan.gml", xml)
    other = tmp_path / "andere.gml"  # a GML without a Bouwvlak layer
    gpd.GeoDataFrame({"naam": ["x"]}, geometry=[box(0, 0, 1, 1)], crs=RD).to_file(
        other, driver="GML", layer="Enkelbestemming"
    )
    # a GeoPackage or a GML without Bouwvlakken first must not stop the reading; .xml counts as GML too
    vl = read_bouwvlakken([str(gpkg), other, SAMPLES / "bestemmingsplan.gml", xml])
    assert len(vl) == 180 and vl["bron"].tolist() == ["bestemmingsplan.gml"] * 90 + ["plan.XML"] * 90
    assert list(vl.columns) == ["bron", "geometry"]
    with pytest.raises(MissingFileError, match="planbestand bestaat niet"):
        read_bouwvlakken(tmp_path / "weg.gml")


def test_bgt_and_extent_edges():
    rect = np.array([box(0, 0, 6, 10)], dtype=object)
    # 0,25 × 2 = 0,5 m² exactly: still a touch; one road alone is checked too
    assert blocked_by_bgt(rect, vlakken(box(5.75, 4, 8, 6))).tolist() == [False]
    assert blocked_by_bgt(rect, vlakken(box(5.5, 4, 8, 6))).tolist() == [True]
    # extent x 100..200, y 0..10: x and y are checked against their own bounds
    layer = vlakken(box(100, 0, 200, 10))
    rects = np.array([box(100, 0, 106, 10), box(100, -5, 106, 10), box(99, 0, 105, 10)], dtype=object)
    assert within_extent(rects, layer).tolist() == [True, False, False]


def test_candidates_are_in_rd_and_an_empty_bgt_checks_nothing(settings):
    bag_panden, panden, toewijzing = row_inputs()
    empty = bgt_with()
    empty = type(empty)(wegdeel=empty.wegdeel.iloc[:0], waterdeel=empty.waterdeel)
    _, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), empty)
    assert cands.crs == "EPSG:28992"
    assert cands.iloc[0]["status"] == "let op" and cands.iloc[0]["reden"].endswith("(geen BGT op deze plek)")


def test_switched_off_keeps_one_unknown_status_per_complex():
    from optopscan.forms import switched_off

    r = switched_off(pd.Index(["A", "B"]), "aanplakken")
    assert r.name == "aanplakken" and list(r.status.index) == ["A", "B"] and r.status.isna().all()
    assert r.reden.tolist() == ["aanplakken staat uit in de configuratie"] * 2
    assert r.theoretisch.dtype == np.float64 and list(r.binnen_plan.index) == ["A", "B"]


def test_no_kopgevel_gives_the_documented_columns():
    # the middle house of a row of three has no kopgevel
    geoms = np.array([box(0, 0, 6, 10), box(6, 0, 12, 10), box(12, 0, 18, 10)], dtype=object)
    walls = find_kopgevels(geoms, np.array([False, True, False]), 6.0)
    assert len(walls) == 0 and list(walls.columns) == ["i", "x1", "y1", "x2", "y2", "nx", "ny", "lengte"]


def test_rectangles_outside_every_bouwvlak_are_outside():
    rects = np.array([box(0, 0, 10, 10), box(50, 0, 60, 10)], dtype=object)
    assert inside_bouwvlak(rects[1:], vlakken(box(0, 0, 10, 10))).tolist() == [False]
    assert inside_bouwvlak(rects, vlakken(box(0, 0, 10, 10))).tolist() == [True, False]


def test_a_neighbour_blocks_the_end_even_when_the_bgt_is_checked(settings):
    barn = box(42.5, 0, 50, 10)  # 0,5 m from the 6 m candidate (x 36..42)
    bag_panden = bag(ROW + [SHED, barn], [True] * 6 + [False, False])
    _, panden, toewijzing = row_inputs()
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), bgt_with())
    assert len(cands) == 0 and result.status["K1"] == "blokkade"


def test_complexes_without_any_kopgevel_get_zero_and_a_blokkade(settings):
    # one middle house only as the complex: attached on both sides, no kopgevel anywhere
    bag_panden, panden, _ = row_inputs()
    toewijzing = pd.DataFrame({"pand_id": bag_panden["pand_id"].iloc[2:3], "complex_id": "M"})
    result, cands = run(bag_panden, panden, toewijzing, settings, plan(SITE), vlakken(SITE), index=("M", "X"))
    assert len(cands) == 0 and list(result.theoretisch.index) == ["M", "X"]
    assert result.theoretisch.tolist() == [0.0, 0.0] and result.status.tolist() == ["blokkade", "blokkade"]
    assert result.reden.tolist() == ["aanplakken: geen vrije kopgevel"] * 2
