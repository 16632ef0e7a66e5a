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
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.errors import InputError
from warta.model import to_dict
from warta.monitor.cli import register as register_monitor
from warta.progress import IngestProgress, interrupted_note, task_progress
from warta.store import Store, open_store
from warta.store.fts import SearchRefused

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
console = Console()
err = Console(stderr=True)

DB_OPTION = typer.Option(None, "--db", envvar="WARTA_DB",
                         help="SQLite database file (default ./warta.db) or postgresql:// URL.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")

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


@app.command()
def articles(
    db: str = DB_OPTION,
    limit: int = typer.Option(50, min=1, max=10000),
    offset: int = typer.Option(0, min=0),
    outlet: str = typer.Option(None, help="Only this outlet."),
    language: str = typer.Option(None, help="Only this language code (id, en)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List stored articles, newest first."""
    with _open_store(db, as_json) as store:
        rows = store.list_articles(limit=limit, offset=offset, outlet=outlet, language=language)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("id", "published", "outlet", "title")
    for r in rows:
        table.add_row(r["id"][:12], (r["published"] or "")[:16], escape(r["outlet"] or ""), escape(r["title"] or ""))
    console.print(table)


@app.command()
def article(article_id: str, db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Show one article with its metadata and annotations (an id prefix of 6+ characters is enough)."""
    with _open_store(db, as_json) as store:
        found = store.get_article(article_id)
    if found is None:
        _fail(f"no article {article_id}", as_json, code=1)
    data = to_dict(found)
    data.pop("source_text", None)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    m = found.meta
    console.print(f"[bold]{escape(m.title)}[/bold]")
    console.print(f"{escape(m.outlet)} · {escape(m.published or m.published_not_before)} · "
                  f"{escape(', '.join(m.authors))} · {m.language}" + (" · headline only" if m.headline_only else ""))
    console.print(escape(found.body))
    for name in ("mentions", "quotes", "citations", "claims", "dates"):
        items = data.get(name) or []
        if items:
            console.print(f"\n[bold]{name}[/bold] ({len(items)})")
            for item in items[:30]:
                console.print("  " + escape(_annotation_line(name, item)))


def _annotation_line(kind: str, item: dict) -> str:
    if kind == "mentions":
        return f"{item['label']:<5} {item['text']}"
    if kind == "quotes":
        return f"{item['kind']:<8} {item['speaker'] or '?'} ({item['cue']}): {item['text'][:100]}"
    if kind == "citations":
        return f"{item['kind']:<8} {item['source']} ({item['cue']})"
    if kind == "claims":
        return f"{item['value']:g} {item['unit']} {item['hedge']} — {item['text']}"
    return f"{item['text']} → {item['date'] or 'unresolved'}"


@app.command()
def stories(
    db: str = DB_OPTION,
    limit: int = typer.Option(50, min=1, max=10000),
    offset: int = typer.Option(0, min=0),
    order: str = typer.Option("newest", help="newest or largest"),
    min_size: int = typer.Option(1, min=1, help="Only stories with at least this many articles."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List stories (groups of articles about one event)."""
    if order not in ("newest", "largest"):
        _fail(f"--order must be 'newest' or 'largest', not {order!r}", as_json)
    with _open_store(db, as_json) as store:
        rows = store.list_stories(limit=limit, offset=offset, order=order, min_size=min_size)
        for row in rows:
            story = store.get_story(row["id"])
            row["outlets"] = sorted({(store.get_article(a).meta.outlet or "?") for a in story.articles})
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("story", "articles", "outlets", "last seen", "title")
    for r in rows:
        table.add_row(r["id"], str(r["size"]), escape(", ".join(r["outlets"])), (r["last_seen"] or "")[:10],
                      escape(r["title"] or ""))
    console.print(table)


@app.command()
def story(story_id: str, db: str = DB_OPTION, as_json: bool = JSON_OPTION,
          show_single: bool = typer.Option(False, "--all", help="Also list facts only one outlet reports.")) -> None:
    """Show one story: its articles, comparison (conflicts and agreements first), provenance and timeline."""
    with _open_store(db, as_json) as store:
        found = store.get_story(story_id)
        if found is None:
            _fail(f"no story {story_id}", as_json, code=1)
        members = [store.get_article(a) for a in found.articles]
    if as_json:
        data = to_dict(found)
        data["members"] = [{"id": a.id, "title": a.meta.title, "outlet": a.meta.outlet,
                            "published": a.meta.published or a.meta.published_not_before} for a in members]
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{escape(found.title)}[/bold]  ({found.id}, {len(members)} articles)")
    for a in members:
        console.print(f"  {a.id[:12]}  {escape(a.meta.outlet or '?'):<20} "
                      f"{(a.meta.published or a.meta.published_not_before)[:16]:<17} {escape(a.meta.title)}")
    if found.comparisons:
        _print_comparisons(found.comparisons, show_single)
    if found.provenance:
        console.print(f"\n[bold]provenance[/bold] ({found.independent_sources} independent upstream sources)")
        for e in found.provenance:
            console.print(f"  {escape(e.source)} —{e.relation}→ {escape(e.target)}"
                          + (f"  [dim]{escape(e.evidence[:80])}[/dim]" if e.evidence else ""))
    if found.related:
        console.print(f"\n[bold]related stories[/bold] {escape(', '.join(found.related))}")
    if found.timeline:
        console.print("\n[bold]timeline[/bold]")
        for t in found.timeline:
            console.print(f"  {t.date}  {escape(t.outlet)}: {escape(t.text[:100])}")


def _print_comparisons(comparisons: list, show_single: bool) -> None:
    from warta.stories.compare import by_verdict  # the stories package loads MinHash (scipy): only when shown

    shared = [c for c in by_verdict(comparisons) if c.verdict != "only-one-outlet"]
    single = [c for c in comparisons if c.verdict == "only-one-outlet"]
    console.print("\n[bold]comparison[/bold]")
    for c in shared + (single if show_single else []):
        sides = "; ".join(f"{s.outlet}: {s.value if s.value is not None else s.date} {s.hedge}".strip()
                          for s in c.sides)
        console.print(f"  {c.verdict:<16} {escape(c.what)} — {escape(sides)}")
    if single and not show_single:
        console.print(f"  [dim]+ {len(single)} fact{'s' if len(single) != 1 else ''} only one outlet reports "
                      "(--all lists them)[/dim]")


@app.command()
def search(
    query: str,
    db: str = DB_OPTION,
    limit: int = typer.Option(20, min=1, max=1000),
    offset: int = typer.Option(0, min=0),
    as_json: bool = JSON_OPTION,
) -> None:
    """Full-text search over titles and bodies.

    Words must all match; "quoted words" match as a phrase; word* matches a prefix; OR between two terms
    matches either; -word or NOT word excludes. Other punctuation is read as plain text.
    """
    with _open_store(db, as_json) as store:
        try:
            rows = store.search(query, limit=limit, offset=offset)
        except SearchRefused as exc:
            _fail(f"search {query[:60]!r}: {exc}", as_json)
    for r in rows:
        r["snippet"] = r["snippet"].replace("\x02", "[").replace("\x03", "]")
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        console.print(f"[bold]{escape(r['title'] or '')}[/bold]  {r['id'][:12]}  {escape(r['outlet'] or '')}")
        console.print(f"  {escape(r['snippet'])}")


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


def _open_store(db: str | None, as_json: bool = False, create: bool = False) -> Store:
    """Only ingest creates a store; every other command names the missing file instead."""
    try:
        return open_store(db, create=create)
    except InputError as exc:
        _fail(str(exc), as_json)


def _fail(message: str, as_json: bool = False, code: int = 2) -> NoReturn:
    """One error line on stderr, or with --json one JSON object on stdout where the script reads; then exit."""
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    else:
        err.print(f"[red]error[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


register_monitor(app)  # warta sources, warta watch, warta alerts

if __name__ == "__main__":
    main()
