"""The mention, entity and fact stages do work linear in the article: ten times the paragraphs, about ten times
the reads of its sentences, mentions, entities, citations, quotes and dates (issue 13: four stages were quadratic)."""

from __future__ import annotations

from dataclasses import fields

from warta import pipeline
from warta.model import Citation, DateRef, Entity, Mention, Quote, RawDocument, Sentence
from warta.resources import Resources

PARAGRAPHS = [
    '"Kami akan memperbaiki jalan itu bulan depan," kata Bupati Boyolali Mohammad Said Hidayat di Boyolali.',
    "Kepala BPBD Jawa Tengah Bergas Penanggungan mengatakan bahwa banjir merendam tiga desa sejak Senin.",
    "Menurut Bergas, warga sudah dievakuasi ke balai desa, seperti dilansir detikJateng dari Antara.",
    "Ia menambahkan bahwa bantuan logistik akan tiba besok pagi di lokasi pengungsian.",
]


def _counting(cls: type) -> type:
    """A subclass of a model dataclass whose every field read adds one to READS."""

    def read(self, name):
        if not name.startswith("__"):
            READS[0] += 1
        return object.__getattribute__(self, name)

    return type(f"Counting{cls.__name__}", (cls,), {"__slots__": (), "__getattribute__": read})


READS = [0]


def _counted(items: list, cls: type) -> list:
    counting = _counting(cls)
    out = []
    for item in items:
        copy = counting.__new__(counting)
        for f in fields(cls):
            object.__setattr__(copy, f.name, getattr(item, f.name))
        out.append(copy)
    return out


def _reads(copies: int, resources: Resources) -> tuple[dict[str, int], int]:
    """Reads of the article's lists by each stage from the mentions on, and the quotes found."""
    text = "Banjir di Boyolali\n\n" + "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(copies)) + "\n"
    article = pipeline.start(RawDocument(data=text.encode("utf-8"), origin="linear.txt", content_type="text/plain",
                                         hints={"published": "2025-10-17T10:00:00+07:00"}))
    reads: dict[str, int] = {}
    for stage in pipeline.STAGES:
        if stage.name in ("mentions", "entities", "citations", "quotes", "dates", "claims"):
            article.sentences = _counted(article.sentences, Sentence)
            article.mentions = _counted(article.mentions, Mention)
            article.entities = _counted(article.entities, Entity)
            article.citations = _counted(article.citations, Citation)
            article.quotes = _counted(article.quotes, Quote)
            article.dates = _counted(article.dates, DateRef)
            READS[0] = 0
            article = stage.run(article, resources)
            reads[stage.name] = READS[0]
        else:
            article = stage.run(article, resources)
    return reads, len(article.quotes)


def test_fact_and_entity_stages_read_the_article_a_linear_number_of_times():
    resources = Resources()
    (short, short_quotes), (long, long_quotes) = _reads(40, resources), _reads(400, resources)
    assert long_quotes >= 10 * short_quotes > 0  # the long article's quotes are all found
    for stage, count in short.items():
        # linear: ten times the text, about ten times the reads (a quadratic stage reads about 100 times as much)
        assert long[stage] <= 13 * max(count, 1), (stage, count, long[stage])
