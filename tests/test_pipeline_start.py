"""Starting a document decodes it once for the ingest driver and the pipeline: the text remembered for the last
document is never handed to another one."""

from __future__ import annotations

import gzip

from warta import pipeline
from warta.ingest.exported import EXPORTED_BLOCKS
from warta.model import RawDocument


def _pages(shared, n: int) -> list[bytes]:
    return [p.read_bytes() for p in
            sorted((shared / "data" / "scrapinghub-article-extraction-benchmark" / "html").glob("*.html.gz"))[:n]]


def test_each_document_starts_with_its_own_text_however_often_started(shared):
    first, second = _pages(shared, 2)
    raw = RawDocument(data=first, origin="page.html.gz")
    again = pipeline.start(raw)
    assert pipeline.start(raw).source_text == again.source_text == gzip.decompress(first).decode("utf-8")
    other = pipeline.start(RawDocument(data=second, origin="page.html.gz"))  # same origin, other bytes
    assert other.source_text == gzip.decompress(second).decode("utf-8")
    declared = pipeline.start(RawDocument(data=second, origin="page.html.gz", content_type=EXPORTED_BLOCKS))
    assert (other.format, declared.format) == ("html", "blocks")  # the same bytes declared otherwise


def test_a_started_document_is_a_new_article_each_time(shared):
    raw = RawDocument(data=_pages(shared, 1)[0], origin="page.html.gz")
    counted = pipeline.start(raw)
    counted.meta.title = "changed by whoever started it first"
    assert pipeline.start(raw).meta.title == ""
