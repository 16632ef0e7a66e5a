"""warta ingest --dask on a real LocalCluster of two worker processes: the same articles, annotations and stories
as the one-process ingest, and a worker killed mid-run loses nothing and stores nothing twice."""

from __future__ import annotations

import csv
import itertools
import json
import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest_pages import story, write_warc
from warta import batch
from warta.cli import app, dask_address_optional
from warta.model import to_dict
from warta.store import SQLiteStore

distributed = pytest.importorskip("distributed", reason="Dask is the optional extra warta[scale]")

from warta.scale import runner  # noqa: E402  (needs distributed)

ANNOTATIONS = ("body", "sentences", "tokens", "mentions", "entities", "quotes", "citations", "claims", "dates")


@pytest.fixture(scope="module")
def cluster_client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            distributed.Client(cl) as client:
        yield client


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, shared, examples) -> list[str]:
    """The seeds, the sample corpus, a WARC of seven pages and a JSONL of ten Detik articles."""
    folder = tmp_path_factory.mktemp("dask-inputs")
    warc = write_warc(folder / "crawl.warc.gz", [(f"https://kabardesa.example/{n}", story(n))
                                                 for n in range(900, 907)], gzipped=True)
    csv.field_size_limit(sys.maxsize)
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(itertools.islice(csv.DictReader(fh), 10))
    lines = folder / "detik.jsonl"
    lines.write_text("".join(json.dumps({"text": r["isi_berita"], "title": r["judul"], "url": r["tautan"]},
                                        ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return [str(shared / "corpus" / "seeds"), str(examples), str(warc), str(lines)]


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory) -> tuple[str, batch.IngestReport]:
    path = str(tmp_path_factory.mktemp("single") / "warta.db")
    with SQLiteStore(path) as store:
        return path, batch.ingest(store, inputs, fetch=False)


def _stored(path: str) -> tuple[dict[str, dict], set[frozenset[str]]]:
    with SQLiteStore(path) as store:
        articles = {a.id: {k: v for k, v in to_dict(a).items() if k in ANNOTATIONS} for a in store.iter_articles()}
        stories = {frozenset(store.get_story(r["id"]).articles) for r in store.list_stories(limit=10_000)}
    return articles, stories


def test_ingest_dask_gives_the_articles_annotations_and_stories_of_one_process(cluster_client, inputs, single,
                                                                               tmp_path):
    single_db, single_report = single
    db = str(tmp_path / "dask.db")
    address = cluster_client.scheduler.address
    result = CliRunner().invoke(app, ["ingest", *inputs, "--db", db, "--no-fetch", "--dask", address, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert (report["new"], report["failed"]) == (single_report.new, single_report.failed)
    assert sorted(report["errors"]) == sorted(single_report.errors)  # bad input: the same one line each
    articles, stories = _stored(db)
    expected_articles, expected_stories = _stored(single_db)
    assert single_report.new >= 40
    assert articles.keys() == expected_articles.keys()
    for article_id, expected in expected_articles.items():
        assert articles[article_id] == expected, article_id
    assert stories == expected_stories
    again = CliRunner().invoke(app, ["ingest", *inputs, "--db", db, "--no-fetch", "--dask", address, "--json"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["new"] == 0


def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(cluster_client, inputs, single, tmp_path):
    single_db, single_report = single
    pids = list(cluster_client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(items: int) -> None:
        if not killed:  # after the first task, while the others are queued or running
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    path = str(tmp_path / "killed.db")
    with SQLiteStore(path) as store:
        # three items a task: the WARC and the JSONL are split into record and line ranges
        report = runner.ingest(cluster_client, store, inputs, fetch=False, slice_items=3,
                               listeners=runner.Listeners(task_done=kill_one))
        ids = sorted(a.id for a in store.iter_articles())
        assert store.ungrouped_article_ids() == []
    assert killed and pids[0] not in cluster_client.run(os.getpid).values()  # the nanny started a new process
    with SQLiteStore(single_db) as store:
        expected = sorted(a.id for a in store.iter_articles())
    assert (report.new, report.duplicate, report.failed) == (single_report.new, single_report.duplicate,
                                                             single_report.failed)
    assert ids == expected and len(ids) == len(set(ids))


def test_resources_are_loaded_once_per_worker_process_and_run():
    from warta.scale.tasks import RunSettings, resources_for

    first = RunSettings(run="a", templates={})
    assert resources_for(first) is resources_for(RunSettings(run="a", templates={"docs": {"x": 1}}))
    assert resources_for(RunSettings(run="b", templates={})) is not resources_for(first)


def test_dask_alone_means_a_local_cluster():
    assert dask_address_optional(["ingest", "a/", "--dask"]) == ["ingest", "a/", "--dask", "local"]
    assert dask_address_optional(["ingest", "--dask", "a/"]) == ["ingest", "--dask", "local", "a/"]
    assert dask_address_optional(["ingest", "--dask", "tcp://10.0.0.5:8786", "a/"])[2] == "tcp://10.0.0.5:8786"
    assert dask_address_optional(["ingest", "--dask", "10.0.0.5:8786", "a/"])[2] == "10.0.0.5:8786"


def test_the_default_path_never_imports_dask(tmp_path, examples):
    code = ("import sys, warta.cli, warta.batch; from warta.cli import app; from typer.testing import CliRunner; "
            f"r = CliRunner().invoke(app, ['ingest', {str(examples / 'jsonl')!r}, '--db', "
            f"{str(tmp_path / 'w.db')!r}]); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow')))")
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")})
    assert out.stdout.strip() == "[]"
