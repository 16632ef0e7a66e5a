"""Where an offset falls among an article's sentences and blocks; shared by the fact stages."""

from __future__ import annotations

from datetime import date

from warta.model import Article
from warta.text.taken import SpanIndex


def sentence_index(article: Article) -> SpanIndex:
    """Which sentence holds an offset (an empty sentence holds its own start), built once per article and stage."""
    return SpanIndex((s.start, max(s.end, s.start + 1)) for s in article.sentences)


def language(article: Article) -> str:
    return "en" if article.meta.language.startswith("en") else "id"


def published_date(article: Article) -> date | None:
    """The publication day as printed in its own time zone; None when unknown."""
    text = article.meta.published[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
