"""The `warta` command in-process (Typer's CliRunner) on the sample corpus: the demo, every listing with
--json, one article and one story, search, export, eval, and the help of every command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()
KINDS = ("textdumps", "html", "feeds", "warc", "jsonl")


def warta(*args: str, ok: bool = True):
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[str, str]:
    """A database filled by `warta demo`, and what the demo printed."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    return db, warta("demo", "--db", db).stdout


def test_the_demo_ingests_every_kind_and_prints_multi_outlet_stories(demo, examples):
    db, printed = demo
    assert "18 new, 0 duplicate, 0 failed" in printed
    articles = json.loads(warta("articles", "--db", db, "--json", "--limit", "100").stdout)
    kinds = {Path(a["origin"].split("#")[0]).parent.name for a in articles}
    assert kinds == set(KINDS)
    stories = json.loads(warta("stories", "--db", db, "--json", "--min-size", "2").stdout)
    multi = [s for s in stories if len(s["outlets"]) >= 2]
    assert len(multi) >= 2
    flat = " ".join(printed.split())  # rich wraps long titles
    assert all(" ".join(s["title"].split()) in flat for s in multi)


def test_the_demo_stories_follow_the_corpus_gold(demo, examples):
    """Each printed multi-article story holds articles of one event only (the gold in expected.json)."""
    db, _ = demo
    gold = json.loads((examples / "expected.json").read_text(encoding="utf-8"))["articles"]
    for row in json.loads(warta("stories", "--db", db, "--json", "--min-size", "2").stdout):
        members = json.loads(warta("story", row["id"], "--db", db, "--json").stdout)["members"]
        events = set()
        for m in members:
            origin = json.loads(warta("article", m["id"], "--db", db, "--json").stdout)["origin"]
            path, _, item = origin.partition("#")
            key = str(Path(path).relative_to(examples)) + (f"#{item}" if item else "")
            events.add(gold[key]["story"])
        assert len(events) == 1, (row["title"], events)


def test_listings_have_json_for_scripts(demo):
    db, _ = demo
    articles = json.loads(warta("articles", "--db", db, "--json", "--limit", "5").stdout)
    assert len(articles) == 5 and {"id", "title", "outlet", "published", "story"} <= set(articles[0])
    english = json.loads(warta("articles", "--db", db, "--json", "--language", "en").stdout)
    assert english and all(a["language"] == "en" for a in english)
    one = json.loads(warta("article", articles[0]["id"][:10], "--db", db, "--json").stdout)
    assert one["id"] == articles[0]["id"] and one["body"] and "source_text" not in one
    story_id = articles[0]["story"]
    story = json.loads(warta("story", story_id, "--db", db, "--json").stdout)
    assert articles[0]["id"] in story["articles"] and story["members"]
    hits = json.loads(warta("search", "banjir", "--db", db, "--json").stdout)
    assert hits and all("[banjir]" in h["snippet"].lower() for h in hits)


def test_tables_for_people(demo):
    db, _ = demo
    assert "Muara Lintang" in warta("articles", "--db", db).stdout
    assert "articles" in warta("stories", "--db", db).stdout
    first = json.loads(warta("stories", "--db", db, "--json", "--order", "largest").stdout)[0]
    shown = warta("story", first["id"], "--db", db).stdout
    assert first["title"][:30] in shown.replace("\n", " ")
    assert warta("article", "0000000000", "--db", db, ok=False).exit_code == 1
    assert warta("story", "nope", "--db", db, ok=False).exit_code == 1


@pytest.mark.parametrize("query", ['"', "AND", "banjir*", "-", "NOT", "kapal OR banjir", "(x", "title:"])
def test_search_with_fts5_syntax_characters(demo, query):
    db, _ = demo
    assert isinstance(json.loads(warta("search", query, "--db", db, "--json").stdout), list)


def test_export_jsonl_to_a_file_and_to_stdout(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "articles.jsonl"
    warta("export", "--db", db, "--format", "jsonl", "-o", str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 18 and all(r["body"] and r["story"] for r in rows)
    assert warta("export", "--db", db, "--format", "jsonl").stdout.count("\n") == 18
    assert warta("export", "--db", db, "--format", "xml", ok=False).exit_code != 0


def test_exported_jsonl_ingests_again_as_the_same_articles(demo, tmp_path):
    """Export, then ingest the export: every body comes back with the same identity (all duplicates)."""
    db, _ = demo
    out = tmp_path / "articles.jsonl"
    warta("export", "--db", db, "-o", str(out))
    copy = str(tmp_path / "copy.db")
    shutil.copy(db, copy)
    report = json.loads(warta("ingest", str(out), "--db", copy, "--json").stdout)
    assert report["failed"] == 0 and report["duplicate"] + report["new"] == 18


def test_ingest_json_summary_and_rerun(tmp_path, shared):
    db = str(tmp_path / "warta.db")
    seeds = str(shared / "corpus" / "seeds")
    first = json.loads(warta("ingest", seeds, "--db", db, "--json").stdout)
    assert (first["new"], first["duplicate"], first["failed"]) == (5, 0, 0)
    again = warta("ingest", seeds, "--db", db)
    assert again.stdout.strip().endswith("0 new, 5 duplicate, 0 failed")
    pooled = json.loads(warta("ingest", seeds, "--db", str(tmp_path / "pool.db"), "--workers", "2", "--json").stdout)
    assert (pooled["new"], pooled["failed"]) == (5, 0)


def test_eval_stories_prints_one_json_object(shared):
    result = json.loads(warta("eval", "stories", "--data", str(shared / "gold" / "seeds.json")).stdout)
    assert {"b3_precision", "b3_recall", "b3_f1", "n"} <= set(result)


COMMANDS = ["ingest", "articles", "article", "stories", "story", "search", "export", "eval", "train", "serve",
            "demo"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    text = warta(command, "--help").stdout
    assert "Usage:" in text and len(text.split("\n")) > 4


def test_the_top_level_help_shows_how_to_start():
    text = warta("--help").stdout
    assert "warta demo" in text and "WARTA_DB" in text and all(c in text for c in COMMANDS)


def test_a_database_that_cannot_be_opened_is_one_line(tmp_path):
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("catatan rapat redaksi, bukan basis data\n" * 100, encoding="utf-8")
    result = warta("articles", "--db", str(not_a_db), ok=False)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error {not_a_db}: cannot open the database")
    assert len(result.stderr.strip().splitlines()) == 1
    no_folder = str(tmp_path / "no" / "such" / "folder" / "warta.db")
    result = warta("ingest", "--db", no_folder, str(not_a_db), ok=False)
    assert result.exit_code == 2 and result.stderr.startswith(f"error {no_folder}: cannot open the database")


@pytest.mark.parametrize("command", [["stories"], ["articles"], ["story", "s-x"], ["article", "abcdef"],
                                     ["search", "banjir"], ["export"]])
def test_a_query_never_creates_a_store(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = warta(*command, "--db", str(typo), ok=False)
    assert result.exit_code == 2 and not typo.exists()
    assert result.stderr.startswith(f"error {typo}: no such store")
    if command[0] != "export":
        as_json = warta(*command, "--db", str(typo), "--json", ok=False)
        assert json.loads(as_json.stdout) == {"error": f"{typo}: no such store (ingest something into it first, "
                                                       "or name another with --db)"}


def test_json_errors_are_json(demo):
    db, _ = demo
    for command in (["article", "0000000000"], ["story", "nope"], ["stories", "--order", "oldest"],
                    ["search", " ".join(f"x{i}*" for i in range(9))]):
        result = warta(*command, "--db", db, "--json", ok=False)
        assert result.exit_code in (1, 2) and "error" in json.loads(result.stdout), command


def test_cross_validation_is_refused_for_a_model_without_it(shared):
    result = warta("train", "pos", "--cross-validate", "--shared", str(shared), ok=False)
    assert result.exit_code == 2 and "attribution has" in result.output


def test_make_demo_fills_the_store_the_readme_reads():
    """`make demo` (dry run: nothing is installed) writes the default store, the one every README example reads."""
    from warta.store import DEFAULT_DB

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    repo = Path(__file__).resolve().parent.parent
    dry = subprocess.run(["make", "-n", "demo"], cwd=repo, capture_output=True, text=True, check=True).stdout
    assert f"WARTA_DB={DEFAULT_DB} " in dry and "rm -f" not in dry
    assert f"./{DEFAULT_DB}" in (repo / "README.md").read_text(encoding="utf-8")


def test_a_story_shows_disagreements_first_and_folds_one_outlet_facts(demo):
    db, _ = demo
    stories = json.loads(warta("stories", "--db", db, "--json", "--min-size", "2").stdout)
    for row in stories:
        story = json.loads(warta("story", row["id"], "--db", db, "--json").stdout)
        verdicts = [c["verdict"] for c in story["comparisons"]]
        shown = warta("story", row["id"], "--db", db).stdout
        lines = [line.split()[0] for line in shown.split("comparison", 1)[-1].splitlines()
                 if line.startswith("  ") and line.split() and line.split()[0] in set(verdicts)]
        ranks = ["conflict", "differ", "update", "agree"]
        assert lines == sorted(lines, key=ranks.index), lines  # conflicts and updates before agreements
        single = verdicts.count("only-one-outlet")
        if single:
            assert f"+ {single} fact" in shown and "only-one-outlet" not in shown
            assert "only-one-outlet" in warta("story", row["id"], "--db", db, "--all").stdout
