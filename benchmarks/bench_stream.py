"""Streaming story clustering at scale: articles/s and peak memory at 10k, 30k and 100k articles.

The stream mixes the shared Indonesian and English corpora (indosum, detik, narasipal headlines, UCI headlines,
ECB+ documents), cycled with perturbations (words dropped, sentences reordered, a random suffix) so later passes
are new articles rather than exact repeats. Each article goes through the same path as an ingest: features, the
MinHash copy index, and the online story index. Figures are printed, never asserted.

    nice python benchmarks/bench_stream.py [--total 100000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import json
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warta.model import Article, Metadata
from warta.stories.stream import Streamer

CHECKPOINTS = (10_000, 30_000, 100_000)
WINDOW = 2_000  # articles per rate measurement, ending at each checkpoint


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=CHECKPOINTS[-1])
    parser.add_argument("--shared", default=os.environ.get("WARTA_SHARED", "../shared"))
    args = parser.parse_args()
    data = Path(args.shared) / "data"
    csv.field_size_limit(sys.maxsize)
    sources = _sources(data)
    print(f"source articles: {len(sources)}", flush=True)
    streamer = Streamer()
    stream = _perturbed(sources)
    checkpoints = [c for c in CHECKPOINTS if c <= args.total] or [args.total]
    started = time.perf_counter()
    marks: dict[int, float] = {}
    print(f"{'articles':>9} {'art/s (last 2k)':>16} {'ms/article':>11} {'peak RSS MB':>12} {'live stories':>13}")
    for n, article in enumerate(itertools.islice(stream, args.total), 1):
        streamer.add(article)
        if n + WINDOW in checkpoints:
            marks[n + WINDOW] = time.perf_counter()
        if n in checkpoints:
            rate = WINDOW / (time.perf_counter() - marks.get(n, started))
            gc.collect()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{n:>9} {rate:>16.0f} {1000 / rate:>11.2f} {peak:>12.0f} {len(streamer.index.live):>13}",
                  flush=True)
    total = time.perf_counter() - started
    print(f"total: {args.total} articles in {total:.0f} s ({args.total / total:.0f} articles/s overall)")


def _sources(data: Path) -> list[Article]:
    articles: list[Article] = []
    with (data / "indosum-devfolds/indosum_dev_union.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            paragraphs = [" ".join(" ".join(s) for s in p) for p in doc["paragraphs"]]
            articles.append(_article(paragraphs[0][:120], "\n".join(paragraphs), doc.get("source", ""), "id"))
    with (data / "detik-1000-id-news/data_berita.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            articles.append(_article(row["judul"], row["isi_berita"], "detik", "id"))
    for path in sorted((data / "narasipal-id-headlines").glob("*_master.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                articles.append(_article(row["article_title"], row["article_title"], path.stem, "id"))
    for path in (data / "uci-news-aggregator-sample").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                articles.append(_article(row["TITLE"], row["TITLE"], row["PUBLISHER"], "en"))
    with (data / "ecbplus-event-clusters/documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            articles.append(_article("", doc["text"], "ecb", "en"))
    random.Random(0).shuffle(articles)
    return articles


def _article(title: str, body: str, outlet: str, language: str) -> Article:
    return Article(id="", origin=outlet, body=body, meta=Metadata(title=title, outlet=outlet, language=language))


def _perturbed(sources: list[Article]) -> Iterator[Article]:
    """Endless stream: pass 0 is the corpora as they are, later passes perturbed copies, time moving forward."""
    rng = random.Random(1)
    clock = datetime(2024, 1, 1, tzinfo=UTC)
    for round_ in itertools.count():
        for i, source in enumerate(sources):
            body = source.body if round_ == 0 else _perturb(source.body, rng)
            title = source.meta.title if round_ == 0 else _perturb(source.meta.title, rng)
            clock += timedelta(seconds=40)  # ~2,000 articles a day, like a national news feed
            yield Article(id=f"{round_}-{i}", origin=source.origin, body=body,
                          meta=Metadata(title=title, outlet=source.meta.outlet, language=source.meta.language,
                                        published=clock.isoformat(timespec="seconds")))


def _perturb(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    kept = [w for w in words if rng.random() > 0.15]
    if len(kept) > 20:
        cut = rng.randrange(len(kept))
        kept = kept[cut:] + kept[:cut]
    return " ".join(kept) + f" r{rng.randrange(10**6)}"


if __name__ == "__main__":
    main()
