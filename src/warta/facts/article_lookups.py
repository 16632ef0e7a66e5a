"""An article's mentions, entities, citations and quote marks indexed once, for the fact stages' per-sentence and
per-speaker questions. Each question used to scan the whole list, which made the quote stage quadratic on long
articles (issue 13: 76 times slower for 10 times the text)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from warta.facts.quote_marks import Marked
from warta.facts.sentences import sentence_index
from warta.model import Article, Citation, Entity, Mention
from warta.text.taken import SpanIndex, TakenSpans


class MentionIndex:
    """The article's mentions by start offset; a range query returns them in the article's own order."""

    __slots__ = ("_mentions", "_order", "_starts")

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._order]

    def inside(self, start: int, end: int) -> list[Mention]:
        """The mentions within [start, end), in list order."""
        lo, hi = bisect_left(self._starts, start), bisect_right(self._starts, end)
        picked = sorted(self._order[lo:hi])
        return [self._mentions[i] for i in picked if self._mentions[i].end <= end]


class EntityNames:
    """The first entity, in the article's order, that a casefolded name stands for: one of its names or aliases,
    or a person's surname; and the same among people only. By id, the last entity of that id."""

    __slots__ = ("_any", "_ids", "_people")

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._any: dict[str, Entity] = {}
        self._people: dict[str, Entity] = {}
        self._ids: dict[str, Entity] = {}
        for entity in entities:
            self._ids[entity.id] = entity
            forms = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
            words = entity.name.split()
            if entity.label == "PER" and words:
                forms.add(words[-1].casefold())
            for form in forms:
                self._any.setdefault(form, entity)
                if entity.label == "PER":
                    self._people.setdefault(form, entity)

    def find(self, name: str, person: bool) -> Entity | None:
        return (self._people if person else self._any).get(name)

    def by_id(self, entity_id: str) -> Entity | None:
        return self._ids.get(entity_id)


class MarkedSpans:
    """Where the article's direct quotes lie: whether an offset is inside one, and the first quote opening in a
    range."""

    __slots__ = ("_covered", "_opens")

    def __init__(self, length: int, direct: list[Marked]) -> None:
        self._covered = TakenSpans(length + 1, ((m.open, m.close + 1) for m in direct))
        self._opens = sorted(m.open for m in direct)

    def covers(self, offset: int) -> bool:
        """Some quote runs from its opening mark to its closing mark, both included, over ``offset``."""
        return not self._covered.free(offset, offset + 1)

    def first_open(self, start: int, end: int) -> int:
        """The first opening mark in [start, end), or -1."""
        i = bisect_left(self._opens, start)
        return self._opens[i] if i < len(self._opens) and self._opens[i] < end else -1


class CitationIndex:
    """The article's citations that can touch a phrase, in the article's order: those starting at most the longest
    citation's length before it, up to the end of the phrase or of a citation reaching past it."""

    __slots__ = ("_citations", "_ends", "_longest", "_order", "_starts")

    def __init__(self, citations: list[Citation]) -> None:
        self._citations = citations
        self._order = sorted(range(len(citations)), key=lambda i: citations[i].start)
        self._starts = [citations[i].start for i in self._order]
        self._ends: list[int] = []  # the furthest end among the citations sorted up to each one
        for i in self._order:
            self._ends.append(max(citations[i].end, self._ends[-1] if self._ends else citations[i].end))
        self._longest = max((c.end - c.start for c in citations), default=0)

    def near(self, start: int, length: int) -> list[Citation]:
        bound = start + length + 1
        while True:  # a citation reaching past the bound moves a phrase's start that far
            i = bisect_left(self._starts, bound)
            reach = max(bound, self._ends[i - 1] + 1) if i else bound
            if reach == bound:
                break
            bound = reach
        lo = bisect_left(self._starts, start - self._longest)
        return [self._citations[k] for k in sorted(self._order[lo:i])]


class ArticleLookups:
    """An article's lookups, each built on its first use by the quote stage (after the entity and citation stages,
    whose lists it reads)."""

    __slots__ = ("_article", "_cited", "_citations", "_mentions", "_names", "_sentences")

    def __init__(self, article: Article) -> None:
        self._article = article
        self._mentions: MentionIndex | None = None
        self._names: EntityNames | None = None
        self._sentences: SpanIndex | None = None
        self._citations: CitationIndex | None = None
        self._cited: TakenSpans | None = None

    @property
    def mentions(self) -> MentionIndex:
        if self._mentions is None:
            self._mentions = MentionIndex(self._article.mentions)
        return self._mentions

    @property
    def names(self) -> EntityNames:
        if self._names is None:
            self._names = EntityNames(self._article.entities)
        return self._names

    @property
    def sentences(self) -> SpanIndex:
        if self._sentences is None:
            self._sentences = sentence_index(self._article)
        return self._sentences

    @property
    def citations(self) -> CitationIndex:
        if self._citations is None:
            self._citations = CitationIndex(self._article.citations)
        return self._citations

    def cited(self, offset: int) -> bool:
        """Whether an upstream citation covers the offset ("menurut korespondenAFP" is a citation, not a source)."""
        if self._cited is None:
            body, citations = self._article.body, self._article.citations
            self._cited = TakenSpans(len(body), ((c.start, c.end) for c in citations if 0 <= c.start < c.end))
        return not self._cited.free(offset, offset + 1)
