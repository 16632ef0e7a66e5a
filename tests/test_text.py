"""Sentences, tokens and POS on real data slices and on sentences written for these tests."""

from __future__ import annotations

import copy

from warta.evaluate.metrics import prf
from warta.evaluate.sentences import read_conllu_texts, score_texts
from warta.resources import Resources
from warta.text import pos
from warta.text.sentences import split
from warta.text.tokens import words
from warta.training.corpora import read_tagged


def test_tokens_keep_dates_numbers_abbreviations_and_hyphenated_names_whole():
    text = "Pada Rabu (5/10/2022), Prof. Dr. Budi S.H., M.Si. membayar Rp1.500.000 kepada Frank-Walter di Jl. Mawar."
    got = words(text)
    for whole in ("5/10/2022", "Prof.", "Dr.", "S.H.", "M.Si.", "Rp1.500.000", "Frank-Walter", "Jl."):
        assert whole in got
    assert got[-1] == "." and got[-2] == "Mawar"


def test_splitter_respects_titles_quotes_and_list_markers():
    text = (
        '1. Warga diminta tenang\n'
        'Kapolda Irjen Pol. Ahmad Dahlan hadir bersama Dr. Siti. "Kami siap membantu," terangnya. '
        "Rapat berlanjut di Jl. Merdeka No. 5 pukul 10.00 WIB. Semua pihak setuju!"
    )
    got = [text[s:e] for s, e in split(text)]
    assert got[0].startswith("1. Warga")
    assert "Kapolda Irjen Pol. Ahmad Dahlan hadir bersama Dr. Siti." in got
    assert '"Kami siap membantu," terangnya.' in got
    assert "Rapat berlanjut di Jl. Merdeka No. 5 pukul 10.00 WIB." in got
    assert got[-1] == "Semua pihak setuju!"


def test_splitter_ends_lists_and_units_but_not_initialisms_or_broken_numbers():
    text = (
        "Pasar menjual beras, gula, minyak dll. Harga naik sejak Senin. Jalan itu sepanjang 12 km. Warga senang. "
        "Kantor di Lt. 3 gedung itu dibuka Tn. Budi dengan mitra dari U.S. Department of Energy. "
        "Pengikutnya 2.904. 678 orang. ``Siapa dia?'' tanya Ani."
    )
    got = [text[s:e] for s, e in split(text)]
    assert got == [
        "Pasar menjual beras, gula, minyak dll.",
        "Harga naik sejak Senin.",
        "Jalan itu sepanjang 12 km.",
        "Warga senang.",
        "Kantor di Lt. 3 gedung itu dibuka Tn. Budi dengan mitra dari U.S. Department of Energy.",
        "Pengikutnya 2.904. 678 orang.",
        "``Siapa dia?'' tanya Ani.",
    ]


def test_sentence_boundaries_on_ud_pud_slice(shared):
    texts = read_conllu_texts(shared / "data" / "ud-indonesian-pud" / "id_pud-ud-test.conllu")[:300]
    assert prf(*score_texts(texts))["f1"] >= 0.97


def test_pos_tagger_loads_and_tags_posp_valid_slice(shared):
    tagger = pos.load()
    assert tagger is not None, "the shipped POS model is missing"
    sentences = read_tagged(shared / "data" / "indonlu-ner-pos" / "posp_pos-prosa" / "valid_preprocess.txt")[:150]
    right = total = 0
    for words_, tags in sentences:
        guess = tagger.tag(words_)
        right += sum(g == t[2:] for g, t in zip(guess, tags, strict=True))
        total += len(tags)
    assert right / total >= 0.94


def test_article_tokens_cover_sentences_and_pos_tags_them_on_request(seed_articles):
    article = seed_articles["003_efb8bf7d26132972.txt"]
    assert article.tokens and not any(t.pos for t in article.tokens)  # the pipeline does not tag
    tagged = pos.run(copy.deepcopy(article), Resources())
    assert all(t.pos for t in tagged.tokens)
    assert {t.pos for t in tagged.tokens} >= {"NNP", "NNO"}
    body = article.body
    first = article.sentences[0]
    inside = [body[t.start : t.end] for t in article.tokens if first.start <= t.start < first.end]
    assert "".join(inside) == "".join(body[first.start : first.end].split())


def test_english_titles_and_months_do_not_end_sentences():
    from warta.text.sentences import split

    text = "Sen. Dana Whitlow voted no on Sept. 14 in the U.S. capital. Lt. Gen. Ortiz did not. Gov. Kim left."
    english = [text[s:e] for s, e in split(text, "en")]
    assert english == ["Sen. Dana Whitlow voted no on Sept. 14 in the U.S. capital.", "Lt. Gen. Ortiz did not.",
                       "Gov. Kim left."]
    # Indonesian text keeps its own list: "sen" is a coin there, and a sentence may end on it.
    assert len(split("Harganya naik 50 sen. Pedagang mengeluh.", "id")) == 2
