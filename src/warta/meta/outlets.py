"""The outlet: from the dateline opening the body ("Jakarta, IDN Times - ", "TRIBUN-VIDEO.COM - "), the URL, or,
for an unnamed outlet, the page template shared by its pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from warta.lang.id import outlets

_TLD = r"(?:com|co\.id|id|net|org|tv|co|news|or\.id)"
# "Jakarta, IDN Times - ", "JAKARTA, KOMPAS.com -- "
_PLACE_OUTLET = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?)\s*,\s*(?P<outlet>[A-Za-z][\w .-]{1,40}?)\s*[-–—]{1,2}\s")
# "TRIBUN-VIDEO.COM - ", "KOMPAS.com - "
_DOMAIN_OUTLET = re.compile(rf"^(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.{_TLD})\s*[-–—]{{1,2}}\s", re.I)
# "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID, JAKARTA -- ", "TEMPO.CO, Jakarta - "
_DOMAIN_PLACE = re.compile(rf"^(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.{_TLD})\s*,\s*"
                           r"(?P<place>[A-Z][A-Za-z .'-]{1,40}?)\s*[-–—]{1,2}\s", re.I)
# "Jakarta (ANTARA) - "
_PLACE_AGENCY = re.compile(r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?)\s*\((?P<outlet>[A-Za-z][\w .]{1,30})\)"
                           r"\s*[-–—]{1,2}\s")
# "Jakarta - ", "BANDUNG -- "
_PLACE_ONLY = re.compile(r"^(?P<place>[A-Z][A-Za-z'.]+(?: [A-Z][A-Za-z'.]+){0,2})\s*[-–—]{1,2}\s")
_DOMAIN_LIKE = re.compile(rf"\.{_TLD}$", re.I)


@dataclass(slots=True)
class Dateline:
    place: str = ""
    outlet: str = ""


def dateline(first_paragraph: str) -> Dateline:
    m = _DOMAIN_PLACE.match(first_paragraph) or _PLACE_AGENCY.match(first_paragraph)
    if m:
        return Dateline(place=_recase(m.group("place")), outlet=outlet_name(m.group("outlet")))
    m = _PLACE_OUTLET.match(first_paragraph)
    if m and len(m.group("outlet").split()) <= 4:
        return Dateline(place=_recase(m.group("place")), outlet=outlet_name(m.group("outlet")))
    m = _DOMAIN_OUTLET.match(first_paragraph)
    if m:
        return Dateline(outlet=outlet_name(m.group("outlet")))
    m = _PLACE_ONLY.match(first_paragraph)
    if m:
        return Dateline(place=_recase(m.group("place")))
    return Dateline()


def outlet_name(printed: str) -> str:
    """An outlet as printed in a dateline: domains map to the outlet's name ("TRIBUN-VIDEO.COM" -> "Tribun Video")."""
    printed = printed.strip()
    if not _DOMAIN_LIKE.search(printed):
        return printed
    domain = registered_domain(printed.lower())
    if domain in outlets.DOMAINS:
        return outlets.DOMAINS[domain]
    stem = _DOMAIN_LIKE.sub("", printed).split(".")[-1]
    return " ".join(part.capitalize() for part in re.split(r"[-_]", stem) if part)


def from_url(url: str) -> str:
    host = urlsplit(url).netloc.lower().split(":")[0] if url else ""
    if not host:
        return ""
    domain = registered_domain(host)
    return outlets.DOMAINS.get(domain, domain)


def registered_domain(host: str) -> str:
    labels = host.removeprefix("www.").split(".")
    if len(labels) >= 3 and labels[-2] in outlets.COUNTRY_SECOND_LEVELS and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _recase(place: str) -> str:
    return place.title() if place.isupper() else place
