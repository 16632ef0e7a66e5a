"""Quote marks: the spans a text puts in quotation marks, in every mark style, and the short fragments in them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_DOUBLE_OPEN = '"“«„'
_DOUBLE_CLOSE = '"”»“'
_MARKS = re.compile("[\"“«„”»‘’'\n]")  # the characters quoted_spans reads
# A quoted run shorter than this many words is a term or scare quote ("Kazakh Warriors"), unless it ends a sentence
# inside the marks; set on the seed gold, where the shortest real partial quote has six words.
MIN_QUOTE_WORDS = 4


@dataclass(slots=True)
class Marked:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (exclusive end is close + 1)
    split: int = -1  # where two quotes joined into one were apart: the closing mark of the first


def quoted_spans(text: str, keep: Callable[[str], bool] | None = None, straight: bool = False) -> list[Marked]:
    """Pairs of quote marks. A straight or curly double mark toggles; ” opens too when it starts a word (some outlets
    print ” on both sides). A paragraph left open continues when the next one opens again (multi-paragraph quotes).
    Straight single marks ('perang') are read only when asked: in running text they are mostly apostrophes."""
    spans: list[Marked] = []
    opened = -1
    single = -1
    text = text.replace("''", '"\u200b')  # two single marks for one double (older newspaper text): same length
    for mark in _MARKS.finditer(text):  # every other character leaves the state as it is
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if opened < 0:
            if ch in _DOUBLE_OPEN or (ch == "”" and (prev.isspace() or prev in "(—-") and not nxt.isspace()):
                if ch == '"' and not (prev.isspace() or prev in "([—-:") and i:
                    continue
                opened = i
            elif (ch == "‘" or ch == "'" and straight and (prev.isspace() or prev in "(") and nxt.isalpha()) \
                    and single < 0:
                single = i
            elif (ch == "’" or ch == "'" and straight) and single >= 0 and not nxt.isalpha():
                spans.append(Marked(single, i))
                single = -1
        elif ch in _DOUBLE_CLOSE and not (ch == "“" and not nxt.isspace()):
            spans.append(Marked(opened, i))
            opened = -1
        elif ch == "\n" and text[i : i + 2] == "\n\n":
            after = text[i + 2 : i + 3]
            if after and after in _DOUBLE_OPEN + "”":
                continue  # the quote goes on in the next paragraph
            opened = -1  # an unclosed mark does not run past its paragraph
    keep = keep or _is_quote
    return [s for s in spans if keep(text[s.open + 1 : s.close])]


def fragments(text: str) -> list[Marked]:
    """Quoted words too short to be quotes on their own ('unjuk rasa damai', 'perang'): partial quotes when they
    stand inside reported speech."""
    return quoted_spans(text, _is_fragment, straight=True)


def _is_fragment(inner: str) -> bool:
    """A few words in lower case: a name in marks ('Asta Cita Rakyat', "SIM farm") is no quote."""
    words = inner.split()
    return 0 < len(words) < MIN_QUOTE_WORDS and all(w[:1].islower() for w in words) and not _is_quote(inner)


def _is_quote(inner: str) -> bool:
    words = inner.split()
    capitalised = sum(w[:1].isupper() for w in words)
    if capitalised * 10 >= len(words) * 6 and len(words) >= 3:
        return False  # a title or a name in quote marks: "Perencanaan dan Pembangunan Kawasan"
    return len(words) >= MIN_QUOTE_WORDS or (len(words) >= 2 and inner.rstrip()[-1:] in ".!?,")
