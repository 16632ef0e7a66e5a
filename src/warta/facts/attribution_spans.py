"""Where an English reported content ends: besides the span a rule of facts/attribution.py reads, the same content
cut at each clause or phrase boundary inside it ("denounced the United Nations | on Friday", "said X is wrong | ,
which ..."). A span scorer learned on PolNeAR train (`warta train attribution`) takes one reading of each, so which
boundaries end a content is learned, not fixed here. (Readings run on past the rule's end to the sentence end were
tried and lowered held-out F1: the scorer took them too often.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.model import Quote

# Boundaries a content may end at, by kind. In PolNeAR train an indirect content followed by one of them ends there
# in 40-70% of cases for ", which" / ", but" / ", <verb>ing" / ";", in 5-20% for a preposition or " and ".
_CUTS = (
    ("comma", re.compile(r",\s")),
    ("relative", re.compile(r",?\s(?:which|who|whom|whose|where)\s")),
    ("conjunction", re.compile(r"\s(?:and|or|but|while|although|though|because|as|so)\s")),
    ("dash", re.compile(r"\s[-—–]+\s|\s?--\s?")),
    ("preposition", re.compile(r"\s(?:on|in|at|by|for|with|after|before|during|from|over|against|to|since|amid|"
                               r"until|without|despite)\s")),
    ("paren", re.compile(r"\s\(")),
)
MAX_CUTS = 2  # the first two boundaries of each kind: later ones leave contents that rarely match (PolNeAR train)
_QUOTE_MARKS = '"“”'


def readings(body: str, quote: Quote) -> Iterator[tuple[str, Quote]]:
    """(kind of cut, reading) of one found content: the rule's own reading first."""
    yield "rule", quote
    text = quote.text
    seen = {len(text)}
    for kind, pattern in _CUTS:
        for n, m in enumerate(pattern.finditer(text)):
            if n >= MAX_CUTS:
                break
            end = len(text[: m.start()].rstrip(" ,"))
            if end in seen or not text[:end].strip() or _inside_quote(text, end):
                continue
            seen.add(end)
            yield f"{kind}{n}", span(body, quote, quote.start, quote.start + end)


def features(cut: str, body: str, reading: Quote, quote: Quote, cue: str) -> list[str]:
    """What the judge weighs of a cut: its kind, the word after it, and how much of the rule's reading it drops."""
    kind = cut.rstrip("0123456789")
    after = body[reading.end : reading.end + 30].split()
    nxt = after[1].lower() if len(after) > 1 and after[0] in (",", "-", "—", "–", "--") else (after or [""])[0].lower()
    dropped = len(quote.text.split()) - len(reading.text.split())
    drop = "more" if dropped < 0 else str(min(dropped // 3, 5))
    return [f"cut={cut}", f"cut+cue={kind}|{cue}", f"cut+next={kind}|{nxt.strip(',.')}", f"cut+drop={kind}|{drop}",
            f"drop={drop}"]


def _inside_quote(text: str, end: int) -> bool:
    """An end inside quote marks cuts the speaker's own words in half."""
    return sum(text[:end].count(m) for m in '"') % 2 == 1 or text[:end].count("“") > text[:end].count("”")


def span(body: str, quote: Quote, start: int, end: int) -> Quote:
    return Quote(start, end, body[start:end], quote.kind, quote.speaker, quote.speaker_entity, quote.cue, quote.role,
                 quote.source_start, quote.source_end)
