"""The polling loop: every source when due, conditionally (ETag, Last-Modified), fetching only links never seen,
through the same pipeline, store and story update as `warta ingest`; then the alerts and their webhooks.

The polls of one round are the batch in flight: a stop request (SIGINT, SIGTERM) ends the loop after them (fetching
stops at the next link, what was fetched is stored), and `kill -9` loses at most their unrecorded links, which the
next poll fetches again (the store keeps each article once by its id)."""

from __future__ import annotations

import itertools
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from warta import batch
from warta.errors import InputError
from warta.ingest.web import Fetcher, NotModified
from warta.model import RawDocument
from warta.monitor.alerts import AlertBook
from warta.monitor.links import Item, LinkGate, item_key, listing
from warta.monitor.notify import Webhooks
from warta.monitor.sources import Source, SourceBook, format_interval
from warta.resources import Resources
from warta.store import open_store
from warta.store.base import Store

log = logging.getLogger("warta.monitor")

# New links fetched per source per poll: a sitemap or section page read for the first time can list thousands,
# and one poll is what a stop waits for; the rest come on the following polls.
MAX_LINKS_PER_POLL = 100
# Longest sleep between looks at the schedule, so sources and alerts added by another process are seen soon.
IDLE_CHECK = 2.0
# robots.txt is read afresh this often: a site that was down when its robots.txt was asked (so nothing of it is
# fetched) is stopped for an hour at most, for one more request per host per hour beside polls every few minutes.
ROBOTS_TTL = 3600.0


@dataclass(slots=True)
class PollResult:
    source: Source
    outcome: str  # "read", "unchanged" (HTTP 304) or "failed"
    links: int = 0  # new links handled
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    error: str = ""
    seconds: float = 0.0
    next_poll: float = 0.0
    cut_short: bool = False

    def line(self) -> str:
        head = f"poll {self.source.name} ({self.source.url}): "
        if self.outcome == "unchanged":
            body = "not modified (304)"
        elif self.outcome == "failed":
            body = f"failed ({self.error}); failure {self.source.failures + 1} in a row"
        else:
            body = (f"{self.links} new link{'' if self.links == 1 else 's'}: {self.new} new, "
                    f"{self.duplicate} duplicate, {self.failed} failed")
            body += "; more next poll" if self.cut_short else ""
        wait = format_interval(max(round(self.next_poll - time.time()), 0))
        return f"{head}{body}; {self.seconds:.2f}s; next in {wait}"


@dataclass(slots=True)
class Fetched:
    """One source read off the network, with the new items it listed, before anything of it is stored."""
    source: Source
    started: float
    doc: RawDocument | None = None
    kind: str = ""
    items: list[Item] = field(default_factory=list)
    cut_short: bool = False
    error: Exception | None = None  # NotModified, InputError, or a bug met on this source


def fetch_source(source: Source, fetcher: Fetcher, seen: Callable[[str], bool], stop: threading.Event) -> Fetched:
    """Read a source and its new links (any thread: it touches no store but through ``seen``)."""
    started = time.monotonic()
    try:
        doc = fetcher.fetch(source.url, headers=source.validators())
        gate = LinkGate(seen, fetcher, MAX_LINKS_PER_POLL, stop.is_set)
        found = listing(doc, source.kind, gate)
        items = list(found.items)
        return Fetched(source, started, doc, found.kind, items, gate.cut_short)
    except Exception as exc:  # a bug on one hostile source must not stop the others; reported, not hidden
        if not isinstance(exc, InputError):
            log.debug("polling %s failed", source.url, exc_info=True)
        return Fetched(source, started, error=exc)


class Watcher:
    """Polls due sources: fetching runs in ``workers`` threads, one host per thread at a time (so the per-host
    delay holds); the pipeline, the store and the story update run in this thread, one source at a time."""

    def __init__(self, store: Store, fetcher: Callable[[], Fetcher], resources: Resources | None = None,
                 webhooks: Webhooks | None = None, stop: threading.Event | None = None,
                 rng: random.Random | None = None, on_poll: Callable[[PollResult], None] | None = None,
                 workers: int = 1) -> None:
        self.store, self.new_fetcher = store, fetcher
        self.fetcher = fetcher()
        self.resources = resources or Resources()
        self.sources = SourceBook(store)
        self.alerts = AlertBook(store)
        self.webhooks = webhooks
        self.stop = stop or threading.Event()
        self.rng = rng or random.Random()
        self.on_poll = on_poll or (lambda result: log.info("%s", result.line()))
        self.workers = workers if store.path != ":memory:" else 1  # fetch threads read the store on their own
        self._robots_read = time.monotonic()

    def close(self) -> None:
        self.fetcher.close()

    def run(self, once: bool = False) -> None:
        """Poll what is due, tell of new hits, sleep until the next thing is due; until stopped (or once)."""
        self._group_waiting()
        while not self.stop.is_set():
            try:
                self.poll_due()
                self._tell()
            except sqlite3.OperationalError as exc:  # the store busy with another writer past its timeout
                if once:
                    raise
                log.warning("the store is busy (%s); trying again shortly", exc)
                self.stop.wait(IDLE_CHECK)
                continue
            if once:
                return
            self.stop.wait(self._sleep())

    def _group_waiting(self) -> None:
        """Articles a killed run stored but never grouped join their stories now, not at the next new article."""
        if self.store.ungrouped_article_ids():
            batch.ingest_documents(self.store, iter(()), resources=self.resources)

    def poll_due(self) -> list[PollResult]:
        if time.monotonic() - self._robots_read > ROBOTS_TTL:
            self.fetcher.forget_robots()
            self._robots_read = time.monotonic()
        due = self.sources.due(time.time())
        by_host: dict[str, list[Source]] = {}
        for source in due:
            by_host.setdefault(urlsplit(source.url).netloc, []).append(source)
        if self.workers <= 1 or len(by_host) <= 1:
            return [self._store(fetch_source(s, self.fetcher, self.sources.is_seen, self.stop))
                    for s in due if not self.stop.is_set()]
        results = []
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="warta-fetch") as pool:
            groups = {pool.submit(self._fetch_host, group): group for group in by_host.values()}
            for done in as_completed(groups):
                try:
                    fetched = done.result()
                except Exception as exc:  # the thread could not start its work (its store would not open)
                    fetched = [Fetched(s, time.monotonic(), error=exc) for s in groups[done]]
                results += [self._store(f) for f in fetched]
        return results

    def _fetch_host(self, sources: list[Source]) -> list[Fetched]:
        """One host's due sources, in a fetch thread with its own fetcher and its own look at the seen links."""
        fetcher = self.new_fetcher()
        seen_store = open_store(self.store.path)
        try:
            seen = SourceBook(seen_store).is_seen
            return [fetch_source(s, fetcher, seen, self.stop) for s in sources if not self.stop.is_set()]
        finally:
            seen_store.close()
            fetcher.close()

    def poll(self, source: Source) -> PollResult:
        """Read and store one source now."""
        return self._store(fetch_source(source, self.fetcher, self.sources.is_seen, self.stop))

    def _store(self, fetched: Fetched) -> PollResult:
        """Store what a source gave; whatever goes wrong is this source's failure, never the loop's."""
        source = fetched.source
        try:
            if fetched.error is not None:
                raise fetched.error
            result = self._ingest(fetched)
        except NotModified:
            result = PollResult(source, "unchanged")
            self.sources.record_success(source, time.time(), self.rng)
        except InputError as exc:
            result = PollResult(source, "failed", error=exc.reason)
        except Exception as exc:  # a bug on one hostile source must not stop the others; logged, not hidden
            log.debug("storing %s failed", source.url, exc_info=True)
            result = PollResult(source, "failed", error=f"{exc.__class__.__name__}: {exc}")
        if result.outcome == "failed":
            self.sources.record_failure(source, result.error, time.time(), self.rng)
        result.seconds = time.monotonic() - fetched.started
        result.next_poll = (self.sources.get(source.id) or source).next_poll
        self.on_poll(result)
        return result

    def _ingest(self, fetched: Fetched) -> PollResult:
        source, doc, now = fetched.source, fetched.doc, time.time()
        links: dict[str, str] = {}  # item origin -> the link it came from
        source_errors: list[InputError] = []
        failures: dict[str, str] = {}
        items = _tracked(iter(fetched.items), source, links, source_errors)
        first = next(items, None)
        report = batch.IngestReport()
        if first is not None:  # nothing new: the ingest (and its story update) is not even started
            report = batch.ingest_documents(self.store, itertools.chain([first], items), resources=self.resources,
                                            on_error=lambda exc: failures.__setitem__(exc.origin, exc.reason))
        if source_errors and not links and source_errors[0].reason != "feed has no entries":
            raise source_errors[0]
        new = self._origins(report.new_ids)
        outcomes = []
        for origin, link in links.items():
            if origin in failures:
                outcomes.append((link, "failed", None, failures[origin]))
            elif origin in new:
                outcomes.append((link, "new", new[origin], None))
            else:
                outcomes.append((link, "duplicate", None, None))
        self.sources.mark(source, outcomes, now)
        # A poll cut short forgets the validators, so the next one reads the source in full for the rest.
        validators = {} if fetched.cut_short else {k: doc.hints[k] for k in ("etag", "last_modified")
                                                   if k in doc.hints}
        self.sources.record_success(source, time.time(), self.rng, kind=fetched.kind, validators=validators)
        if report.new_ids:
            self._tell()
        return PollResult(source, "read", links=len(links), new=report.new, duplicate=report.duplicate,
                          failed=len(failures), cut_short=fetched.cut_short)

    def _origins(self, article_ids: list[str]) -> dict[str, str]:
        """origin -> article id for the articles this poll stored."""
        found: dict[str, str] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            rows = self.store.rows(f"SELECT origin, id FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                                   chunk)
            found.update((r["origin"], r["id"]) for r in rows)
        return found

    def _tell(self) -> None:
        """Check the alerts against what was stored, and send the webhooks that are due."""
        for hit in self.alerts.check():
            log.info("alert %d hit: %s", hit.alert_id, hit.title)
        if self.webhooks is not None:
            self.webhooks.deliver_due()

    def _sleep(self) -> float:
        now = time.time()
        moments = [self.sources.next_due(), self.webhooks.next_attempt() if self.webhooks else None]
        wait = min([m - now for m in moments if m is not None] + [IDLE_CHECK])
        return max(wait, 0.05)


def _tracked(items: Iterator[Item], source: Source, links: dict[str, str],
             source_errors: list[InputError]) -> Iterator[Item]:
    """Note the link behind each item; errors about the source itself (a broken feed) are set apart."""
    for item in items:
        key = item_key(item)
        if isinstance(item, InputError) and key == source.url:
            source_errors.append(item)
            continue
        if key:
            links[item.origin] = key
        yield item
