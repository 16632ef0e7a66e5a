"""Provenance: the seeds' gold upstream sources, alias merging, copies with evidence, and the MinHash copy index."""

from __future__ import annotations

from warta.stories.dedup import DuplicateIndex, compare_texts
from warta.stories.provenance import provenance, source_key


def _story(seed_gold, seed_articles, story_id):
    docs = next(s["docs"] for s in seed_gold.stories if s["id"] == story_id)
    return [seed_articles[d] for d in docs]


def test_every_gold_upstream_source_is_an_edge_of_its_story(seed_gold, seed_articles):
    story_of = seed_gold.story_of()
    for gold in seed_gold.provenance:
        edges, _ = provenance(_story(seed_gold, seed_articles, story_of[gold["doc"]]))
        article = seed_articles[gold["doc"]]
        targets = {source_key(e.target): e.relation for e in edges if e.source == _outlet(edges, article)}
        for upstream in gold["upstream"]:
            assert source_key(upstream) in targets, (gold["doc"], upstream, edges)
            if "republication" in gold["relation"]:
                assert targets[source_key(upstream)] in ("republishes", "translates")


def _outlet(edges, article):
    from warta.stories.compare import outlet_name

    return outlet_name(article)


def test_the_recruitment_story_has_three_independent_upstream_sources(seed_gold, seed_articles):
    edges, independent = provenance(_story(seed_gold, seed_articles, "kz-recruitment-2023"))
    assert independent == 3
    translated = [e for e in edges if e.relation == "translates"]
    assert translated and "Eurasiantimes" in translated[0].target and translated[0].evidence


def test_aliases_of_one_source_share_a_key():
    assert source_key("Radio Free Europe/Radio Liberty") == source_key("RFE/RL")
    assert source_key("The Defense Post") == source_key("Defense Post")
    assert source_key("Eurasiantimes.com") == source_key("eurasiantimes")
    assert source_key("Reuters") != source_key("AKI Press")


def test_a_republished_copy_is_found_with_its_evidence(seed_articles):
    original = next(iter(seed_articles.values()))
    words = original.body.split()
    edited = " ".join(words[:40] + ["(diperbarui)"] + words[40:])
    near = compare_texts("copy", edited, original.id, original.body)
    assert near is not None and near.relation == "near copy" and near.similarity > 0.9
    exact = compare_texts("copy", original.body.upper(), original.id, original.body)
    assert exact is not None and exact.relation == "exact copy"
    sentence = max((original.sentence_text(i) for i in range(len(original.sentences))), key=len)
    passage = compare_texts("quote", f"Di tempat lain diberitakan hal lain. {sentence} Lalu hal lain terjadi.",
                            original.id, original.body)
    assert passage is not None and passage.relation == "shared passages" and sentence[:40] in passage.evidence


def test_the_copy_index_finds_copies_and_forgets_the_oldest(seed_articles):
    articles = list(seed_articles.values())
    index = DuplicateIndex(capacity=3)
    for a in articles:
        assert index.add(a.id, a.body) is None  # the five seeds copy nothing from each other
    assert len(index.signatures) == 3
    words = articles[-1].body.split()
    found = index.add("copy", " ".join(words[:-3]))
    assert found is not None and found[0] == articles[-1].id
    assert index.add("old-copy", articles[0].body) is None  # evicted: no longer an original
