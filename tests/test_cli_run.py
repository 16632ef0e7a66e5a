"""`warta` as a user runs it, in a subprocess: Ctrl-C says what was committed, libraries' own log lines do not
print beside warta's error line, globs do not follow symlink loops, NUL bytes never reach a body, and the
progress display counts articles (a large JSONL is one file) and names the story phase."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console

from ingest_pages import story, text_dump
from warta import batch
from warta.ingest.files import expand_targets
from warta.progress import IngestProgress
from warta.store.sqlite import SQLiteStore


def _warta(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "warta.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _jsonl(path: Path, first: int, count: int) -> Path:
    lines = [json.dumps({"title": story(n).title, "text": story(n).body, "outlet": "Kabar Desa"})
             for n in range(first, first + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_ctrl_c_says_what_was_committed(tmp_path):
    db = tmp_path / "warta.db"
    source = _jsonl(tmp_path / "many.jsonl", 300, 400)
    run = _warta("ingest", "--db", str(db), str(source))
    deadline = time.monotonic() + 120
    while _stored(db) < 200 and time.monotonic() < deadline and run.poll() is None:  # the first batch is in
        time.sleep(0.2)
    run.send_signal(signal.SIGINT)
    out, errors = run.communicate(timeout=60)
    committed = _stored(db)
    print(f"stopped with {committed} articles stored: {errors.strip()}")
    assert run.returncode == 130 and "Traceback" not in errors
    assert f"interrupted: {committed:,} new articles were committed" in errors and committed >= 200
    again = _warta("ingest", "--db", str(db), "--json", str(source))
    summary = json.loads(again.communicate(timeout=600)[0])
    assert summary["new"] == 400 - committed and summary["duplicate"] == committed


def test_library_logs_do_not_print_beside_warta_error_line(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<p>a</p>", encoding="utf-8")
    run = _warta("ingest", "--db", str(tmp_path / "warta.db"), str(page))
    out, errors = run.communicate(timeout=120)
    assert errors.strip().splitlines() == [f"error {page}: no article text found"], errors
    shown = _warta("ingest", "--db", str(tmp_path / "warta.db"), str(page),
                   env={**os.environ, "WARTA_LOG_LIBRARIES": "1"})
    assert "trafilatura" in shown.communicate(timeout=120)[1]  # still there when asked for


def test_globs_do_not_follow_symlink_loops(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(text_dump(story(81)), encoding="utf-8")
    (tmp_path / "news" / "up").symlink_to(tmp_path)  # a loop: news/up/news/up/...
    (tmp_path / "news" / "back").symlink_to(tmp_path / "news")  # and another
    started = time.monotonic()
    found = expand_targets([f"{tmp_path}/**/*.txt"])
    assert found == [str(tmp_path / "news" / "a.txt")] and time.monotonic() - started < 5
    assert expand_targets([str(tmp_path)]) == [str(tmp_path / "news" / "a.txt")]


def test_nul_bytes_after_the_first_8_kb_never_reach_the_body(tmp_path):
    s = story(82)
    padding = " ".join(s.paragraphs) * 30  # well past 8 KB before the NULs
    path = tmp_path / "nul.txt"
    path.write_bytes(f"{s.title}\n\n{padding}\n\n".encode() + b"Sebanyak 420 rumah\x00\x00 terendam.\n")
    assert path.read_bytes().index(b"\x00") > 8192
    with SQLiteStore(str(tmp_path / "warta.db")) as store:
        assert batch.ingest(store, [str(path)], fetch=False).new == 1
        (article,) = store.iter_articles()
    assert "\x00" not in article.body and "420 rumah terendam" in article.body


def test_progress_counts_articles_and_names_the_story_phase(tmp_path):
    source = _jsonl(tmp_path / "one.jsonl", 2000, 30)
    with SQLiteStore(str(tmp_path / "warta.db")) as store, \
            IngestProgress(Console(file=io.StringIO(), force_terminal=True)) as progress:
        stages: list[str] = []
        batch.ingest(store, [str(source)], fetch=False, on_sources=progress.sources,
                     on_source_done=progress.source_done, on_item=progress.item, on_error=progress.error,
                     on_stage=lambda name: (stages.append(name), progress.stage(name)))
    assert progress.articles == 30  # one file, thirty articles
    assert stages == ["grouping 30 new articles into stories"]
