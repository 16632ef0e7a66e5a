"""The ordered, named per-article stages: the one place that knows the order.

Each stage is a pure function of (article, resources): no database, no network, no global state, so the same
pipeline runs in a loop, in a process pool or on Dask workers.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from warta import clean, meta
from warta.clean.templates import LEARNED_REASON
from warta.errors import InputError
from warta.facts import citations, claims, eventdates, quotes
from warta.ingest.decode import check_size, decode_text, gunzip_if_needed, is_html
from warta.ingest.exported import EXPORTED_BLOCKS
from warta.lang import reads
from warta.model import Article, Metadata, RawDocument
from warta.resources import Resources
from warta.text import entities, ner, sentences, tokens

StageFn = Callable[[Article, Resources], Article]

# No POS stage: no later stage reads Token.pos (the NER model does better without POS features, see
# warta.text.ner), and tagging cost 6 ms per Detik article. warta.text.pos.run tags an article when asked.


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: StageFn
    # Needs the words of a language warta reads (warta.lang.READ): a Korean or Russian page skips it.
    language_bound: bool = False


def _identity(article: Article, resources: Resources) -> Article:
    if article.meta.headline_only and article.meta.title.strip():
        article.body = article.meta.title.strip()  # a feed or JSON Lines item with a title and no text
    if not article.body.strip():
        raise InputError(article.origin, "no article text found")
    article.id = body_hash(identity_text(article))
    return article


def identity_text(article: Article) -> str:
    """The text an article is identified by: its body with the lines dropped only as learned furniture put back,
    so the same input gets the same id whatever the outlet's other pages taught the cleaner before."""
    if article.meta.headline_only:
        return article.body  # the title is all there is: no body block holds it
    return "\n\n".join(b.text for b in article.blocks
                        if b.kind in ("body", "heading") or b.reason == LEARNED_REASON)


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean.run),
    Stage("meta", meta.run),
    Stage("identity", _identity),
    Stage("sentences", sentences.run),
    Stage("tokens", tokens.run),
    Stage("mentions", ner.run, language_bound=True),
    Stage("entities", entities.run),
    Stage("citations", citations.run, language_bound=True),
    Stage("quotes", quotes.run, language_bound=True),
    Stage("dates", eventdates.run, language_bound=True),
    Stage("claims", claims.run, language_bound=True),
)


def start(raw: RawDocument) -> Article:
    """Decode a RawDocument into an Article with its source text and container hints; nothing cleaned yet."""
    decoded = _decode(raw)
    exported, html, text = decoded.exported, decoded.html, decoded.text
    hints = raw.hints
    meta = Metadata(
        title=hints.get("title", ""),
        outlet=hints.get("outlet", ""),
        url=raw.url or "",
        published=hints.get("published", ""),
        published_source="hint" if hints.get("published") else "",
        authors=[a.strip() for a in hints.get("author", "").split(",") if a.strip()],
        language=hints.get("language", ""),
        headline_only=hints.get("headline_only") == "true",
    )
    form = "html" if html else ("blocks" if exported else "text")
    return Article(id="", origin=raw.origin, meta=meta, format=form, source_text=text)


@dataclass(frozen=True, slots=True)
class _Decoded:
    data: bytes  # the document's own bytes, held: while remembered, no other document's bytes have their identity
    content_type: str | None
    exported: bool
    html: bool
    text: str


_last_decoded: list[_Decoded] = []  # at most one


def _decode(raw: RawDocument) -> _Decoded:
    """The document's text, remembered for the last document: the ingest driver starts each document to count its
    template lines and the pipeline starts it again right after (unzipping and decoding a scrapinghub page twice
    cost ~0.7 ms)."""
    last = _last_decoded[0] if _last_decoded else None
    if last is not None and last.data is raw.data and last.content_type == raw.content_type:
        return last
    data = gunzip_if_needed(raw.data, raw.origin)
    check_size(len(data), raw.origin)
    exported = raw.content_type == EXPORTED_BLOCKS
    html = not exported and is_html(data, raw.content_type)
    decoded = _Decoded(raw.data, raw.content_type, exported, html, decode_text(data, raw.origin, raw.content_type))
    _last_decoded[:] = [decoded]
    return decoded


def process(raw: RawDocument, resources: Resources, stages: tuple[Stage, ...] = STAGES) -> Article:
    """Run every stage; raises InputError when the input holds no article."""
    with _collector_paused():
        article = start(raw)
        for stage in stages:
            if stage.language_bound and not reads(article.meta.language):
                continue
            article = stage.run(article, resources)
    return article


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one article goes through the stages. The stages allocate hundreds of
    thousands of short-lived lists (NER features: 35 strings a word), freed by reference counting, and the
    collector kept walking them and the loaded models: it was 40% of the NER feature time. Whatever cycles an
    article leaves are collected as usual once it is done."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_SPACE = re.compile(r"\s+")


def body_hash(body: str) -> str:
    """Article identity: the same text, however spaced, cased or Unicode-composed, is the same article."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", body)).strip().casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
