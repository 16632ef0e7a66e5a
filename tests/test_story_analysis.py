"""A story analysed member by member, with the digests and pairs kept in the store, equals its whole analysis."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from warta import stories
from warta.model import Story, to_dict
from warta.store.sqlite import SQLiteStore
from warta.stories.analysis import Member, Pairs, analyse_members, member


def _analysis(story: Story) -> dict:
    record = to_dict(story)
    return {k: record[k] for k in ("comparisons", "provenance", "independent_sources", "timeline")}


def test_members_added_one_step_at_a_time_give_the_whole_analysis(seed_articles):
    # all five seeds as one story, arriving latest first, so each step puts members before the known ones
    articles = sorted(seed_articles.values(), key=lambda a: a.meta.published or a.meta.published_not_before,
                      reverse=True)
    whole = stories.analyse(Story(id="whole"), articles)
    assert whole.comparisons and whole.provenance and whole.timeline
    story, pairs, seen = Story(id="steps"), None, []
    for step in (articles[:1], articles[1:3], articles[3:]):
        # digests and pairs go through their stored form, as between two ingests
        seen = [Member.from_json(m.as_json()) for m in seen] + [member(a) for a in step]
        known = Pairs.from_json(pairs.as_json()) if pairs else None
        pairs = analyse_members(story, seen, known)
    assert _analysis(story) == _analysis(whole)
    assert pairs.members == {a.id for a in articles}


def test_stories_updated_in_two_batches_hold_the_analysis_of_their_members(seed_articles, tmp_path):
    articles = sorted(seed_articles.values(), key=lambda a: a.id)
    with SQLiteStore(str(tmp_path / "s.db")) as store:
        for batch in (articles[:2], articles[2:]):
            store.add_articles(batch)
            stories.update(store, [a.id for a in batch], batch if batch is articles[:2] else ())
            # digests kept by other code (an older release) are not trusted: they are made again from the articles
            stale = store.load_story_members([a.id for a in articles])
            store.save_story_members({a: {**m, "version": "older", "claims": [], "dates": []}
                                      for a, m in stale.items()})
        grouped = [store.get_story(r["id"]) for r in store.list_stories(limit=50)]
        assert sum(len(s.articles) for s in grouped) == len(articles)
        for story in grouped:
            members = [store.get_article(a) for a in story.articles]
            assert _analysis(story) == _analysis(stories.analyse(Story(id=story.id), members))


def test_a_big_story_is_analysed_on_its_first_and_latest_members(seed_articles, tmp_path):
    # copies of one seed report under new ids and outlets, a day apart, stored in three batches: one story of 20
    seed = seed_articles["000_83d83f87e972c7c8.txt"]
    day = datetime.fromisoformat("2023-07-01T08:00:00+06:00")
    copies = [dataclasses.replace(seed, id=f"copy{n:02d}", origin=f"https://copy{n}.example.kz/a",
                                  meta=dataclasses.replace(seed.meta, outlet=f"Outlet {n}",
                                                           url=f"https://copy{n}.example.kz/a",
                                                           published=(day + timedelta(hours=n)).isoformat()))
              for n in range(20)]
    with SQLiteStore(str(tmp_path / "s.db")) as store:
        for batch in (copies[:7], copies[7:14], copies[14:]):
            store.add_articles(batch)
            stories.update(store, [a.id for a in batch], batch)
        (row,) = store.list_stories(limit=5)
        story = store.get_story(row["id"])
    assert story.articles == [a.id for a in copies]  # the story lists every member
    covered = stories.analysed(story.articles)
    assert covered == story.articles[:stories.ANALYSED_FIRST] + story.articles[-stories.ANALYSED_LATEST:]
    assert story.comparisons and {s.article for c in story.comparisons for s in c.sides} <= set(covered)
    whole = stories.analyse(Story(id=story.id), [a for a in copies if a.id in set(covered)])
    assert _analysis(story) == _analysis(whole)
