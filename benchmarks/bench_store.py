"""The two stores side by side: write throughput, duplicate handling and read latency, SQLite against PostgreSQL,
on the same articles (the shared Indonesian corpora through the pipeline, as in bench_serve.py).

    PYTHONPATH=src WARTA_SHARED=../shared python benchmarks/bench_store.py [--articles N] [--postgres URL]

The articles are processed once and kept in a SQLite file (--source, reused on later runs); each run copies them
into a new SQLite file and a new PostgreSQL database in committed batches of batch.BATCH_SIZE, then times the
reads the API makes. Without --postgres a throwaway server is started from Debian's postgresql package, as the
tests start one (tests/pg_server.py), and removed at the end. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_serve import SEARCHES, build

from warta import batch
from warta.model import Article
from warta.store import open_store
from warta.store.base import Store


def copy_into(store: Store, articles: list[Article]) -> float:
    """Articles per second stored, in committed batches."""
    started = time.perf_counter()
    for i in range(0, len(articles), batch.BATCH_SIZE):
        store.add_articles(articles[i:i + batch.BATCH_SIZE])
    return len(articles) / (time.perf_counter() - started)


def latency_ms(call: Callable[[], object], repeat: int = 3) -> tuple[float, float]:
    """(median, slowest) of ``repeat`` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def measure(name: str, store: Store, articles: list[Article]) -> None:
    written = copy_into(store, articles)
    again = copy_into(store, articles)  # every one a duplicate now
    assert store.count_articles() == len(articles)
    searches = [latency_ms(lambda q=q: (store.search(q, limit=20), store.count_search(q))) for q in SEARCHES]
    pages = latency_ms(lambda: store.list_articles(limit=50, offset=len(articles) // 2), repeat=10)
    counts = latency_ms(lambda: store.count_articles(language="id"), repeat=10)
    median = statistics.median(s[0] for s in searches)
    slowest = max(s[1] for s in searches)
    print(f"{name:10s} write {written:7.0f} articles/s  duplicates {again:7.0f} articles/s  "
          f"search+count median {median:6.1f} ms, slowest {slowest:6.1f} ms  "
          f"page {pages[0]:5.1f} ms  count {counts[0]:5.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--source", type=Path, default=Path("/tmp/warta-bench-store-source.db"))
    parser.add_argument("--postgres", help="a postgresql:// URL of an empty database (default: a throwaway server)")
    args = parser.parse_args()
    build(args.source, args.articles, regroup=False)
    with open_store(str(args.source)) as source:
        articles = list(source.iter_articles(order="ingested"))[:args.articles]
    for article in articles:
        article.ingested = ""  # stamped again by each store
    print(f"{len(articles)} articles, {sum(len(a.body) for a in articles) / len(articles):.0f} characters each")
    server = None
    url = args.postgres
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        import pg_server

        server = pg_server.start()
        url = server.new_database()
    try:
        with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "warta.db")) as sqlite:
            measure("sqlite", sqlite, articles)
        with open_store(url) as postgres:
            measure("postgresql", postgres, articles)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
