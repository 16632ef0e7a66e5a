"""Story grouping: the seeds' gold stories, streaming across ingest runs, cross-lingual joins, related stories,
bounded state, and real slices of ECB+ and the UCI headlines."""

from __future__ import annotations

import csv
import json
import random
from datetime import UTC, datetime

import pytest

from warta import pipeline, stories
from warta.evaluate.metrics import bcubed
from warta.model import Article, Metadata, RawDocument
from warta.store.sqlite import SQLiteStore
from warta.stories.cluster import StoryIndex
from warta.stories.features import extract
from warta.stories.stream import Streamer, group


def _by_time(articles):
    return sorted(articles, key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))


def _gold_groups(seed_gold, seed_articles):
    return {frozenset(seed_articles[d].id for d in s["docs"]) for s in seed_gold.stories}


def test_seeds_stream_into_the_gold_stories(seed_gold, seed_articles):
    assigned = group(_by_time(seed_articles.values()))
    groups: dict[str, set[str]] = {}
    for article, story in assigned.items():
        groups.setdefault(story, set()).add(article)
    assert {frozenset(g) for g in groups.values()} == _gold_groups(seed_gold, seed_articles)


def test_update_streams_across_ingest_runs_and_keeps_story_ids(seed_gold, seed_articles, tmp_path):
    path = str(tmp_path / "w.db")
    ordered = _by_time(seed_articles.values())
    with SQLiteStore(path) as store:
        store.add_articles(ordered[:3])
        stories.update(store, [a.id for a in ordered[:3]])
        first = {a.id: store.story_of(a.id) for a in ordered[:3]}
    with SQLiteStore(path) as store:  # a new process: the index comes back from the store
        header, rows = store.load_story_index()
        assert header["docs"] == 3 and rows
        store.add_articles(ordered[3:])
        stories.update(store, [a.id for a in ordered[3:]])
        assert {a: store.story_of(a) for a in first} == first  # nothing moved
        found = {frozenset(store.get_story(r["id"]).articles) for r in store.list_stories()}
        assert found == _gold_groups(seed_gold, seed_articles)
        kz = next(store.get_story(r["id"]) for r in store.list_stories() if r["size"] == 3)
        assert kz.comparisons and kz.provenance and kz.timeline
        stories.update(store, [a.id for a in ordered])  # a re-run changes nothing
        assert store.count_stories() == 2


def _write(text: str, resources) -> Article:
    return pipeline.process(RawDocument(data=text.encode(), origin="written.txt", content_type="text/plain"),
                            resources)


FLOOD_EN = """Flood in Semarang forces 12,000 residents from their homes

Semarang, Monday 4 March 2024 - Floods swept through Semarang, Central Java, on Sunday, forcing about 12,000
residents from their homes, the regional disaster agency said.

Agency head Budi Santoso said more than 30 schools were closed and that the water was still rising.
"""

FLOOD_ID = """Banjir Semarang, 12 Ribu Warga Mengungsi

Semarang, Senin 4 Maret 2024 - Banjir melanda Semarang, Jawa Tengah, pada Minggu (3/3/2024) dan memaksa sekitar
12 ribu warga meninggalkan rumah mereka, kata badan penanggulangan bencana daerah.

Kepala badan, Budi Santoso, mengatakan lebih dari 30 sekolah ditutup dan air masih naik.
"""

ELECTION_EN = """Parliament passes the fisheries bill after a long night session

Jakarta, Tuesday 5 March 2024 - The House of Representatives passed the fisheries bill early on Tuesday after a
debate that ran through the night, speaker Puan Maharani said.

The law sets new quotas for tuna and gives port authorities power to inspect foreign vessels.
"""


def test_a_translation_joins_its_original_through_entities_numbers_and_dates(resources):
    en, other, idn = (_write(t, resources) for t in (FLOOD_EN, ELECTION_EN, FLOOD_ID))
    assert en.meta.language == "en" and idn.meta.language == "id"
    assigned = group([en, other, idn])
    assert assigned[idn.id] == assigned[en.id] != assigned[other.id]


def test_an_article_covering_two_events_joins_one_and_links_the_other(resources):
    flood, bill = _write(FLOOD_EN, resources), _write(ELECTION_EN, resources)
    both = _write(
        "Semarang floods and the fisheries bill\n\n"
        "Jakarta, Tuesday 5 March 2024 - Floods in Semarang forced about 12,000 residents from their homes, the "
        "disaster agency head Budi Santoso said, while more than 30 schools were closed.\n\n"
        "In Jakarta the House of Representatives passed the fisheries bill after a night session, speaker Puan "
        "Maharani said; the law sets tuna quotas and lets port authorities inspect foreign vessels.\n",
        resources)
    streamer = Streamer()
    home = {streamer.add(a).story: a.id for a in (flood, bill)}
    placement = streamer.add(both)
    assert placement.story in home
    assert placement.related and placement.related[0] in home and placement.related[0] != placement.story


def _headline(i: int, text: str) -> Article:
    return Article(id=f"h{i}", origin=f"h{i}", body=text, meta=Metadata(title=text, language="en"))


def test_live_stories_and_posting_lists_stay_bounded():
    index = StoryIndex(live_stories=50)
    words = [f"w{n:04d}" for n in range(2000)]
    rng = random.Random(3)
    for i in range(400):  # 400 unrelated headlines: each opens a story
        article = _headline(i, " ".join(rng.sample(words, 6)))
        index.add(extract(article))
    assert len(index.live) <= 50
    assert all(len(p) <= 40 for p in index.postings.values())
    restored = StoryIndex.restore(index.header(), [index.story_row(s) for s in index.live.values()])
    assert restored.docs == index.docs and list(restored.live) == list(index.live)


def test_folds_into_evicted_stories_are_forgotten_and_the_rest_still_resolve():
    index = StoryIndex(live_stories=20)
    words = [f"w{n:04d}" for n in range(2000)]
    rng = random.Random(5)
    for i in range(100):
        index.add(extract(_headline(i, " ".join(rng.sample(words, 6)))))
    live, gone = list(index.live), [d for d in index.dropped if d not in index.live]
    # folds as a long stream leaves them: chains into live stories and into evicted ones
    index.merged_into.update({gone[0]: gone[1], gone[1]: live[-1], gone[2]: gone[3], gone[4]: live[-2]})
    before = {old: index.resolve(old) for old in index.merged_into}
    index.merges_kept = 2
    index.add(extract(_headline(100, " ".join(rng.sample(words, 6)))))
    assert gone[2] not in index.merged_into  # its chain ends in an evicted story
    assert all(index.resolve(old) == story for old, story in before.items() if story in index.live)
    assert index.merged_into[gone[0]] == live[-1]  # straight to the live story, not through gone[1]


def test_ecbplus_slice_separates_the_two_events_of_each_topic(shared):
    from warta.evaluate.stories import _ecb_article

    docs = [json.loads(line) for line in (shared / "data/ecbplus-event-clusters/documents.jsonl").open()]
    docs = [d for d in docs if d["topic"] in (1, 3, 5, 7)]
    articles = [_ecb_article(d) for d in docs]
    random.Random(0).shuffle(articles)
    scores = bcubed(group(articles), {d["doc_id"]: d["cluster_id"] for d in docs})
    assert scores["b3_f1"] >= 0.75, scores


def test_uci_headline_slice_groups_stories(shared):
    path = next((shared / "data/uci-news-aggregator-sample").glob("*.csv"))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:1200]
    articles = [Article(id=r["ID"], origin=r["URL"], body=r["TITLE"],
                        meta=Metadata(title=r["TITLE"], language="en", published=datetime.fromtimestamp(
                            int(r["TIMESTAMP"]) / 1000, UTC).isoformat())) for r in rows]
    random.Random(0).shuffle(articles)
    scores = bcubed(group(articles), {r["ID"]: r["STORY"] for r in rows})
    assert scores["b3_f1"] >= 0.6, scores


def test_eval_stories_on_the_seeds(shared):
    from warta.evaluate import run

    result = run("stories", shared / "gold" / "seeds.json")
    assert result["b3_f1"] == 1.0 and result["n"] == 5 and "baseline_b3_f1" in result


@pytest.mark.parametrize("bad", ["nothing-here.txt"])
def test_eval_stories_rejects_an_unknown_dataset(tmp_path, bad):
    from warta.errors import InputError
    from warta.evaluate import run

    (tmp_path / bad).write_text("not a dataset", encoding="utf-8")
    with pytest.raises(InputError):
        run("stories", tmp_path / bad)


def test_update_folds_two_stories_that_new_articles_join(tmp_path):
    # two stories of one event opened apart, then reports naming both sides fold them into one
    texts = ["Sbarro files bankruptcy", "Sbarro bankruptcy again", "Mall traffic dwindles",
             "Mall traffic dwindles further", "Sbarro bankruptcy as mall traffic dwindles",
             "Sbarro bankruptcy: mall traffic dwindles"]
    articles = [_headline(i, t) for i, t in enumerate(texts)]
    for i, a in enumerate(articles):
        a.meta.published = f"2024-05-01T10:0{i}:00+07:00"
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        store.add_articles(articles[:4])
        stories.update(store, [a.id for a in articles[:4]])
        assert store.count_stories() == 2
        store.add_articles(articles[4:])
        stories.update(store, [a.id for a in articles[4:]])
        assert store.count_stories() == 1
        (row,) = store.list_stories()
        story = store.get_story(row["id"])
        assert sorted(story.articles) == sorted(a.id for a in articles)
        assert {store.story_of(a.id) for a in articles} == {story.id}
        assert story.id not in story.related and not story.related
        _, rows = store.load_story_index()
        assert [r["id"] for r in rows] == [story.id]


def test_entity_timeline_follows_an_entity_across_stories(seed_articles, tmp_path):
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        store.add_articles(_by_time(seed_articles.values()))
        stories.update(store, [a.id for a in seed_articles.values()])
        counts: dict[str, set[str]] = {}
        for a in seed_articles.values():
            for m in a.mentions:
                if m.entity:
                    counts.setdefault(m.entity, set()).add(store.story_of(a.id))
        entity = next(e for e, s in counts.items() if len(s) == 2 and stories.entity_timeline(store, e))
        events = stories.entity_timeline(store, entity)
        assert [e.date for e in events] == sorted(e.date for e in events)
        for event in events:
            article = store.get_article(event.article)
            sentence = next(s for s in article.sentences if s.start <= article.body.find(event.text[:40]) < s.end)
            assert any(m.entity == entity and sentence.start <= m.start < sentence.end for m in article.mentions)


def test_articles_with_no_words_still_get_a_story():
    bodies = ["12 34", "!!", "a b", "12 34", "—"]
    articles = [Article(id=str(i), origin="written", body=b) for i, b in enumerate(bodies)]
    assigned = group(articles)
    assert set(assigned) == {a.id for a in articles}
    assert assigned["0"] == assigned["3"]  # an exact copy follows its original


def test_headline_inflections_share_terms_but_long_texts_keep_whole_words():
    def terms(title, body=""):
        return set(extract(Article(id=title, origin="written", body=body or title,
                                   meta=Metadata(title=title, url="https://example.org/harbour-cranes-stalled",
                                                 language="en"))).terms)

    plural = terms("Harbour cranes stalled as dockworkers strike")
    singular = terms("Dockworker strike leaves one harbour crane stalled")
    assert {"dockwo", "stalle", "harbou"} <= plural & singular
    long_body = "Dockworkers walked out at dawn. " * 8
    assert "dockworkers" in terms("Dockworkers strike", long_body)


def test_two_means_separates_two_groups_of_vectors():
    from warta.stories.split import separation, two_means

    quake = [{"quake": 1.0, "aceh": 0.8, "magnitude": 0.5}, {"quake": 0.9, "aceh": 1.0}, {"aceh": 0.7, "quake": 0.6}]
    flood = [{"flood": 1.0, "jakarta": 0.9}, {"flood": 0.8, "jakarta": 1.0, "quake": 0.1}]
    first, second = two_means(quake + flood)
    assert sorted(first) == [0, 1, 2] and sorted(second) == [3, 4]
    assert separation(quake + flood, first, second) < 0.2
    assert two_means(quake + flood, min_size=3)[1] == []  # no split leaves three members on each side


def test_separation_stays_high_when_one_event_is_cut_in_two():
    from warta.stories.split import separation

    # one loose event: every report shares the core terms, each adds words of its own
    reports = [{"quake": 1.0, "aceh": 0.9, extra: 0.8} for extra in ("tsunami", "mosque", "school", "road", "aid")]
    reports += [{"quake": 0.9, "aceh": 1.0, extra: 0.7} for extra in ("bridge", "hospital", "port", "market")]
    cut = separation(reports, [0, 1, 2, 3, 4], [5, 6, 7, 8])
    two_events = separation(reports[:5] + [{"flood": 1.0, "jakarta": 0.9, x: 0.8} for x in ("river", "dam")],
                            [0, 1, 2, 3, 4], [5, 6])
    assert cut > 0.9 and two_events < 0.1


def test_a_story_holding_two_events_splits(shared):
    from warta.evaluate.stories import _ecb_article
    from warta.stories.live import Params

    docs = [json.loads(line) for line in (shared / "data/ecbplus-event-clusters/documents.jsonl").open()]
    docs = [d for d in docs if d["topic"] in (35, 37, 39)]  # each topic pairs two similar events
    articles = [_ecb_article(d) for d in docs]
    random.Random(0).shuffle(articles)
    gold = {d["doc_id"]: d["cluster_id"] for d in docs}
    streamer = Streamer()
    splits = [p.split for p in map(streamer.add, articles) if p.split]
    assert splits and all(new not in {a.id for a in articles} and moved for new, moved in splits)
    with_split = bcubed(group(articles), gold)["b3_precision"]
    without = bcubed(group(articles, Params(split=1.1)), gold)["b3_precision"]
    assert with_split > without


def test_the_sample_corpus_groups_into_its_four_events_across_languages(examples, tmp_path):
    from warta import batch

    expected = json.loads((examples / "expected.json").read_text(encoding="utf-8"))
    kinds = [str(examples / kind) for kind in ("textdumps", "html", "feeds", "jsonl", "warc")]
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        batch.ingest(store, kinds, fetch=False)
        found = {}
        for article in store.iter_articles():
            name = article.origin.split("corpus/", 1)[1]
            found.setdefault(store.story_of(article.id), set()).add(name)
    assert {frozenset(files) for files in found.values()} == {frozenset(s["files"]) for s in expected["stories"]}
