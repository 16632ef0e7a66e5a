"""What one line says about itself: furniture cues a reader recognises without context.

Each test returns a reason ("related-link", "byline", ...) or "" when the line carries no such cue. The cue words
are language data (warta.lang.id.boilerplate); this module only matches them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.lang.en import boilerplate as en_cues
from warta.lang.id import boilerplate as cues
from warta.meta.dates import find_dates

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…\"”’')\]]\s*$")
_NUMBERED_HEADING = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
_HASHTAGS = re.compile(r"^(?:#\s*[\w-]+\s*){1,}$")
_BULLET = re.compile(r"^[•·▪◦●■\-–—*]\s*\S")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_CREDIT_PARENS = re.compile(r"\(([^()]{2,80})\)\s*$")
# "© 2025 X", "©X": the sign at a word start; inside a word it is mojibake ("CafÃ©" in detik's CSV).
_COPYRIGHT_SIGN = re.compile(r"(?:^|\s)(?:©|\(c\))\s*(?:\d{4}|[A-Z])")
_WORD_SLASH = re.compile(r"[^\W\d]/[^\W\d]")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|co\.id|id|net|org|tv|co|news)\b", re.I)
_DATE_FILLER = re.compile(r"[\s|,.:/()\-–—]+|\b(?:wib|wita|wit|pukul|jam|diperbarui|updated|published|dipublikasikan"
                          r"|diterbitkan|terbit|tayang)\b", re.I)
_BADGE = re.compile(
    rf"^(?P<name>.+?)\s+photo\s+(?P<badge>{'|'.join(re.escape(b) for b in cues.BADGE_WORDS)})\s+(?P=name)\s*$", re.I)
_CREDIT_LABEL = re.compile(
    r"^(?P<label>" + "|".join(re.escape(w) for w in sorted(
        cues.AUTHOR_LABELS + cues.EDITOR_LABELS + cues.OTHER_CREDIT_LABELS, key=len, reverse=True))
    + r")\s*:\s*(?P<names>\S.*)$", re.I)
_SYNDICATION = tuple(re.compile(p, re.I) for p in cues.SYNDICATION_PATTERNS)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


_INNER_SENTENCE_END = re.compile(r"[a-z0-9)\"”][.!?]\s+[A-Z\"“]")


def has_inner_sentence_end(text: str) -> bool:
    return bool(_INNER_SENTENCE_END.search(text))


def is_numbered_heading(text: str) -> bool:
    return bool(_NUMBERED_HEADING.match(text))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """jusText's Indonesian stoplist with the English one: stopword density tells prose from lists of names."""
    import justext

    return frozenset(justext.get_stoplist("Indonesian")) | frozenset(justext.get_stoplist("English"))


def stopword_density(text: str) -> float:
    tokens = [w.lower() for w in words(text)]
    if not tokens:
        return 0.0
    stop = stopwords()
    return sum(1 for t in tokens if t in stop) / len(tokens)


_LINK_PREFIXES = tuple(sorted(cues.RELATED_LINK_PREFIXES + en_cues.RELATED_LINK_PREFIXES, key=len, reverse=True))
_COLON_ONLY = cues.COLON_ONLY_PREFIXES | en_cues.COLON_ONLY_PREFIXES
_PROMPTS = cues.PROMPTS + en_cues.PROMPTS


def related_link(text: str) -> bool:
    low = text.lower().lstrip("(")
    for prefix in _LINK_PREFIXES:
        if low.startswith(prefix):
            rest = low[len(prefix):]
            # one-word prefixes must end a word ("Bacaan" is not "Baca"); longer ones may be glued on
            # ("Saksikan LiveDetikpagi:")
            if rest[:1].isalnum() and " " not in prefix:
                continue
            if prefix in _COLON_ONLY:
                return rest.lstrip().startswith(":")
            return True
    return False


def prompt(text: str) -> bool:
    low = text.lower().strip(" .:")
    return any(low == p.strip(" .") or (p.endswith(":") and low.startswith(p)) or
               (len(p) > 12 and low.startswith(p)) for p in _PROMPTS)


def sidebar_header(text: str) -> bool:
    return text.lower().strip(" :»›>-–—") in cues.SIDEBAR_HEADERS


def copyright_or_disclaimer(text: str) -> bool:
    low = text.lower()
    return bool(_COPYRIGHT_SIGN.search(text)) or any(c in low for c in cues.COPYRIGHT_CUES) \
        or any(c in low for c in cues.DISCLAIMER_CUES)


def tag_line(text: str) -> bool:
    low = text.lower().strip()
    return low in cues.TAG_HEADERS or bool(_HASHTAGS.match(text.strip())) or low.split(":")[0] in cues.TAG_HEADERS \
        and ":" in low and len(words(text)) <= 12


def badge(text: str) -> re.Match | None:
    return _BADGE.match(text)


def credit(text: str) -> re.Match | None:
    """"Editor: NAME", "Reporter: NAME": a label and names (short, so a sentence that starts so is not one)."""
    m = _CREDIT_LABEL.match(text)
    if m and len(words(m.group("names"))) <= 8 and not ends_sentence(m.group("names").rstrip(".") + "x"):
        return m
    return None


def syndication(text: str) -> re.Match | None:
    for pattern in _SYNDICATION:
        m = pattern.match(text.strip())
        if m:
            return m
    return None


def date_only(text: str) -> bool:
    """A line that holds a date (and time) and nothing else: a dateline or a sidebar timestamp."""
    found = find_dates(text)
    if not found:
        return False
    rest = text
    for d in reversed(found):
        rest = rest[: d.start] + " " + rest[d.end :]
    return not _DATE_FILLER.sub("", rest).strip()


def source_credit(text: str) -> bool:
    """"(Tribun-Video.com/Eurasiantimes.com)", "(ant/dtk)": a whole line of outlet initials in parentheses."""
    t = text.strip()
    return t.startswith("(") and t.endswith(")") and len(words(t)) <= 8 and ("/" in t or bool(_DOMAIN.search(t))) \
        and not ends_sentence(t[:-1])


def photo_credit(text: str) -> bool:
    """A caption: a line ending in a parenthesised photo credit, or a short "Ilustrasi/Net", "Foto: ..." line."""
    t = text.strip()
    m = _CREDIT_PARENS.search(t)
    if m and not ends_sentence(t[: m.start()].rstrip()):
        inner = m.group(1).lower()
        if _DOMAIN.search(inner) or _WORD_SLASH.search(inner) or any(re.search(rf"\b{re.escape(w)}\b", inner)
                                                         for w in cues.PHOTO_CREDIT_WORDS):
            return True
    low = t.lower()
    first = re.split(r"[\s/:.]", low, maxsplit=1)[0]
    return len(words(t)) <= 6 and first in cues.PHOTO_CREDIT_WORDS and ("/" in t or ":" in t or "." in t)


def punctuation_only(text: str) -> bool:
    return bool(_PUNCT_ONLY.match(text))


def bullet(text: str) -> bool:
    return bool(_BULLET.match(text.strip()))
