"""Cleaning: keep the article body, drop page furniture. Text dumps and HTML have their own cleaners; the lines
the outlet's other stories taught us are furniture (``templates``) are dropped after them, never the whole body."""

from __future__ import annotations

from warta.clean import html, joins, textdump
from warta.clean.templates import LEARNED_REASON, TemplateStats, line_key
from warta.ingest.exported import read_exported
from warta.model import Article, Block
from warta.resources import Resources

# Learned furniture is dropped only while this share of the body's characters stays: a page that would lose more
# is a story seen before under another digest (a version), whose prose is not furniture, whatever the counts say.
MIN_KEPT_SHARE = 0.5


def run(article: Article, resources: Resources) -> Article:
    if article.format == "html":
        html.clean(article, resources)
    elif article.format == "blocks":
        article.blocks = exported_blocks(article.source_text)
    else:
        textdump.clean(article, resources)
    drop_learned(article.blocks, learned_furniture(article, resources))
    for block in article.blocks:
        block.text = joins.split_joins(block.text)  # "dilansirAntara": link text run into its neighbours
    article.body = "\n\n".join(b.text for b in article.blocks if b.kind in ("body", "heading"))
    return article


_KINDS = frozenset({"title", "subtitle", "body", "heading", "boilerplate"})


def exported_blocks(source_text: str) -> list[Block]:
    """The blocks of an article written by `warta export`, as classified when it was first ingested."""
    return [Block(text=b["text"], kind=b["kind"] if b["kind"] in _KINDS else "boilerplate", source=b["source"],
                  reason=b["reason"]) for b in read_exported(source_text)]


def learned_furniture(article: Article, resources: Resources) -> frozenset[str]:
    """The line keys the ingest driver found to be furniture for this document (``furniture``), or, where the
    caller only passes the statistics (the evaluations), what they say now."""
    given = resources.option("furniture")
    if given is not None:
        return given
    stats: TemplateStats | None = resources.option("templates")
    return stats.furniture_of(article) if stats is not None else frozenset()


def drop_learned(blocks: list[Block], furniture: frozenset[str]) -> None:
    if not furniture:
        return
    body = [b for b in blocks if b.kind in ("body", "heading")]
    learned = [b for b in body if line_key(b.text) in furniture]
    total = sum(len(b.text) for b in body)
    if not learned or total - sum(len(b.text) for b in learned) < MIN_KEPT_SHARE * total:
        return
    for block in learned:
        block.kind, block.reason = "boilerplate", LEARNED_REASON
