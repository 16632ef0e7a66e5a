"""One SQLite connection per worker thread.

FastAPI runs plain ``def`` endpoints in a thread pool; a sqlite3 connection must stay on the thread that opened
it, so each thread opens its own store on first use and keeps it. WAL mode (set by the store) lets readers run
beside the one writer; writers are serialised by ``write_lock``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading

from warta.store.sqlite import SQLiteStore


class StorePool:
    def __init__(self, path: str) -> None:
        self.path = path
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._opened: list[SQLiteStore] = []
        self._guard = threading.Lock()
        SQLiteStore(path).close()  # create or migrate the file once, before any request

    def get(self) -> SQLiteStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path)
            self._local.store = store
            with self._guard:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """At shutdown. sqlite3 refuses to close another thread's connection; the process exit closes those."""
        with self._guard:
            for store in self._opened:
                with contextlib.suppress(sqlite3.ProgrammingError):
                    store.close()
            self._opened.clear()
