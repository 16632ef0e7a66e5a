"""When an article was published: the date printed by its headline, never a page-header render date or a sidebar
timestamp; when none is printed, a lower bound from the dated events its body reports, marked as inferred."""

from __future__ import annotations

import re

from warta.lang.id import calendar as id_calendar
from warta.meta.dates import FoundDate, find_dates
from warta.model import Block

_DATE_REASONS = ("date", "date-byline")
_UPDATED = re.compile(r"\b(?:diperbarui|diperbaharui|update|updated|last modified|terakhir diubah)\b", re.I)
# How far before a date (in characters) a future cue ("akan", "mendatang") still governs it: a clause of the
# seed and detik sentences that announce coming events ("akan digelar pada ...") is under 40 characters.
FUTURE_CUE_WINDOW = 40
# Indonesian pages that print a time without a zone print Jakarta time (the seeds' sidebars, detik's CSV dates).
DEFAULT_ZONE_ID = id_calendar.ZONES["wib"]


def printed(blocks: list[Block], language: str) -> FoundDate | None:
    """The publication date-time printed between the headline and the first paragraph.

    A date above the headline is the page's render date (seed 001 prints the day it was saved there) unless it
    carries a time of day; dates after the body belong to sidebars and lists of other headlines."""
    title = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    first_body = next((i for i, b in enumerate(blocks) if b.kind in ("body", "heading")), len(blocks))
    after_title = range(title + 1, first_body) if title is not None else range(first_body)
    found = _first_date(blocks, after_title, need_time=False)
    if found is None and title is not None:
        found = _first_date(blocks, range(title), need_time=True)
    if found is not None and found.has_time and not found.zone and language == "id":
        found.zone = DEFAULT_ZONE_ID
    return found


def _first_date(blocks: list[Block], indexes: range, need_time: bool) -> FoundDate | None:
    """The first printed date in these blocks; an "updated" stamp only when no other date is printed."""
    updates = []
    for i in indexes:
        block = blocks[i]
        if block.kind != "boilerplate" or block.reason not in _DATE_REASONS:
            continue
        for found in find_dates(block.text):
            if found.weekday_matches and (found.has_time or not need_time):
                if _UPDATED.search(block.text[: found.start]):
                    updates.append(found)
                else:
                    return found
    return updates[0] if updates else None


def lower_bound(body_texts: list[str]) -> str:
    """The latest fully dated past event the body reports (ISO date), or "": the article cannot be older."""
    latest = ""
    for text in body_texts:
        low = text.lower()
        for found in find_dates(text):
            before = low[max(0, found.start - FUTURE_CUE_WINDOW) : found.start]
            if any(_has_word(before, cue) for cue in id_calendar.FUTURE_CUES):
                continue
            latest = max(latest, found.day.isoformat())
    return latest


def _has_word(text: str, word: str) -> bool:
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


# Where pages print the full publication stamp (with time and offset) in their markup.
_HTML_STAMPS = (
    re.compile(r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|"""
               r"""datePublished|pubdate|publishdate|publish-date|dc\.date\.issued)["'][^>]*>""", re.I),
    re.compile(r""""datePublished"\s*:\s*"([^"]{10,40})\"""", re.I),
    re.compile(r"""<time[^>]+(?:itemprop=["']datePublished["'][^>]*datetime|datetime)=["']([^"']{10,40})["']""",
               re.I),
)
_CONTENT = re.compile(r"""content=["']([^"']{10,40})["']""", re.I)
# Markup stamps sit in the head or the article header: the first 300 kB hold them on every htmldate-eval page.
_STAMP_SEARCH_CHARS = 300_000


def html_stamp(source: str, day: str) -> str:
    """The full date-time the markup gives for the publication day ``day`` (ISO date), or "" when none does."""
    head = source[:_STAMP_SEARCH_CHARS]
    for pattern in _HTML_STAMPS:
        for m in pattern.finditer(head):
            value = m.group(1) if m.groups() else _content(m.group(0))
            found = find_dates(value) if value else []
            if found and found[0].has_time and found[0].day.isoformat() == day:
                return found[0].iso()
    return ""


def _content(tag: str) -> str:
    m = _CONTENT.search(tag)
    return m.group(1) if m else ""
