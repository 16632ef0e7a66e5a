"""Document-level consistency for mentions: what the tagger found once in an article it finds everywhere there.

- a name tagged anywhere is tagged at its other (capitalised) occurrences, with the label most often given;
- a person's last name alone ("Baizhanov") is the person;
- known countries, regions and organisations from the gazetteers are tagged where the tagger missed them;
- pronouns and bare role words ("Ia", "Presiden") are never mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from warta.lang.id import institutions
from warta.model import Article, Mention
from warta.text.gazetteer import Gazetteer
from warta.text.roles import HEADS as ROLE_HEADS

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
    return not all(w in ROLE_HEADS for w in lower.replace(".", "").split())


def whole_word_spans(body: str, text: str) -> Iterator[tuple[int, int]]:
    r"""Where ``text`` stands as a whole word (no letter, digit, _ or hyphen either side), left to right and not
    overlapping: what the regex (?<![\w-])TEXT(?![\w-]) finds, without compiling one per name and article."""
    at = body.find(text)
    while at >= 0:
        end = at + len(text)
        if (at == 0 or not _joins(body[at - 1])) and (end == len(body) or not _joins(body[end])):
            yield at, end
            at = body.find(text, end)
        else:
            at = body.find(text, at + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def complete(article: Article, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    mentions = [m for m in mentions if is_name(m.text)]
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(m.text, Counter())[m.label] += 1
    for m in list(mentions):
        words = m.text.split()
        if m.label == "PER" and len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper():
            votes.setdefault(words[-1], Counter())["PER"] += 1
    for m in mentions:  # a surname the tagger labelled otherwise is still the person ("Baizhanov")
        if " " not in m.text and votes.get(m.text, Counter()).get("PER") and _is_surname(m.text, mentions):
            m.label = "PER"
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    body = article.body
    for text, counter in sorted(votes.items(), key=lambda kv: -len(kv[0])):
        if not text[:1].isupper():
            continue
        label = counter.most_common(1)[0][0]
        for start, end in whole_word_spans(body, text):
            if _free(taken, start, end) and _inside_sentences(article, start):
                added.append(Mention(start, end, text, label))
                taken.append((start, end))
    for match in _SOURCE.finditer(body):
        start, end = match.span(1)
        name = match.group(1).rstrip(".,")
        end = start + len(name)
        if (
            gaz.lookup(name) is None
            and is_name(name)
            and _free(taken, start, end)
            and _inside_sentences(article, start)
        ):
            added.append(Mention(start, end, name, "ORG"))
            taken.append((start, end))
    for match in _CAPITALISED.finditer(body):
        for start, end, label in _known_names(match, gaz):
            if _free(taken, start, end) and _inside_sentences(article, start):
                added.append(Mention(start, end, body[start:end], label))
                taken.append((start, end))
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
            if place is not None and place.kind in ("country", "region"):
                yield start, end, "LOC"
                break
            if text in institutions.KNOWN:
                yield start, end, "ORG"
                break
        else:
            j = i + 1
        i = max(j, i + 1)


def _is_surname(word: str, mentions: list[Mention]) -> bool:
    return any(m.label == "PER" and m.text.endswith(" " + word) for m in mentions)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def _inside_sentences(article: Article, offset: int) -> bool:
    return any(s.start <= offset < s.end for s in article.sentences)
