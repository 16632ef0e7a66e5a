"""What every `warta` command shares: the consoles, the --db and --json options, and one way to fail."""

from __future__ import annotations

import json
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from warta.errors import InputError
from warta.store import Store, open_store

console = Console()
err = Console(stderr=True)

DB_OPTION = typer.Option(None, "--db", envvar="WARTA_DB",
                         help="SQLite database file (default ./warta.db) or postgresql:// URL.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def open_store_or_fail(db: str | None, as_json: bool = False, create: bool = False) -> Store:
    """Only ingest creates a store; every other command names the missing file instead."""
    try:
        return open_store(db, create=create)
    except InputError as exc:
        fail(str(exc), as_json)


def fail(message: str, as_json: bool = False, code: int = 2) -> NoReturn:
    """One error line on stderr, or with --json one JSON object on stdout where the script reads; then exit."""
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    else:
        err.print(f"[red]error[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)
