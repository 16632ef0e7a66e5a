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
Lists of annotations are kept column by column (one list per field), not as objects repeating every field name,
and their offsets as differences (a start from the one before, an end from its start): small numbers, which
compress to about half.
A backend may compress the record (SQLite does; PostgreSQL compresses large text values itself). Rows written
before any of this hold every field in uncompressed JSON and still read the same.
"""

from __future__ import annotations

import itertools
import json
import zlib
from typing import Any

from warta.model import Article, from_dict, to_dict
from warta.text.tokens import are_sentence_tokens, sentence_tokens

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
    kept_elsewhere = ("body", "source_text")
    if are_sentence_tokens(article.tokens, article.body, article.sentences):
        kept_elsewhere += ("tokens",)  # rebuilt on reading
    record = to_dict(article, leave_out=kept_elsewhere)
    for fields, name in ((record, "id"), (record, "origin"), (record, "ingested"),
                         *((record["meta"], name) for name in _ROW_META)):
        if "\x00" not in fields[name]:
            del fields[name]
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
        record[name] = columns = {key: [item[key] for item in record[name]] for key in record[name][0]}
        if "start" in columns and "end" in columns:
            record.setdefault("offsets", []).append(name)
            starts = columns["start"]
            columns["end"] = [end - start for start, end in zip(starts, columns["end"], strict=True)]
            columns["start"] = [start - before for before, start in zip([0, *starts[:-1]], starts, strict=True)]
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
        if name in record.get("offsets", ()):
            columns["start"] = list(itertools.accumulate(columns["start"]))
            columns["end"] = [start + length for start, length in zip(columns["start"], columns["end"], strict=True)]
        count = len(next(iter(columns.values())))
        record[name] = [{key: values[i] for key, values in columns.items()} for i in range(count)]
    record.setdefault("body", body_text(row["body"]))
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


# zlib's preset dictionary: the shape of a record (field names and frequent values), so that a record compressed
# alone need not spell it out (2% smaller stores of the scrapinghub pages). Never edit it:
# the records compressed with it need it back; ``decompress`` knows them by zlib's FDICT flag.
_RECORD_SHAPE = (
    b'{"meta":{"subtitle":"","outlet_group":"","published":"","published_not_before":"","published_source":"meta",'
    b'"authors":[],"editors":[],"tags":[],"section":"","dateline":"","template":"","syndication":[{"outlet":"",'
    b'"original_title":"","url":""}],"headline_only":false},"blocks":{"text":[""],"kind":["boilerplate"],'
    b'"source":["html:p"],"reason":[""]},"sentences":{"start":[0],"end":[0],"block":[-1]},"mentions":{"start":[0],'
    b'"end":[0],"text":[""],"label":["PER"],"entity":[""],"role":[""]},"entities":{"id":[""],"name":[""],'
    b'"label":["ORG"],"aliases":[[]],"roles":[[]],"country":[""]},"quotes":{"start":[0],"end":[0],"text":[""],'
    b'"kind":["direct"],"speaker":[""],"speaker_entity":[""],"cue":[""],"role":[""],"source_start":[-1],'
    b'"source_end":[-1]},"citations":{"start":[0],"end":[0],"source":[""],"cue":[""],"kind":["cites"],'
    b'"original_title":[""],"sentences":[[]],"block":[-1]},"claims":{"start":[0],"end":[0],"text":[""],'
    b'"value":[0.0],"unit":[""],"hedge":[""],"value_max":[null],"subject":[""],"source":[""],"as_of":[""],'
    b'"sentence":[-1],"kind":[""]},"dates":{"start":[0],"end":[0],"text":[""],"date":[""],"end_date":[""],'
    b'"anchor":[""],"sentence":[-1]},"format":"","sliced":["mentions","quotes","claims","dates"],'
    b'"columnar":["blocks","sentences","mentions","entities","quotes","citations","claims","dates"]}'
)
_FDICT = 0x20  # the flag in a zlib stream's second byte that says a preset dictionary was used


def body_text(value: str | bytes | memoryview) -> str:
    """An article's body as its column holds it: text (PostgreSQL, older SQLite rows) or compressed."""
    return value if isinstance(value, str) else decompress(value)


def compress(text: str) -> bytes:
    compressor = zlib.compressobj(zdict=_RECORD_SHAPE)
    return compressor.compress(text.encode("utf-8")) + compressor.flush()


def decompress(data: bytes | memoryview) -> str:
    data = bytes(data)
    if data[1] & _FDICT:
        decompressor = zlib.decompressobj(zdict=_RECORD_SHAPE)
        return (decompressor.decompress(data) + decompressor.flush()).decode("utf-8")
    return zlib.decompress(data).decode("utf-8")
