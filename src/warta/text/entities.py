"""Mentions grouped into canonical entities: a canonical English name, a type, aliases, roles and a country.

- Places go through the cross-language gazetteer (Rusia -> Russia, Moskow -> Moscow, AS -> United States) and
  Indonesia's regencies and cities (warta.text.regions: "Kabupaten Mempawah" -> Mempawah Regency); a country,
  province, regency, city, district or village is GPE, a region, island or built feature LOC. A place written
  only inside an institution's name ("Kejati Sumsel") adds no entity of its own.
- Organisations: warta.text.organisation_names (known names, institution head + place, schools, companies); an
  acronym stands for the name before its bracket; a head written alone ("Kejaksaan", "Dinas Kesehatan") joins the
  one full institution of that head in the article, else the article's one regency or city for regional bodies,
  else Indonesia's for national ones ("Kemenkeu" -> Ministry of Finance of Indonesia).
- People: titles, roles and degrees are split off into Mention.role / Entity.roles; a short form ("Baizhanov")
  joins the full name it ends or starts ("Ulan Baizhanov"), a name after "alias" the real name before it, and a
  public figure's short name (lang/id/people.py) the full one, so that articles agree; a name word misspelt once
  takes the spelling the article repeats (warta.text.respelling: "Morgan Tsvairai" beside "Tsvangirai").
The id is derived from the canonical name and type, so the same entity in two articles has one id.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left

from warta.lang.en.places import COUNTRY_SHORT_NAMES
from warta.lang.id import institutions
from warta.lang.id.people import DEGREES, FULL_NAMES, NAME_TITLES
from warta.lang.id.places import (
    DIRECTIONS,
    FEATURE_NAMES,
    FEATURE_WORDS,
    LANDMARKS,
    NOT_PLACES,
    PLACE_EPITHETS,
    PLACE_LABELS,
    PLACE_NAME_ENDINGS,
)
from warta.model import Article, Entity, Mention
from warta.resources import Resources
from warta.text import gazetteer as gazetteer_module
from warta.text import regions as regions_module
from warta.text.gazetteer import Gazetteer, Place
from warta.text.organisation_names import bare_english, head_of, organisation_name, respelt_head, with_place
from warta.text.regions import Regions
from warta.text.respelling import respellings, respelt
from warta.text.roles import split_role
from warta.text.taken import SortedSpans

# Words before a place name that are not part of it ("Kota Bandung", "Provinsi Jawa Barat").
_PLACE_PREFIXES = ("kota ", "provinsi ", "kabupaten ", "negara ", "wilayah ", "daerah ", "pulau ", "kepulauan ")
_ADMIN_PREFIXES = ("kota ", "provinsi ", "kabupaten ", "kecamatan ", "desa ", "kelurahan ", "dukuh ", "dusun ")
ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE", "EVENT")  # MISC mentions stay mentions only


def entity_id(name: str, label: str) -> str:
    return "e" + hashlib.sha1(f"{label}|{name.casefold()}".encode()).hexdigest()[:12]


def place_of(text: str, gaz: Gazetteer, regions: Regions | None = None, indonesian: bool = False) -> Place | None:
    """The place a mention names; Indonesia's regencies and cities by their English names ("Kabupaten Mempawah"
    -> Mempawah Regency) where the gazetteer knows no other place or only a town of that name (in Indonesian text
    "Kendal" is the regency, not the English town)."""
    place = _gazetteer_place(text, gaz)
    region = regions.lookup(text) if regions is not None else None
    if region is not None and (
        place is None or (place.kind == "city" and (place.country == "ID" or indonesian or region.kind != "city"))
    ):
        return region
    return place


def _gazetteer_place(text: str, gaz: Gazetteer) -> Place | None:
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
    """"Kelurahan Tambakrejo" and "Tambakrejo" are one place: the administrative word is not part of the name."""
    lower = text.lower()
    for prefix in _ADMIN_PREFIXES:
        rest = text[len(prefix) :]
        if lower.startswith(prefix) and (rest[:1].isupper() or rest[:1].isdigit()):
            return rest
    return text


def _english_feature(name: str) -> str:
    """"Pulau Seruni" -> "Seruni Island", "Gunung Semeru" -> "Mount Semeru"; other names as written."""
    first, _, rest = name.partition(" ")
    form = FEATURE_NAMES.get(first.lower())
    return form.format(rest) if form and rest[:1].isupper() else name


def _place_label(name: str, text: str, label: str) -> str:
    """GPE or LOC: islands and natural or built features are LOC, administered places GPE."""
    if name in PLACE_LABELS:
        return PLACE_LABELS[name]
    words = set(text.lower().split())
    if FEATURE_WORDS & words:
        return "LOC"
    return label


class _Resolver:
    """Names each mention of one article; holds what naming one mention needs to know about the others."""

    __slots__ = ("acronyms", "article", "full_people", "gaz", "local_places", "people", "people_by_word", "places",
                 "regions", "slips")

    def __init__(self, article: Article, gaz: Gazetteer, regions: Regions | None) -> None:
        self.article, self.gaz, self.regions = article, gaz, regions
        self.slips = respellings(article.mentions)  # "Tsvairai" written once where "Tsvangirai" is written thrice
        self.people = _full_names(article.mentions, article.body, self.slips)
        self.acronyms = _acronyms(article.body)
        self.local_places = _local_government_places(article.mentions, gaz, regions)
        for m in article.mentions:  # the mention right before "(ACRONYM)" whose capitals end with it
            short = _BRACKETED.match(article.body, m.end)
            initials = "".join(w[0] for w in m.text.split() if w[0].isupper())
            # "Kejari Ogan Komering Ilir (OKI)": after an institution head the acronym may be the place's alone
            exact = initials == short.group(1) if short else False
            if short and m.label == "ORG" and (exact or (initials.endswith(short.group(1)) and not head_of(m.text))):
                self.acronyms[short.group(1)] = m.text
        self.places: dict[int, Place] = {}  # mention start -> the place it names
        self.full_people: set[str] = set()  # the people's names of more than one word, read on first use
        self.people_by_word: dict[str, list[str]] | None = None  # and by each of their words

    def place_of(self, text: str) -> Place | None:
        expanded = self.acronyms.get(text, text)
        if text in LANDMARKS:
            return Place(LANDMARKS[text], "region", "")
        if text in PLACE_EPITHETS or text in COUNTRY_SHORT_NAMES:
            name, country = PLACE_EPITHETS.get(text) or COUNTRY_SHORT_NAMES[text]
            return Place(name, "country", country)
        return place_of(expanded, self.gaz, self.regions, self.article.meta.language != "en")

    def place(self, mention: Mention) -> tuple[str, str, str]:
        place = self.place_of(mention.text)
        if place is not None:
            self.places[mention.start] = place
            return place.name, _place_label(place.name, mention.text, place.label), place.country
        label = "LOC" if FEATURE_WORDS & set(mention.text.lower().split()) else "GPE"
        return _english_feature(_without_admin_prefix(mention.text)), label, ""

    def person(self, text: str) -> str:
        """Full name of a person mention: the longer name in the article, the public figure the short form
        stands for, and glued words parted ("BobbyNasution" -> "Bobby Nasution")."""
        name = self.people.get(text) or FULL_NAMES.get(text) or respelt(text, self.slips)
        words = name.split()
        while len(words) > 1 and words[-1].lower().replace(".", "").replace(",", "") in DEGREES:
            words.pop()
        while len(words) > 1 and words[0].lower().rstrip(".") in NAME_TITLES:
            words.pop(0)
        name = " ".join(words)
        return _GLUED_NAME.sub(" ", name) if " " not in name else name

    def person_named(self, mention: Mention) -> str:
        """The one person of the article whose full name holds this single unknown word, else ""."""
        place = self.place_of(mention.text)
        if " " in mention.text or (place is not None and (place.kind != "city" or place.country == "ID")):
            return ""  # a foreign town that shares a person's name ("Reda") yields to the person
        if self.people_by_word is None:
            self.full_people = {m.text for m in self.article.mentions if m.label == "PER" and " " in m.text}
            self.people_by_word = {}
            for full in self.full_people:
                for word in set(full.replace("-", " ").split()):
                    self.people_by_word.setdefault(word, []).append(full)
        parts = mention.text.replace("-", " ").split()  # a name holding it holds its first word
        candidates = self.people_by_word.get(parts[0], []) if parts else self.full_people
        owners = [f for f in candidates if _is_part(mention.text, f)]
        return owners[0] if len(owners) == 1 else ""

    def organisation_place(self, text: str) -> Place | None:
        """An organisation mention that is only a place's name ("Ogan Komering Ilir", "IKN") names the place."""
        if text in institutions.KNOWN or head_of(text):
            return None
        return self.place_of(text)

    def government_of(self, text: str) -> Place | None:
        """"Pemerintah Indonesia" is the country itself, not an organisation of its own."""
        words = text.split(maxsplit=1)
        if len(words) == 2 and words[0].lower() == "pemerintah":
            place = self.place_of(words[1])
            return place if place is not None and place.kind == "country" else None
        return None

    def following_place(self, mention: Mention) -> Place | None:
        """The place named right after an institution head: "Dinas Sosial (Dinsos) Kota Mataram"."""
        gap = _HEAD_TO_PLACE.match(self.article.body, mention.end)
        if gap is None:
            return None
        starts = [at for at in range(mention.end + 1, gap.end() + 1) if at in self.places]  # the gap is short
        if len(starts) <= 1:
            return self.places[starts[0]] if starts else None
        return next((p for start, p in self.places.items() if mention.end < start <= gap.end()), None)


_BRACKETED = re.compile(r"\s*\(([A-Z][\w-]{1,15})\)")

# A lower-case letter run into a capital inside one word: two names glued by a lost space ("BobbyNasution"); two
# lower-case letters at least before the capital, so "McDonald" and "DeAndre" stay whole.
_GLUED_NAME = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")

# Between an institution head and its place: an acronym in brackets and administrative words.
_HEAD_TO_PLACE = re.compile(r"(?:\s*\([A-Za-z]{2,12}\))?(?:\s+(?:di|kota|kabupaten|kab\.|provinsi))?\s+", re.IGNORECASE)


def resolve(article: Article, gaz: Gazetteer, regions: Regions | None = None) -> list[Entity]:
    """Sets Mention.entity/role on every mention and returns the article's entities."""
    entities: dict[str, Entity] = {}
    naming = _Resolver(article, gaz, regions)
    named = [m for m in article.mentions if m.label in ENTITY_LABELS]
    resolved: dict[int, tuple[str, str, str]] = {}
    for mention in named:
        if mention.label in ("LOC", "GPE") and " " in mention.text and head_of(respelt_head(mention.text)):
            mention.label = "ORG"  # "Puskesms Kairatu" tagged a place: an institution with a typo in its head
        if mention.label in ("LOC", "GPE") and naming.person_named(mention):
            mention.label = "PER"  # "Riky" of "Riky Saputra", tagged a place
            resolved[id(mention)] = (naming.person_named(mention), "PER", "")
        elif mention.label in ("LOC", "GPE"):
            resolved[id(mention)] = naming.place(mention)
    bare_heads: list[tuple[Mention, str]] = []
    for mention in named:
        if id(mention) in resolved and mention.label == "PER":
            continue  # a person the place pass recognised
        if mention.text in institutions.KNOWN and mention.label in ("PER", "GPE", "LOC"):
            mention.label = "ORG"
        if mention.label == "ORG" and mention.text in FULL_NAMES:
            mention.label = "PER"
        if mention.label == "ORG" and naming.organisation_place(mention.text):
            place = naming.organisation_place(mention.text)
            resolved[id(mention)] = (place.name, _place_label(place.name, mention.text, place.label), place.country)
        elif mention.label == "ORG" and naming.government_of(mention.text):
            place = naming.government_of(mention.text)
            resolved[id(mention)] = (place.name, "GPE", place.country)
        elif mention.label == "ORG":
            text = naming.acronyms.get(mention.text, mention.text)
            name, country = organisation_name(text, naming.place_of)
            head = head_of(text)
            if head and text.lower() == head:
                after = naming.following_place(mention)
                if after is None:
                    bare_heads.append((mention, head))
                    continue
                name, country = with_place(head, after), after.country
            resolved[id(mention)] = (name, "ORG", country)
        elif mention.label == "PER" and mention.text.split()[-1].lower() in PLACE_NAME_ENDINGS:
            resolved[id(mention)] = naming.place(mention)  # "Muktiharjo Kidul" is a village
        elif mention.label == "PER":
            resolved[id(mention)] = (naming.person(mention.text), "PER", "")
        elif mention.label not in ("LOC", "GPE"):
            resolved[id(mention)] = (mention.text, mention.label, "")
    # "Kejati Sumsel" names no place of its own; "Kantor Kejaksaan di wilayah Kostanay" names one
    _short_organisations(named, resolved)
    organisations = [
        m for m in named if m.label == "ORG" and not institutions.PLACE_LINKS & set(m.text.lower().split()[1:-1])
    ]
    near = SortedSpans(organisations)  # the organisations near each place only: all of them was quadratic
    inside = {id(m) for m in named if m.label in ("LOC", "GPE")
              and any(_within(m, o) for o in near.near(m.start, m.end))}
    outside = {resolved[id(m)][0] for m in named if id(m) in resolved and id(m) not in inside}
    for mention in named:
        if id(mention) in inside and resolved[id(mention)][0] not in outside:
            continue
        if id(mention) in resolved and resolved[id(mention)][0].casefold() not in NOT_PLACES:
            name, label, country = resolved[id(mention)]
            _attach(entities, mention, name, label, gaz.country_name(country))
    national = article.meta.language != "en"
    for mention, head in bare_heads:
        known = institutions.KNOWN.get(mention.text) or institutions.KNOWN.get(naming.acronyms.get(mention.text, ""))
        name, country = _bare_head_owner(entities, head, national, naming.local_places, known or "")
        if "{}" in institutions.HEADS[head] and name == bare_english(head) and not known:
            name = mention.text  # "Dinas Pendidikan" of no known place: an English "Education Agency" names nothing
        _attach(entities, mention, name, "ORG", country)
    return list(entities.values())


def _short_organisations(named: list[Mention], resolved: dict[int, tuple[str, str, str]]) -> None:
    """An organisation written with the first words of its longer name ("Pasukan Merah" of "Pasukan Merah Tariu
    Borneo Bangkule Rajakng") is that organisation, when only one longer name in the article starts so."""
    organisations = [m for m in named if m.label == "ORG" and id(m) in resolved]
    by_text = sorted(organisations, key=lambda o: o.text)  # the names a prefix starts are a run of these
    texts = [o.text for o in by_text]
    for m in organisations:
        name = resolved[id(m)][0]
        if name != m.text or " " not in m.text:
            continue
        prefix = m.text + " "
        run = by_text[bisect_left(texts, prefix) : bisect_left(texts, prefix[:-1] + "!")]
        longer = {resolved[id(o)] for o in run}
        if len(longer) == 1:
            resolved[id(m)] = longer.pop()


def _local_government_places(mentions: list[Mention], gaz: Gazetteer, regions: Regions | None) -> set[Place]:
    """The regencies and cities whose government the article names ("Pemkab Gresik", "Pemerintah Kota Bogor")."""
    out: set[Place] = set()
    for m in mentions:
        head = head_of(m.text) if m.label == "ORG" else ""
        if head and institutions.HEADS[head].startswith("{} ") and "Government" in institutions.HEADS[head]:
            rest = " ".join(w for w in m.text[len(head) :].split() if w.lower() not in institutions.PLACE_LINKS)
            place = place_of(rest, gaz, regions, indonesian=True) if rest else None
            if place is not None and place.kind in ("regency", "city"):
                out.add(place)
    return out


def _within(inner: Mention, outer: Mention) -> bool:
    return inner is not outer and outer.start <= inner.start and inner.end <= outer.end


def _bare_head_owner(
    entities: dict[str, Entity], head: str, national: bool, local_places: set[Place], known: str
) -> tuple[str, str]:
    """(name, country) of a head written alone: the one institution of that head the article names in full, else
    its known name ("BPS" -> Statistics Indonesia), else Indonesia's own for national heads in Indonesian text,
    else the article's one regency or city for regional heads, else the bare English head."""
    english = bare_english(head)
    owners = [e for e in entities.values() if e.label == "ORG" and english in e.name and e.name != english]
    if len(owners) == 1:
        return owners[0].name, owners[0].country
    if known:
        return known, ""
    if national and english in institutions.NATIONAL:
        return f"{english} of Indonesia", "Indonesia"
    if "{}" in institutions.HEADS[head] and len(local_places) == 1:
        place = next(iter(local_places))  # "Dinas Lingkungan Hidup" in an article about one regency
        return with_place(head, place), "Indonesia"
    return english, ""


_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Z/&-]{1,9})\s*\(([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,8})\)")
_ACRONYM_LAST = re.compile(r"\b([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,8})\s*\(([A-Z](?:[A-Z/&-]{1,9}|[a-z]{3,11}))\)")


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
                # a short form in lower case ("Dinsos", "Unissula") starts as its long form does ("Din", "Uni")
                if short.isupper() or short[:3].lower() == words[i][:3].lower():
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


def _full_names(mentions: list[Mention], body: str, slips: dict[str, str] | None = None) -> dict[str, str]:
    """Short person names -> the one longer name in the article they end or start ("Baizhanov" -> "Ulan B."),
    and a name given after "alias" -> the real name before it ("Encep Nurjaman alias Hambali")."""
    slips = slips or {}
    full = sorted({respelt(m.text, slips) for m in mentions if m.label == "PER" and " " in m.text}, key=len,
                  reverse=True)
    # each full name under every run of its words, so a short name finds the names it is part of by one lookup
    # (testing it against every full name of a long article was quadratic)
    holding: dict[tuple[str, ...], list[str]] = {}
    for name in full:
        words = name.replace("-", " ").split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                holding.setdefault(tuple(words[i:j]), []).append(name)
    out: dict[str, str] = {}
    people = [m for m in mentions if m.label == "PER"]
    for first, second in zip(people, people[1:], strict=False):
        if _ALIAS.fullmatch(body, first.end, second.start):
            out[second.text] = first.text
    for m in mentions:
        if m.label != "PER" or m.text in out:
            continue
        parts = tuple(respelt(m.text, slips).replace("-", " ").split())
        candidates = [f for f in dict.fromkeys(holding.get(parts, ())) if f != m.text]
        # the longest forms only ("Kassym-Jomart Tokayev" over "Jomart Tokayev"); two people sharing the name
        # ("Abdelhamid Abaaoud", "Omar Abaaoud") leave the short form alone
        longest = [c for c in candidates if not any(c != o and _is_part(c, o) for o in candidates)]
        if len(longest) == 1:
            out[m.text] = longest[0]
    return out


_ALIAS = re.compile(r"\s*,?\s+(?:alias|als\.?|a\.k\.a\.?|atau dikenal sebagai)\s+", re.IGNORECASE)


def _is_part(short: str, full: str) -> bool:
    """"Baizhanov" of "Ulan Baizhanov", "Denny" of "Ramdan Denny Prakoso" (Indonesians go by any of their names),
    "Jomart Tokayev" of "Kassym-Jomart Tokayev"."""
    words, parts = full.replace("-", " ").split(), short.replace("-", " ").split()
    return any(words[i : i + len(parts)] == parts for i in range(len(words) - len(parts) + 1))


def run(article: Article, resources: Resources) -> Article:
    gaz = resources.get("gazetteer", gazetteer_module.load)
    regions = resources.get("regions", regions_module.load)
    for mention in article.mentions:
        if mention.label == "PER":
            split_role(article, mention)
    article.entities = resolve(article, gaz, regions)
    return article
