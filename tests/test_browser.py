"""The web UI in headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against a live server.

The server runs in a thread on a loopback port over a store built here from the seeds and the sample corpus.
Screenshots go to artifacts/browser/ in the repository root.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from test_api import build_store
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store.sqlite import SQLiteStore

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "browser"
TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, shared: Path, examples: Path) -> Path:
    path = tmp_path_factory.mktemp("browser") / "warta.db"
    build_store(path, shared, examples).close()
    return path


@pytest.fixture(scope="module")
def server(store_path: Path):
    app = create_app(str(store_path), Settings(api_token=TOKEN))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (make browser installs it)")
    sync_playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def gold_story_ids(shared: Path, store_path: Path, gold_id: str) -> tuple[set[str], list[str]]:
    """The stored story ids and article ids of the seed documents the gold puts in one story."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = next(s["docs"] for s in gold["stories"] if s["id"] == gold_id)
    with SQLiteStore(str(store_path)) as store:
        rows = store.list_articles(limit=500)
        ids = [r["id"] for r in rows if Path(r["origin"]).name in docs]
        return {store.story_of(a) for a in ids}, ids


def test_story_list_to_story_with_agreeing_figures(page, server, shared, store_path):
    stories, articles = gold_story_ids(shared, store_path, "ru-exodus-kz-2022")
    assert len(articles) == 2 and len(stories) == 1, "the seeds' Kazakhstan exodus articles are not one story"
    (story_id,) = stories
    page.goto(server + "/?order=largest&min_size=2")
    shot(page, "01-story-list")
    page.click(f"a[href='/stories/{story_id}']")
    page.wait_for_url(f"**/stories/{story_id}")
    shot(page, "02-story-page")

    sides = page.locator(".sides .side")
    assert sides.count() == 2
    assert {sides.nth(i).get_attribute("data-article") for i in range(2)} == set(articles)
    for i in range(2):  # each outlet's own figures, from its article's claims
        figures = sides.nth(i).locator(".figures").inner_text()
        assert "200 ribu" in figures and "147 ribu" in figures

    agree = page.locator("table.facts tr.fact-agree")
    both = {f"/articles/{a}" for a in articles}
    for figure in ("200 ribu", "147 ribu"):  # an agreeing fact with both outlets' sentences behind it
        rows = agree.filter(has_text=figure)
        linked = [{rows.nth(i).locator(".fact-sides a.to-article").nth(j).get_attribute("href")
                   for j in range(rows.nth(i).locator(".fact-sides a.to-article").count())}
                  for i in range(rows.count())]
        assert both in linked, (figure, linked)


def test_story_page_charts(page, server):
    """The hand-written story carries a comparison, provenance and timeline: all three are drawn."""
    page.goto(server + "/stories/s-handmade-rob")
    shot(page, "02b-story-charts")
    assert page.locator("table.facts tr.fact-agree .fact-sides li").count() == 2
    assert page.locator("table.facts tr.fact-only-one-outlet").count() == 1
    assert page.locator("svg.graph g.node").count() == 4
    assert page.locator("svg.graph g.link.republication").count() == 1
    assert page.locator("svg.timeline circle.dot").count() == 2
    page.locator("svg.timeline a").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+$"))


def test_search_reaches_the_quote(page, server):
    page.goto(server + "/")
    page.fill("header input[name=q]", "Akhmetzhanov")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Akhmetzhanov*")
    assert page.locator(".hit mark").first.inner_text().lower() == "akhmetzhanov"
    shot(page, "03-search")
    hits = page.locator(".hit a.title")
    assert hits.count() >= 2
    hits.first.click()
    page.wait_for_url(re.compile(r"/articles/\w+\?q=Akhmetzhanov$"))
    assert page.locator(".body .hl-match").first.inner_text() == "Akhmetzhanov"
    speaker = page.locator(".quotes li", has_text="Akhmetzhanov").first.locator("a.speaker")
    speaker.click()
    anchor = page.evaluate("location.hash")
    assert anchor.startswith("#quote-")
    target = page.locator(anchor)
    assert target.is_visible()
    assert "hl-quote" in (target.get_attribute("class") or "")
    shot(page, "04-article-quote")


def test_phone_layout(browser, server, store_path):
    with SQLiteStore(str(store_path)) as store:
        story_id = store.list_stories(limit=1, order="largest")[0]["id"]
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{server}/stories/{story_id}")
    width = page.evaluate("document.documentElement.scrollWidth")
    shot(page, "05-phone-story")
    context.close()
    assert width <= 390  # nothing forces sideways scrolling on a phone


HOSTILE = {
    "title": "Judul </textarea><script>window.__pwned = 'title'; alert(1)</script>"
             "<img src=x onerror=\"window.__pwned='img'\">",
    "author": "<svg onload=\"window.__pwned='author'\"></svg> Penulis",
    "outlet": "Kabar <b onmouseover=alert(1)>Jahat</b>",
    "url": "javascript:window.__pwned='url'",
    "published": "2024-05-21T10:00:00+07:00",
    "text": "Uji keamanan tampilan halaman warta <script>window.__pwned = 'kicker'</script>\n\n"
            "Paragraf pertama menguji penyaring </textarea><script>window.__pwned = 'body'; alert(2)</script> di "
            "halaman artikel, dengan tautan javascript:alert(3) dan gambar <img src=x onerror=alert(4)>.\n\n"
            "Paragraf kedua menyebut Menteri Dalam Negeri yang mengatakan bahwa 200 ribu orang telah datang, "
            "ditulis sebagai uji keamanan tampilan dan bukan berita sungguhan.\n\n"
            "Paragraf ketiga menutup uji ini: <a href=\"javascript:alert(5)\">klik</a> dan <iframe "
            "src=\"javascript:alert(6)\"></iframe> harus tampil sebagai teks biasa saja.",
}


def test_hostile_article_renders_inert(page, server):
    import httpx

    response = httpx.post(f"{server}/api/ingest/jsonl", content=json.dumps(HOSTILE).encode(),
                          headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    (article_id,) = response.json()["new_ids"]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    story = httpx.get(f"{server}/api/articles/{article_id}").json()["story"]
    for path in (f"/articles/{article_id}", f"/stories/{story}", "/search?q=Paragraf+penyaring", "/articles",
                 "/?order=newest"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("a[href^='javascript:' i], iframe, script:not([src]), [onerror], [onload]").count() == 0
    page.goto(f"{server}/articles/{article_id}")
    shot(page, "06-hostile-article")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert "</textarea>" in page.locator(".body").inner_text()
    assert dialogs == []
