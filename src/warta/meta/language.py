"""Language identification: a count of each language's commonest function words where it is clear, else py3langid's
byte n-gram model restricted to the languages warta reads (warta.meta.byte_ngrams, which decides as py3langid does).

Classifying a page by n-grams costs a few ms; on news text the function words decide alone. On 2,640 texts (Detik,
the seeds, xling-dev, PolNeAR dev, the scrapinghub pages, English and Indonesian headlines) they decided 831, all as
py3langid does; the rest (headlines, pages in other languages, a few short texts) go to the n-grams. Not counting
acronyms ("AS") as function words, nor misread Latin-1 runs as words, and a lower share where only one language's
words occur decided 4 more of the 469 Detik texts (872 of 1,621 texts of those sets, again all as py3langid does):
on the first 200 Detik articles the n-gram model no longer loads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from warta.lang import scripts
from warta.lang.en.stop_words import MARKERS as EN_MARKERS
from warta.lang.id.stop_words import MARKERS as ID_MARKERS
from warta.meta import byte_ngrams

SUPPORTED = ("id", "en", "ms")  # the languages of the shipped n-gram model (`warta train langid`)
# Read as much text as py3langid is given.
SAMPLE_CHARS = 5000
# The function words decide when there are at least this many, they outnumber the other language's this many times
# over, and the two lists together are this share of the words: on the 2,640 texts above, no decision differed from
# py3langid's (news prose in either language has a share of 0.2-0.3; pages in other languages under 0.1).
MIN_MARKERS = 5
MIN_RATIO = 3
MIN_SHARE = 0.1
# Half that share is enough where one language has three times MIN_MARKERS and the other none: a Detik piece that
# is mostly a list of offices (19 Indonesian function words in 207 words), English pages read with their markup
# (44 more of the 181 scrapinghub pages decided, all as py3langid does).
ONE_SIDED_SHARE = 0.05
_WORD = re.compile(r"[^\W\d_]+")
# A run of Latin-1 letters alone is no word of any language but what text in another script becomes when its UTF-8
# bytes are read as Latin-1 (an Arabic verse in a Detik piece): it does not count against the function words' share.
_MISREAD = re.compile(r"[\u00c0-\u00ff]+")
# Letters of the scripts in warta.lang.scripts (a superset: the ranges between them hold few letters).
_OTHER_SCRIPT = re.compile(r"[\u0370-\u17ff\u3040-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_STARTS = [first for first, _, _, _ in scripts.RANGES]
_USUAL = {name: lang for _, _, name, lang in scripts.RANGES}  # a script's usual language


def detect_language(text: str) -> str:
    if not text.strip():
        return ""
    sample = text[:SAMPLE_CHARS]
    lang = by_script(sample) or by_markers(sample)
    if not lang:
        lang = byte_ngrams.shipped().classify(sample)
    # Malay and Indonesian share most words; pages warta reads in Malay are rare, so a "ms" verdict means "id".
    return "id" if lang == "ms" else lang


def by_markers(text: str) -> str:
    """ "id" or "en" where the function words leave no doubt, else ""."""
    words = _WORD.findall(text)
    # An acronym is no function word: "AS" (Amerika Serikat) in Indonesian news is not English "as".
    lowered = [w.lower() for w in words if not w.isupper() or len(w) == 1]
    found_id = sum(1 for w in lowered if w in ID_MARKERS)
    found_en = sum(1 for w in lowered if w in EN_MARKERS)
    one_sided = min(found_id, found_en) == 0 and max(found_id, found_en) >= 3 * MIN_MARKERS
    share = ONE_SIDED_SHARE if one_sided else MIN_SHARE
    if found_id + found_en < share * len(words):
        misread = sum(1 for w in words if _MISREAD.fullmatch(w))
        if found_id + found_en < share * (len(words) - misread):
            return ""
    if found_id >= MIN_MARKERS and found_id >= MIN_RATIO * found_en:
        return "id"
    if found_en >= MIN_MARKERS and found_en >= MIN_RATIO * found_id:
        return "en"
    return ""


def by_script(text: str) -> str:
    """The language of a text written mostly in a script other than Latin (warta.lang.scripts), else ""."""
    others = _OTHER_SCRIPT.findall(text)
    # A text mostly in another script has most of its characters in it (Korean, Japanese and Russian bodies: over
    # half): below a tenth, Latin letters are not counted (finding them cost 0.2 ms a page).
    if len(others) * 10 < len(text) or len(others) <= len(_LATIN.findall(text)):
        return ""  # a Latin page quoting a verse or a name in another script stays with the function words
    counts = Counter(_script_of(c) for c in others)
    counts.pop(None, None)
    if not counts:
        return ""
    script, _ = counts.most_common(1)[0]
    if script == scripts.KANA_WINS_OVER and "Kana" in counts:
        script = "Kana"
    return _language_of(script, text)


def _script_of(char: str) -> str | None:
    point = ord(char)
    at = bisect_right(_STARTS, point) - 1
    if at < 0:
        return None
    first, last, script, _ = scripts.RANGES[at]
    return script if first <= point <= last and char.isalpha() else None


def _language_of(script: str, text: str) -> str:
    usual = _USUAL[script]
    counted = [(sum(text.count(letter) for letter in letters), lang)
               for lang, letters in scripts.LANGUAGE_LETTERS.get(script, ())]
    found, lang = max(counted, default=(0, usual))
    return lang if found else usual
