"""What a Dask worker runs: read one slice of one input (a file, or a range of a WARC's records, a JSONL's lines,
a CSV's rows) and put each document through the same per-article pipeline as ``warta ingest`` does in one process.

Nothing here imports Dask: a task is a plain function of plain data, so it runs (and is tested) the same anywhere.
Resources (models, gazetteers, the template statistics of the run) are loaded once per worker process and kept.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from warta import pipeline
from warta.batch import process_one
from warta.clean.templates import TemplateStats, article_lines, group_of
from warta.errors import InputError
from warta.ingest.files import read_source
from warta.ingest.records import Layout
from warta.ingest.web import Fetcher
from warta.model import Article, RawDocument
from warta.resources import Resources

Result = tuple[str, Article | InputError]


@dataclass(frozen=True, slots=True)
class Slice:
    """Items ``start`` to ``stop`` (``stop`` None: to the end) of what reading ``source`` yields."""

    source: str
    start: int = 0
    stop: int | None = None


@dataclass(slots=True)
class SliceResult:
    slice: Slice
    results: list[Result] = field(default_factory=list)
    observations: list[tuple[str, list[str]]] = field(default_factory=list)  # (group, lines) the driver counts
    total: int | None = None  # items the whole source holds, counted by the first slice of a source


@dataclass(frozen=True, slots=True)
class RunSettings:
    """Shipped to the workers once per run: the template statistics as they stood when the ingest began."""

    run: str  # a token naming the run, so a worker serving several runs keeps their resources apart
    templates: dict
    fetch: bool = False
    columns: tuple[tuple[str, str], ...] = ()


# One per worker process and run, loaded on first use: the per-process cache of resources.
_RESOURCES: dict[str, Resources] = {}
_FETCHER: list[Fetcher] = []


def resources_for(settings: RunSettings) -> Resources:
    if settings.run not in _RESOURCES:
        _RESOURCES.clear()  # a new run: the previous run's template statistics are stale
        _RESOURCES[settings.run] = Resources(templates=TemplateStats.from_json(settings.templates))
    return _RESOURCES[settings.run]


def run_slice(part: Slice, settings: RunSettings, count: bool = False) -> SliceResult:
    """Process the slice's documents; with ``count``, also count every item of the source (the first slice)."""
    resources = resources_for(settings)
    out = SliceResult(slice=part)
    items = _read(part.source, settings)
    for item in itertools.islice(items, part.start, part.stop):
        if isinstance(item, RawDocument):
            furniture = _observe(item, out, resources)
            out.results.append((item.origin, process_one(item, resources.with_options(furniture=furniture))))
        else:
            out.results.append((item.origin, item))
    if count:
        out.total = part.start + len(out.results) + sum(1 for _ in items)
    return out


def _read(source: str, settings: RunSettings) -> Iterator[RawDocument | InputError | Article]:
    fetcher = None
    if settings.fetch:
        if not _FETCHER:
            _FETCHER.append(Fetcher())
        fetcher = _FETCHER[0]
    return read_source(source, fetcher, Layout(columns=dict(settings.columns)))


def _observe(raw: RawDocument, out: SliceResult, resources: Resources) -> frozenset[str]:
    """The page's learned furniture by the run's template statistics (as they stood when the run began), and its
    lines for the driver to count as the one-process ingest counts them."""
    try:
        started = pipeline.start(raw)
    except InputError:
        return frozenset()  # the pipeline reports it
    lines = article_lines(started)
    out.observations.append((group_of(started.meta.url), lines))
    templates = resources.option("templates")
    return templates.furniture(group_of(started.meta.url), lines) if templates is not None else frozenset()
