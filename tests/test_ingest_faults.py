"""Faults that used to drop articles or stop a batch (issue 13, item 8): unreadable files and folders, feed entries
whose full content is plain text, and text that crashed the mention rules."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest_pages import story, text_dump
from warta import batch
from warta.cli import app
from warta.model import RawDocument
from warta.store import SQLiteStore
from warta.text.gazetteer import SHIPPED

runner = CliRunner()
NOBODY = 65534


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder any user may write to, so the ingest can run without root's power to read everything."""
    path = Path(tempfile.mkdtemp(prefix="warta-faults-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        for folder, dirs, _ in os.walk(path):
            for d in dirs:
                os.chmod(os.path.join(folder, d), 0o755)
        shutil.rmtree(path)


@contextmanager
def unprivileged() -> Iterator[None]:
    """Permissions bind root only once it acts as another user: the effective id is dropped, then restored."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def readable(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def write_dump(path: Path, n: int) -> None:
    path.write_text(text_dump(story(n)), encoding="utf-8")
    path.chmod(0o644)


def test_unreadable_files_and_folders_are_one_line_each_and_the_batch_goes_on(open_dir):
    corpus = open_dir / "corpus"
    (corpus / "locked").mkdir(parents=True)
    write_dump(corpus / "a.txt", 91)
    write_dump(open_dir / "warm.txt", 96)
    write_dump(corpus / "locked" / "b.txt", 92)
    write_dump(corpus / "secret.txt", 93)
    elsewhere = open_dir / "closed"
    elsewhere.mkdir()
    write_dump(elsewhere / "c.txt", 94)
    for path in (corpus, corpus / "locked"):
        path.chmod(0o755)
    (corpus / "secret.txt").chmod(0o000)
    (corpus / "locked").chmod(0o000)
    elsewhere.chmod(0o000)
    db = str(open_dir / "warta.db")
    # the modules the pipeline imports on first use may sit where only root reads: load them first
    runner.invoke(app, ["ingest", str(open_dir / "warm.txt"), "--db", str(open_dir / "warm.db")])
    with unprivileged():
        if readable(corpus / "secret.txt"):
            pytest.skip("this user reads files whatever their permissions")
        if not readable(SHIPPED):
            pytest.skip(f"the unprivileged user cannot read warta's own files ({SHIPPED.parent}): a checkout in a "
                        "private folder")
        result = runner.invoke(app, ["ingest", str(corpus), str(elsewhere / "c.txt"), str(elsewhere), "--db", db])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert sorted(e.split(":")[0] for e in errors) == sorted(
        f"error {p}" for p in (corpus / "secret.txt", corpus / "locked", elsewhere / "c.txt", elsewhere)), errors
    assert all("Permission denied" in e for e in errors)
    assert "Traceback" not in result.output
    assert result.stdout.strip().splitlines()[-1] == "1 new, 0 duplicate, 4 failed"


def plain_text_feed(paragraphs: list[str], title: str) -> str:
    body = "\n\n".join(paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Kabar Desa</title><link>https://kabardesa.example/</link><description>Berita desa</description>"
        f"<item><title>{title}</title><link>https://kabardesa.example/95</link>"
        "<pubDate>Mon, 03 Jun 2024 10:15:00 +0700</pubDate>"
        f"<description>{paragraphs[0][:80]}</description><content:encoded>{body}</content:encoded></item>"
        "</channel></rss>\n"
    )


def test_feed_entries_with_plain_text_content_become_articles(tmp_path):
    s = story(95)
    path = tmp_path / "plain.xml"
    path.write_text(plain_text_feed(s.paragraphs, s.title), encoding="utf-8")
    with SQLiteStore(str(tmp_path / "warta.db")) as store:
        report = batch.ingest(store, [str(path)], fetch=False)
        assert (report.new, report.failed) == (1, 0), report.errors
        article = next(store.iter_articles())
    assert article.body == s.body
    assert article.meta.title == s.title and article.meta.outlet == "Kabar Desa"


def test_an_institution_head_before_a_closing_bracket_does_not_crash_the_mention_rules(resources):
    text = ("Jalan Lintas Riau Rusak Parah\n\n"
            "Pejabat Kemenhub) Provinsi Riau mengatakan perbaikan jalan lintas timur akan dimulai bulan depan "
            "setelah anggaran disetujui oleh pemerintah pusat di Jakarta.\n\n"
            "Kemenhub juga meminta warga berhati-hati saat melintas di jalan yang rusak itu pada malam hari.\n")
    raw = RawDocument(data=text.encode(), origin="riau.txt", content_type="text/plain")
    article = batch.process_one(raw, resources)
    assert not isinstance(article, Exception), article
    organisations = [m.text for m in article.mentions if m.label == "ORG"]
    assert organisations.count("Kemenhub") == 2  # the bracket closes the name: no "Kemenhub) Provinsi Riau"

