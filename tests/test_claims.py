"""Numeric claims in sentences written for these tests: units, kinds and hedges, and the numbers that are not claims."""

from __future__ import annotations

from warta.facts.claims import claims_in


def claims(sentence: str, lang: str = "id", skip=None) -> list[tuple[float, str, str, str]]:
    return [(q.value, u.text, u.kind, q.hedge) for q, u in claims_in(sentence, lang, skip)]


def test_counted_nouns_percent_and_money():
    assert claims("Sekitar 41 persen dari 880 ribu penduduk desa itu adalah petani.") == [
        (41, "percent", "percent", "about"), (880_000, "penduduk", "people", "")]
    assert claims("Proyek itu menelan biaya Rp55 miliar.") == [(55e9, "IDR", "money", "")]


def test_unit_phrase_age_and_prison_term():
    assert claims("Lebih dari 200 ribu warga negara Rusia masuk ke negara itu.") == [
        (200_000, "warga negara Rusia", "people", "more than")]
    assert claims("Pria berusia 43 tahun itu divonis hingga 10 tahun penjara.") == [
        (43, "tahun", "age", ""), (10, "tahun penjara", "prison", "up to")]


def test_an_elided_noun_takes_the_previous_unit():
    assert claims("Kemarin 7.000 warga tiba, sementara sekitar 11 ribu pergi.") == [
        (7_000, "warga", "people", ""), (11_000, "warga", "people", "about")]


def test_numbers_that_are_not_claims():
    assert claims("Pada 2019 wabah Covid-19 dibahas di Pasal 5 pukul 10.00 WIB.") == []
    assert claims("1. Warga menolak rencana itu") == []  # a numbered subheading
    assert claims("Ia menjadi salah satu calon di Pilkada 2024.") == []
    assert claims("Trismiati (37) tinggal di desa itu.") == []


def test_dates_given_as_spans_are_skipped():
    sentence = "Rapat digelar pada 21 September bersama 300 orang."
    start = sentence.index("21 September")
    assert claims(sentence, skip=[(start, start + len("21 September"))]) == [(300, "orang", "people", "")]


def test_english_claims():
    assert claims("At least 1,500 people and nearly 90% of voters backed the $3.5 billion plan.", "en") == [
        (1_500, "people", "people", "at least"), (90, "percent", "percent", "almost"), (3.5e9, "USD", "money", "")]
