"""Stories: articles about one event, grouped across outlets and languages as they stream in, then compared.

``update(store, new_ids)`` is the one entry point: the ingest calls it after storing a batch. It loads the live
story index from the store, places each new article (in publication order) in one pass, folds stories the new
evidence joins, splits stories that turn out to hold two events, rebuilds the comparison, provenance and timeline
of the stories it touched, and saves them with the index, so successive ingests continue one stream.
"""

from __future__ import annotations

from collections.abc import Iterable

from warta.model import Article, Story
from warta.store.base import Store
from warta.stories.cluster import StoryIndex
from warta.stories.compare import compare
from warta.stories.provenance import provenance
from warta.stories.stream import Streamer
from warta.stories.timeline import entity_timeline, story_timeline

__all__ = ["update", "analyse", "entity_timeline", "story_timeline"]

# Members analysed for comparison and provenance (the most recent ones): pairwise alignment grows with the square
# of this, and a reader compares the latest reports of a big story, not all of them.
ANALYSED_MEMBERS = 60


def update(store: Store, new_ids: list[str], batch: Iterable[Article] = ()) -> None:
    """Bring the stories up to date after ``new_ids`` were stored; ``batch`` holds those of them the caller still
    has in memory (the rest are read back from the store)."""
    held = {a.id: a for a in batch}
    header, rows = store.load_story_index()
    streamer = Streamer(index=StoryIndex.restore(header, rows))
    ordered = store.publication_order(list(dict.fromkeys(new_ids)))
    articles = (a for a in (held.get(i) or store.get_article(i) for i in ordered) if a is not None)  # one at a time: any batch size fits
    added: dict[str, list[str]] = {}
    related: dict[str, set[str]] = {}
    folded: dict[str, str] = {}
    for article in articles:
        if store.story_of(article.id):
            continue  # grouped by an earlier run: articles never move on a re-run
        placement = streamer.add(article)
        added.setdefault(placement.story, []).append(article.id)
        related.setdefault(placement.story, set()).update(placement.related)
        for gone in placement.merged:
            folded[gone] = placement.story
            added.setdefault(placement.story, []).extend(added.pop(gone, []))
            related.setdefault(placement.story, set()).update(related.pop(gone, set()))
        if placement.split:  # every member of a story that splits arrived in this run
            new, moved = placement.split
            folded.pop(new, None)  # a folded story's id that a split brings back
            added[placement.story] = [a for a in added[placement.story] if a not in set(moved)]
            added[new] = list(moved)
    stories = []
    for story_id, new in added.items():
        story = store.get_story(story_id) or Story(id=story_id)
        members = list(story.articles)
        for gone in [g for g, into in folded.items() if _final(folded, g) == story_id]:
            old = store.get_story(gone)
            members += old.articles if old else []
        members = list(dict.fromkeys(members + new))
        story.articles = members
        story.related = sorted((set(story.related) | related.get(story_id, set())) - {story_id} - set(folded))
        stories.append(analyse(story, [held.get(a) or store.get_article(a) for a in members[-ANALYSED_MEMBERS:]]))
    store.save_stories(stories)
    store.delete_stories([g for g in folded if g not in added])
    index = streamer.index
    touched = [index.story_row(index.live[s]) for s in added if s in index.live]
    store.save_story_index(index.header(), touched, index.dropped)


def analyse(story: Story, members: list[Article | None]) -> Story:
    """Fill a story's title, dates, comparison, provenance and timeline from its member articles."""
    articles = [a for a in members if a is not None]
    articles.sort(key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))
    dates = sorted(d for a in articles if (d := a.meta.published or a.meta.published_not_before))
    story.title = story.title or (articles[0].meta.title if articles else "")
    story.first_seen = min(d for d in [story.first_seen, *dates[:1]] if d) if story.first_seen or dates else ""
    story.last_seen = max([story.last_seen, *dates[-1:]])
    story.comparisons = compare(articles) if len(articles) > 1 else []
    story.provenance, story.independent_sources = provenance(articles)
    story.timeline = story_timeline(articles)
    return story


def _final(folded: dict[str, str], story: str) -> str:
    while story in folded:
        story = folded[story]
    return story
