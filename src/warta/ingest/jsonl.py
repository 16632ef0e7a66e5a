"""JSONL: one article per line with at least `text` or `html`; optional url, title, published, outlet (or the
other column names of ingest/records.py: news-watch's `content`, `link`, `publish_date`, `source`).
Lines written by `warta export` (text in `body`, metadata under `meta`) are read too.
Their cleaned blocks come in as they were classified (``EXPORTED_BLOCKS``), so an export read back gives the
same articles, same ids.

The file is streamed line by line (plain or gzipped), so a dump of any size is read in constant memory.
Item N of ``file.jsonl`` has the origin ``file.jsonl#N``, N counted from 0 over non-blank lines.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.ingest.exported import EXPORTED_BLOCKS, exported_blocks
from warta.ingest.records import Layout, record_document
from warta.model import RawDocument

# The content type of an exported article's blocks (JSON: {"blocks": [{"text", "kind", "source", "reason"}]}).


# A file whose first lines are all not JSON is not JSON Lines at all: one error for the file, not one per line.
_PROBE_LINES = 3


def read_jsonl(path: Path, layout: Layout | None = None) -> Iterator[RawDocument | InputError]:
    origin = str(path)
    index = 0
    opening: list[InputError] | None = []  # errors held back until a good line shows the file is JSON Lines
    try:
        with _open(path) as fh:
            for number, line in enumerate(_lines(fh), start=1):
                if not line.strip():
                    continue
                item = parse_line(line, f"{origin}#{index}", number, layout)
                index += 1
                if opening is not None and isinstance(item, InputError):
                    opening.append(item)
                    if len(opening) == _PROBE_LINES:
                        yield InputError(origin, f"not JSON Lines (the first {_PROBE_LINES} lines are not article "
                                                 f"objects; {opening[0].reason})")
                        return
                    continue
                if opening:
                    yield from opening
                opening = None
                yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(origin, f"cannot read past item {index} ({exc.__class__.__name__}: {exc})")
    yield from opening or []
    if index == 0:
        yield InputError(origin, "no JSON lines")


def _open(path: Path) -> BinaryIO:
    with path.open("rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gzipped else path.open("rb")  # type: ignore[return-value]


def _lines(fh: BinaryIO) -> Iterator[bytes]:
    """Lines capped at the document size: an oversized line is cut, and then refused by parse_line."""
    while True:
        line = fh.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(MAX_DOCUMENT_BYTES)) and not rest.endswith(b"\n"):
                pass  # skip the remainder of the oversized line
        yield line


def parse_line(line: bytes, origin: str, number: int = 0, layout: Layout | None = None) -> RawDocument | InputError:
    where = f"line {number}: " if number else ""
    if len(line) > MAX_DOCUMENT_BYTES:
        return InputError(origin, f"{where}line too large (over {MAX_DOCUMENT_BYTES // 2**20} MB)")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(origin, f"{where}not valid JSON ({exc.__class__.__name__}: {exc})")
    if not isinstance(record, dict):
        return InputError(origin, f"{where}a JSON line must be an object")
    blocks = None
    if isinstance(record.get("meta"), dict):  # `warta export` writes metadata under "meta" and text as "body"
        blocks = exported_blocks(record.get("blocks"))
        record = {**record["meta"], "text": record.get("body"), **{k: v for k, v in record.items() if k != "meta"}}
    document = record_document(record, (layout or Layout()).resolve(record), origin, where)
    if blocks and isinstance(document, RawDocument):
        data = json.dumps({"blocks": blocks}, ensure_ascii=False).encode("utf-8", errors="replace")
        return dataclasses.replace(document, data=data, content_type=EXPORTED_BLOCKS)
    return document
