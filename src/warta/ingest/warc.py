"""WARC and WARC.gz archives (warcio): each HTML response record becomes a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.model import RawDocument


def read_warc(path: Path) -> Iterator[RawDocument | InputError]:
    origin = str(path)
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                doc = _response_document(record, origin)
                if doc is not None:
                    count += 1
                    yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield InputError(origin, f"corrupt WARC after {count} record(s) ({exc.__class__.__name__}: {exc})")
        return
    if count == 0:
        yield InputError(origin, "WARC holds no HTML response records")


def _response_document(record, origin: str) -> RawDocument | InputError | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
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
    hints = {"fetched": fetched} if fetched else {}
    return RawDocument(data=data, origin=where, content_type=ctype or "text/html", url=uri or None, hints=hints)
