"""Words that a text dump ran together where a link was: "dilansirAntara", "kepadadetikJatengdi",
"korespondenAFP", "dilansirdetikNewsdariAntara". The page printed the link text with no space on either side;
the space comes back at a known outlet name or citation cue, before sentences, names and quotes read the line.

Only three kinds of join are cut, so ordinary words stay whole: a lower-case letter before a linked outlet name, a
Detik channel ("detik" + channel) with a letter before it, and a cue word glued to a capital; a word glued after a
name is cut off only when it is one of a few function words or weekdays ("Antaranews" stays).
"""

from __future__ import annotations

import re

from warta.lang.id import outlets

_NAMES = "|".join(re.escape(n) for n in sorted(outlets.LINKED_OUTLETS, key=len, reverse=True))
_CHANNELS = "|".join(sorted(outlets.DETIK_CHANNEL_SUFFIXES, key=len, reverse=True))
_TAILS = "|".join(sorted(outlets.GLUED_TAILS, key=len, reverse=True))
_CUES = "|".join(sorted(outlets.GLUED_CUES, key=len, reverse=True))
# A linked name glued on its left to a lower-case letter, or on its right to one of the tails.
_LINKED = re.compile(rf"(?P<left>(?<=[a-z]))?(?P<name>detik(?:{_CHANNELS})|(?:{_NAMES}))"
                     rf"(?P<right>(?=(?:{_TAILS})(?![a-z])))?")
_CUE_THEN_CAPITAL = re.compile(rf"(?<!\w)(?P<cue>(?i:{_CUES}))(?=[A-Z])")
_MAY_HOLD_JOIN = re.compile(r"[a-z][A-Z]|\wdetik|detik\w+(?:" + _TAILS + ")")


def split_joins(text: str) -> str:
    """The text with a space put back at each link join."""
    if not _may_hold_join(text):
        return text
    text = _CUE_THEN_CAPITAL.sub(r"\g<cue> ", text)
    cuts: list[int] = []
    for m in _LINKED.finditer(text):
        detik = m.group("name").startswith("detik")
        whole = m.group("right") is not None or not text[m.end() : m.end() + 1].islower()
        if m.start() and text[m.start() - 1].isalpha() and whole and (detik or m.group("left") is not None):
            cuts.append(m.start())
        if m.group("right") is not None and _name_ends_here(m):
            cuts.append(m.end())
    for at in sorted(set(cuts), reverse=True):
        text = text[:at] + " " + text[at:]
    return text


def _may_hold_join(text: str) -> bool:
    """A cheap test first: a join needs a lower-case letter followed by a capital, or "detik" inside a word."""
    return _MAY_HOLD_JOIN.search(text) is not None


def _name_ends_here(m: re.Match) -> bool:
    """A name followed by a tail is glued only when the name itself started a word or a join ("detikJatengdi",
    "AFPdi"), not when it sits inside a longer word."""
    start = m.start()
    before = m.string[start - 1] if start else " "
    return not before.isalnum() or m.group("left") is not None or m.group("name").startswith("detik")
