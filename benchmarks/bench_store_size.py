"""What the embedded store keeps per article: Detik text articles and scrapinghub HTML pages, ingested as
`warta ingest` does (default settings, no --keep-source), in steps.

    PYTHONPATH=src WARTA_SHARED=../shared python benchmarks/bench_store_size.py [--detik 1000] [--html 181]

After each step the SQLite file is checkpointed and measured: KB per stored article so far, the marginal KB per
article of the step, and the KB per article less the parts whose size is bounded whatever the store holds (the
live-story index, at most warta.stories.cluster.LIVE_STORIES stories, and the state row of its term counts): on a
few hundred articles those parts are still filling, while in a store of millions they are a rounding error. At the
end, the share of each table and index (SQLite's dbstat). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import tempfile
from pathlib import Path

from bench_ingest import _detik_items, _html_pages

from warta import batch
from warta.model import RawDocument
from warta.store import SQLiteStore


def _size(path: Path) -> int:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


BOUNDED = ("story_index", "sqlite_autoindex_story_index_1", "state", "sqlite_autoindex_state_1")


def _tables(path: Path, articles: int) -> list[tuple[str, float]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    return [(name, size / 1024 / articles) for name, size in rows]


def measure(label: str, items: list, steps: int, folder: Path) -> None:
    path = folder / f"{label}.db"
    stored, before_bytes, before_new = 0, _empty_size(path), 0
    print(f"{label}: {'articles':>9} {'KB/article':>11} {'marginal KB/article':>20} {'less bounded parts':>19}")
    chunk = -(-len(items) // steps)
    for start in range(0, len(items), chunk):
        with SQLiteStore(str(path)) as store:
            stored += batch.ingest_documents(store, items[start:start + chunk]).new
        size = _size(path)
        marginal = (size - before_bytes) / 1024 / max(stored - before_new, 1)
        unbounded = sum(kb for name, kb in _tables(path, max(stored, 1)) if name not in BOUNDED)
        print(f"{label}: {stored:>9} {size / 1024 / max(stored, 1):>11.1f} {marginal:>20.1f} {unbounded:>19.1f}",
              flush=True)
        before_bytes, before_new = size, stored
    print(f"{label}: KB per article by table and index (top 10)")
    for name, kb in _tables(path, stored)[:10]:
        print(f"    {name:<32} {kb:6.2f}")


def _empty_size(path: Path) -> int:
    with SQLiteStore(str(path)):
        pass
    return _size(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--detik", type=int, default=1000, help="Detik articles (of 1,000)")
    parser.add_argument("--html", type=int, default=181, help="scrapinghub pages (of 181)")
    parser.add_argument("--steps", type=int, default=4)
    args = parser.parse_args()
    logging.disable(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.detik:
            measure("detik", _detik_items(args.detik, folder), args.steps, folder)
        if args.html:
            pages = [RawDocument(data=p.read_bytes(), origin=str(p)) for p in _html_pages(args.html)]
            measure("html", pages, args.steps, folder)


if __name__ == "__main__":
    main()
