"""HTML cleaning: trafilatura plus warta's furniture filter, scored with the scrapinghub benchmark's own measure
beside trafilatura alone, and Indonesian furniture dropped from pages written for this test."""

from __future__ import annotations

import gzip
import json

import trafilatura

from warta import clean, meta
from warta.evaluate.clean import clean_batch, shingle_scores
from warta.model import RawDocument
from warta.pipeline import start
from warta.resources import Resources

SLICE = 40  # pages of the benchmark (sorted by id) in this test; all 181 are `warta eval clean`


def test_scrapinghub_slice_scores_at_least_trafilatura(shared):
    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:SLICE]
    pages = {i: gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    raws = [RawDocument(data=pages[i], origin=i, url=truth[i]["url"], content_type="text/html") for i in ids]
    gold = {i: truth[i]["articleBody"] for i in ids}
    ours = shingle_scores(gold, {i: a.body for i, a in zip(ids, clean_batch(raws), strict=True)})
    theirs = shingle_scores(gold, {i: trafilatura.extract(pages[i].decode(), include_comments=False) or ""
                                   for i in ids})
    assert ours["f1"] >= theirs["f1"], (ours, theirs)
    assert ours["f1"] >= 0.9


def test_shingle_scores_follow_the_benchmark_definition():
    gold = {"a": "one two three four five", "b": ""}
    assert shingle_scores(gold, {"a": "one two three four five", "b": ""})["f1"] == 1.0
    half = shingle_scores({"a": "one two three four five"}, {"a": "one two three four"})
    assert half["precision"] == 1.0 and half["recall"] == 0.5  # 1 of 2 gold shingles, nothing extra


PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Pasar Apung Kembali Dibuka Setelah Banjir Surut | Kabar Kita</title>
<meta property="og:title" content="Pasar Apung Kembali Dibuka Setelah Banjir Surut">
<meta property="og:site_name" content="Kabar Kita">
<meta property="article:published_time" content="2024-06-03T09:15:00+07:00">
<meta name="author" content="Rina Lestari"></head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>Pasar Apung Kembali Dibuka Setelah Banjir Surut</h1>
<p>Para pedagang pasar apung di tepi sungai kembali berjualan pada Senin pagi setelah air banjir yang merendam
kawasan itu selama empat hari mulai surut.</p>
<p>Baca juga: Harga Ikan Patin Turun Menjelang Akhir Pekan</p>
<p>Seorang pedagang sayur mengatakan pembeli masih sepi karena sebagian warga belum kembali dari lokasi
pengungsian di balai desa.</p>
<p>Pemerintah kecamatan berjanji membersihkan lumpur di dermaga pasar sebelum akhir pekan agar perahu pembeli
dapat merapat dengan aman.</p>
<p>Artikel ini telah tayang di Warta Sungai dengan judul Pedagang Pasar Apung Mulai Berjualan Lagi</p>
</article><footer>Hak cipta dilindungi undang-undang.</footer></body></html>"""


def test_indonesian_html_page_drops_links_and_keeps_metadata():
    article = start(RawDocument(data=PAGE.encode(), origin="pasar.html", url="https://kabarkita.example/pasar",
                                content_type="text/html"))
    article = meta.run(clean.run(article, Resources()), Resources())
    assert "Baca juga" not in article.body and "Artikel ini telah tayang" not in article.body
    assert article.body.count("\n\n") == 2  # three paragraphs
    assert article.meta.title == "Pasar Apung Kembali Dibuka Setelah Banjir Surut"
    assert article.meta.outlet == "Kabar Kita"
    assert article.meta.published == "2024-06-03T09:15:00+07:00"
    assert article.meta.authors == ["Rina Lestari"]
    assert [(s.outlet, s.original_title) for s in article.meta.syndication] == [
        ("Warta Sungai", "Pedagang Pasar Apung Mulai Berjualan Lagi")]


def test_one_parse_serves_the_template_lines_and_trafilatura_as_its_own_parse_would(shared):
    """The cleaner reads the tree the template statistics parsed (no second parse), and finds what trafilatura
    finds from the page's text with its own metadata pass; the tree its metadata reader pruned is not handed out
    again."""
    from trafilatura.utils import load_html

    from warta.clean import html, pages
    from warta.clean.templates import template_lines

    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pruned = 0
    for i in sorted(truth)[:8]:
        source = gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8")
        assert template_lines(source, True)
        tree = pages.tree(source)
        assert pages.tree("".join(source)) is tree  # the same page decoded again: the remembered parse
        ours = html.extract(source, truth[i]["url"])
        theirs = trafilatura.bare_extraction(source, url=truth[i]["url"], include_comments=False, with_metadata=True)
        assert ours is not None and theirs is not None
        for field in ("text", "title", "description", "author", "url", "sitename", "date", "categories", "tags"):
            assert getattr(ours, field) == getattr(theirs, field), (i, field)
        again = pages.tree(source)  # the author reader pruned the tree: asked again, the page is parsed again
        assert again is not tree
        assert len(list(again.iter())) == len(list(load_html(source).iter()))
        pruned += len(list(tree.iter())) < len(list(again.iter()))
    assert pruned  # pages without an author in their meta tags
