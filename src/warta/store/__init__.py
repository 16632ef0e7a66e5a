"""Storage. SQLite by default (one file, FTS5 search); other stores implement the same interface."""

import os
import sqlite3

from warta.errors import InputError
from warta.store.sqlite import SQLiteStore

DEFAULT_DB = "warta.db"


def open_store(path: str | None = None) -> SQLiteStore:
    """The store at ``path`` ($WARTA_DB, ./warta.db); InputError when it cannot be opened or is not ours."""
    path = path or os.environ.get("WARTA_DB", DEFAULT_DB)
    try:
        return SQLiteStore(path)
    except sqlite3.Error as exc:
        raise InputError(path, f"cannot open the database ({exc})") from None


__all__ = ["SQLiteStore", "open_store", "DEFAULT_DB"]
