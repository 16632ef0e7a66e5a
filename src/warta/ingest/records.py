"""Article records: one row of a CSV, one object of JSON Lines or of a JSON array, made a RawDocument.

Columns are recognised by their header names (``text``, ``content``, ``isi_berita``, ``judul``, ``publish_date``,
``tautan``, ...: lang/en/columns.py, lang/id/columns.py), or named by the user (``--columns text=isi,title=judul``).
Publication times are read in their usual Indonesian and English forms and written as ISO 8601.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from warta.errors import InputError
from warta.lang.en.columns import COLUMNS as EN_COLUMNS
from warta.lang.id.columns import COLUMNS as ID_COLUMNS
from warta.meta.dates import parse_datetime
from warta.model import RawDocument

FIELDS = ("text", "html", "title", "published", "url", "outlet", "author", "language")
_HINT_FIELDS = ("title", "published", "outlet", "author", "language")
# Times written without a zone by Indonesian scrapers are local: news-watch writes Asia/Jakarta time, the Detik CSV
# in ../shared says WIB. Western Indonesian time is where most outlets publish.
DEFAULT_ZONE = "+07:00"


def _names(name: str) -> tuple[str, ...]:
    """The known column names of a field, its canonical name first."""
    return (*EN_COLUMNS.get(name, ()), *ID_COLUMNS.get(name, ()))


def header_key(header: str) -> str:
    """``Publish Date``, ``publish-date`` and ``publish_date`` are one column name."""
    return "_".join(header.strip().lstrip("\ufeff").casefold().replace("-", " ").split())


def parse_columns(spec: str | None) -> dict[str, str]:
    """``text=isi_berita,title=judul`` as {field: column}; ValueError naming what is wrong."""
    columns: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise ValueError(f"{part.strip()!r} is not FIELD=COLUMN")
        if name not in FIELDS:
            raise ValueError(f"unknown field {name!r} (fields: {', '.join(FIELDS)})")
        columns[name] = column.strip()
    return columns


@dataclass(slots=True)
class Layout:
    """Which column holds which field, for one file (its header) or per record (JSON objects vary)."""

    columns: dict[str, str] = field(default_factory=dict)  # named by the user: field -> column

    def resolve(self, keys: Iterable[str]) -> dict[str, str]:
        """field -> the key holding it: the column the user named, else the first known name present."""
        present: dict[str, str] = {}
        for key in keys:
            present.setdefault(header_key(key), key)
        found: dict[str, str] = {}
        for name in FIELDS:
            wanted = (self.columns[name],) if name in self.columns else _names(name)
            key = next((present[header_key(w)] for w in wanted if header_key(w) in present), None)
            if key is not None:
                found[name] = key
        return found


def record_document(record: Mapping[str, object], found: Mapping[str, str], origin: str, where: str = "",
                    month_first: bool = False) -> RawDocument | InputError:
    """One record as a document; ``found`` maps fields to the record's keys (``Layout.resolve``)."""

    def value(name: str) -> str:
        raw = record.get(found[name]) if name in found else None
        return str(raw).strip() if isinstance(raw, str | int | float) and not isinstance(raw, bool) else ""

    html, text = value("html"), value("text")
    content = html or text
    if not content:
        return InputError(origin, f"{where}no 'text' or 'html' field with content")
    hints = {name: value(name) for name in _HINT_FIELDS if value(name)}
    if "published" in hints:
        hints["published"] = iso_published(hints["published"], month_first)
    return RawDocument(
        data=content.encode("utf-8", errors="replace"),  # JSON allows lone surrogates
        origin=origin,
        content_type="text/html" if html else "text/plain",
        url=value("url") or None,
        hints=hints,
    )


def iso_published(text: str, month_first: bool = False) -> str:
    """A publication time as ISO 8601 (``2025-10-20T21:36:00+07:00``); text that holds no date is kept as it is.
    Times without a zone are read as WIB; ``month_first`` reads ``10/20/2025`` as October 20."""
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if len(text) <= len("2025-10-20"):
            return when.date().isoformat()
        stamp = when.isoformat(timespec="seconds")
        return stamp if when.tzinfo else stamp + DEFAULT_ZONE
    found = parse_datetime(_swap_day_month(text) if month_first else text)
    if found is None:
        return text
    if found.has_time and not found.zone:
        found.zone = DEFAULT_ZONE
    return found.iso()


def _swap_day_month(text: str) -> str:
    first, sep, rest = text.strip().partition("/")
    second, sep2, tail = rest.partition("/")
    if sep and sep2 and first.isdigit() and second.isdigit():
        return f"{second}/{first}/{tail}"
    return text


def slash_dates_month_first(values: Iterable[str]) -> bool:
    """Whether a column's ``A/B/YYYY`` dates are month first: one with B over 12 (and none with A over 12) says so.
    The Detik CSV writes ``10/20/2025 21:36``; Indonesian pages write day first (``20/10/2025``)."""
    month_first = False
    for text in values:
        parts = text.strip().split("/")
        if len(parts) < 3 or not (parts[0].isdigit() and parts[1].isdigit()):
            continue
        if int(parts[0]) > 12:
            return False
        month_first = month_first or int(parts[1]) > 12
    return month_first
