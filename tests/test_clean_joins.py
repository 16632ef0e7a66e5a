"""Link text run into its neighbours in text dumps ("dilansirAntara"): spaces restored at outlet names and cues."""

from __future__ import annotations

from warta import pipeline
from warta.clean.joins import split_joins
from warta.evaluate.seeds import load_seed_gold
from warta.model import RawDocument


def test_joins_at_outlets_channels_and_cues():
    assert split_joins("kata Gibran, dilansirAntara.") == "kata Gibran, dilansir Antara."
    assert split_joins("menurut korespondenAFP, para demonstran") == "menurut koresponden AFP, para demonstran"
    assert split_joins("ujar Wawan kepadadetikJatengdi lokasi") == "ujar Wawan kepada detikJateng di lokasi"
    assert split_joins("DilansirdetikNews, Sekjen Golkar") == "Dilansir detikNews, Sekjen Golkar"
    assert split_joins("dilansirdetikNewsdariAntara, Senin") == "dilansir detikNews dari Antara, Senin"
    assert split_joins("kata dia kepadaTNT Sportsdi sela latihan") == "kata dia kepada TNT Sports di sela latihan"


def test_ordinary_words_stay_whole():
    for text in ("Antaranews mencatat", "iPhone dan McDonald", "detik-detik terakhir, sedetik saja",
                 "BobbyNasution", "mata uangsafe haven"):
        assert split_joins(text) == text


def test_a_detik_dump_is_read_with_the_spaces_back(shared, resources):
    gold = load_seed_gold(shared / "gold" / "detik-dev" / "detik-dev-gold.json")
    raw = gold.raw("detik_631.txt")
    assert b"dilansirAntara" in raw.data
    article = pipeline.process(RawDocument(data=raw.data, origin=raw.origin), resources, pipeline.STAGES[:1])
    assert "dilansir Antara" in article.body and "dilansirAntara" not in article.body
