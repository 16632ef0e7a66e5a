"""Several `warta ingest` processes into one store (issue 13, item 7): all finish, every article is in exactly one
story, and no story lists an article that another story holds (a "ghost")."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from warta.store import SQLiteStore

PROCESSES = 4
ROWS_EACH = 30  # detik rows per process; neighbouring processes share 5 rows, so duplicates race too
OVERLAP = 5


def write_inputs(shared: Path, folder: Path) -> list[Path]:
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(PROCESSES * ROWS_EACH), csv.DictReader(fh), strict=False)]
    paths = []
    for p in range(PROCESSES):
        start = max(0, p * ROWS_EACH - OVERLAP)
        lines = [json.dumps({"text": r["isi_berita"], "title": r["judul"], "url": r["tautan"]}, ensure_ascii=False)
                 for r in rows[start : (p + 1) * ROWS_EACH]]
        path = folder / f"part{p}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_four_concurrent_ingests_all_finish_with_every_article_in_exactly_one_story(shared, tmp_path):
    db = tmp_path / "warta.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"),
                                                         os.environ.get("PYTHONPATH", "")])}
    runs = [subprocess.Popen([sys.executable, "-m", "warta.cli", "ingest", str(path), "--db", str(db), "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for path in write_inputs(shared, tmp_path)]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0 and "Traceback" not in err, err
    reports = [json.loads(out) for out, _ in outputs]
    assert all(r["failed"] == 0 for r in reports), [r["errors"] for r in reports]

    with SQLiteStore(str(db)) as store:
        articles = {a.id for a in store.iter_articles()}
        assert sum(r["new"] for r in reports) == len(articles)
        listed: Counter[str] = Counter()
        for row in store.list_stories(limit=10_000):
            story = store.get_story(row["id"])
            listed.update(story.articles)
            assert all(store.story_of(a) == story.id for a in story.articles), f"ghost story {story.id}"
        assert set(listed) == articles and max(listed.values()) == 1


def test_a_writer_that_waits_past_the_busy_timeout_says_so_in_one_line(tmp_path, monkeypatch):
    import sqlite3

    from typer.testing import CliRunner

    from ingest_pages import story, text_dump
    from warta.cli import app
    from warta.store import sqlite as sqlite_store

    db = tmp_path / "warta.db"
    SQLiteStore(str(db)).close()
    page = tmp_path / "page.txt"
    page.write_text(text_dump(story(97)), encoding="utf-8")
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        result = CliRunner().invoke(app, ["ingest", str(page), "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 2 and (result.exception is None or isinstance(result.exception, SystemExit))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error {db}: the store failed (database is locked)"), lines
