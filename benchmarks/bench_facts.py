"""Fact-stage throughput: articles per second for the citations, quotes, dates and claims stages on the detik
bodies, after the earlier stages have run once (their cost is not counted); then English attribution (rules,
dependency parse and judge) on the PolNeAR dev texts. Prints figures; asserts nothing.

    python benchmarks/bench_facts.py [--shared ../shared] [--limit 500]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

from warta import pipeline
from warta.errors import InputError
from warta.model import RawDocument
from warta.resources import Resources

FACT_STAGES = ("citations", "quotes", "dates", "claims")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("WARTA_SHARED", "../shared")))
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    with (args.shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["isi_berita"].strip()][: args.limit]
    resources = Resources()
    before = tuple(s for s in pipeline.STAGES if s.name not in FACT_STAGES)
    facts = tuple(s for s in pipeline.STAGES if s.name in FACT_STAGES)
    articles = []
    for r in rows:
        raw = RawDocument(data=(r["judul"] + "\n\n" + r["isi_berita"]).encode(), origin=r["id"])
        try:
            articles.append(pipeline.process(raw, resources, before))
        except InputError:
            continue
    counts = dict.fromkeys(FACT_STAGES, 0.0)
    found = {"quotes": 0, "citations": 0, "dates": 0, "claims": 0}
    for article in articles:
        for stage in facts:
            t = time.perf_counter()
            stage.run(article, resources)
            counts[stage.name] += time.perf_counter() - t
        for key in found:
            found[key] += len(getattr(article, key))
    total = sum(counts.values())
    print(f"{len(articles)} detik articles, fact stages {len(articles) / total:.1f} articles/s in all")
    for name, seconds in counts.items():
        print(f"  {name:10s} {1000 * seconds / len(articles):6.2f} ms/article")
    print("  found: " + ", ".join(f"{k} {v}" for k, v in found.items()))
    english(args.shared / "data" / "polnear-attribution" / "dev")


def english(root: Path) -> None:
    """English quotes on PolNeAR dev: the first call loads the parser (counted apart), then each text is read."""
    from warta.evaluate import quotesets
    from warta.facts import attribution_parse, quotes

    if not root.is_dir():
        return
    t = time.perf_counter()
    attribution_parse.parser()
    load = time.perf_counter() - t
    texts = [text for text, _ in quotesets.polnear_documents(root)]
    t = time.perf_counter()
    found = sum(len(quotes.extract(quotesets._english_article(text), "en")) for text in texts)
    seconds = time.perf_counter() - t
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} PolNeAR dev texts (English, {words / len(texts):.0f} words each): quotes "
          f"{len(texts) / seconds:.1f} articles/s, {words / seconds:.0f} words/s; parser load {load:.1f} s; "
          f"found {found}")


if __name__ == "__main__":
    main()
