"""The dask engine gives exactly the local engine's complexen table on the samples."""

from __future__ import annotations

import pandas as pd
import pytest

from optopscan.config import load_settings
from optopscan.inputs import load_inputs
from optopscan.scan import plan_complexen, run_scan

distributed = pytest.importorskip("distributed")
dask_geopandas = pytest.importorskip("dask_geopandas")


@pytest.fixture(scope="module")
def sample():
    settings = load_settings()
    return settings, load_inputs(settings, geometrie=False)


def test_spatial_partitions_are_balanced_and_never_split_a_complex(sample):
    from optopscan.engine.dask import _split, spatial_partitions

    _, inputs = sample
    toewijzing, eigendom = plan_complexen(inputs)
    partition_of = spatial_partitions(inputs.panden, toewijzing, 4, dask_geopandas)
    n = toewijzing["complex_id"].nunique()
    assert partition_of.index.sort_values().tolist() == sorted(toewijzing["complex_id"].unique())
    sizes = partition_of.value_counts().sort_index()
    assert sizes.index.tolist() == [0, 1, 2, 3]
    assert sizes.sum() == n and sizes.max() - sizes.min() <= 1  # n/4 each, rounded down or up
    parts = list(_split(inputs, toewijzing, eigendom, partition_of, 4))
    pand_ids = pd.concat([toew["pand_id"] for _, toew, _ in parts])
    assert sorted(pand_ids) == sorted(toewijzing["pand_id"])  # every pand in exactly one partition
    for frames, toew, _ in parts:  # each partition carries exactly its own panden
        assert sorted(frames["panden"]["pand_id"]) == sorted(toew["pand_id"])


def test_dask_engine_equals_local_engine_on_samples(sample):
    from optopscan.engine.dask import run_scan_dask

    settings, inputs = sample
    local = run_scan(settings, inputs)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = run_scan_dask(settings, inputs, client=client, npartitions=4)
    assert len(local.complexen) >= 20  # the samples: enough complexes that 4 partitions each hold several
    pd.testing.assert_frame_equal(
        pd.DataFrame(remote.complexen.drop(columns="geometry")), pd.DataFrame(local.complexen.drop(columns="geometry"))
    )
    assert remote.complexen.geometry.geom_equals_exact(local.complexen.geometry, tolerance=0).all()
    assert remote.summary == local.summary
    pd.testing.assert_frame_equal(
        pd.DataFrame(remote.panden.drop(columns="geometry")), pd.DataFrame(local.panden.drop(columns="geometry"))
    )
