"""Number forms, Indonesian and English: value, range, hedge, currency and percent, one table row each."""

from __future__ import annotations

import pytest

from warta.facts.numbers import find_quantities, parse_numeral

# (text, language, value, value_max, hedge, currency, percent): the first number expression found in text
TABLE = [
    ("200 ribu orang", "id", 200_000, None, "", "", False),
    ("7.000 warga", "id", 7_000, None, "", "", False),
    ("1,5 juta jiwa", "id", 1_500_000, None, "", "", False),
    ("Rp55 miliar", "id", 55e9, None, "", "IDR", False),
    ("Rp 55 miliar", "id", 55e9, None, "", "IDR", False),
    ("Rp. 5.000", "id", 5_000, None, "", "IDR", False),
    ("Rp9 T", "id", 9e12, None, "", "IDR", False),
    ("Rp2,5 M", "id", 2.5e9, None, "", "IDR", False),
    ("41 persen", "id", 41, None, "", "", True),
    ("41%", "id", 41, None, "", "", True),
    ("12,5 persen", "id", 12.5, None, "", "", True),
    ("US$1,2 miliar", "id", 1.2e9, None, "", "USD", False),
    ("US$ 300 juta", "id", 300e6, None, "", "USD", False),
    ("5 juta dolar", "id", 5e6, None, "", "USD", False),
    ("mahar \u00e2\u0082\u00ac63,5 juta", "id", 63.5e6, None, "", "EUR", False),  # a euro sign read as Latin-1
    ("menjadi -0,25%", "id", -0.25, None, "", "", True),
    ("Rp 16.504 sampai Rp 16.516", "id", 16_504, 16_516, "", "IDR", False),
    ("8.000 lebih penerima", "id", 8_000, None, "more than", "", False),
    ("tidak sampai 5%", "id", 5, None, "less than", "", True),
    ("10 triliun rupiah", "id", 10e12, None, "", "IDR", False),
    ("5-7 ribu orang", "id", 5_000, 7_000, "", "", False),
    ("5 hingga 7 juta", "id", 5e6, 7e6, "", "", False),
    ("10-15 persen", "id", 10, 15, "", "", True),
    ("sekitar 41 persen", "id", 41, None, "about", "", True),
    ("kurang lebih 300 orang", "id", 300, None, "about", "", False),
    ("kira-kira 20 rumah", "id", 20, None, "about", "", False),
    ("lebih dari 200 ribu warga", "id", 200_000, None, "more than", "", False),
    ("kurang dari 50 orang", "id", 50, None, "less than", "", False),
    ("hampir 1.000 orang", "id", 1_000, None, "almost", "", False),
    ("nyaris 90 persen", "id", 90, None, "almost", "", True),
    ("hingga 10 tahun penjara", "id", 10, None, "up to", "", False),
    ("maksimal 5 tahun", "id", 5, None, "up to", "", False),
    ("sedikitnya 12 orang", "id", 12, None, "at least", "", False),
    ("setidaknya 3 korban", "id", 3, None, "at least", "", False),
    ("paling sedikit 40 unit", "id", 40, None, "at least", "", False),
    ("sebanyak 147 ribu orang", "id", 147_000, None, "", "", False),
    ("880 ribu penduduk", "id", 880_000, None, "", "", False),
    ("dua orang", "id", 2, None, "", "", False),
    ("sepuluh hari", "id", 10, None, "", "", False),
    ("sebelas pemain", "id", 11, None, "", "", False),
    ("dua belas bulan", "id", 12, None, "", "", False),
    ("dua puluh lima tahun", "id", 25, None, "", "", False),
    ("seratus orang", "id", 100, None, "", "", False),
    ("seratus dua puluh tiga", "id", 123, None, "", "", False),
    ("tiga ratus ribu", "id", 300_000, None, "", "", False),
    ("seribu lima ratus", "id", 1_500, None, "", "", False),
    ("lima juta", "id", 5e6, None, "", "", False),
    ("1.250.000 pemilih", "id", 1_250_000, None, "", "", False),
    ("0,5 persen", "id", 0.5, None, "", "", True),
    ("3 rb orang", "id", 3_000, None, "", "", False),
    ("2 jt", "id", 2e6, None, "", "", False),
    ("7,000 people", "en", 7_000, None, "", "", False),
    ("1.5 million", "en", 1.5e6, None, "", "", False),
    ("$3.5 billion", "en", 3.5e9, None, "", "USD", False),
    ("US$1.2 billion", "en", 1.2e9, None, "", "USD", False),
    ("€40 million", "en", 40e6, None, "", "EUR", False),
    ("£2bn", "en", 2e9, None, "", "GBP", False),
    ("$5m", "en", 5e6, None, "", "USD", False),
    ("25 percent", "en", 25, None, "", "", True),
    ("25 per cent", "en", 25, None, "", "", True),
    ("at least 1,500 people", "en", 1_500, None, "at least", "", False),
    ("more than 200 troops", "en", 200, None, "more than", "", False),
    ("about 11,000 left", "en", 11_000, None, "about", "", False),
    ("nearly 90%", "en", 90, None, "almost", "", True),
    ("up to 10 years", "en", 10, None, "up to", "", False),
    ("fewer than 30 students", "en", 30, None, "less than", "", False),
    ("10 to 12 million", "en", 10e6, 12e6, "", "", False),
    ("five people", "en", 5, None, "", "", False),
    ("twenty-five percent", "en", 25, None, "", "", True),
    ("two hundred and five", "en", 205, None, "", "", False),
    ("three million", "en", 3e6, None, "", "", False),
    ("a dozen", "en", 12, None, "", "", False),
    ("1,000,000 votes", "en", 1e6, None, "", "", False),
]


@pytest.mark.parametrize(("text", "lang", "value", "value_max", "hedge", "currency", "percent"), TABLE)
def test_number_forms(text, lang, value, value_max, hedge, currency, percent):
    found = find_quantities(text, lang)
    assert found, text
    q = found[0]
    assert q.value == pytest.approx(value), text
    assert (q.value_max is None and value_max is None) or q.value_max == pytest.approx(value_max), text
    assert (q.hedge, q.currency, q.percent) == (hedge, currency, percent), text


def test_table_is_large_enough():
    assert len(TABLE) >= 60
    assert {row[1] for row in TABLE} == {"id", "en"}


@pytest.mark.parametrize(("text", "lang", "value"), [("7.000", "id", 7000), ("7,000", "en", 7000),
                                                    ("1,5", "id", 1.5), ("1.5", "en", 1.5), ("abc", "id", None)])
def test_separators_follow_the_language(text, lang, value):
    assert parse_numeral(text, lang) == value
