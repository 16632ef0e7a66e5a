"""Ingest throughput per core on real inputs, interleaved against an older revision of warta in the same run.

    python benchmarks/bench_ingest.py [--baseline REV] [--rounds N] [--detik N] [--html N] [--seeds K]

Each figure comes from a fresh child process (cold caches, models loaded once, as a new `warta ingest` would) that
runs either this checkout's src/ or ``git archive REV src`` unpacked in a temporary folder (default 031fa11, the
code before the issue-14 speed work; ``--baseline ''`` skips it). Rounds alternate current
and baseline so both see the same load on a shared machine. Times are process CPU seconds (per core); wall
seconds are printed beside. ``first_doc_s`` is the CPU time to the first document (loading the models), and
``after_first`` the rate over the others; ``store_kb/doc`` the SQLite file once closed (indexes and stories
included) per new article.

- detik JSONL: the first N Detik bodies written as a JSONL file, whole ingest (read, pipeline, store, stories);
- seeds: the five seed text dumps K times over, whole ingest;
- scrapinghub HTML: the first N gzipped pages, whole ingest, against ``trafilatura.extract`` on the same pages
  (the settings of its own benchmark: no comments), and the extraction step alone (stages clean and meta) on the
  same unzipped pages (the whole ingest reads the gzipped files).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_path() -> Path:
    return Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))


def _clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    cpu, wall = _clock()
    return cpu - start[0], wall - start[1]


def _ingest(items: list) -> dict:
    from warta import batch
    from warta.store import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        with SQLiteStore(str(Path(tmp) / "bench.db")) as store:
            start = _clock()
            first: list[float] = []  # CPU seconds to the first document: mostly loading the models

            def on_item(_origin: str) -> None:
                if not first:
                    first.append(_since(start)[0])

            report = batch.ingest_documents(store, items, on_item=on_item)
            cpu, wall = _since(start)
        # the store's files once closed (the write-ahead log checkpointed), indexes and stories included
        stored = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    return {"docs": len(items), "new": report.new, "failed": report.failed, "cpu_s": cpu, "wall_s": wall,
            "first_s": first[0] if first else 0.0, "store_bytes": stored}


def _detik_items(n: int, tmp: Path) -> list:
    from warta.ingest.jsonl import read_jsonl

    path = tmp / "detik.jsonl"
    with (shared_path() / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f, \
            path.open("w", encoding="utf-8") as out:
        for row, _ in zip(csv.DictReader(f), range(n), strict=False):
            line = {"text": row["isi_berita"], "title": row["judul"], "url": row["tautan"]}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return list(read_jsonl(path))


def _html_pages(n: int) -> list[Path]:
    return sorted((shared_path() / "data" / "scrapinghub-article-extraction-benchmark" / "html").glob("*.html.gz"))[:n]


def _html(n: int) -> dict:
    import trafilatura

    from warta import pipeline
    from warta.model import RawDocument
    from warta.resources import Resources

    pages = _html_pages(n)
    raws = [RawDocument(data=p.read_bytes(), origin=str(p)) for p in pages]
    pages_html = [gzip.decompress(r.data) for r in raws]
    texts = [page.decode("utf-8", "replace") for page in pages_html]
    start = _clock()
    for text in texts:
        trafilatura.extract(text, include_comments=False)
    trafilatura_cpu, _ = _since(start)
    extraction = tuple(s for s in pipeline.STAGES if s.name in ("clean", "meta"))
    resources = Resources()
    start = _clock()
    # both start from the page unzipped (as trafilatura is given it); decoding the bytes stays in warta's time
    for raw, page in zip(raws, pages_html, strict=True):
        pipeline.process(RawDocument(data=page, origin=raw.origin), resources, extraction)
    extraction_cpu, _ = _since(start)
    result = _ingest(raws)
    result.update(trafilatura_cpu_s=trafilatura_cpu, extraction_cpu_s=extraction_cpu)
    return result


def child(kind: str, n: int) -> None:
    logging.disable(logging.ERROR)  # failures are counted, not listed
    # imported before warta.ingest.jsonl, which imported first meets the cycle ingest.records -> meta -> clean ->
    # clean.templates -> ingest.jsonl (as of 00f2841)
    from warta import batch  # noqa: F401
    from warta.model import RawDocument

    if kind == "detik":
        with tempfile.TemporaryDirectory() as tmp:
            result = _ingest(_detik_items(n, Path(tmp)))
    elif kind == "seeds":
        seeds = sorted((shared_path() / "corpus" / "seeds").glob("*.txt"))
        result = _ingest([RawDocument(data=p.read_bytes(), origin=f"{p}#{k}") for k in range(n) for p in seeds])
    else:
        result = _html(n)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _measure(src: Path, kind: str, n: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src), HF_HUB_OFFLINE="1")
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--n", str(n)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(label: str, kind: str, r: dict) -> str:
    per_core = r["docs"] / r["cpu_s"] if r["cpu_s"] else 0.0
    later = (r["cpu_s"] - r["first_s"]) / max(r["docs"] - 1, 1)  # after the first document
    text = (f"{label:<9} {kind:<6} docs={r['docs']:<4} new={r['new']:<4} failed={r['failed']:<3} "
            f"cpu_s={r['cpu_s']:6.2f} wall_s={r['wall_s']:6.2f} docs/s/core={per_core:6.1f} "
            f"ms/doc={1000 * r['cpu_s'] / max(r['docs'], 1):6.1f} first_doc_s={r['first_s']:4.2f} "
            f"after_first: docs/s/core={1 / later if later > 0 else 0.0:6.1f} peak_rss_mb={r['peak_rss_mb']:.0f} "
            f"store_kb/doc={r['store_bytes'] / 1024 / max(r['new'], 1):5.1f}")
    if "trafilatura_cpu_s" in r:
        traf, extraction = r["trafilatura_cpu_s"], r["extraction_cpu_s"]
        text += (f" | trafilatura.extract_s={traf:5.2f} ingest/trafilatura={r['cpu_s'] / traf:4.2f}x "
                 f"extraction_s={extraction:5.2f} extraction/trafilatura={extraction / traf:4.2f}x")
    return text


def _baseline_src(rev: str, tmp: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    return tmp / "src"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="031fa11", help="git revision to compare with ('' for none)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--detik", type=int, default=200, help="Detik articles (of 1,000)")
    ap.add_argument("--html", type=int, default=60, help="scrapinghub pages (of 181)")
    ap.add_argument("--seeds", type=int, default=0, help="passes over the 5 seed text dumps (0: skip)")
    ap.add_argument("--only", choices=("detik", "seeds", "html"), action="append")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.n)
        return
    sizes = {"detik": args.detik, "seeds": args.seeds, "html": args.html}
    kinds = [k for k in (args.only or sizes) if sizes[k] > 0]
    with tempfile.TemporaryDirectory() as tmp:
        sources = [("current", ROOT / "src")]
        if args.baseline:
            sources.append((args.baseline, _baseline_src(args.baseline, Path(tmp))))
        for _ in range(args.rounds):
            for kind in kinds:
                for label, src in sources:
                    print(_line(label, kind, _measure(src, kind, sizes[kind])), flush=True)


if __name__ == "__main__":
    main()
