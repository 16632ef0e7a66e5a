"""A person's name misspelt once in an article, respelt as the article writes it elsewhere.

Translated wire copy misspells foreign names now and then ("Morgan Tsvairai" in a report that writes "Tsvangirai"
three times): the misspelt full name becomes an entity of its own, and the article shares no person id with the
other reports of its story, in either language. A name word written once is read as a slip of a word the article's
person names write at least twice when the two differ by an edit or two (a length guard keeps short names apart:
"Rahman" once beside "Rahmat" twice is one edit on six letters, allowed; "Kim" and "Lim" never are).
"""

from __future__ import annotations

from collections import Counter

from warta.model import Mention

# Shortest word respelt with one edit, and with two: below these, names differing so are more often two people.
ONE_EDIT_LENGTH = 6
TWO_EDIT_LENGTH = 8
MIN_WRITTEN = 2  # how often the article must write the spelling a slip is read as


def respellings(mentions: list[Mention]) -> dict[str, str]:
    """Name words written once -> the word the article's person names write at least MIN_WRITTEN times that they
    are a slip of (one candidate only; same first two letters)."""
    counts = Counter(word for m in mentions if m.label == "PER" for word in m.text.split())
    common = [w for w, n in counts.items() if n >= MIN_WRITTEN and len(w) >= ONE_EDIT_LENGTH - 1]
    found: dict[str, str] = {}
    for word, n in counts.items():
        if n != 1 or len(word) < ONE_EDIT_LENGTH - 1 or not word[:1].isupper():
            continue
        matches = [c for c in common if c[:2] == word[:2] and _close(word, c)]
        if len(matches) == 1:
            found[word] = matches[0]
    return found


def respelt(text: str, found: dict[str, str]) -> str:
    """``text`` with its slipped name words respelt."""
    if not found:
        return text
    return " ".join(found.get(word, word) for word in text.split())


def _close(a: str, b: str) -> bool:
    longest = max(len(a), len(b))
    allowed = 2 if longest >= TWO_EDIT_LENGTH else 1 if longest >= ONE_EDIT_LENGTH else 0
    return bool(allowed) and a != b and _distance(a, b, allowed) <= allowed


def _distance(a: str, b: str, bound: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, cut short past ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]
