"""warta export --format parquet / csv: the sample corpus read back through pandas, DuckDB and Dask with the same
articles and claim values; a Parquet export ingests back adding nothing; the filters choose what is written."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from warta import batch
from warta.cli import app
from warta.store import SQLiteStore

pd = pytest.importorskip("pandas", reason="pandas reads the export back (the dev extra installs it)")
duckdb = pytest.importorskip("duckdb", reason="DuckDB reads the export back (the dev extra installs it)")
pytest.importorskip("pyarrow", reason="Parquet export needs the optional extra warta[parquet]")


def warta(*args: str, ok: bool = True):
    result = CliRunner().invoke(app, list(args))
    assert (result.exit_code == 0) == ok, result.output
    return result


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, examples) -> str:
    db = str(tmp_path_factory.mktemp("parquet") / "warta.db")
    with SQLiteStore(db) as store:
        report = batch.ingest(store, [str(examples)], fetch=False)
    assert report.new == 18
    return db


@pytest.fixture(scope="module")
def stored(corpus_db) -> dict:
    with SQLiteStore(corpus_db) as store:
        articles = list(store.iter_articles())
        return {"ids": sorted(a.id for a in articles),
                "claims": sorted((a.id, c.value, c.unit) for a in articles for c in a.claims),
                "stories": store.count_stories(),
                "outlets": {a.id: a.meta.outlet for a in articles}}


@pytest.fixture(scope="module")
def exported(corpus_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export") / "out"
    warta("export", "--db", corpus_db, "--format", "parquet", "-o", str(folder))
    return folder


def test_parquet_reads_back_through_pandas(exported, stored):
    articles = pd.read_parquet(exported / "articles")
    assert sorted(articles["id"]) == stored["ids"]
    assert set(articles["month"].astype(str)) == {"2024-05"}  # the partition column, from the folder names
    claims = sorted((row.id, c["value"], c["unit"]) for row in articles.itertuples() for c in row.claims)
    assert claims == stored["claims"] and len(claims) > 50
    assert len(pd.read_parquet(exported / "stories")) == stored["stories"]


def test_parquet_reads_back_through_duckdb(exported, stored):
    source = f"read_parquet('{exported}/articles/*/*.parquet', hive_partitioning = true)"
    ids = [r[0] for r in duckdb.sql(f"SELECT id FROM {source} ORDER BY id").fetchall()]
    assert ids == stored["ids"]
    claims = duckdb.sql(f"SELECT id, c.value, c.unit FROM (SELECT id, unnest(claims) AS c FROM {source})").fetchall()
    assert sorted(claims) == stored["claims"]
    outlets = dict(duckdb.sql(f"SELECT id, meta.outlet FROM {source}").fetchall())  # nested metadata
    assert outlets == stored["outlets"]


def test_parquet_reads_back_through_dask(exported, stored):
    dd = pytest.importorskip("dask.dataframe", reason="Dask is the optional extra warta[scale]")
    assert sorted(dd.read_parquet(str(exported / "articles"))["id"].compute()) == stored["ids"]


def test_reingesting_a_parquet_export_adds_nothing(corpus_db, exported, stored, tmp_path):
    copy = str(tmp_path / "copy.db")
    shutil.copy(corpus_db, copy)
    report = json.loads(warta("ingest", str(exported), "--db", copy, "--json").stdout)
    assert (report["new"], report["duplicate"], report["failed"]) == (0, len(stored["ids"]), 0)
    fresh = str(tmp_path / "fresh.db")  # into an empty store: the same articles, as stored, grouped again
    warta("ingest", str(exported / "articles"), "--db", fresh)
    with SQLiteStore(fresh) as store:
        articles = list(store.iter_articles())
        assert sorted(a.id for a in articles) == stored["ids"]
        assert sorted((a.id, c.value, c.unit) for a in articles for c in a.claims) == stored["claims"]
        assert store.ungrouped_article_ids() == []


def test_export_filters_and_refuses_to_overwrite(corpus_db, exported, stored, tmp_path):
    outlet = sorted(set(stored["outlets"].values()))[0]
    warta("export", "--db", corpus_db, "--format", "parquet", "-o", str(tmp_path / "one"), "--outlet", outlet)
    chosen = pd.read_parquet(tmp_path / "one" / "articles")
    assert sorted(chosen["id"]) == sorted(i for i, o in stored["outlets"].items() if o == outlet)
    with SQLiteStore(corpus_db) as store:
        story = store.list_stories(limit=1, order="largest")[0]
        members = sorted(store.get_story(story["id"]).articles)
    lines = warta("export", "--db", corpus_db, "--story", story["id"]).stdout.splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == members
    assert warta("export", "--db", corpus_db, "--since", "2024-06-01").stdout == ""
    assert len(warta("export", "--db", corpus_db, "--until", "2024-06-01").stdout.splitlines()) == 18
    again = warta("export", "--db", corpus_db, "--format", "parquet", "-o", str(exported), ok=False)
    assert "already holds an export" in again.stderr


def test_csv_export_of_articles_and_claims(corpus_db, stored, tmp_path):
    warta("export", "--db", corpus_db, "--format", "csv", "-o", str(tmp_path / "csv"))
    with (tmp_path / "csv" / "articles.csv").open(newline="", encoding="utf-8") as fh:
        articles = list(csv.DictReader(fh))
    with (tmp_path / "csv" / "claims.csv").open(newline="", encoding="utf-8") as fh:
        claims = list(csv.DictReader(fh))
    assert sorted(a["id"] for a in articles) == stored["ids"] and all(a["body"] and a["story"] for a in articles)
    assert sorted((c["article"], float(c["value"]), c["unit"]) for c in claims) == stored["claims"]
    assert all(c["text"] in c["sentence"] for c in claims)
