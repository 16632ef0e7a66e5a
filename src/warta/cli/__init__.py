"""The `warta` command."""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from warta.cli.common import DB_OPTION, JSON_OPTION, console, err
from warta.cli.common import fail as _fail
from warta.cli.common import open_store_or_fail as _open_store
from warta.cli.reading import register as register_reading
from warta.cli.reading import story
from warta.errors import InputError
from warta.monitor.cli import register as register_monitor
from warta.progress import IngestProgress, interrupted_note, task_progress

if TYPE_CHECKING:  # the pipeline, its models and trafilatura load only in the commands that ingest
    from warta.batch import IngestReport

HELP = """warta: news intelligence for Indonesian and English news.

\b
Try it:   warta demo
Ingest:   warta ingest ARTICLES/ feed.xml crawl.warc.gz https://example.com/news/1
Query:    warta stories, warta story ID, warta articles, warta article ID, warta search "banjir -jakarta"
Export:   warta export --format jsonl -o articles.jsonl, warta export --format parquet -o DIR
Watch:    warta sources add https://example.com/rss --every 10m; warta watch; warta alerts add NAME --query banjir
Articles are kept in ./warta.db, or the SQLite file or postgresql:// URL named by --db or $WARTA_DB."""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, rich_markup_mode=None)

_HOST_PORT = re.compile(r"[\w.-]+:\d+")  # a scheduler address without its scheme: 10.0.0.5:8786

TRAINERS = {"ner": "warta.training.ner", "pos": "warta.training.pos", "attribution": "warta.training.attribution",
            "langid": "warta.training.langid"}


def main() -> None:
    handler = logging.StreamHandler()
    if not os.environ.get("WARTA_LOG_LIBRARIES"):
        # libraries (trafilatura, say) log their own complaint about an input warta has already named in its
        # one error line; their warnings and logs show only when asked for
        handler.addFilter(lambda record: record.name.startswith("warta"))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", handlers=[handler])
    logging.captureWarnings(True)
    app(args=dask_address_optional(sys.argv[1:]))


def dask_address_optional(args: list[str]) -> list[str]:
    """``--dask`` alone (last, or before another option or a path) means a LocalCluster: spelled ``--dask local``."""
    out = list(args)
    for i, arg in enumerate(out):
        if arg == "--dask":
            following = out[i + 1] if i + 1 < len(out) else ""
            if not ("://" in following or following == "local" or _HOST_PORT.fullmatch(following)):
                out.insert(i + 1, "local")
            break
    return out


@app.command()
def ingest(
    targets: list[str] = typer.Argument(
        ..., help="Files, folders (walked recursively), globs or http(s) URLs. The kind of each file (HTML, "
                  "text dump, RSS/Atom feed, WARC, JSONL, JSON list, Parquet export, gzipped or not) is read from "
                  "its content; CSV and TSV files by their name."
    ),
    db: str = DB_OPTION,
    no_fetch: bool = typer.Option(False, "--no-fetch", help="Never fetch URLs (links in feeds included)."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero when any input failed."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64,
                                help="Worker processes for the per-article pipeline."),
    timeout: float = typer.Option(15.0, "--timeout", min=0.1, help="Seconds before a URL fetch gives up."),
    columns: str = typer.Option(None, "--columns", help="Columns of CSV and JSON tables, when their names are not "
                                                       "recognised: text=isi_berita,title=judul,published=tanggal"),
    dask: str = typer.Option(None, "--dask", metavar="[ADDRESS]",
                             help="Run the pipeline on Dask workers: at a scheduler (tcp://host:8786), or alone on a "
                                  "LocalCluster of --workers processes here. Needs warta[scale]."),
    keep_source: bool = typer.Option(False, "--keep-source", help="Keep each new article's source text (the "
                                     "page's HTML), compressed; by default only what was extracted is stored."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Read, clean and analyse articles, store them, and update the stories.

    Prints one line per input that failed (naming it and the reason) and a summary: new, duplicate, failed.
    Exits 1 when nothing could be ingested, or with --strict when anything failed.
    """
    from warta import batch
    from warta.ingest.records import Layout, parse_columns
    from warta.ingest.web import Fetcher

    logging.getLogger("warta.ingest").setLevel(logging.ERROR)  # errors are printed once, below
    try:
        layout = Layout(columns=parse_columns(columns))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--columns") from None
    if dask:
        try:
            from warta.scale.command import ingest_on_dask  # Dask is imported only when asked for
        except ImportError as exc:
            err.print(f"[red]error[/red] --dask needs Dask: pip install 'warta[scale]' ({escape(str(exc))})")
            raise typer.Exit(2) from None
        with _open_store(db, as_json, create=True) as store, task_progress(err) as progress:
            store.keep_source = keep_source
            report = ingest_on_dask(store, targets, dask, workers, not no_fetch, layout, progress)
        return _summary(report, as_json, strict)
    fetcher = None if no_fetch else Fetcher(timeout=timeout)
    try:
        with _open_store(db, as_json, create=True) as store, IngestProgress(err) as progress:
            store.keep_source = keep_source
            before = store.count_articles()
            try:
                report = batch.ingest(store, targets, fetch=not no_fetch, fetcher=fetcher, workers=workers,
                                      layout=layout, on_sources=progress.sources,
                                      on_source_done=progress.source_done, on_item=progress.item,
                                      on_error=progress.error, on_stage=progress.stage)
            except KeyboardInterrupt:
                progress.stop()
                _fail(interrupted_note(store, before), as_json, code=130)
    except sqlite3.Error as exc:  # the store itself failed (locked past the busy timeout, disk full): one line
        err.print(f"[red]error[/red] {escape(db or 'warta.db')}: the store failed ({escape(str(exc))}); the batches "
                  "committed before it are kept, and running the ingest again completes it", highlight=False,
                  soft_wrap=True)
        raise typer.Exit(2) from None
    finally:
        if fetcher is not None:
            fetcher.close()
    _summary(report, as_json, strict)


def _summary(report: IngestReport, as_json: bool, strict: bool) -> None:
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        if report.errors_not_shown:
            err.print(f"… and {report.errors_not_shown:,} more failed (the first {len(report.errors)} are listed)",
                      highlight=False)
        console.print(f"{report.new} new, {report.duplicate} duplicate, {report.failed} failed", highlight=False)
    if (report.new + report.duplicate == 0 and report.failed) or (strict and report.failed):
        raise typer.Exit(1)


register_reading(app)  # warta articles, article, stories, story, search: listed after ingest


@app.command()
def export(
    db: str = DB_OPTION,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one article per line), parquet (articles and stories, "
                                                      "by month) or csv (articles.csv and claims.csv)."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write for jsonl (default: standard output); "
                                                             "the folder to write for parquet and csv."),
    since: str = typer.Option(None, help="Only articles published on or after this date (2025-10-01)."),
    until: str = typer.Option(None, help="Only articles published before this date."),
    story_id: str = typer.Option(None, "--story", help="Only the articles of this story."),
    outlet: str = typer.Option(None, help="Only this outlet."),
) -> None:
    """Export articles with their annotations and story ids (and, in Parquet, the stories)."""
    from warta import export as exports

    if fmt not in exports.FORMATS:
        raise typer.BadParameter(f"supported formats: {', '.join(exports.FORMATS)}")
    if fmt != "jsonl" and output is None:
        raise typer.BadParameter(f"--format {fmt} writes a folder: name it with -o DIR")
    selection = exports.Selection(since=since, until=until, story=story_id, outlet=outlet)
    if fmt != "jsonl":
        with _open_store(db) as store:
            try:
                counts = importlib.import_module(f"warta.export.{'parquet' if fmt == 'parquet' else 'tables'}"
                                                 ).write(store, selection, output)
            except (FileExistsError, ImportError) as exc:
                err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
                raise typer.Exit(2) from None
        err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" written to {output}", highlight=False)
        return
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with _open_store(db) as store:
            exports.write_jsonl(store, selection, out)
    except BrokenPipeError:  # `warta export | head`: the reader has what it wanted; exit quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        if output:
            out.close()


@app.command(name="eval")
def evaluate(
    task: str = typer.Argument(..., help="stories, clean, meta, sentences, pos, ner, entities, quotes, citations, "
                                         "claims or dates"),
    data: Path = typer.Option(..., "--data", exists=True, help="A dataset in the layout of ../shared."),
) -> None:
    """Measure one stage on a dataset; prints one JSON object (headline metrics and n)."""
    from warta import evaluate as evaluation

    try:
        result = evaluation.run(task, data)
    except (KeyError, ValueError, ModuleNotFoundError, InputError, OSError) as exc:
        err.print(f"eval {escape(task)}: {escape(str(exc))}")
        raise typer.Exit(2) from None
    print(json.dumps(result, ensure_ascii=False))


@app.command()
def train(
    model: str = typer.Argument(..., help="ner, pos, attribution or langid"),
    shared: Path = typer.Option(Path("../shared"), "--shared", envvar="WARTA_SHARED", exists=True,
                                help="The shared data folder."),
    cross_validate: bool = typer.Option(False, "--cross-validate",
                                        help="Score the training recipe by 3-fold cross-validation on the training "
                                             "split instead (attribution); writes nothing."),
) -> None:
    """Retrain a shipped model from the shared data; writes it into the package."""
    if model not in TRAINERS:
        raise typer.BadParameter(f"known models: {', '.join(TRAINERS)}")
    trainer = importlib.import_module(TRAINERS[model])
    if cross_validate and not hasattr(trainer, "cross_validate"):
        raise typer.BadParameter(f"{model} has no cross-validation; attribution has")
    with err.status(f"{'cross-validating' if cross_validate else 'training'} {model} (minutes: see README)"):
        result = trainer.cross_validate(shared) if cross_validate else trainer.run(shared)
    print(json.dumps(result, ensure_ascii=False))


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
) -> None:
    """Serve the REST API and the web UI over the store."""
    import uvicorn

    from warta.serve.app import create_app
    from warta.store import DEFAULT_DB

    uvicorn.run(create_app(db or DEFAULT_DB), host=host, port=port)


@app.command()
def demo(db: str = DB_OPTION) -> None:
    """Ingest the bundled sample corpus and show its stories."""
    corpus = _demo_corpus()
    console.print(f"ingesting the sample corpus in {corpus}")
    # Its subfolders hold the articles; README.md and expected.json beside them are about the corpus.
    kinds = sorted(str(p) for p in corpus.iterdir() if p.is_dir())
    ingest(kinds, db=db, no_fetch=True, strict=False, workers=1, timeout=15.0, columns=None, dask=None, as_json=False)
    with _open_store(db) as store:
        rows = store.list_stories(limit=20, order="largest", min_size=2)
    console.print(f"\n[bold]{len(rows)} stories with more than one article[/bold]")
    for row in rows:
        story(row["id"], db=db, as_json=False)
        console.print()


def _demo_corpus() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples" / "corpus"
        if candidate.is_dir():
            return candidate
    raise typer.BadParameter("the sample corpus (examples/corpus) is not beside this installation")


register_monitor(app)  # warta sources, warta watch, warta alerts

if __name__ == "__main__":
    main()
