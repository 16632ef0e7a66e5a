"""Walk paths, folders and globs; sniff each file's kind by content and hand it to the right reader."""

from __future__ import annotations

import glob
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.ingest import feeds, jsonl, tables, warc
from warta.ingest.decode import MAX_DOCUMENT_BYTES, check_size, gunzip_if_needed, is_html, looks_truncated
from warta.ingest.records import Layout
from warta.ingest.web import Fetcher, is_url
from warta.model import RawDocument

Item = RawDocument | InputError

_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
# A folder's own documentation is not news: README.md, LICENSE, COPYING beside the articles of a corpus.
_SKIP_STEMS = {"readme", "license", "licence", "copying", "notice", "changelog"}
# Enough of a file to recognise its kind (and the first JSONL line of most articles) without reading it all.
_HEAD_BYTES = 65536


def read_targets(targets: list[str], fetcher: Fetcher | None = None, layout: Layout | None = None) -> Iterator[Item]:
    """Yield documents (or the error for one input) from every target, in a stable order."""
    for source in expand_targets(targets):
        yield from read_source(source, fetcher, layout)


def expand_targets(targets: list[str]) -> list[str | InputError]:
    """Every file (folders and globs walked recursively) and URL to read, or the error for a target."""
    sources: list[str | InputError] = []
    for target in targets:
        if is_url(target):
            sources.append(target)
            continue
        paths = _expand(target)
        if paths is None:
            sources.append(InputError(target, "no such file or folder"))
        elif not paths:
            sources.append(InputError(target, "no files found"))
        else:
            sources.extend(p if isinstance(p, InputError) else str(p) for p in paths)
    return sources


def read_source(source: str | InputError, fetcher: Fetcher | None = None, layout: Layout | None = None
                ) -> Iterator[Item]:
    """The documents of one file or URL from ``expand_targets``; ``layout`` names the columns of tables."""
    if isinstance(source, InputError):
        yield source
    elif is_url(source):
        if fetcher is None:
            yield InputError(source, "fetching URLs is disabled")
        else:
            yield from _from_url(source, fetcher)
    else:
        yield from read_file(Path(source), fetcher, layout)


def _expand(target: str) -> list[Path | InputError] | None:
    path = Path(target)
    try:
        if path.is_dir():
            return _walk(path)
        if path.is_file():
            return [path]
    except OSError as exc:  # a path inside a folder we may not enter
        return [InputError(target, f"cannot read ({exc.strerror or exc})")]
    if glob.has_magic(target):
        return _glob(target)
    return None


def _glob(pattern: str) -> list[Path]:
    """The files a glob names, walked without following symlinked folders (glob.glob follows them, so a link to
    a parent folder made it list the same files hundreds of times over); hidden files only when asked for."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    root = Path(*parts[:fixed]) if fixed else Path(".")
    rest = parts[fixed:]
    asks_hidden = any(part.startswith(".") for part in rest)
    found = []
    for path in root.glob(str(Path(*rest))):
        hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
        if (asks_hidden or not hidden) and path.is_file():
            found.append(path)
    return sorted(found)


def _walk(folder: Path) -> list[Path | InputError]:
    """The wanted files under ``folder`` in path order, then one error for each folder that cannot be read.
    Linked folders are followed once each, so a link back up the tree is not a loop."""
    files: list[Path] = []
    errors: list[InputError] = []
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(exc.filename or str(folder), f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(root)
        except OSError as exc:
            unreadable(exc)
            dirs.clear()
            continue
        if (info.st_dev, info.st_ino) in visited:
            dirs.clear()
            continue
        visited.add((info.st_dev, info.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders (.git) are never read
        base = Path(root)
        for name in names:
            candidate = base / name
            if _wanted(candidate.relative_to(folder)) and os.path.isfile(candidate):
                files.append(candidate)
    return [*sorted(files), *errors]


def _wanted(relative: Path) -> bool:
    """Hidden files and folders (.git, .cache), the desktop's own files and a folder's documentation are skipped
    when walking a folder; a file named explicitly is always read."""
    if relative.name in _SKIP_NAMES or relative.name.split(".")[0].lower() in _SKIP_STEMS:
        return False
    return not any(part.startswith(".") for part in relative.parts)


def read_file(path: Path, fetcher: Fetcher | None = None, layout: Layout | None = None) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    kind = sniff(head, complete=size <= len(head))
    # Containers (WARC, JSONL) stream record by record, so only single documents are capped by size.
    if kind == "warc":
        yield from warc.read_warc(path)
        return
    if kind == "jsonl":
        yield from jsonl.read_jsonl(path, layout)
        return
    if kind == "json":
        yield from tables.read_json_array(path, layout)
        return
    if kind == "parquet":
        yield from _read_parquet(path)
        return
    if tables.is_table(path):
        yield from tables.read_csv(path, layout)
        return
    try:
        check_size(size, origin)  # before reading: a 100 MB file is refused without loading it
        data = gunzip_if_needed(path.read_bytes(), origin)
        check_size(len(data), origin)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    if kind == "feed" or feeds.looks_like_feed(data[:4096]):
        yield from feeds.read_feed(data, origin, fetcher)
        return
    if is_html(data) and looks_truncated(data):
        yield InputError(origin, "truncated HTML (the page stops mid-way, before </html>)")
        return
    yield RawDocument(data=data, origin=origin)


def sniff(head: bytes, complete: bool = False) -> str:
    """'warc', 'parquet', 'jsonl', 'json', 'feed' or 'document', from the first bytes (gzip looked through);
    ``complete`` says the head is the whole file."""
    inner = _peek_gzip(head) if head[:2] == b"\x1f\x8b" else head
    stripped = inner.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    if stripped.startswith(b"[") and stripped[1:].lstrip()[:1] in (b"{", b"[", b"]", b'"'):
        return "json"  # JSON Lines hold one object per line, never a list ("[Foto]" opens a text dump)
    if stripped.startswith(b"{"):
        return "json" if _is_json_document(stripped, complete and inner is head) else "jsonl"
    if feeds.looks_like_feed(stripped[:4096]):
        return "feed"
    return "document"


def _is_json_document(text: bytes, complete: bool) -> bool:
    """One JSON value over several lines (pretty-printed), not one object per line."""
    first, _, rest = text.partition(b"\n")
    if first.strip() == b"{":
        return True
    if not complete or not rest.strip():
        return False
    try:
        json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return False
    return True


def _peek_gzip(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD_BYTES)
    except zlib.error:
        return head


def _read_parquet(path: Path) -> Iterator[Item]:
    try:
        from warta.ingest import parquet  # pyarrow is imported only when a Parquet file is read
    except ImportError:
        yield InputError(str(path), "reading Parquet needs pyarrow (pip install 'warta[parquet]')")
        return
    yield from parquet.read_articles(path)


def _from_url(url: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        doc = fetcher.fetch(url)
    except InputError as exc:
        yield exc
        return
    kind = sniff(doc.data[:_HEAD_BYTES], complete=len(doc.data) <= _HEAD_BYTES)
    if kind == "feed":
        yield from feeds.read_feed(doc.data, url, fetcher)
    elif kind in ("warc", "jsonl", "json"):
        yield InputError(url, f"a {kind.upper()} file over HTTP: download it, then ingest the file")
    else:
        yield doc


__all__ = ["read_targets", "expand_targets", "read_source", "read_file", "sniff", "MAX_DOCUMENT_BYTES"]
