"""Mentions grouped into canonical entities: a canonical English name, a type, aliases, roles and a country.

- Places go through the cross-language gazetteer (Rusia -> Russia, Moskow -> Moscow, AS -> United States); a
  known country, province or city is GPE, a region LOC, and each carries its country.
- Organisations: known names (PBB -> United Nations, Grup Wagner -> Wagner Group), institution head + place
  ("Kementerian Luar Negeri Rusia" -> Ministry of Foreign Affairs of Russia, "Kantor Kejaksaan Kostanay" ->
  Kostanay Prosecutor's Office); a bare head ("Kejaksaan") joins the one full institution of that head in the
  article.
- People: titles and roles before the name are split off into Mention.role / Entity.roles; a short form
  ("Baizhanov") joins the full name it ends or starts ("Ulan Baizhanov").
The id is derived from the canonical name and type, so the same entity in two articles has one id.
"""

from __future__ import annotations

import hashlib
import re

from warta.lang.id import institutions
from warta.lang.id.places import DIRECTIONS, FEATURE_WORDS
from warta.model import Article, Entity, Mention
from warta.resources import Resources
from warta.text import gazetteer as gazetteer_module
from warta.text.gazetteer import Gazetteer, Place
from warta.text.roles import split_role

# Words before a place name that are not part of it ("Kota Bandung", "Provinsi Jawa Barat").
_PLACE_PREFIXES = ("kota ", "provinsi ", "kabupaten ", "negara ", "wilayah ", "daerah ", "pulau ", "kepulauan ")
_ADMIN_PREFIXES = ("kota ", "provinsi ", "kabupaten ", "kecamatan ", "desa ", "kelurahan ")
_GROUP_WORDS = ("grup ", "kelompok ")
ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE", "EVENT")  # MISC mentions stay mentions only


def entity_id(name: str, label: str) -> str:
    return "e" + hashlib.sha1(f"{label}|{name.casefold()}".encode()).hexdigest()[:12]


def place_of(text: str, gaz: Gazetteer) -> Place | None:
    place = gaz.lookup(text)
    if place is not None:
        return place
    lower = text.lower()
    for prefix in _PLACE_PREFIXES:
        if lower.startswith(prefix):
            return gaz.lookup(text[len(prefix) :])
    # "Jakarta Pusat" -> Central Jakarta: a capitalised direction after a known place names a part of it.
    base, _, last = text.rpartition(" ")
    if base and last[:1].isupper() and last.lower() in DIRECTIONS:
        inner = gaz.lookup(base)
        if inner is not None and inner.kind != "country":
            return Place(f"{DIRECTIONS[last.lower()]} {inner.name}", inner.kind, inner.country)
    return None


def _without_admin_prefix(text: str) -> str:
    """"Kabupaten Luwu Utara" and "Luwu Utara" are one place: the administrative word is not part of the name."""
    lower = text.lower()
    for prefix in _ADMIN_PREFIXES:
        rest = text[len(prefix) :]
        if lower.startswith(prefix) and rest[:1].isupper():
            return rest
    return text


def organisation_name(text: str, gaz: Gazetteer) -> tuple[str, str]:
    """(canonical English name, ISO country) of an organisation mention; the text itself when nothing is known."""
    known = institutions.KNOWN.get(text) or institutions.KNOWN.get(text.title())
    if known:
        return known, ""
    lower = text.lower()
    for head in sorted(institutions.HEADS, key=len, reverse=True):
        if lower == head or lower.startswith(head + " "):
            rest = [w for w in text[len(head) :].split() if w.lower() not in institutions.PLACE_LINKS]
            english = institutions.HEADS[head]
            if not rest:
                return english, ""
            place = place_of(" ".join(rest), gaz)
            if place is None:
                return text, ""
            if place.kind == "country":
                return f"{english} of {place.name}", place.country
            return f"{place.name} {english}", place.country
    for word in _GROUP_WORDS:
        if lower.startswith(word) and len(text) > len(word):
            return f"{text[len(word):]} Group", ""
    return text, ""


def resolve(article: Article, gaz: Gazetteer) -> list[Entity]:
    """Sets Mention.entity/role on every mention and returns the article's entities."""
    entities: dict[str, Entity] = {}
    people = _full_names(article.mentions)
    bare_heads: list[tuple[Mention, str]] = []
    acronyms = _acronyms(article.body)
    for mention in article.mentions:
        if mention.label not in ENTITY_LABELS:
            continue
        name, label, country = mention.text, mention.label, ""
        if label in ("LOC", "GPE"):
            place = place_of(mention.text, gaz)
            if place is not None:
                name, label, country = place.name, place.label, place.country
            else:
                label = "LOC" if FEATURE_WORDS & set(mention.text.lower().split()) else "GPE"
                name = _without_admin_prefix(mention.text)
        elif label == "ORG":
            name, country = organisation_name(acronyms.get(mention.text, mention.text), gaz)
            if name in institutions.HEADS.values() and mention.text.lower() in institutions.HEADS:
                bare_heads.append((mention, name))
                continue
        elif label == "PER":
            name = people.get(mention.text, mention.text)
        _attach(entities, mention, name, label, gaz.country_name(country))
    for mention, head in bare_heads:
        owners = [e for e in entities.values() if e.label == "ORG" and head in e.name and e.name != head]
        name = owners[0].name if len(owners) == 1 else head
        _attach(entities, mention, name, "ORG", owners[0].country if len(owners) == 1 else "")
    return list(entities.values())


_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Z/&-]{1,9})\s*\(([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,8})\)")
_ACRONYM_LAST = re.compile(r"\b([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,8})\s*\(([A-Z][A-Z/&-]{1,9})\)")


def _acronyms(body: str) -> dict[str, str]:
    """Acronym -> its spelled-out form where the text gives both ("CSTO (Collective Security Treaty ...)")."""
    found: dict[str, str] = {}
    for short, long in _ACRONYM_FIRST.findall(body):
        if long[0] == short[0]:
            found.setdefault(short, long)
    for long, short in _ACRONYM_LAST.findall(body):
        words = long.split()
        # the long form is the shortest tail of the words before the bracket that starts with the acronym's letter
        for i in range(len(words) - 1, -1, -1):
            if words[i][0] == short[0] and len(words) - i >= 2:
                found.setdefault(short, " ".join(words[i:]))
                break
    return found


def _attach(entities: dict[str, Entity], mention: Mention, name: str, label: str, country: str) -> None:
    key = entity_id(name, label)
    entity = entities.get(key)
    if entity is None:
        entity = entities[key] = Entity(id=key, name=name, label=label, country=country)
    mention.entity = key
    mention.label = label
    if mention.text not in entity.aliases:
        entity.aliases.append(mention.text)
    if mention.role and mention.role not in entity.roles:
        entity.roles.append(mention.role)


def _full_names(mentions: list[Mention]) -> dict[str, str]:
    """Short person names -> the one longer name in the article they end or start ("Baizhanov" -> "Ulan B.")."""
    full = sorted({m.text for m in mentions if m.label == "PER" and " " in m.text}, key=len, reverse=True)
    # each full name under every run of its words, so a short name finds the names it is part of by one lookup
    # (testing it against every full name of a long article was quadratic)
    holding: dict[tuple[str, ...], list[str]] = {}
    for name in full:
        words = name.replace("-", " ").split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                holding.setdefault(tuple(words[i:j]), []).append(name)
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "PER" or m.text in out:
            continue
        parts = tuple(m.text.replace("-", " ").split())
        candidates = [f for f in dict.fromkeys(holding.get(parts, ())) if f != m.text]
        # the longest forms only ("Kassym-Jomart Tokayev" over "Jomart Tokayev"); two people sharing the name
        # ("Abdelhamid Abaaoud", "Omar Abaaoud") leave the short form alone
        longest = [c for c in candidates if not any(c != o and _is_part(c, o) for o in candidates)]
        if len(longest) == 1:
            out[m.text] = longest[0]
    return out


def _is_part(short: str, full: str) -> bool:
    """"Baizhanov" of "Ulan Baizhanov", "Denny" of "Ramdan Denny Prakoso" (Indonesians go by any of their names),
    "Jomart Tokayev" of "Kassym-Jomart Tokayev"."""
    words, parts = full.replace("-", " ").split(), short.replace("-", " ").split()
    return any(words[i : i + len(parts)] == parts for i in range(len(words) - len(parts) + 1))


def run(article: Article, resources: Resources) -> Article:
    gaz = resources.get("gazetteer", gazetteer_module.load)
    for mention in article.mentions:
        if mention.label == "PER":
            split_role(article, mention)
    article.entities = resolve(article, gaz)
    return article
