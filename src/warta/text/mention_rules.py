"""Repairs to the tagger's mentions in running (cased) article text, before document-level completion.

- a dateline ("Jakarta, IDN Times - ", "TRIBUN-VIDEO.COM - ") names the outlet and desk, not the story: no mentions;
- a mention never starts lower-case, and lower-case words split it ("Rusia usir Vrublevsky" -> Rusia, Vrublevsky;
  "Kostanay utara" -> Kostanay), name particles (bin, van, de) excepted;
- a place before a name is split off ("Kazakhstan Marat Akhmetzhanov" -> Kazakhstan, Marat Akhmetzhanov) and two
  places side by side are two mentions ("Kostanay Kazakhstan");
- labels follow the gazetteers where the tagger disagrees: a known country or region is a place, a known
  organisation or an institution head ("Kantor Kejaksaan Kostanay") an organisation;
- a person's name covers its whole hyphenated word ("Kassym-Jomart Tokayev");
- an institution head, its place links and a place form one organisation ("Kantor kejaksaan wilayah Kostanay",
  "Menlu Kazakhstan") even where the tagger saw none.
"""

from __future__ import annotations

import re

from warta.lang.id import institutions
from warta.model import Article, Mention
from warta.text.gazetteer import Gazetteer
from warta.text.roles import HEADS as ROLE_HEADS
from warta.text.roles import role_before
from warta.text.taken import SortedSpans

# Lower-case words that stay inside a name ("Osama bin Laden", "The New Voice of Ukraine").
PARTICLES = frozenset(
    "bin binti van von der de da al el la le du dos del ibn of for the &".split()  # noqa: SIM905
)
_DATELINE = re.compile(r"^[A-Z][\w.'-]*(?:[ .][A-Z][\w.'-]*)*(?:\s*\([^)]{2,30}\))?(?:,\s*[\w .]{2,40}?)?\s+[-–—]\s+")
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"\b([A-Z][A-Z/&-]{1,9})\s*\(([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,8})\)")
_HEADS = sorted(institutions.HEADS, key=len, reverse=True)
_HEAD_SET = frozenset(_HEADS)


def repair(article: Article, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    body = article.body
    blocked = _datelines(article)
    out: list[Mention] = []
    for m in mentions:
        for piece in _split_lowercase(m):
            out.extend(_split_places(body, piece, gaz))
    outlet = article.meta.outlet.casefold()
    out = [
        m
        for m in out
        if not any(s <= m.start < e for s, e in blocked) and not (outlet and m.text.casefold().startswith(outlet))
    ]
    out = [piece for m in out for piece in _strip_role(m, gaz)]
    for m in out:
        _relabel(m, gaz)
        if m.label == "PER":
            _widen_hyphenated(body, m)
    out = _with_acronyms(body, out)
    return _with_institutions(body, out, gaz, blocked)


def _strip_role(m: Mention, gaz: Gazetteer) -> list[Mention]:
    """"Dubes Ukraina" tagged as an organisation is a role and a place: only the place is a mention."""
    words = list(_WORD.finditer(m.text))
    if m.label == "PER" or len(words) < 2 or _head_of(m.text) or words[0].group().lower() not in ROLE_HEADS:
        return [m]
    rest = m.text[words[1].start() :]
    if gaz.lookup(rest) is None:
        return [m]
    return [Mention(m.start + words[1].start(), m.end, rest, "LOC")]


def _with_acronyms(body: str, mentions: list[Mention]) -> list[Mention]:
    """"CSTO (Collective Security Treaty Organization)": the spelled-out form is one organisation mention."""
    added: list[Mention] = []
    for match in _ACRONYM.finditer(body):
        short, long = match.group(1), match.group(2)
        words = long.split()
        if long[0] != short[0] or not all(w[0].isupper() or w in PARTICLES for w in words):
            continue
        for start, end, text in ((match.start(1), match.end(1), short), (match.start(2), match.end(2), long)):
            mentions = [m for m in mentions if m.end <= start or m.start >= end]
            added.append(Mention(start, end, text, "ORG"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _datelines(article: Article) -> list[tuple[int, int]]:
    spans = []
    for s in article.sentences[:4]:
        match = _DATELINE.match(article.body, s.start, s.end)
        if match:
            spans.append((s.start, match.end()))
    return spans


def _split_lowercase(m: Mention) -> list[Mention]:
    pieces: list[Mention] = []
    run: list[re.Match] = []
    for w in [*_WORD.finditer(m.text), None]:
        if w is not None and (w.group()[:1].isupper() or w.group()[:1].isdigit() or (run and w.group() in PARTICLES)):
            run.append(w)
            continue
        while run and run[-1].group() in PARTICLES:
            run.pop()
        if run:
            s, e = run[0].start(), run[-1].end()
            pieces.append(Mention(m.start + s, m.start + e, m.text[s:e], m.label))
        run = []
    return pieces


def _split_places(body: str, m: Mention, gaz: Gazetteer) -> list[Mention]:
    words = list(_WORD.finditer(m.text))
    if len(words) < 2 or gaz.lookup(m.text) is not None or _head_of(m.text):
        return [m]
    for cut in range(len(words) - 1, 0, -1):
        left = m.text[: words[cut - 1].end()].rstrip(",")
        right = m.text[words[cut].start() :]
        left_place, right_place = gaz.lookup(left), gaz.lookup(right)
        if left_place is not None and (right_place is not None or len(words) - cut >= 2):
            first = Mention(m.start, m.start + len(left), left, "LOC")
            label = "LOC" if right_place is not None else ("PER" if role_before(body, m.start) else m.label)
            return [first, Mention(m.start + words[cut].start(), m.end, right, label)]
    return [m]


def _head_of(text: str) -> str:
    """The longest institution head the text is or starts with as whole words ("" when none): its word-end
    prefixes looked up, longest first, instead of every head tried in turn."""
    lower = text.lower()
    if lower in _HEAD_SET:
        return lower
    cut = lower.rfind(" ")
    while cut > 0:
        if lower[:cut] in _HEAD_SET:
            return lower[:cut]
        cut = lower.rfind(" ", 0, cut)
    return ""


def _relabel(m: Mention, gaz: Gazetteer) -> None:
    if m.text in institutions.KNOWN or _head_of(m.text):
        m.label = "ORG"
        return
    place = gaz.lookup(m.text)
    if place is not None and (place.kind in ("country", "region") or m.label in ("LOC", "GPE")):
        m.label = "LOC"


def _widen_hyphenated(body: str, m: Mention) -> None:
    start = m.start
    while start > 0 and body[start - 1] == "-" and start > 1 and body[start - 2].isalpha():
        start -= 1
        while start > 0 and body[start - 1].isalpha():
            start -= 1
    if start != m.start and body[start].isupper():
        m.start, m.text = start, body[start : m.end]


def _with_institutions(body: str, mentions: list[Mention], gaz: Gazetteer, blocked) -> list[Mention]:
    """Adds head + place organisations found in the text, replacing the mentions they cover."""
    found: list[Mention] = []
    named: set[str] = set()  # the institutions (by their English name) whose full names were found
    taken = SortedSpans()  # the names found so far, looked up near each head (a scan of them all was quadratic)
    for head, start, stop in sorted(_head_matches(body), key=lambda h: (-len(h[0]), h[1])):
        if not body[start].isupper() or any(s <= start < e for s, e in blocked):
            continue
        end = _place_after(body, stop, gaz)
        if end and not any(f.start <= start < f.end for f in taken.near(start, start + 1)):
            found.append(Mention(start, end, body[start:end], "ORG"))
            taken.add(found[-1])
            named.add(institutions.HEADS[head])
    if not found:
        return mentions
    found.extend(_bare_heads(body, found, mentions, blocked, named))
    # Places inside an institution's name stay mentions of their own (nested); other covered mentions go.
    taken = SortedSpans(found)
    kept = [
        m
        for m in mentions
        if all(m.end <= f.start or m.start >= f.end for f in taken.near(m.start, m.end))
        or (m.label == "LOC" and any(f.start <= m.start and m.end <= f.end and f.label == "ORG"
                                     for f in taken.near(m.start, m.end)))
    ]
    return sorted(kept + found, key=lambda m: m.start)


def _head_matches(body: str) -> list[tuple[str, int, int]]:
    """Every (head, start, end) in the text, case-insensitive, in one pass over its words (a regular expression
    per head, two hundred of them, cost more than tagging)."""
    out = []
    lower = body.lower()
    for word in _WORD_START.finditer(lower):
        for head in _HEADS_BY_FIRST_WORD.get(word.group(), ()):
            end = word.start() + len(head)
            if lower.startswith(head, word.start()) and not _WORD_CHAR.match(lower, end):
                out.append((head, word.start(), end))
    return out


_WORD_START = re.compile(r"(?<![\w-])[\w'-]+")
_WORD_CHAR = re.compile(r"[\w-]")
_HEADS_BY_FIRST_WORD: dict[str, list[str]] = {}
for _head in _HEADS:
    _HEADS_BY_FIRST_WORD.setdefault(_head.split()[0], []).append(_head)


def _bare_heads(body: str, found: list[Mention], mentions: list[Mention], blocked, named: set[str]
                ) -> list[Mention]:
    """The head alone ("Kejaksaan") where the article also names the full institution. ``named`` holds the
    institutions found by their head as matched: re-reading the head from the mention's text fails where
    punctuation follows it ("Kemenhub) Provinsi Riau")."""
    extra: list[Mention] = []
    taken = SortedSpans([*found, *mentions])
    for head in (h for h, name in institutions.HEADS.items() if name in named):
        for match in re.finditer(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", body, re.IGNORECASE):
            start, end = match.span()
            if not match.group()[0].isupper() or any(s <= start < e for s, e in blocked):
                continue
            if all(end <= m.start or start >= m.end for m in taken.near(start, end)):
                extra.append(Mention(start, end, match.group(), "ORG"))
                taken.add(extra[-1])
    return extra


def _place_after(body: str, position: int, gaz: Gazetteer) -> int:
    """End of "[di] [wilayah] <Place>" starting at ``position``, or 0 when no known place follows."""
    words = list(re.finditer(r"[\w'-]+", body[position : position + 80]))
    i = 0
    while i < len(words) and words[i].group().lower() in institutions.PLACE_LINKS:
        i += 1
    for j in range(min(len(words), i + 3), i, -1):
        if not words[i].group()[:1].isupper():
            return 0
        text = body[position + words[i].start() : position + words[j - 1].end()]
        if gaz.lookup(text) is not None and body[position : position + words[i].start()].strip(" ,").count("\n") == 0:
            gap = body[position : position + words[i].start()]
            if any(mark in gap for mark in ",.()"):  # a bracket closes the name: "(Kemenhub) Provinsi Riau"
                return 0
            return position + words[j - 1].end()
    return 0
