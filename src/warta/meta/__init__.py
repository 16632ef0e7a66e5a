"""Metadata: title, subtitle, outlet, publication time, authors, editors, tags, section, dateline, language,
template and syndication; from container hints, HTML meta tags (read by the HTML cleaner) and the text itself."""

from __future__ import annotations

from warta.clean import cues
from warta.clean.templates import furniture_keys, template_id
from warta.meta import bylines, outlets, published
from warta.meta.fields import bound_metadata
from warta.meta.language import detect_language
from warta.model import Article, Block, Metadata, Syndication
from warta.resources import Resources


def run(article: Article, resources: Resources) -> Article:
    meta = article.meta
    blocks = article.blocks
    meta.title = meta.title or next((b.text for b in blocks if b.kind == "title"), "")
    meta.subtitle = meta.subtitle or next((b.text for b in blocks if b.kind == "subtitle"), "")
    meta.language = meta.language or detect_language(f"{meta.title}\n{article.body}")
    _credits(meta, blocks)
    _place_and_outlet(article)
    _publication(article)
    meta.section = meta.section or _section(blocks)
    meta.syndication = meta.syndication or syndications(blocks)
    if article.format != "html":
        # the page's own fingerprint; the ingest driver maps it to a known template of the outlet, in input order
        meta.template = meta.template or template_id(furniture_keys(blocks))
        if not meta.outlet:
            meta.outlet_group = meta.template
    bound_metadata(meta)
    return article


def _credits(meta: Metadata, blocks: list[Block]) -> None:
    authors, editors = bylines.credits(blocks)
    meta.authors = meta.authors or authors
    meta.editors = meta.editors or editors
    meta.tags = meta.tags or bylines.tags(blocks)


def _place_and_outlet(article: Article) -> None:
    meta = article.meta
    first = next((b.text for b in article.blocks if b.kind == "body"), "")
    found = outlets.dateline(first)
    meta.dateline = meta.dateline or found.place
    meta.outlet = meta.outlet or found.outlet or outlets.from_url(meta.url)


def _publication(article: Article) -> None:
    meta = article.meta
    if meta.published:
        if article.format == "html" and len(meta.published) == len("2024-05-15"):
            meta.published = published.html_stamp(article.source_text, meta.published) or meta.published
        return
    if article.format != "html":
        found = published.printed(article.blocks, meta.language)
        if found is not None:
            meta.published, meta.published_source = found.iso(), "byline"
            return
    bound = published.lower_bound([b.text for b in article.blocks if b.kind in ("body", "heading")])
    if bound:
        meta.published_not_before, meta.published_source = bound, "inferred"


def _section(blocks: list[Block]) -> str:
    text = next((b.text for b in blocks if b.reason == "section"), "")
    return text.title() if text.isupper() else text


def syndications(blocks: list[Block]) -> list[Syndication]:
    """"Artikel ini telah tayang di X dengan judul Y" notes, as structured data."""
    out = []
    for block in blocks:
        m = cues.syndication(block.text) if block.kind == "boilerplate" else None
        if m:
            groups = m.groupdict()
            out.append(Syndication(outlet=groups["outlet"].strip(), original_title=(groups.get("title") or "").strip(),
                                   url=groups.get("url") or ""))
    return out
