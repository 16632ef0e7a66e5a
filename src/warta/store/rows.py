"""How an article is kept in its row, and read back the same.

The ``data`` column holds the article's record without what is kept elsewhere or can be rebuilt exactly:
- the body, which the ``body`` column holds (full-text search indexes that column), and the text of the body
  blocks it was joined from (``clean`` joins them with blank lines): the record keeps their lengths;
- the id, origin, time of ingest, URL, title, outlet and language, which columns hold;
- the text of mentions, quotes, claims and dates, when each is the body between its offsets (the record names
  the lists so rebuilt; on the Detik CSV every one was, and quotes alone were 1 KB of text per article);
- the tokens, when they are what ``sentence_tokens`` makes of the body and sentences (they are rebuilt on
  reading; tokens that differ, POS-tagged ones say, stay in the record);
- the source text (the decoded input: for an HTML page 73% of the old row), which nothing reads back; kept only
  on request (``warta ingest --keep-source``), compressed, in the ``article_sources`` table.
Lists of annotations are kept column by column (one list per field), not as objects repeating every field name.
A backend may compress the record (SQLite does; PostgreSQL compresses large text values itself). Rows written
before any of this hold every field in uncompressed JSON and still read the same.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from warta.model import Article, from_dict, to_dict
from warta.text.tokens import sentence_tokens

# Fields the row holds as columns, written from the same article: the record leaves them out unless they hold a
# NUL (PostgreSQL's columns drop it; the record keeps the value whole).
_ROW_FIELDS = ("id", "origin", "ingested")
_ROW_META = ("url", "title", "outlet", "language")
ARTICLE_COLUMNS = ", ".join(("data", "body", *_ROW_FIELDS, *_ROW_META))  # what ``article_from_row`` reads
_BODY_KINDS = ("body", "heading")  # the blocks warta.clean joins into the body
_JOIN = "\n\n"
_SLICES = ("mentions", "quotes", "claims", "dates")  # annotations whose ``text`` is body[start:end]


def article_record(article: Article) -> str:
    """The JSON of the ``data`` column."""
    record = to_dict(article)
    del record["body"], record["source_text"]
    for fields, name in ((record, "id"), (record, "origin"), (record, "ingested"),
                         *((record["meta"], name) for name in _ROW_META)):
        if "\x00" not in fields[name]:
            del fields[name]
    if article.tokens == sentence_tokens(article.body, article.sentences):
        del record["tokens"]
    texts = [b.text for b in article.blocks if b.kind in _BODY_KINDS]
    if texts and _JOIN.join(texts) == article.body:
        record["body_blocks"] = [len(t) for t in texts]
        for block in record["blocks"]:
            if block["kind"] in _BODY_KINDS:
                block["text"] = ""
    sliced = [name for name in _SLICES if getattr(article, name)
              and all(item.text == article.body[item.start:item.end] for item in getattr(article, name))]
    for name in sliced:
        for item in record[name]:
            item["text"] = ""
    if sliced:
        record["sliced"] = sliced
    columnar = [name for name, value in record.items() if _uniform(value)]
    for name in columnar:
        record[name] = {key: [item[key] for item in record[name]] for key in record[name][0]}
    if columnar:
        record["columnar"] = columnar
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _uniform(value: object) -> bool:
    """A non-empty list of objects with the same fields (annotations of one kind)."""
    return (isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)
            and all(item.keys() == value[0].keys() for item in value))


def article_from_row(row: dict) -> Article:
    """The article of a row (``ARTICLE_COLUMNS`` by name), compressed or not, old or new."""
    record = load_json(row["data"])
    for name in _ROW_FIELDS:
        record.setdefault(name, row[name])
    meta = record.setdefault("meta", {})
    for name in _ROW_META:
        if row[name] is not None:
            meta.setdefault(name, row[name])
    for name in record.get("columnar", ()):
        columns = record[name]
        count = len(next(iter(columns.values())))
        record[name] = [{key: values[i] for key, values in columns.items()} for i in range(count)]
    record.setdefault("body", row["body"])
    article = from_dict(Article, record)
    if "tokens" not in record:
        article.tokens = sentence_tokens(article.body, article.sentences)
    if "body_blocks" in record:
        lengths, start = iter(record["body_blocks"]), 0
        for block in article.blocks:
            if block.kind in _BODY_KINDS:
                end = start + next(lengths)
                block.text, start = article.body[start:end], end + len(_JOIN)
    for name in record.get("sliced", ()):
        for item in getattr(article, name):
            item.text = article.body[item.start:item.end]
    return article


def load_json(data: str | bytes) -> Any:
    """A JSON value a backend's ``encode_record`` stored: compressed or, from PostgreSQL and older rows, not."""
    return json.loads(data if isinstance(data, str) else decompress(data))


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))


def decompress(data: bytes | memoryview) -> str:
    return zlib.decompress(data).decode("utf-8")
