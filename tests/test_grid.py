"""potentie_100m.tif: CBS-aligned cells, band sums equal the column totals, one cell per complex."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from optopscan.config import DEFAULT_CONFIG, load_settings
from optopscan.constants import RD
from optopscan.errors import CrsError
from optopscan.grid import GRID_BANDS, write_potentie_grid


def _complexen(points: list[tuple[float, float]], **columns: list[float]) -> gpd.GeoDataFrame:
    """Complexes as 2 × 2 m squares centred on ``points`` (point_on_surface = the centre)."""
    geoms = [shapely.box(x - 1, y - 1, x + 1, y + 1) for x, y in points]
    return gpd.GeoDataFrame(columns, geometry=geoms, crs=RD)


def _read(path: Path) -> tuple[np.ndarray, rasterio.Affine, tuple[str | None, ...], dict]:
    with rasterio.open(path) as src:
        return src.read(), src.transform, src.descriptions, src.profile


def test_alignment_and_sums(tmp_path: Path) -> None:
    # centres at x 120_050, 120_250, 120_051 (cells 1200, 1202, 1200) and y 480_150,
    # 480_150, 480_050 (cells 4801, 4801, 4800)
    frame = _complexen(
        [(120_050.0, 480_150.0), (120_250.0, 480_150.0), (120_051.0, 480_050.0)],
        extra_woningen_theoretisch=[10.0, 4.0, 7.0],
        extra_woningen_binnen_plan=[3.0, np.nan, 2.0],
    )
    path = write_potentie_grid(frame, tmp_path / "potentie_100m.tif")
    assert path is not None
    data, transform, descriptions, profile = _read(path)
    # x from 120_000 (cell 1200) to 120_300; y from 480_200 (top of cell 4801) down to 480_000
    assert (transform.c, transform.f) == (120_000.0, 480_200.0)
    assert (transform.a, transform.e) == (100.0, -100.0)
    assert transform.c % 100 == 0 and transform.f % 100 == 0
    assert data.shape == (2, 2, 3)
    assert descriptions == ("extra_woningen_theoretisch", "extra_woningen_binnen_plan")
    assert profile["crs"].to_epsg() == 28992
    assert profile["tiled"] and profile["compress"] == "deflate"
    # theoretisch: 10 + 4 + 7 = 21; binnen plan: 3 + 2 = 5 (the unknown adds nothing)
    assert data[0].sum() == 21 and data[1].sum() == 5
    assert data[0, 0, 0] == 10 and data[0, 0, 2] == 4 and data[0, 1, 0] == 7
    assert data[1, 0, 2] == 0


def test_point_on_cell_edge_goes_to_one_cell(tmp_path: Path) -> None:
    # the centre (120_100, 480_100) is the corner of four cells: it belongs to the cell
    # whose lower-left corner it is (CBS convention), so one cell holds all 6 homes
    frame = _complexen([(120_100.0, 480_100.0), (119_950.0, 480_050.0)], extra_woningen_optoppen=[6.0, 1.0])
    path = write_potentie_grid(frame, tmp_path / "g.tif")
    assert path is not None
    data, transform, _, _ = _read(path)
    # cells x 1199..1201 → origin 119_900; y 4800..4801 → top 480_200
    assert (transform.c, transform.f) == (119_900.0, 480_200.0)
    band = data[0]
    assert (band == 6).sum() == 1
    row, col = np.argwhere(band == 6)[0]
    left, top = transform.c + col * transform.a, transform.f + row * transform.e
    assert (left, top) == (120_100.0, 480_200.0)  # the cell [120_100, 120_200) × [480_100, 480_200)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(100_000, 102_000, allow_nan=False),
            st.floats(400_000, 401_500, allow_nan=False),
            st.integers(0, 500),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_every_band_sums_to_the_column_total(tmp_path_factory: pytest.TempPathFactory, rows: list) -> None:
    frame = _complexen(
        [(x, y) for x, y, _ in rows],
        extra_woningen_theoretisch=[float(h) for *_, h in rows],
        extra_woningen_kansrijk=[float(h // 2) for *_, h in rows],
    )
    path = write_potentie_grid(frame, tmp_path_factory.mktemp("g") / "g.tif")
    assert path is not None
    data, transform, _, _ = _read(path)
    assert data[0].sum() == frame["extra_woningen_theoretisch"].sum()
    assert data[1].sum() == frame["extra_woningen_kansrijk"].sum()
    assert transform.c % 100 == 0 and transform.f % 100 == 0


def test_band_order_follows_the_tiers_then_forms(tmp_path: Path) -> None:
    frame = _complexen([(1000.5, 2000.5)], **{name: [1.0] for name in reversed(GRID_BANDS)}, extra_woningen=[9.0])
    path = write_potentie_grid(frame, tmp_path / "g.tif")
    assert path is not None
    _, _, descriptions, profile = _read(path)
    assert descriptions == GRID_BANDS  # the old extra_woningen column is not a band
    assert profile["dtype"] == "int32"


def test_fractional_homes_give_float_band(tmp_path: Path) -> None:
    frame = _complexen([(1000.5, 2000.5), (1010.5, 2010.5)], extra_woningen_binnen_plan=[0.5, 1.25])
    path = write_potentie_grid(frame, tmp_path / "g.tif")
    assert path is not None
    data, _, _, profile = _read(path)
    assert profile["dtype"] == "float32"
    assert data[0].sum() == pytest.approx(1.75)  # both in cell (10, 20)


def test_nothing_to_write(tmp_path: Path) -> None:
    frame = _complexen([(1000.0, 2000.0)], aantal_woningen=[12.0])
    assert write_potentie_grid(frame, tmp_path / "g.tif") is None
    assert not (tmp_path / "g.tif").exists()


def test_complex_without_geometry_is_left_out(tmp_path: Path) -> None:
    frame = _complexen([(1050.0, 2050.0), (1150.0, 2050.0)], extra_woningen_theoretisch=[3.0, 4.0])
    frame.loc[1, "geometry"] = None
    path = write_potentie_grid(frame, tmp_path / "g.tif")
    assert path is not None
    data, _, _, _ = _read(path)
    assert data.shape == (1, 1, 1) and data.sum() == 3


def test_other_crs_is_refused(tmp_path: Path) -> None:
    frame = _complexen([(5.0, 52.0)], extra_woningen_theoretisch=[1.0]).set_crs("EPSG:4326", allow_override=True)
    with pytest.raises(CrsError, match="EPSG:28992"):
        write_potentie_grid(frame, tmp_path / "g.tif")


def test_config_switch_defaults_on() -> None:
    assert load_settings(DEFAULT_CONFIG).uitvoer.raster is True
