"""UI bounds: a right-to-left override in an outlet name, a 5,000-character outlet and a 98,000-character title.

Ingest strips the direction controls and caps the lengths; pages strip any such controls a store still holds
(rows written before) and wrap whatever is long, so no page grows wider than the window (headless Chromium).
"""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from test_browser import CHROMIUM, FLAGS, browser  # noqa: F401 (the browser fixture)
from warta import batch
from warta.meta.fields import NAME_CHARS, TITLE_CHARS, plain_field
from warta.model import Article, Metadata
from warta.pipeline import body_hash
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store.sqlite import SQLiteStore

RLO = "\u202e"
BODY = ("Banjir rob merendam kampung nelayan di Teluk Sarwa pada Senin pagi, kata petugas kepada wartawan.\n\n"
        "Sebanyak 420 rumah terendam dan warga mengungsi ke balai desa sampai air surut pada Selasa.")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("ui")
    lines = [{"title": "Rob di Teluk Sarwa", "outlet": f"Kabar {RLO}Pesisir", "text": BODY},
             {"title": "Warga mengungsi", "outlet": "O" * 5000, "text": BODY.replace("Senin", "Rabu")},
             {"title": "T" * 98_000, "outlet": "Warta Sarwa", "text": BODY.replace("Senin", "Kamis")}]
    path = folder / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = str(folder / "warta.db")
    with SQLiteStore(db) as store:
        report = batch.ingest(store, [str(path)], fetch=False)
        assert report.new == 3, report.errors
        # a row as a store filled before ingest bounded its fields holds it
        body = BODY.replace("Senin", "Jumat")
        store.add_articles([Article(id=body_hash(body), origin="old", body=body,
                                    meta=Metadata(title=f"Lama {RLO}judul" + "J" * 20_000, outlet=f"Lama {RLO}X"))])
    return db


def test_ingest_strips_direction_controls_and_caps_lengths(hostile_store):
    with SQLiteStore(hostile_store) as store:
        rows = {r["origin"].rsplit("#", 1)[-1]: r for r in store.list_articles(limit=10)}
    assert rows["0"]["outlet"] == "Kabar Pesisir"
    assert len(rows["1"]["outlet"]) == NAME_CHARS and rows["1"]["outlet"].endswith("…")
    assert len(rows["2"]["title"]) == TITLE_CHARS
    assert plain_field("a \u2067b\u2069 c\n d", 50) == "a b c d"
    assert plain_field("kata " * 100, 60) == ("kata " * 11).strip() + "…"


def test_pages_print_no_direction_controls(hostile_store):
    with TestClient(create_app(hostile_store, Settings())) as client:
        listing = client.get("/articles")
        assert listing.status_code == 200 and "Lama X" in listing.text
        for path in ("/articles", "/search?q=rob", "/"):
            assert RLO not in client.get(path).text, path


def test_no_page_is_wider_than_the_window(hostile_store, browser):  # noqa: F811
    app = create_app(hostile_store, Settings())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        with SQLiteStore(hostile_store) as store:
            ids = [r["id"] for r in store.list_articles(limit=10)]
        widths = {}
        for path in ["/articles", "/search?q=rob", *(f"/articles/{i}" for i in ids)]:
            page.goto(f"http://127.0.0.1:{port}{path}")
            widths[path] = page.evaluate("document.documentElement.scrollWidth")
        context.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print("page widths:", widths)
    assert max(widths.values()) <= 1280, widths
