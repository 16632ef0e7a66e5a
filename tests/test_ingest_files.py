"""Every ingest kind on real files: the seed text dumps, the benchmark's gzipped HTML, and inputs written here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ingest_pages import atom_feed, gzip_bytes, html_page, jsonl_lines, rss_feed, story, text_dump, write_warc
from warta import batch
from warta.ingest.files import expand_targets, read_targets, sniff
from warta.model import RawDocument
from warta.store import SQLiteStore


@pytest.fixture
def store(tmp_path_factory):
    with SQLiteStore(str(tmp_path_factory.mktemp("db") / "warta.db")) as s:
        yield s


def stored(store: SQLiteStore) -> list:
    return list(store.iter_articles())


def test_seed_dumps_are_stored_then_all_duplicates(shared, store):
    seeds = shared / "corpus" / "seeds"
    first = batch.ingest(store, [str(seeds)], fetch=False)
    assert (first.new, first.duplicate, first.failed) == (5, 0, 0)
    assert all(a.body and a.meta.title for a in stored(store))

    def snapshot() -> list:
        return [(a.id, a.ingested, store.story_of(a.id)) for a in stored(store)] + store.list_stories()

    before = snapshot()
    again = batch.ingest(store, [str(seeds)], fetch=False)
    assert (again.new, again.duplicate, again.failed) == (0, 5, 0)
    assert snapshot() == before  # re-ingesting changed nothing: articles, their stories, the stories


def test_seed_dumps_are_stored_with_their_gold_titles(shared, store):
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    batch.ingest(store, [str(shared / "corpus" / "seeds")], fetch=False)
    titles = {Path(a.origin).name: a.meta.title for a in stored(store)}
    assert titles == {name: doc["title"] for name, doc in gold["documents"].items()}


def test_gzipped_benchmark_html_pages_get_non_empty_bodies(shared, store):
    folder = shared / "data" / "scrapinghub-article-extraction-benchmark" / "html"
    pages = sorted(folder.glob("*.html.gz"))[::15]  # a spread of 13 of the 181 pages
    report = batch.ingest(store, [str(p) for p in pages], fetch=False)
    assert report.failed == 0, report.errors
    articles = stored(store)
    assert len(articles) + report.duplicate == len(pages)
    assert all(a.format == "html" and len(a.body) > 200 for a in articles)


def test_kind_is_read_from_content_not_the_file_name(tmp_path, store):
    (tmp_path / "page.txt").write_text(html_page(story(11)), encoding="utf-8")
    (tmp_path / "feed.dat").write_text(rss_feed([(story(12), "https://kabardesa.example/12")]), encoding="utf-8")
    (tmp_path / "dump.html").write_text(text_dump(story(13)), encoding="utf-8")
    (tmp_path / "lines.csv").write_text(jsonl_lines([story(14)]), encoding="utf-8")
    write_warc(tmp_path / "crawl.bin", [("https://kabardesa.example/15", story(15))], gzipped=True)
    heads = {p.name: sniff(p.read_bytes()[:65536]) for p in tmp_path.iterdir() if p.suffix != ".db"}
    assert heads == {"page.txt": "document", "feed.dat": "feed", "dump.html": "document", "lines.csv": "jsonl",
                     "crawl.bin": "warc"}
    report = batch.ingest(store, [str(tmp_path)], fetch=False)
    assert (report.new, report.failed) == (5, 0), report.errors
    formats = {Path(a.origin.split("#")[0]).name: a.format for a in stored(store)}
    assert formats == {"page.txt": "html", "feed.dat": "html", "dump.html": "text", "lines.csv": "text",
                       "crawl.bin": "html"}
    assert all("sumur resapan" in a.body for a in stored(store))


def test_folders_and_globs_are_walked_recursively(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(text_dump(story(16)), encoding="utf-8")
    (deep / "two.htm").write_text(html_page(story(17)), encoding="utf-8")
    (deep / ".hidden").write_text("not a document", encoding="utf-8")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    found = expand_targets([str(tmp_path)])
    assert [Path(p).name for p in found] == ["two.htm", "one.txt"]
    assert [Path(p).name for p in expand_targets([str(tmp_path / "**" / "*.htm")])] == ["two.htm"]
    missing = expand_targets([str(tmp_path / "nothing-here")])
    assert "no such file or folder" in str(missing[0])


def test_jsonl_lines_become_articles_with_their_fields(tmp_path, store):
    path = tmp_path / "articles.jsonl"
    path.write_text(jsonl_lines([story(18), story(19), story(20)]), encoding="utf-8")
    report = batch.ingest(store, [str(path)], fetch=False)
    assert (report.new, report.failed) == (3, 0), report.errors
    by_origin = {a.origin: a for a in stored(store)}
    assert sorted(by_origin) == [f"{path}#0", f"{path}#1", f"{path}#2"]
    first = by_origin[f"{path}#0"]
    assert first.meta.title == story(18).title
    assert first.meta.url == "https://kabardesa.example/0"
    assert "sumur resapan" in first.body


def test_jsonl_html_field_and_gzipped_jsonl(tmp_path, store):
    record = {"html": html_page(story(21)), "url": "https://kabardesa.example/21"}
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip_bytes((json.dumps(record) + "\n").encode()))
    report = batch.ingest(store, [str(path)], fetch=False)
    assert (report.new, report.failed) == (1, 0), report.errors
    assert stored(store)[0].format == "html"


@pytest.mark.parametrize("make_feed", [rss_feed, atom_feed], ids=["rss", "atom"])
def test_full_content_feed_entries_become_articles(tmp_path, store, make_feed):
    first = 22 if make_feed is rss_feed else 24
    items = [(story(n), f"https://kabardesa.example/{n}") for n in (first, first + 1)]
    path = tmp_path / "feed.xml"
    path.write_text(make_feed(items), encoding="utf-8")
    report = batch.ingest(store, [str(path)], fetch=False)
    assert (report.new, report.failed) == (2, 0), report.errors
    articles = sorted(stored(store), key=lambda a: a.origin)
    assert [a.origin for a in articles] == [f"{path}#0", f"{path}#1"]
    assert [a.meta.url for a in articles] == [link for _, link in items]
    assert all(a.meta.outlet == "Kabar Desa" for a in articles)
    assert articles[0].meta.published.startswith("2024-06-03T10:15:00+07:00")


def test_link_only_feed_entries_are_stored_as_headlines_when_fetching_is_off(tmp_path, store):
    path = tmp_path / "teasers.xml"
    path.write_text(rss_feed([(story(26), "https://kabardesa.example/26")], full=False), encoding="utf-8")
    report = batch.ingest(store, [str(path)], fetch=False)
    assert (report.new, report.failed) == (1, 0)
    (article,) = list(store.iter_articles())
    assert article.meta.headline_only and article.body == article.meta.title
    assert article.meta.url == "https://kabardesa.example/26" and store.story_of(article.id)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_articles(tmp_path, store, gzipped):
    pages = [(f"https://kabardesa.example/{n}", story(n)) for n in ((30, 31, 32) if gzipped else (33, 34, 35))]
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), pages, gzipped)
    docs = list(read_targets([str(path)]))
    assert all(isinstance(d, RawDocument) for d in docs)  # the request, warcinfo and image records are skipped
    assert [d.url for d in docs] == [url for url, _ in pages]
    report = batch.ingest(store, [str(path)], fetch=False)
    assert (report.new, report.failed) == (3, 0), report.errors
    assert {a.meta.title for a in stored(store)} == {s.title for _, s in pages}


def test_sample_corpus_every_kind(examples, tmp_path, store):
    corpus = tmp_path / "corpus"
    shutil.copytree(examples, corpus)
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))["articles"]
    kinds = sorted(str(p) for p in corpus.iterdir() if p.is_dir())
    report = batch.ingest(store, kinds, fetch=False)
    assert report.failed == 0, report.errors
    origins = {str(Path(a.origin).relative_to(corpus)) if "#" not in a.origin
               else str(Path(a.origin.split("#")[0]).relative_to(corpus)) + "#" + a.origin.split("#", 1)[1]
               for a in stored(store)}
    assert origins == set(expected)
