"""Dask throughput: the one-process ingest against `warta ingest --dask` on LocalClusters of 1 and 2 workers.

    python benchmarks/bench_dask.py [--n 10000] [--workers 1,2]

Input: N real Indonesian articles as one JSON Lines file (the Detik CSV and the IndoSum dev folds from ../shared,
repeated under other hosts when N is larger than both; every copy goes through the whole pipeline, the store keeps
the first). Each run writes a fresh temporary database, stories included. Prints one line per run: articles,
seconds, articles/s, and for Dask the cluster's start-up and the first task (each worker loading its resources),
with the CPU time per article (in the workers for Dask: the cost that sizes a cluster, which the load of other
programs on the machine leaves alone), then the per-worker overhead and the workers 1M articles a day would need.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import logging
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from warta import batch
from warta.store import SQLiteStore

ARTICLES_PER_DAY = 1_000_000


def shared_path() -> Path:
    return Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def real_articles(shared: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(newline="", encoding="utf-8") as fh:
        out = [{"text": r["isi_berita"], "title": r["judul"], "url": r["tautan"], "published": r["tanggal"]}
               for r in csv.DictReader(fh)]
    with (shared / "data" / "indosum-devfolds" / "indosum_dev_union.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = "\n\n".join(" ".join(" ".join(s) for s in p) for p in r["paragraphs"])
            out.append({"text": text, "url": r.get("source_url", ""), "outlet": r.get("source", "")})
    return out


def write_input(path: Path, articles: list[dict], n: int) -> None:
    """N lines; copies past the first round are put under another host, so template statistics (per host) count
    each copy's lines apart, as they would for different outlets."""
    with path.open("w", encoding="utf-8") as fh:
        for i, article in enumerate(itertools.islice(itertools.cycle(articles), n)):
            copy = i // len(articles)
            if copy and article.get("url"):
                parts = urlsplit(article["url"])
                article = {**article, "url": parts._replace(netloc=f"copy{copy}.{parts.netloc}").geturl()}
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")


def single(path: Path, tmp: Path) -> float:
    with SQLiteStore(str(tmp / "single.db")) as store:
        started, cpu = time.perf_counter(), time.process_time()
        report = batch.ingest(store, [str(path)], fetch=False)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    done = report.new + report.duplicate
    print(f"single process       articles={done:<6} failed={report.failed:<3} seconds={seconds:8.1f} "
          f"articles/s={done / seconds:6.2f} cpu_ms/article={1000 * cpu / done:5.0f}", flush=True)
    return cpu / done


def on_dask(path: Path, tmp: Path, workers: int, warmup: Path) -> tuple[float, float]:
    """CPU seconds per article in the workers and in this process (storing, stories)."""
    from distributed import Client, LocalCluster

    from warta.scale import runner

    logging.getLogger("distributed").setLevel(logging.ERROR)  # after importing it: its own config sets levels

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        up = time.perf_counter() - started
        with SQLiteStore(str(tmp / f"warm{workers}.db")) as store:  # one slice per worker: each loads resources
            started = time.perf_counter()
            runner.ingest(client, store, [str(warmup)], fetch=False, slice_items=1)
            first = time.perf_counter() - started
        with SQLiteStore(str(tmp / f"dask{workers}.db")) as store:
            started, cpu, worker_cpu = time.perf_counter(), time.process_time(), _worker_cpu(client)
            report = runner.ingest(client, store, [str(path)], fetch=False)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            worker_cpu = _worker_cpu(client) - worker_cpu
    done = report.new + report.duplicate
    print(f"dask, {workers} worker(s)    articles={done:<6} failed={report.failed:<3} seconds={seconds:8.1f} "
          f"articles/s={done / seconds:6.2f} worker_cpu_ms/article={1000 * worker_cpu / done:5.0f} "
          f"client_cpu_ms/article={1000 * cpu / done:4.0f} cluster_start_s={up:5.1f} first_tasks_s={first:5.1f}",
          flush=True)
    return worker_cpu / done, cpu / done


def _worker_cpu(client) -> float:
    """CPU seconds the worker processes have used: a cost the load of other programs on the machine leaves alone."""
    return sum(client.run(time.process_time).values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--workers", default="1,2", help="LocalCluster sizes to measure, comma-separated")
    args = ap.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)
    articles = real_articles(shared_path())
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path, warmup = tmp / "articles.jsonl", tmp / "warmup.jsonl"
        write_input(path, articles, args.n)
        sizes = [int(w) for w in args.workers.split(",")]
        write_input(warmup, articles[-max(sizes):], max(sizes))  # not among the first N: stored apart anyway
        print(f"{args.n} articles, {os.cpu_count()} cores", flush=True)
        base = single(path, tmp)
        costs = {w: on_dask(path, tmp, w, warmup) for w in sizes}
    cost = max(worker for worker, _ in costs.values())  # CPU seconds per article on a worker
    rate = ARTICLES_PER_DAY / 86400
    for w, (worker, client) in costs.items():
        print(f"{w} worker(s): {100 * ((worker + client) / base - 1):+.0f}% CPU per article against one process "
              f"(workers and client together)")
    print(f"1M articles/day = {rate:.1f} articles/s x {cost:.3f} CPU s/article = {rate * cost:.1f} busy cores: "
          f"{math.ceil(rate * cost / 0.7)} single-threaded workers at 70% utilisation")


if __name__ == "__main__":
    main()
