"""`warta watch` against a news site on 127.0.0.1 started by the test: feeds that change while it runs, 304s,
a failing and a slow source, SIGTERM and SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor_site import NewsSite, serving
from warta.monitor.sources import SourceBook
from warta.store import SQLiteStore

REPO = Path(__file__).resolve().parent.parent


def warta(*args: str) -> list[str]:
    return [sys.executable, "-m", "warta.cli", *args]


def environment() -> dict[str, str]:
    path = f"{REPO / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"
    return {**os.environ, "COLUMNS": "250", "PYTHONPATH": path}  # wide enough for the sources table


def run_cli(*args: str) -> str:
    done = subprocess.run(warta(*args), capture_output=True, text=True, env=environment(), timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id, url FROM articles ORDER BY rowid").fetchall()


def sources_json(db: Path) -> dict[str, dict]:
    return {row["name"]: row for row in json.loads(run_cli("sources", "--db", str(db), "--json"))}


def test_watch_follows_a_changing_feed_and_backs_off_a_failing_one(tmp_path):
    db = tmp_path / "w.db"
    with serving(NewsSite()) as site, serving(NewsSite()) as broken:  # two hosts: fetched side by side
        site.feeds["desa"] = [301, 302]
        run_cli("sources", "add", f"{site.base}/feeds/desa.xml", "--every", "1s", "--name", "desa", "--db", str(db))
        with SQLiteStore(str(db)) as store:
            book = SourceBook(store)
            book.add(f"{broken.base}/failing.xml", every=1.0, name="failing")
            book.add(f"{broken.base}/slow.xml", every=1.0, name="slow")
        log = tmp_path / "watch.log"
        with log.open("w") as out:
            watch = subprocess.Popen(warta("watch", "--db", str(db), "--timeout", "1", "--delay", "0"),
                                     stderr=out, stdout=out, env=environment())
        try:
            wait_for(lambda: len(stored(db)) == 2, 90, "the first two articles")
            wait_for(lambda: site.not_modified["desa"] >= 1, 30, "a 304 for the unchanged feed")
            site.feeds["desa"].append(303)
            wait_for(lambda: len(stored(db)) == 3, 30, "the article added to the feed")
            wait_for(lambda: site.not_modified["desa"] >= 2, 30, "a 304 after the change")
            wait_for(lambda: sources_json(db)["failing"]["failures"] >= 2, 30, "two failures in a row")
        finally:
            watch.send_signal(signal.SIGTERM)
            code = watch.wait(timeout=30)
        assert code == 0
    lines = log.read_text()
    assert "stopping after the poll in flight" in lines
    assert "not modified (304)" in lines

    articles = stored(db)
    assert len(articles) == 3 and len({url for _, url in articles}) == 3  # no article stored twice
    for n in (301, 302, 303):
        assert site.requests[f"/news/{n}"] == 1  # only new links fetched, once each
    health = sources_json(db)
    assert health["desa"]["failures"] == 0 and health["desa"]["articles_day"] == 3
    assert health["desa"]["kind"] == "feed" and health["desa"]["last_error"] is None
    failing = health["failing"]
    assert failing["last_error"] == "HTTP 500" and failing["last_success"] is None
    # backing off: the wait after the latest failure is at least twice the 1 s interval (less the jitter)
    gap = _seconds(failing["next_poll"]) - _seconds(failing["last_poll"])
    assert gap >= 2 * 0.9 - 1  # ISO times are whole seconds
    assert broken.requests["/failing.xml"] < site.requests["/feeds/desa.xml"]
    assert "timed out" in health["slow"]["last_error"]
    table = run_cli("sources", "--db", str(db))
    assert "HTTP 500" in table and "desa" in table


def _seconds(iso: str) -> float:
    return time.mktime(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ"))


def test_sigkill_during_a_poll_then_restart_stores_every_item_once(tmp_path):
    db = tmp_path / "k.db"
    with serving(NewsSite()) as site:
        site.feeds["kota"] = [311, 312]
        with SQLiteStore(str(db)) as store:
            SourceBook(store).add(f"{site.base}/feeds/kota.xml", every=1.0, name="kota")
        run_cli("watch", "--once", "--db", str(db), "--delay", "0")
        assert len(stored(db)) == 2
        site.feeds["kota"] += list(range(313, 323))
        site.page_delay = 0.3  # the poll of ten new pages takes three seconds: time to kill it mid-way
        watch = subprocess.Popen(warta("watch", "--db", str(db), "--delay", "0"), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, env=environment())
        try:
            wait_for(lambda: site.requests["/news/316"] >= 1, 60, "the poll to be under way")
        finally:
            watch.send_signal(signal.SIGKILL)
            watch.wait(timeout=30)
        site.page_delay = 0.0
        with SQLiteStore(str(db)) as store:  # the killed poll is still due
            assert SourceBook(store).due(time.time() + 2)
        run_cli("watch", "--once", "--db", str(db), "--delay", "0")
        articles = stored(db)
        assert len(articles) == 12
        assert sorted(url for _, url in articles) == sorted(f"{site.base}/news/{n}" for n in range(311, 323))
        assert site.requests["/news/311"] == 1 and site.requests["/news/312"] == 1  # stored before: not refetched
        with sqlite3.connect(db) as con:
            assert con.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0] == 12  # all grouped
        before = dict(site.requests)
        run_cli("watch", "--once", "--db", str(db), "--delay", "0")  # a restart refetches nothing
    assert {k: v for k, v in site.requests.items() if k.startswith("/news/")} == \
        {k: v for k, v in before.items() if k.startswith("/news/")}


@pytest.mark.parametrize("text,seconds", [("10m", 600), ("90s", 90), ("2h", 7200), ("1d", 86400), ("5", 300)])
def test_intervals(text, seconds):
    from warta.monitor.sources import parse_interval

    assert parse_interval(text) == seconds


def test_schedules_are_jittered_and_failures_back_off_to_the_cap():
    import random

    from warta.monitor.sources import BACKOFF_CAP, JITTER, next_poll

    rng = random.Random(7)
    waits = [next_poll(0.0, 600.0, 0, rng) for _ in range(200)]
    assert min(waits) >= 600 * (1 - JITTER) and max(waits) <= 600 * (1 + JITTER)
    assert len({round(w) for w in waits}) > 50  # spread, not lockstep
    backoff = [next_poll(0.0, 600.0, failures, random.Random(1)) / (600.0 * 2 ** failures) for failures in (1, 2, 3)]
    assert max(backoff) / min(backoff) < 1.01  # the same jitter draw: each failure doubles the wait
    assert next_poll(0.0, 600.0, 30, rng) <= BACKOFF_CAP * (1 + JITTER)
