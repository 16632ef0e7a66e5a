"""CSV and JSON tables ingest as JSON Lines do: columns recognised by their header names (news-watch's layout, the
Detik CSV in ../shared), others named with --columns, dates in their usual Indonesian forms."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest_pages import story
from warta import batch
from warta.cli import app
from warta.ingest.files import read_file
from warta.ingest.records import iso_published, parse_columns
from warta.model import RawDocument
from warta.store import SQLiteStore

NEWS_WATCH = ("title", "publish_date", "author", "content", "keyword", "category", "source", "link")


def ingest(*args: str):
    return CliRunner().invoke(app, ["ingest", *args])


def news_watch_rows(first: int, count: int) -> list[dict]:
    """Rows as news-watch writes them: naive local times, the outlet in `source`, the URL in `link`."""
    return [{"title": story(n).title, "publish_date": f"2025-10-{n - first + 10} 21:36:00", "author": "Rina Wati",
             "content": story(n).body, "keyword": "banjir", "category": "Nasional", "source": "kabardesa",
             "link": f"https://kabardesa.example/berita/{n}"} for n in range(first, first + count)]


def test_news_watch_csv_and_json_ingest_with_titles_dates_outlets_and_links(tmp_path):
    rows = news_watch_rows(610, 3)
    path = tmp_path / "news-watch-banjir-20251020_21.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=NEWS_WATCH, quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)
    db = str(tmp_path / "warta.db")
    result = ingest(str(path), "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 3
    with SQLiteStore(db) as store:
        stored = {a.meta.url: a for a in store.iter_articles()}
    for n, row in zip(range(610, 613), rows, strict=True):
        meta = stored[row["link"]].meta
        assert meta.title == story(n).title
        assert meta.published == f"{row['publish_date'][:10]}T21:36:00+07:00"  # news-watch writes WIB, naive
        assert meta.outlet == "kabardesa"
        assert meta.authors == ["Rina Wati"]
    as_json = tmp_path / "news-watch-banjir-20251020_21.json"
    as_json.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")  # its JSON output
    again = json.loads(ingest(str(as_json), "--db", db, "--json").stdout)
    assert (again["new"], again["duplicate"], again["failed"]) == (0, 3, 0)


def test_the_detik_csv_ingests_as_it_is(shared, tmp_path):
    path = shared / "data" / "detik-1000-id-news" / "data_berita.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    items = list(read_file(path))
    assert len(items) == len(rows) and all(isinstance(i, RawDocument) for i in items)
    for item, row in zip(items, rows, strict=True):
        assert item.hints["title"] == row["judul"] and item.url == row["tautan"]
        month, day, rest = row["tanggal"].split("/")
        year, time = rest.split()
        hour, minute = time.split(":")
        assert item.hints["published"] == f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}:00+07:00"
    with SQLiteStore(str(tmp_path / "warta.db")) as store:
        report = batch.ingest_documents(store, itertools.islice(items, 6))
        assert (report.new, report.failed) == (6, 0)
        for article, row in zip(store.iter_articles("ingested"), rows, strict=False):
            assert article.meta.title == row["judul"] and article.meta.url == row["tautan"]
            assert article.meta.outlet == "detikcom"
            assert article.meta.published.endswith("+07:00")
            assert "SCROLL TO CONTINUE WITH CONTENT" not in article.body


def test_other_layouts_name_their_columns(tmp_path):
    path = tmp_path / "arsip.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")  # a spreadsheet saved in an Indonesian locale
        writer.writerow(["kepala", "naskah_lengkap", "kapan"])
        writer.writerow([story(620).title, story(620).body, "Senin, 20 Oktober 2025 09:15 WITA"])
        writer.writerow([story(621).title, "", "20/10/2025"])
    db = str(tmp_path / "warta.db")
    refused = ingest(str(path), "--db", db)
    assert refused.exit_code == 1
    assert f"error {path}: no text column in the header (kepala, naskah_lengkap, kapan)" in refused.stderr
    named = ingest(str(path), "--db", db, "--columns", "text=naskah_lengkap,title=kepala,published=kapan")
    assert named.exit_code == 0
    assert f"error {path}#1: row 2: no 'text' or 'html' field with content" in named.stderr  # and the batch went on
    assert named.stdout.strip().endswith("1 new, 0 duplicate, 1 failed")
    with SQLiteStore(db) as store:
        (article,) = list(store.iter_articles())
    assert (article.meta.title, article.meta.published) == (story(620).title, "2025-10-20T09:15:00+08:00")
    assert ingest(str(path), "--db", db, "--columns", "body").exit_code == 2
    with pytest.raises(ValueError, match="unknown field 'isi'"):
        parse_columns("isi=isi_berita")


@pytest.mark.parametrize(("text", "month_first", "iso"), [
    ("10/20/2025 21:36", True, "2025-10-20T21:36:00+07:00"),  # the Detik CSV
    ("3/10/2025 8:05", True, "2025-03-10T08:05:00+07:00"),
    ("20/10/2025", False, "2025-10-20"),
    ("2025-10-20 21:36:00", False, "2025-10-20T21:36:00+07:00"),  # news-watch
    ("2025-10-20T14:36:00Z", False, "2025-10-20T14:36:00+00:00"),
    ("Senin, 20 Oktober 2025 21:36 WIB", False, "2025-10-20T21:36:00+07:00"),
    ("20 Okt 2025, 21.36 WIT", False, "2025-10-20T21:36:00+09:00"),
    ("kemarin", False, "kemarin"),
])
def test_publication_dates_in_their_usual_forms(text, month_first, iso):
    assert iso_published(text, month_first) == iso


def test_a_csv_header_without_rows_and_a_json_object_are_one_error_each(tmp_path):
    empty = tmp_path / "kosong.csv"
    empty.write_text("judul,isi_berita\n", encoding="utf-8")
    assert [str(e) for e in read_file(empty)] == [f"{empty}: a CSV header without rows"]
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"content": story(622).body}, "not an article"]), encoding="utf-8")
    items = list(read_file(Path(listed)))
    assert isinstance(items[0], RawDocument)
    assert str(items[1]) == f"{listed}#1: item 2: an article must be a JSON object"
