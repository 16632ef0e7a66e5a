"""Load test of the web UI and API on loopback: requests/s and p50/p99 latency for the story page, the article
page and search, over a store of at least 10,000 articles built from the shared Indonesian corpora.

    PYTHONPATH=src WARTA_SHARED=../shared python benchmarks/bench_serve.py [--db PATH|URL] [--requests N] [--abuse]

--abuse measures the search API again while four clients send `s* ` repeated 99 times without pause (issue 13:
on 5,000 articles each such search ran for 38 s and four of them cut throughput by 62%).

The store is built once (IndoSum dev folds + detik, repeated with a perturbed closing line until there are
--articles of them) and reused on later runs. The server runs in its own process (uvicorn, one worker) so the load
generator does not share its interpreter. Figures are printed, never asserted; the run is bounded in requests and
time, and talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from warta import batch, pipeline, stories
from warta.errors import InputError
from warta.model import Article, RawDocument, Story
from warta.resources import Resources
from warta.store import open_store
from warta.store.base import Store
from warta.stories.live import story_id

SEARCHES = ["Jakarta", "presiden", "harga beras", "Jokowi", "pemerintah daerah", "polisi", "banjir", "timnas",
            "Indonesia", "ekonomi", "gubernur", "pemilu", "menteri keuangan", "sepak bola", "bank"]


def shared_folder() -> Path:
    return Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def indosum(path: Path) -> Iterator[tuple[str, str, str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            slug = (d.get("source_url") or "").rstrip("/").rsplit("/", 1)[-1]
            title = " ".join(w for w in slug.replace("_", "-").split("-") if w and not w.isdigit()).capitalize()
            paragraphs = [" ".join(" ".join(s) for s in p) for p in d["paragraphs"]]
            stamp = d["id"].split("-", 1)[0]
            day = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(int(stamp))) if stamp.isdigit() else ""
            yield title or "Berita", "\n\n".join(paragraphs), d.get("source", ""), d.get("source_url", ""), day


def detik(path: Path) -> Iterator[tuple[str, str, str, str, str]]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                stamp = time.strptime(row["tanggal"], "%m/%d/%Y %H:%M")
                day = time.strftime("%Y-%m-%dT%H:%M:00+07:00", stamp)
            except (ValueError, KeyError):
                day = ""
            body = "\n\n".join(p.strip() for p in row["isi_berita"].splitlines() if p.strip())
            yield row["judul"], body, "detik.com", row["tautan"], day


def documents(shared: Path) -> Iterator[tuple[int, RawDocument]]:
    """The base articles, then copies of them with a perturbed closing line, without end."""
    base = list(indosum(shared / "data" / "indosum-devfolds" / "indosum_dev_union.jsonl"))
    base += list(detik(shared / "data" / "detik-1000-id-news" / "data_berita.csv"))
    copy = 0
    while True:
        for index, (title, body, outlet, url, day) in enumerate(base):
            # later copies differ by a closing line, as a re-run syndicated story would: a new body, a new id
            tail = f"\n\nSalinan ke-{copy} dari berita ini untuk uji beban warta." if copy else ""
            text = f"{title}\n\n{body}{tail}"
            hints = {"title": title, "outlet": outlet}
            if day:
                hints["published"] = day
            yield index, RawDocument(data=text.encode("utf-8"), origin=f"bench:{copy}:{index}",
                                     content_type="text/plain", url=url or None, hints=hints)
        copy += 1


def build(db: str | Path, wanted: int, regroup: bool) -> None:
    """Run the pipeline over the documents and store them. Stories: the stories stage when `regroup`, else the
    copies of one source article form its story (true by construction, and cheap at 10,000 articles)."""
    started = time.perf_counter()
    with open_store(str(db)) as store:
        have = store.count_articles()
        if have >= wanted:
            print(f"store {db}: {have} articles, {store.count_stories()} stories (reused)")
        else:
            groups = _fill(store, wanted)
            print(f"pipeline: {store.count_articles()} articles stored in {time.perf_counter() - started:.0f}s")
            if not regroup:
                store.save_stories([_story(members) for members in groups.values()], replace_all=True)
        waiting = store.ungrouped_article_ids() if regroup else []
        if waiting:
            grouping = time.perf_counter()
            stories.update(store, waiting)
            print(f"stories stage: {len(waiting)} articles grouped in {time.perf_counter() - grouping:.0f}s")
        print(f"store {db}: {store.count_articles()} articles, {store.count_stories()} stories")


def _fill(store: Store, wanted: int) -> dict[int, list[Article]]:
    resources = Resources()
    groups: dict[int, list[Article]] = {}
    stored = store.count_articles()
    pending: list[Article] = []
    for index, raw in documents(shared_folder()):
        if stored + len(pending) >= wanted:
            break
        try:
            article = pipeline.process(raw, resources)
        except InputError:
            continue
        pending.append(article)
        groups.setdefault(index, []).append(article)
        if len(pending) >= batch.BATCH_SIZE:
            stored += sum(store.add_articles(pending))
            pending = []
    store.add_articles(pending)
    return groups


def _story(members: list[Article]) -> Story:
    ids = list(dict.fromkeys(a.id for a in members))
    dates = sorted(d for a in members if (d := a.meta.published or a.meta.published_not_before))
    return Story(id=story_id(ids[0]), title=members[0].meta.title, articles=ids,
                 first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str | Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from warta.serve.app import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, log_level='warning')")
    env = {**os.environ, "WARTA_API_TOKEN": "", "WARTA_API_READ_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def load(base: str, paths: list[str], concurrency: int, budget_s: float) -> dict:
    """Send every path once (spread over `concurrency` clients) or stop at the time budget."""
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + budget_s

    def worker(chunk: list[str]) -> tuple[list[float], int]:
        out, bad = [], 0
        with httpx.Client(base_url=base, timeout=30) as client:
            for path in chunk:
                if time.perf_counter() > stop:
                    break
                t = time.perf_counter()
                response = client.get(path)
                out.append(time.perf_counter() - t)
                bad += response.status_code != 200
        return out, bad

    chunks = [paths[i::concurrency] for i in range(concurrency)]
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for lat, bad in pool.map(worker, chunks):
            latencies += lat
            errors += bad
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1)}


HOSTILE_SEARCH = "/api/search?q=" + "s*+" * 99


def under_abuse(base: str, paths: list[str], concurrency: int, budget_s: float) -> tuple[dict, list[float], set]:
    """The load of `paths` while four clients repeat the hostile search; their latencies and statuses too."""
    stop = time.perf_counter() + budget_s
    hostile: list[float] = []
    statuses: set[int] = set()

    def attacker() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                statuses.add(client.get(HOSTILE_SEARCH).status_code)
                hostile.append(time.perf_counter() - t)

    with ThreadPoolExecutor(4) as pool:
        for _ in range(4):
            pool.submit(attacker)
        result = load(base, paths, concurrency, budget_s)
        stop = 0.0  # the attackers end with the measured load
    return result, hostile, statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/warta-bench-serve.db", help="a SQLite file or a postgresql:// URL")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60, help="time budget per endpoint")
    parser.add_argument("--abuse", action="store_true", help="search API again under four hostile searches")
    parser.add_argument("--regroup", action="store_true",
                        help="group stories with the stories stage (slow at this size) instead of by source copy")
    args = parser.parse_args()
    build(args.db, args.articles, args.regroup)
    rng = random.Random(7)
    with open_store(str(args.db)) as store:
        articles = [r["id"] for r in store.list_articles(limit=args.articles * 2)]
        largest = store.list_stories(limit=500, order="largest")
        print(f"{len(articles)} articles; {store.count_stories()} stories, largest {[r['size'] for r in largest[:5]]}")
    targets = {
        "story page": [f"/stories/{rng.choice(largest)['id']}" for _ in range(args.requests)],
        "article page": [f"/articles/{rng.choice(articles)}" for _ in range(args.requests)],
        "search page": [f"/search?q={rng.choice(SEARCHES)}&offset={rng.choice((0, 0, 20))}"
                        for _ in range(args.requests)],
        "search API": [f"/api/search?q={rng.choice(SEARCHES)}" for _ in range(args.requests)],
    }
    port = free_port()
    server = start_server(args.db, port)
    try:
        base = f"http://127.0.0.1:{port}"
        load(base, [p for ps in targets.values() for p in ps[:10]], args.concurrency, 30)  # warm-up
        results = {name: load(base, paths, args.concurrency, args.seconds) for name, paths in targets.items()}
        if args.abuse:
            result, hostile, statuses = under_abuse(base, targets["search API"], args.concurrency, args.seconds)
            results["search API, 4 hostile"] = result
            print(f"hostile search: {len(hostile)} answered (HTTP {sorted(statuses)}), "
                  f"slowest {max(hostile, default=0):.2f} s")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"concurrency {args.concurrency}, one uvicorn worker, loopback")
    for name, r in results.items():
        print(f"  {name:<13} {r['rps']:>7} req/s   p50 {r['p50_ms']:>7} ms   p99 {r['p99_ms']:>7} ms   "
              f"({r['requests']} requests, {r['errors']} errors)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
