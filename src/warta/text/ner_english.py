"""Mentions in English articles from capitalisation and gazetteers (the shipped CRF is trained on Indonesian).

A run of capitalised words inside a sentence is a candidate: a known place is LOC (GPE later), a run with an
organisation word (Ministry, Office, Agency, Group, News, ...) or a known organisation is ORG, a run of two to
four name-like words is PER. A capitalised word that only starts a sentence is ignored unless known.
"""

from __future__ import annotations

import re

from warta.lang.en import organisations
from warta.lang.en import roles as en_roles
from warta.lang.en.places import COUNTRY_SHORT_NAMES, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, VESSEL_PREFIXES
from warta.lang.id import institutions
from warta.lang.id.people import FULL_NAMES
from warta.model import Article, Mention
from warta.text.gazetteer import Gazetteer
from warta.text.roles import HEADS as ROLE_HEADS

# A capitalised word, or "of"/"the"/"and" inside an organisation name ("Ministry of Foreign Affairs").
_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|the|for|and|de|al|bin|van|von)\s+)?[A-Z][\w'’&.-]*)*")
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "as",
        "but",
        "and",
        "or",
        "if",
        "when",
        "while",
        "after",
        "before",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "there",
        "here",
        "what",
        "who",
        "why",
        "how",
        "for",
        "with",
        "from",
        "by",
        "to",
        "of",
        "said",
    ]
)


def tag(article: Article, gaz: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    body = article.body
    for sentence in article.sentences:
        text = body[sentence.start : sentence.end]
        for m in _RUN.finditer(text):
            words = _without_leading_role(m.group().rstrip(".").split())
            if not words:
                continue
            phrase = " ".join(words)
            start = sentence.start + m.start() + m.group().find(words[0])
            label = classify(phrase, gaz, sentence_initial=start == sentence.start)
            if label:
                mentions.append(Mention(start, start + len(phrase), phrase, label))
    return mentions


def _without_leading_role(words: list[str]) -> list[str]:
    """Drops sentence starters and a leading title, with what the title governs: "Former Secretary of State
    Hillary Clinton" -> "Hillary Clinton" (the role is read back from the text before the name)."""
    after_head = False
    while words:
        word = words[0].lower().rstrip(".")
        if word in ROLE_HEADS:
            after_head = True
        elif not (word in _STARTERS or word in en_roles.ROLE_MODIFIERS or
                  (after_head and word in en_roles.ROLE_CONNECTORS)):
            break
        words.pop(0)
    return words


def classify(phrase: str, gaz: Gazetteer, sentence_initial: bool) -> str:
    words = phrase.split()
    if words[0] in VESSEL_PREFIXES and len(words) > 1:
        return "MISC"  # a ship: no person, no place
    if gaz.lookup(phrase) is not None or phrase in COUNTRY_SHORT_NAMES:
        return "LOC"
    if phrase in FULL_NAMES:
        return "PER"
    if len(words) > 1 and phrase.isupper():
        return ""  # a dateline or heading in capitals ("TANJUNG KELAM, March 3"), no person
    if phrase in institutions.KNOWN or any(w in organisations.ORG_WORDS for w in words):
        return "ORG"
    if len(words) > 1 and (words[-1] in PLACE_LAST_WORDS or words[0] in PLACE_FIRST_WORDS):
        return "LOC"
    if len(words) == 1 and phrase.isupper() and len(phrase) > 1:
        return "ORG"  # acronyms: NATO, CSTO, RFE/RL
    if sentence_initial and len(words) == 1:
        return ""
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in organisations.NOT_NAME_WORDS for w in words):
        return "PER"
    return ""
