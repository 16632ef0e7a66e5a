"""A small news site on 127.0.0.1 for the monitor's tests and benchmark: feeds whose items the test changes while
`warta watch` runs, ETag and Last-Modified answered with 304, a failing feed, a slow one, and article pages."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ingest_pages import html_page, rss_feed, story

LAST_MODIFIED = "Mon, 03 Jun 2024 10:15:00 GMT"


class NewsSite:
    """The site's state: feed name -> story numbers listed; what was asked for and answered."""

    def __init__(self) -> None:
        self.feeds: dict[str, list[int]] = {}
        self.full: set[str] = set()  # feeds whose items carry the whole article (no page to fetch)
        self.listed: list[int] = []  # story numbers in the news sitemap and on the section page
        self.page_delay = 0.0  # seconds each article page takes
        self.robots_down = False  # robots.txt answers 503: nothing of the site may be fetched
        self.slow_seconds = 3.0
        self.requests: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base = ""

    def feed_body(self, name: str) -> bytes:
        items = [(story(n), f"{self.base}/news/{n}") for n in self.feeds[name]]
        return rss_feed(items, full=name in self.full).encode()


def article_path(n: int) -> str:
    return f"/news/{n}/warga-membangun-sumur-resapan"


def news_sitemap(base: str, numbers: list[int]) -> str:
    urls = "".join(
        f"<url><loc>{base}{article_path(n)}</loc><news:news><news:publication><news:name>Kabar Kota</news:name>"
        f"<news:language>id</news:language></news:publication>"
        f"<news:publication_date>2024-06-0{1 + n % 8}T10:00:00+07:00</news:publication_date>"
        f"<news:title>{story(n).title}</news:title></news:news></url>" for n in numbers)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def sitemap_index(base: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2024-06-03</lastmod></sitemap>"
            f"<sitemap><loc>{base}/missing.xml</loc><lastmod>2024-06-02</lastmod></sitemap></sitemapindex>")


def section_page(numbers: list[int]) -> str:
    """A section front: navigation, tag and outside links around the article links."""
    articles = "".join(f'<li><a href="{article_path(n)}">{story(n).title}</a></li>' for n in numbers)
    return ('<!DOCTYPE html><html><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> '
            '<a href="/tag/banjir">Banjir</a> <a href="/indeks">Indeks</a></nav>'
            f'<ul>{articles}</ul><a href="https://elsewhere.example/news/one-two-three-four">Luar</a>'
            '<a href="mailto:redaksi@example.com">Redaksi</a></body></html>')


def handler_for(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            path = self.path
            with site.lock:
                site.requests[path] += 1
            if path == "/robots.txt" and site.robots_down:
                self._send(503, b"overloaded", "text/plain")
            elif path.startswith("/feeds/"):
                self._feed(path.removeprefix("/feeds/").removesuffix(".xml"))
            elif path.startswith("/news/"):
                time.sleep(site.page_delay)
                number = int(path.split("/")[2])
                self._send(200, html_page(story(number)).encode(), "text/html; charset=utf-8")
            elif path == "/sitemap-index.xml":
                self._send(200, sitemap_index(site.base).encode(), "application/xml")
            elif path == "/sitemap-news.xml":
                self._send(200, news_sitemap(site.base, site.listed).encode(), "application/xml")
            elif path == "/daerah":
                self._send(200, section_page(site.listed).encode(), "text/html; charset=utf-8")
            elif path == "/failing.xml":
                self._send(500, b"server error", "text/plain")
            elif path == "/slow.xml":
                time.sleep(site.slow_seconds)
                self._send(200, b"<rss></rss>", "application/rss+xml")
            else:
                self._send(404, b"not found", "text/plain")

        def _feed(self, name: str) -> None:
            if name not in site.feeds:
                self._send(404, b"no such feed", "text/plain")
                return
            body = site.feed_body(name)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                with site.lock:
                    site.not_modified[name] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self._send(200, body, "application/rss+xml", {"ETag": etag, "Last-Modified": LAST_MODIFIED})

        def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler


@contextlib.contextmanager
def serving(site: NewsSite) -> Iterator[NewsSite]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
