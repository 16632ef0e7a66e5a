"""Fact comparison within a story: the seeds' gold comparisons, and written cases of conflict and update."""

from __future__ import annotations

from warta import pipeline
from warta.evaluate.stories import comparison_matches
from warta.model import Article, RawDocument
from warta.stories.compare import compare


def _story(seed_gold, seed_articles, story_id):
    docs = next(s["docs"] for s in seed_gold.stories if s["id"] == story_id)
    return [seed_articles[d] for d in docs]


def test_every_gold_comparison_of_the_seeds_is_found(seed_gold, seed_articles):
    assert seed_gold.comparisons
    for gold in seed_gold.comparisons:
        found = compare(_story(seed_gold, seed_articles, gold["story"]))
        assert any(comparison_matches(c, gold, seed_articles) for c in found), (gold["what"], found)


def test_a_hedged_figure_agrees_and_a_distant_one_is_not_aligned(seed_gold, seed_articles):
    found = compare(_story(seed_gold, seed_articles, "ru-exodus-kz-2022"))
    agree = [c for c in found if c.verdict == "agree" and c.kind == "claim"]
    assert {c.sides[0].value for c in agree} >= {200000.0, 147000.0}
    hedges = {s.hedge for c in agree if c.sides[0].value == 200000.0 for s in c.sides}
    assert "more than" in hedges
    # "lebih dari 7.000" is compatible with 147 ribu as a bound, but it is another figure: never aligned with it
    for c in found:
        values = {s.value for s in c.sides}
        assert not {7000.0, 147000.0} <= values


def _write(title: str, dateline: str, body: str, resources) -> Article:
    text = f"{title}\n\n{dateline} - {body}\n"
    return pipeline.process(RawDocument(data=text.encode(), origin="written.txt", content_type="text/plain"),
                            resources)


def test_a_later_higher_figure_is_an_update_and_a_same_day_one_a_conflict(resources):
    first = _write("Landslide in Garut buries a village", "Garut, Senin 6 Mei 2024",
                   "Tanah longsor menimbun desa di Garut. Badan bencana menyebut 12 warga tewas akibat longsor itu.",
                   resources)
    later = _write("Landslide toll in Garut rises", "Garut, Rabu 8 Mei 2024",
                   "Korban tanah longsor di Garut bertambah. Badan bencana menyebut 19 warga tewas akibat longsor itu.",
                   resources)
    same_day = _write("Landslide in Garut", "Garut, Senin 6 Mei 2024",
                      "Polisi menyebut 15 warga tewas akibat longsor itu di Garut.", resources)
    for a in (first, later, same_day):
        assert a.claims, a.body
    later.meta.outlet, first.meta.outlet, same_day.meta.outlet = "Outlet B", "Outlet A", "Outlet C"
    verdicts = {c.verdict for c in compare([first, later]) if c.kind == "claim"}
    assert "update" in verdicts
    verdicts = {c.verdict for c in compare([first, same_day]) if c.kind == "claim"}
    assert "conflict" in verdicts
