"""Storage. SQLite by default (one file, FTS5 search); a postgresql:// URL selects a PostgreSQL server
(store/postgres.py, needs the `postgres` extra). Both implement SQLStore (store/base.py)."""

import os
import re
import sqlite3
from pathlib import Path

from warta.errors import InputError
from warta.store.base import SQLStore, Store
from warta.store.sqlite import SQLiteStore

DEFAULT_DB = "warta.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")  # libpq's URL schemes


def open_store(path: str | None = None, create: bool = True) -> SQLStore:
    """The store at ``path`` ($WARTA_DB, ./warta.db); InputError when it cannot be opened or is not ours, or,
    without ``create``, when there is no such file (a query must not leave an empty store behind a typo)."""
    path = path or os.environ.get("WARTA_DB", DEFAULT_DB)
    if path.startswith(POSTGRES_SCHEMES):
        return _open_postgres(path, create)
    if not create and path != ":memory:" and not Path(path).is_file():
        raise InputError(path, "no such store (ingest something into it first, or name another with --db)")
    try:
        return SQLiteStore(path)
    except sqlite3.Error as exc:
        raise InputError(path, f"cannot open the database ({exc})") from None


def _open_postgres(url: str, create: bool) -> SQLStore:
    shown = _without_password(url)
    try:
        import psycopg

        from warta.store.postgres import PostgresStore
    except ImportError:
        raise InputError(shown, "PostgreSQL needs psycopg: pip install 'warta[postgres]'") from None
    try:
        return PostgresStore(url, create=create)
    except LookupError as exc:
        raise InputError(shown, str(exc)) from None
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise InputError(shown, f"cannot open the database ({reason})") from None


def _without_password(url: str) -> str:
    """The URL as an error line may print it: a password (user:PASSWORD@ or ?password=) never reaches a terminal
    or a log."""
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if at and ":" in credentials:
        rest = f"{credentials.split(':', 1)[0]}:***@{host}"
    return scheme + "://" + re.sub(r"(?i)([?&]password=)[^&]*", r"\1***", rest)


__all__ = ["SQLStore", "SQLiteStore", "Store", "open_store", "DEFAULT_DB"]
