"""HTML pages: trafilatura finds the main text and the metadata; warta then drops the furniture trafilatura keeps
(related-article links, prompts, captions); lines learned from the outlet's other stories go in ``clean.run``.

The metadata trafilatura reads from meta tags (title, authors, sitename, tags, categories, description) is kept on
the article for the meta stage, which also re-reads the date with htmldate's original-date mode.
"""

from __future__ import annotations

import trafilatura

from warta.clean import cues, page_metadata, pages
from warta.model import Article, Block
from warta.resources import Resources

# Furniture cues that trafilatura's output still holds on Indonesian pages ("Baca juga: ...", "SCROLL TO CONTINUE").
_DROP = (("related-link", cues.related_link), ("prompt", cues.prompt), ("promo", cues.promo),
         ("sidebar", cues.sidebar_header),
         ("caption", cues.photo_credit), ("source-credit", cues.source_credit), ("syndication", cues.syndication),
         ("credit", cues.credit), ("badge", cues.badge), ("copyright", cues.copyright_or_disclaimer),
         ("tags", cues.tag_line))
# A section kicker ("Asia", "Tekno") that trafilatura keeps above the headline has 1-3 words, as in the sample
# corpus pages; a heading inside the article comes after the first paragraph.
KICKER_WORDS = 3
KICKER_CHARS = 30  # and few characters, for scripts written without spaces



def extract(source: str, url: str | None) -> trafilatura.settings.Document | None:
    """trafilatura's body (the settings of its own benchmark runs: no comments) and the page's metadata, both read
    from the tree the template statistics read (trafilatura prunes a copy of it)."""
    tree = pages.tree(source)
    if tree is None:
        return None
    found = trafilatura.bare_extraction(tree, url=url, include_comments=False)
    if found is None:
        return None
    meta = page_metadata.read(tree, url)
    pages.spend(source)  # the metadata reader pruned the tree
    meta.text = found.text
    return meta


def clean(article: Article, resources: Resources) -> None:
    found = extract(article.source_text, article.meta.url or None)
    title = cues.normalise(found.title or "") if found is not None else ""
    blocks = [Block(text=title, kind="title", source="html:title")] if title else []
    after_header = False
    for paragraph in ((found.text if found is not None else "") or "").split("\n"):
        text = cues.normalise(paragraph)
        if not text:
            continue
        kind, reason = classify(text)
        if kind == "body" and text.casefold() in (title.casefold(), title.casefold().split(" | ")[0]):
            kind, reason = "boilerplate", "title-repeat"
        elif kind == "body" and after_header and cues.bullet(text):
            kind, reason = "boilerplate", "related-list"
        after_header = reason in ("sidebar", "related-link", "related-list") or (after_header and not text)
        blocks.append(Block(text=text, kind=kind, source="html:p", reason=reason))
    _drop_kickers(blocks)
    article.blocks = blocks
    if found is not None:
        _keep_metadata(article, found)


def _drop_kickers(blocks: list[Block]) -> None:
    """Short label lines right above the repeated headline are section kickers ("Asia", "Tekno"), not body."""
    repeat = next((i for i, b in enumerate(blocks) if b.reason == "title-repeat"), None)
    if repeat is None:
        return
    for block in reversed(blocks[:repeat]):
        text = block.text
        if block.kind != "body" or len(cues.words(text)) > KICKER_WORDS or len(text) > KICKER_CHARS \
                or cues.ends_sentence(text):
            return
        block.kind, block.reason = "boilerplate", "section"


def classify(text: str) -> tuple[str, str]:
    for reason, test in _DROP:
        if test(text):
            return "boilerplate", reason
    return "body", ""


def _keep_metadata(article: Article, found: trafilatura.settings.Document) -> None:
    meta = article.meta
    meta.title = meta.title or cues.normalise(found.title or "")
    meta.subtitle = meta.subtitle or cues.normalise(found.description or "")
    meta.url = meta.url or (found.url or "")
    meta.outlet = meta.outlet or (found.sitename or "")
    if not meta.authors and found.author:
        meta.authors = [a.strip() for a in found.author.split(";") if a.strip()]
    if not meta.tags and found.tags:
        meta.tags = [t.strip() for tags in found.tags for t in tags.split(",") if t.strip()]
    if not meta.published and found.date:
        # trafilatura asks htmldate for the original (not the last-modified) date: 0.906 day accuracy on
        # htmldate-eval's eval_default against 0.834 for htmldate's default settings
        meta.published, meta.published_source = found.date, "meta"
    if not meta.section and found.categories:
        meta.section = found.categories[0]
