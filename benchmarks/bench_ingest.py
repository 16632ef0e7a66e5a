"""Ingest throughput and peak memory on real inputs: the seed text dumps and the benchmark's gzipped HTML.

    python benchmarks/bench_ingest.py [--workers N] [--repeat-seeds K]

Prints one line per input set: documents, articles stored, seconds, documents through the pipeline per second,
and the peak resident memory of this process (and of its workers, when any) in MB. Each set goes into a fresh
temporary database; the time includes storing and the story update at the end.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import tempfile
import time
from pathlib import Path

from warta import batch
from warta.ingest import read_targets
from warta.model import RawDocument
from warta.store import SQLiteStore


def shared_path() -> Path:
    return Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def seed_documents(seeds: Path, repeat: int) -> list[RawDocument]:
    """The five seeds, repeated: the pipeline does the full work on every copy; the store keeps the first."""
    docs = sorted(seeds.glob("*.txt"))
    return [RawDocument(data=p.read_bytes(), origin=f"{p}#{k}") for k in range(repeat) for p in docs]


def run(name: str, items, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(str(Path(tmp) / "bench.db")) as store:
        started = time.perf_counter()
        seen = 0

        def count(_origin: str) -> None:
            nonlocal seen
            seen += 1

        report = batch.ingest_documents(store, items, on_item=count, workers=workers)
        total = time.perf_counter() - started
    own, children = peak_mb()
    rate = seen / total if total else 0.0
    print(f"{name:<28} docs={seen:<5} new={report.new:<5} failed={report.failed:<3} seconds={total:7.2f} "
          f"docs/s={rate:6.1f} peak_rss_mb={own:.0f} workers_peak_rss_mb={children:.0f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--repeat-seeds", type=int, default=20, help="passes over the 5 seeds (default 20: 100 docs)")
    args = ap.parse_args()
    logging.getLogger("warta.ingest").setLevel(logging.ERROR)  # failures are counted, not listed
    shared = shared_path()
    run("text dumps (seeds)", seed_documents(shared / "corpus" / "seeds", args.repeat_seeds), args.workers)
    html = shared / "data" / "scrapinghub-article-extraction-benchmark" / "html"
    run("gzipped HTML (scrapinghub)", read_targets([str(html)]), args.workers)


if __name__ == "__main__":
    main()
