"""Metadata fields as one plain line each: no bidirectional controls, no line breaks, and a length a page can show.

A U+202E (right-to-left override) in an outlet name reversed the rest of its line on every list page, and a
5,000-character outlet or a 98,000-character title made pages 40,000 px wide. Article text is hostile; its
metadata is shown beside other articles', so it is bounded here, once, at ingest.
"""

from __future__ import annotations

import re

from warta.model import Metadata

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they change the direction of the text that
# follows them. The marks (U+200E, U+200F, U+061C) only set the direction of neutral characters and stay.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_SPACES = re.compile(r"\s+")

# Longest real values seen: titles 91 characters (UCI news aggregator sample, 6,366 rows) and 88 (Detik sample,
# 469 rows); publishers 62 (UCI). The caps leave room for three times that and more.
TITLE_CHARS = 300
SUBTITLE_CHARS = 600
NAME_CHARS = 120  # outlet, author, editor, section, tag, dateline


def strip_bidi(text: str) -> str:
    return text.translate(BIDI_CONTROLS)


def plain_field(text: str, limit: int) -> str:
    """One line, no direction controls, at most ``limit`` characters (cut at a space where one is near, with …)."""
    text = _SPACES.sub(" ", strip_bidi(text)).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.8 else cut).rstrip() + "…"


def bound_metadata(meta: Metadata) -> None:
    meta.title = plain_field(meta.title, TITLE_CHARS)
    meta.subtitle = plain_field(meta.subtitle, SUBTITLE_CHARS)
    for name in ("outlet", "outlet_group", "section", "dateline"):
        setattr(meta, name, plain_field(getattr(meta, name), NAME_CHARS))
    for name in ("authors", "editors", "tags"):
        values = [plain_field(v, NAME_CHARS) for v in getattr(meta, name)]
        setattr(meta, name, [v for v in values if v])
    for syndication in meta.syndication:
        syndication.outlet = plain_field(syndication.outlet, NAME_CHARS)
        syndication.original_title = plain_field(syndication.original_title, TITLE_CHARS)
