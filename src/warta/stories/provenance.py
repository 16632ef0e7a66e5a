"""Per story, who cites, republishes, translates or copies whom, and how many independent upstream sources it has.

Edges run from an outlet (the article's publisher) to an upstream source (a citation or a syndication note) or to
an earlier article it copies. Upstream names are merged across aliases ("Eurasiantimes.com", "The EurAsian Times";
"RFE/RL", "Radio Free Europe/Radio Liberty"), and an article that copies another adds no source of its own.
A source counts as an independent upstream source of the story when the passage attributed to it reports the
story's event, that is, shares enough of its content with the other articles; background citations (an earlier,
related incident cited from elsewhere) stay in the graph but are not counted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from warta.meta.language import detect_language
from warta.model import Article, Citation, ProvenanceEdge
from warta.stories.compare import outlet_name, stems
from warta.stories.dedup import compare_prints, text_print

# Share of a cited passage's content stems found in the story's other articles for the source to count as an
# upstream source of the story's event. Set on the seeds (the only provenance gold): passages reporting the event
# share 40-62% (The New Voice of Ukraine, The Defense Post, Eurasiantimes.com), a background incident cited from
# RFE/RL in the same story 29%.
RELEVANT = 0.35
# Corporate suffixes and articles dropped when merging upstream names.
NAME_NOISE = re.compile(r"^(the)\s+|\.(com|co\.id|co\.uk|net|org|id)$|\b(news|online|media)$")


@dataclass(slots=True)
class Cited:
    """One upstream source an article names (at most one per source), with both forms of its edge's evidence:
    whether it counts depends on the other articles of the story."""

    source: str
    relation: str
    passage: frozenset[str]  # content stems of the passage attributed to it
    evidence: str
    background: str  # the evidence when the passage does not report the story's event


@dataclass(slots=True)
class Sourcing:
    """What an article brings to its story's provenance, without its text."""

    article: str
    outlet: str
    body: frozenset[str]  # content stems of the whole body: the context other articles' passages are held against
    cited: list[Cited]
    syndication: list[tuple[str, str]]  # (outlet, original title)


def provenance(articles: list[Article]) -> tuple[list[ProvenanceEdge], int]:
    ordered = sorted(articles, key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))
    prints = [text_print(a.body) for a in ordered]
    copies = {}
    for i, later in enumerate(ordered):
        for k in range(i):
            found = compare_prints(later.id, prints[i], ordered[k].id, prints[k])
            if found is not None:
                copies[i] = (k, found.relation, found.evidence)
                break
    return provenance_of([sourcing(a) for a in ordered], copies)


def sourcing(article: Article) -> Sourcing:
    seen: set[str] = set()
    cited = []
    # a republication note and a source credit for one upstream are one edge: the republication
    for citation in sorted(article.citations, key=lambda c: c.kind != "republication"):
        relation = _relation(article, citation)
        key = source_key(citation.source)
        if key in seen:
            continue
        seen.add(key)
        passage = _passage(article, citation)
        cited.append(Cited(citation.source, relation, stems(passage), _evidence(citation, passage, True),
                           _evidence(citation, passage, False)))
    return Sourcing(article.id, outlet_name(article), stems(article.body), cited,
                    [(s.outlet, s.original_title) for s in article.meta.syndication])


def provenance_of(ordered: list[Sourcing], copies: dict[int, tuple[int, str, str]]
                  ) -> tuple[list[ProvenanceEdge], int]:
    """Edges and independent sources of a story's articles in story order; ``copies`` holds, for an article that
    copies an earlier one, the first such (its place, the relation, the evidence)."""
    edges = [ProvenanceEdge(source=ordered[i].outlet, target=ordered[k].outlet, relation="copies",
                            evidence=f"{relation}: {evidence}")
             for i, (k, relation, evidence) in sorted(copies.items())]
    copiers = {ordered[i].article for i, (_, relation, _) in copies.items() if relation != "shared passages"}
    in_articles = Counter(s for a in ordered for s in a.body)
    counted: dict[str, str] = {}  # alias key -> display name
    for article in ordered:
        outlet = article.outlet
        for cited in article.cited:
            # the share of its stems that some other article of the story has
            found = sum(1 for s in cited.passage if in_articles[s] > (s in article.body))
            share = found / len(cited.passage) if cited.passage else 0.0
            relevant = cited.relation != "cites" or share >= RELEVANT
            edges.append(ProvenanceEdge(source=outlet, target=cited.source, relation=cited.relation,
                                        evidence=cited.evidence if relevant else cited.background))
            if relevant and article.article not in copiers:
                counted.setdefault(source_key(cited.source), cited.source)
        for syndicated, title in article.syndication:
            if all(source_key(syndicated) != source_key(e.target) for e in edges if e.source == outlet):
                edges.append(ProvenanceEdge(source=outlet, target=syndicated, relation="republishes",
                                            evidence=title))
                counted.setdefault(source_key(syndicated), syndicated)
    return edges, len(counted)


def source_key(name: str) -> str:
    """One key for the aliases of an upstream source: long names by their initials, like their short forms."""
    text = NAME_NOISE.sub("", name.strip().lower()).strip()
    text = NAME_NOISE.sub("", text).strip()
    capitals = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper() and w.lower() != "the"]
    if len(capitals) >= 3:
        return "".join(w[0] for w in capitals).lower()
    return re.sub(r"[^a-z0-9]", "", text)


def _relation(article: Article, citation: Citation) -> str:
    if citation.kind != "republication":
        return "cites"
    title = citation.original_title
    if title and article.meta.language:
        language = detect_language(title)
        if language and language != article.meta.language:
            return "translates"
    return "republishes"


def _passage(article: Article, citation: Citation) -> str:
    if citation.sentences:
        return " ".join(article.sentence_text(i) for i in citation.sentences if 0 <= i < len(article.sentences))
    return article.body[citation.start:citation.end]


def _evidence(citation: Citation, passage: str, relevant: bool) -> str:
    if citation.kind == "republication":
        return f"{citation.cue} {citation.source}: {citation.original_title}".strip()
    text = passage if len(passage) <= 240 else passage[:239].rsplit(" ", 1)[0] + "…"
    return text if relevant else f"(background) {text}"
