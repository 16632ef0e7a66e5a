"""Ingesting a batch: read sources, run the pipeline, store in committed batches, then update the stories.

This is the application layer the CLI and the API share; the per-article pipeline stays pure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from warta import pipeline, stories
from warta.errors import InputError
from warta.ingest import read_targets
from warta.ingest.web import Fetcher
from warta.model import Article, RawDocument
from warta.resources import Resources
from warta.store.sqlite import SQLiteStore

log = logging.getLogger("warta.ingest")

# Articles per transaction: an interrupted ingest loses at most this many, and re-running it completes them.
BATCH_SIZE = 200


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"new": self.new, "duplicate": self.duplicate, "failed": self.failed, "errors": self.errors}


def ingest(store: SQLiteStore, targets: list[str], fetch: bool = True,
           on_item: Callable[[str], None] | None = None, resources: Resources | None = None) -> IngestReport:
    fetcher = Fetcher() if fetch else None
    try:
        return ingest_documents(store, read_targets(targets, fetcher), on_item=on_item, resources=resources)
    finally:
        if fetcher is not None:
            fetcher.close()


def ingest_documents(store: SQLiteStore, items: Iterable[RawDocument | InputError],
                     on_item: Callable[[str], None] | None = None,
                     resources: Resources | None = None) -> IngestReport:
    resources = resources or Resources()
    report = IngestReport()
    pending: list[Article] = []
    for item in items:
        origin = item.origin
        if isinstance(item, RawDocument):
            item = _process(item, resources)
        if isinstance(item, InputError):
            report.failed += 1
            report.errors.append(str(item))
            log.warning("%s", item)
        else:
            pending.append(item)
        if len(pending) >= BATCH_SIZE:
            _flush(store, pending, report)
        if on_item:
            on_item(origin)
    _flush(store, pending, report)
    if report.new:
        stories.update(store, report.new_ids)
    return report


def _process(raw: RawDocument, resources: Resources) -> Article | InputError:
    try:
        return pipeline.process(raw, resources)
    except InputError as exc:
        return exc
    except Exception as exc:  # a bug on one hostile page must not stop the batch; it is reported, not hidden
        log.debug("processing %s failed", raw.origin, exc_info=True)
        return InputError(raw.origin, f"processing failed ({exc.__class__.__name__}: {exc})")


def _flush(store: SQLiteStore, pending: list[Article], report: IngestReport) -> None:
    if not pending:
        return
    seen: set[str] = set()
    unique = []
    for article in pending:
        if article.id in seen:
            report.duplicate += 1
        else:
            seen.add(article.id)
            unique.append(article)
    for article, added in zip(unique, store.add_articles(unique), strict=True):
        if added:
            report.new += 1
            report.new_ids.append(article.id)
        else:
            report.duplicate += 1
    pending.clear()
