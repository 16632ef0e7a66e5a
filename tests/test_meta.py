"""Metadata: the seeds gold (titles, subtitles, authors, outlets or outlet groups, printed dates and inferred lower
bounds), the sample corpus, and credit, dateline and syndication lines written for this test."""

from __future__ import annotations

import json

import pytest

from warta.evaluate import meta as meta_eval
from warta.evaluate.meta import process_batch
from warta.meta import bylines, outlets, published
from warta.model import RawDocument


def test_seed_titles_subtitles_and_authors(seed_gold, seed_articles):
    for name, doc in seed_gold.documents.items():
        got = seed_articles[name].meta
        assert got.title == doc["title"], name
        assert got.subtitle == (doc["subtitle"] or ""), name
        assert got.authors == doc["authors"], name
        assert got.editors == doc.get("editors", []), name


def test_seed_publication_dates_and_lower_bounds(seed_gold, seed_articles):
    """Printed dates with their zone; never a page-header render date or a sidebar timestamp; without a printed
    date, the latest dated event of the body as an inferred lower bound."""
    for name, doc in seed_gold.documents.items():
        got = seed_articles[name].meta
        assert got.published == (doc["published"] or ""), name
        if doc.get("published_not_before"):
            assert got.published_not_before == doc["published_not_before"], name
            assert got.published_source == "inferred", name


def test_seed_outlets_and_groups_of_unnamed_outlets(seed_gold, seed_articles):
    groups: dict[str, set[str]] = {}
    for name, doc in seed_gold.documents.items():
        got = seed_articles[name].meta
        if doc["outlet"]:
            assert got.outlet == doc["outlet"], name
        else:
            assert got.outlet == "" and got.outlet_group, name
            groups.setdefault(doc["template_group"], set()).add(got.outlet_group)
    assert groups and all(len(g) == 1 for g in groups.values())
    assert len(set().union(*groups.values())) == len(groups)
    templates: dict[str, set[str]] = {}
    for name, doc in seed_gold.documents.items():
        templates.setdefault(doc["template_group"], set()).add(seed_articles[name].meta.template)
    assert all(len(t) == 1 for t in templates.values()) and len({*map(frozenset, templates.values())}) == len(templates)


def test_seed_datelines_tags_sections_and_syndication(seed_gold, seed_articles):
    for name, doc in seed_gold.documents.items():
        got = seed_articles[name].meta
        assert got.dateline == (doc["dateline"] or ""), name
        assert got.language == doc["language"], name
        if "tags" in doc:
            assert got.tags == doc["tags"], name
        if "section" in doc:
            assert got.section == doc["section"], name
        note = doc.get("syndicated_from")
        assert [(s.outlet, s.original_title) for s in got.syndication] == (
            [(note["source"], note["original_title"])] if note else []), name


def test_seed_batch_eval_is_exact(shared):
    assert meta_eval.run(shared / "gold" / "seeds.json")["accuracy"] == 1.0


def test_sample_corpus_pages_get_their_outlet_title_date_and_language(examples):
    expected = json.loads((examples / "expected.json").read_text(encoding="utf-8"))["articles"]
    names = [k for k in expected if k.startswith(("textdumps/", "html/"))]
    raws = [RawDocument(data=(examples / k).read_bytes(), origin=k) for k in names]
    for name, article in zip(names, process_batch(raws), strict=True):
        for field in ("outlet", "title", "published", "language"):
            assert getattr(article.meta, field) == expected[name][field], (name, field)


@pytest.mark.parametrize(("line", "authors", "editors"), [
    ("RABU, 05 JUNI 2024 | 10:15 WIB | LAPORAN: DEWI AYU LESTARI", ["Dewi Ayu Lestari"], []),
    ("Reporter: Budi Santoso | Editor: Sri Wahyuni", ["Budi Santoso"], ["Sri Wahyuni"]),
    ("Penulis: Agus Salim, Rina Marlina", ["Agus Salim", "Rina Marlina"], []),
    ("Editor: MUHAMMAD BIN ALI", [], ["Muhammad bin Ali"]),
    ("Joko Photo Verified Writer Joko", ["Joko"], []),
])
def test_credit_lines(line, authors, editors):
    from warta.clean.textdump import _reason
    from warta.model import Block

    block = Block(text=line, kind="boilerplate", source="line:1", reason=_reason(line))
    assert bylines.credits([block]) == (authors, editors)


@pytest.mark.parametrize(("paragraph", "place", "outlet"), [
    ("JAKARTA, KOMPAS.com - Hujan turun sejak pagi.", "Jakarta", "Kompas.com"),
    ("Medan, IDN Times - Banjir surut.", "Medan", "IDN Times"),
    ("TRIBUN-VIDEO.COM - Sebuah video beredar.", "", "Tribun Video"),
    ("KABARKITA.CO.ID - Warga berkumpul.", "", "Kabarkita"),
    ("Bandung - Jalan ditutup sementara.", "Bandung", ""),
    ("Warga berkumpul di balai desa.", "", ""),
])
def test_datelines(paragraph, place, outlet):
    found = outlets.dateline(paragraph)
    assert (found.place, found.outlet) == (place, outlet)


def test_outlet_from_url_uses_the_registered_domain():
    assert outlets.from_url("https://news.detik.com/berita/d-1/x") == "detikcom"
    assert outlets.from_url("https://www.kabarkita.co.id/a") == "kabarkita.co.id"


def test_lower_bound_ignores_announced_events():
    body = ["Rapat digelar pada Senin (3/6/2024) di balai kota.",
            "Hasilnya akan diumumkan pada 10 Juni 2024 mendatang."]
    assert published.lower_bound(body) == "2024-06-03"


def test_lower_bound_ignores_a_bond_maturity():
    body = ["Pemerintah melelang obligasi negara pada 21 Agustus 2007.",
            "Seri FR0046 mempunyai bunga tetap 9,5 persen dan jatuh tempo pada 15 Juli 2023."]
    assert published.lower_bound(body) == "2007-08-21"
    english = ["The bonds were auctioned on August 21, 2007.", "The series is to mature on July 15, 2023."]
    assert published.lower_bound(english) == "2007-08-21"
