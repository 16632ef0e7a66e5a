"""JSONL: one article per line with at least `text` or `html`; optional url, title, published, outlet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES, gunzip_if_needed
from warta.model import RawDocument

_HINT_KEYS = ("title", "published", "outlet", "author", "language")


def read_jsonl(path: Path) -> Iterator[RawDocument | InputError]:
    origin = str(path)
    try:
        data = path.read_bytes()
        data = gunzip_if_needed(data, origin)
    except (OSError, InputError) as exc:
        yield exc if isinstance(exc, InputError) else InputError(origin, f"cannot read ({exc})")
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        yield parse_line(line, f"{origin}#{number}")


def parse_line(line: bytes, origin: str) -> RawDocument | InputError:
    if len(line) > MAX_DOCUMENT_BYTES:
        return InputError(origin, "line too large")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(origin, f"not valid JSON ({exc.__class__.__name__}: {exc})")
    if not isinstance(record, dict):
        return InputError(origin, "a JSON line must be an object")
    html, text = record.get("html"), record.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str) or not content.strip():
        return InputError(origin, "no 'text' or 'html' field with content")
    hints = {k: str(record[k]) for k in _HINT_KEYS if record.get(k)}
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return RawDocument(
        data=content.encode("utf-8"),
        origin=origin,
        content_type="text/html" if content is html else "text/plain",
        url=url,
        hints=hints,
    )
