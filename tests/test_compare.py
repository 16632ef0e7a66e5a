"""Fact comparison within a story: the seeds' gold comparisons, and written cases of conflict and update."""

from __future__ import annotations

from dataclasses import replace

from warta import pipeline
from warta.evaluate.stories import comparison_matches
from warta.model import Article, RawDocument
from warta.stories import compare as compare_module
from warta.stories.compare import by_verdict, claim_facts, claim_links, compare


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


def _same_day_pair(one: str, other: str, resources) -> set[str]:
    first = _write("Ferry fire off Tanjung Kelam", "Tanjung Kelam, Sabtu 18 Mei 2024", one, resources)
    second = _write("Ferry fire off Tanjung Kelam", "Tanjung Kelam, Sabtu 18 Mei 2024", other, resources)
    first.meta.outlet, second.meta.outlet = "Outlet A", "Outlet B"
    return {c.verdict for c in compare([first, second]) if c.kind == "claim" and c.verdict != "only-one-outlet"}


def test_figures_agree_only_within_their_hedges(resources):
    # a bound above 250 and "about 230" cannot both hold; 205 and 212 survivors are two figures, not one rounded
    assert _same_day_pair("Tim SAR mengevakuasi lebih dari 250 orang dari kapal yang terbakar itu.",
                          "Tim SAR mengevakuasi sekitar 230 orang dari kapal yang terbakar itu.",
                          resources) == {"conflict"}
    assert _same_day_pair("Sebanyak 205 penumpang selamat dari kapal yang terbakar itu.",
                          "Sebanyak 212 penumpang selamat dari kapal yang terbakar itu.", resources) == {"conflict"}
    # a round figure is a rounded report: "11 ribu" and 11.200 agree, and "about 230" with 235
    assert _same_day_pair("Sebanyak 11 ribu warga mengungsi akibat kebakaran itu.",
                          "Sebanyak 11.200 warga mengungsi akibat kebakaran itu.", resources) == {"agree"}
    assert _same_day_pair("Tim SAR mengevakuasi sekitar 230 orang dari kapal yang terbakar itu.",
                          "Tim SAR mengevakuasi 235 orang dari kapal yang terbakar itu.", resources) == {"agree"}


def test_units_read_as_words_and_comparisons_by_verdict(resources):
    a = _write("Beras impor tiba", "Medan, Senin 20 Oktober 2025", "Pemerintah mendatangkan 50 ton beras ke Medan.",
               resources)
    assert [(c.value, c.unit) for c in a.claims] == [(50, "tonnes")]
    found = compare([a, _write("Beras impor tiba", "Medan, Senin 20 Oktober 2025",
                               "Pemerintah mendatangkan 60 ton beras ke Medan.", resources)])
    assert [c.verdict for c in by_verdict(found)][0] == "conflict"


def test_claim_links_score_only_pairs_that_can_align_and_miss_none(seed_articles):
    # the seeds' claims, every article against every other: the links equal those of scoring every two claims
    facts = [claim_facts(a) for a in sorted(seed_articles.values(), key=lambda a: a.id)]
    # and each article's claims counted in another unit, their figures 10% up: they align by figure alone
    facts += [[replace(f, claim=replace(f.claim, value=f.claim.value * 1.1, unit="other")) for f in own]
              for own in facts]
    found = 0
    for earlier in facts:
        for later in facts:
            every = [(k, m, score) for k, f in enumerate(earlier) for m, g in enumerate(later)
                     if (score := compare_module._claim_similarity(f, g)) >= compare_module.CLAIM_MATCH]
            assert claim_links(earlier, later) == every
            found += len(every)
    assert found
