"""Timelines: the dated events of a story, and of an entity across stories."""

from __future__ import annotations

from dataclasses import dataclass

from warta.model import Article, DateRef, TimelineEvent
from warta.store.base import Store
from warta.stories.compare import DATE_MATCH, outlet_name, stems

# Longest event text kept: one sentence, cut at a word.
MAX_TEXT = 280


@dataclass(slots=True)
class Dated:
    """What an article brings to its story's timeline: its dated events (day-precise), and its publication as the
    event of last resort."""

    article: str
    outlet: str
    published: str
    title: str
    events: list[tuple[str, str, frozenset[str]]]  # (date, sentence, its content stems without the date)


def story_timeline(articles: list[Article]) -> list[TimelineEvent]:
    """Each dated event once (the same event in two outlets is kept from the earlier article), in date order."""
    ordered = sorted(articles, key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))
    return timeline_of([dated(a) for a in ordered])


def dated(article: Article) -> Dated:
    events = []
    for ref in article.dates:
        if len(ref.date) < 10:
            continue  # a bare year or month ("built in 2009") is background, not an event of the story
        text = _sentence(article, ref)
        events.append((ref.date, text, stems(text.replace(ref.text, " "))))
    return Dated(article.id, outlet_name(article), article.meta.published or article.meta.published_not_before,
                 article.meta.title, events)


def timeline_of(ordered: list[Dated]) -> list[TimelineEvent]:
    """The timeline of a story's articles in story order."""
    kept: dict[str, list[frozenset[str]]] = {}  # date -> the stems of the events kept for it
    events: list[TimelineEvent] = []
    for article in ordered:
        for date, text, words in article.events:
            same_day = kept.setdefault(date, [])
            if any(len(words & w) >= DATE_MATCH for w in same_day):
                continue
            same_day.append(words)
            events.append(TimelineEvent(date=date, text=text, article=article.article, outlet=article.outlet))
    if not events:  # nothing dated in the text: the publications themselves are the timeline
        return [TimelineEvent(date=a.published[:10], text=a.title, article=a.article, outlet=a.outlet)
                for a in ordered if a.published]
    return sorted(events, key=lambda e: (e.date, e.article))


def entity_timeline(store: Store, entity: str, limit: int = 200) -> list[TimelineEvent]:
    """Dated events whose sentence mentions ``entity`` (a canonical id), across every stored article and story."""
    events = []
    for article_id in store.articles_of_entity(entity):
        article = store.get_article(article_id)
        if article is None:
            continue
        spans = [(m.start, m.end) for m in article.mentions if m.entity == entity]
        for ref in article.dates:
            if not ref.date or not 0 <= ref.sentence < len(article.sentences):
                continue
            s = article.sentences[ref.sentence]
            if any(s.start <= start < s.end for start, _ in spans):
                events.append(TimelineEvent(date=ref.date, text=_sentence(article, ref), article=article.id,
                                            outlet=outlet_name(article)))
    events.sort(key=lambda e: (e.date, e.article))
    return events[:limit]


def _sentence(article: Article, ref: DateRef) -> str:
    if 0 <= ref.sentence < len(article.sentences):
        text = article.sentence_text(ref.sentence).strip()
    else:
        text = article.body[max(0, ref.start - 120):ref.end + 120].strip()
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
