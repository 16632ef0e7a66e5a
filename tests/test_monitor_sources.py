"""Sitemaps (news sitemaps, sitemap indexes) and section pages as sources, on 127.0.0.1; story-event alerts over the
sample corpus."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest

from conftest import new_store_path
from monitor_site import NewsSite, article_path, section_page, serving
from warta import batch
from warta.errors import InputError
from warta.ingest.web import Fetcher
from warta.monitor.alerts import AlertBook
from warta.monitor.links import article_links, looks_like_article
from warta.monitor.sources import SourceBook
from warta.monitor.watch import Watcher
from warta.store import SQLiteStore, open_store


def test_a_section_page_yields_its_article_links_only():
    base = "http://127.0.0.1:1/daerah"
    links = article_links(section_page([361, 362]).encode(), base)
    assert links == [f"http://127.0.0.1:1{article_path(361)}", f"http://127.0.0.1:1{article_path(362)}"]


def test_sitemap_and_section_page_sources_share_their_seen_links(tmp_path):
    with serving(NewsSite()) as site, SQLiteStore(str(tmp_path / "s.db")) as store:
        site.listed = [351, 352]
        book = SourceBook(store)
        # both due now, the sitemap first (a section page due a millisecond ahead was not yet due when polled fast)
        sitemap = book.add(f"{site.base}/sitemap-index.xml", every=600.0, name="sitemap", now=time.time() - 2)
        section = book.add(f"{site.base}/daerah", every=600.0, name="daerah", now=time.time() - 1)
        watcher = Watcher(store, lambda: Fetcher(timeout=2.0, delay=0.0), on_poll=lambda result: None)
        first = {r.source.name: r for r in watcher.poll_due()}
        assert (first["sitemap"].new, first["daerah"].links) == (2, 0)  # the page lists nothing new
        site.listed.append(353)
        store.db.execute("UPDATE sources SET next_poll = 0")
        store.db.commit()
        second = {r.source.name: r for r in watcher.poll_due()}
        watcher.close()
        assert second["sitemap"].new + second["daerah"].new == 1
        assert {s.name: s.kind for s in book.all()} == {"sitemap": "sitemap", "daerah": "page"}
        rows = store.db.execute("SELECT url, outlet, title, published FROM articles ORDER BY url").fetchall()
        assert book.get(sitemap.id).failures == 0 and book.get(section.id).failures == 0
    assert [r[0] for r in rows] == [f"{site.base}{article_path(n)}" for n in (351, 352, 353)]
    for n in (351, 352, 353):
        assert site.requests[article_path(n)] == 1
    # the news sitemap's publication name became the outlet (the pages name none)
    assert rows[0][1] == "Kabar Kota"
    assert site.requests["/missing.xml"] == 2  # a broken child sitemap is skipped, the others read


def test_story_alerts_fire_once_per_story_event(request, backend, tmp_path, examples):
    with open_store(new_store_path(request, backend, tmp_path)) as store:
        alerts = AlertBook(store)
        outlets = alerts.add("spread", "story-outlets", "2")
        upstream = alerts.add("upstream", "story-upstream")
        batch.ingest(store, [str(examples / kind) for kind in ("html", "feeds", "textdumps")], fetch=False)
        assert alerts.check()
        again = alerts.check()
        spread = {h.data["story"] for h in alerts.hits(outlets.id, limit=1000)}
        wide = set()
        for row in store.list_stories(limit=1000):
            story = store.get_story(row["id"])
            names = {a.meta.outlet for a in map(store.get_article, story.articles)}
            if len(names) >= 2 and "" not in names:
                wide.add(story.id)
        sources = alerts.hits(upstream.id, limit=1000)
    assert again == []  # nothing new stored: nothing new to tell
    assert wide and wide <= spread
    assert sources and all(h.data["source"] and h.link == f"/stories/{h.data['story']}" for h in sources)


def test_real_article_urls_look_like_articles_and_sections_do_not(shared):
    """The Scrapinghub benchmark's 181 article URLs (171 pass today); section fronts of the same sites do not."""
    truth = json.loads((shared / "data" / "scrapinghub-article-extraction-benchmark" / "ground-truth.json").read_text())
    urls = [item["url"] for item in truth.values()]
    assert sum(map(looks_like_article, urls)) / len(urls) >= 0.9
    sections = {urlsplit(u)._replace(path="/" + urlsplit(u).path.strip("/").split("/")[0], query="").geturl()
                for u in urls if urlsplit(u).path.count("/") > 2}
    assert sum(map(looks_like_article, sections)) / len(sections) <= 0.2


def test_a_robots_txt_error_holds_until_the_fetcher_forgets_it():
    with serving(NewsSite()) as site:
        site.feeds["desa"] = [371]
        site.robots_down = True
        fetcher = Fetcher(timeout=2.0, delay=0.0)
        try:
            with pytest.raises(InputError, match="robots.txt unavailable"):
                fetcher.fetch(f"{site.base}/feeds/desa.xml")
            site.robots_down = False
            with pytest.raises(InputError, match="robots.txt unavailable"):  # the answer is kept ...
                fetcher.fetch(f"{site.base}/feeds/desa.xml")
            fetcher.forget_robots()  # ... until the watch reads robots.txt afresh (hourly)
            assert fetcher.fetch(f"{site.base}/feeds/desa.xml").data
        finally:
            fetcher.close()
    assert site.requests["/robots.txt"] == 2
