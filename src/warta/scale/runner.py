"""``warta ingest --dask [ADDRESS]``: the per-article pipeline on Dask workers, the store written here.

Each input becomes tasks: a whole file, or slices of a container (WARC records, JSONL lines, CSV rows, Parquet
rows). The first slice of a file also counts its items, and the rest of the file is then submitted in slices, so
the client never reads an input: the workers do. Results come back as tasks finish and go through the same
committed-batch writer as the one-process ingest (batch.store_results); stories are updated after each batch.

A worker that dies mid-run loses only its running tasks, which Dask runs again elsewhere; each task's results
arrive once, and the store skips any article it already holds, so nothing is lost or stored twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from distributed import Client, Future, LocalCluster, as_completed

from warta import batch, stories
from warta.errors import InputError
from warta.ingest.files import expand_targets
from warta.ingest.records import Layout
from warta.model import Article
from warta.resources import Resources
from warta.scale.tasks import RunSettings, Slice, SliceResult, run_slice
from warta.store.base import Store

# Items per task: at ~50 ms an article (benchmarks/bench_dask.py) a slice is a few seconds of work, long enough
# that Dask's per-task overhead (about a millisecond) is noise, short enough to spread a file over many workers.
SLICE_ITEMS = 64


@dataclass(slots=True)
class Listeners:
    """Progress: ``tasks`` hears how many tasks were added, ``task_done`` how many items a finished task held,
    ``error`` each failure."""

    tasks: Callable[[int], None] | None = None
    task_done: Callable[[int], None] | None = None
    error: Callable[[InputError], None] | None = None


@contextmanager
def connect(address: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a LocalCluster of worker processes on this machine."""
    if address:
        with Client(address) as client:
            yield client
        return
    # one thread per worker: the pipeline is pure Python, so threads would share one interpreter lock
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def ingest(client: Client, store: Store, targets: list[str], fetch: bool = True, layout: Layout | None = None,
           batch_size: int = batch.BATCH_SIZE, slice_items: int = SLICE_ITEMS,
           listeners: Listeners | None = None) -> batch.IngestReport:
    listeners = listeners or Listeners()
    report = batch.IngestReport()
    templates = batch.load_templates(store, Resources())
    settings = RunSettings(run=uuid.uuid4().hex, templates=templates.as_json(), fetch=fetch,
                           columns=tuple((layout or Layout()).columns.items()))
    [shipped] = client.scatter([settings], broadcast=True)  # sent to each worker once, not with every task
    grouped = 0

    def group_batch(added: list[Article]) -> None:
        nonlocal grouped
        stories.update(store, report.new_ids[grouped:], added)  # the batch in memory: none is read back
        grouped = len(report.new_ids)

    results = _results(client, expand_targets(targets), shipped, templates, slice_items, listeners)
    batch.store_results(store, results, report, templates, batch_size, on_error=listeners.error,
                        after_batch=group_batch)
    waiting = store.ungrouped_article_ids()  # the last batch, and any an interrupted ingest stored but never grouped
    if waiting:
        stories.update(store, waiting)
    return report


def _results(client: Client, sources: list[str | InputError], settings: Future, templates,
             slice_items: int, listeners: Listeners) -> Iterator[tuple[str, Article | InputError]]:
    slices: dict[str, Slice] = {}

    def submit(part: Slice, count: bool = False) -> Future:
        future = client.submit(run_slice, part, settings, count, pure=False)
        slices[future.key] = part
        return future

    firsts = []
    for source in sources:
        if isinstance(source, InputError):
            yield source.origin, source
        else:
            firsts.append(submit(Slice(source, 0, slice_items), count=True))
    _tell(listeners.tasks, len(firsts))
    finished = as_completed(firsts, with_results=True, raise_errors=False)
    for future, result in finished:
        part = slices.pop(future.key)
        future.release()
        if not isinstance(result, SliceResult):  # the task failed where retrying cannot help
            _tell(listeners.task_done, 0)
            yield part.source, InputError(_where(part), f"failed on the cluster ({result.__class__.__name__}: "
                                                        f"{result})")
            continue
        if result.total is not None and result.total > slice_items:
            rest = [submit(Slice(part.source, start, min(start + slice_items, result.total)))
                    for start in range(slice_items, result.total, slice_items)]
            finished.update(rest)
            _tell(listeners.tasks, len(rest))
        for seen in result.observations:
            templates.observe(*seen)
        _tell(listeners.task_done, len(result.results))
        yield from result.results


def _where(part: Slice) -> str:
    return part.source if part.start == 0 and part.stop is None else f"{part.source}#{part.start}-{part.stop}"


def _tell(listener: Callable[[int], None] | None, n: int) -> None:
    if listener:
        listener(n)
