"""Walk paths, folders and globs; sniff each file's kind by content and hand it to the right reader."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.ingest import feeds, jsonl, warc
from warta.ingest.decode import MAX_DOCUMENT_BYTES, check_size, gunzip_if_needed
from warta.ingest.web import Fetcher, is_url
from warta.model import RawDocument

Item = RawDocument | InputError

_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def read_targets(targets: list[str], fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Yield documents (or the error for one input) from every target, in a stable order."""
    for target in targets:
        if is_url(target):
            if fetcher is None:
                yield InputError(target, "fetching URLs is disabled")
                continue
            yield from _from_url(target, fetcher)
            continue
        paths = _expand(target)
        if paths is None:
            yield InputError(target, "no such file or folder")
            continue
        for path in paths:
            yield from read_file(path, fetcher)


def _expand(target: str) -> list[Path] | None:
    path = Path(target)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
    if path.is_file():
        return [path]
    if glob.has_magic(target):
        return sorted(Path(p) for p in glob.glob(target, recursive=True) if os.path.isfile(p))
    return None


def _wanted(path: Path) -> bool:
    return path.name not in _SKIP_NAMES and not any(part.startswith(".") for part in path.parts[-1:])


def read_file(path: Path, fetcher: Fetcher | None = None) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    kind = sniff(head, origin)
    if kind == "warc":
        yield from warc.read_warc(path)
        return
    if kind == "jsonl":
        yield from jsonl.read_jsonl(path)
        return
    try:
        check_size(size, origin)
        data = gunzip_if_needed(path.read_bytes(), origin)
        check_size(len(data), origin)
    except InputError as exc:
        yield exc
        return
    if kind == "feed" or feeds.looks_like_feed(data):
        yield from feeds.read_feed(data, origin, fetcher)
        return
    yield RawDocument(data=data, origin=origin)


def sniff(head: bytes, origin: str) -> str:
    """'warc', 'jsonl', 'feed' or 'document', from the first bytes (gzip looked through)."""
    inner = head
    if head[:2] == b"\x1f\x8b":
        inner = _peek_gzip(head)
    stripped = inner.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if feeds.looks_like_feed(stripped[:2048]):
        return "feed"
    return "document"


def _peek_gzip(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return head


def _from_url(url: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        doc = fetcher.fetch(url)
    except InputError as exc:
        yield exc
        return
    if feeds.looks_like_feed(doc.data[:2048]):
        yield from feeds.read_feed(doc.data, url, fetcher)
    else:
        yield doc


__all__ = ["read_targets", "read_file", "sniff", "MAX_DOCUMENT_BYTES"]
