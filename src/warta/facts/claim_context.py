"""What a claim's sentence knows from the rest of the article: the dates in it, who said it (a quote around it or a
citation of its paragraph), and the day it holds for. Indexed once per article: looking each claim up in every date,
quote and citation made the claim stage quadratic on long articles (issue 13)."""

from __future__ import annotations

import re
from bisect import bisect_left

from warta.model import Article, DateRef
from warta.text.taken import SortedSpans

_AS_OF_NOW = re.compile(r"\b(?:sejauh ini|saat ini|hingga kini|sampai saat ini|so far|currently|as of now)\b", re.I)
_SAME_TIME = re.compile(r"\b(?:pada saat yang sama|di saat yang sama|at the same time)\b", re.I)


class _LastBefore:
    """The last date, in the article's order, of a sentence before a given one."""

    __slots__ = ("_last", "_sentences")

    def __init__(self, dates: list[tuple[int, DateRef]]) -> None:  # (position in the article's list, date)
        ordered = sorted(dates, key=lambda pd: pd[1].sentence)
        self._sentences = [d.sentence for _, d in ordered]
        self._last: list[tuple[int, DateRef]] = []  # the latest in list order among the first k by sentence
        for pair in ordered:
            self._last.append(max(pair, self._last[-1], key=lambda pd: pd[0]) if self._last else pair)

    def get(self, index: int) -> DateRef | None:
        k = bisect_left(self._sentences, index)
        return self._last[k - 1][1] if k else None


class ClaimContext:
    __slots__ = ("_article", "_by_sentence", "_cited", "_earlier", "_quotes", "_stated", "_positions")

    def __init__(self, article: Article) -> None:
        self._article = article
        self._by_sentence: dict[int, list[DateRef]] = {}
        for d in article.dates:
            self._by_sentence.setdefault(d.sentence, []).append(d)
        days = [(i, d) for i, d in enumerate(article.dates) if len(d.date) == 10 and not d.end_date]
        self._earlier = _LastBefore(days)
        self._stated = _LastBefore([(i, d) for i, d in days if "(" in d.text or d.text[:1].isalpha()])
        self._quotes = SortedSpans(q for q in article.quotes if q.speaker)
        self._positions = {id(q): i for i, q in enumerate(article.quotes)}
        self._cited: dict[int, str] = {}  # sentence -> the source of the first citation naming it
        for citation in article.citations:
            for sentence in citation.sentences:
                self._cited.setdefault(sentence, citation.source)

    def dates_in(self, index: int) -> list[DateRef]:
        return self._by_sentence.get(index, [])

    def source(self, offset: int, sentence: int) -> str:
        """The speaker of the first quote around the offset, else the source of the first citation of the sentence."""
        around = [q for q in self._quotes.near(offset, offset + 1) if q.start <= offset < q.end]
        if around:
            return min(around, key=lambda q: self._positions[id(q)]).speaker
        return self._cited.get(sentence, "")

    def as_of(self, index: int, text: str) -> str:
        dated = [d for d in self.dates_in(index) if len(d.date) == 10 and not d.end_date]
        if dated:
            return dated[0].date
        if _SAME_TIME.search(text):  # the day the earlier statement was made: "pada Selasa (4/10)"
            earlier = self._stated.get(index) or self._earlier.get(index)
            if earlier is not None:
                return earlier.date
        if _AS_OF_NOW.search(text) and self._article.meta.published:
            return self._article.meta.published[:10]
        return ""
