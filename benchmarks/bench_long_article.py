"""One very long article: seconds per pipeline stage for an article of N paragraphs and of 10 N, and their ratio.
A stage linear in its input takes about 10 times as long for the long one; a quadratic one about 100 times.

The paragraphs are the detik bodies' own lines (../shared/data/detik-1000-id-news), joined into one text dump,
so the text holds the dates, weekday names, quotes and numbers of real news. Prints figures; asserts nothing.

    python benchmarks/bench_long_article.py [--shared ../shared] [--paragraphs 600]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

from warta import pipeline
from warta.model import RawDocument
from warta.resources import Resources

# Lines this long or longer are the detik bodies' paragraphs (shorter ones are furniture and headings).
MIN_PARAGRAPH_CHARS = 80


def detik_paragraphs(shared: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [line.strip() for r in rows for line in r["isi_berita"].splitlines()
            if len(line.strip()) >= MIN_PARAGRAPH_CHARS]


def article(paragraphs: list[str], count: int) -> RawDocument:
    body = [paragraphs[i % len(paragraphs)] for i in range(count)]
    text = "Warga Menunggu Keputusan Pemerintah Soal Banjir\n\n" + "\n\n".join(body) + "\n"
    return RawDocument(data=text.encode("utf-8"), origin=f"long-{count}.txt", content_type="text/plain",
                       hints={"published": "2025-10-17T21:16:00+07:00"})


def stage_seconds(raw: RawDocument, resources: Resources) -> dict[str, float]:
    seconds = {}
    item = pipeline.start(raw)
    for stage in pipeline.STAGES:
        began = time.perf_counter()
        item = stage.run(item, resources)
        seconds[stage.name] = time.perf_counter() - began
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("WARTA_SHARED", "../shared")))
    parser.add_argument("--paragraphs", type=int, default=600)
    args = parser.parse_args()
    paragraphs = detik_paragraphs(args.shared)
    resources = Resources()
    stage_seconds(article(paragraphs, 20), resources)  # load the models once, outside the timings
    short, long = args.paragraphs, args.paragraphs * 10
    a, b = stage_seconds(article(paragraphs, short), resources), stage_seconds(article(paragraphs, long), resources)
    print(f"{'stage':<12}{short:>10} par{long:>10} par{'ratio':>8}")
    for name in a:
        print(f"{name:<12}{a[name]:>13.2f}{b[name]:>13.2f}{b[name] / max(a[name], 1e-6):>8.1f}")
    total_a, total_b = sum(a.values()), sum(b.values())
    print(f"{'total':<12}{total_a:>13.2f}{total_b:>13.2f}{total_b / total_a:>8.1f}")


if __name__ == "__main__":
    main()
