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
    count = failed = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            skipped = None
            for record in records:
                _check_complete(skipped)
                skipped = None
                if record.rec_headers.get_header("Content-Length") is None:
                    raise ValueError(f"a {record.rec_type} record has a damaged header (no Content-Length)")
                doc = _response_document(record, origin) if record.rec_type in ("response", "resource") else None
                if doc is None:
                    skipped = record  # read to its end by the iterator; checked at the next step
                    continue
                count += isinstance(doc, RawDocument)
                failed += isinstance(doc, InputError)
                yield doc
            _check_complete(skipped)
            # warcio stops quietly at a cut-off gzip member: bytes left unread mean the archive is damaged
            if records.offset < size:
                raise ValueError(f"{size - records.offset:,} bytes at the end could not be read")
    except (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError, ValueError, zlib.error) as exc:
        yield InputError(origin, f"corrupt WARC after {count} document(s) ({exc.__class__.__name__}: {exc})")
        return
    if count == failed == 0:
        yield InputError(origin, "WARC holds no HTML response records")


def _check_complete(record) -> None:
    if record is not None and getattr(record.raw_stream, "limit", 0) > 0:
        raise ValueError(f"a {record.rec_type} record is cut short")


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
    if getattr(record.raw_stream, "limit", 0) > 0:
        return InputError(where, "corrupt WARC: the record is cut short")
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
