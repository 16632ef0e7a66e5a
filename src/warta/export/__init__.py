"""Exports of the store for other tools: JSON Lines, Parquet (pyarrow; read by pandas, DuckDB, Dask, Spark), CSV.

Each writer takes the articles to export (``selected``) and the store they come from; filters choose by
publication time, story and outlet. Parquet needs the optional ``parquet`` extra, imported only when asked for.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from warta.model import Article, to_dict
from warta.store.base import Store

FORMATS = ("jsonl", "parquet", "csv")


@dataclass(slots=True)
class Selection:
    """Which articles to export: published on or after ``since``, before ``until``, in ``story``, by ``outlet``."""

    since: str | None = None
    until: str | None = None
    story: str | None = None
    outlet: str | None = None

    def filters(self) -> dict[str, str]:
        return {k: v for k, v in (("since", self.since), ("until", self.until), ("story", self.story),
                                  ("outlet", self.outlet)) if v}


def selected(store: Store, selection: Selection) -> Iterator[Article]:
    return store.iter_articles(**selection.filters())


def article_record(article: Article, story: str | None) -> dict:
    """An article with its annotations and story id, without the source text it was cleaned from."""
    data = to_dict(article)
    data.pop("source_text", None)
    data["story"] = story
    return data


def write_jsonl(store: Store, selection: Selection, out: TextIO) -> int:
    count = 0
    for article in selected(store, selection):
        out.write(json.dumps(article_record(article, store.story_of(article.id)), ensure_ascii=False) + "\n")
        count += 1
    return count


def month_of(stamp: str) -> str:
    """The partition of a publication time: ``2025-10``, or ``undated``."""
    return stamp[:7] if len(stamp) >= 7 and stamp[:4].isdigit() and stamp[5:7].isdigit() else "undated"
