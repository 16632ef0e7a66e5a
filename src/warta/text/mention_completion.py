"""Document-level consistency for mentions: what the tagger found once in an article it finds everywhere there.

- a name tagged anywhere is tagged at its other (capitalised) occurrences, with the label most often given;
- a person's last name alone ("Baizhanov") is the person;
- known countries, regions and organisations from the gazetteers are tagged where the tagger missed them;
- pronouns and bare role words ("Ia", "Presiden") are never mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from warta.lang.id import institutions
from warta.lang.id.not_names import COMMON_NOUNS, PROGRAMME_WORDS, ROLE_ABBREVIATIONS
from warta.model import Article, Mention
from warta.text.gazetteer import Gazetteer
from warta.text.roles import HEADS as ROLE_HEADS
from warta.text.taken import SpanIndex, TakenSpans

NOT_NAMES = frozenset(
    [
        "ia",
        "dia",
        "mereka",
        "kami",
        "kita",
        "beliau",
        "saya",
        "aku",
        "anda",
        "kamu",
        "engkau",
        "ini",
        "itu",
        "tersebut",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "this",
        "that",
        "the",
        "a",
        "an",
    ]
)
LONGEST_PLACE = 3  # words in the longest gazetteer name looked up in running text ("Laut China Selatan")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,%d}".replace("%d", str(LONGEST_PLACE - 1)))


def is_name(text: str) -> bool:
    lower = text.lower().strip()
    if len(lower) < 2 or lower in NOT_NAMES or not any(c.isalpha() for c in lower):
        return False
    if lower in COMMON_NOUNS or lower in ROLE_ABBREVIATIONS or lower.split()[0] in PROGRAMME_WORDS:
        return False
    return not all(w in ROLE_HEADS for w in lower.replace(".", "").split())


def complete(article: Article, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    mentions = [m for m in mentions if is_name(m.text)]
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(m.text, Counter())[m.label] += 1
    for m in list(mentions):
        words = m.text.split()
        if m.label == "PER" and len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper():
            votes.setdefault(words[-1], Counter())["PER"] += 1
    surnames = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.label == "PER" and " " in m.text}
    for m in mentions:  # a surname the tagger labelled otherwise is still the person ("Baizhanov")
        if " " not in m.text and votes.get(m.text, Counter()).get("PER") and m.text in surnames:
            m.label = "PER"
    body = article.body
    taken = TakenSpans(len(body), ((m.start, m.end) for m in mentions))
    inside = SpanIndex((s.start, s.end) for s in article.sentences)
    added: list[Mention] = []
    for start, end, text, label in _repeats(body, votes):
        if taken.free(start, end) and inside.holding(start) >= 0:
            added.append(Mention(start, end, text, label))
            taken.take(start, end)
    for match in _SOURCE.finditer(body):
        start, end = match.span(1)
        name = match.group(1).rstrip(".,")
        end = start + len(name)
        if (
            gaz.lookup(name) is None
            and is_name(name)
            and taken.free(start, end)
            and inside.holding(start) >= 0
        ):
            added.append(Mention(start, end, name, "ORG"))
            taken.take(start, end)
    for match in _CAPITALISED.finditer(body):
        for start, end, label in _known_names(match, gaz):
            if taken.free(start, end) and inside.holding(start) >= 0:
                added.append(Mention(start, end, body[start:end], label))
                taken.take(start, end)
    return sorted(mentions + added, key=lambda m: m.start)


# "dilansir RFE/RL", "dikutip AKI Press": these cues name the outlet or agency a report is taken from.
_SOURCE = re.compile(
    r"\b(?:[Dd]ilansir|[Mm]elansir|[Dd]ikutip|[Dd]ilaporkan)(?: +(?:dari|oleh))? +"
    r"([A-Z][\w/&.'’-]*(?: +[A-Z][\w/&.'’-]*){0,3})"
)


def _known_names(match: re.Match, gaz: Gazetteer):
    """Longest known place (country or region) or organisation inside a run of capitalised words."""
    words = list(re.finditer(r"\S+", match.group()))
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            start, end = match.start() + words[i].start(), match.start() + words[j - 1].end()
            text = match.string[start:end].rstrip(".,")
            end = start + len(text)
            place = gaz.lookup(text)
            if place is not None and (place.kind in ("country", "region") or (place.kind, place.country) == (
                "province",
                "ID",
            )):
                yield start, end, "LOC"
                break
            if text in institutions.KNOWN:
                yield start, end, "ORG"
                break
        else:
            j = i + 1
        i = max(j, i + 1)


def _repeats(body: str, votes: dict[str, Counter]) -> list[tuple[int, int, str, str]]:
    """Every whole-word occurrence of each capitalised name voted for, with its label, longest names first (then
    in text order): one scan of the body's words, looking up the names that start with each word, rather than
    one search of the whole body per name."""
    names = [text for text, _ in sorted(votes.items(), key=lambda kv: -len(kv[0])) if text[:1].isupper()]
    rank = {text: i for i, text in enumerate(names)}
    by_first: dict[str, list[str]] = {}
    for text in names:
        first = _WORD_RUN.match(text)
        if first:
            by_first.setdefault(first.group(), []).append(text)
    found = []
    for word in _WORD_START.finditer(body):
        for text in by_first.get(word.group(), ()):
            end = word.start() + len(text)
            if body.startswith(text, word.start()) and not _WORD_OR_HYPHEN.match(body, end):
                found.append((rank[text], word.start(), end, text))
    return [(start, end, text, votes[text].most_common(1)[0][0]) for _, start, end, text in sorted(found)]


_WORD_RUN = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w-])\w+")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
