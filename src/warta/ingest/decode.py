"""Bytes to text: reject what is not a document, find the encoding, tell HTML from a text dump by content."""

from __future__ import annotations

import gzip
import re
import zlib

from warta.errors import InputError

# One article page is well under 5 MB of HTML; 20 MB leaves room for inline images and still refuses dumps of
# whole sites or binaries that slipped through (the 100 MB bad-input case).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article|title)\b",
                         re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|article|body|html|span|a)\b[^>]*>", re.I)


def gunzip_if_needed(data: bytes, origin: str) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=_Capped(data)) as fh:
            out = fh.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(origin, f"corrupt gzip data ({exc})") from None
    if len(out) > MAX_DOCUMENT_BYTES:
        raise InputError(origin, f"too large once decompressed (over {MAX_DOCUMENT_BYTES // 2**20} MB)")
    return out


class _Capped:
    """A file object over bytes (gzip.GzipFile wants one)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else self._pos + n
        chunk = self._data[self._pos : end]
        self._pos += len(chunk)
        return chunk


def check_size(size: int, origin: str) -> None:
    if size == 0:
        raise InputError(origin, "empty input")
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(origin, f"too large ({size:,} bytes; the limit is {MAX_DOCUMENT_BYTES // 2**20} MB)")


# Every byte but the control characters text does not hold (tab, newlines, form feed and carriage return are text):
# deleting these and counting what is left counts the controls in C (a loop over 8 KB in Python was 0.2 ms a page).
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls > len(sample) * 0.05


def decode_text(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode with BOM, declared charset, meta charset, UTF-8, then cp1252 (what Windows-made pages are).
    NUL characters never reach the text: looks_binary() reads the first 8 KB only, and a NUL further on went
    into the stored body, the exports and the pages."""
    if looks_binary(data):
        raise InputError(origin, "binary data, not text or HTML")
    text = _decode(data, declared)
    return text.replace("\x00", "") if "\x00" in text else text


def _decode(data: bytes, declared: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared_charsets = [c for c in (_charset_from(declared), _meta_charset(data)) if c]
    for encoding in declared_charsets:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    says_utf8 = any(c.lower().replace("_", "-") in ("utf-8", "utf8") for c in declared_charsets)
    if says_utf8 or _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # decodes every byte; cp1252 leaves five undefined


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 page with a few stray bytes (a pasted cp1252 quote) should stay UTF-8, not become mojibake:
    it is UTF-8 when its valid multi-byte sequences outnumber the bytes that break the encoding."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > broken


def _charset_from(content_type: str | None) -> str | None:
    if not content_type or "charset=" not in content_type:
        return None
    return content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def is_html(data: bytes, declared: str | None = None) -> bool:
    if declared and "html" in declared.lower():
        return True
    head = data[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def looks_truncated(data: bytes) -> bool:
    """An HTML page cut off mid-way: no closing </body> or </html>, and it stops inside text or a tag.
    Of the 799 real pages of htmldate-eval, 7 omit both closing tags (HTML5 allows it) and all of them still
    end with a '>'; each of the 181 Scrapinghub benchmark pages has its closing tags."""
    tail = data[-4096:].rstrip()
    lowered = tail.lower()
    return b"</html" not in lowered and b"</body" not in lowered and not tail.endswith(b">")
