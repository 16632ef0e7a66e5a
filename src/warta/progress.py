"""What the command line shows while it works: files read, articles processed, the story phase, a spinner and
the time taken. A large JSONL is one file of many articles, so the article count is what moves."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from warta.errors import InputError
from warta.store.base import Store


class IngestProgress:
    """Callbacks for batch.ingest, drawn on stderr and gone when the ingest ends."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(),
                                  TextColumn("{task.completed}/{task.total} files · {task.fields[articles]:,} "
                                             "articles", markup=False),
                                  TimeElapsedColumn(), console=console, transient=True)
        self._task = self._progress.add_task("reading", total=None, articles=0)
        self.articles = 0

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._progress.stop()

    def sources(self, count: int) -> None:
        self._progress.update(self._task, total=count)

    def source_done(self, origin: str) -> None:
        self._progress.update(self._task, advance=1)

    def item(self, origin: str) -> None:
        self.articles += 1
        self._progress.update(self._task, articles=self.articles, description=_short(origin))

    def stage(self, name: str) -> None:
        self._progress.update(self._task, description=name)

    def error(self, exc: InputError) -> None:
        self._progress.console.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)


def task_progress(console: Console) -> Progress:
    """A bar per task for runners that report their own tasks (the Dask runner: tasks and articles)."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)


def _short(origin: str) -> str:
    return origin if len(origin) <= 60 else "…" + origin[-59:]


def interrupted_note(store: Store, before: int) -> str:
    """What an interrupted ingest left: the articles committed (whole batches), and those not yet in a story."""
    committed = store.count_articles() - before
    waiting = len(store.ungrouped_article_ids())
    return (f"interrupted: {committed:,} new articles were committed before the stop (the batch in flight was "
            f"not); {waiting:,} stored articles wait to be grouped into stories. Run the same command again to "
            "finish: what is stored is not ingested twice.")
