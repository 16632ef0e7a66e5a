"""A watch over 200 local feeds of 50 items each, when nothing changed: polls per second and CPU per poll.

The feeds are served from a separate process on 127.0.0.1, so the CPU measured is the watcher's alone. Every item
is marked seen beforehand, as after the watch that ingested them. Two figures: feeds that answer the conditional
request with 304 (ETag), and feeds without validators that send the whole feed each time (parsed, nothing new).
The per-host delay is 0 (all feeds share one host here; at the default 1 s, one host allows one poll a second).

    PYTHONPATH=src python benchmarks/bench_watch.py [--feeds 200] [--items 50] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import statistics
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from warta.ingest.web import Fetcher
from warta.monitor.sources import SourceBook
from warta.monitor.watch import Watcher
from warta.store import SQLiteStore


def feed(n: int, items: int, base: str) -> bytes:
    entries = "".join(
        f"<item><title>Berita {n}-{i}: warga membangun sumur resapan</title><link>{base}/news/{n}/{i}</link>"
        f"<guid>{base}/news/{n}/{i}</guid><pubDate>Mon, 03 Jun 2024 10:15:00 +0700</pubDate>"
        f"<description>Ringkasan berita {n}-{i} tentang sumur resapan di desa.</description></item>"
        for i in range(items))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar {n}</title>'
            f"<link>{base}/</link><description>Berita</description>{entries}</channel></rss>").encode()


def serve(items: int, port_out) -> None:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            kind, _, name = self.path.strip("/").partition("/")
            if kind not in ("etag", "plain"):
                self._answer(404, b"", {})
                return
            body = feed(int(name.removesuffix(".xml")), items, f"http://{self.headers['Host']}")
            tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if kind == "etag" and self.headers.get("If-None-Match") == tag:
                self._answer(304, b"", {"ETag": tag})
            else:
                self._answer(200, body, {"ETag": tag} if kind == "etag" else {})

        def _answer(self, status: int, body: bytes, headers: dict) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


def measure(watcher: Watcher, book: SourceBook, prefix: str, rounds: int) -> tuple[float, float, list]:
    rates, cpus, results = [], [], []
    for _ in range(rounds):
        book.db.execute("UPDATE sources SET next_poll = 0 WHERE url LIKE ?", (prefix + "%",))
        book.db.commit()
        wall, cpu = time.perf_counter(), time.process_time()
        results = watcher.poll_due()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rates.append(len(results) / wall)
        cpus.append(cpu / len(results) * 1000)
    return statistics.median(rates), statistics.median(cpus), results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.items, ports), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=10)}"
    try:
        with tempfile.TemporaryDirectory() as tmp, SQLiteStore(str(Path(tmp) / "bench.db")) as store:
            book = SourceBook(store)
            watcher = Watcher(store, lambda: Fetcher(timeout=10.0, delay=0.0), on_poll=lambda result: None)
            for kind in ("etag", "plain"):
                for n in range(args.feeds):
                    source = book.add(f"{base}/{kind}/{n}.xml", every=600.0, name=f"{kind}-{n}", kind="feed")
                    book.mark(source, [(f"{base}/news/{n}/{i}", "new", None, None) for i in range(args.items)],
                              time.time())
                store.db.execute("UPDATE sources SET next_poll = 1e12 WHERE url NOT LIKE ?", (f"{base}/{kind}/%",))
                store.db.commit()
                primed = watcher.poll_due()  # the first poll reads each feed (and keeps its ETag)
                assert all(r.outcome == "read" and r.links == 0 for r in primed), "nothing should be new"
                rate, cpu, results = measure(watcher, book, f"{base}/{kind}/", args.rounds)
                outcomes = {r.outcome for r in results}
                label = "304 (ETag)" if kind == "etag" else "200, parsed, all links seen"
                print(f"{args.feeds} feeds x {args.items} items, nothing changed, {label}: {rate:,.0f} polls/s, "
                      f"{cpu:.2f} ms CPU per poll (outcomes: {', '.join(sorted(outcomes))}; median of "
                      f"{args.rounds} rounds)")
                store.db.execute("UPDATE sources SET next_poll = 1e12")
                store.db.commit()
            watcher.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
