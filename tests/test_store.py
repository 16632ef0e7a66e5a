"""The stores, SQLite and PostgreSQL alike: schema migrated by code, identity by normalised body, full-text search
that never crashes. Tests taking the `store` or `backend` fixture run on both (conftest.py)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import new_store_path
from ingest_pages import story, text_dump
from warta import batch
from warta.pipeline import body_hash
from warta.store import SQLiteStore, open_store, sqlite
from warta.store.fts import SearchRefused, fts_query
from warta.store.schema import MIGRATIONS


@pytest.fixture(scope="module")
def store(request, backend, tmp_path_factory, examples):
    with open_store(new_store_path(request, backend, tmp_path_factory.mktemp("store"))) as s:
        batch.ingest(s, [str(examples / "textdumps"), str(examples / "jsonl")], fetch=False)
        yield s


def test_a_new_database_gets_every_migration_and_reopening_keeps_the_data(tmp_path):
    path = str(tmp_path / "warta.db")
    with SQLiteStore(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        report = batch.ingest(s, [], fetch=False)
        assert report.new == 0
        s.set_state("probe", {"kept": True})
    with SQLiteStore(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert s.get_state("probe") == {"kept": True}


def test_an_older_database_is_migrated_forward(tmp_path, monkeypatch):
    path = str(tmp_path / "warta.db")
    with SQLiteStore(path) as s:
        batch.ingest(s, [], fetch=False)
        s.set_state("probe", 1)
    later = [*MIGRATIONS, "CREATE TABLE probe_migration (x INTEGER);"]
    monkeypatch.setattr(sqlite, "MIGRATIONS", later)  # as if the next release appended a migration
    with SQLiteStore(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(later)
        assert s.db.execute("SELECT COUNT(*) FROM probe_migration").fetchone()[0] == 0
        assert s.get_state("probe") == 1


def test_identity_is_the_hash_of_the_normalised_body(request, backend, tmp_path):
    assert body_hash("Banjir  besar\n di KOTA") == body_hash("banjir besar di kota")
    assert body_hash("ﬁ café") == body_hash("fi café")  # NFKC: the ligature and the composed é
    assert body_hash("banjir besar") != body_hash("banjir kecil")
    s = story(40)
    (tmp_path / "a.txt").write_text(text_dump(s), encoding="utf-8")
    spaced = text_dump(s).replace(s.paragraphs[1], "  " + s.paragraphs[1].replace(" ", "   ") + "  ")
    (tmp_path / "b.txt").write_text(spaced, encoding="utf-8")
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        report = batch.ingest(store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], fetch=False)
        assert (report.new, report.duplicate) == (1, 1)
        again = batch.ingest(store, [str(tmp_path / "b.txt")], fetch=False)
        assert (again.new, again.duplicate, store.count_articles()) == (0, 1, 1)
        (article,) = store.iter_articles()
        assert article.id == body_hash(article.body)


HOSTILE = ['"', '""', "*", "AND", "OR", "NOT", "-", "--", "banjir AND", "OR banjir", "NOT banjir", "-banjir",
           "banjir -", "banjir*", "*banjir", "(", ")", "banjir)", "^banjir", "body:banjir", "title:", "NEAR(a b)",
           "a'b", "'; DROP TABLE articles; --", '"unclosed phrase', "{x}", "[", "+", "\\", "%", "\x00", "   "]


@pytest.mark.parametrize("query", HOSTILE)
def test_query_syntax_never_crashes(store, query):
    rows = store.search(query)
    assert isinstance(rows, list)
    assert store.count_search(query) == len(rows)
    assert store.count_articles() == 8  # and nothing was dropped


def test_search_understands_words_phrases_prefixes_or_and_not(store):
    def titles(query: str) -> set[str]:
        return {r["title"] for r in store.search(query, limit=100)}

    banjir = titles("banjir")
    assert banjir and all(r["snippet"] for r in store.search("banjir"))
    assert titles("banjir lintang") <= banjir
    assert titles("banjir AND lintang") == titles("banjir lintang")
    assert titles("banj*") >= banjir
    assert titles("banjir OR kapal") >= banjir | titles("kapal")
    assert titles("banjir -kapal") == banjir - titles("kapal")
    assert titles("banjir NOT kapal") == titles("banjir -kapal")
    assert titles('"muara lintang"') <= titles("muara lintang")
    assert titles("zzzyyyxxx") == set()


def test_fts_query_quotes_every_term():
    assert fts_query("banjir") == '"banjir"'
    assert fts_query('"muara lintang" kapal*') == '"muara lintang" AND "kapal" *'
    assert fts_query("a OR b -c") == '("a" OR "b") NOT "c"'
    assert fts_query("title:x") == '"title x"'
    assert fts_query("-only") == ""


def test_an_article_id_prefix_must_be_unambiguous_hex(store):
    article = next(store.iter_articles())
    assert store.get_article(article.id[:8]).id == article.id
    assert store.get_article("%%%%%%") is None
    assert store.get_article(article.id[:3]) is None  # too short to be meant


def test_the_database_file_is_plain_sqlite(tmp_path):
    path = tmp_path / "warta.db"
    with SQLiteStore(str(path)) as s:
        batch.ingest(s, [], fetch=False)
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "articles_fts", "stories", "story_articles", "state"} <= names


def test_template_statistics_kept_in_the_state_table_move_to_their_own_rows(tmp_path, monkeypatch):
    from warta.clean.templates import TemplateStats

    before = TemplateStats()
    before.observe("kabar.example", ["Beranda", "Kabar Terkini", "Sebuah paragraf yang hanya ada di satu halaman."])
    before.observe("kabar.example", ["Beranda", "Kabar Terkini", "Paragraf lain di halaman kedua situs itu."])
    before.observe("", ["Baca Juga"])
    before.remember_template("tpl-abc", ["k1", "k2"])
    path = str(tmp_path / "warta.db")
    monkeypatch.setattr(sqlite, "MIGRATIONS", MIGRATIONS[:2])  # a database written before migration 3
    with SQLiteStore(path) as s:
        s.set_state("clean.templates", before.as_json())
    monkeypatch.setattr(sqlite, "MIGRATIONS", MIGRATIONS)
    with SQLiteStore(path) as s:
        after = TemplateStats.from_rows(*s.load_template_rows())
        assert s.get_state("clean.templates") is None
    assert after.as_json() == before.as_json()
    assert after.count("kabar.example", "beranda") == 2 and after.share("", "Baca Juga") == 1.0


def test_search_ranks_highlights_and_bounds_alike(store):
    hits = store.search("banjir", limit=100)
    assert hits and all("\x02" in h["snippet"] and "\x03" in h["snippet"] for h in hits if "anjir" in h["snippet"])
    marked = [h["snippet"][h["snippet"].index("\x02") + 1:h["snippet"].index("\x03")].lower()
              for h in hits if "\x02" in h["snippet"]]
    assert marked and all(m == "banjir" for m in marked)
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks)  # best first: the lower the rank value, the better, in both stores
    assert [h["id"] for h in store.search("banjir", limit=2, offset=1)] == [h["id"] for h in hits[1:3]]
    with pytest.raises(SearchRefused, match="too many"):
        store.search(" ".join(f"w{i}" for i in range(17)))


def test_a_postgres_store_is_migrated_once_and_reopening_keeps_the_data(postgres):
    from warta.store.pg_schema import MIGRATIONS as PG_MIGRATIONS

    url = postgres.new_database()
    with open_store(url) as s:
        assert s.schema_version() == len(PG_MIGRATIONS)
        s.set_state("probe", {"kept": True})
    with open_store(url, create=False) as s:
        assert s.schema_version() == len(PG_MIGRATIONS) and s.get_state("probe") == {"kept": True}


def test_a_database_without_a_store_is_refused_for_reading(postgres):
    from warta.errors import InputError

    with pytest.raises(InputError, match="no warta store"):
        open_store(postgres.new_database(), create=False)
    with pytest.raises(InputError, match=r"cannot open the database") as refused:
        open_store("postgresql://warta:secret@/nowhere?host=/nonexistent")
    assert "secret" not in str(refused.value)
    with pytest.raises(InputError) as refused:
        open_store("postgresql:///nowhere?host=/nonexistent&password=secret&user=warta")
    assert "secret" not in str(refused.value) and "user=warta" in str(refused.value)


def test_a_nul_in_metadata_fails_nothing(request, backend, tmp_path):
    """PostgreSQL text cannot hold NUL; a hostile URL or title with one must not fail its batch."""
    lines = [{"title": "Judul\x00 berita", "url": "https://kabar.example/a\x00b", "outlet": "Kabar\x00",
              "text": text_dump(story(41))}, {"text": text_dump(story(42))}]
    path = tmp_path / "nul.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        report = batch.ingest(store, [str(path)], fetch=False)
        assert (report.new, report.failed) == (2, 0), report.errors
        assert store.count_articles(outlet=store.list_articles()[-1]["outlet"]) >= 1


def test_a_postgres_search_past_its_time_is_refused(postgres):
    """The server stops the statement: here one kept waiting by a lock another session holds on the table."""
    import psycopg

    url = postgres.new_database()
    with open_store(url) as store, psycopg.connect(url) as other:
        other.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")  # held until `other` ends its transaction
        with pytest.raises(SearchRefused, match="more than 0.2 s"):
            store.search("banjir", seconds=0.2)
        with pytest.raises(SearchRefused):
            store.count_search("banjir", seconds=0.2)
        other.rollback()
        assert store.search("banjir", seconds=0.2) == [] and store.count_search("banjir") == 0


def test_the_status_totals_follow_every_write_of_articles_and_stories(request, backend, tmp_path, examples):
    from warta.model import Story

    def counted(s) -> tuple[int, int, int]:
        return (s.value("SELECT COUNT(*) AS n FROM articles"), s.value("SELECT COUNT(*) AS n FROM stories"),
                s.value("SELECT COUNT(*) AS n FROM stories WHERE size >= 2"))

    with open_store(new_store_path(request, backend, tmp_path)) as s:
        batch.ingest(s, [str(examples / "textdumps"), str(examples / "jsonl")], fetch=False)
        batch.ingest(s, [str(examples / "jsonl")], fetch=False)  # duplicates only: nothing added
        assert (s.count_articles(), s.count_stories(), s.count_stories(min_size=2)) == counted(s)
        assert counted(s)[2] > 0
        ids = [r["id"] for r in s.list_articles(limit=3)]
        s.save_stories([Story(id="one", articles=ids[:1]), Story(id="two", articles=ids)])  # new rows
        s.save_stories([Story(id="two", articles=ids[:1]), Story(id="one", articles=ids[:2])])  # resized
        s.delete_stories(["two"])
        assert (s.count_articles(), s.count_stories(), s.count_stories(min_size=2)) == counted(s)
        s.save_stories([Story(id="only", articles=ids)], replace_all=True)
        assert (s.count_stories(), s.count_stories(min_size=2), s.count_stories(min_size=3)) == (1, 1, 1)
