"""The embedded store: one SQLite file. Articles keep their full annotations as JSON beside indexed columns."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from warta.model import Article
from warta.store.base import SUMMARY_COLUMNS, SQLStore, article_filters, article_from_json
from warta.store.fts import SearchRefused, fts_query
from warta.store.schema import MIGRATIONS


class SQLiteStore(SQLStore):
    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db:
                self.db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    # --- the hooks SQLStore runs its statements through ------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        return [dict(r) for r in self.db.execute(sql, tuple(params))]

    def run(self, sql: str, params: Iterable[Any] = ()) -> int:
        return self.db.execute(sql, tuple(params)).rowcount

    def run_many(self, sql: str, rows: list[tuple]) -> None:
        self.db.executemany(sql, rows)

    def transaction(self) -> sqlite3.Connection:
        return self.db

    # --- reading --------------------------------------------------------------------------------------------

    def iter_articles(self, order: str = "published", **filters: Any) -> Iterator[Article]:
        """Every article, or those the filters of ``list_articles`` choose (outlet, since, until, story, ...)."""
        column = {"published": "published, rowid", "ingested": "rowid"}[order]
        where, params = article_filters(**filters)
        for row in self.db.execute(f"SELECT data FROM articles {where} ORDER BY {column}", params):
            yield article_from_json(row["data"])

    def search(self, query: str, limit: int = 20, offset: int = 0, seconds: float | None = None) -> list[dict]:
        """Full-text search; the query is quoted term by term so user text is never FTS5 syntax. With ``seconds``,
        a search that has worked that long is stopped (SearchRefused)."""
        match = fts_query(query)
        if not match:
            return []
        with self._time_limit(seconds):
            rows = self.db.execute(
                f"SELECT {', '.join('a.' + c for c in SUMMARY_COLUMNS)},"
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

    def search_ids_between(self, query: str, after: int, upto: int) -> list[str]:
        match = fts_query(query)
        if not match:
            return []
        return self.column("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                           " WHERE articles_fts MATCH ? AND a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid",
                           (match, after, upto))

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
