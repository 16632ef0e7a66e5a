"""Ingesting a batch: read sources, run the pipeline, store in committed batches, then update the stories.

This is the application layer the CLI and the API share; the per-article pipeline stays pure, so it runs the
same in this process or in a pool of worker processes.
"""

from __future__ import annotations

import logging
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from warta import pipeline, stories
from warta.clean.templates import MAX_SEEN_DOCUMENTS, TemplateStats, furniture_keys, prune
from warta.errors import InputError
from warta.ingest.files import expand_targets, read_source
from warta.ingest.records import Layout
from warta.ingest.web import Fetcher
from warta.model import Article, RawDocument
from warta.resources import Resources
from warta.store.base import Store

log = logging.getLogger("warta.ingest")

# Articles per transaction: an interrupted ingest loses at most this many, and re-running it completes them.
BATCH_SIZE = 200
# Documents in flight per worker process: enough to keep each busy, few enough to bound memory.
QUEUE_PER_WORKER = 4

Item = RawDocument | InputError | Article  # an Article read back from a Parquet export is stored as it is


# Error lines a report keeps (and the log shows); the rest are counted. A JSONL of a million bad lines gave a
# 53 MB error list and a million log lines; the first hundred say what is wrong as well as all of them would.
MAX_REPORTED_ERRORS = 100


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # the first MAX_REPORTED_ERRORS failures
    new_ids: list[str] = field(default_factory=list)

    def add_error(self, error: InputError) -> bool:
        """Count a failure; True when it is among those reported one by one."""
        self.failed += 1
        if len(self.errors) >= MAX_REPORTED_ERRORS:
            return False
        self.errors.append(str(error))
        return True

    @property
    def errors_not_shown(self) -> int:
        return self.failed - len(self.errors)

    def as_dict(self) -> dict:
        return {"new": self.new, "duplicate": self.duplicate, "failed": self.failed, "errors": self.errors,
                "errors_not_shown": self.errors_not_shown}


def ingest(store: Store, targets: list[str], fetch: bool = True,
           on_item: Callable[[str], None] | None = None, resources: Resources | None = None,
           fetcher: Fetcher | None = None, workers: int = 1, batch_size: int = BATCH_SIZE,
           on_sources: Callable[[int], None] | None = None,
           on_source_done: Callable[[str], None] | None = None,
           on_error: Callable[[InputError], None] | None = None,
           on_stage: Callable[[str], None] | None = None, layout: Layout | None = None) -> IngestReport:
    """Ingest files, folders, globs and URLs. ``on_sources`` hears how many files and URLs there are,
    ``on_source_done`` each one read, ``on_item`` each document processed, ``on_error`` each failure listed,
    ``on_stage`` what comes after reading (the story update); ``layout`` names the columns of CSV and JSON
    tables."""
    own_fetcher = fetcher is None and fetch
    if own_fetcher:
        fetcher = Fetcher()
    sources = expand_targets(targets)
    if on_sources:
        on_sources(len(sources))

    def items() -> Iterator[Item]:
        for source in sources:
            yield from read_source(source, fetcher if fetch else None, layout)
            if on_source_done:
                on_source_done(str(source))

    try:
        return ingest_documents(store, items(), on_item=on_item, resources=resources, workers=workers,
                                batch_size=batch_size, on_error=on_error, on_stage=on_stage)
    finally:
        if own_fetcher and fetcher is not None:
            fetcher.close()


def ingest_documents(store: Store, items: Iterable[Item], on_item: Callable[[str], None] | None = None,
                     resources: Resources | None = None, workers: int = 1,
                     batch_size: int = BATCH_SIZE,
                     on_error: Callable[[InputError], None] | None = None,
                     on_stage: Callable[[str], None] | None = None) -> IngestReport:
    """Process and store documents, committing every ``batch_size`` articles; then update the stories."""
    report = IngestReport()
    resources = resources or Resources()
    templates = load_templates(store, resources)
    observed = _observed(items, templates)
    processed = _processed_serial(observed, resources) if workers <= 1 else _processed_pool(observed, workers)
    held: list[Article] = []
    store_results(store, processed, report, templates, batch_size, on_item, on_error,
                  after_batch=lambda added: _hold(held, added))
    if on_stage:
        on_stage(f"grouping {len(report.new_ids):,} new articles into stories")
    _update_stories(store, report, held)
    return report


# New articles handed to the story update as they are instead of read back from the store (a read rebuilds the
# tokens: 3-4 ms a scrapinghub page, twice per article); past this many the rest are read back, so that a big
# ingest holds a bounded number in memory (about 100 KB each without their source text).
HELD_FOR_STORIES = 1000


def _hold(held: list[Article], added: list[Article]) -> None:
    for article in added[: max(HELD_FOR_STORIES - len(held), 0)]:
        article.source_text = ""  # stored already (or not kept); the stories never read it
        held.append(article)


def store_results(store: Store, processed: Iterable[tuple[str, Article | InputError]], report: IngestReport,
                  templates: TemplateStats, batch_size: int = BATCH_SIZE,
                  on_item: Callable[[str], None] | None = None,
                  on_error: Callable[[InputError], None] | None = None,
                  after_batch: Callable[[list[Article]], None] | None = None) -> None:
    """Store results as they come in committed batches of ``batch_size`` (``after_batch`` runs after each commit,
    the last one included, with the articles it added),
    then save the template statistics. Whoever runs the pipeline (a loop, a pool, Dask) hands its results here."""
    pending: list[Article] = []
    for origin, result in processed:
        if isinstance(result, Article):
            _remember_template(templates, result)
        if isinstance(result, InputError):
            if report.add_error(result):
                log.warning("%s", result)
                if on_error:
                    on_error(result)
        else:
            pending.append(result)
        if len(pending) >= batch_size:
            added = _flush(store, pending, report)
            if after_batch:
                after_batch(added)
        if on_item:
            on_item(origin)
    added = _flush(store, pending, report)
    if after_batch and added:
        after_batch(added)
    if report.errors_not_shown:
        log.warning("%d more inputs failed (%d in all; the first %d are listed)", report.errors_not_shown,
                    report.failed, len(report.errors))
    _save_templates(store, templates)


def _update_stories(store: Store, report: IngestReport, held: list[Article]) -> None:
    """Group the new articles (``held``: those of them still in memory), and any a previous, interrupted ingest (or
    another ingest still running) stored but never grouped. One write transaction: another process's story update
    waits for this one and then starts from the index it saved, so no two updates place articles against the same
    stale index."""
    with store.transaction():
        new = set(report.new_ids)
        waiting = [i for i in store.ungrouped_article_ids() if i not in new]
        if report.new_ids or waiting:
            stories.update(store, report.new_ids + waiting, held)


def _processed_serial(items: Iterable[tuple[Item, frozenset[str]]], resources: Resources
                      ) -> Iterator[tuple[str, Article | InputError]]:
    for item, furniture in items:
        if isinstance(item, InputError | Article):
            yield item.origin, item
        else:
            yield item.origin, process_one(item, resources.with_options(furniture=furniture))


def process_one(raw: RawDocument, resources: Resources) -> Article | InputError:
    try:
        return pipeline.process(raw, resources)
    except InputError as exc:
        return exc
    except Exception as exc:  # a bug on one hostile page must not stop the batch; it is reported, not hidden
        log.debug("processing %s failed", raw.origin, exc_info=True)
        return InputError(raw.origin, f"processing failed ({exc.__class__.__name__}: {exc})")


# --- a pool of worker processes running the same pure pipeline ------------------------------------------------

_worker_resources: Resources | None = None  # one per worker process, loaded once, like a Dask worker's


def _start_worker() -> None:
    global _worker_resources
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent stops us
    _worker_resources = Resources()


def _process_in_worker(raw: RawDocument, furniture: frozenset[str]) -> Article | InputError:
    assert _worker_resources is not None
    return process_one(raw, _worker_resources.with_options(furniture=furniture))


def _processed_pool(items: Iterable[tuple[Item, frozenset[str]]], workers: int
                    ) -> Iterator[tuple[str, Article | InputError]]:
    """Results in input order, with a bounded window of documents in flight (reading stays lazy). Each document
    travels with the furniture the driver learned for it, so a worker cleans it as the driver would."""
    window: deque[tuple[str, Future | InputError | Article]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
        try:
            for item, furniture in items:
                entry = (item if isinstance(item, InputError | Article)
                         else pool.submit(_process_in_worker, item, furniture))
                window.append((item.origin, entry))
                if len(window) >= workers * QUEUE_PER_WORKER:
                    yield _next_result(window)
            while window:
                yield _next_result(window)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _next_result(window: deque[tuple[str, Future | InputError | Article]]) -> tuple[str, Article | InputError]:
    origin, entry = window.popleft()
    if isinstance(entry, InputError | Article):
        return origin, entry
    try:
        return origin, entry.result()
    except Exception as exc:  # a worker that died (out of memory, say) fails its document, not the batch
        return origin, InputError(origin, f"processing failed ({exc.__class__.__name__}: {exc})")


def _flush(store: Store, pending: list[Article], report: IngestReport) -> list[Article]:
    """Store the pending articles; the ones that were new."""
    if not pending:
        return []
    seen: set[str] = set()
    unique = []
    for article in pending:
        if article.id in seen:
            report.duplicate += 1
        else:
            seen.add(article.id)
            unique.append(article)
    new = []
    for article, added in zip(unique, store.add_articles(unique), strict=True):
        if added:
            report.new += 1
            report.new_ids.append(article.id)
            new.append(article)
        else:
            report.duplicate += 1
    pending.clear()
    return new


# --- per-outlet template statistics (warta.clean.templates): what repeats across an outlet's pages is furniture.
# The driver counts each page's lines before the pipeline cleans it and keeps the counts in the store between
# ingests; the stages only read them through Resources.option("templates").

def load_templates(store: Store, resources: Resources) -> TemplateStats:
    templates = resources.option("templates")
    if templates is None:
        templates = TemplateStats.from_rows(*store.load_template_rows())
        resources.options["templates"] = templates
    return templates


def _save_templates(store: Store, templates: TemplateStats) -> None:
    store.save_template_rows(*templates.unsaved(), keep_seen=MAX_SEEN_DOCUMENTS, prune=prune)
    templates.mark_saved()


def _observed(items: Iterable[Item], templates: TemplateStats) -> Iterator[tuple[Item, frozenset[str]]]:
    """Each document with the line keys learned as furniture of its page, counted and decided here, in input
    order, whatever the number of workers."""
    for item in items:
        furniture: frozenset[str] = frozenset()
        if isinstance(item, RawDocument):
            try:
                started = pipeline.start(item)
            except InputError:
                pass  # the pipeline reports it
            else:
                templates.observe_article(started)
                furniture = templates.furniture_of(started)
        yield item, furniture


def _remember_template(templates: TemplateStats, article: Article) -> None:
    """A text dump's page fingerprint joins the outlet's known template it overlaps (in input order)."""
    meta = article.meta
    if not meta.template:
        return
    keys = furniture_keys(article.blocks)
    known = templates.match_template(keys)
    if known and known != meta.template:
        meta.outlet_group = known if meta.outlet_group == meta.template else meta.outlet_group
        meta.template = known
    templates.remember_template(meta.template, keys)
