"""Authors, editors and tags from credit lines: "LAPORAN: HANI FATUNNISA", "Reporter: X", "Editor: Y", writer
badges ("NAME Photo Verified Writer NAME"), "# Rusia # Kazakhstan" and "Tags: a, b"."""

from __future__ import annotations

import re

from warta.clean import cues
from warta.lang.id import boilerplate
from warta.model import Block

_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bdan\b)\s*", re.I)
_HASH_TAG = re.compile(r"#\s*([\w][\w-]*(?:\s+[\w-]+)*?)\s*(?=#|$)")
# Particles kept lowercase when an all-capitals name is recased ("MUHAMMAD BIN SALMAN" -> "Muhammad bin Salman").
_LOWER_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el"})


def credits(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """(authors, editors) from the credit lines, badges and date-and-byline lines of a classified page."""
    authors: list[str] = []
    editors: list[str] = []
    for block in blocks:
        if block.kind != "boilerplate":
            continue
        if block.reason == "badge":
            m = cues.badge(block.text)
            if m:
                target = editors if m.group("badge").lower() == "editor" else authors
                _add(target, [m.group("name")])
        elif block.reason == "credit" and cues.site_byline(block.text):
            _add(authors, split_names(cues.site_byline(block.text).group("names")))
        elif block.reason in ("credit", "date-byline"):
            for part in block.text.split("|"):
                m = cues.credit(part.strip())
                if m:
                    label = m.group("label").lower()
                    if label in boilerplate.AUTHOR_LABELS:
                        _add(authors, split_names(m.group("names")))
                    elif label in boilerplate.EDITOR_LABELS:
                        _add(editors, split_names(m.group("names")))
    return authors, editors


def split_names(text: str) -> list[str]:
    return [normalise_name(n) for n in _NAME_SPLIT.split(text.strip(" .")) if cues.words(n)]


def normalise_name(name: str) -> str:
    """Names printed in capitals are recased ("HANI FATUNNISA" -> "Hani Fatunnisa"); others are kept as printed."""
    name = cues.normalise(name).strip(" .,-")
    if not name.isupper() or len(name) <= 3:
        return name
    out = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if i and low in _LOWER_PARTICLES:
            out.append(low)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in low.split("-")))
    return " ".join(out)


def tags(blocks: list[Block]) -> list[str]:
    """Tags from hashtag lines and "Tags: a, b" lines."""
    found: list[str] = []
    for block in blocks:
        if block.reason != "tags":
            continue
        text = block.text.strip()
        if "#" in text:
            found.extend(t.strip() for t in _HASH_TAG.findall(text))
        elif ":" in text and text.split(":", 1)[1].strip():
            found.extend(t.strip() for t in text.split(":", 1)[1].split(","))
    seen: dict[str, str] = {}
    for tag in found:
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name and name not in target:
            target.append(name)
