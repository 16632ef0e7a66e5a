"""Parquet files written by ``warta export --format parquet``: each row is a stored article with its annotations,
read back as it was (not processed again), so re-ingesting an export adds nothing and moves a store losslessly.
Row N of ``part-0.parquet`` has the origin ``part-0.parquet#N`` in error messages; the article keeps its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from warta.errors import InputError
from warta.model import Article, from_dict

# Rows decoded at a time: bounded memory on files of any size.
_BATCH_ROWS = 500


def read_articles(path: Path) -> Iterator[Article | InputError]:
    from warta.pipeline import body_hash  # identity is the pipeline's; imported here, as the pipeline uses ingest

    origin = str(path)
    try:
        parquet = pq.ParquetFile(path)
        names = set(parquet.schema_arrow.names)
        if {"articles", "comparisons"} <= names:
            return  # the stories of an export: derived from the articles, and grouped again on ingest
        if "body" not in names:
            yield InputError(origin, "a Parquet file without a 'body' column (not a warta article export)")
            return
        index = 0
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS):
            for row in batch.to_pylist():
                yield _article(row, f"{origin}#{index}", body_hash)
                index += 1
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        yield InputError(origin, f"cannot read the Parquet file ({exc.__class__.__name__}: {exc})")


def _article(row: dict, where: str, body_hash) -> Article | InputError:
    body = row.get("body")
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "no article body")
    try:
        article = from_dict(Article, row)
    except (TypeError, ValueError, AttributeError) as exc:
        return InputError(where, f"not a warta article row ({exc.__class__.__name__}: {exc})")
    article.id = body_hash(body)  # the identity follows the text, whatever the row claims
    article.origin = article.origin or where
    return article
