"""Where an offset falls among an article's sentences and blocks; shared by the fact stages."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from warta.model import Article


def sentence_at(article: Article, offset: int) -> int:
    """Index of the sentence holding ``offset``, or -1."""
    starts = [s.start for s in article.sentences]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and article.sentences[i].start <= offset < max(article.sentences[i].end, article.sentences[i].start + 1):
        return i
    return -1


def language(article: Article) -> str:
    return "en" if article.meta.language.startswith("en") else "id"


def published_date(article: Article) -> date | None:
    """The publication day as printed in its own time zone; None when unknown."""
    text = article.meta.published[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
