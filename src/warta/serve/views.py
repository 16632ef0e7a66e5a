"""What the API returns and the pages show, shaped from the store in one place so both always agree."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from warta.model import Article, ProvenanceEdge, Story, TimelineEvent, to_dict
from warta.store.base import Store
from warta.stories.compare import VERDICT_ORDER, by_verdict, outlet_name

# Verdicts in the order an analyst reads them: disagreements first.
# Members shown on one story page; larger stories link to the article list filtered by story.
MAX_MEMBERS = 60
# Snippet markers the store puts around matched terms (SQLite FTS5 snippet()).
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def page(items: list, total: int, limit: int, offset: int) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def article_json(article: Article, story: str | None) -> dict:
    data = to_dict(article)
    data.pop("source_text", None)  # the raw input can be megabytes of page furniture; the body is what was kept
    data["story"] = story
    return data


def published(article: Article) -> str:
    return article.meta.published or article.meta.published_not_before


def snippet_html(snippet: str) -> Markup:
    """Escape every piece of a search snippet and turn the store's match markers into <mark> elements."""
    out: list[str] = []
    open_mark = False
    piece: list[str] = []
    for ch in snippet:
        if ch == MARK_OPEN and not open_mark:
            out.append(str(escape("".join(piece))) + "<mark>")
            piece, open_mark = [], True
        elif ch == MARK_CLOSE and open_mark:
            out.append(str(escape("".join(piece))) + "</mark>")
            piece, open_mark = [], False
        elif ch not in (MARK_OPEN, MARK_CLOSE):
            piece.append(ch)
    out.append(str(escape("".join(piece))) + ("</mark>" if open_mark else ""))
    return Markup("".join(out))


def snippet_text(snippet: str) -> str:
    return snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def format_value(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def story_outlets(store: Store, story_id: str) -> list[str]:
    rows = store.list_articles(limit=MAX_MEMBERS, story=story_id)
    return sorted({r["outlet"] or "unknown outlet" for r in rows})


def story_rows(store: Store, rows: list[dict]) -> list[dict]:
    """Story list rows with their outlets and how many compared facts agree, conflict, ..."""
    for row in rows:
        row["outlets"] = story_outlets(store, row["id"])
        story = store.get_story(row["id"])
        counts: dict[str, int] = {}
        for c in story.comparisons if story else []:
            counts[c.verdict] = counts.get(c.verdict, 0) + 1
        row["verdicts"] = {v: counts[v] for v in sorted(counts, key=_verdict_rank)}
    return rows


def _verdict_rank(verdict: str) -> int:
    return VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)


@dataclass(slots=True)
class StoryView:
    story: Story
    members: list[Article]
    provenance: list[ProvenanceEdge]
    provenance_from: str  # "story" when the story stage traced it, "citations" when read off the articles here
    timeline: list[TimelineEvent]
    timeline_from: str
    outlet_of: dict[str, str] = field(default_factory=dict)

    def sides(self) -> list[tuple[str, Article, list[Article]]]:
        """One column per outlet: its first report, and the outlet's other articles in this story."""
        by_outlet: dict[str, list[Article]] = {}
        for a in sorted(self.members, key=lambda a: (published(a) or "~", a.id)):
            by_outlet.setdefault(self.outlet_of[a.id], []).append(a)
        return [(outlet, items[0], items[1:]) for outlet, items in by_outlet.items()]

    def comparisons(self) -> list:
        return by_verdict(self.story.comparisons)

    def as_json(self) -> dict:
        data = to_dict(self.story)
        data["provenance"] = [to_dict(e) for e in self.provenance]
        data["provenance_from"] = self.provenance_from
        data["timeline"] = [to_dict(t) for t in self.timeline]
        data["timeline_from"] = self.timeline_from
        data["members"] = [member_summary(a) for a in self.members]
        return data


def member_summary(article: Article) -> dict:
    m = article.meta
    return {"id": article.id, "title": m.title, "outlet": m.outlet, "published": published(article), "url": m.url,
            "language": m.language, "authors": m.authors}


def story_view(store: Store, story: Story) -> StoryView:
    members = [a for aid in story.articles[:MAX_MEMBERS] if (a := store.get_article(aid)) is not None]
    outlet_of = {a.id: outlet_name(a) for a in members}
    provenance, prov_from = story.provenance, "story"
    if not provenance:
        provenance, prov_from = _citation_edges(members), "citations"
    timeline, time_from = story.timeline, "story"
    if not timeline:
        timeline, time_from = _publication_events(members), "publications"
    return StoryView(story, members, provenance, prov_from, timeline, time_from, outlet_of)


def _citation_edges(members: list[Article]) -> list[ProvenanceEdge]:
    """Until the story stage traces provenance, each article's own citations and syndication lines stand in."""
    edges: dict[tuple[str, str, str], ProvenanceEdge] = {}
    for a in members:
        for c in a.citations:
            relation = "republishes" if c.kind == "republication" else "cites"
            edges.setdefault((a.id, c.source, relation),
                             ProvenanceEdge(a.id, c.source, relation, a.body[c.start:c.end]))
        for s in a.meta.syndication:
            edges.setdefault((a.id, s.outlet, "republishes"),
                             ProvenanceEdge(a.id, s.outlet, "republishes", s.original_title))
    return list(edges.values())


def _publication_events(members: list[Article]) -> list[TimelineEvent]:
    """Until the story stage builds a timeline, each member's publication time is an event."""
    events = [TimelineEvent(date=published(a), text=a.meta.title, article=a.id, outlet=outlet_name(a))
              for a in members if published(a)]
    return sorted(events, key=lambda e: e.date)


def sentence_index(article: Article, index: int, start: int = -1) -> int:
    """``index`` when it is a sentence of the article, else the sentence holding offset ``start``, else -1."""
    if 0 <= index < len(article.sentences):
        return index
    return next((i for i, s in enumerate(article.sentences) if s.start <= start < s.end), -1)


def sentence_at(article: Article, index: int, start: int = -1) -> str:
    """The sentence with this index, or the one holding offset ``start`` when the index is unset."""
    found = sentence_index(article, index, start)
    return article.sentence_text(found) if found >= 0 else ""


def figures(article: Article) -> list[dict]:
    """The numeric claims of one article, each with the sentence behind it, for the side-by-side view."""
    return [{"text": c.text, "value": c.value, "value_max": c.value_max, "unit": c.unit, "hedge": c.hedge,
             "subject": c.subject, "as_of": c.as_of, "index": i,
             "sentence": sentence_at(article, c.sentence, c.start) or c.text}
            for i, c in enumerate(article.claims)]


def speakers(article: Article) -> list[tuple[str, list[int]]]:
    """Who is quoted, in order of first appearance, with the indexes of their quotes."""
    found: dict[str, list[int]] = {}
    for i, q in enumerate(article.quotes):
        found.setdefault(q.speaker or "unattributed", []).append(i)
    return list(found.items())


# Articles read for an entity's quotes and dated events on its page: the latest ones; older ones are a click away.
MAX_ENTITY_ARTICLES = 50


def entity_activity(store: Store, entity_id: str) -> tuple[list[dict], list[TimelineEvent]]:
    """What the entity is quoted saying, and the dated events whose sentence names it, in its latest articles."""
    quotes: list[dict] = []
    events: list[TimelineEvent] = []
    for row in store.list_articles(limit=MAX_ENTITY_ARTICLES, entity=entity_id):
        article = store.get_article(row["id"])
        if article is None:
            continue
        for i, q in enumerate(article.quotes):
            if q.speaker_entity == entity_id:
                quotes.append({"article": row["id"], "title": row["title"], "outlet": row["outlet"],
                               "published": row["published"], "text": q.text, "kind": q.kind, "cue": q.cue,
                               "index": i})
        named = {i for i, s in enumerate(article.sentences)
                 for m in article.mentions if m.entity == entity_id and s.start <= m.start < s.end}
        for ref in article.dates:
            index = sentence_index(article, ref.sentence, ref.start)
            if ref.date and index in named:
                events.append(TimelineEvent(ref.date, article.sentence_text(index).strip(), article.id,
                                            outlet_name(article)))
    events.sort(key=lambda e: (e.date, e.article))
    return quotes, events
