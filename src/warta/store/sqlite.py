"""The embedded store: one SQLite file. Articles keep their full annotations as JSON beside indexed columns."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from warta.model import Article, Entity, Story, from_dict, to_dict
from warta.store.fts import SearchRefused, fts_query
from warta.store.schema import MIGRATIONS

SUMMARY_COLUMNS = "id, origin, url, title, outlet, published, language, ingested"


# Seconds a writer waits for another process's write transaction before giving up. Several `warta ingest`
# processes share one file: the story phase of one holds the write lock while it groups its batch (about a minute
# for 1,000 detik articles on a 2-core machine), and the others wait for it rather than fail.
BUSY_TIMEOUT_S = 600.0


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        # autocommit: transactions are begun explicitly (``transaction``), always IMMEDIATE, so a writer takes the
        # write lock before it reads what it will write, and waits for it instead of failing mid-way
        self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self._depth = 0
        self.db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outermost, so a caller can make several writes (a whole
        story update) one atomic step that other processes wait for."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        """Run the migrations the file lacks, in one write transaction that reads the version again under the
        lock: two processes opening a new file at once, the second finds the work done."""
        if self._version() >= len(MIGRATIONS):
            return
        with self.transaction():
            version = self._version()
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

    def _version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # --- articles ---------------------------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        """Store a batch in one transaction; True for each article that was new, False for a duplicate."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        added = []
        with self.transaction():
            for article in articles:
                article.ingested = article.ingested or now
                added.append(self._insert(article))
        return added

    def _insert(self, article: Article) -> bool:
        m = article.meta
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, origin, url, title, outlet, published, language, body, data, ingested)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.origin, m.url, m.title, m.outlet, m.published or m.published_not_before,
             m.language, article.body, json.dumps(to_dict(article), ensure_ascii=False), article.ingested),
        )
        if cursor.rowcount == 0:
            return False
        self._index_entities(article)
        return True

    def _index_entities(self, article: Article) -> None:
        counts: dict[str, int] = {}
        for mention in article.mentions:
            if mention.entity:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
        for entity in article.entities:
            self.upsert_entity(entity)
        self.db.executemany(
            "INSERT OR REPLACE INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)",
            [(article.id, eid, n) for eid, n in counts.items()],
        )

    def replace_article(self, article: Article) -> None:
        """Re-processing (a better model, say) rewrites an article's annotations in place."""
        with self.transaction():
            self.db.execute("DELETE FROM article_entities WHERE article_id = ?", (article.id,))
            m = article.meta
            self.db.execute(
                "UPDATE articles SET title=?, outlet=?, published=?, language=?, body=?, data=? WHERE id=?",
                (m.title, m.outlet, m.published or m.published_not_before, m.language, article.body,
                 json.dumps(to_dict(article), ensure_ascii=False), article.id),
            )
            self._index_entities(article)

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6 and all(c in "0123456789abcdef" for c in article_id):
            rows = self.db.execute(
                "SELECT data FROM articles WHERE id LIKE ? || '%' LIMIT 2", (article_id,)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None  # an ambiguous prefix names no article
        return from_dict(Article, json.loads(row["data"])) if row else None

    def iter_articles(self, order: str = "published", **filters: Any) -> Iterator[Article]:
        """Every article, or those the filters of ``list_articles`` choose (outlet, since, until, story, ...)."""
        column = {"published": "published, rowid", "ingested": "rowid"}[order]
        where, params = _article_filters(**filters)
        for row in self.db.execute(f"SELECT data FROM articles {where} ORDER BY {column}", params):
            yield from_dict(Article, json.loads(row["data"]))

    def count_articles(self, **filters: Any) -> int:
        where, params = _article_filters(**filters)
        return self.db.execute(f"SELECT COUNT(*) FROM articles {where}", params).fetchone()[0]

    def list_articles(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[dict]:
        where, params = _article_filters(**filters)
        rows = self.db.execute(
            f"SELECT {SUMMARY_COLUMNS}, (SELECT story_id FROM story_articles s WHERE s.article_id = a.id) AS story"
            f" FROM articles a {where} ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [dict(r) for r in rows]

    def search(self, query: str, limit: int = 20, offset: int = 0, seconds: float | None = None) -> list[dict]:
        """Full-text search; the query is quoted term by term so user text is never FTS5 syntax. With ``seconds``,
        a search that has worked that long is stopped (SearchRefused)."""
        match = fts_query(query)
        if not match:
            return []
        with self._time_limit(seconds):
            rows = self.db.execute(
                f"SELECT {', '.join('a.' + c for c in SUMMARY_COLUMNS.split(', '))},"
                " snippet(articles_fts, 1, '\x02', '\x03', ' … ', 16) AS snippet, bm25(articles_fts) AS rank"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
                (match, limit, offset),
            )
            return [dict(r) for r in rows]

    def count_search(self, query: str, seconds: float | None = None) -> int:
        match = fts_query(query)
        if not match:
            return 0
        with self._time_limit(seconds):
            return self.db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                   (match,)).fetchone()[0]

    @contextmanager
    def _time_limit(self, seconds: float | None) -> Iterator[None]:
        """SQLite asks the progress handler every few thousand instructions; a true answer interrupts the query,
        so a search stops when its time is up, whether or not anyone still waits for it. The time is this
        thread's CPU time: the work the query does, not the time it waits for a busy machine (a wall-clock bound
        refused ordinary searches under load)."""
        if seconds is None:
            yield
            return
        deadline = time.thread_time() + seconds
        self.db.set_progress_handler(lambda: time.thread_time() > deadline, 10_000)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            raise SearchRefused(f"the search needs more than {seconds:g} s of work; use fewer or longer words"
                                ) from None
        finally:
            self.db.set_progress_handler(None, 0)

    # --- stories ----------------------------------------------------------------------------------------------

    def save_stories(self, stories: Iterable[Story], replace_all: bool = False) -> None:
        with self.transaction():
            if replace_all:
                self.db.execute("DELETE FROM stories")
                self.db.execute("DELETE FROM story_articles")
            for story in stories:
                self.db.execute(
                    "INSERT OR REPLACE INTO stories (id, title, size, first_seen, last_seen, data)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (story.id, story.title, len(story.articles), story.first_seen, story.last_seen,
                     json.dumps(to_dict(story), ensure_ascii=False)),
                )
                self.db.executemany(
                    "INSERT OR REPLACE INTO story_articles (article_id, story_id) VALUES (?, ?)",
                    [(a, story.id) for a in story.articles],
                )

    def get_story(self, story_id: str) -> Story | None:
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return from_dict(Story, json.loads(row["data"])) if row else None

    def list_stories(self, limit: int = 50, offset: int = 0, order: str = "newest", min_size: int = 1) -> list[dict]:
        column = {"newest": "last_seen DESC", "largest": "size DESC, last_seen DESC"}[order]
        rows = self.db.execute(
            f"SELECT id, title, size, first_seen, last_seen FROM stories WHERE size >= ?"
            f" ORDER BY {column}, id LIMIT ? OFFSET ?",
            (min_size, limit, offset),
        )
        return [dict(r) for r in rows]

    def count_stories(self, min_size: int = 1) -> int:
        return self.db.execute("SELECT COUNT(*) FROM stories WHERE size >= ?", (min_size,)).fetchone()[0]

    def ungrouped_article_ids(self) -> list[str]:
        """Articles stored but in no story yet (an ingest interrupted before it grouped them)."""
        rows = self.db.execute("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)")
        return [r[0] for r in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # --- entities ---------------------------------------------------------------------------------------------

    def upsert_entity(self, entity: Entity) -> None:
        row = self.db.execute("SELECT data FROM entities WHERE id = ?", (entity.id,)).fetchone()
        if row:
            known = from_dict(Entity, json.loads(row["data"]))
            entity.aliases = sorted(set(known.aliases) | set(entity.aliases))
            entity.roles = sorted(set(known.roles) | set(entity.roles))
            entity.country = entity.country or known.country
        self.db.execute(
            "INSERT OR REPLACE INTO entities (id, name, label, data) VALUES (?, ?, ?, ?)",
            (entity.id, entity.name, entity.label, json.dumps(to_dict(entity), ensure_ascii=False)),
        )

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self.db.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return from_dict(Entity, json.loads(row["data"])) if row else None

    def list_entities(self, limit: int = 50, offset: int = 0, label: str | None = None) -> list[dict]:
        where, params = ("WHERE e.label = ?", [label]) if label else ("", [])
        rows = self.db.execute(
            "SELECT e.id, e.name, e.label, COUNT(ae.article_id) AS articles FROM entities e"
            f" LEFT JOIN article_entities ae ON ae.entity_id = e.id {where}"
            " GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [dict(r) for r in rows]

    def articles_of_entity(self, entity_id: str) -> list[str]:
        rows = self.db.execute("SELECT article_id FROM article_entities WHERE entity_id = ?", (entity_id,))
        return [r[0] for r in rows]

    # --- story index (owned by warta.stories: the online clusterer's live stories) ------------------------------

    def load_story_index(self) -> tuple[dict | None, list[dict]]:
        rows = self.db.execute("SELECT data FROM story_index ORDER BY seq")
        return self.get_state("stories.index"), [json.loads(r[0]) for r in rows]

    def save_story_index(self, header: dict, rows: Iterable[dict], dropped: Iterable[str]) -> None:
        with self.transaction():
            self.db.executemany("DELETE FROM story_index WHERE story_id = ?", [(s,) for s in dropped])
            self.db.executemany("INSERT OR REPLACE INTO story_index (story_id, seq, data) VALUES (?, ?, ?)",
                                [(r["id"], r["seq"], json.dumps(r, ensure_ascii=False)) for r in rows])
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                            ("stories.index", json.dumps(header)))

    def publication_order(self, article_ids: list[str]) -> list[str]:
        """The given articles ordered by publication date (undated first), in chunks so any count works."""
        dated = []
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            dated += self.db.execute(f"SELECT COALESCE(published, ''), id FROM articles WHERE id IN ({marks})",
                                     chunk).fetchall()
        return [article_id for _, article_id in sorted((row[0], row[1]) for row in dated)]

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        """Drop stories folded into others (their articles were already saved under the new story)."""
        with self.transaction():
            self.db.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in story_ids])

    # --- template statistics (owned by warta.clean.templates: line counts per site) ----------------------------

    def load_template_rows(self) -> tuple[dict[str, tuple[int, dict]], dict[str, list], list[str]]:
        """(site -> (pages, line counts), fingerprint id -> keys, digests of counted pages, oldest first)."""
        rows = self.db.execute("SELECT grp, docs, lines FROM template_groups")
        groups = {r[0]: (r[1], json.loads(r[2])) for r in rows}
        prints = {r[0]: json.loads(r[1]) for r in self.db.execute("SELECT id, keys FROM template_fingerprints")}
        seen = [r[0] for r in self.db.execute("SELECT digest FROM template_seen ORDER BY seq")]
        return groups, prints, seen

    def save_template_rows(self, groups: dict[str, tuple[int, dict]], prints: dict[str, list],
                           seen: list[str], keep_seen: int = 0,
                           prune: Callable[[dict[str, int]], dict[str, int]] | None = None) -> None:
        """Add the counts given to each site's stored counts (read under the write lock, so what another process
        saved meanwhile stays counted; ``prune`` bounds the result), add fingerprints, append page digests and,
        with ``keep_seen``, keep only that many of the newest digests."""
        with self.transaction():
            for group, (docs, lines) in groups.items():
                row = self.db.execute("SELECT docs, lines FROM template_groups WHERE grp = ?", (group,)).fetchone()
                total_docs, total = (row[0], json.loads(row[1])) if row else (0, {})
                for key, n in lines.items():
                    total[key] = total.get(key, 0) + n
                total = prune(total) if prune else total
                self.db.execute("INSERT OR REPLACE INTO template_groups (grp, docs, lines) VALUES (?, ?, ?)",
                                (group, total_docs + docs, json.dumps(total)))
            self.db.executemany("INSERT OR IGNORE INTO template_fingerprints (id, keys) VALUES (?, ?)",
                                [(t, json.dumps(keys)) for t, keys in prints.items()])
            start = self.db.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM template_seen").fetchone()[0]
            self.db.executemany("INSERT OR IGNORE INTO template_seen (digest, seq) VALUES (?, ?)",
                                [(d, start + i) for i, d in enumerate(seen)])
            if keep_seen:
                self.db.execute("DELETE FROM template_seen WHERE seq <= (SELECT MAX(seq) FROM template_seen) - ?",
                                (keep_seen,))

    # --- cross-article state (the story index header) ---------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, json.dumps(value)))


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script one by one (a trigger's body stays whole), so they run inside a
    transaction this connection controls, which ``executescript`` would commit first."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def _article_filters(outlet: str | None = None, language: str | None = None, since: str | None = None,
                     until: str | None = None, entity: str | None = None, story: str | None = None
                     ) -> tuple[str, list]:
    clauses, params = [], []
    for column, value in (("outlet", outlet), ("language", language)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if since:
        clauses.append("published >= ?")
        params.append(since)
    if until:
        clauses.append("published < ? AND published <> ''")  # undated articles are not "before" anything
        params.append(until)
    if entity:
        clauses.append("id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        params.append(entity)
    if story:
        clauses.append("id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(story)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
