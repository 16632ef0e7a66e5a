"""Cleaning throughput: articles per second for text dumps (the detik bodies) and for HTML pages (the scrapinghub
benchmark), warta's cleaner beside trafilatura alone on the same pages. Prints figures; asserts nothing.

    python benchmarks/bench_clean.py [--shared ../shared] [--repeat 2]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from warta import clean
from warta.clean.templates import TemplateStats, group_of, template_lines
from warta.model import RawDocument
from warta.pipeline import start
from warta.resources import Resources


def detik_dumps(shared: Path) -> list[RawDocument]:
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["isi_berita"].strip()]
    return [RawDocument(data=r["isi_berita"].encode(), origin=r["id"], url=r["tautan"], content_type="text/plain")
            for r in rows]


def scrapinghub_pages(shared: Path) -> list[RawDocument]:
    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return [RawDocument(data=gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()), origin=i,
                        url=truth[i].get("url"), content_type="text/html") for i in sorted(truth)]


def rate(label: str, n: int, work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    per_second = n / best
    print(f"{label:<44} {n:>5} articles  {best:7.2f} s  {per_second:8.1f} articles/s")
    return per_second


def warta_clean(raws: list[RawDocument], learn: bool) -> Callable[[], object]:
    def work() -> None:
        stats = TemplateStats()
        resources = Resources(templates=stats)
        for raw in raws:
            article = start(raw)
            if learn:
                stats.observe(group_of(article.meta.url), template_lines(article.source_text,
                                                                         article.format == "html"))
            clean.run(article, resources)
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("WARTA_SHARED", "../shared")))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    dumps, pages = detik_dumps(args.shared), scrapinghub_pages(args.shared)
    html = [raw.data.decode("utf-8", "replace") for raw in pages]
    print(f"python {sys.version.split()[0]}, trafilatura {trafilatura.__version__}, {os.cpu_count()} CPUs")
    rate("text dumps: warta (with template learning)", len(dumps), warta_clean(dumps, True), args.repeat)
    rate("text dumps: warta (rules only)", len(dumps), warta_clean(dumps, False), args.repeat)
    rate("html: warta (with template learning)", len(pages), warta_clean(pages, True), args.repeat)
    rate("html: warta (rules only)", len(pages), warta_clean(pages, False), args.repeat)
    rate("html: trafilatura.extract alone", len(pages),
         lambda: [trafilatura.extract(h, include_comments=False) for h in html], args.repeat)
    rate("html: trafilatura body + metadata (as warta)", len(pages),
         lambda: [trafilatura.bare_extraction(h, include_comments=False, with_metadata=True) for h in html],
         args.repeat)


if __name__ == "__main__":
    main()
