"""The web UI in-process: every page, the security headers, escaping of hostile text, the highlighted body."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from test_api import PERSON, TOKEN, build_store, handmade_articles, server_for
from warta.model import Article, Claim, Mention, Metadata, ProvenanceEdge, Quote, Story, TimelineEvent
from warta.pipeline import body_hash
from warta.serve import charts, views
from warta.serve.app import create_app
from warta.serve.highlight import highlight
from warta.serve.security import CSP, safe_url
from warta.serve.settings import Settings

EVIL = "</textarea><script>window.__pwned=1</script><img src=x onerror=alert(1)>\"'"


@pytest.fixture(scope="module")
def store(request, backend, tmp_path_factory, shared, examples):
    s = build_store(tmp_path_factory.mktemp("web") / "warta.db", shared, examples, server_for(request, backend))
    body = f"Paragraf uji {EVIL} dengan angka 75 persen.\n\nKalimat kedua {EVIL} juga diuji."
    evil = Article(id=body_hash(body), origin=f"handmade:{EVIL}", body=body, format="text",
                   meta=Metadata(title=f"Judul {EVIL}", outlet=f"Outlet {EVIL}", url="javascript:alert(1)",
                                 published="2031-04-01", authors=[EVIL], language="id"))
    start = body.index("75 persen")
    evil.claims.append(Claim(start, start + 9, "75 persen", 75, "percent", subject=EVIL))
    evil.mentions.append(Mention(body.index("<script>"), body.index("</script>") + 9, EVIL, "PER", f"e-{EVIL}"))
    evil.quotes.append(Quote(0, len(body), body, "indirect", EVIL, cue=EVIL))
    s.add_articles([evil])
    s.set_state("test-evil-id", evil.id)
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store.path, Settings(api_token=TOKEN))) as c:
        yield c


class Tags(HTMLParser):
    """Collects every element with its attributes, to check what the browser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_inert(html: str) -> None:
    for tag, attrs in tags_of(html):
        assert tag not in ("script", "iframe", "object", "embed", "textarea"), tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, (tag, attrs)  # the CSP forbids inline style; none is needed
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("http"):
            assert set(attrs.get("rel", "").split()) >= {"noopener", "noreferrer", "nofollow"}


def pages(store) -> list[str]:
    story = store.list_stories(limit=1, order="largest")[0]["id"]
    article = store.list_articles(limit=1)[0]["id"]
    return ["/", "/?order=largest&min_size=2", f"/stories/{story}", "/stories/s-handmade-rob", "/articles",
            f"/articles?entity={PERSON.id}", f"/articles/{article}", f"/articles/{handmade_articles()[0].id}",
            "/entities", "/entities?label=PER", f"/entities/{PERSON.id}", f"/?entity={PERSON.id}&order=largest",
            "/search", "/search?q=Akhmetzhanov",
            "/api"]


def test_every_page_renders_with_security_headers(client, store):
    for path in pages(store):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["content-security-policy"] == CSP
        assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert_inert(response.text)
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "max-width" in css.text and css.headers["content-security-policy"] == CSP


def test_pages_refer_to_nothing_outside(client, store):
    for path in pages(store):
        for tag, attrs in tags_of(client.get(path).text):
            if tag in ("link", "img", "script"):
                assert (attrs.get("href") or attrs.get("src") or "").startswith("/static/"), (path, tag, attrs)


def test_hostile_article_is_escaped_everywhere(client, store):
    article_id = store.get_state("test-evil-id")
    story = store.story_of(article_id)
    for path in (f"/articles/{article_id}", "/articles", "/search?q=Paragraf+uji", f"/entities/e-{EVIL}",
                 f"/api/articles/{article_id}") + ((f"/stories/{story}",) if story else ()):
        response = client.get(path)
        if path.startswith("/api/"):  # JSON carries the text as data; the type and nosniff keep it from rendering
            assert response.headers["content-type"] == "application/json"
            assert response.headers["x-content-type-options"] == "nosniff"
            continue
        assert "<script>window" not in response.text, path
        assert "<img src=x" not in response.text, path
        assert_inert(response.text)
    page = client.get(f"/articles/{article_id}").text
    assert "&lt;/textarea&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert 'href="javascript' not in page and "javascript:alert(1)" in page  # shown as text, not linked


def test_error_pages(client):
    response = client.get("/stories/s-none")
    assert response.status_code == 404 and "no story" in response.text
    assert response.headers["content-security-policy"] == CSP
    bad = client.get("/?limit=5000")
    assert bad.status_code == 422 and "limit" in bad.text and bad.headers["content-type"].startswith("text/html")
    evil = client.get("/stories/" + EVIL[:40].replace("/", "x"))
    assert evil.status_code in (404, 422) and "<script>window" not in evil.text


def test_story_page_shows_outlets_facts_provenance_timeline(client):
    html = client.get("/stories/s-handmade-rob").text
    assert html.count('class="side"') == 2
    assert "Kabar Pesisir" in html and "Warta Sarwa" in html
    assert re.search(r'class="fact fact-agree".*?420 rumah terendam', html, re.S)
    assert "only-one-outlet" in html and "about 1,300" in html
    assert html.count('class="node node-source"') == 2 and 'class="link republication"' in html
    assert html.count('class="dot"') == 2
    assert 'href="https://kabarpesisir.example/banjir-rob" rel="noopener noreferrer nofollow"' in html


def test_entity_page_quotes_and_timeline(client):
    html = client.get(f"/entities/{PERSON.id}").text
    assert "<h2>Quoted</h2>" in html and "#quote-0" in html
    assert "<h2>Timeline</h2>" in html and html.count('class="dot"') == 1


def test_stories_naming_an_entity(client):
    html = client.get("/", params={"entity": PERSON.id}).text
    assert "Stories naming" in html and html.count('href="/stories/') == 1 and "s-handmade-rob" in html
    assert client.get("/", params={"entity": "e-nobody"}).status_code == 404


def test_search_page_marks_matches(client):
    html = client.get("/search", params={"q": "Akhmetzhanov"}).text
    assert html.count("<mark>Akhmetzhanov</mark>") >= 2
    assert "Nothing matches" in client.get("/search", params={"q": "zzqxjv"}).text


def test_pager_links_keep_filters(client, store):
    html = client.get("/articles", params={"limit": 2, "language": "id"}).text
    assert "offset=2" in html and "language=id" in html and 'rel="next"' in html


# --- the parts behind the pages ---------------------------------------------------------------------------------


def assert_balanced(markup: str) -> None:
    """Every element opened in the highlighted body is closed, innermost first."""
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)(a|span)\b", markup):
        if closing:
            assert stack and stack.pop() == name, markup[:200]
        else:
            stack.append(name)
    assert not stack


def text_of(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
        .replace("&#39;", "'").replace("&amp;", "&")


def test_highlight_keeps_the_body_and_marks_every_annotation(seed_articles):
    article = handmade_articles()[0]
    html = str(highlight(article))
    assert text_of(html) == article.body  # lossless: nothing dropped or doubled
    assert_balanced(html)
    assert html.count("hl-entity") >= 2 and 'id="quote-0"' in html and 'id="claim-0"' in html
    assert 'id="date-0"' in html and 'id="citation-0"' in html
    assert f'href="/entities/{PERSON.id}"' in html
    quote = html.index('<span class="hl hl-quote" title="direct quote: Dimas Arditya" id="quote-0">')
    assert html[quote:].index("&#34;Sebanyak") < 100, "a quote is one element holding its text"
    assert re.search(r'id="quote-0">.*?<span class="hl hl-claim"[^>]*>420 rumah</span>', html), "claim inside quote"
    for seed in seed_articles.values():  # real bodies with whatever annotations the stages produce
        html = str(highlight(seed, "Rusia Kazakhstan"))
        assert text_of(html) == seed.body
        assert_balanced(html)


def test_search_words_are_marked_on_the_article(client):
    article = handmade_articles()[1]
    html = client.get(f"/articles/{article.id}", params={"q": "rumah di <b>"}).text
    assert html.count('hl-match') == article.body.lower().count("rumah")  # "di" is too short to mark
    assert "Search words marked: <mark>rumah di &lt;b&gt;</mark>" in html
    search = client.get("/search", params={"q": "Teluk Sarwa"}).text
    assert f'href="/articles/{article.id}?q=Teluk%20Sarwa"' in search


def test_highlight_ignores_broken_offsets():
    body = "Satu <b>dua</b> tiga."
    article = Article(id="x", origin="t", body=body,
                      claims=[Claim(5, 500, "bad", 1), Claim(9, 4, "bad", 1), Claim(-3, 2, "bad", 1)],
                      mentions=[Mention(0, 4, "Satu", "PER", "e\"><script>")])
    html = str(highlight(article))
    assert text_of(html) == body and "<b>" not in html and "hl-claim" not in html
    assert 'href="/entities/e%22%3E%3Cscript%3E"' in html


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<b>", False), ("//example.org/x", False),
    ("/relative", False), ("https://exa mple.org", False), ("https://example.org/\"onmouseover=x", False),
    ("", False), (None, False), ("http://", False), ("https://[::1", False),
])
def test_safe_url(url, safe):
    assert (safe_url(url) == url.strip()) if safe else safe_url(url) == ""


def test_snippet_markers_become_escaped_marks():
    raw = "a <b> \x02Kata\x03 & \x02lagi\x03 \x03 tail \x02open"
    html = str(views.snippet_html(raw))
    assert html == "a &lt;b&gt; <mark>Kata</mark> &amp; <mark>lagi</mark>  tail <mark>open</mark>"
    assert views.snippet_text(raw) == "a <b> Kata & lagi  tail open"


def test_story_sides_one_column_per_outlet():
    first, second = handmade_articles()
    later = Article(id="later", origin="t", body="x", meta=Metadata(outlet=first.meta.outlet, published="2031-03-05"))
    story = Story(id="s", articles=[later.id, second.id, first.id])
    view = views.StoryView(story, [later, second, first], [], "story", [], "story",
                           {a.id: a.meta.outlet for a in (first, second, later)})
    sides = view.sides()
    assert [(outlet, a.id, [m.id for m in more]) for outlet, a, more in sides] == [
        ("Kabar Pesisir", first.id, ["later"]), ("Warta Sarwa", second.id, [])]


def test_charts_layout():
    edges = [ProvenanceEdge("a1", "Reuters", "cites"), ProvenanceEdge("a2", "Reuters", "cites"),
             ProvenanceEdge("a2", "a1", "republishes")]
    graph = charts.provenance_graph(edges, {"a1": "Kabar", "a2": "Warta"})
    assert [n.label for n in graph.nodes if n.kind == "outlet"] == ["Kabar", "Warta"]
    assert [n.label for n in graph.nodes if n.kind == "source"] == ["Reuters", "Kabar"]
    assert [link.republication for link in graph.links] == [False, False, True]
    timeline = charts.timeline_chart([TimelineEvent("2024-05-01", "x", "a1", "Kabar"),
                                      TimelineEvent("2024-05-11T08:00:00+07:00", "y", "a2", "Warta"),
                                      TimelineEvent("soon", "z", "a2", "Warta")])
    assert timeline is not None and len(timeline.dots) == 2 and len(timeline.lanes) == 2
    assert timeline.dots[0].x < timeline.dots[1].x
    assert (timeline.ticks[0][0], timeline.ticks[-1][0]) == ("2024-05-01", "2024-05-11")
    same_day = charts.timeline_chart([TimelineEvent("2024-05-23T08:30:00+07:00", "a", "a1", "Kabar"),
                                      TimelineEvent("2024-05-23T15:00:00+07:00", "b", "a2", "Warta")])
    assert same_day is not None and same_day.dots[1].x - same_day.dots[0].x > 300  # hours apart, drawn apart
    assert same_day.ticks[0][0] == "05-23 08:30"
    days = charts.timeline_chart([TimelineEvent("2031-03-01", "a", "a1", "Kabar"),
                                  TimelineEvent("2031-03-02", "b", "a1", "Kabar")])
    assert days is not None and [t[0] for t in days.ticks] == ["2031-03-01", "2031-03-02"]
    assert charts.timeline_chart([TimelineEvent("", "x", "a")]) is None
