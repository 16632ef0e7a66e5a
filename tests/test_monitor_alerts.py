"""Alerts end to end on 127.0.0.1: a watched feed, a query alert, a webhook receiver that fails at first, and the
alert's Atom feed served by the app (parsed with feedparser)."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
from fastapi.testclient import TestClient

from conftest import new_store_path
from monitor_site import NewsSite, serving
from warta.ingest.web import Fetcher
from warta.monitor.alerts import AlertBook
from warta.monitor.notify import SIGNATURE_HEADER, Webhooks
from warta.monitor.sources import SourceBook
from warta.monitor.watch import Watcher
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store import SQLiteStore, open_store

SECRET = "s3cret shared with the receiver"


class Receiver:
    """Answers 500 to the first ``failures`` POSTs, then 200; stops the watch once ``wanted`` hits arrived."""

    def __init__(self, failures: int, wanted: int, stop: threading.Event) -> None:
        self.failures, self.wanted, self.stop = failures, wanted, stop
        self.posts: list[tuple[int, dict, bytes, dict]] = []  # (status answered, headers, body, parsed)
        self.lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the http.server API)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.lock:
                    status = 500 if len(receiver.posts) < receiver.failures else 200
                    receiver.posts.append((status, dict(self.headers), body, json.loads(body)))
                    if sum(1 for p in receiver.posts if p[0] == 200) >= receiver.wanted:
                        receiver.stop.set()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        return Handler


@contextlib.contextmanager
def receiving(receiver: Receiver):
    server = ThreadingHTTPServer(("127.0.0.1", 0), receiver.handler())
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


def test_an_alert_reaches_a_webhook_after_retries_and_its_atom_feed(request, backend, tmp_path):
    db = new_store_path(request, backend, tmp_path)
    stop = threading.Event()
    receiver = Receiver(failures=2, wanted=2, stop=stop)
    with serving(NewsSite()) as site, receiving(receiver) as hook, open_store(db) as store:
        site.feeds["desa"] = [341, 342]
        site.full.add("desa")  # whole articles in the feed: nothing else to fetch
        SourceBook(store).add(f"{site.base}/feeds/desa.xml", every=1.0, name="desa")
        alert = AlertBook(store).add("sumur", "query", "sumur resapan", webhook=hook, secret=SECRET)
        AlertBook(store).add("nothing", "query", "gempa bumi")
        webhooks = Webhooks(AlertBook(store), retry_base=0.2)
        watcher = Watcher(store, lambda: Fetcher(timeout=2.0, delay=0.0), webhooks=webhooks, stop=stop)
        safety = threading.Timer(60, stop.set)
        safety.start()
        try:
            watcher.run()
        finally:
            safety.cancel()
            webhooks.close()
            watcher.close()
        hits = AlertBook(store).hits(alert.id)
        nothing = AlertBook(store).hits(alert.id + 1)

    assert len(hits) == 2 and not nothing
    assert all(h.delivered is not None for h in hits)
    assert sum(h.attempts for h in hits) == 4  # each failed once (two 500s), then got through
    statuses = [p[0] for p in receiver.posts]
    assert statuses[:2] == [500, 500] and statuses[2:] == [200, 200]
    delivered = {}
    for _status, headers, body, parsed in receiver.posts:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers[SIGNATURE_HEADER], expected)
        assert parsed["alert"]["name"] == "sumur"
        delivered[parsed["hit"]["id"]] = parsed["hit"]
    assert set(delivered) == {h.id for h in hits}

    with TestClient(create_app(db, Settings())) as client:
        response = client.get(f"/alerts/{alert.id}/feed.atom")
        page = client.get("/alerts")
        sources_page = client.get("/sources")
        listed = client.get("/api/alerts").json()
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "warta alert: sumur"
    by_title = {e.title: e for e in feed.entries}
    for hit in delivered.values():
        entry = by_title[hit["title"]]
        assert entry.link.endswith(hit["link"]) and hit["link"].startswith("/articles/")
        assert entry.summary == hit["summary"]
    assert page.status_code == 200 and all(h["title"] in page.text for h in delivered.values())
    assert sources_page.status_code == 200 and "desa" in sources_page.text and "state-ok" in sources_page.text
    assert listed[0]["hits"] == 2 and listed[0]["signed"] and "secret" not in listed[0]


def test_hostile_text_in_a_hit_is_escaped_on_the_page_and_in_the_feed(tmp_path):
    db = str(tmp_path / "h.db")
    with SQLiteStore(db) as store:
        alert = AlertBook(store).add("x", "outlet", "Kabar Desa")
        store.db.execute("INSERT INTO alert_hits (alert_id, key, at, title, link, summary, data) VALUES "
                         "(?, 'article:x', 0, ?, '/articles/x', ?, '{}')",
                         (alert.id, "<script>alert(1)</script>\x00\x07", "a & b <img src=x onerror=alert(2)>"))
        store.db.commit()
    with TestClient(create_app(db, Settings())) as client:
        page = client.get("/alerts").text
        atom = client.get(f"/alerts/{alert.id}/feed.atom").content
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    feed = feedparser.parse(atom)
    assert not feed.bozo
    assert feed.entries[0].title == "<script>alert(1)</script>"  # as text, control characters dropped
    assert b"<script>" not in atom
