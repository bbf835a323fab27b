"""Scale-out: the same per-complex scan on spatial partitions (dask)."""
