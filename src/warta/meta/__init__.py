"""Metadata: title, outlet, publication time, authors, language; from container hints, HTML and the text."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import trafilatura

from warta.meta.dates import find_datetime
from warta.meta.language import detect_language
from warta.model import Article
from warta.resources import Resources

_DATELINE_OUTLET = re.compile(r"^(?P<place>[A-Z][\w .'-]{1,40}?),\s*(?P<outlet>[A-Z][\w .-]{1,40}?)\s+[-–—]\s")


def run(article: Article, resources: Resources) -> Article:
    meta = article.meta
    if article.format == "html":
        _from_html(article)
    if not meta.title:
        meta.title = next((b.text for b in article.blocks if b.kind == "title"), "")
    if not meta.published:
        _from_text_dates(article)
    if not meta.outlet:
        meta.outlet = _outlet_from_text(article) or _outlet_from_url(meta.url)
    meta.language = meta.language or detect_language(f"{meta.title}\n{article.body}")
    return article


def _from_html(article: Article) -> None:
    found = trafilatura.extract_metadata(article.source_text, default_url=article.meta.url or None)
    if found is None:
        return
    meta = article.meta
    meta.title = meta.title or (found.title or "")
    meta.outlet = meta.outlet or (found.sitename or "")
    meta.url = meta.url or (found.url or "")
    if not meta.published and found.date:
        meta.published, meta.published_source = found.date, "meta"
    if not meta.authors and found.author:
        meta.authors = [a.strip() for a in found.author.split(";") if a.strip()]
    if not meta.tags and found.tags:
        meta.tags = list(found.tags)


def _from_text_dates(article: Article) -> None:
    """A date line near the title, outside the body, is the publication time."""
    for block in article.blocks[:12]:
        if block.kind == "body":
            break
        found = find_datetime(block.text)
        if found:
            article.meta.published, article.meta.published_source = found[0], "byline"
            return


def _outlet_from_text(article: Article) -> str:
    for block in article.blocks:
        if block.kind == "body":
            m = _DATELINE_OUTLET.match(block.text)
            if m:
                article.meta.dateline = article.meta.dateline or m.group("place").strip()
                return m.group("outlet").strip()
            return ""
    return ""


def _outlet_from_url(url: str) -> str:
    host = urlsplit(url).netloc.lower() if url else ""
    return host.removeprefix("www.")
