"""Sentence boundaries inside each body block, aware of Indonesian abbreviations and quotes."""

from __future__ import annotations

import re

from warta.lang.en.abbreviations import ABBREVIATIONS as ENGLISH_ABBREVIATIONS
from warta.lang.id.abbreviations import ABBREVIATIONS, SENTENCE_FINAL, UNITS
from warta.model import Article, Sentence
from warta.resources import Resources

# English text also carries Indonesian-style initials and units; its own titles are added, not swapped in.
_ABBREVIATIONS = {"id": ABBREVIATIONS, "en": ABBREVIATIONS | ENGLISH_ABBREVIATIONS}
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])\.$")
_INITIALISM = re.compile(r"^(?:[a-z]{1,2}\.)+[a-z]{1,3}$")  # "u.s", "s.h", "m.si": letters joined by periods
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_SPLIT_NUMBER = re.compile(r"\d\.\s\d")  # "2.904. 678": a number a stray space broke, not a boundary
# A candidate boundary: end punctuation, optional closing quotes or brackets, then space and an opener. An
# opening quote may be typed as two backticks (``Apa? ...), as in text from PTB-style tokenizers.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+(?:``|[\"“‘'(\[])?[A-Z0-9])")


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
    abbreviations = _ABBREVIATIONS.get(language[:2], ABBREVIATIONS)
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + s, offset + e) for s, e in _split_line(line, abbreviations))
        offset += len(line) + 1
    return spans


def _split_line(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, m.start(), abbreviations) or _inside_brackets(text, start, m.start()):
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


# How far back an open bracket still holds a period (a stray "(" must not swallow the rest of a paragraph); the
# longest bracketed abbreviation phrases in UD Indonesian GSD dev are under 40 characters.
_BRACKET_REACH = 40


def _inside_brackets(text: str, start: int, position: int) -> bool:
    """A period inside an unclosed bracket ("(SSK. II)", "(Capsicum annuum L.)") ends no sentence."""
    start = max(start, position - _BRACKET_REACH)
    return text.count("(", start, position) > text.count(")", start, position)


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    if _LIST_MARKER.match(text[:dot + 1]):
        return True  # "1. Kazakhstan tolak ..." opens a numbered heading, it ends nothing
    if _SPLIT_NUMBER.match(text, dot - 1):
        return True
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in SENTENCE_FINAL:
        return False
    if token in UNITS and _NUMBER_BEFORE.search(text, 0, word.start()):
        return False
    return token in abbreviations or (len(token) == 1 and token.isalpha()) or bool(_INITIALISM.match(token))
