"""Tokens with character offsets: dates, times, numbers with separators, URLs, abbreviations (S.H., M.Si., Jl.)
and hyphenated words (Frank-Walter, negara-negara) stay whole; other punctuation is one token per mark."""

from __future__ import annotations

import re
import threading

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


Spans = tuple[tuple[int, int], ...]
# The token spans of the articles tokenised last, by body and sentence spans: the store asks again for each article
# the pipeline just tokenised (to leave the tokens out of its row), and the stories step for each it reads back
# (an ingest batch is 200 articles). A Detik article's spans and key are about 30 KB: 512 articles, about 15 MB.
RECENT_ARTICLES = 512
_recent: dict[tuple[str, Spans], Spans] = {}
_evicting = threading.Lock()  # the API serves from threads


def sentence_tokens(body: str, sentences: list[Sentence]) -> list[Token]:
    """The tokens of every sentence of ``body``, in order: what the pipeline keeps as ``Article.tokens``, and what
    the store recomputes for a row saved without them."""
    key = _key(body, sentences)
    spans = _recent.get(key)
    if spans is not None:
        return [Token(start, end) for start, end in spans]
    tokens = [t for sentence in sentences for t in tokenize(body[sentence.start : sentence.end], sentence.start)]
    _remember(key, tuple((t.start, t.end) for t in tokens))
    return tokens


def are_sentence_tokens(tokens: list[Token], body: str, sentences: list[Sentence]) -> bool:
    """Whether ``tokens == sentence_tokens(body, sentences)``, without tokenising an article tokenised lately."""
    spans = _spans(body, sentences)
    return len(tokens) == len(spans) and all(
        t.start == start and t.end == end and not t.pos for t, (start, end) in zip(tokens, spans, strict=True)
    )


def _spans(body: str, sentences: list[Sentence]) -> Spans:
    key = _key(body, sentences)
    spans = _recent.get(key)
    if spans is None:
        spans = tuple((t.start, t.end) for sentence in sentences
                      for t in tokenize(body[sentence.start : sentence.end], sentence.start))
        _remember(key, spans)
    return spans


def _key(body: str, sentences: list[Sentence]) -> tuple[str, Spans]:
    return body, tuple((s.start, s.end) for s in sentences)


def _remember(key: tuple[str, Spans], spans: Spans) -> None:
    with _evicting:
        if len(_recent) >= RECENT_ARTICLES:
            del _recent[next(iter(_recent))]  # the oldest
        _recent[key] = spans


def run(article: Article, resources: Resources) -> Article:
    article.tokens = sentence_tokens(article.body, article.sentences)
    return article
