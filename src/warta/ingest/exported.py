"""warta's own exported blocks read back: a JSON Lines export keeps each article's cleaned blocks as they were
classified, and ingesting it again takes them as they are. Apart from the JSON Lines reader because the cleaner
reads them too, and the reader's record layouts import the cleaner (through metadata dates)."""

from __future__ import annotations

import json

EXPORTED_BLOCKS = "application/x-warta-blocks+json"


def read_exported(text: str) -> list[dict[str, str]]:
    """The blocks of an ``EXPORTED_BLOCKS`` document, checked again: the content type may come from elsewhere."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return (exported_blocks(data.get("blocks")) if isinstance(data, dict) else None) or []


def exported_blocks(blocks: object) -> list[dict[str, str]] | None:
    """An export's blocks, when every one is an object with text and kind (strings), and one of them is body."""
    if not isinstance(blocks, list) or not blocks:
        return None
    fields = ("text", "kind", "source", "reason")
    if not all(isinstance(b, dict) and isinstance(b.get("text"), str) and isinstance(b.get("kind"), str)
               for b in blocks):
        return None
    kept = [{f: b[f] if isinstance(b.get(f), str) else "" for f in fields} for b in blocks]
    return kept if any(b["kind"] in ("body", "heading") for b in kept) else None
