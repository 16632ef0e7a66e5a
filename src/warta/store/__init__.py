"""Storage. SQLite by default (one file, FTS5 search); other stores implement the same interface."""

import os

from warta.store.sqlite import SQLiteStore

DEFAULT_DB = "warta.db"


def open_store(path: str | None = None) -> SQLiteStore:
    return SQLiteStore(path or os.environ.get("WARTA_DB", DEFAULT_DB))


__all__ = ["SQLiteStore", "open_store", "DEFAULT_DB"]
