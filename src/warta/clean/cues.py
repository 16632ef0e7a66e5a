"""What one line says about itself: furniture cues a reader recognises without context.

Each test returns a reason ("related-link", "byline", ...) or "" when the line carries no such cue. The cue words
are language data (warta.lang.id.boilerplate, warta.lang.en.boilerplate); this module only matches them.
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
_INNER_SENTENCE_END = re.compile(r"[a-z0-9)\"”][.!?]\s+[A-Z\"“]")
_NUMBERED_HEADING = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
_HASHTAGS = re.compile(r"^(?:#\s*[\w-]+\s*){1,}$")
_BULLET = re.compile(r"^[•·▪◦●■\-–—*]\s*\S")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_CREDIT_PARENS = re.compile(r"\(([^()]{2,80})\)\s*$")
# "© 2025 X", "©X": the sign at a word start; inside a word it is mojibake ("CafÃ©" in detik's CSV).
_COPYRIGHT_SIGN = re.compile(r"(?:^|\s)(?:©|\(c\))\s*(?:\d{4}|[A-Z])")
# "(Foto: ...)", "(Dok. ...)", "(Photo by ...)": a credit label opening the parentheses marks a caption
_CREDIT_LABEL_START = re.compile(r"^\s*(?:foto|photo|dok|dokumentasi|ilustrasi|gambar|image|sumber foto|kredit)"
                                 r"\b\s*(?:[:.]|by\b)", re.I)
# "Tag: banjir, bpbd, muara lintang, kalimantan barat": tag lists of the sample corpus and the seeds stay under 12
# words; a sentence that happens to start with "Topik:" runs longer.
MAX_TAG_LINE_WORDS = 12
_MENU_SEPARATOR = re.compile(r"\s+[|•·»/]\s+|\s{3,}")
# Menu items and share buttons have 1-3 words ("Gaya Hidup", "Salin Tautan"); a headline cut by "|" has more.
MENU_ITEM_WORDS = 3
_SITE_BYLINE = re.compile(r"^(?P<names>[A-Z][\w.'-]*(?:(?:\s+|,\s*|\s+dan\s+)[A-Z][\w.'-]*){0,6})\s+[-–]\s+"
                          r"(?P<site>[A-Za-z][\w]*[A-Z.][\w.]*)$")
_PROMO_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in cues.PROMO_PHRASES) + r")\b")
_URL = re.compile(r"https?://|www\.")
_CALL_WORDS = ("klik", "simak", "ikuti", "follow", "download", "unduh", "whatsapp", "telegram", "instagram",
               "youtube", "subscribe", "berlangganan", "kunjungi")
_WORD_SLASH = re.compile(r"[^\W\d]/[^\W\d]")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|co\.id|id|net|org|tv|co|news)\b", re.I)
_DATE_FILLER = re.compile(r"[\s|,.:/()\-–—]+|\b(?:wib|wita|wit|pukul|jam|diperbarui|updated|published|dipublikasikan"
                          r"|diterbitkan|terbit|tayang)\b", re.I)
_BADGE = re.compile(
    rf"^(?P<name>.+?)\s+photo\s+(?P<badge>{'|'.join(re.escape(b) for b in cues.BADGE_WORDS)})\s+(?P=name)\s*$", re.I)
_CREDIT_LABEL = re.compile(
    r"^(?P<label>" + "|".join(re.escape(w) for w in sorted(
        cues.AUTHOR_LABELS + cues.EDITOR_LABELS + cues.OTHER_CREDIT_LABELS, key=len, reverse=True))
    + r")(?:\s*(?P<colon>:)\s*|\s+)(?P<names>\S.*)$", re.I)
# Labels that mark a credit even without a colon ("Penulis Nama | Editor Nama" on Kompas-like pages).
_BARE_LABELS = frozenset({"penulis", "editor", "reporter", "laporan", "redaktur", "penyunting", "wartawan",
                          "kontributor", "oleh", "by"})
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'-]*|bin|binti|dan|and|van|de|al|el|[|,&/])$")
_SYNDICATION = tuple(re.compile(p, re.I) for p in cues.SYNDICATION_PATTERNS)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


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
    if not low.startswith(_LINK_PREFIXES):
        return False  # most lines: one C-level test instead of a loop over the prefixes
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


def related_link_target(text: str) -> str:
    """The headline a related-link line points to ("" for a bare "Baca Juga" label over a list)."""
    low = text.lower().lstrip("(")
    for prefix in _LINK_PREFIXES:
        if low.startswith(prefix):
            return text.lstrip("( ")[len(prefix):].strip(" :-–—)")
    return ""


# A prompt is the whole line, or starts it when it ends in a colon or is longer than 12 characters.
_WHOLE_PROMPTS = frozenset(p.strip(" .") for p in _PROMPTS)
_PROMPT_STARTS = tuple(p for p in _PROMPTS if p.endswith(":") or len(p) > 12)


def prompt(text: str) -> bool:
    low = text.lower().strip(" .:")
    return low in _WHOLE_PROMPTS or low.startswith(_PROMPT_STARTS)


def promo(text: str) -> bool:
    """The outlet advertising its channels or apps ("Simak breaking news ... WhatsApp Channel: https://...")."""
    low = text.lower()
    if _PROMO_PHRASE.search(low):
        return True
    # a link closing a call to follow or download; prose that mentions a site ends in a full stop
    return bool(_URL.search(low)) and not ends_sentence(text) and any(w in low for w in _CALL_WORDS)


def sidebar_header(text: str) -> bool:
    return text.lower().strip(" :»›>-–—") in cues.SIDEBAR_HEADERS


def copyright_or_disclaimer(text: str) -> bool:
    low = text.lower()
    return bool(_COPYRIGHT_SIGN.search(text)) or any(c in low for c in cues.COPYRIGHT_CUES) \
        or any(c in low for c in cues.DISCLAIMER_CUES)


def tag_line(text: str) -> bool:
    low = text.lower().strip()
    labelled = ":" in low and low.split(":")[0] in cues.TAG_HEADERS and len(words(text)) <= MAX_TAG_LINE_WORDS
    return low in cues.TAG_HEADERS or bool(_HASHTAGS.match(text.strip())) or labelled


def badge(text: str) -> re.Match | None:
    return _BADGE.match(text)


def credit(text: str) -> re.Match | None:
    """"Editor: NAME", "Reporter: NAME": a label and names (short, so a sentence that starts so is not one)."""
    m = _CREDIT_LABEL.match(text)
    if not m or len(words(m.group("names"))) > 8 or ends_sentence(m.group("names").rstrip(".") + "x"):
        return None
    if m.group("colon"):
        return m
    label = m.group("label").lower()
    names = m.group("names").split("|")[0].split()
    if label in _BARE_LABELS and names and all(_NAME_WORD.match(w) for w in names):
        return m
    return None


def site_byline(text: str) -> re.Match | None:
    """"Nama Penulis - detikNews", "Nama Satu, Nama Dua - Kompas.com": names, a dash, one site name."""
    return _SITE_BYLINE.match(text.strip())


def syndication(text: str) -> re.Match | None:
    for pattern in _SYNDICATION:
        m = pattern.match(text.strip())
        if m:
            return m
    return None


def date_only(text: str) -> bool:
    """A line that holds a date (and time) and nothing else: a dateline or a sidebar timestamp."""
    rest = date_remainder(text)
    return rest is not None and not rest


def date_remainder(text: str) -> str | None:
    """What a line holds besides its dates, times and their separators; None when it holds no date."""
    found = find_dates(text)
    if not found:
        return None
    rest = text
    for d in reversed(found):
        rest = rest[: d.start] + " " + rest[d.end :]
    return normalise(_DATE_FILLER.sub(" ", rest))


def source_credit(text: str) -> bool:
    """"(Tribun-Video.com/Eurasiantimes.com)", "(ant/dtk)": a whole line of outlet initials in parentheses."""
    t = text.strip()
    return t.startswith("(") and t.endswith(")") and len(words(t)) <= 8 and ("/" in t or bool(_DOMAIN.search(t))) \
        and not ends_sentence(t[:-1])


def photo_credit(text: str) -> bool:
    """A caption: a line ending in a parenthesised photo credit, or a short "Ilustrasi/Net", "Foto: ..." line."""
    t = text.strip()
    if _CREDIT_LABEL_START.match(t):
        return True  # "Foto: Warga melintasi ...", "Ilustrasi: ..."
    m = _CREDIT_PARENS.search(t)
    if m and _CREDIT_LABEL_START.match(m.group(1)):
        return True
    if m and not ends_sentence(t[: m.start()].rstrip()):
        inner = m.group(1).lower()
        if _DOMAIN.search(inner) or _WORD_SLASH.search(inner) or any(re.search(rf"\b{re.escape(w)}\b", inner)
                                                         for w in cues.PHOTO_CREDIT_WORDS):
            return True
    low = t.lower()
    first = re.split(r"[\s/:.]", low, maxsplit=1)[0]
    return len(words(t)) <= 6 and first in cues.PHOTO_CREDIT_WORDS and ("/" in t or ":" in t or "." in t)


def menu(text: str) -> bool:
    """"Beranda | Daerah | Olahraga", "Bagikan: Facebook | X | WhatsApp": three or more short items in a row."""
    parts = [p for p in _MENU_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(words(p)) <= MENU_ITEM_WORDS for p in parts)


def punctuation_only(text: str) -> bool:
    return bool(_PUNCT_ONLY.match(text))


def bullet(text: str) -> bool:
    return bool(_BULLET.match(text.strip()))
