"""Storage. SQLite by default (one file, FTS5 search); other stores implement the same interface."""

import os
import sqlite3
from pathlib import Path

from warta.errors import InputError
from warta.store.sqlite import SQLiteStore

DEFAULT_DB = "warta.db"


def open_store(path: str | None = None, create: bool = True) -> SQLiteStore:
    """The store at ``path`` ($WARTA_DB, ./warta.db); InputError when it cannot be opened or is not ours, or,
    without ``create``, when there is no such file (a query must not leave an empty store behind a typo)."""
    path = path or os.environ.get("WARTA_DB", DEFAULT_DB)
    if not create and path != ":memory:" and not Path(path).is_file():
        raise InputError(path, "no such store (ingest something into it first, or name another with --db)")
    try:
        return SQLiteStore(path)
    except sqlite3.Error as exc:
        raise InputError(path, f"cannot open the database ({exc})") from None


__all__ = ["SQLiteStore", "open_store", "DEFAULT_DB"]
