"""Canonical English names of organisation mentions, from the lexicons in lang/id.

- known names: "PBB" -> United Nations, "Kemensos" heads below;
- an institution head and a place: "Kementerian Luar Negeri Rusia" -> Ministry of Foreign Affairs of Russia,
  "Polda Sumut" -> North Sumatra Regional Police, "Dinas Kesehatan Kabupaten Seram Bagian Barat" -> West Seram
  Health Agency (a regency is named without the word "Regency" inside an institution's name);
- a head and a name that is not a place: "Puskesmas Waimital" -> Waimital Community Health Center;
- schools: "SMA Negeri 1 Kairatu" -> Kairatu State Senior High School 1;
- companies drop their legal form: "PT Dhirga Surya" -> Dhirga Surya.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from warta.lang.en.places import COUNTRY_PREFIXES
from warta.lang.id import institutions
from warta.text.gazetteer import Place

PlaceOf = Callable[[str], Place | None]

_HEADS = sorted(institutions.HEADS, key=len, reverse=True)
_HEADS_BY_FIRST_WORD: dict[str, list[str]] = {}
for _head in _HEADS:
    _HEADS_BY_FIRST_WORD.setdefault(_head.split(" ", 1)[0], []).append(_head)
_KNOWN_BY_START: dict[str, list[str]] = {}
for _name in institutions.KNOWN:
    if len(_name) >= 12:
        _KNOWN_BY_START.setdefault(_name[:3], []).append(_name)
# heads that are words, not acronyms: a letter off in "Kemenkes" is another ministry ("Kemenkeu")
_ONE_WORD_HEADS = ["kejaksaan", "kepolisian", "parlemen", "puskesmas", "universitas"]
# Typos: set on the detik dev pages' misspellings ("Bank Sentra Swiss", "Bank Sentral Swisss", "Puskesms"); at
# these similarities no two known names or heads are confused with each other.
MIN_TYPO_LENGTH = 12
TYPO_SIMILARITY = 0.92
HEAD_TYPO_SIMILARITY = 0.85
_SCHOOLS = sorted(institutions.SCHOOLS, key=len, reverse=True)
_GROUP_WORDS = ("grup ", "kelompok ")
_LEGAL_FORMS = re.compile(r"^(?:PT|CV|Perum|Persero)\.?\s+(?=[A-Z])|,?\s+(?:Tbk|\(Persero\))\.?$")
_NUMBER = re.compile(r"^\d{1,3}$")


def head_of(text: str) -> str:
    """The longest institution head the text starts with, lower-cased ("" when none)."""
    lower = text.lower()
    candidates = _HEADS_BY_FIRST_WORD.get(lower.split(" ", 1)[0], ())
    return next((h for h in candidates if lower == h or lower.startswith(h + " ")), "")


def bare_english(head: str) -> str:
    """English name of a head written alone: "{} Health Agency" -> "Health Agency"."""
    return institutions.HEADS[head].replace("{}", "").strip()


def with_place(head: str, place: Place) -> str:
    english = institutions.HEADS[head]
    name = place.name.removesuffix(" Regency")
    if place.kind == "country" and head in institutions.COUNTRY_FORMS:
        return institutions.COUNTRY_FORMS[head].format(place.name)
    if "{}" in english:
        return english.format(name)
    if place.kind == "country":
        return f"{english} of {place.name}"
    return f"{name} {english}"


def organisation_name(text: str, place_of: PlaceOf) -> tuple[str, str]:
    """(canonical English name, ISO country) of an organisation mention; the text itself when nothing is known."""
    known = institutions.KNOWN.get(text) or institutions.KNOWN.get(text.title()) or _misspelt_known(text)
    if known:
        return known, ""
    task_force = _task_force(text, place_of)
    if task_force:
        return task_force, ""
    head = head_of(text) or head_of(respelt_head(text))
    text = respelt_head(text) if head and not head_of(text) else text
    if head:
        rest = [w for w in text[len(head) :].split() if w.lower() not in institutions.PLACE_LINKS]
        if not rest:
            return bare_english(head), ""
        place = place_of(" ".join(rest))
        if place is not None:
            return with_place(head, place), place.country
        if all(w[:1].isupper() or w[:1].isdigit() for w in rest):
            named = _named(head, " ".join(rest), place_of)
            if named:
                return named, ""
        return text, ""
    school = school_name(text, place_of)
    if school:
        return school, ""
    parliament = _parliament_body(text)
    if parliament:
        return parliament, "ID"
    lower = text.lower()
    for word in _GROUP_WORDS:
        if lower.startswith(word) and len(text) > len(word):
            return f"{text[len(word):]} Group", ""
    first, _, rest = text.partition(" ")
    if first in COUNTRY_PREFIXES and rest[:1].isupper():
        return f"{COUNTRY_PREFIXES[first]} {rest}", ""  # "US Navy" -> United States Navy
    bare = _LEGAL_FORMS.sub("", text).strip()
    return bare or text, ""


_COMMISSION = re.compile(r"Komisi ([IVX]{1,4})(?: DPR(?: RI)?)?")
_FACTION = re.compile(r"Fraksi (.+?)(?: (?:di )?DPR(?: RI)?)?")
_PARLIAMENT = "the People's Representative Council"


def _parliament_body(text: str) -> str:
    """"Komisi X DPR RI" -> Commission X of the People's Representative Council; "Fraksi Partai Golkar" ->
    Golkar faction in the People's Representative Council."""
    commission = _COMMISSION.fullmatch(text)
    if commission:
        return f"Commission {commission.group(1)} of {_PARLIAMENT}"
    faction = _FACTION.fullmatch(text)
    if faction:
        party = institutions.KNOWN.get(faction.group(1)) or institutions.KNOWN.get("Partai " + faction.group(1))
        if party:
            return f"{party} faction in {_PARLIAMENT}"
    return ""


def _misspelt_known(text: str) -> str:
    """A known name with one letter wrong or missing ("Bank Sentra Swiss"): long names only, where a near miss is
    a typo and not another organisation."""
    if len(text) < MIN_TYPO_LENGTH:
        return ""
    # a typo keeps the first letters: only names that start alike are compared (difflib is slow)
    close = difflib.get_close_matches(text, _KNOWN_BY_START.get(text[:3], ()), n=1, cutoff=TYPO_SIMILARITY)
    return institutions.KNOWN[close[0]] if close else ""


def respelt_head(text: str) -> str:
    """"Puskesms Kairatu" -> "Puskesmas Kairatu": a one-word head with a typo, in long words only."""
    first, _, rest = text.partition(" ")
    if len(first) < 8 or not rest:
        return text
    close = difflib.get_close_matches(first.lower(), _ONE_WORD_HEADS, n=1, cutoff=HEAD_TYPO_SIMILARITY)
    return f"{close[0].title()} {rest}" if close else text


def _task_force(text: str, place_of: PlaceOf) -> str:
    """"Satgas Pangan Polda Sumut" -> "North Sumatra Regional Police Food Task Force"."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in ("satgas", "satuan tugas"):
        return ""
    for cut in range(len(words), 1, -1):
        subject = institutions.TASK_FORCES.get(" ".join(words[1:cut]).lower())
        if subject:
            owner = " ".join(words[cut:])
            owner_name = organisation_name(owner, place_of)[0] if owner else ""
            return " ".join(p for p in (owner_name, subject, "Task Force") if p)
    return ""


def _named(head: str, rest: str, place_of: PlaceOf) -> str:
    """"Puskesmas Waimital" -> "Waimital Community Health Center", "BEM UI" -> "University of Indonesia Student
    Executive Board" (the name may itself be an organisation)."""
    if head in institutions.NAMED_FORMS:
        return institutions.NAMED_FORMS[head].format(rest)
    if head not in institutions.NAMED:
        return ""
    inner = organisation_name(rest, place_of)[0] if rest.split()[0].lower() in _FIRST_WORDS else rest
    return institutions.HEADS[head].format(institutions.KNOWN.get(rest, inner))


_FIRST_WORDS = frozenset(h.split()[0] for h in institutions.HEADS)


def school_name(text: str, place_of: PlaceOf) -> str:
    """"SD Inpres Talaga Ratu" -> "Talaga Ratu Inpres Elementary School"; "" when the text names no school."""
    lower = text.lower()
    kind = next((s for s in _SCHOOLS if lower.startswith(s + " ")), "")
    written = text[: len(kind)]
    if not kind or not (written.isupper() if " " not in kind else written[:1].isupper()):
        return ""  # abbreviations in capitals only ("SD", not "sd")
    words = text[len(kind) :].split()
    qualifiers: list[str] = []
    while words and words[0].lower() in institutions.SCHOOL_QUALIFIERS:
        qualifiers.append(institutions.SCHOOL_QUALIFIERS[words.pop(0).lower()])
    number = words.pop(0) if words and _NUMBER.match(words[0]) else ""
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    name = " ".join(words)
    place = place_of(name)
    if place is not None:
        name = place.name.removesuffix(" Regency")
    english = institutions.SCHOOLS[kind]
    return " ".join(p for p in (name, *qualifiers, english, number) if p)
