"""The body of ``warta ingest --dask [ADDRESS]``: connect, show tasks and articles as they finish, ingest."""

from __future__ import annotations

import logging

from rich.markup import escape
from rich.progress import Progress

from warta.batch import IngestReport
from warta.errors import InputError
from warta.ingest.records import Layout
from warta.scale import runner
from warta.store.base import Store


def ingest_on_dask(store: Store, targets: list[str], address: str, workers: int, fetch: bool,
                   layout: Layout, progress: Progress) -> IngestReport:
    """``address`` "local" starts a LocalCluster of ``workers`` processes (Dask's default count when 1)."""
    local = address == "local"
    logging.getLogger("distributed").setLevel(logging.ERROR)  # the progress bar says what the cluster does
    tasks = progress.add_task("tasks", total=0)
    articles = progress.add_task("articles", total=None)

    def task_done(items: int) -> None:
        progress.update(tasks, advance=1)
        progress.update(articles, advance=items)

    def error(exc: InputError) -> None:
        progress.console.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)

    total = 0

    def more_tasks(n: int) -> None:
        nonlocal total
        total += n
        progress.update(tasks, total=total)

    listeners = runner.Listeners(tasks=more_tasks, task_done=task_done, error=error)
    progress.update(tasks, description="starting a local Dask cluster" if local else f"connecting to {address}")
    with runner.connect(None if local else address, (workers if workers > 1 else None) if local else None) as client:
        progress.update(tasks, description=f"tasks on {len(client.scheduler_info()['workers'])} Dask workers")
        return runner.ingest(client, store, targets, fetch=fetch, layout=layout, listeners=listeners)
