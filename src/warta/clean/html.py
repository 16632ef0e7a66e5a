"""HTML pages: trafilatura finds the main text; its paragraphs become body blocks."""

from __future__ import annotations

import trafilatura

from warta.model import Article, Block
from warta.resources import Resources


def clean(article: Article, resources: Resources) -> None:
    text = trafilatura.extract(
        article.source_text,
        url=article.meta.url or None,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        deduplicate=True,
    )
    blocks = []
    for paragraph in (text or "").split("\n"):
        paragraph = paragraph.strip()
        if paragraph:
            blocks.append(Block(text=paragraph, kind="body", source="html:p"))
    article.blocks = blocks
