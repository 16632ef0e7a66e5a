"""The date grammar of printed publication dates (strings written for this test), the narasipal date strings and
htmldate's evaluation pages."""

from __future__ import annotations

import csv
import gzip
import json
import re

import pytest
from htmldate import find_date

from warta.evaluate.meta import process_batch
from warta.meta.dates import find_dates, parse_datetime
from warta.model import RawDocument

CASES = [
    ("RABU, 05 JUNI 2024 | 10:15 WIB | LAPORAN: DEWI", "2024-06-05T10:15:00+07:00"),
    ("Kamis, 6 Juni 2024 08:30 WITA", "2024-06-06T08:30:00+08:00"),
    ("Jumat, 7 Jun 2024 - 19.05 WIT", "2024-06-07T19:05:00+09:00"),
    ("07/06/2024, 19:05 WIB", "2024-06-07T19:05:00+07:00"),
    ("7 Agu 2024 21:00 WIB", "2024-08-07T21:00:00+07:00"),
    ("17 Agustus 2024, 10:00", "2024-08-17T10:00:00"),
    ("Minggu, 1 Desember 2024 pukul 06.45 WIB", "2024-12-01T06:45:00+07:00"),
    ("1 Des 2024", "2024-12-01"),
    ("Sabtu (30/11/2024)", "2024-11-30"),
    ("2024-11-30T23:59:00+07:00", "2024-11-30T23:59:00+07:00"),
    ("2024-11-30 23:59:10", "2024-11-30T23:59:10"),
    ("November 30, 2024 at 11:59 pm EST", "2024-11-30T23:59:00-05:00"),
    ("Saturday, 30 Nov. 2024, 9:05 am", "2024-11-30T09:05:00"),
    ("3 Nopember 2024", "2024-11-03"),
    ("31 Februari 2024", None),
    ("pekan lalu", None),
]


@pytest.mark.parametrize(("text", "iso"), CASES)
def test_date_strings(text, iso):
    found = parse_datetime(text)
    assert (found.iso() if found else None) == iso


def test_a_weekday_that_contradicts_the_date_is_flagged():
    (right,) = find_dates("Senin, 3 Juni 2024")
    (wrong,) = find_dates("Selasa, 3 Juni 2024")
    assert right.weekday_matches and not wrong.weekday_matches


def test_every_date_of_a_line_in_order():
    found = find_dates("Dibuka 1 Juni 2024 dan ditutup Senin (3/6/2024) sore.")
    assert [d.iso() for d in found] == ["2024-06-01", "2024-06-03"]


NARASIPAL_ROWS = 400  # per outlet file; all rows are `warta eval meta`


@pytest.mark.parametrize("outlet", ["kompas", "detik", "republika"])
def test_narasipal_date_strings_parse(shared, outlet):
    path = shared / "data" / "narasipal-id-headlines" / f"{outlet}_master.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(NARASIPAL_ROWS), csv.DictReader(fh), strict=False)]
    parsed = [parse_datetime(r["date_time"]) for r in rows]
    assert sum(p is not None for p in parsed) / len(rows) >= 0.995
    if outlet == "kompas":
        url_days = [(re.search(r"/read/(\d{4})/(\d{2})/(\d{2})/", r["url"]), p) for r, p in zip(rows, parsed,
                                                                                                 strict=True)]
        dated = [(m, p) for m, p in url_days if m]
        assert dated and sum(p is not None and p.day.isoformat() == "-".join(m.groups()) for m, p in dated) \
            / len(dated) >= 0.98


HTMLDATE_SLICE = 40  # pages of eval_default (in file order); all 800 are `warta eval meta`


def test_htmldate_slice_days_at_least_htmldate(shared):
    root = shared / "data" / "htmldate-eval"
    gold = json.loads((root / "eval_default.json").read_text(encoding="utf-8"))
    urls = list(gold)[:HTMLDATE_SLICE]
    pages = {u: gzip.decompress((root / "html" / "eval_default" / f"{gold[u]['file']}.gz").read_bytes())
             for u in urls}
    articles = process_batch([RawDocument(data=pages[u], origin=u, url=u, content_type="text/html") for u in urls])
    ours = sum(a.meta.published[:10] == gold[u]["date"] for u, a in zip(urls, articles, strict=True))
    theirs = sum(find_date(pages[u].decode("utf-8", "replace"), url=u) == gold[u]["date"] for u in urls)
    assert ours >= theirs
