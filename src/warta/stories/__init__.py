"""Stories: articles about one event, grouped across outlets and languages as they stream in, then compared.

``update(store, new_ids)`` is the one entry point: the ingest calls it after storing a batch. It loads the live
story index from the store, places each new article (in publication order) in one pass, folds stories the new
evidence joins, splits stories that turn out to hold two events, rebuilds the comparison, provenance and timeline
of the stories it touched, and saves them with the index, so successive ingests continue one stream.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from warta.model import Article, Story
from warta.store.base import Store
from warta.stories.analysis import VERSION, Member, Pairs, analyse_members, member
from warta.stories.cluster import StoryIndex
from warta.stories.stream import Streamer
from warta.stories.timeline import entity_timeline, story_timeline

__all__ = ["update", "analyse", "entity_timeline", "story_timeline"]

# Members analysed for comparison, provenance and timeline: a story's first reports (where its figures and its
# upstream sources start) and its latest ones (where they stand now), whatever the story's size. The analysis
# grows with the square of these and a new member is aligned with each of them, so a story of 300 members costs
# what one of 10 does. Set on benchmarks/bench_growth.py --total 50000 (perturbed Detik copies, stories up to 655
# members; CPU ms per article of the stories step): with the latest 60, 7.6 at 1k, 25.8 at 10k, 50 at 20k, 59 at
# 30k (peak RSS 361 -> 2,678 MB); with the 4 first and 12 latest, flat from 7k but at 13.1 at 10k (1.7x); with
# these 3 + 7, 7.8 at 1k, 8.1 at 50k, at most 10.1 on the way (RSS 360 -> 440 MB, flat from 7k). Stories of up
# to 10 members (the seeds' have 2 and 3) are analysed whole, as before.
ANALYSED_FIRST = 3
ANALYSED_LATEST = 7


def update(store: Store, new_ids: list[str], batch: Iterable[Article] = ()) -> None:
    """Bring the stories up to date after ``new_ids`` were stored; ``batch`` holds those of them the caller still
    has in memory (the rest are read back from the store). One transaction: all of it or nothing is saved."""
    with store.transaction(), _settled_objects():
        _update(store, new_ids, {a.id: a for a in batch})


@contextmanager
def _settled_objects() -> Iterator[None]:
    """What the process holds before the update (its articles, models, caches) is left out of the cyclic garbage
    collector's full passes while the update runs: a story's analysis makes tens of thousands of small objects,
    and each full pass walked everything alive, about a fifth of the step's time with 60-member stories
    (benchmarks/bench_growth.py). Left alone where the process froze objects itself."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _update(store: Store, new_ids: list[str], held: dict[str, Article]) -> None:
    header, rows = store.load_story_index()
    streamer = Streamer(index=StoryIndex.restore(header, rows))
    ordered = store.publication_order(list(dict.fromkeys(new_ids)))
    # one at a time: any batch size fits
    articles = (a for a in (held.get(i) or store.get_article(i) for i in ordered) if a is not None)
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
    made: dict[str, Member] = {}  # digests of the articles of this run, saved with their stories
    for story_id, new in added.items():
        _refresh(store, story_id, new, [g for g in folded if _final(folded, g) == story_id], set(folded),
                 related.get(story_id, set()), held, made)
    store.delete_stories([g for g in folded if g not in added])
    index = streamer.index
    touched = [index.story_row(index.live[s]) for s in added if s in index.live]
    store.save_story_index(index.header(), touched, index.dropped)


def _refresh(store: Store, story_id: str, new: list[str], gone: list[str], folded: set[str], related: set[str],
             held: dict[str, Article], made: dict[str, Member]) -> None:
    """Save a story the run touched, with its new members (and those of the stories ``gone`` into it) and its
    analysis, taking in the new members against the pairs of members it kept; one story at a time, so memory
    holds one story's members, whatever the number of stories touched."""
    story = store.get_story_head(story_id) or Story(id=story_id)
    before = set(story.articles)
    for other in gone:
        old = store.get_story_head(other)
        story.articles += old.articles if old else []
    story.articles = list(dict.fromkeys(story.articles + new))
    story.related = sorted((set(story.related) | related) - {story_id} - folded)
    fresh: dict[str, Member] = {}
    digests = _members(store, analysed(story.articles), held, made, fresh)
    known = store.load_story_pairs(story_id)
    pairs = analyse_members(story, digests, Pairs.from_json(known) if known else None)
    store.save_stories([story], linked={story_id: [a for a in story.articles if a not in before]})
    store.save_story_pairs({story_id: pairs.as_json()})
    if len(story.articles) > 1:
        # A story of one article compares nothing yet: its member is made again from the article when a second
        # joins (once per story). Most stories stay single (53% of 196 Detik articles, nearly every scrapinghub
        # page), and the digest was a third of the store (benchmarks/bench_store_size.py).
        store.save_story_members({a: m.as_json() for a, m in fresh.items()})


def analysed(members: list[str]) -> list[str]:
    """The members a story's analysis covers (in the order they joined): all of them up to ANALYSED_FIRST +
    ANALYSED_LATEST, its first and latest ones beyond."""
    if len(members) <= ANALYSED_FIRST + ANALYSED_LATEST:
        return members
    return members[:ANALYSED_FIRST] + members[-ANALYSED_LATEST:]


def analyse(story: Story, members: list[Article | None]) -> Story:
    """Fill a story's title, dates, comparison, provenance and timeline from its member articles."""
    analyse_members(story, [member(a) for a in members if a is not None])
    return story


def _members(store: Store, ids: list[str], held: dict[str, Article], made: dict[str, Member],
             fresh: dict[str, Member]) -> list[Member]:
    """The digests of a story's members: kept in the store, or made from the articles (and kept for next time:
    those made now are also put in ``fresh``, for the caller to store)."""
    stored = store.load_story_members([i for i in ids if i not in made])
    out = []
    for article_id in ids:
        if article_id in made:
            out.append(made[article_id])
        elif stored.get(article_id, {}).get("version") == VERSION:
            out.append(Member.from_json(stored[article_id]))
        elif (article := held.get(article_id) or store.get_article(article_id)) is not None:
            made[article_id] = fresh[article_id] = member(article)
            out.append(made[article_id])
    return out


def _final(folded: dict[str, str], story: str) -> str:
    while story in folded:
        story = folded[story]
    return story
