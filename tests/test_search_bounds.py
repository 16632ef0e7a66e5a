"""Search asks for bounded work: a hostile query on a store of 5,000 articles answers within a second (or is
refused with a 422 saying why), and ordinary queries keep their results.

The store is built here: the sample corpus through the real ingest, then copies of its articles, each with a
different tail of words drawn from the corpus vocabulary, so 5,000 rows have distinct ids and a real spread of
terms for a prefix to expand to.
"""

from __future__ import annotations

import random
import time

import pytest
from fastapi.testclient import TestClient

from warta import batch
from warta.model import Article, Metadata
from warta.pipeline import body_hash
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store.fts import MAX_PREFIX_TERMS, MAX_TERMS, SearchRefused, fts_query
from warta.store.sqlite import SQLiteStore

ARTICLES = 5000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory, examples):
    path = tmp_path_factory.mktemp("search") / "warta.db"
    store = SQLiteStore(str(path))
    batch.ingest(store, [str(examples / "textdumps"), str(examples / "html")], fetch=False)
    real = list(store.iter_articles())
    vocabulary = sorted({w for a in real for w in a.body.split() if w.isalpha()})
    rng = random.Random(13)
    copies = []
    for i in range(ARTICLES - len(real)):
        source = real[i % len(real)]
        body = source.body + "\n\n" + " ".join(rng.choice(vocabulary) + str(rng.randrange(500)) for _ in range(30))
        copies.append(Article(id=body_hash(body), origin=f"copy:{i}", body=body,
                              meta=Metadata(title=source.meta.title, outlet=source.meta.outlet, language="id")))
    store.add_articles(copies)
    assert store.count_articles() == ARTICLES
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(big_store):
    with TestClient(create_app(big_store.path, Settings())) as c:
        yield c


@pytest.mark.parametrize("query", ["s* " * 99, "s* " * 20, " ".join(f"{c}*" for c in "abcdefghijklmnop"),
                                   " OR ".join(f"{c}*" for c in "abcdefgh"), "a* b* c* d* e* f* g* h*"])
def test_a_hostile_query_answers_within_a_second_or_is_refused(client, query):
    started = time.monotonic()
    response = client.get("/api/search", params={"q": query})
    elapsed = time.monotonic() - started
    print(f"{query[:24]!r}: HTTP {response.status_code} in {elapsed:.2f} s")
    assert elapsed < 1.0
    assert response.status_code in (200, 422)
    if response.status_code == 422:
        assert response.json()["error"].startswith("q: ")
    page = client.get("/search", params={"q": query})  # the web page runs the same bounded search
    assert page.status_code in (200, 422)


def test_ordinary_queries_keep_their_results(client, big_store):
    for query in ("banjir", "kapal*", '"muara lintang"', "banjir OR kebakaran", "banjir -kapal", "s*"):
        data = client.get("/api/search", params={"q": query, "limit": 200}).json()
        unbounded = big_store.search(query, limit=200)
        assert data["total"] == big_store.count_search(query) > 0, query
        assert [r["id"] for r in data["items"]] == [r["id"] for r in unbounded]


def test_repeated_terms_are_asked_once():
    assert fts_query("s* " * 99) == '"s" *'
    assert fts_query("banjir banjir -kapal -kapal") == '"banjir" NOT "kapal"'
    assert fts_query("a OR a OR b") == '("a" OR "b")'


def test_past_the_bounds_the_query_is_refused_with_the_reason():
    with pytest.raises(SearchRefused, match="prefix"):
        fts_query(" ".join(f"x{i}*" for i in range(MAX_PREFIX_TERMS + 1)))
    with pytest.raises(SearchRefused, match="terms"):
        fts_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 1)))
    fts_query(" ".join(f"w{i}" for i in range(MAX_TERMS)))  # at the bound is fine


def test_a_search_past_its_time_is_stopped(big_store):
    """The time bound is the backstop for what the term bounds let through; 0 seconds stops any search."""
    with pytest.raises(SearchRefused, match="more than"):
        big_store.search("a* b* c* d*", seconds=0.0)
    assert big_store.search("banjir", limit=1)  # the connection works normally afterwards
