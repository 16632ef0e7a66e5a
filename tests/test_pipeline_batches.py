"""Ingest commits in batches: an interrupt loses at most the batch in flight, and running again completes it.
The same pure pipeline runs in worker processes and gives the same articles."""

from __future__ import annotations

from collections.abc import Iterator

from ingest_pages import story, text_dump
from warta import batch
from warta.model import RawDocument
from warta.store import SQLiteStore

TOTAL = 10
BATCH = 3


def documents(interrupt_after: int | None = None) -> Iterator[RawDocument]:
    for n in range(TOTAL):
        if n == interrupt_after:
            raise KeyboardInterrupt  # Ctrl-C while the fourth batch is being filled
        yield RawDocument(data=text_dump(story(200 + n)).encode(), origin=f"doc-{n}.txt")


def test_an_interrupted_ingest_keeps_committed_batches_and_a_rerun_completes_it(tmp_path):
    path = str(tmp_path / "warta.db")
    with SQLiteStore(path) as store:
        try:
            batch.ingest_documents(store, documents(interrupt_after=7), batch_size=BATCH)
        except KeyboardInterrupt:
            pass
        else:
            raise AssertionError("the interrupt was swallowed")
    with SQLiteStore(path) as store:  # a new process, as after Ctrl-C
        kept = store.count_articles()
        assert kept == 6  # two whole batches; the third, in flight, is lost
        assert len(store.ungrouped_article_ids()) == kept  # stopped before the stories were updated
        report = batch.ingest_documents(store, documents(), batch_size=BATCH)
        assert (report.new, report.duplicate, report.failed) == (TOTAL - kept, kept, 0)
        assert store.count_articles() == TOTAL
        assert store.ungrouped_article_ids() == []  # the rerun also grouped what the first run stored
        again = batch.ingest_documents(store, documents(), batch_size=BATCH)
        assert (again.new, again.duplicate) == (0, TOTAL)


def test_worker_processes_give_the_same_articles(tmp_path):
    with SQLiteStore(str(tmp_path / "serial.db")) as serial, SQLiteStore(str(tmp_path / "pool.db")) as pooled:
        docs = [*documents(), RawDocument(data=b"\x00\x01\x02 not text", origin="blob.bin")]
        one = batch.ingest_documents(serial, docs, batch_size=BATCH)
        two = batch.ingest_documents(pooled, docs, batch_size=BATCH, workers=2)
        assert (one.new, two.new) == (TOTAL, TOTAL)
        assert one.errors == two.errors == ["blob.bin: binary data, not text or HTML"]
        assert [a.id for a in serial.iter_articles("ingested")] == [a.id for a in pooled.iter_articles("ingested")]
        assert [a.meta.title for a in serial.iter_articles()] == [a.meta.title for a in pooled.iter_articles()]


def test_stories_from_the_articles_held_in_memory_are_those_read_back_from_the_store(tmp_path, shared, monkeypatch):
    """The story update takes the ingest's new articles as they are (up to HELD_FOR_STORIES) instead of reading them
    back; past the cap it reads them back: both give the same stories."""
    seeds = [RawDocument(data=p.read_bytes(), origin=p.name) for p in sorted((shared / "corpus" / "seeds").glob("*"))]
    found = []
    for held in (batch.HELD_FOR_STORIES, 2, 0):
        monkeypatch.setattr(batch, "HELD_FOR_STORIES", held)
        with SQLiteStore(str(tmp_path / f"held-{held}.db")) as store:
            batch.ingest_documents(store, seeds, batch_size=2)
            found.append([store.get_story(s["id"]) for s in store.list_stories(order="largest")])
    assert found[0] == found[1] == found[2]
    assert any(len(s.articles) > 1 for s in found[0])  # the seeds hold two stories of several reports
