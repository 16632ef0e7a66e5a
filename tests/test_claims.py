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
    assert claims("Pada Terminal 1 pukul 15.30 WIB, skor 4-0 di menit ke-49.") == []
    assert claims("Ia salah satu dari mereka, dan tak satu pun hadir.") == []
    assert claims("Harga naik 5 persen lebih tinggi dari 2 kali lipat tahun lalu.")[0][3] == ""  # a comparison


def english_units(sentence: str) -> list[tuple[float, str, str]]:
    return [(q.value, u.english, q.hedge) for q, u in claims_in(sentence, "id")]


def test_ages_in_brackets_after_a_name():
    assert english_units("Trismiati (37) dan tersangka S (35) tinggal di desa itu.") == [
        (37, "years of age", ""), (35, "years of age", "")]
    assert english_units("Mereka (di bawah umur) dan (2) lainnya.") == []


def test_counted_nouns_read_in_english_with_the_written_noun_as_fallback():
    assert english_units("Sembilan orang tersangka memeras dua serikat pekerja dan 30 lembaga federal.") == [
        (9, "suspects", ""), (2, "labor unions", ""), (30, "federal agencies", "")]
    assert english_units("Polisi mengumumkan satu kematian dan 35,04 juta KPM menerima bantuan.") == [
        (1, "deaths", ""), (35_040_000, "beneficiary families", "")]
    assert english_units("Ada 12 angklung di sana.") == [(12, "angklung", "")]


def test_hedges_after_the_number_and_in_the_unit():
    assert english_units("Itu mengeluarkan 8.000 lebih penerima bansos, airnya 40 cm-an.") == [
        (8_000, "aid recipients", "more than"), (40, "cm", "about")]
    assert english_units("Kerugian mencapai Rp 407 triliun lebih, tidak sampai 5%.") == [
        (407e12, "IDR", "more than"), (5, "percent", "less than")]
    assert english_units("Harga pernah mencapai Rp 16.560.") == [(16_560, "IDR", "")]
    assert english_units("Sebanyak 20-an orang hadir.") == [(20, "people", "about")]
    assert english_units("BLT untuk warga di desil 1 hingga 4, RT 10, RW 4.") == []


def test_part_of_a_whole_prison_terms_and_ages_from_context():
    assert english_units("Sebanyak 118 dari 122 anggota parlemen setuju.") == [
        (118, "members of parliament", ""), (122, "members of parliament", "")]
    assert english_units("Mereka terancam penjara hingga tujuh tahun atau denda, dengan ancaman 9 tahun.") == [
        (7, "years in prison", "up to"), (9, "years in prison", "")]
    assert english_units("Bahaya bagi anak-anak di bawah lima tahun, selama tiga tahun terakhir.") == [
        (5, "years of age", "less than"), (3, "years", "")]
    assert english_units("Produksi 1,2 miliar ton per tahun, bunga turun menjadi -0,25%.") == [
        (1.2e9, "tonnes per year", ""), (-0.25, "percent", "")]


def test_dates_given_as_spans_are_skipped():
    sentence = "Rapat digelar pada 21 September bersama 300 orang."
    start = sentence.index("21 September")
    assert claims(sentence, skip=[(start, start + len("21 September"))]) == [(300, "orang", "people", "")]


def test_english_claims():
    assert claims("At least 1,500 people and nearly 90% of voters backed the $3.5 billion plan.", "en") == [
        (1_500, "people", "people", "at least"), (90, "percent", "percent", "almost"), (3.5e9, "USD", "money", "")]
