"""How an article is kept in its row, and read back the same.

The ``data`` column holds the article's record without what is kept elsewhere or can be rebuilt exactly:
- the body, which the ``body`` column holds (full-text search indexes that column), and the text of the body
  blocks it was joined from (``clean`` joins them with blank lines): the record keeps their lengths;
- the text of mentions, quotes, claims and dates, when each is the body between its offsets (the record names
  the lists so rebuilt; on the Detik CSV every one was, and quotes alone were 1 KB of text per article);
- the tokens, when they are what ``sentence_tokens`` makes of the body and sentences (they are rebuilt on
  reading; tokens that differ, POS-tagged ones say, stay in the record);
- the source text (the decoded input: for an HTML page 73% of the old row), which nothing reads back; kept only
  on request (``warta ingest --keep-source``), compressed, in the ``article_sources`` table.
A backend may compress the record (SQLite does; PostgreSQL compresses large text values itself). Rows written
before any of this hold every field in uncompressed JSON and still read the same.
"""

from __future__ import annotations

import json
import zlib

from warta.model import Article, from_dict, to_dict
from warta.text.tokens import sentence_tokens

ARTICLE_COLUMNS = "data, body"  # what ``article_from_row`` reads
_BODY_KINDS = ("body", "heading")  # the blocks warta.clean joins into the body
_JOIN = "\n\n"
_SLICES = ("mentions", "quotes", "claims", "dates")  # annotations whose ``text`` is body[start:end]


def article_record(article: Article) -> str:
    """The JSON of the ``data`` column."""
    record = to_dict(article)
    del record["body"], record["source_text"]
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
    return json.dumps(record, ensure_ascii=False)


def article_from_row(data: str | bytes, body: str) -> Article:
    """The article of a row (``ARTICLE_COLUMNS``), compressed or not, old or new."""
    if not isinstance(data, str):
        data = decompress(data)
    record = json.loads(data)
    record.setdefault("body", body)
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


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))


def decompress(data: bytes | memoryview) -> str:
    return zlib.decompress(data).decode("utf-8")
