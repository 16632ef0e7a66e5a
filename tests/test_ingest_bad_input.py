"""Bad input, one case each: one line naming the input and the reason, the batch goes on, the summary counts
new / duplicate / failed, and the exit status is non-zero only when nothing was ingested (or with --strict)."""

from __future__ import annotations

import json
import socket
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest_pages import html_page, jsonl_lines, rss_feed, story, text_dump, write_warc
from warta.cli import app
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.ingest.files import read_file
from warta.store import SQLiteStore

runner = CliRunner()


def empty(d: Path) -> Path:
    (d / "empty.txt").touch()
    return d / "empty.txt"


def binary(d: Path) -> Path:
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return d / "photo.txt"


def huge(d: Path) -> Path:
    path = d / "huge.html"
    with path.open("wb") as fh:  # sparse: 100 MB on paper, nothing written to disk
        fh.truncate(100 * 2**20)
    return path


def truncated_html(d: Path) -> Path:
    page = html_page(story(70))
    (d / "cut.html").write_text(page[: page.index("</article>") - 40], encoding="utf-8")  # cut in the last paragraph
    return d / "cut.html"


def broken_feed(d: Path) -> Path:
    (d / "broken.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title><item><ti',
                                  encoding="utf-8")
    return d / "broken.xml"


def corrupt_warc(d: Path) -> Path:
    good = write_warc(d / "good.warc", [("https://kabardesa.example/71", story(71))], gzipped=False)
    data = good.read_bytes()
    good.unlink()
    (d / "corrupt.warc").write_bytes(data[:40] + b"\nnot a header line\n\n" + data[200:400])
    return d / "corrupt.warc"


def bad_json_line(d: Path) -> Path:
    (d / "lines.jsonl").write_text('{"text": "tidak selesai", "title": \n', encoding="utf-8")
    return d / "lines.jsonl"


def unreachable_url(d: Path) -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/berita"


BAD: dict[str, tuple[Callable[[Path], Path | str], str]] = {
    "empty": (empty, "empty input"),
    "binary": (binary, "binary data"),
    "100MB": (huge, "too large"),
    "truncated-html": (truncated_html, "truncated HTML"),
    "broken-feed": (broken_feed, "broken feed"),
    "corrupt-warc": (corrupt_warc, "corrupt WARC"),
    "not-json-line": (bad_json_line, "not valid JSON"),
    "unreachable-url": (unreachable_url, "unreachable"),
}


def ingest(*args: str):
    return runner.invoke(app, ["ingest", *args])


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path, case):
    make, reason = BAD[case]
    bad = str(make(tmp_path))
    good = tmp_path / "good.txt"
    good.write_text(text_dump(story(72)), encoding="utf-8")
    db = str(tmp_path / "warta.db")

    result = ingest(bad, str(good), "--db", db, "--timeout", "2")
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert len(errors) == 1 and errors[0].startswith(f"error {bad}") and reason in errors[0], result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1 new, 0 duplicate, 1 failed"

    alone = ingest(bad, "--db", db, "--json")
    assert alone.exit_code == 1  # nothing could be ingested
    assert json.loads(alone.stdout)["failed"] == 1
    strict = ingest(str(good), bad, "--db", db, "--strict")
    assert strict.exit_code == 1
    assert strict.stdout.strip().splitlines()[-1] == "0 new, 1 duplicate, 1 failed"
    with SQLiteStore(db) as store:
        assert store.count_articles() == 1  # nothing already stored was lost


def test_a_100mb_file_is_refused_without_reading_it(tmp_path):
    path = huge(tmp_path)
    tracemalloc.start()
    (error,) = list(read_file(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert f"the limit is {MAX_DOCUMENT_BYTES // 2**20} MB" in str(error)
    assert peak < 2**20


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_other_encodings_are_decoded_sensibly(tmp_path, encoding):
    s = story(73)
    words = " Harga kopi naïve café “naik” 5 persen — kata Zoë, pemilik kedai di Pasar Baru."
    text = text_dump(s).replace(s.paragraphs[1], s.paragraphs[1] + words)
    path = tmp_path / "page.txt"
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    path.write_bytes(text.encode(encoding))
    db = str(tmp_path / "warta.db")
    result = ingest(str(path), "--db", db)
    assert result.exit_code == 0 and "1 new" in result.stdout, result.output
    with SQLiteStore(db) as store:
        (article,) = list(store.iter_articles())
    assert "naïve café" in article.body and "Zoë" in article.body
    assert "\ufffd" not in article.body


def test_invalid_utf8_bytes_in_a_utf8_page_keep_the_rest(tmp_path):
    s = story(74)
    html = html_page(s).replace(s.paragraphs[2], s.paragraphs[2] + " Kata Bu Siti Nurhayati: kopi “enak”.")
    data = html.encode("utf-8").replace(b"enak", b"en\xff\xfeak")  # two bytes no UTF-8 text holds
    path = tmp_path / "page.html"
    path.write_bytes(data)
    db = str(tmp_path / "warta.db")
    assert ingest(str(path), "--db", db).exit_code == 0
    with SQLiteStore(db) as store:
        (article,) = list(store.iter_articles())
    assert "“en" in article.body  # the curly quotes stayed UTF-8, not cp1252 mojibake ("â€œ")
    assert "â€" not in article.body


def test_a_feed_with_some_bad_entries_keeps_the_good_ones(tmp_path):
    full = rss_feed([(story(75), "https://kabardesa.example/75")])
    teaser = rss_feed([(story(76), "https://kabardesa.example/76")], full=False)
    feed = full.replace("</channel>", teaser[teaser.index("<item>") :])  # an entry with only a link and a teaser
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    result = ingest(str(path), "--db", str(tmp_path / "warta.db"), "--no-fetch")
    assert result.exit_code == 0
    # the link-only entry cannot be fetched: its headline is stored, marked headline-only
    assert result.stdout.strip().endswith("2 new, 0 duplicate, 0 failed")
    with SQLiteStore(tmp_path / "warta.db") as store:
        headline = [a for a in store.iter_articles() if a.meta.headline_only]
    assert len(headline) == 1 and headline[0].body == headline[0].meta.title != ""


def test_a_json_document_is_not_json_lines(tmp_path):
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"articles": [{"text": "x"}]}, indent=2), encoding="utf-8")
    result = ingest(str(path), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "warta.db"))
    assert result.exit_code == 1
    assert f"error {path}: a JSON document, not JSON Lines" in result.stderr
    assert f"error {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr


def test_jsonl_reports_each_bad_line_and_keeps_the_others(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(jsonl_lines([story(77)]) + "not json\n" + '["a list"]\n{"url": "https://x.example/no-text"}\n'
                    + jsonl_lines([story(78)]), encoding="utf-8")
    result = ingest(str(path), "--db", str(tmp_path / "warta.db"), "--json")
    report = json.loads(result.stdout)
    assert (report["new"], report["failed"]) == (2, 3)
    assert report["errors"] == [f"{path}#1: line 2: not valid JSON (JSONDecodeError: Expecting value: line 1 column "
                                "1 (char 0))", f"{path}#2: line 3: a JSON line must be an object",
                                f"{path}#3: line 4: no 'text', 'html' or 'title' field with content"]
