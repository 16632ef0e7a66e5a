"""Cleaning: keep the article body, drop page furniture. Text dumps and HTML have their own cleaners."""

from __future__ import annotations

from warta.clean import html, joins, textdump
from warta.model import Article
from warta.resources import Resources


def run(article: Article, resources: Resources) -> Article:
    if article.format == "html":
        html.clean(article, resources)
    else:
        textdump.clean(article, resources)
    for block in article.blocks:
        block.text = joins.split_joins(block.text)  # "dilansirAntara": link text run into its neighbours
    article.body = "\n\n".join(b.text for b in article.blocks if b.kind in ("body", "heading"))
    return article
