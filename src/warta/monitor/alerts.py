"""Saved alerts: full-text queries, entities, outlets, and story events (a story reaches N outlets, gets a
conflicting figure, or a new upstream source). Each alert checks every article stored since it last looked (from
`warta watch` or `warta ingest` alike) and keeps each hit once."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from urllib.parse import quote

from warta.errors import InputError
from warta.model import Article, Story
from warta.store.base import Store
from warta.store.fts import fts_query
from warta.store.rows import body_text
from warta.stories.compare import outlet_name

ARTICLE_KINDS = ("query", "entity", "outlet")
STORY_KINDS = ("story-outlets", "story-conflict", "story-upstream")
KINDS = ARTICLE_KINDS + STORY_KINDS
# Members read for a story event: a story larger than this has long since reached any outlet count worth an alert.
MAX_STORY_MEMBERS = 200
# Hits listed per alert on the web page and in its Atom feed.
LATEST_HITS = 50


@dataclass(slots=True)
class Alert:
    id: int
    name: str
    kind: str
    value: str
    webhook: str = ""
    secret: str = ""
    created: float = 0.0
    checked: int = 0  # the highest articles rowid this alert has been checked against

    def describe(self) -> str:
        return {"query": f"articles matching {self.value!r}", "entity": f"articles naming {self.value}",
                "outlet": f"articles from {self.value}", "story-outlets": f"a story reaches {self.value} outlets",
                "story-conflict": "a story gets a conflicting figure",
                "story-upstream": "a story gets a new upstream source"}[self.kind]

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "value": self.value,
                "describe": self.describe(), "webhook": self.webhook, "signed": bool(self.secret)}


@dataclass(slots=True)
class Hit:
    alert_id: int
    key: str  # what the hit is about, once per alert: "article:ID", "story:ID:outlets", "story:ID:upstream:NAME"
    title: str
    link: str  # a path on `warta serve`: /articles/ID or /stories/ID
    summary: str
    data: dict = field(default_factory=dict)
    at: float = 0.0
    id: int = 0
    delivered: float | None = None
    attempts: int = 0
    last_error: str | None = None

    def as_dict(self) -> dict:
        return {"id": self.id, "alert": self.alert_id, "key": self.key, "title": self.title, "link": self.link,
                "summary": self.summary, "at": self.at, "data": self.data, "delivered": self.delivered,
                "attempts": self.attempts, "last_error": self.last_error}


class AlertBook:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store

    def add(self, name: str, kind: str, value: str = "", webhook: str = "", secret: str = "",
            now: float | None = None) -> Alert:
        """A new alert looks only at articles stored from now on."""
        if kind not in KINDS:
            raise InputError(kind, f"unknown alert kind; one of {', '.join(KINDS)}")
        if kind in ARTICLE_KINDS and not value.strip():
            raise InputError(name, f"a {kind} alert needs a value")
        if kind == "query" and not fts_query(value):  # the same words make a tsquery on PostgreSQL
            raise InputError(value, "the query has no words to search for")
        if kind == "story-outlets" and not (value.isdigit() and int(value) >= 2):
            raise InputError(value, "story-outlets needs a number of outlets, 2 or more")
        if webhook and not webhook.startswith(("http://", "https://")):
            raise InputError(webhook, "a webhook is an http(s) URL")
        now = time.time() if now is None else now
        latest = self.store.latest_seq()
        with self.db.transaction():
            added = self.db.value(
                "INSERT INTO alerts (name, kind, value, webhook, secret, created, checked)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", (name, kind, value.strip(), webhook, secret, now, latest))
        return self.get(added)

    def get(self, alert_id: int) -> Alert | None:
        row = self.db.row("SELECT * FROM alerts WHERE id = ?", (alert_id,))
        return Alert(**row) if row else None

    def find(self, key: str) -> Alert | None:
        row = self.db.row("SELECT * FROM alerts WHERE name = ? OR CAST(id AS TEXT) = ? ORDER BY id LIMIT 1",
                          (key, key))
        return Alert(**row) if row else None

    def all(self) -> list[Alert]:
        return [Alert(**r) for r in self.db.rows("SELECT * FROM alerts ORDER BY id")]

    def remove(self, alert: Alert) -> None:
        with self.db.transaction():
            self.db.run("DELETE FROM alerts WHERE id = ?", (alert.id,))

    def hits(self, alert_id: int, limit: int = LATEST_HITS) -> list[Hit]:
        rows = self.db.rows("SELECT * FROM alert_hits WHERE alert_id = ? ORDER BY id DESC LIMIT ?",
                            (alert_id, limit))
        return [_hit(r) for r in rows]

    def count_hits(self, alert_id: int) -> int:
        return self.db.value("SELECT COUNT(*) AS n FROM alert_hits WHERE alert_id = ?", (alert_id,))

    # --- checking new articles --------------------------------------------------------------------------------

    def check(self, now: float | None = None) -> list[Hit]:
        """Check every alert against the articles stored since it last looked; store and return the new hits."""
        now = time.time() if now is None else now
        latest = self.store.latest_seq()
        found: list[Hit] = []
        for alert in self.all():
            if alert.checked >= latest:
                continue
            hits = _matches(self.store, alert, alert.checked, latest)
            with self.db.transaction():
                for hit in hits:
                    hit.at = now
                    if self._insert(hit):
                        found.append(hit)
                self.db.run("UPDATE alerts SET checked = ? WHERE id = ?", (latest, alert.id))
        return found

    def _insert(self, hit: Hit) -> bool:
        added = self.db.value(
            "INSERT INTO alert_hits (alert_id, key, at, title, link, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (alert_id, key) DO NOTHING RETURNING id",
            (hit.alert_id, hit.key, hit.at, hit.title, hit.link, hit.summary, json.dumps(hit.data, ensure_ascii=False)))
        if added is None:
            return False  # this alert already told of it
        hit.id = added
        return True

    # --- webhook bookkeeping (warta.monitor.notify sends) ------------------------------------------------------

    def pending(self, now: float, max_attempts: int) -> list[tuple[Alert, Hit]]:
        rows = self.db.rows(
            "SELECT h.* FROM alert_hits h JOIN alerts a ON a.id = h.alert_id WHERE a.webhook <> ''"
            " AND h.delivered IS NULL AND h.attempts < ? AND COALESCE(h.next_attempt, 0) <= ? ORDER BY h.id",
            (max_attempts, now))
        alerts = {a.id: a for a in self.all()}
        return [(alerts[r["alert_id"]], _hit(r)) for r in rows]

    def next_attempt(self, max_attempts: int) -> float | None:
        return self.db.value(
            "SELECT MIN(COALESCE(h.next_attempt, 0)) AS t FROM alert_hits h JOIN alerts a ON a.id = h.alert_id"
            " WHERE a.webhook <> '' AND h.delivered IS NULL AND h.attempts < ?", (max_attempts,))

    def record_delivery(self, hit: Hit, now: float, error: str | None, retry_at: float | None) -> None:
        with self.db.transaction():
            self.db.run(
                "UPDATE alert_hits SET attempts = attempts + 1, delivered = ?, last_error = ?, next_attempt = ?"
                " WHERE id = ?", (None if error else now, error, retry_at, hit.id))


def _hit(row: dict) -> Hit:
    return Hit(alert_id=row["alert_id"], key=row["key"], title=row["title"], link=row["link"],
               summary=row["summary"], data=json.loads(row["data"]), at=row["at"], id=row["id"],
               delivered=row["delivered"], attempts=row["attempts"], last_error=row["last_error"])


def _matches(store: Store, alert: Alert, after: int, upto: int) -> list[Hit]:
    if alert.kind in ARTICLE_KINDS:
        return [_article_hit(store, alert, article_id) for article_id in _matching_articles(store, alert, after, upto)]
    hits = []
    for story_id in _touched_stories(store, after, upto):
        story = store.get_story(story_id)
        if story is not None:
            hits += _story_hits(store, alert, story)
    return hits


def _matching_articles(store: Store, alert: Alert, after: int, upto: int) -> list[str]:
    window = (after, upto)
    seq = store.ORDER_COLUMN
    if alert.kind == "query":
        return store.search_ids_between(alert.value, after, upto)
    if alert.kind == "entity":
        sql = (f"SELECT a.id, a.{seq} FROM articles a WHERE a.{seq} > ? AND a.{seq} <= ? AND a.id IN"
               " (SELECT ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
               f" WHERE e.id = ? OR lower(e.name) = lower(?)) ORDER BY a.{seq}")
        return [r["id"] for r in store.rows(sql, (*window, alert.value, alert.value))]
    sql = f"SELECT id FROM articles WHERE lower(outlet) = lower(?) AND {seq} > ? AND {seq} <= ? ORDER BY {seq}"
    return store.column(sql, (alert.value, *window))


def _article_hit(store: Store, alert: Alert, article_id: str) -> Hit:
    found = store.row("SELECT title, outlet, url, published, body FROM articles WHERE id = ?", (article_id,))
    row = [*list(found.values())[:4], body_text(found["body"])[:300]] if found else [None] * 5
    story = store.story_of(article_id)
    return Hit(alert.id, f"article:{article_id}", row[0] or article_id, f"/articles/{quote(article_id)}",
               f"{row[1] or 'unknown outlet'}: {row[4]}",
               {"event": alert.kind, "article": article_id, "story": story, "outlet": row[1], "url": row[2],
                "published": row[3]})


def _touched_stories(store: Store, after: int, upto: int) -> list[str]:
    seq = store.ORDER_COLUMN
    return store.column(
        "SELECT DISTINCT s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
        f" WHERE a.{seq} > ? AND a.{seq} <= ? ORDER BY s.story_id", (after, upto))


def _story_hits(store: Store, alert: Alert, story: Story) -> list[Hit]:
    members = [a for aid in story.articles[:MAX_STORY_MEMBERS] if (a := store.get_article(aid)) is not None]
    outlets = sorted({outlet_name(a) for a in members})
    base = {"event": alert.kind, "story": story.id, "outlets": outlets, "articles": len(story.articles)}
    link = f"/stories/{quote(story.id)}"
    if alert.kind == "story-outlets":
        if len(outlets) < int(alert.value):
            return []
        return [Hit(alert.id, f"story:{story.id}:outlets", story.title or story.id, link,
                    f"{len(outlets)} outlets: {', '.join(outlets)}", base)]
    if alert.kind == "story-conflict":
        return [Hit(alert.id, f"story:{story.id}:conflict:{c.what}", f"{story.title or story.id}: {c.what}", link,
                    "; ".join(f"{s.outlet}: {s.value if s.value is not None else s.date} {s.hedge}".strip()
                              for s in c.sides), {**base, "what": c.what})
                for c in story.comparisons if c.verdict == "conflict"]
    return [Hit(alert.id, f"story:{story.id}:upstream:{source.lower()}", f"{story.title or story.id}: {source}",
                link, f"new upstream source {source}", {**base, "source": source})
            for source in _upstream_sources(story, members)]


def _upstream_sources(story: Story, members: list[Article]) -> list[str]:
    """Who the story's articles cite or republish: its traced provenance, or the members' own citations."""
    inside = set(story.articles)
    names = [e.target for e in story.provenance if e.target not in inside]
    names += [c.source for a in members for c in a.citations]
    return sorted({n.strip() for n in names if n and n.strip()}, key=str.lower)
