"""One store connection per worker thread.

FastAPI runs plain ``def`` endpoints in a thread pool; a sqlite3 connection must stay on the thread that opened
it, and a psycopg connection runs one statement at a time, so each thread opens its own store on first use and
keeps it. Readers run beside the writer (SQLite's WAL mode, PostgreSQL's MVCC); this server's writers are
serialised by ``write_lock`` (and, across processes, by the store itself).
"""

from __future__ import annotations

import contextlib
import threading

from warta.store import open_store
from warta.store.base import Store


class StorePool:
    def __init__(self, path: str) -> None:
        self.path = path
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._opened: list[Store] = []
        self._guard = threading.Lock()
        open_store(path).close()  # create or migrate the store once, before any request

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.path)
            self._local.store = store
            with self._guard:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """At shutdown. sqlite3 refuses to close another thread's connection; the process exit closes those."""
        with self._guard:
            for store in self._opened:
                with contextlib.suppress(Exception):
                    store.close()
            self._opened.clear()
