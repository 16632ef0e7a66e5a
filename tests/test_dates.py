"""Event dates in Indonesian and English, resolved against a publication date or left unresolved without one."""

from __future__ import annotations

from datetime import date

import pytest

from warta.facts.eventdates import find_dates

PUBLISHED = date(2022, 10, 4)  # a Tuesday

CASES = [
    ("Ia berbicara pada Selasa (4/10).", "id", PUBLISHED, "Selasa (4/10)", "2022-10-04", ""),
    ("Rapat digelar Jumat (30/6/2023) di Jakarta.", "id", None, "Jumat (30/6/2023)", "2023-06-30", ""),
    ("Laporan terbit pada 29 September lalu.", "id", PUBLISHED, "29 September lalu", "2022-09-29", ""),
    ("Mereka menunggu sejak 21 September.", "id", PUBLISHED, "21 September", "2022-09-21", ""),
    ("Periode 21 September hingga 4 Oktober dicatat.", "id", PUBLISHED, "21 September hingga 4 Oktober",
     "2022-09-21", "2022-10-04"),
    ("Kemarin hujan turun.", "id", PUBLISHED, "Kemarin", "2022-10-03", ""),
    ("Pekan lalu harga naik.", "id", PUBLISHED, "Pekan lalu", "2022-09-26", "2022-10-02"),
    ("Kapal itu tiba tiga hari lalu.", "id", PUBLISHED, "tiga hari lalu", "2022-10-01", ""),
    ("Ia datang Senin lalu.", "id", PUBLISHED, "Senin lalu", "2022-10-03", ""),
    ("Pabrik dibuka pada Maret 2019.", "id", PUBLISHED, "Maret 2019", "2019-03", ""),
    ("The talks ended last Tuesday.", "en", PUBLISHED, "last Tuesday", "2022-09-27", ""),
    ("He resigned on May 3, 2013.", "en", PUBLISHED, "May 3, 2013", "2013-05-03", ""),
    ("The vote was held on Sept. 21.", "en", PUBLISHED, "Sept. 21", "2022-09-21", ""),
    ("She was there yesterday.", "en", PUBLISHED, "yesterday", "2022-10-03", ""),
    ("It opened two days ago.", "en", PUBLISHED, "two days ago", "2022-10-02", ""),
    ("Filed 05/02/2013 in court.", "en", PUBLISHED, "05/02/2013", "2013-05-02", ""),
    ("Ia datang sepekan lalu.", "id", PUBLISHED, "sepekan lalu", "2022-09-26", "2022-10-02"),
    ("Proyek dimulai pada Maret lalu.", "id", PUBLISHED, "Maret lalu", "2022-03", ""),
    ("Pemilu digelar pada Desember.", "id", PUBLISHED, "Desember", "2022-12", ""),
    ("Prices rose in March.", "en", PUBLISHED, "March", "2022-03", ""),
    ("Sales fell last year.", "en", PUBLISHED, "last year", "2021", ""),
]


@pytest.mark.parametrize(("text", "lang", "published", "surface", "value", "end"), CASES)
def test_dates(text, lang, published, surface, value, end):
    found = {text[f.start : f.end]: f for f in find_dates(text, lang, published)}
    assert surface in found, list(found)
    assert (found[surface].date, found[surface].end_date) == (value, end)


def test_relative_dates_stay_unresolved_without_a_publication_date():
    found = find_dates("Pekan lalu dan kemarin, sejak 21 September.", "id", None)
    assert all(f.date == "" and f.anchor.startswith("unresolved") for f in found)
    assert len(found) == 3


def test_a_missing_year_comes_from_a_full_date_in_the_text():
    found = find_dates("sejak 21 September", "id", None, year_hint=2022)
    assert [(f.date, f.anchor) for f in found] == [("2022-09-21", "in-text year")]


def test_esc_time_expressions_slice(shared, tmp_path):
    """A slice of ESC v1.5 time expressions, resolved against each document's creation time."""
    from warta.evaluate import dates

    lines = (shared / "data" / "ecbplus-event-clusters" / "esc_v1.5_timex.jsonl").read_text(encoding="utf-8")
    sample = tmp_path / "esc_slice_timex.jsonl"
    sample.write_text("\n".join(lines.splitlines()[:120]) + "\n", encoding="utf-8")
    result = dates.run(sample)
    assert result["n"] > 50
    assert result["accuracy"] >= 0.8


class CountingText(str):
    """A text that counts the characters read out of it by slicing or indexing (the regex engine reads it
    directly and is not counted)."""

    read = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        CountingText.read += len(part)
        return part


def test_weekday_cues_are_looked_for_just_before_each_day_name_not_in_the_whole_text_before_it():
    paragraph = "Rapat digelar pada Selasa (4/6) dan dilanjutkan hari Kamis di balai desa, kata warga Minggu ini. "
    reads = []
    for copies in (200, 2000):
        CountingText.read = 0
        found = find_dates(CountingText(paragraph * copies), "id", date(2024, 6, 10))
        assert sum(1 for f in found if f.date) >= 2 * copies
        reads.append(CountingText.read)
    assert reads[1] <= 12 * reads[0]  # linear: ten times the text, about ten times the characters read
    assert reads[1] <= 2 * len(paragraph) * 2000
