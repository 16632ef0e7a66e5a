"""A lean article row (store/rows.py): what can be rebuilt is not stored, the source text only on request, and
every article reads back exactly as the pipeline made it, from new rows and from rows written before. Tests taking
the `backend` fixture run on SQLite and PostgreSQL (conftest.py)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import new_store_path
from warta import batch, pipeline
from warta.cli import app
from warta.model import RawDocument, to_dict
from warta.store import SQLiteStore, open_store, sqlite
from warta.store.rows import load_json
from warta.store.schema import MIGRATIONS
from warta.text import tokens


@pytest.fixture(scope="module")
def processed(examples, resources):
    """The sample corpus's HTML pages through the pipeline, as a store is given them."""
    pages = sorted((examples / "html").glob("*.html"))
    return [pipeline.process(RawDocument(data=p.read_bytes(), origin=str(p)), resources) for p in pages]


def _record(store, article_id: str) -> dict:
    return load_json(store.value("SELECT data FROM articles WHERE id = ?", (article_id,)))


def test_an_article_reads_back_as_the_pipeline_made_it_without_its_source(request, backend, tmp_path, processed):
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        assert store.add_articles(processed) == [True] * len(processed)
        for made in processed:
            assert made.source_text and made.tokens and made.quotes + made.mentions
            record = _record(store, made.id)
            assert not {"body", "tokens", "source_text"} & set(record)  # the body column holds the body once
            back = store.get_article(made.id)
            assert to_dict(back) == {**to_dict(made), "source_text": ""}
            assert store.get_source(made.id) is None
        assert [a.id for a in store.iter_articles(order="ingested")] == [a.id for a in processed]
        assert store.search("banjir")  # the search index is fed from the body column as before


def test_kept_sources_come_back_whole(request, backend, tmp_path, processed):
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        store.keep_source = True
        store.add_articles(processed[:2])
        for made in processed[:2]:
            assert store.get_source(made.id) == made.source_text
            assert "source_text" not in _record(store, made.id)


def test_the_ingest_command_keeps_sources_only_when_asked(tmp_path, examples):
    page = str(examples / "html" / "harianselat_kerugian-banjir-muara-lintang.html")
    for flag, kept in (([], 0), (["--keep-source"], 1)):
        db = str(tmp_path / f"store{kept}.db")
        result = CliRunner().invoke(app, ["ingest", page, "--db", db, "--json", *flag])
        assert result.exit_code == 0, result.output
        assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM article_sources").fetchone()[0] == kept


def test_entity_counts_are_maintained_as_links_are_written(request, backend, tmp_path, examples, processed):
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        batch.ingest(store, [str(examples / "textdumps"), str(examples / "jsonl"), str(examples / "html")],
                     fetch=False)
        assert _counts_listed(store) == _counts_aggregated(store)
        changed = store.get_article(processed[0].id)
        changed.mentions = changed.mentions[: len(changed.mentions) // 2]  # re-processing found fewer names
        store.replace_article(changed)
        assert _counts_listed(store) == _counts_aggregated(store)
        assert store.get_article(changed.id).mentions == changed.mentions
        label = store.list_entities(limit=1)[0]["label"]
        assert {r["label"] for r in store.list_entities(limit=1000, label=label)} == {label}


def _counts_listed(store) -> list[tuple[str, int]]:
    rows = store.list_entities(limit=100_000)
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    return sorted((r["id"], r["articles"]) for r in rows)


def _counts_aggregated(store) -> list[tuple[str, int]]:
    rows = store.rows("SELECT e.id, COUNT(ae.article_id) AS n FROM entities e"
                      " LEFT JOIN article_entities ae ON ae.entity_id = e.id GROUP BY e.id")
    return sorted((r["id"], r["n"]) for r in rows)


def test_a_store_written_before_the_lean_rows_is_migrated_and_reads_the_same(request, backend, tmp_path, monkeypatch,
                                                                              processed):
    """Rows as stores before the lean migration (SQLite's 5, PostgreSQL's 3) wrote them: full JSON, body and source
    inside, entities with every field. The migration leaves them as they are, adds the counts; they read back
    unchanged."""
    new = tmp_path / "new.db"
    with SQLiteStore(str(new)) as store:
        store.add_articles(processed)
        articles = list(store.iter_articles(order="ingested"))
        entities = [store.get_entity(r["id"]) for r in store.list_entities(limit=100_000)]
        links = store.rows("SELECT article_id, entity_id, mentions FROM article_entities")
    expected = {made.id: to_dict(made) for made in processed}
    old = new_store_path(request, backend, tmp_path)
    module, before = (sqlite, MIGRATIONS[:4]) if backend == "sqlite" else _postgres_migrations_before_lean()
    monkeypatch.setattr(module, "MIGRATIONS", before)
    with open_store(old) as store, store.transaction():
        for made in processed:
            m = made.meta
            store.run("INSERT INTO articles (id, origin, url, title, outlet, published, language, body, data,"
                      " ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (made.id, made.origin, m.url, m.title, m.outlet, m.published, m.language, made.body,
                       json.dumps(expected[made.id], ensure_ascii=False), made.ingested))
        store.run_many("INSERT INTO entities (id, name, label, data) VALUES (?, ?, ?, ?)",
                       [(e.id, e.name, e.label, json.dumps(to_dict(e))) for e in entities])
        store.run_many("INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)",
                       [(r["article_id"], r["entity_id"], r["mentions"]) for r in links])
    monkeypatch.undo()
    with open_store(old) as store:
        assert [to_dict(a) for a in store.iter_articles(order="ingested")] == list(expected.values())
        assert [to_dict(store.get_article(a.id)) for a in articles] == [expected[a.id] for a in articles]
        assert [store.get_entity(e.id) for e in entities] == entities
        assert _counts_listed(store) == _counts_aggregated(store)
        assert sum(n for _, n in _counts_listed(store)) == len(links) > 0
        assert store.search("banjir")
        store.add_articles(processed)  # a re-ingest adds nothing, old rows or new
        assert store.count_articles() == len(processed)


def _postgres_migrations_before_lean():
    from warta.store import pg_schema, postgres

    return postgres, pg_schema.MIGRATIONS[:2]


def test_tokens_rebuilt_from_recent_spans_are_fresh_and_a_tagged_token_is_told_apart(processed):
    article = processed[0]
    again = tokens.sentence_tokens(article.body, article.sentences)  # the spans kept when the pipeline tokenised
    assert again == article.tokens and again[0] is not article.tokens[0]
    assert tokens.are_sentence_tokens(article.tokens, article.body, article.sentences)
    again[0].pos = "NNP"
    assert not tokens.are_sentence_tokens(again, article.body, article.sentences)
    assert tokens.sentence_tokens(article.body, article.sentences)[0].pos == ""
    assert not tokens.are_sentence_tokens(again[1:], article.body, article.sentences)


def test_bodies_are_kept_compressed_and_searched_as_text(tmp_path, processed):
    """SQLite keeps bodies compressed (migration 8); the full-text index reads them through a view, so a search
    finds and highlights the same text in a compressed body and in one written as text before the migration."""
    made = max(processed, key=lambda a: len(a.body))
    word = max(made.body.split(), key=len).strip(".,;:\"'()")
    with SQLiteStore(str(tmp_path / "s.db")) as store:
        store.add_articles(processed)
        held = store.value("SELECT body FROM articles WHERE id = ?", (made.id,))
        assert isinstance(held, bytes) and len(held) < 0.7 * len(made.body.encode())
        found = [(r["id"], r["snippet"]) for r in store.search(word)]
        assert made.id in dict(found) and f"\x02{word}\x03".lower() in dict(found)[made.id].lower()
        store.run("UPDATE articles SET body = warta_text(body) WHERE id = ?", (made.id,))  # as an older row
        assert isinstance(store.value("SELECT body FROM articles WHERE id = ?", (made.id,)), str)
        assert store.get_article(made.id).body == made.body
        assert [(r["id"], r["snippet"]) for r in store.search(word)] == found
