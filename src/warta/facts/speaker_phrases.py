"""Whether an English speaker names a source at all: an entity of the article, a capitalised name, an account
handle or a role phrase ("the mayor", "some analysts", "an officer"); never a function word ("and", "Among"), a
number ("34"), a verb phrase ("carried 212 passengers", "did not"), a place ("Seruni Island", "Lumbu Strait"), a
vessel ("KM Samudra Jaya") or a demonym ("Indonesian"). A quote whose speaker phrase fails keeps its source span
and is left unattributed: a wrong name is worse than none."""

from __future__ import annotations

import re

from warta.lang.en import calendar, reporting, roles
from warta.model import Article

_CONNECTORS = frozenset(["of", "the", "and", "for", "de", "van", "von", "al", "bin", "&", "da", "del", "la"])
_SPEAKING = reporting.QUOTE_CUES | reporting.SPEECH_VERBS | reporting.ATTRIBUTION_CUES | {"has", "had", "was", "is"}


def source_phrase(name: str, article: Article) -> str:
    """The speaker as a source, or "" when it names none: the phrase itself, else the source inside a fragment
    ("hours after Trump" is Trump, "Lawmakers have not" is Lawmakers); a possessive names its owner ("Clinton’s"
    campaign is Clinton's)."""
    name = re.sub(r"['’]s?$", "", name.strip(" ,.:;\"“”'"))
    if is_source_phrase(name, article):
        return name
    words = name.split()
    cuts = [i for i, w in enumerate(words) if _boundary(w.lower().strip(",."))]
    if not cuts:
        return ""
    tail = " ".join(words[cuts[-1] + 1 :])
    head = " ".join(words[: next((i for i in cuts if i), len(words))])
    for part in (tail, head):
        part = re.sub(r"['’]s?$", "", part.strip(" ,.:;\"“”'"))
        if part and is_source_phrase(part, article):
            return part
    return ""


def _boundary(word: str) -> bool:
    """A word no source phrase runs through: a function word, a date word or a verb in the past ("a county survey
    released Friday" is "a county survey")."""
    return word in roles.SPEAKER_FUNCTION_WORDS or word in _CALENDAR or word.endswith("ed") and word.islower() \
        and word not in roles.ROLE_MODIFIERS


def pronoun_at_end(name: str) -> str:
    """The pronoun a fragment ends in ("for criminal behavior, she") or opens with ("they published ..."): the
    words that name its source."""
    words = re.sub(r"['’]s?$", "", name.strip(" ,.:;")).split()
    if words and words[-1].lower() in _PRONOUNS:
        return words[-1]
    return words[0] if words and words[0].lower() in _PERSONAL else ""  # "they published the results ... by"


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"])
_PERSONAL = frozenset(["he", "she", "they", "it", "we", "i"])


def is_source_phrase(name: str, article: Article) -> bool:
    name = name.strip(" ,.:;\"“”'")
    if name.startswith("@"):
        return True
    if not name or any(c.isdigit() for c in name) or re.search(r"['’]s?$", name):
        return False  # "34", "carried 212 passengers", "Buckley’s"
    words = re.findall(r"[\w'’.&-]+", name)
    low = [re.split(r"['’]", w.lower().rstrip("."))[0] or w.lower() for w in words]  # "We’ve" is "we"
    if not words or low[0] in roles.SPEAKER_FUNCTION_WORDS and low[0] not in roles.SPEAKER_DETERMINERS:
        return False  # "and", "Among", "It", "did not"
    if len(name) < 2 or any(w in _CALENDAR for w in low):
        return False  # "A" of an interview, "a pep talk Tuesday"
    if _is_role_phrase(low):
        return True
    if low[0] in _NUMBER_WORDS or len(words) == 1 and f" {low[0]} " in f" {_lower_words(article)} ":
        return False  # "Two", "One Home Depot"; "Moreover", "Summary": a word the article also writes in lower case
    label = _entity_label(name, article)
    if label:  # a LOC ("Lumbu Strait") or MISC (a vessel) says nothing
        return label in ("PER", "ORG", "GPE") and words[0][0].isupper()
    if _is_name(words, low):
        return not _place_or_vessel(words, low) and not _demonym(words[-1:], article.body)
    return _role_then_name(words, low) and not _demonym(words[-1:], article.body)


_CALENDAR = frozenset(calendar.DAYS) | frozenset(calendar.MONTHS)
_NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def _lower_words(article: Article) -> str:
    """The article's words written in lower case, once per article."""
    cached = _LOWER.get(id(article))
    if cached is None or cached[0] is not article.body:
        cached = (article.body, " ".join(w for w in re.findall(r"[\w'’-]+", article.body) if w.islower()))
        _LOWER.clear()
        _LOWER[id(article)] = cached
    return cached[1]


_LOWER: dict[int, tuple[str, str]] = {}


def _role_then_name(words: list[str], low: list[str]) -> bool:
    """A description ending in a name: "Democratic pollster Pat Caddell", "White House spokesman Josh Earnest",
    "the FBI", "The city of Phoenix"; no function word inside but connectors and an opening determiner."""
    if not words[-1][0].isupper() or _place_or_vessel(words, low):
        return False
    inside = low[1:] if low[0] in roles.SPEAKER_DETERMINERS else low
    return all(w not in roles.SPEAKER_FUNCTION_WORDS or w in _CONNECTORS for w in inside)


def _entity_label(name: str, article: Article) -> str:
    folded = name.casefold()
    for entity in article.entities:
        if folded == entity.name.casefold() or folded in (a.casefold() for a in entity.aliases):
            return entity.label
    return ""


def _is_name(words: list[str], low: list[str]) -> bool:
    """Capitalised words, connectors inside: "Mary Steenburgen", "Gov. Kristi Noem", "Interior Ministry"; a
    single letter ("A", "Q" of an interview) is no name."""
    if len(words) == 1 and len(words[0].rstrip(".")) < 2:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or lw in _CONNECTORS for w, lw in zip(words, low,
                                                                                              strict=True))


def _place_or_vessel(words: list[str], low: list[str]) -> bool:
    return low[-1] in reporting.PLACE_HEADS or words[0].rstrip(".") in reporting.VESSEL_PREFIXES


def _demonym(words: list[str], body: str) -> bool:
    """One capitalised word the article writes as an adjective before a common noun ("Indonesian navy officers")
    and shaped like a demonym: no speaker on its own."""
    if len(words) != 1 or not re.search(r"(?:ian|ese|ish)$", words[0]):
        return False
    after = re.findall(rf"\b{re.escape(words[0])}\s+([a-z]+)", body)
    return any(w not in _SPEAKING for w in after)


def _is_role_phrase(low: list[str]) -> bool:
    """A noun phrase ending in a role or source noun, with no function word but connectors inside: "the mayor",
    "some analysts", "the Texas-based geopolitical intelligence organization" is not one (no source noun)."""
    while low and low[0] in roles.SPEAKER_DETERMINERS:
        low = low[1:]
    if not low:
        return False
    head = low[-1]
    singular = head[:-1] if head.endswith("s") and head[:-1] in roles.SOURCE_NOUNS | roles.ROLE_HEADS else head
    # no function word inside but connectors, and no past-tense verb ("Police released dramatic video")
    inside_ok = all((w not in roles.SPEAKER_FUNCTION_WORDS or w in _CONNECTORS)
                    and not (w.endswith("ed") and w not in roles.ROLE_MODIFIERS) for w in low[:-1])
    return inside_ok and (singular in roles.SOURCE_NOUNS or singular in roles.ROLE_HEADS)
