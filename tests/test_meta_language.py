"""Language identification: the function-word count decides real news prose as py3langid does, and leaves pages in
other languages and short headlines to the byte n-grams, which decide as py3langid restricted alike does."""

from __future__ import annotations

import csv
import gzip
from functools import lru_cache
from itertools import islice

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from warta.meta import byte_ngrams
from warta.meta.language import SUPPORTED, by_markers, detect_language
from warta.model import RawDocument
from warta.pipeline import process
from warta.resources import Resources


@lru_cache(maxsize=1)
def _py3langid() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def _langid(text: str) -> str:
    lang, _ = _py3langid().classify(text[:5000])
    return "id" if lang == "ms" else lang


def test_function_words_decide_news_prose_as_py3langid_does(shared):
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        detik = [row["isi_berita"] for row in islice(csv.DictReader(f), 20)]
    polnear = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "polnear-attribution" / "dev"
                                                               / "text").iterdir())[:10]]
    for text in detik + polnear:
        assert by_markers(text[:5000]) == _langid(text), text[:80]
        assert detect_language(text) == _langid(text)


def test_pages_in_other_scripts_are_named_by_their_script(shared):
    """Korean, Japanese and Russian scrapinghub pages were called Indonesian (the n-grams know id, en and ms) and
    went through the Indonesian tagger; now they are named by their script and skip the stages that need words."""
    html = shared / "data" / "scrapinghub-article-extraction-benchmark" / "html"
    texts = {p: gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(html.glob("*.html.gz"))}
    wanted = {"ko": "엔터미디어", "ja": "Kindle書籍", "ru": "Диета Аткинса"}
    resources = Resources()
    for lang, marker in wanted.items():
        path = next(p for p, text in texts.items() if marker in text)
        article = process(RawDocument(origin=str(path), data=path.read_bytes(), content_type="text/html"), resources)
        assert article.meta.language == lang, path
        assert article.sentences and not article.mentions and not article.claims
    # Latin pages keep their verdicts: every English scrapinghub page stays English.
    english = [text for text in texts.values() if detect_language(text) == "en"]
    assert len(english) > 150
    assert detect_language("Бахрейн. Kementerian Luar Negeri menyatakan bahwa warga negara Indonesia di sana aman "
                           "dan tidak ada yang menjadi korban dalam kejadian tersebut.") == "id"


def test_pages_in_other_languages_and_headlines_go_to_py3langid(shared):
    html = shared / "data" / "scrapinghub-article-extraction-benchmark" / "html"
    pages = sorted(html.glob("*.html.gz"))
    russian = next(gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages
                   if "Диета Аткинса" in gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
    assert by_markers(russian[:5000]) == ""
    assert by_markers("Tantangan Kontingen TNI AU Saat Akan Terjunkan Bantuan Gaza Palestina") == ""
    assert detect_language("Tantangan Kontingen TNI AU Saat Akan Terjunkan Bantuan Gaza Palestina") == "id"


def test_byte_ngrams_decide_pages_and_headlines_as_py3langid_does(shared):
    html = shared / "data" / "scrapinghub-article-extraction-benchmark" / "html"
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")[:5000] for p in sorted(html.glob("*.html.gz"))]
    with (shared / "data" / "narasipal-id-headlines" / "cnn_master.csv").open(encoding="utf-8", newline="") as f:
        headlines = [row["article_title"] for row in islice(csv.DictReader(f), 300)]
    identifier = byte_ngrams.shipped()
    decided = [identifier.classify(text) for text in pages + headlines]
    assert decided == [_py3langid().classify(text)[0] for text in pages + headlines]
    assert {"en", "id", "ms"} <= set(decided)  # all three columns are read
    assert identifier.classify("") == _py3langid().classify("")[0]  # no n-gram: the same first column


def test_acronyms_are_not_function_words(shared):
    """Indonesian news writes Amerika Serikat "AS": read as English "as" it left Detik pieces on the dollar to
    py3langid."""
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        dollar = [row["isi_berita"] for row in csv.DictReader(f)
                  if "dolar Amerika Serikat (AS)" in row["isi_berita"][:5000]]
    assert dollar
    for text in dollar:
        assert by_markers(text[:5000]) == "id" == _langid(text), text[:80]


def test_text_misread_as_latin1_does_not_hide_the_function_words(shared):
    """A Detik piece quoting an Arabic verse whose UTF-8 bytes were read as Latin-1 ("ÙÙÙ°ÙØ£ÙÙ..."): a thousand
    such runs once outnumbered the function words' share and sent the piece to py3langid."""
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        misread = [row["isi_berita"] for row in csv.DictReader(f)
                   if sum("\u0080" <= c <= "\u009f" for c in row["isi_berita"][:5000]) > 100]  # C1 controls
    assert misread
    for text in misread:
        assert by_markers(text[:5000]) == "id" == _langid(text), text[:80]
