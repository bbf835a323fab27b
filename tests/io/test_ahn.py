"""AHN heights for panden missing from 3D BAG (issue 12, part 6)."""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

sys.path.insert(0, str(Path(__file__).parents[1]))
from trust_world import copy_samples  # noqa: E402

from optopscan.config import load_settings  # noqa: E402
from optopscan.errors import CrsError  # noqa: E402
from optopscan.inputs import load_inputs  # noqa: E402
from optopscan.io.ahn import _group_stats, ahn_heights  # noqa: E402
from optopscan.synthetic_ahn import write_ahn_sample  # noqa: E402


def test_sample_panden_missing_from_3dbag_get_ahn_heights_within_half_a_metre(tmp_path):
    config = copy_samples(tmp_path)
    truth = write_ahn_sample(tmp_path / "samples")  # removes 4 more panden from the copy's 3D BAG
    assert len(truth) == 4
    inputs = load_inputs(load_settings(config))
    panden = inputs.panden.set_index("pand_id")
    heights = inputs.bag3d.set_index("pand_id")
    for row in truth.itertuples():
        assert panden.loc[row.pand_id, "hoogtebron"] == "ahn"
        assert abs(heights.loc[row.pand_id, "hoogte_m"] - row.hoogte_m) <= 0.5
        assert abs(heights.loc[row.pand_id, "hoogte_max_m"] - row.hoogte_max_m) <= 0.5
        assert heights.loc[row.pand_id, "bouwlagen_geschat"]
    # every other pand with a height has it from 3D BAG
    others = panden.drop(index=truth["pand_id"])
    assert set(others["hoogtebron"].dropna()) <= {"3dbag", "ahn"}
    assert (others["hoogtebron"] == "3dbag").sum() > 1800


def test_packaged_sample_ships_ahn_for_its_missing_panden():
    from optopscan.config import SAMPLES

    truth = pd.read_csv(SAMPLES / "ahn" / "waarheid.csv", dtype={"pand_id": str})
    inputs = load_inputs(load_settings())
    heights = inputs.bag3d.set_index("pand_id")
    got = heights.loc[truth["pand_id"], "hoogte_m"].to_numpy()
    assert np.all(np.abs(got - truth["hoogte_m"].to_numpy()) <= 0.5)
    assert (inputs.panden.set_index("pand_id").loc[truth["pand_id"], "hoogtebron"] == "ahn").all()


def _tif(path, arr, x0, y0, crs="EPSG:28992"):
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=arr.shape[1],
        height=arr.shape[0],
        count=1,
        dtype="float32",
        crs=crs,
        transform=from_origin(x0, y0, 0.5, 0.5),
        nodata=-9999.0,
    ) as dst:
        dst.write(arr.astype("float32"), 1)


def test_gable_roof_percentiles_and_flat_share_on_two_tiles(tmp_path):
    # a 10 × 10 m pand straddling two 20 m tiles (x 15..25 m); ground 1.0 m NAP; roof ramps in x
    x0, y0 = 100000.0, 400020.0
    u = (np.arange(80) + 0.5) * 0.5  # cell centres, m from x0
    inside_x = (u > 15) & (u < 25)
    dsm = np.ones((40, 80))
    dsm[10:30, inside_x] = (5 + 4 * (u - 15) / 10)[inside_x]
    dtm = np.ones((40, 80))
    dtm[10:30, inside_x] = -9999.0  # no ground under the building
    for name, arr in (("dsm", dsm), ("dtm", dtm)):
        (tmp_path / name).mkdir()
        _tif(tmp_path / name / "a.tif", arr[:, :40], x0, y0)
        _tif(tmp_path / name / "b.tif", arr[:, 40:], x0 + 20, y0)
    pand = gpd.GeoDataFrame(
        {"pand_id": ["0000100000000001"]},
        geometry=[shapely.box(x0 + 15, y0 - 15, x0 + 25, y0 - 5)],
        crs="EPSG:28992",
    )
    got = ahn_heights(pand, [tmp_path / "dsm"], [tmp_path / "dtm"]).iloc[0]
    # 20 cells across: values 5.1, 5.3, … 8.9; 70th percentile (linear) = 5.1 + 0.7·19·0.2 = 7.76
    assert got["h_dak_70p"] == pytest.approx(7.76, abs=0.01)
    assert got["h_dak_max"] == pytest.approx(8.9, abs=0.01)
    assert got["h_maaiveld"] == pytest.approx(1.0)
    # slope atan(0.4) ≈ 21.8° > 10°: nothing flat, a slanted roof
    assert got["dak_plat_aandeel"] == 0 and got["daktype"] == "slanted"


def test_outside_coverage_is_unknown_not_zero(tmp_path):
    (tmp_path / "dsm").mkdir()
    (tmp_path / "dtm").mkdir()
    _tif(tmp_path / "dsm" / "a.tif", np.ones((10, 10)), 100000, 400005)
    _tif(tmp_path / "dtm" / "a.tif", np.ones((10, 10)), 100000, 400005)
    far = gpd.GeoDataFrame({"pand_id": ["x"]}, geometry=[shapely.box(101000, 401000, 101010, 401010)], crs=28992)
    got = ahn_heights(far, [tmp_path / "dsm"], [tmp_path / "dtm"]).iloc[0]
    assert np.isnan(got["h_dak_70p"]) and np.isnan(got["h_maaiveld"])


def test_raster_in_another_crs_is_refused(tmp_path):
    _tif(tmp_path / "wgs.tif", np.ones((4, 4)), 5.0, 52.0, crs="EPSG:4326")
    pand = gpd.GeoDataFrame({"pand_id": ["x"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=28992)
    with pytest.raises(CrsError, match="wgs.tif"):
        ahn_heights(pand, [tmp_path / "wgs.tif"], [tmp_path / "wgs.tif"])


def test_group_stats_quantiles_per_label():
    labels = np.array([1, 1, 1, 1, 2, 2, 0])
    values = np.array([1.0, 2.0, 3.0, 4.0, 10.0, np.nan, 99.0])
    out = _group_stats(labels, values, 3, (0.5,))
    # label 1: median of 1..4 = 2.5, max 4; label 2: only 10 (NaN ignored); label 3: empty
    assert out[0].tolist() == [2.5, 4.0]
    assert out[1].tolist() == [10.0, 10.0]
    assert np.isnan(out[2]).all()
