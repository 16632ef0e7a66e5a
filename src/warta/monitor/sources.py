"""Watched sources (feeds, sitemaps, section pages) in the store: their schedule, HTTP validators and health, and
the table of every link they ever listed, so a link is fetched once whatever restarts in between."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from warta.errors import InputError
from warta.store.base import Store

KINDS = ("auto", "feed", "sitemap", "page")
DAY = 86_400.0
# Backoff after failures doubles the interval up to six hours: a source down longer than that is an outage an
# analyst sees in `warta sources`, and one poll every six hours costs it nothing.
BACKOFF_CAP = 6 * 3600.0
# Each schedule moves by up to a tenth of its interval, so sources added together do not poll in lockstep.
JITTER = 0.1
# A link that failed (HTTP error, not an article) is tried on this many polls, then left alone.
MAX_LINK_TRIES = 3

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": DAY, None: 60}


def parse_interval(text: str) -> float:
    """'10m', '90s', '2h', '1d' (a bare number is minutes) in seconds."""
    match = _INTERVAL.match(text or "")
    if not match or float(match[1]) <= 0:
        raise InputError(text, "not an interval (say 30s, 10m, 2h or 1d)")
    unit = match[2].lower() if match[2] else None
    return float(match[1]) * _UNIT_SECONDS[unit]


def format_interval(seconds: float) -> str:
    for unit, size in (("d", DAY), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


@dataclass(slots=True)
class Source:
    id: int
    url: str
    name: str
    kind: str
    every: float
    added: float
    etag: str | None = None
    last_modified: str | None = None
    last_poll: float | None = None
    last_success: float | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: float = 0.0

    def validators(self) -> dict[str, str]:
        """Conditional-request headers from the last full answer."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(slots=True)
class Health:
    source: Source
    day: int  # new articles from this source in the last 24 hours
    week: int

    def as_dict(self) -> dict:
        s = self.source
        return {"id": s.id, "name": s.name, "url": s.url, "kind": s.kind, "every": format_interval(s.every),
                "last_poll": iso(s.last_poll), "last_success": iso(s.last_success), "last_error": s.last_error,
                "failures": s.failures, "next_poll": iso(s.next_poll), "articles_day": self.day,
                "articles_week": self.week}


def iso(moment: float | None) -> str | None:
    if moment is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def next_poll(now: float, every: float, failures: int, rng: random.Random) -> float:
    """When to poll again: the interval (jittered), doubled per failure in a row up to the cap."""
    wait = every if failures == 0 else min(every * 2 ** failures, max(BACKOFF_CAP, every))
    return now + wait * (1 + rng.uniform(-JITTER, JITTER))


class SourceBook:
    """The sources and seen links of one store (through its connection; the store's migrations made the tables)."""

    def __init__(self, store: Store) -> None:
        self.db = store

    # --- the sources ------------------------------------------------------------------------------------------

    def add(self, url: str, every: float, name: str = "", kind: str = "auto", now: float | None = None) -> Source:
        from warta.ingest.web import is_url  # here, not at import: httpx would slow every `warta` command

        if not is_url(url):
            raise InputError(url, "a source is an http(s) URL")
        if kind not in KINDS:
            raise InputError(kind, f"unknown source kind; one of {', '.join(KINDS)}")
        now = time.time() if now is None else now
        with self.db.transaction():
            added = self.db.value(
                "INSERT INTO sources (url, name, kind, every, added, next_poll) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (url) DO NOTHING RETURNING id",
                (url, name or urlsplit(url).netloc, kind, every, now, now))
        if added is None:
            raise InputError(url, "already a source")
        return self.get(added)

    def get(self, source_id: int) -> Source | None:
        row = self.db.row("SELECT * FROM sources WHERE id = ?", (source_id,))
        return Source(**dict(row)) if row else None

    def find(self, key: str) -> Source | None:
        """A source by id, URL or name; InputError when a name is shared (the id or URL then says which)."""
        row = self.db.row("SELECT * FROM sources WHERE url = ? OR CAST(id AS TEXT) = ?", (key, key))
        if row is not None:
            return Source(**dict(row))
        rows = self.db.rows("SELECT * FROM sources WHERE name = ?", (key,))
        if len(rows) > 1:
            raise InputError(key, f"names {len(rows)} sources; say which by id or URL")
        return Source(**dict(rows[0])) if rows else None

    def remove(self, source: Source) -> None:
        """Its seen links stay: adding it back refetches nothing."""
        with self.db.transaction():
            self.db.run("DELETE FROM sources WHERE id = ?", (source.id,))

    def all(self) -> list[Source]:
        return [Source(**r) for r in self.db.rows("SELECT * FROM sources ORDER BY id")]

    def due(self, now: float) -> list[Source]:
        rows = self.db.rows("SELECT * FROM sources WHERE next_poll <= ? ORDER BY next_poll, id", (now,))
        return [Source(**r) for r in rows]

    def next_due(self) -> float | None:
        return self.db.value("SELECT MIN(next_poll) AS t FROM sources")

    def health(self, now: float | None = None) -> list[Health]:
        now = time.time() if now is None else now
        counts = {r["source_id"]: (r["day"], r["week"]) for r in self.db.rows(
            "SELECT source_id, SUM(CASE WHEN first_seen >= ? THEN 1 ELSE 0 END) AS day, COUNT(*) AS week"
            " FROM seen_urls WHERE status = 'new' AND first_seen >= ? GROUP BY source_id", (now - DAY, now - 7 * DAY))}
        return [Health(s, *counts.get(s.id, (0, 0))) for s in self.all()]

    # --- the outcome of one poll ------------------------------------------------------------------------------

    def record_success(self, source: Source, now: float, rng: random.Random, kind: str = "",
                       validators: dict[str, str] | None = None) -> None:
        """A poll that read the source. ``validators`` None keeps the old ones; {} forgets them (the next poll
        then reads the source in full, as after a poll cut short)."""
        etag, modified = source.etag, source.last_modified
        if validators is not None:
            etag, modified = validators.get("etag"), validators.get("last_modified")
        with self.db.transaction():
            self.db.run(
                "UPDATE sources SET kind = ?, etag = ?, last_modified = ?, last_poll = ?, last_success = ?,"
                " last_error = NULL, failures = 0, next_poll = ? WHERE id = ?",
                (kind or source.kind, etag, modified, now, now, next_poll(now, source.every, 0, rng), source.id))

    def record_failure(self, source: Source, reason: str, now: float, rng: random.Random) -> float:
        """A poll that could not read the source; returns when it is tried again."""
        failures = source.failures + 1
        again = next_poll(now, source.every, failures, rng)
        with self.db.transaction():
            self.db.run("UPDATE sources SET last_poll = ?, last_error = ?, failures = ?, next_poll = ?"
                            " WHERE id = ?", (now, reason[:500], failures, again, source.id))
        return again

    # --- seen links -------------------------------------------------------------------------------------------

    def is_seen(self, url: str) -> bool:
        """Stored already, or failed often enough to leave alone."""
        row = self.db.row("SELECT status, tries FROM seen_urls WHERE url = ?", (url,))
        return row is not None and (row["status"] != "failed" or row["tries"] >= MAX_LINK_TRIES)

    def mark(self, source: Source, outcomes: Iterable[tuple[str, str, str | None, str | None]], now: float) -> None:
        """(url, status, article id, error) for each link a poll handled: new, duplicate or failed."""
        with self.db.transaction():
            for url, status, article_id, error in outcomes:
                self.db.run(
                    "INSERT INTO seen_urls (url, source_id, first_seen, status, article_id, error)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET status = excluded.status,"
                    " tries = seen_urls.tries + 1, article_id = excluded.article_id, error = excluded.error,"
                    " first_seen = excluded.first_seen", (url, source.id, now, status, article_id, error))

    def count_seen(self) -> int:
        return self.db.value("SELECT COUNT(*) AS n FROM seen_urls")
