"""Tokens with character offsets: dates, times, numbers with separators, URLs, abbreviations (S.H., M.Si., Jl.)
and hyphenated words (Frank-Walter, negara-negara) stay whole; other punctuation is one token per mark."""

from __future__ import annotations

import re

from warta.lang.id.abbreviations import ABBREVIATIONS
from warta.model import Article, Sentence, Token
from warta.resources import Resources

_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)[^\s"'<>()]+[^\s"'<>().,;:!?]         # URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                           # e-mail
    | (?:Rp\.?|US\$|\$)?\d+(?:[.,:/-]\d+)+                   # 5/10/2022, Rp1.500.000, 3,5, 21.00, 2022-10-05
    | [A-Z]{2,}(?:/[A-Z]{2,})+                                # RFE/RL
    | (?:[A-Za-z][a-z]{0,2}\.){2,}                           # S.H. M.Si. a.n. (initials and degrees)
    | \w+(?:[-'’]\w+)*                                       # words, hyphenated and with apostrophes
    | \.{2,}|…                                               # ellipsis
    | \S                                                     # any other mark
    """,
    re.VERBOSE,
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the text's place in the article body)."""
    tokens: list[Token] = []
    append = tokens.append
    last = 0  # where the token before ends in ``text``
    stop = len(text) - 1
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if start < last:
            continue  # the period was taken by the abbreviation before
        # "Jl." "Prof." "Tbk.": a known abbreviation keeps its period, unless the period ends the text or a line.
        if end < stop and text[end] == "." and text[end + 1] != "\n":
            word = m.group()
            if word.isalpha() and word.lower() in ABBREVIATIONS:
                end += 1
        append(Token(start + offset, end + offset))
        last = end
    return tokens


def words(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text)]


def sentence_tokens(body: str, sentences: list[Sentence]) -> list[Token]:
    """The tokens of every sentence of ``body``, in order: what the pipeline keeps as ``Article.tokens``, and what
    the store recomputes for a row saved without them."""
    tokens: list[Token] = []
    for sentence in sentences:
        tokens.extend(tokenize(body[sentence.start : sentence.end], sentence.start))
    return tokens


def run(article: Article, resources: Resources) -> Article:
    article.tokens = sentence_tokens(article.body, article.sentences)
    return article
