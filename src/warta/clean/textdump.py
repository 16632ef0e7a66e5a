"""Text dumps of whole pages: classify each line as title, subtitle, body, heading or boilerplate."""

from __future__ import annotations

import re

from warta.model import Article, Block
from warta.resources import Resources

_LINK_CUES = re.compile(r"^(baca juga|baca|simak|lihat juga|tonton juga|artikel terkait)\s*:", re.I)
_SCROLL = re.compile(r"^scroll to continue", re.I)
_HEADING = re.compile(r"^\d{1,2}\.\s+\S")
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
# Body lines in the seeds and in detik bodies are full sentences: 8 words is below the shortest body paragraph
# of the seeds and above their longest menu or sidebar line that ends in punctuation.
MIN_BODY_WORDS = 8


def clean(article: Article, resources: Resources) -> None:
    lines = [(n, line.strip()) for n, line in enumerate(article.source_text.splitlines(), start=1)]
    lines = [(n, text) for n, text in lines if text]
    blocks: list[Block] = []
    title_seen = False
    for n, text in lines:
        kind, reason = classify(text)
        if kind == "body" and not title_seen:
            kind = "boilerplate"
            reason = "before-title"
        if kind == "candidate-title" and not title_seen:
            kind, title_seen = "title", True
        elif kind == "candidate-title":
            kind, reason = "boilerplate", "short-line"
        blocks.append(Block(text=text, kind=kind, source=f"line:{n}", reason=reason))
    article.blocks = blocks


def classify(text: str) -> tuple[str, str]:
    if _LINK_CUES.match(text):
        return "boilerplate", "related-link"
    if _SCROLL.match(text):
        return "boilerplate", "scroll-prompt"
    words = text.split()
    if _HEADING.match(text) and len(words) <= 20:
        return "heading", ""
    if len(words) >= MIN_BODY_WORDS and _SENTENCE_END.search(text):
        return "body", ""
    if len(words) >= 4 and not _SENTENCE_END.search(text):
        return "candidate-title", ""
    return "boilerplate", "short-line"
