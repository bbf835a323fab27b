"""Dask engine: the local engine's per-complex work, run on spatial partitions.

Complexes are ordered along a Hilbert curve (dask-geopandas) and cut into partitions, so a
complex is never split and neighbours share a partition. Each partition carries its own
panden, VBOs, 3D BAG rows and VHE; the small context layers (plans, buurten, parkeerzones,
voorzieningen, monumenten) are broadcast to every worker. Only ``finalise`` (rang over all
complexes, buurt totals) runs on the client, so results equal the local engine's exactly.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.config import Settings
from optopscan.errors import OptopscanError
from optopscan.inputs import Inputs, Step
from optopscan.io.common import isin
from optopscan.result import ScanResult
from optopscan.scan import finalise, judge_complexen, plan_complexen, scan_complexen

COMPLEXEN_PER_PARTITION = 50_000
NOT_INSTALLED = "--engine dask vraagt om dask-geopandas en distributed. Oplossing: pip install 'optopscan[dask]'."


def run_scan_dask(
    settings: Settings,
    inputs: Inputs,
    step: Step = lambda _: None,
    *,
    scheduler: str | None = None,
    client: Any | None = None,
    npartitions: int | None = None,
) -> ScanResult:
    """Run the scan on a dask cluster: ``client``, else ``scheduler`` address, else a LocalCluster."""
    try:
        import dask_geopandas
    except ImportError:
        raise OptopscanError(NOT_INSTALLED) from None

    step("Complexen ruimtelijk verdelen over partities")
    toewijzing, eigendom = plan_complexen(inputs)
    partition_of = spatial_partitions(inputs.panden, toewijzing, npartitions, dask_geopandas)
    n = int(partition_of.max()) + 1 if len(partition_of) else 1

    own_cluster = None
    if client is None:
        client, own_cluster = connect(scheduler, n)
    try:
        step(f"Scan op {n} partities (dask, {len(client.scheduler_info()['workers'])} workers)")
        shared = client.scatter(_context_only(inputs), broadcast=True)
        futures = [
            client.submit(_scan_partition, settings, shared, part, toew, own, pure=False)
            for part, toew, own in _split(inputs, toewijzing, eigendom, partition_of, n)
        ]
        parts = client.gather(futures)
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()

    step("Partities samenvoegen; vormen, criteria en scores; rangschikken")
    complexen = gpd.GeoDataFrame(pd.concat([c for c, _ in parts], ignore_index=True), crs=parts[0][0].crs)
    panden = gpd.GeoDataFrame(pd.concat([p for _, p in parts], ignore_index=True), crs=parts[0][1].crs)
    # aanplakken and uitplinten look across partition borders (neighbours, garagebox rows):
    # they, the rules and the scores run once on the gathered complexes, as in the local engine
    complexen, layers = judge_complexen(settings, inputs, toewijzing, complexen, panden)
    return finalise(settings, inputs, complexen, panden, layers)


def connect(scheduler: str | None, tasks: int, **cluster_options: Any) -> tuple[Any, Any]:
    """(client, own LocalCluster or None): the cluster at ``scheduler``, else a LocalCluster with
    one single-threaded worker process per core (at most ``tasks``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise OptopscanError(NOT_INSTALLED) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise OptopscanError(f"kan het dask-cluster op {scheduler} niet bereiken ({exc}).") from None
    workers = min(tasks, os.cpu_count() or 1)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, **cluster_options)
    return Client(cluster), cluster


def spatial_partitions(
    panden: gpd.GeoDataFrame, toewijzing: pd.DataFrame, npartitions: int | None, dask_geopandas: ModuleType
) -> pd.Series:
    """Partition number per complex_id: Hilbert order of each complex's first pand."""
    first = toewijzing.drop_duplicates("complex_id")[["pand_id", "complex_id"]]
    located = first.merge(panden[["pand_id", "geometry"]], on="pand_id", how="left")
    points = gpd.GeoDataFrame(
        {"complex_id": located["complex_id"].to_numpy()},
        geometry=shapely.point_on_surface(located.geometry.values),
        crs=panden.crs,
    )
    if npartitions is None:
        npartitions = max(1, int(np.ceil(len(points) / COMPLEXEN_PER_PARTITION)))
    if len(points) == 0:
        return pd.Series(dtype="int64")
    distance = (
        dask_geopandas.from_geopandas(points, npartitions=1)
        .hilbert_distance(total_bounds=panden.total_bounds)
        .compute()
    )
    order = np.lexsort((points["complex_id"].to_numpy(), distance.to_numpy()))
    partition = np.empty(len(points), dtype="int64")
    partition[order] = np.arange(len(points)) * npartitions // len(points)
    return pd.Series(partition, index=points["complex_id"].to_numpy())


def _context_only(inputs: Inputs) -> Inputs:
    """The broadcast part: context layers, no per-building frames."""
    return dataclasses.replace(
        inputs,
        panden=inputs.panden.iloc[0:0],
        verblijfsobjecten=inputs.verblijfsobjecten.iloc[0:0],
        bag3d=inputs.bag3d.iloc[0:0],
        bezit=None,
        match_report=None,
        energielabels=None,
    )


def _split(
    inputs: Inputs, toewijzing: pd.DataFrame, eigendom: pd.DataFrame | None, partition_of: pd.Series, n: int
) -> Iterator[tuple[dict[str, Any], pd.DataFrame, pd.DataFrame | None]]:
    """Yield (per-building frames, toewijzing, eigendom) for each partition."""
    pand_part = toewijzing["complex_id"].map(partition_of).to_numpy()
    pand_ids_by_part = pd.Series(toewijzing["pand_id"].to_numpy()).groupby(pand_part)
    for i in range(n):
        if i not in pand_ids_by_part.groups:
            continue
        pand_ids = pd.Series(pand_ids_by_part.get_group(i).to_numpy(), dtype="str")
        complex_ids = partition_of.index[partition_of.to_numpy() == i]
        bezit = (
            None
            if inputs.bezit is None
            else inputs.bezit[isin(inputs.bezit["complexnummer"], pd.Series(complex_ids, dtype="str"))]
        )
        vbo = inputs.verblijfsobjecten[isin(inputs.verblijfsobjecten["pand_id"], pand_ids)]
        labels = inputs.energielabels
        part = {
            "panden": inputs.panden[isin(inputs.panden["pand_id"], pand_ids)],
            "verblijfsobjecten": vbo,
            "bag3d": inputs.bag3d[isin(inputs.bag3d["pand_id"], pand_ids)],
            "bezit": bezit,
            "energielabels": None if labels is None else labels[isin(labels["vbo_id"], vbo["vbo_id"])],
        }
        own = None if eigendom is None else eigendom[eigendom.index.isin(complex_ids)]
        yield part, toewijzing[toewijzing["complex_id"].isin(complex_ids)], own


def _scan_partition(
    settings: Settings, shared: Inputs, part: dict[str, Any], toewijzing: pd.DataFrame, eigendom: pd.DataFrame | None
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Runs on a worker: the local engine's per-complex work on one partition."""
    inputs = dataclasses.replace(shared, **part)
    return scan_complexen(settings, inputs, toewijzing, eigendom)


def run_blokken_dask(
    settings: Settings,
    shared: Inputs,
    blokken: list[Any],
    workdir: Any,
    scan_blok: Any,
    *,
    scheduler: str | None = None,
    progress: Any = None,
) -> list[Any]:
    """The blocks of a streamed scan (:mod:`optopscan.engine.stream`) on a dask cluster: every
    worker reads its block's window itself and writes the block's rows to Parquet in
    ``workdir`` (a folder all workers can reach); only the small per-block summaries come back.
    ``scan_blok``: :func:`optopscan.engine.stream.scan_blok` (passed in: no import cycle)."""
    from distributed import as_completed

    client, own_cluster = connect(scheduler, len(blokken), memory_limit=0)
    try:
        context = client.scatter(shared, broadcast=True)
        futures = [client.submit(scan_blok, settings, context, blok, workdir, pure=False) for blok in blokken]
        results = []
        for future in as_completed(futures):
            results.append(future.result())
            future.release()
            if progress is not None:
                progress("Blokken scannen", len(results), len(blokken))
        return results
    finally:
        client.close()
        if own_cluster is not None:
            own_cluster.close()
