"""Past one machine: the per-article pipeline on a Dask cluster (optional extra ``warta[scale]``).

Nothing outside this package imports Dask; the CLI imports it here only for ``warta ingest --dask``.
"""
