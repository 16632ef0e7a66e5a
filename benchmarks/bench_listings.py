"""The reads behind /entities, /api/entities, /api/stories?order=largest and /api/status as a store grows: the
maintained entity counts and indexes (SQLite migration 5) beside the aggregate over every link that the entity
listing ran before, on copies of really ingested articles.

    warta ingest ../shared/data/detik-1000-id-news/data_berita.csv --db /tmp/detik.db
    PYTHONPATH=src python benchmarks/bench_listings.py --db /tmp/detik.db [--sizes 1000,4000]

The articles and stories of --db are copied under new ids into a new store until each size (entities are shared
by the copies, so popular ones grow as in a real store); each read is timed, median of 7. Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warta.store import open_store
from warta.store.base import Store

AGGREGATED = ("SELECT e.id, e.name, e.label, COUNT(ae.article_id) AS articles FROM entities e"
              " LEFT JOIN article_entities ae ON ae.entity_id = e.id GROUP BY e.id ORDER BY articles DESC, e.name"
              " LIMIT 50")  # the entity listing before migration 5


def grow(target: Store, source: Store, size: int) -> None:
    """Copy the source's articles (and their stories) under new ids until the target holds ``size``."""
    articles = list(source.iter_articles(order="ingested"))
    stories = [source.get_story(r["id"]) for r in source.list_stories(limit=1_000_000)]
    copy = target.get_state("bench.copies", 0)
    while target.count_articles() < size:
        prefix = f"{copy:04x}"
        batch = []
        for article in articles[: size - target.count_articles()]:
            article.id = prefix + article.id[4:]
            batch.append(article)
        target.add_articles(batch)
        copied = {a.id[4:] for a in batch}
        for story in stories:
            story.id = prefix + story.id[4:]
            story.articles = [prefix + a[4:] for a in story.articles if a[4:] in copied]
        target.save_stories([s for s in stories if s.articles])
        copy += 1
    target.set_state("bench.copies", copy)


def timed(read: Callable[[], object]) -> float:
    times = []
    for _ in range(7):
        start = time.perf_counter()
        read()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store ingested from real news")
    parser.add_argument("--sizes", default="1000,4000")
    args = parser.parse_args()
    reads: dict[str, Callable[[Store], object]] = {
        "entities (maintained count)": lambda s: s.list_entities(limit=50),
        "entities (aggregate, before)": lambda s: s.rows(AGGREGATED),
        "entities PER (maintained)": lambda s: s.list_entities(limit=50, label="PER"),
        "stories order=largest": lambda s: s.list_stories(limit=50, order="largest"),
        "stories order=newest": lambda s: s.list_stories(limit=50, order="newest"),
        "status counts": lambda s: (s.count_articles(), s.count_stories(), s.count_stories(min_size=2)),
    }
    with tempfile.TemporaryDirectory() as folder, open_store(args.db, create=False) as source, \
            open_store(str(Path(folder) / "grown.db")) as target:
        sizes = [int(n) for n in args.sizes.split(",")]
        results = {}
        for size in sizes:
            grow(target, source, size)
            results[size] = {name: timed(lambda read=read: read(target)) for name, read in reads.items()}
            print(f"{target.count_articles()} articles, {target.count_entities()} entities, "
                  f"{target.count_stories()} stories", flush=True)
        print(f"{'read (ms, median of 7)':32}" + "".join(f"{n:>10}" for n in sizes) + "     ratio")
        for name in reads:
            row = [results[n][name] for n in sizes]
            print(f"{name:32}" + "".join(f"{ms:10.2f}" for ms in row) + f"{row[-1] / row[0]:10.2f}")


if __name__ == "__main__":
    main()
