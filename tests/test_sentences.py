"""Sentence boundaries by error class, on sentences written for these tests, and on the UD Indonesian treebanks."""

from __future__ import annotations

import pytest

from warta.evaluate.metrics import prf
from warta.evaluate.sentences import read_conllu_texts, score_texts
from warta.text.sentences import split


def sentences(text: str, language: str = "id") -> list[str]:
    return [text[s:e] for s, e in split(text, language)]


# Each case is a text written for these tests with " | " where its sentences must end.
TITLES_AND_INITIALS = [
    "Gelar Ph. D. diraih Dr. Rina di Leiden. | Ia lalu pulang.",
    "Lukisan karya Bambang S. Wiryo dipamerkan. | Pengunjung ramai.",
    "Naskah disusun M. Yasin bersama R. Sutomo. | Buku terbit 1950.",
    "Acara dibuka H. Ahmad, Tb. Rahmat dan Hj. Siti. | Semua hadir.",
    "Ia tinggal di Dsn. Krajan, Dk. Wetan, Jl. Mawar. | Rumahnya kecil.",
    # A title or an initial before a word that opens sentences and never names ends the sentence.
    "Polda itu dipimpin seorang Brigjen. | Kemudian statusnya naik.",
    "Sopirnya berinisial K. | Mereka tinggal di Bogor.",
    "Polisi memburu buronan berinisial MS. | MS diduga kabur ke Batam.",
    # A word that also serves as a title ends a sentence like any word.
    "Ia sering bertengkar dengan ibu. | Mereka kini berdamai.",
    # A single letter after a number is a unit or a grade, not an initial.
    "Suhu naik 3 C. | Para petani cemas.",
]

NUMBER_ABBREVIATIONS = [
    "Kantornya di Jl. Melati No. 12. | Gedung itu baru.",
    "Hubungi Telp. (022) 123456 atau Fax. 654321. | Layanan buka pagi.",
    "Lihat hal. 12 buku itu. | Gambarnya jelas.",
    # "hal" is also the word "matter"; "no." before a capital ends an address.
    "Mereka membahas banyak hal. | Lalu rapat usai.",
    "Toko itu di Jalan Cendana no. | Setiap pagi ramai.",
    "Warga memilih ketua RT. | Rapatnya lancar.",
]

LOWERCASE_STARTS = [
    "Ia lahir di Medan pada 1901. | atau begitu kata keluarganya.",
    "Apakah dia akan datang? | semua orang menunggu.",
    # Not after a closing quote, an ellipsis, an attribution cue or a short form.
    '"Kenapa?" tanya Budi. | Semua diam.',
    "Belum tahu. katanya singkat.",
    "Tunggu dulu... lalu kita lihat.",
    "Harga kopi, gula dll. yang naik pekan ini.",
    "Gajinya Rp 5 jt. per bulan.",
    "Studio milik Warner Bros. sempat tutup.",
]

OPENERS = [
    # A credit line or an aside in brackets after an end mark stands apart.
    "Korban dibawa ke rumah sakit. | (ant/rhm)",
    "Harga cabai turun. | [dna]",
    # A dash that opens an item or a reply.
    "Skor akhir 2-1. | - Tuan rumah unggul sejak awal",
    "Kamu lupa lagi? | -- tidak, aku ingat",
    # A script without case.
    "Huruf itu dipakai di Jepang. | ひ dibaca hi.",
    # A company form closes a name and may close a sentence.
    "Satelit itu milik Orbita Inc. | Perusahaan itu berbasis di Ohio.",
    "Ponsel buatan Daewang Electronics Co. Ltd. laris.",
]

PUNCTUATION_AND_NUMBERS = [
    "Dia berkata begitu.. | Lalu pergi.",
    "Tunggu dulu... | Dia belum datang.",
    "Kapal menabrak es pukul 23: 40 waktu kapal. | Semua panik.",
    "Sekitar 1.500 &amp;nbsp; orang ikut. | Kapal tenggelam.",
    "Tanaman cabai (Capsicum annuum L.) tumbuh subur. | Petani senang.",
    # A colon introduces what follows, even in capitals; it ends nothing.
    "Ia berkata: Kami siap bekerja.",
]

ENGLISH = [
    "Sen. Ann Kerr spoke. | Gov. Lee agreed with the U.S. Senate.",
    "The plant moved to the U.S. | The old one closed.",
    "Is it done? | No. | We will wait for item No. 4 instead.",
    "It is not his, it is Ms. Park's. | Nobody argued.",
    # English opens no sentence in lower case: the word after a period follows an abbreviation.
    "Acme Corp. said sales rose.",
    "They met in Dover, Del. - a quiet town.",
]


@pytest.mark.parametrize(
    "case", TITLES_AND_INITIALS + NUMBER_ABBREVIATIONS + LOWERCASE_STARTS + OPENERS + PUNCTUATION_AND_NUMBERS
)
def test_indonesian_boundaries(case):
    assert sentences(case.replace(" | ", " ")) == case.split(" | ")


@pytest.mark.parametrize("case", ENGLISH)
def test_english_boundaries(case):
    assert sentences(case.replace(" | ", " "), "en") == case.split(" | ")


def test_line_breaks_end_sentences_and_spans_point_into_the_text():
    text = "Judul tanpa titik\nKalimat pertama. Kalimat kedua."
    spans = split(text)
    assert [text[s:e] for s, e in spans] == ["Judul tanpa titik", "Kalimat pertama.", "Kalimat kedua."]
    assert all(text[s] != " " and text[e - 1] != " " for s, e in spans)


def test_ud_indonesian_gsd_boundaries(shared):
    # GSD dev: 1,116 sentences with the test split; the remaining misses are gold sentences that end with a colon
    # (the list after them was dropped) or with no mark at all, and the false splits are mostly gold "sentences"
    # that hold two. Recall 0.994 and precision 0.925 on dev when this was written.
    texts = read_conllu_texts(shared / "data" / "ud-indonesian-gsd" / "id_gsd-ud-dev.conllu")
    scores = prf(*score_texts(texts))
    assert scores["recall"] >= 0.99
    assert scores["precision"] >= 0.92


def test_ud_indonesian_pud_boundaries(shared):
    # PUD test: F1 0.9945 when this was written; the acceptance line is 0.97.
    texts = read_conllu_texts(shared / "data" / "ud-indonesian-pud" / "id_pud-ud-test.conllu")
    assert prf(*score_texts(texts))["f1"] >= 0.99
