"""Fetches that never end, against real servers on 127.0.0.1 started here.

A server that trickles its response headers (or its robots.txt) one byte at a time never trips a per-read
timeout; the fetch's one deadline stops it. In `warta serve` such a fetch must not hold the store: other ingests
and reads go on. And a robots.txt that redirects to a private address is refused like a page would be.
"""

from __future__ import annotations

import json
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from ingest_pages import html_page, story
from test_api import LINE, TOKEN
from warta.errors import InputError
from warta.ingest.web import Fetcher
from warta.serve.app import create_app
from warta.serve.settings import Settings

TRICKLE_SECONDS = 60  # how long a trickle would go on if nobody stopped it


class Trickling(socketserver.BaseRequestHandler):
    """Answers `/robots.txt` (when the server trickles robots) or any page by sending its headers one byte every
    0.2 s; everything else gets a small page. `/robots-to/PORT` redirects robots.txt to another local port."""

    def handle(self) -> None:
        request = self.request.recv(4096).decode("latin-1")
        path = request.split(" ", 2)[1] if " " in request else "/"
        mode = self.server.mode  # type: ignore[attr-defined]
        if path == "/robots.txt" and mode.startswith("robots-to:"):
            self._send(f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{mode[10:]}/robots.txt\r\n"
                       "Content-Length: 0\r\n\r\n".encode())
        elif (path == "/robots.txt") == (mode == "robots"):
            self._trickle()
        elif path == "/robots.txt":
            self._send(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        else:
            body = html_page(story(71)).encode()
            self._send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s"
                       % (len(body), body))

    def _send(self, data: bytes) -> None:
        self.request.sendall(data)

    def _trickle(self) -> None:
        self.request.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(int(TRICKLE_SECONDS / 0.2)):
            time.sleep(0.2)
            try:
                self.request.sendall(b"x")
            except OSError:  # the client gave up, as it should
                return


def _start(mode: str) -> tuple[socketserver.ThreadingTCPServer, str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Trickling)
    server.daemon_threads = True
    server.mode = mode  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def trickling() -> Iterator[dict[str, str]]:
    servers = {mode: _start(mode) for mode in ("robots", "headers")}
    yield {mode: host for mode, (_, host) in servers.items()}
    for server, _ in servers.values():
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("mode", ["robots", "headers"])
def test_one_deadline_bounds_a_trickling_fetch(trickling, mode):
    fetcher = Fetcher(timeout=1.0, delay=0.0)
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        fetcher.fetch(f"http://{trickling[mode]}/news/1")
    elapsed = time.monotonic() - started
    fetcher.close()
    print(f"{mode}: {info.value.reason} after {elapsed:.1f} s")
    assert elapsed < 2.0
    assert "1s" in info.value.reason and ("robots.txt" in info.value.reason) == (mode == "robots")


def test_warta_ingest_fails_each_trickling_url_within_its_timeout_and_goes_on(trickling, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(html_page(story(72)), encoding="utf-8")
    urls = [f"http://{trickling[mode]}/news/1" for mode in ("robots", "headers")]
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "warta.cli", "ingest", "--timeout", "5", "--json", "--db",
                           str(tmp_path / "warta.db"), *urls, str(page)], capture_output=True, text=True,
                          timeout=60)
    elapsed = time.monotonic() - started
    print(f"two trickling URLs and a file: {elapsed:.1f} s")
    summary = json.loads(done.stdout)
    assert (summary["new"], summary["failed"]) == (1, 2)
    assert all(any(e.startswith(url) for e in summary["errors"]) for url in urls)
    assert elapsed < 2 * 10  # each URL fails within 10 s


def test_a_robots_txt_redirect_to_a_private_address_is_refused_in_the_api(trickling, tmp_path):
    target, private = _start("headers")
    public, site = _start(f"robots-to:{private.split(':')[1]}")
    try:
        # the site itself is allowed as if it were public; the address its robots.txt redirects to is not
        settings = Settings(api_token=TOKEN, private_hosts=frozenset({site}), fetch_timeout=5)
        with _served(str(tmp_path / "warta.db"), settings) as base:
            response = httpx.post(f"{base}/api/ingest/urls", json={"urls": [f"http://{site}/news/1"]},
                                  headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        assert response.status_code == 422
        message = response.json()["error"]
        assert f"robots.txt redirected to http://{private}/robots.txt" in message
        assert "private or local address" in message
    finally:
        for server in (target, public):
            server.shutdown()
            server.server_close()


def test_reads_and_other_ingests_go_on_during_a_hung_fetch(trickling, tmp_path):
    settings = Settings(api_token=TOKEN, private_hosts=frozenset({trickling["headers"]}), fetch_timeout=8)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    line = json.dumps(LINE).encode()
    with _served(str(tmp_path / "warta.db"), settings) as base, httpx.Client(base_url=base, timeout=60) as client:
        assert client.post("/api/ingest/jsonl", content=line, headers=auth).json()["new"] == 1  # models loaded
        finished: dict[str, float] = {}

        def post(name: str, path: str, **kwargs) -> None:
            response = client.post(path, headers=auth, **kwargs)
            finished[name] = time.monotonic()
            finished[name + ":status"] = response.status_code

        hung = threading.Thread(target=post, args=("hung", "/api/ingest/urls"),
                                kwargs={"json": {"urls": [f"http://{trickling['headers']}/news/1"]}})
        hung.start()
        time.sleep(0.5)
        queued = [threading.Thread(target=post, args=(f"jsonl{i}", "/api/ingest/jsonl"), kwargs={"content": line})
                  for i in range(45)]  # more than Starlette's 40 worker threads
        for thread in queued:
            thread.start()
        reads = []
        for path in ("/api/status", "/api/articles", "/api/search?q=nelayan", "/articles") * 3:
            started = time.monotonic()
            assert client.get(path).status_code == 200
            reads.append(time.monotonic() - started)
        print(f"slowest read during the hung fetch: {max(reads):.2f} s")
        for thread in [*queued, hung]:
            thread.join(timeout=60)
    assert max(reads) < 1.0
    assert finished["hung:status"] == 422  # timed out after 8 s
    assert all(finished[f"jsonl{i}:status"] == 200 and finished[f"jsonl{i}"] < finished["hung"] for i in range(45))


class _served:
    """`warta serve`'s app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, db: str, settings: Settings) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(create_app(db, settings), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
