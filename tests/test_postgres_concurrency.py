"""Two `warta ingest` processes writing into one PostgreSQL store at once, with overlapping inputs, while the API
reads from it: no errors, no duplicates, no lost rows, every article in exactly one story."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient

from ingest_pages import jsonl_lines, story
from test_api import EXAMPLE_KINDS, TOKEN
from warta import batch
from warta.serve.app import create_app
from warta.serve.settings import Settings
from warta.store import open_store

REPO = Path(__file__).resolve().parent.parent
# Each process gets 300 made-up articles, half of them also in the other's file, so the two write in several
# batches (batch.BATCH_SIZE is 200) and race for the same articles; both also read the whole sample corpus.
PER_PROCESS, OVERLAP, FIRST = 300, 150, 7000


def _ingest(url: str, inputs: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "HF_HUB_OFFLINE": "1", "WARTA_DB": url}
    return subprocess.Popen([sys.executable, "-m", "warta.cli", "ingest", "--no-fetch", "--json", *inputs],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)


def test_two_concurrent_ingests_store_each_article_once_in_one_story(postgres, tmp_path, examples):
    url = postgres.new_database()
    open_store(url).close()  # the schema, so the reader below can open the store before the writers start
    inputs = []
    for name, start in (("a", FIRST), ("b", FIRST + PER_PROCESS - OVERLAP)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text(jsonl_lines([story(n) for n in range(start, start + PER_PROCESS)]), encoding="utf-8")
        inputs.append([str(path), *(str(examples / kind) for kind in EXAMPLE_KINDS)])
    writers = [_ingest(url, files) for files in inputs]
    counts = []
    with TestClient(create_app(url, Settings(api_token=TOKEN))) as client:
        while any(w.poll() is None for w in writers):  # `warta serve` reads while both write
            for path in ("/api/status", "/api/search?q=sumur", "/api/stories?order=largest", "/api/articles"):
                response = client.get(path)
                assert response.status_code == 200, response.text
            counts.append(client.get("/api/status").json()["articles"])
            time.sleep(0.2)
    outputs = [w.communicate() for w in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0 and "error" not in err.lower(), err
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert all(r["failed"] == 0 and not r["errors"] for r in reports), reports
    assert counts == sorted(counts)  # a reader never sees rows vanish
    with open_store(url) as store:
        total = store.count_articles()
        ids = {a.id for a in store.iter_articles()}
        assert len(ids) == total == sum(r["new"] for r in reports)
        corpus = reports[0]["new"] + reports[0]["duplicate"] - PER_PROCESS  # the sample corpus's articles
        assert total == 2 * PER_PROCESS - OVERLAP + corpus
        assert reports[0]["duplicate"] + reports[1]["duplicate"] == OVERLAP + corpus
        assert store.ungrouped_article_ids() == []
        stories = [store.get_story(row["id"]) for row in store.list_stories(limit=10_000)]
        members = [a for s in stories for a in s.articles]
        assert len(members) == len(set(members)) == total and set(members) == ids  # each in exactly one story
        assert all(store.story_of(a) == s.id for s in stories for a in s.articles)
        assert sum(row["size"] for row in store.list_stories(limit=10_000)) == total
    print(f"\ntwo ingests: {total} articles, {len(stories)} stories, reports {reports}, "
          f"{len(counts)} reads during the writes")


def _in_thread(target) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


def test_writers_and_story_updates_take_turns(postgres, tmp_path):
    """What makes the run above safe whatever the timing: a second writer's batch, and so its story update, waits
    for the transaction the first writer holds."""
    url = postgres.new_database()
    path = tmp_path / "c.jsonl"
    path.write_text(jsonl_lines([story(n) for n in range(7600, 7603)]), encoding="utf-8")
    with open_store(url) as first, open_store(url) as second:
        with first.transaction():  # a batch of the first writer, still open
            first.set_state("probe", 1)
            waiting = _in_thread(lambda: second.set_state("probe", 2))
            time.sleep(1.5)
            assert waiting.is_alive()
        waiting.join(10)
        assert not waiting.is_alive() and first.get_state("probe") == 2
        with first.transaction():  # the first writer is updating the stories (one transaction, batch.py)
            first.set_state("probe", 3)
            ingesting = _in_thread(lambda: batch.ingest(second, [str(path)], fetch=False))
            time.sleep(3)
            assert first.count_articles() == 0 and ingesting.is_alive()  # its batch waits for the lock
        ingesting.join(60)
        assert first.count_articles() == 3
        assert not ingesting.is_alive() and first.ungrouped_article_ids() == []
