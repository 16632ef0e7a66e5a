"""Sentence boundaries inside each body block, aware of Indonesian abbreviations and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.en import abbreviations as english
from warta.lang.id import abbreviations as indonesian
from warta.lang.id.reporting import QUOTE_CUES, STATEMENT_NOUNS
from warta.model import Article, Sentence
from warta.resources import Resources


@dataclass(frozen=True, slots=True)
class _Lexicon:
    abbreviations: frozenset[str]  # never end a sentence before a capital
    before_numbers: frozenset[str]  # abbreviations only when a number follows ("No. 5")
    openers: frozenset[str]  # capitalised words that open sentences and never names ("Namun", "The")
    lowercase_starts: bool  # whether a sentence may open in lower case (Indonesian copy: "... 1879. atau ...")


# English text also carries Indonesian-style initials and units; its own titles are added, not swapped in. English
# opens no sentence in lower case: there a lower-case word after a period follows an abbreviation ("Corp. said").
_INDONESIAN = _Lexicon(indonesian.ABBREVIATIONS, indonesian.BEFORE_NUMBERS, indonesian.SENTENCE_OPENERS, True)
_LEXICONS = {
    "id": _INDONESIAN,
    "en": _Lexicon(
        indonesian.ABBREVIATIONS | english.ABBREVIATIONS,
        indonesian.BEFORE_NUMBERS | english.BEFORE_NUMBERS,
        english.SENTENCE_OPENERS,
        False,
    ),
}
# Words that follow a quote's own end mark and attribute it ("Kenapa? tanya dia", "Tidak. katanya"): they continue it.
_ATTRIBUTION_CUES = (
    QUOTE_CUES | {cue + "nya" for cue in QUOTE_CUES} | {noun for noun in STATEMENT_NOUNS if " " not in noun}
)
# Short forms that may close a sentence but, before a lower-case word, are still abbreviations ("dll. yang").
_LOWERCASE_ABBREVIATIONS = indonesian.SENTENCE_FINAL | indonesian.INFORMAL
_COMPANY_FORMS = indonesian.COMPANY_FORMS | {"tbk"}

_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])\.$")
_INITIALISM = re.compile(r"^(?:[a-z]{1,2}\.)+[a-z]{1,3}$")  # "u.s", "s.h", "m.si": letters joined by periods
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_POSSESSIVE = re.compile(r"\w['’]$")  # "Trump's.": the "s" of a possessive is no initial
_SPLIT_NUMBER = re.compile(r"\d\.\s\d")  # "2.904. 678": a number a stray space broke, not a boundary
# A candidate boundary: end punctuation and any closing quotes or brackets (group 1), before space and more text.
_CANDIDATE = re.compile(r"[.!?…]+([\"”’')\]]*)(?=\s+\S)")
# What follows a candidate: an optional opening quote (two backticks in text from PTB-style tokenizers, "``Apa?")
# and the first character after it.
_NEXT = re.compile(r"\s+(``|[\"“‘'])?(\S)")
_DASH_ITEM = re.compile(r"[-–—]+\s")  # "- agak boros", "-- 180 ...": a dash that opens an item or a reply
_NEXT_WORD = re.compile(r"\s+[\"“‘']?(\w+)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NUMBER_NEXT = re.compile(r"\s*(?:[\d(+#]|[IVXLC]+\b)")  # "No. 5", "Telp. (021)", "Vol. II"


def run(article: Article, resources: Resources) -> Article:
    sentences: list[Sentence] = []
    offset = 0
    for index, block in enumerate(b for b in article.blocks if b.kind in ("body", "heading")):
        start = article.body.find(block.text, offset)
        if start < 0:
            continue
        for s, e in split(block.text, article.meta.language):
            sentences.append(Sentence(start=start + s, end=start + e, block=index))
        offset = start + len(block.text)
    article.sentences = sentences
    return article


def split(text: str, language: str = "id") -> list[tuple[int, int]]:
    """Sentence spans of ``text``; a line break always ends a sentence (a heading or list item has no period)."""
    lexicon = _LEXICONS.get(language[:2], _INDONESIAN)
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + s, offset + e) for s, e in _split_line(line, lexicon))
        offset += len(line) + 1
    return spans


def _split_line(text: str, lexicon: _Lexicon) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CANDIDATE.finditer(text):
        opener = _opener(text, m, lexicon)
        if opener is None or _inside_brackets(text, start, m.start()):
            continue
        if _is_abbreviation(text, m.start(), m.end(), lexicon, lower_next=opener.islower()):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _opener(text: str, m: re.Match[str], lexicon: _Lexicon) -> str | None:
    """The first character of a sentence that may start after candidate ``m``, or None where none can."""
    after = _NEXT.match(text, m.end())
    if not after:
        return None
    quoted, first = after.group(1), after.group(2)
    if quoted:
        return first if first.isupper() or first.isdigit() else None
    if first.isupper() or first.isdigit() or first in "([":
        return first  # a bracket after an end mark opens an aside or a credit line: "... sakit. (ant/rhm)"
    if first in "-–—":
        dash = _DASH_ITEM.match(text, after.start(2))
        item = text[dash.end()] if dash and dash.end() < len(text) else ""
        return first if item and (not item.islower() or lexicon.lowercase_starts) else None
    if first.isalpha() and not first.islower():
        return first  # a script without case (kana, hanzi, Arabic) may open a sentence
    if first.islower() and lexicon.lowercase_starts and _lowercase_start(text, m, after.start(2)):
        return first
    return None


def _lowercase_start(text: str, m: re.Match[str], word_start: int) -> bool:
    """Whether a lower-case word after ``m`` opens a sentence: only after one plain end mark ("1879. atau ..."),
    not after a closing quote or bracket ('"Kenapa?" tanya dia'), an ellipsis ("tunggu... lalu") or "!!!", and not
    when the word attributes what came before ("Tidak. katanya")."""
    if m.group(1) or m.end() - m.start() != 1 or text[m.start()] == "…":
        return False
    word = re.match(r"[a-z]+", text[word_start : word_start + 30])
    return not (word and word.group() in _ATTRIBUTION_CUES)


# How far back an open bracket still holds a period (a stray "(" must not swallow the rest of a paragraph); the
# longest bracketed abbreviation phrases in UD Indonesian GSD dev are under 40 characters.
_BRACKET_REACH = 40


def _inside_brackets(text: str, start: int, position: int) -> bool:
    """A period inside an unclosed bracket ("(SSK. II)", "(Capsicum annuum L.)") ends no sentence."""
    start = max(start, position - _BRACKET_REACH)
    return text.count("(", start, position) > text.count(")", start, position)


def _is_abbreviation(text: str, dot: int, end: int, lexicon: _Lexicon, lower_next: bool) -> bool:
    if text[dot] != ".":
        return False
    if _LIST_MARKER.match(text[: dot + 1]):
        return True  # "1. Kazakhstan tolak ..." opens a numbered heading, it ends nothing
    if _SPLIT_NUMBER.match(text, dot - 1):
        return True
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in lexicon.before_numbers:
        return bool(_NUMBER_NEXT.match(text, end))
    if token in _LOWERCASE_ABBREVIATIONS:
        return lower_next or _next_word(text, end).lower() in _COMPANY_FORMS  # "Co. Ltd.": the name goes on
    if token in indonesian.UNITS and _NUMBER_BEFORE.search(text, 0, word.start()):
        return False
    if _opens_sentence(text, end, lexicon) or _stands_for_a_name(text, word.start()):
        return False
    if len(token) == 1 and token.isalpha():
        # An initial ("M. Enoch"), unless a number stands before it ("naik 2 C." is a unit or a grade) or an
        # apostrophe does ("than Trump's." is a possessive).
        return not (_NUMBER_BEFORE.search(text, 0, word.start()) or _POSSESSIVE.search(text, 0, word.start()))
    return token in lexicon.abbreviations or bool(_INITIALISM.match(token))


def _next_word(text: str, end: int) -> str:
    after = _NEXT_WORD.match(text, end)
    return after.group(1) if after else ""


def _opens_sentence(text: str, end: int, lexicon: _Lexicon) -> bool:
    """Whether the word after ``end`` is one that opens sentences and no name ("Dr. Namun" cannot be a name)."""
    return _next_word(text, end) in lexicon.openers


def _stands_for_a_name(text: str, start: int) -> bool:
    """Whether the abbreviation is the initials a name is reported by ("berinisial MS."), not a title or a part."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before and before.group(1).lower() in indonesian.PSEUDONYM_CUES)
