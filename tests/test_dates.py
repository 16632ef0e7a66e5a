"""Event dates in Indonesian and English, resolved against a publication date or left unresolved without one."""

from __future__ import annotations

from datetime import date

import pytest

from warta.facts import eventdates
from warta.facts.eventdates import find_dates
from warta.model import Article, Metadata
from warta.resources import Resources

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
    assert reads[1] <= 4 * len(paragraph) * 2000  # a few short windows around each date, never the text before it


PERIODS = [  # (text, published, surface, date, end_date): the detik dev guidelines' periods, in sentences of our own
    ("Ekonomi tumbuh 5% pada kuartal III-2025.", date(2025, 10, 10), "kuartal III-2025", "2025-07", "2025-09"),
    ("Penerima dipangkas pada dua triwulan pertama 2025.", date(2025, 8, 7), "dua triwulan pertama 2025",
     "2025-01", "2025-06"),
    ("Inflasi turun dibanding kuartal sebelumnya.", date(2025, 6, 19), "kuartal sebelumnya", "2025-01", "2025-03"),
    ("Deflasi terjadi pada 2010-an.", date(2025, 6, 19), "2010-an", "2010", "2019"),
    ("Bantuan untuk Oktober, November, dan Desember.", date(2025, 10, 20), "Oktober, November, dan Desember",
     "2025-10", "2025-12"),
    ("Ia melatih sejak 2020 sampai 2025.", date(2025, 10, 22), "sejak 2020 sampai 2025", "2020", "2025"),
    ("Naik selama September 2024 sampai Maret 2025.", date(2025, 8, 7), "September 2024 sampai Maret 2025",
     "2024-09", "2025-03"),
    ("Pemilu digelar pada April tahun depan.", date(2025, 10, 17), "April tahun depan", "2026-04", ""),
    ("Banjir merendam jalan pagi ini.", date(2025, 10, 22), "pagi ini", "2025-10-22", ""),
    ("Hujan sejak malam tadi.", date(2025, 10, 22), "malam tadi", "2025-10-21", ""),
    ("Barang tiba Sabtu (18/10/2025) kemarin.", date(2025, 10, 21), "Sabtu (18/10/2025) kemarin", "2025-10-18", ""),
    ("Laporan diminta paling lambat hari Jumat.", date(2025, 10, 16), "Jumat", "2025-10-17", ""),
    ("Inflasi Juni 2025 sama dengan bulan sebelumnya.", date(2025, 8, 1), "bulan sebelumnya", "2025-05", ""),
]


@pytest.mark.parametrize(("text", "published", "surface", "value", "end"), PERIODS)
def test_periods_spans_and_joined_expressions(text, published, surface, value, end):
    found = {text[f.start : f.end]: f for f in find_dates(text, "id", published)}
    assert surface in found, list(found)
    assert (found[surface].date, found[surface].end_date) == (value, end)


def test_years_in_names_and_vague_offsets_are_not_dated():
    text = "Gagal ke Piala Dunia 2026, APBN 2026 dan UU Nomor 20 Tahun 2001; ditangkap lebih dari 20 tahun yang lalu."
    assert [(text[f.start : f.end], f.date) for f in find_dates(text, "id", date(2025, 10, 9)) if f.date] == []


def test_relative_days_are_read_from_the_day_of_the_utterance():
    body = ('"Saya klarifikasi terkait dengan kemarin ada data yang salah," ujar Adies di Senayan, Rabu (20/8/2025).'
            "\n\nIa hadir hari ini.")
    article = Article(id="t", origin="t", body=body, meta=Metadata(published="2025-08-31T10:00:00+07:00"))
    dates = {d.text: d.date for d in eventdates.run(article, Resources()).dates}
    assert dates == {"kemarin": "2025-08-19", "Rabu (20/8/2025)": "2025-08-20", "hari ini": "2025-08-31"}
