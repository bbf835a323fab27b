"""The dask engine gives exactly the local engine's complexen table on the samples."""

from __future__ import annotations

import pandas as pd
import pytest

from optopscan.config import load_settings
from optopscan.inputs import load_inputs
from optopscan.scan import run_scan

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")


def test_dask_engine_equals_local_engine_on_samples():
    from optopscan.engine.dask import run_scan_dask

    settings = load_settings()
    inputs = load_inputs(settings, geometrie=False)
    local = run_scan(settings, inputs)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            remote = run_scan_dask(settings, inputs, client=client, npartitions=4)
    assert len(local.complexen) > 0
    pd.testing.assert_frame_equal(
        pd.DataFrame(remote.complexen.drop(columns="geometry")), pd.DataFrame(local.complexen.drop(columns="geometry"))
    )
    assert remote.complexen.geometry.geom_equals_exact(local.complexen.geometry, tolerance=0).all()
    assert remote.summary == local.summary
    pd.testing.assert_frame_equal(
        pd.DataFrame(remote.panden.drop(columns="geometry")), pd.DataFrame(local.panden.drop(columns="geometry"))
    )
