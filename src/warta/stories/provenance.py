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

from warta.meta.language import detect_language
from warta.model import Article, Citation, ProvenanceEdge
from warta.stories.compare import outlet_name, stems
from warta.stories.dedup import compare_texts

# Share of a cited passage's content stems found in the story's other articles for the source to count as an
# upstream source of the story's event. Set on the seeds (the only provenance gold): passages reporting the event
# share 40-62% (The New Voice of Ukraine, The Defense Post, Eurasiantimes.com), a background incident cited from
# RFE/RL in the same story 29%.
RELEVANT = 0.35
# Corporate suffixes and articles dropped when merging upstream names.
NAME_NOISE = re.compile(r"^(the)\s+|\.(com|co\.id|co\.uk|net|org|id)$|\b(news|online|media)$")


def provenance(articles: list[Article]) -> tuple[list[ProvenanceEdge], int]:
    ordered = sorted(articles, key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))
    edges: list[ProvenanceEdge] = []
    copies = _copies(ordered, edges)
    counted: dict[str, str] = {}  # alias key -> display name
    for article in ordered:
        others = [a for a in ordered if a.id != article.id]
        context = frozenset().union(*(stems(a.body) for a in others)) if others else frozenset()
        outlet = outlet_name(article)
        seen: set[str] = set()
        # a republication note and a source credit for one upstream are one edge: the republication
        for citation in sorted(article.citations, key=lambda c: c.kind != "republication"):
            relation = _relation(article, citation)
            key = source_key(citation.source)
            if key in seen:
                continue
            seen.add(key)
            passage = _passage(article, citation)
            share = _share(passage, context)
            relevant = relation != "cites" or share >= RELEVANT
            evidence = _evidence(citation, passage, relevant)
            edges.append(ProvenanceEdge(source=outlet, target=citation.source, relation=relation, evidence=evidence))
            if relevant and article.id not in copies:
                counted.setdefault(source_key(citation.source), citation.source)
        for syndication in article.meta.syndication:
            if all(source_key(syndication.outlet) != source_key(e.target) for e in edges if e.source == outlet):
                edges.append(ProvenanceEdge(source=outlet, target=syndication.outlet, relation="republishes",
                                            evidence=syndication.original_title))
                counted.setdefault(source_key(syndication.outlet), syndication.outlet)
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


def _share(passage: str, context: frozenset[str]) -> float:
    own = stems(passage)
    return len(own & context) / len(own) if own else 0.0


def _evidence(citation: Citation, passage: str, relevant: bool) -> str:
    if citation.kind == "republication":
        return f"{citation.cue} {citation.source}: {citation.original_title}".strip()
    text = passage if len(passage) <= 240 else passage[:239].rsplit(" ", 1)[0] + "…"
    return text if relevant else f"(background) {text}"


def _copies(ordered: list[Article], edges: list[ProvenanceEdge]) -> set[str]:
    """Later articles that copy earlier ones (exact, near, or shared passages); returns the near/exact copiers."""
    copiers = set()
    for i, later in enumerate(ordered):
        for earlier in ordered[:i]:
            found = compare_texts(later.id, later.body, earlier.id, earlier.body)
            if found is None:
                continue
            edges.append(ProvenanceEdge(source=outlet_name(later), target=outlet_name(earlier),
                                        relation="copies", evidence=f"{found.relation}: {found.evidence}"))
            if found.relation != "shared passages":
                copiers.add(later.id)
            break
    return copiers
