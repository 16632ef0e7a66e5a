"""WARC and WARC.gz archives (warcio): each HTML response record becomes a document."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.model import RawDocument


def read_warc(path: Path) -> Iterator[RawDocument | InputError]:
    origin = str(path)
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                doc = _response_document(record, origin)
                if doc is not None:
                    count += 1
                    yield doc
    except (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError, ValueError, zlib.error) as exc:
        yield InputError(origin, f"corrupt WARC after {count} record(s) ({exc.__class__.__name__}: {exc})")
        return
    if count == 0:
        yield InputError(origin, "WARC holds no HTML response records")


def _response_document(record, origin: str) -> RawDocument | InputError | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.http_headers:
        ctype = record.http_headers.get_header("Content-Type")
    else:  # a resource record declares its type in the WARC header
        ctype = record.rec_headers.get_header("Content-Type")
    if ctype and "html" not in ctype.lower():
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if status and not status.startswith("2"):
        return None
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    where = f"{origin}#{uri}"
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputError(where, "record too large")
    if not data.strip():
        return InputError(where, "empty response record")
    fetched = record.rec_headers.get_header("WARC-Date")
    return RawDocument(data=data, origin=where, content_type=ctype or "text/html", url=uri or None,
                       fetched=_warc_date(fetched))


def _warc_date(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
