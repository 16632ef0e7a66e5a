"""The REST API, in-process, over a store built here from the seeds, the sample corpus and two hand-written articles.

The two hand-written articles (fictional, our own words) carry every kind of annotation and a story with a
comparison, so the endpoints that show annotations are exercised whatever the annotation stages produce yet.
Other test modules (test_web, test_browser) import the builders below.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from warta import batch
from warta.model import (
    Article,
    Block,
    Citation,
    Claim,
    Comparison,
    DateRef,
    Entity,
    FactSide,
    Mention,
    Metadata,
    ProvenanceEdge,
    Quote,
    Story,
    TimelineEvent,
)
from warta.pipeline import body_hash
from warta.resources import Resources
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store import Store, open_store
from warta.text import sentences

TOKEN = "test-ingest-token"
EXAMPLE_KINDS = ("textdumps", "html", "feeds", "warc", "jsonl")  # README.md and expected.json are not articles

HANDMADE = [
    ("Kabar Pesisir", "https://kabarpesisir.example/banjir-rob", "2031-03-02T09:00:00+07:00",
     "Banjir Rob Rendam Kampung Nelayan di Teluk Sarwa",
     ["Banjir rob merendam kampung nelayan di Teluk Sarwa pada Senin (1/3/2031), kata Kepala Dinas Sarwa Dimas "
      "Arditya kepada wartawan.",
      "\"Sebanyak 420 rumah terendam air laut setinggi lutut,\" ujar Dimas Arditya di posko pengungsian.",
      "Menurut Kantor Berita Lentera, air mulai surut pada Selasa pagi."]),
    ("Warta Sarwa", "https://wartasarwa.example/rob-teluk-sarwa", "2031-03-02T15:30:00+07:00",
     "Ratusan Rumah di Teluk Sarwa Terendam Banjir Rob",
     ["Ratusan rumah warga di Teluk Sarwa terendam banjir rob sejak Senin (1/3/2031) malam.",
      "Dimas Arditya mengatakan bahwa 420 rumah terdampak dan sekitar 1.300 warga mengungsi ke balai desa.",
      "Artikel ini telah tayang di Kabar Pesisir dengan judul Banjir Rob Rendam Kampung Nelayan."]),
]
LINE = {"title": "Nelayan Teluk Sarwa Kembali Melaut Usai Rob Surut", "outlet": "Kabar Pesisir",
        "published": "2031-03-04T08:00:00+07:00", "url": "https://kabarpesisir.example/melaut",
        "text": "Nelayan Teluk Sarwa Kembali Melaut Usai Rob Surut\n\n"
                "Para nelayan di Teluk Sarwa kembali melaut pada Kamis pagi setelah air rob surut sepenuhnya.\n\n"
                "Mereka mengatakan bahwa perahu yang rusak sudah diperbaiki bersama oleh warga kampung."}
PERSON = Entity(id="per-dimas-arditya", name="Dimas Arditya", label="PER", roles=["Kepala Dinas Sarwa"])
PLACE = Entity(id="loc-teluk-sarwa", name="Teluk Sarwa", label="LOC")


def _span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def handmade_articles(resources: Resources | None = None) -> list[Article]:
    """Two articles of one fictional event, annotated by hand with offsets found in their own bodies."""
    out = []
    for outlet, url, published, title, paragraphs in HANDMADE:
        body = "\n\n".join(paragraphs)
        article = Article(id=body_hash(body), origin=f"handmade:{outlet}", body=body, format="text",
                          meta=Metadata(title=title, outlet=outlet, url=url, published=published, language="id",
                                        authors=["Tim Redaksi"]),
                          blocks=[Block(p, "body", f"line:{i}") for i, p in enumerate(paragraphs)])
        sentences.run(article, resources or Resources())
        for entity in (PERSON, PLACE):
            for found in re.finditer(re.escape(entity.name), body):
                article.mentions.append(Mention(found.start(), found.end(), entity.name, entity.label, entity.id))
            article.entities.append(entity)
        s, e = _span(body, "420 rumah")
        sentence = next(i for i, x in enumerate(article.sentences) if x.start <= s < x.end)
        article.claims.append(Claim(s, e, "420 rumah", 420, "houses", sentence=sentence, subject="houses flooded"))
        s, e = _span(body, "Senin (1/3/2031)")
        article.dates.append(DateRef(s, e, "Senin (1/3/2031)", "2031-03-01", anchor="absolute"))
        if "ujar" in body:
            s, _ = _span(body, "\"Sebanyak")
            _, e = _span(body, "lutut,\"")
            article.quotes.append(Quote(s, e, body[s:e], "direct", "Dimas Arditya", PERSON.id, "ujar"))
            s, e = _span(body, "Menurut Kantor Berita Lentera")
            article.citations.append(Citation(s, e, "Kantor Berita Lentera", "Menurut"))
        else:
            s, e = _span(body, "Artikel ini telah tayang di Kabar Pesisir")
            article.citations.append(Citation(s, e, "Kabar Pesisir", "telah tayang di", "republication",
                                              "Banjir Rob Rendam Kampung Nelayan"))
        out.append(article)
    return out


def handmade_story(articles: list[Article]) -> Story:
    a, b = articles
    return Story(
        id="s-handmade-rob", title=a.meta.title, articles=[a.id, b.id],
        first_seen=a.meta.published, last_seen=b.meta.published,
        comparisons=[
            Comparison("houses flooded in Teluk Sarwa", "agree", "claim", "houses",
                       [FactSide(x.id, x.meta.outlet, 420, text=x.sentence_text(x.claims[0].sentence))
                        for x in (a, b)]),
            Comparison("people evacuated", "only-one-outlet", "claim", "people",
                       [FactSide(b.id, b.meta.outlet, 1300, hedge="about", text=b.sentence_text(1))]),
        ],
        provenance=[ProvenanceEdge(a.id, "Kantor Berita Lentera", "cites", "Menurut Kantor Berita Lentera"),
                    ProvenanceEdge(b.id, a.id, "republishes", "Artikel ini telah tayang di Kabar Pesisir")],
        independent_sources=1,
        timeline=[TimelineEvent("2031-03-01", "Banjir rob merendam kampung nelayan", a.id, a.meta.outlet),
                  TimelineEvent("2031-03-02", "Air mulai surut", a.id, a.meta.outlet)],
    )


_built: list[Path] = []  # the first store built in this test session; later modules get a copy of it
_built_postgres: list[str] = []  # the same for PostgreSQL: the name of the database later ones copy


def build_store(path: Path, shared: Path, examples: Path, postgres=None) -> Store:
    """Seeds and sample corpus through the real ingest, then the hand-written pair and their story: in a SQLite
    file at ``path``, or with ``postgres`` (the test server, conftest.py) in a new database on it.

    The pipeline runs once per session and store kind; each module then works on its own copy, so one module's
    ingests never change what another sees."""
    if postgres is not None:
        return _build_postgres_store(shared, examples, postgres)
    if _built and _built[0].is_file():
        shutil.copyfile(_built[0], path)
        return open_store(str(path))
    store = open_store(str(path))
    _fill(store, shared, examples)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file, so a file copy is whole
    template = path.with_name("template.db")
    shutil.copyfile(path, template)
    _built.append(template)
    return store


def _build_postgres_store(shared: Path, examples: Path, postgres) -> Store:
    if not _built_postgres:
        url = postgres.new_database()
        with open_store(url) as store:
            _fill(store, shared, examples)
        _built_postgres.append(urlsplit(url).path.lstrip("/"))  # copied while no one is connected to it
    return open_store(postgres.new_database(template=_built_postgres[0]))


def _fill(store: Store, shared: Path, examples: Path) -> None:
    targets = [str(shared / "corpus" / "seeds")] + [str(examples / k) for k in EXAMPLE_KINDS if (examples / k).is_dir()]
    report = batch.ingest(store, targets, fetch=False)
    assert report.new >= 5, report.errors
    pair = handmade_articles()
    store.add_articles(pair)
    store.save_stories([handmade_story(pair)])


def server_for(request, backend: str):
    """The PostgreSQL test server when the module runs on PostgreSQL (skipping, with the reason, without one)."""
    return request.getfixturevalue("postgres") if backend == "postgres" else None


@pytest.fixture(scope="module")
def store(request, backend, tmp_path_factory, shared, examples):
    s = build_store(tmp_path_factory.mktemp("api") / "warta.db", shared, examples, server_for(request, backend))
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    app = create_app(store.path, Settings(api_token=TOKEN))
    with TestClient(app) as c:
        yield c


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and isinstance(body["error"], str) and body["error"]
    return body["error"]


# --- reads ----------------------------------------------------------------------------------------------------


def test_openapi_documents_every_endpoint(client):
    doc = ok(client.get("/api/openapi.json"))
    paths = set(doc["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/stories/{story_id}",
            "/api/entities", "/api/entities/{entity_id}", "/api/search", "/api/status",
            "/api/ingest/files", "/api/ingest/jsonl", "/api/ingest/urls"} <= paths
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert "limit" in {p["name"] for p in doc["paths"]["/api/articles"]["get"]["parameters"]}
    schemas = doc["components"]["schemas"]
    assert {"Article", "Story", "Comparison", "ErrorBody"} <= set(schemas) and "HTTPValidationError" not in schemas
    assert doc["paths"]["/api/search"]["get"]["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"}


def test_status_counts(client, store):
    data = ok(client.get("/api/status"))
    assert data["articles"] == store.count_articles()
    assert data["stories"] == store.count_stories()
    assert data["ingest_enabled"] is True


def test_articles_pages_cover_everything_once(client, store):
    total = store.count_articles()
    seen: list[str] = []
    for offset in range(0, total, 7):
        data = ok(client.get("/api/articles", params={"limit": 7, "offset": offset}))
        assert data["total"] == total and data["limit"] == 7 and data["offset"] == offset
        seen += [a["id"] for a in data["items"]]
    assert len(seen) == len(set(seen)) == total
    assert ok(client.get("/api/articles", params={"offset": total}))["items"] == []


def test_article_filters(client, store):
    rows = store.list_articles(limit=200)
    outlet = next(r["outlet"] for r in rows if r["outlet"])
    data = ok(client.get("/api/articles", params={"outlet": outlet, "limit": 200}))
    assert data["total"] == sum(r["outlet"] == outlet for r in rows) == len(data["items"])
    english = ok(client.get("/api/articles", params={"language": "en", "limit": 200}))
    assert english["items"] and all(a["language"] == "en" for a in english["items"])
    dated = sorted(r["published"] for r in rows if r["published"])
    middle = dated[len(dated) // 2][:10]
    since = ok(client.get("/api/articles", params={"since": middle, "limit": 200}))
    until = ok(client.get("/api/articles", params={"until": middle, "limit": 200}))
    assert all(a["published"] >= middle for a in since["items"])
    assert all(a["published"] < middle for a in until["items"])
    assert since["total"] + until["total"] == len(dated)
    by_entity = ok(client.get("/api/articles", params={"entity": PERSON.id}))
    assert by_entity["total"] == 2 and {a["outlet"] for a in by_entity["items"]} == {"Kabar Pesisir", "Warta Sarwa"}


def test_article_has_every_annotation(client, store):
    article = handmade_articles()[0]
    data = ok(client.get(f"/api/articles/{article.id}"))
    for key in ("body", "meta", "sentences", "mentions", "entities", "quotes", "citations", "claims", "dates"):
        assert key in data
    assert "source_text" not in data
    assert data["story"] == "s-handmade-rob"
    assert data["quotes"][0]["speaker"] == "Dimas Arditya"
    assert data["body"][data["claims"][0]["start"]:data["claims"][0]["end"]] == "420 rumah"
    assert ok(client.get(f"/api/articles/{article.id[:8]}"))["id"] == article.id  # a prefix is enough
    seed = next(r for r in store.list_articles(limit=200) if "seeds" in r["origin"])
    full = ok(client.get(f"/api/articles/{seed['id']}"))
    assert full["body"] and full["sentences"] and full["meta"]["title"] == seed["title"]


def test_stories_newest_largest_and_by_entity(client, store):
    newest = ok(client.get("/api/stories", params={"limit": 200}))["items"]
    days = [s["last_seen"] or "" for s in newest]
    assert days == sorted(days, reverse=True)
    largest = ok(client.get("/api/stories", params={"order": "largest", "limit": 200}))["items"]
    sizes = [s["size"] for s in largest]
    assert sizes == sorted(sizes, reverse=True)
    several = ok(client.get("/api/stories", params={"min_size": 2, "limit": 200}))
    assert several["total"] == store.count_stories(min_size=2) and all(s["size"] >= 2 for s in several["items"])
    assert all(s["outlets"] for s in several["items"])
    paged = [s["id"] for off in (0, 3, 6) for s in ok(client.get("/api/stories", params={"limit": 3, "offset": off}))
             ["items"]]
    assert paged == [s["id"] for s in newest[:9]]
    by_person = ok(client.get("/api/stories", params={"entity": PERSON.id}))
    assert [s["id"] for s in by_person["items"]] == ["s-handmade-rob"]
    assert by_person["items"][0]["outlets"] == ["Kabar Pesisir", "Warta Sarwa"]
    assert by_person["items"][0]["verdicts"] == {"agree": 1, "only-one-outlet": 1}
    bigger = ok(client.get("/api/stories", params={"entity": PERSON.id, "min_size": 3, "order": "largest"}))
    assert bigger["total"] == 0 and bigger["items"] == []


def test_story_with_comparison_provenance_timeline(client, store):
    data = ok(client.get("/api/stories/s-handmade-rob"))
    assert [m["outlet"] for m in data["members"]] == ["Kabar Pesisir", "Warta Sarwa"]
    assert {c["verdict"] for c in data["comparisons"]} == {"agree", "only-one-outlet"}
    assert all(side["text"] for c in data["comparisons"] for side in c["sides"])
    assert data["provenance_from"] == "story" and len(data["provenance"]) == 2
    assert data["timeline_from"] == "story" and data["timeline"][0]["date"] == "2031-03-01"
    for row in store.list_stories(limit=200):  # every stored story answers, whatever the story stage filled in
        story = ok(client.get(f"/api/stories/{row['id']}"))
        assert len(story["members"]) == row["size"]
        assert {"comparisons", "provenance", "timeline"} <= set(story)


def test_entities_and_their_stories(client):
    listing = ok(client.get("/api/entities", params={"limit": 200}))
    assert listing["total"] >= 2
    assert {PERSON.id, PLACE.id} <= {e["id"] for e in listing["items"]}
    people = ok(client.get("/api/entities", params={"label": "PER", "limit": 200}))
    assert all(e["label"] == "PER" for e in people["items"]) and people["total"] == len(people["items"])
    data = ok(client.get(f"/api/entities/{PERSON.id}"))
    assert data["entity"]["name"] == "Dimas Arditya"
    assert [s["id"] for s in data["stories"]] == ["s-handmade-rob"]
    assert data["articles"]["total"] == 2
    (quote,) = data["quotes"]  # the hand-written pair quotes him once, directly
    assert quote["kind"] == "direct" and quote["text"].startswith('"Sebanyak 420 rumah')
    (event,) = data["timeline"]  # one dated sentence names him: the flood on 1 March
    assert event["date"] == "2031-03-01" and "Dimas Arditya" in event["text"] and event["outlet"] == "Kabar Pesisir"


def test_search_highlights_and_pages(client):
    data = ok(client.get("/api/search", params={"q": "Akhmetzhanov"}))
    assert data["total"] >= 2 and len(data["items"]) == data["total"]
    for hit in data["items"]:
        assert "<mark>Akhmetzhanov</mark>" in hit["snippet_html"]
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]
    first = ok(client.get("/api/search", params={"q": "Akhmetzhanov", "limit": 1}))["items"]
    second = ok(client.get("/api/search", params={"q": "Akhmetzhanov", "limit": 1, "offset": 1}))["items"]
    assert first[0]["id"] != second[0]["id"]
    quoted = ok(client.get("/api/search", params={"q": 'rob "Teluk'}))  # user text is never FTS syntax
    assert quoted["total"] == 2
    assert ok(client.get("/api/search", params={"q": "zzqxjv"}))["total"] == 0


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/articles?limit=0", 422, "limit"),
    ("/api/articles?limit=201", 422, "limit"),
    ("/api/articles?limit=ten", 422, "limit"),
    ("/api/articles?offset=-1", 422, "offset"),
    ("/api/articles?since=2024-13-45", 422, "since"),
    ("/api/articles?until=yesterday", 422, "until"),
    ("/api/articles?language=Indonesian", 422, "language"),
    ("/api/stories?order=oldest", 422, "order"),
    ("/api/stories?min_size=0", 422, "min_size"),
    ("/api/entities?label=person", 422, "label"),
    ("/api/search", 422, "q"),
    ("/api/search?q=", 422, "q"),
    ("/api/search?q=%20%20", 422, "q"),
    ("/api/search?q=" + "x" * 301, 422, "q"),
    ("/api/articles/" + "a" * 65, 422, "article_id"),
    ("/api/articles/0000000000000000", 404, "no article"),
    ("/api/articles/%25%25%25%25%25%25", 422, "article_id"),
    ("/api/stories/s_%25", 422, "story_id"),
    ("/api/stories/s-none", 404, "no story"),
    ("/api/entities/per-nobody", 404, "no entity"),
    ("/api/nowhere", 404, "/api/nowhere"),
])
def test_bad_parameters_are_4xx_with_a_message(client, url, status, words):
    assert words in error_of(client.get(url), status)


def test_wrong_method_is_405(client):
    assert "POST" in error_of(client.post("/api/articles"), 405)


def test_reads_behind_a_read_token(store):
    app = create_app(store.path, Settings(api_token=TOKEN, read_token="reader"))
    with TestClient(app) as c:
        assert "token" in error_of(c.get("/api/articles"), 401)
        assert "not valid" in error_of(c.get("/api/articles", headers={"Authorization": "Bearer nope"}), 403)
        assert ok(c.get("/api/articles", headers={"Authorization": "Bearer reader"}))["total"] > 0
        assert ok(c.get("/api/stories", headers={"X-Warta-Token": "reader"}))["total"] > 0
        page = c.get("/articles")
        assert page.status_code == 401 and 'action="/login"' in page.text
        assert c.get("/", headers={"Authorization": "Bearer reader"}).status_code == 200
        refused = c.post("/login", data={"token": "nope", "next": "/articles"}, follow_redirects=False)
        assert refused.status_code == 401 and "warta_read" not in refused.headers.get("set-cookie", "")
        offsite = c.post("/login", data={"token": "reader", "next": "//evil.example/"}, follow_redirects=False)
        assert offsite.status_code == 303 and offsite.headers["location"] == "/"
        signed = c.post("/login", data={"token": "reader", "next": "/articles"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/articles"
        cookie = signed.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert c.get("/articles").status_code == 200  # the client keeps the cookie
        assert ok(c.get("/api/articles"))["total"] > 0
        ingest = c.post("/api/ingest/jsonl", content=json.dumps(LINE))  # the read cookie never opens ingest
        assert ingest.status_code == 401
