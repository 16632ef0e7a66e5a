r"""Whether a text ends with one of a few words, then only whitespace: what ``re.search(r"\b(?:w1|w2)\s*$", text,
re.I)`` tells, without trying the words at every position of a long text (a sentence's text before a number, read
for each number: a tenth of the claims step on Detik)."""

from __future__ import annotations

import re
from functools import cache


class WordAtEnd:
    __slots__ = ("_longest", "_pattern")

    def __init__(self, words: tuple[str, ...]) -> None:
        self._pattern = re.compile(r"\b(?:" + "|".join(words) + r")\Z", re.IGNORECASE)
        self._longest = max(len(w) for w in words)

    def __call__(self, text: str) -> bool:
        # The words end where the trailing whitespace starts; one character more than the longest word keeps the
        # character that decides the word boundary before it.
        return bool(self._pattern.search(text.rstrip()[-(self._longest + 1) :]))


@cache
def word_at_end(words: tuple[str, ...]) -> WordAtEnd:
    """The test for ``words`` (plain words, not patterns), built once."""
    return WordAtEnd(words)
