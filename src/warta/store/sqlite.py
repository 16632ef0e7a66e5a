"""The embedded store: one SQLite file. Articles keep their annotations as compressed JSON records (rows.py)
beside indexed columns."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from warta.model import Article
from warta.store.base import SUMMARY_COLUMNS, SQLStore, article_filters
from warta.store.fts import SearchRefused, fts_query
from warta.store.rows import ARTICLE_COLUMNS, article_from_row, body_text, compress
from warta.store.schema import MIGRATIONS

# Seconds a writer waits for another process's write transaction before giving up. Several `warta ingest`
# processes share one file: the story phase of one holds the write lock while it groups its batch (about a minute
# for 1,000 detik articles on a 2-core machine), and the others wait for it rather than fail.
BUSY_TIMEOUT_S = 600.0


class SQLiteStore(SQLStore):
    def __init__(self, path: str) -> None:
        self.path = path
        # autocommit: transactions are begun explicitly (``transaction``), always IMMEDIATE, so a writer takes the
        # write lock before it reads what it will write, and waits for it instead of failing mid-way
        self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self._depth = 0
        # the full-text index reads compressed bodies through this (schema migration 8)
        self.db.create_function("warta_text", 1, body_text, deterministic=True)
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

    # --- the hooks SQLStore runs its statements through ------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        return [dict(r) for r in self.db.execute(sql, tuple(params))]

    def run(self, sql: str, params: Iterable[Any] = ()) -> int:
        return self.db.execute(sql, tuple(params)).rowcount

    def run_many(self, sql: str, rows: list[tuple]) -> None:
        self.db.executemany(sql, rows)

    def encode_record(self, record: str) -> bytes:
        """Compressed (rows.py): SQLite does not compress values itself, as PostgreSQL does large ones."""
        return compress(record)


    def encode_body(self, body: str) -> bytes:
        """Compressed, as the records are (Indonesian news text to about 45%)."""
        return compress(body)

    # --- reading --------------------------------------------------------------------------------------------

    def iter_articles(self, order: str = "published", **filters: Any) -> Iterator[Article]:
        """Every article, or those the filters of ``list_articles`` choose (outlet, since, until, story, ...)."""
        column = {"published": "published, rowid", "ingested": "rowid"}[order]
        where, params = article_filters(**filters)
        for row in self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles {where} ORDER BY {column}", params):
            yield article_from_row(row)

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
