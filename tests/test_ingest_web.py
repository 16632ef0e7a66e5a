"""Fetching over HTTP against a real server on 127.0.0.1, started by the test (loopback only)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest_pages import html_page, rss_feed, story
from warta import batch
from warta.errors import InputError
from warta.ingest.web import USER_AGENT, Fetcher
from warta.store import SQLiteStore

SLOW_SECONDS = 3.0  # the /slow handler sleeps this long; the tests give up after 0.5 s
BIG_BYTES = 200_000  # /big and /big-chunked send this much; the tests cap at 50,000


class Site(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        Site.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/robots.txt" and self.headers.get("Host", "").startswith("localhost"):
            self._send(503, b"overloaded", "text/plain")  # the same server under its other name: robots.txt fails
        elif path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/news/1", "/private/1"):
            self._send(200, html_page(story(51)).encode(), "text/html; charset=utf-8")
        elif path == "/news/2":
            self._send(200, html_page(story(52)).encode(), "text/html; charset=utf-8")
        elif path == "/moved":
            self._redirect("/news/1")
        elif path == "/to-private":
            self._redirect("/private/1")
        elif path.startswith("/loop/"):
            self._redirect(f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * BIG_BYTES + b"</p>", "text/html")
        elif path == "/big-chunked":
            self._send_unsized(b"<p>" + b"x" * BIG_BYTES + b"</p>")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, html_page(story(53)).encode(), "text/html")
        elif path == "/logo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        elif path == "/feed.xml":
            host = self.headers["Host"]
            items = [(story(50 + n), f"http://{host}/news/{n}") for n in (1, 2)] + [(story(59), f"http://{host}/gone")]
            self._send(200, rss_feed(items, full=False).encode(), "application/rss+xml")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            self.wfile.write(body)

    def _send_unsized(self, body: bytes) -> None:
        """No Content-Length: the client can only find the size by reading."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for i in range(0, len(body), 8192):
                self.wfile.write(body[i : i + 8192])
        self.close_connection = True

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    f = Fetcher(timeout=0.5, max_bytes=50_000, max_redirects=3, delay=0.0)
    yield f
    f.close()


def refusal(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(InputError) as info:
        fetcher.fetch(url)
    assert info.value.origin == url
    return info.value.reason


def test_a_normal_page_is_fetched_with_our_user_agent(site, fetcher):
    doc = fetcher.fetch(f"{site}/news/1")
    assert doc.url == f"{site}/news/1"
    assert doc.content_type.startswith("text/html")
    assert story(51).paragraphs[0].encode() in doc.data
    assert doc.fetched is not None
    assert Site.seen_agents[-1] == USER_AGENT


def test_a_redirect_within_the_bound_is_followed(site, fetcher):
    doc = fetcher.fetch(f"{site}/moved")
    assert doc.url == f"{site}/news/1"
    assert doc.origin == f"{site}/moved"


def test_robots_txt_disallow_is_respected_also_after_a_redirect(site, fetcher):
    assert refusal(fetcher, f"{site}/private/1") == "disallowed by robots.txt"
    assert "redirected to" in refusal(fetcher, f"{site}/to-private")
    polite = Fetcher(delay=0.0, respect_robots=False)
    assert polite.fetch(f"{site}/private/1").data
    polite.close()


def test_a_server_error_on_robots_txt_means_not_now(site, fetcher):
    other_name = site.replace("127.0.0.1", "localhost")
    assert refusal(fetcher, f"{other_name}/news/1") == "robots.txt unavailable (HTTP 503); not fetching"


def test_a_redirect_loop_stops_at_the_bound(site, fetcher):
    assert refusal(fetcher, f"{site}/loop/0") == "more than 3 redirects"


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_an_oversize_response_is_refused(site, fetcher, path):
    assert refusal(fetcher, f"{site}{path}").startswith("too large")


def test_a_slow_server_times_out(site, fetcher):
    started = time.monotonic()
    assert refusal(fetcher, f"{site}/slow") == "timed out after 0.5s"
    assert time.monotonic() - started < SLOW_SECONDS  # gave up, did not wait for the answer


def test_not_found_and_not_a_page(site, fetcher):
    assert refusal(fetcher, f"{site}/nothing") == "HTTP 404"
    assert refusal(fetcher, f"{site}/logo.png") == "not a page or a feed (image/png)"


def test_an_unreachable_port(fetcher):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert refusal(fetcher, f"http://127.0.0.1:{port}/news/1").startswith("unreachable")


def test_ingest_urls_and_a_feed_whose_entries_are_links(site, fetcher, tmp_path):
    with SQLiteStore(str(tmp_path / "warta.db")) as store:
        report = batch.ingest(store, [f"{site}/news/1", f"{site}/feed.xml", f"{site}/private/1"], fetcher=fetcher)
        assert (report.new, report.duplicate, report.failed) == (2, 1, 2)
        assert report.errors == [f"{site}/gone: HTTP 404", f"{site}/private/1: disallowed by robots.txt"]
        titles = {a.meta.title for a in store.iter_articles()}
        assert titles == {story(51).title, story(52).title}
        assert {a.meta.outlet for a in store.iter_articles() if a.origin.startswith(f"{site}/news/2")} == {
            "Kabar Desa"}


def test_fetching_disabled(site, tmp_path):
    with SQLiteStore(str(tmp_path / "warta.db")) as store:
        report = batch.ingest(store, [f"{site}/news/1"], fetch=False)
    assert report.errors == [f"{site}/news/1: fetching URLs is disabled"]
