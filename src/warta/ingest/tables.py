"""Article tables: CSV (or TSV) files with a header row, and JSON files holding an array of article objects.

They are read as JSON Lines are: each row is a record whose columns are recognised by their header names
(ingest/records.py), so news-watch's CSV and JSON output and dataset dumps such as the Detik CSV ingest as they are.
Row N (from 0, header not counted) of ``file.csv`` has the origin ``file.csv#N``.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.ingest.records import Layout, record_document, slash_dates_month_first
from warta.model import RawDocument

Item = RawDocument | InputError

TABLE_SUFFIXES = (".csv", ".tsv")
# A JSON array is parsed whole, so it is capped: news-watch writes one array per run, a few MB per thousand
# articles; larger collections belong in JSON Lines, which stream.
MAX_JSON_ARRAY_BYTES = 512 * 1024 * 1024
# Rows read ahead to decide whether A/B/YYYY dates put the month first (the Detik CSV has one within 10 rows).
_DATE_PROBE_ROWS = 1000


def is_table(path: Path) -> bool:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    return bool(suffixes) and (suffixes[-1] in TABLE_SUFFIXES or suffixes[-1] == ".gz" and len(suffixes) == 2
                               and suffixes[0] in TABLE_SUFFIXES)


def read_csv(path: Path, layout: Layout | None = None) -> Iterator[Item]:
    origin = str(path)
    layout = layout or Layout()
    csv.field_size_limit(max(MAX_DOCUMENT_BYTES, min(sys.maxsize, 2**31 - 1)))  # bodies exceed csv's 128 KB
    try:
        with _open_text(path) as fh:
            head = fh.readline()
            fh.seek(0)
            reader = csv.DictReader(fh, dialect=_dialect(head, path))
            header = reader.fieldnames or []
            found = layout.resolve(header)
            if "text" not in found and "html" not in found:
                yield InputError(origin, f"no text column in the header ({', '.join(header[:12]) or 'empty'}); "
                                         "name it with --columns text=COLUMN")
                return
            month_first = _month_first(path, found.get("published"), head)
            count = 0
            for index, row in enumerate(reader):
                count += 1
                yield record_document(row, found, f"{origin}#{index}", f"row {index + 1}: ", month_first)
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        yield InputError(origin, f"cannot read the CSV ({exc.__class__.__name__}: {exc})")
        return
    if count == 0:
        yield InputError(origin, "a CSV header without rows")


def read_json_array(path: Path, layout: Layout | None = None) -> Iterator[Item]:
    """A JSON file holding a list of article objects (news-watch's JSON output)."""
    origin = str(path)
    layout = layout or Layout()
    try:
        if path.stat().st_size > MAX_JSON_ARRAY_BYTES:
            yield InputError(origin, f"a JSON array over {MAX_JSON_ARRAY_BYTES // 2**20} MB; write JSON Lines")
            return
        with _open_text(path) as fh:
            records = json.load(fh)
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        yield InputError(origin, f"not valid JSON ({exc.__class__.__name__}: {exc})")
        return
    if not isinstance(records, list) or not records:
        yield InputError(origin, "a JSON document, not JSON Lines (one article object per line) or a list of them")
        return
    dates = [str(r.get(k)) for r in records[:_DATE_PROBE_ROWS] if isinstance(r, dict)
             for k in [layout.resolve(r).get("published")] if k]
    month_first = slash_dates_month_first(dates)
    for index, record in enumerate(records):
        where, item_origin = f"item {index + 1}: ", f"{origin}#{index}"
        if not isinstance(record, dict):
            yield InputError(item_origin, f"{where}an article must be a JSON object")
        else:
            yield record_document(record, layout.resolve(record), item_origin, where, month_first)


def _open_text(path: Path) -> io.TextIOBase:
    with path.open("rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
    raw = gzip.open(path, "rb") if gzipped else path.open("rb")  # noqa: SIM115 (the wrapper owns and closes it)
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")


def _dialect(head: str, path: Path) -> type[csv.Dialect]:
    """Comma, semicolon (spreadsheets in Indonesian locales) or tab: whichever the header line holds most of."""
    if ".tsv" in [s.lower() for s in path.suffixes]:
        return csv.excel_tab
    delimiter = max(",;\t", key=head.count)

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def _month_first(path: Path, column: str | None, head: str) -> bool:
    if column is None:
        return False
    with _open_text(path) as fh:
        rows = csv.DictReader(fh, dialect=_dialect(head, path))
        return slash_dates_month_first(row.get(column) or "" for row in itertools.islice(rows, _DATE_PROBE_ROWS))
