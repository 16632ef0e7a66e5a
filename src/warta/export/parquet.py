"""Parquet export: articles (annotations as nested columns) and stories, partitioned by publication month.

``DIR/articles/month=2025-10/part-0.parquet`` and ``DIR/stories/month=2025-10/part-0.parquet`` (Hive layout), so
pandas, DuckDB (``read_parquet('DIR/articles/*/*.parquet', hive_partitioning = true)``), Dask and Spark read them
as one table each. The Arrow schema is derived from the data model, so every file has the same columns whatever
its rows hold. ``warta ingest DIR/articles`` reads the articles back as they were stored.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warta.export import Selection, article_record, month_of, selected
from warta.model import Article, Story, to_dict
from warta.store.base import Store

# Rows buffered per month before a row group is written: bounded memory, row groups of a useful size.
ROWS_PER_GROUP = 2000
# Flat copies of the metadata most queries filter on, beside the nested ``meta`` column.
_FLAT = ("title", "outlet", "published", "url", "language")
_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(tp: object) -> pa.DataType:
    """The Arrow type of a model field: strings, numbers, lists and nested dataclasses as structs."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return arrow_type(inner)
    if origin is list:
        (item,) = typing.get_args(tp)
        return pa.list_(arrow_type(item))
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return pa.struct([(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    return _SCALARS[tp]  # type: ignore[index]


def article_schema() -> pa.Schema:
    fields = [f for f in arrow_type(Article) if f.name != "source_text"]
    return pa.schema([*fields, pa.field("story", pa.string()), *[pa.field(n, pa.string()) for n in _FLAT]])


def story_schema() -> pa.Schema:
    return pa.schema(list(arrow_type(Story)))


class _MonthWriter:
    """One Parquet file per month partition, written in row groups as rows come."""

    def __init__(self, root: Path, schema: pa.Schema) -> None:
        self.root, self.schema = root, schema
        self.buffers: dict[str, list[dict]] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows = 0

    def add(self, month: str, row: dict) -> None:
        buffer = self.buffers.setdefault(month, [])
        buffer.append(row)
        self.rows += 1
        if len(buffer) >= ROWS_PER_GROUP:
            self._write(month)

    def _write(self, month: str) -> None:
        rows = self.buffers.pop(month, [])
        if not rows:
            return
        if month not in self.writers:
            folder = self.root / f"month={month}"
            folder.mkdir(parents=True, exist_ok=True)
            self.writers[month] = pq.ParquetWriter(folder / "part-0.parquet", self.schema, compression="zstd")
        self.writers[month].write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        for month in list(self.buffers):
            self._write(month)
        for writer in self.writers.values():
            writer.close()


def write(store: Store, selection: Selection, folder: Path) -> dict[str, int]:
    """Write the selected articles and their stories under ``folder``; the counts written."""
    for part in ("articles", "stories"):
        if (folder / part).exists() and any((folder / part).iterdir()):
            raise FileExistsError(f"{folder / part} already holds an export; choose a new folder")
    articles = _MonthWriter(folder / "articles", article_schema())
    story_ids: set[str] = set()
    try:
        for article in selected(store, selection):
            story = store.story_of(article.id)
            row = article_record(article, story)
            m = article.meta
            row.update(title=m.title, outlet=m.outlet, published=m.published or m.published_not_before, url=m.url,
                       language=m.language)
            articles.add(month_of(row["published"]), row)
            if story:
                story_ids.add(story)
    finally:
        articles.close()
    stories = _MonthWriter(folder / "stories", story_schema())
    try:
        for story_id in sorted(story_ids):
            found = store.get_story(story_id)
            if found is not None:
                stories.add(month_of(found.first_seen), to_dict(found))
    finally:
        stories.close()
    return {"articles": articles.rows, "stories": stories.rows}
