"""The stories step as the store and its stories grow: CPU ms per article at each 1,000-article batch up to 50k.

    nice python benchmarks/bench_growth.py [--total 50000] [--base 400] [--shared ../shared]

What is measured: ``warta.stories.update`` alone (CPU time of this process, ``time.process_time``), called once
per batch of 1,000 articles already stored, as the ingest calls it after storing a batch. The articles are
perturbed copies of real ones: ``--base`` articles of the Detik CSV in ../shared go once through the whole
pipeline (an ordinary ingest into a scratch store, not timed), and each copy takes an analysed article under a
new id, URL and outlet, a later publication time (the stream cycles through the base, one copy of each per round,
40 seconds apart: ~2,000 articles a day), a tenth of its words' letters shuffled and its digits changed (lengths
kept, so the annotations' offsets still point at the same sentences), and a perturbed title. Copies of one base
article join one story (and some stories fold together), so stories grow by a member a round or more: past 100
members from about 6k articles with the default base, past 300 from about 17k (above 10 members a story's
analysis covers its 3 first and 7 latest, ANALYSED_FIRST and ANALYSED_LATEST in warta.stories).

Printed per batch: articles stored, the stories step's CPU ms per article, peak RSS (MB), live stories in the
index, the largest story; at the first and last batch the reads behind /api/status, /entities, /api/entities and
/api/stories?order=largest (ms, median of 7). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import itertools
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

from bench_listings import timed  # run as a script: benchmarks/ is on sys.path

from warta import batch, stories
from warta.model import Article
from warta.store import SQLiteStore
from warta.store.base import Store

BATCH = 1_000
ROUND_SECONDS = 40  # between two copies in the stream: ~2,000 articles a day, like a national news feed


def base_articles(shared: Path, count: int, folder: Path) -> list[Article]:
    """``count`` Detik articles, each through the whole pipeline once (an ingest into a scratch store)."""
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(itertools.islice(csv.DictReader(fh), count))
    source = folder / "base.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"text": r["isi_berita"], "title": r["judul"], "url": r["tautan"],
                                 "published": r["tanggal"]}, ensure_ascii=False) + "\n")
    with SQLiteStore(str(folder / "base.db")) as store:
        batch.ingest(store, [str(source)], fetch=False)
        return list(store.iter_articles(order="ingested"))


def copies(base: list[Article]) -> Iterator[Article]:
    """Endless stream of perturbed copies: round r holds copy r of every base article, in a shuffled order."""
    rng = random.Random(1)
    clock = datetime.fromisoformat("2024-01-01T00:00:00+07:00")
    for round_ in itertools.count(1):
        for i in rng.sample(range(len(base)), len(base)):
            clock += timedelta(seconds=ROUND_SECONDS)
            yield perturbed(base[i], round_, clock, rng)


def perturbed(article: Article, round_: int, when: datetime, rng: random.Random) -> Article:
    body = _scrambled(article.body, rng)
    key = hashlib.sha1(f"{round_}:{article.id}".encode()).hexdigest()[:16]
    outlet = f"{article.meta.outlet or 'outlet'} {round_ % 37}"
    meta = dataclasses.replace(article.meta, title=_scrambled(article.meta.title, rng), outlet=outlet,
                               url=f"https://copy{round_}.example.id/{key}",
                               published=when.isoformat(timespec="seconds"), published_source="meta")
    return dataclasses.replace(article, id=key, body=body, meta=meta, source_text="", origin=meta.url)


def _scrambled(text: str, rng: random.Random) -> str:
    """A tenth of the words with their inner letters shuffled, every digit changed with a chance of a third; the
    length of every word is kept, so character offsets into the text stay valid."""
    out = []
    for word in text.split(" "):
        if len(word) > 3 and rng.random() < 0.1:
            inner = list(word[1:-1])
            rng.shuffle(inner)
            word = word[0] + "".join(inner) + word[-1]
        out.append("".join(str(rng.randrange(10)) if c.isdigit() and rng.random() < 0.33 else c for c in word))
    return " ".join(out)


def reads() -> dict[str, Callable[[Store], object]]:
    return {
        "/api/status": lambda s: (s.count_articles(), s.count_stories(), s.count_stories(min_size=2)),
        "/entities, /api/entities": lambda s: (s.list_entities(limit=50), s.count_entities()),
        "/api/stories?order=largest": lambda s: (s.list_stories(limit=50, order="largest"), s.count_stories()),
    }


def largest_story(store: Store) -> int:
    top = store.list_stories(limit=1, order="largest")
    return top[0]["size"] if top else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=50_000)
    parser.add_argument("--base", type=int, default=400)
    parser.add_argument("--shared", default=os.environ.get("WARTA_SHARED", "../shared"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        base = base_articles(Path(args.shared), args.base, folder)
        print(f"base articles through the pipeline: {len(base)}", flush=True)
        stream = copies(base)
        first: dict[str, float] = {}
        print(f"{'articles':>9} {'stories ms/article':>19} {'peak RSS MB':>12} {'live stories':>13} {'largest':>8}")
        with SQLiteStore(str(folder / "grown.db")) as store:
            for done in range(BATCH, args.total + 1, BATCH):
                articles = list(itertools.islice(stream, BATCH))
                store.add_articles(articles)
                cpu = time.process_time()
                with store.transaction():
                    stories.update(store, [a.id for a in articles], articles)
                ms = 1000 * (time.process_time() - cpu) / BATCH
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                live = store.value("SELECT COUNT(*) AS n FROM story_index")
                print(f"{done:>9} {ms:>19.2f} {peak:>12.0f} {live:>13} {largest_story(store):>8}", flush=True)
                if done == BATCH or done + BATCH > args.total:
                    figures = {what: timed(lambda read=read: read(store)) for what, read in reads().items()}
                    first = first or figures
                    print("   reads (ms, median of 7): " + ", ".join(
                        f"{what} {ms:.2f} ({ms / first[what]:.2f}x the first)" for what, ms in figures.items()),
                        flush=True)


if __name__ == "__main__":
    main()
