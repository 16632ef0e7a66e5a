"""`warta sources`, `warta watch` and `warta alerts`: registered on the main command by ``register``."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
import time

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.errors import InputError
from warta.monitor.sources import SourceBook, format_interval, parse_interval
from warta.store import Store, open_store

console = Console()
err = Console(stderr=True)

DB_OPTION = typer.Option(None, "--db", envvar="WARTA_DB",
                         help="SQLite database file (default ./warta.db) or postgresql:// URL.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")

sources_app = typer.Typer(help="Watched feeds, sitemaps and section pages, with their health.",
                          invoke_without_command=True, add_completion=False, rich_markup_mode=None)
alerts_app = typer.Typer(help="Saved alerts: queries, entities, outlets and story events.", no_args_is_help=True,
                         add_completion=False, rich_markup_mode=None)


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
    app.add_typer(alerts_app, name="alerts")
    app.command()(watch)


def _open(db: str | None) -> Store:
    try:
        return open_store(db)
    except InputError as exc:
        _fail(exc, 2)


def _fail(exc: InputError, code: int = 1):
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


# --- sources --------------------------------------------------------------------------------------------------

@sources_app.callback()
def sources(ctx: typer.Context, db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """List the sources with their health: last poll, last success, last error, articles in the last day and
    week, next poll. `warta sources add URL` and `warta sources remove URL` change the list."""
    if ctx.invoked_subcommand:
        return
    with _open(db) as store:
        health = SourceBook(store).health()
    if as_json:
        print(json.dumps([h.as_dict() for h in health], ensure_ascii=False, indent=1))
        return
    now = time.time()
    table = Table("id", "name", "kind", "every", "last poll", "last success", "failures", "last error", "day", "week",
                  "next poll")
    for h in health:
        s = h.source
        table.add_row(str(s.id), escape(s.name), s.kind, format_interval(s.every), _ago(s.last_poll, now),
                      _ago(s.last_success, now), str(s.failures), escape(s.last_error or ""), str(h.day),
                      str(h.week), "due" if s.next_poll <= now else _ago(s.next_poll, now))
    console.print(table)


def _ago(moment: float | None, now: float) -> str:
    if moment is None:
        return "never"
    span = format_interval(max(round(abs(moment - now)), 1))
    return f"in {span}" if moment > now else f"{span} ago"


@sources_app.command("add")
def sources_add(
    url: str = typer.Argument(..., help="An RSS/Atom feed, a sitemap (news sitemaps too) or a section page."),
    every: str = typer.Option("10m", "--every", help="How often to poll: 30s, 10m, 2h, 1d."),
    name: str = typer.Option("", "--name", help="A short name (default: the host)."),
    kind: str = typer.Option("auto", "--kind", help="auto (read from the first answer), feed, sitemap or page."),
    db: str = DB_OPTION,
) -> None:
    """Watch a source; `warta watch` polls it from now on."""
    with _open(db) as store:
        try:
            source = SourceBook(store).add(url, parse_interval(every), name=name, kind=kind)
        except InputError as exc:
            _fail(exc)
    console.print(f"source {source.id}: {escape(source.name)} ({escape(source.url)}), every "
                  f"{format_interval(source.every)}", highlight=False)


@sources_app.command("remove")
def sources_remove(key: str = typer.Argument(..., help="The source's id, URL or name."), db: str = DB_OPTION) -> None:
    """Stop watching a source (its articles, and the links it listed, stay)."""
    with _open(db) as store:
        book = SourceBook(store)
        try:
            source = book.find(key)
        except InputError as exc:
            _fail(exc)
        if source is None:
            _fail(InputError(key, "no such source"))
        book.remove(source)
    console.print(f"removed source {source.id}: {escape(source.url)}", highlight=False)


# --- watch ----------------------------------------------------------------------------------------------------

def watch(
    db: str = DB_OPTION,
    once: bool = typer.Option(False, "--once", help="Poll every source that is due, then exit (for cron)."),
    timeout: float = typer.Option(15.0, "--timeout", min=0.1, help="Seconds before a fetch gives up."),
    delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host."),
    webhook_retry: str = typer.Option("30s", "--webhook-retry",
                                      help="First wait before a failed webhook is retried; it doubles each time."),
    workers: int = typer.Option(4, "--workers", "-w", min=1, max=64,
                                help="Hosts fetched at once (each host's requests stay one at a time)."),
) -> None:
    """Poll every source when due, until stopped (Ctrl-C or SIGTERM stop it after the poll in flight).

    Feeds and pages are asked conditionally (ETag, Last-Modified); only links never seen are fetched, politely
    (robots.txt, a delay per host); new articles go through the same pipeline and story update as `warta ingest`.
    Failing sources back off; alerts are checked after each poll and their webhooks sent. One log line per poll.
    """
    from warta.ingest.web import Fetcher
    from warta.monitor.alerts import AlertBook
    from warta.monitor.notify import Webhooks
    from warta.monitor.watch import Watcher

    _log_to_stderr()
    try:
        retry = parse_interval(webhook_retry)
    except InputError as exc:
        _fail(exc, 2)
    stop = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        logging.getLogger("warta.monitor").info("%s: stopping after the poll in flight", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    with _open(db) as store:
        count = len(SourceBook(store).all())
        hint = "" if count else "; add one with `warta sources add URL`"
        logging.getLogger("warta.monitor").info("watching %d source%s%s", count, "" if count == 1 else "s", hint)
        webhooks = Webhooks(AlertBook(store), retry_base=retry)
        watcher = Watcher(store, lambda: Fetcher(timeout=timeout, delay=delay), webhooks=webhooks, stop=stop,
                          workers=workers)
        try:
            watcher.run(once=once)
        finally:
            webhooks.close()
            watcher.close()


def _log_to_stderr() -> None:
    logging.getLogger("warta.ingest").setLevel(logging.ERROR)  # each poll's line counts the failures
    monitor = logging.getLogger("warta.monitor")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    monitor.addHandler(handler)
    monitor.setLevel(logging.INFO)
    monitor.propagate = False


# --- alerts ---------------------------------------------------------------------------------------------------

@alerts_app.command("add")
def alerts_add(
    name: str = typer.Argument(..., help="A name for the alert."),
    query: str = typer.Option(None, "--query", help="Articles matching this full-text query (as `warta search`)."),
    entity: str = typer.Option(None, "--entity", help="Articles naming this entity (id or canonical name)."),
    outlet: str = typer.Option(None, "--outlet", help="Articles from this outlet."),
    story_outlets: int = typer.Option(None, "--story-outlets", min=2, help="A story reaches this many outlets."),
    story_conflict: bool = typer.Option(False, "--story-conflict", help="A story gets a conflicting figure."),
    story_upstream: bool = typer.Option(False, "--story-upstream", help="A story gets a new upstream source."),
    webhook: str = typer.Option("", "--webhook", help="POST each hit here as JSON."),
    secret: str = typer.Option("", "--secret", envvar="WARTA_WEBHOOK_SECRET",
                               help="Sign webhook bodies: X-Warta-Signature: sha256=HMAC-SHA256(secret, body)."),
    db: str = DB_OPTION,
) -> None:
    """Save an alert (exactly one of the conditions); it looks at articles stored from now on."""
    from warta.monitor.alerts import AlertBook

    chosen = [(k, v) for k, v in (("query", query), ("entity", entity), ("outlet", outlet),
                                  ("story-outlets", None if story_outlets is None else str(story_outlets)),
                                  ("story-conflict", "" if story_conflict else None),
                                  ("story-upstream", "" if story_upstream else None)) if v is not None]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --query, --entity, --outlet, --story-outlets, "
                                 "--story-conflict, --story-upstream")
    kind, value = chosen[0]
    with _open(db) as store:
        try:
            alert = AlertBook(store).add(name, kind, value, webhook=webhook, secret=secret)
        except InputError as exc:
            _fail(exc)
    console.print(f"alert {alert.id}: {escape(alert.name)}: {escape(alert.describe())}; feed at "
                  f"/alerts/{alert.id}/feed.atom on `warta serve`", highlight=False)


@alerts_app.command("list")
def alerts_list(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """The alerts with their hit counts and latest hit."""
    from warta.monitor.alerts import AlertBook

    with _open(db) as store:
        book = AlertBook(store)
        rows = []
        for alert in book.all():
            latest = book.hits(alert.id, limit=1)
            rows.append({**alert.as_dict(), "hits": book.count_hits(alert.id),
                         "latest": latest[0].title if latest else None})
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("id", "name", "watches", "webhook", "hits", "latest hit")
    for r in rows:
        table.add_row(str(r["id"]), escape(r["name"]), escape(r["describe"]), escape(r["webhook"] or ""),
                      str(r["hits"]), escape(r["latest"] or ""))
    console.print(table)


@alerts_app.command("remove")
def alerts_remove(key: str = typer.Argument(..., help="The alert's id or name."), db: str = DB_OPTION) -> None:
    """Delete an alert and its hits."""
    from warta.monitor.alerts import AlertBook

    with _open(db) as store:
        book = AlertBook(store)
        alert = book.find(key)
        if alert is None:
            _fail(InputError(key, "no such alert"))
        book.remove(alert)
    console.print(f"removed alert {alert.id}: {escape(alert.name)}", highlight=False)
