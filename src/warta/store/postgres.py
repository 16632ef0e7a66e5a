"""A shared store on a PostgreSQL server (psycopg 3), for several ingest processes and readers at once.

The same interface and, through SQLStore, the same statements as the SQLite store. What differs:
- writers take turns: every write transaction first takes one transaction-level advisory lock, as SQLite's
  BEGIN IMMEDIATE lets one writer at a time; a batch's INSERT ... ON CONFLICT DO NOTHING then sees every row an
  earlier batch committed, so two processes ingesting the same input store each article once and report the
  rest duplicates; nested transactions are savepoints inside the outer one, which holds the lock;
- a story update (load the live index, place the new articles, save) is one such transaction (batch.py), so two
  ingests never interleave them and every article lands in exactly one story;
- search is a tsvector column (pg_schema.py) queried with to_tsquery, ranked with ts_rank_cd and highlighted
  with ts_headline; its time bound is the server's statement_timeout.
Readers never wait for writers (MVCC): `warta serve` reads while ingests write.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors
from psycopg.types.string import StrDumperUnknown

from warta.model import Article
from warta.store.base import SUMMARY_COLUMNS, SQLStore, article_filters
from warta.store.fts import SearchRefused, tsquery
from warta.store.pg_schema import MIGRATIONS, SEARCH_BODY_CHARS
from warta.store.rows import ARTICLE_COLUMNS, article_from_row

# Advisory lock keys (any 64-bit numbers no other application on the database uses; "warta" in ASCII, then a tag)
_MIGRATE_LOCK = 0x7761727461_01
_WRITE_LOCK = 0x7761727461_02
# ts_headline: a fragment of about SQLite's snippet size (16 tokens) around the matches, marked like SQLite's.
_HEADLINE = 'StartSel="\x02", StopSel="\x03", MaxWords=16, MinWords=8, MaxFragments=1'


@functools.lru_cache(maxsize=512)
def _driver_sql(sql: str) -> str:
    """SQLStore's ``?`` placeholders in psycopg's format (a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _TextWithoutNul(StrDumperUnknown):
    """PostgreSQL text cannot hold NUL, which SQLite stores: a NUL in a page's URL or author would otherwise fail
    the whole batch. The indexed columns drop it; the article's JSON (its record) keeps it, escaped as \\u0000."""

    def dump(self, obj: str) -> bytes | bytearray | memoryview:
        return super().dump(obj.replace("\x00", "") if "\x00" in obj else obj)


class PostgresStore(SQLStore):
    ORDER_COLUMN = "seq"

    def __init__(self, url: str, create: bool = True) -> None:
        self.path = url
        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.adapters.register_dumper(str, _TextWithoutNul)
        try:
            self._migrate(create)
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def _migrate(self, create: bool) -> None:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
            exists = self.conn.execute("SELECT to_regclass('warta_schema') IS NOT NULL").fetchone()[0]
            if not exists and not create:
                raise LookupError("no warta store in this database (ingest something into it first)")
            self.conn.execute("CREATE TABLE IF NOT EXISTS warta_schema (version INTEGER NOT NULL)")
            version = self.conn.execute("SELECT MAX(version) FROM warta_schema").fetchone()[0] or 0
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self.conn.execute(script)
                self.conn.execute("INSERT INTO warta_schema (version) VALUES (%s)", (number,))

    def schema_version(self) -> int:
        return self.value("SELECT MAX(version) AS v FROM warta_schema") or 0

    # --- the hooks SQLStore runs its statements through ------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        cursor = self.conn.execute(_driver_sql(sql), tuple(params))
        names = [column.name for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def run(self, sql: str, params: Iterable[Any] = ()) -> int:
        return self.conn.execute(_driver_sql(sql), tuple(params)).rowcount

    def run_many(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(_driver_sql(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            yield

    # --- reading --------------------------------------------------------------------------------------------

    def iter_articles(self, order: str = "published", **filters: Any) -> Iterator[Article]:
        """Streamed through a server-side cursor on a connection of its own, so the caller may write meanwhile."""
        column = {"published": "published NULLS FIRST, seq", "ingested": "seq"}[order]
        where, params = article_filters(**filters)
        with psycopg.connect(self.path) as conn, conn.cursor(name="warta_iter_articles") as cursor:
            cursor.itersize = 200
            cursor.execute(_driver_sql(f"SELECT {ARTICLE_COLUMNS} FROM articles {where} ORDER BY {column}"), params)
            names = [column.name for column in cursor.description or ()]
            for row in cursor:
                yield article_from_row(dict(zip(names, row, strict=True)))

    def search(self, query: str, limit: int = 20, offset: int = 0, seconds: float | None = None) -> list[dict]:
        """Full-text search, best first, with a highlighted body fragment; user text is never tsquery syntax.
        With ``seconds``, a search still running after that long is stopped (SearchRefused)."""
        match = tsquery(query)
        if not match:
            return []
        columns = ", ".join("a." + c for c in SUMMARY_COLUMNS)
        with self._time_limit(seconds):
            return self.rows(
                f"SELECT {columns}, ts_headline('simple', left(a.body, {SEARCH_BODY_CHARS}), q.q, ?) AS snippet,"
                " -hit.rank AS rank FROM (SELECT seq, ts_rank_cd(search, q.q) AS rank FROM articles,"
                " to_tsquery('simple', ?) AS q(q) WHERE search @@ q.q ORDER BY rank DESC, seq LIMIT ? OFFSET ?) hit"
                " JOIN articles a ON a.seq = hit.seq, to_tsquery('simple', ?) AS q(q)"
                " ORDER BY hit.rank DESC, a.seq",
                (_HEADLINE, match, limit, offset, match),
            )

    def count_search(self, query: str, seconds: float | None = None) -> int:
        match = tsquery(query)
        if not match:
            return 0
        with self._time_limit(seconds):
            return self.value("SELECT COUNT(*) AS n FROM articles WHERE search @@ to_tsquery('simple', ?)",
                               (match,))

    def search_ids_between(self, query: str, after: int, upto: int) -> list[str]:
        match = tsquery(query)
        if not match:
            return []
        return self.column("SELECT id FROM articles WHERE search @@ to_tsquery('simple', ?) AND seq > ? AND seq <= ?"
                           " ORDER BY seq", (match, after, upto))

    @contextmanager
    def _time_limit(self, seconds: float | None) -> Iterator[None]:
        """The server stops a statement past statement_timeout (wall-clock time on the server, which does the
        work; set for this transaction only)."""
        if seconds is None:
            yield
            return
        try:
            with self.conn.transaction():
                milliseconds = max(1, round(seconds * 1000))  # 0 would mean no limit at all
                self.conn.execute("SELECT set_config('statement_timeout', %s, true)", (str(milliseconds),))
                yield
        except errors.QueryCanceled:
            raise SearchRefused(f"the search needs more than {seconds:g} s of work; use fewer or longer words"
                                ) from None
