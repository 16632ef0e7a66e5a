"""Mentions that follow from how Indonesian news writes names, found after the tagger and document completion:

- institution heads written out: "Kementerian Pendidikan Dasar dan Menengah" (one name across "dan"), "Dinas
  Sosial (Dinsos) Kota Mataram" (the head, its acronym in brackets and the place named after them);
- known organisation names across lower-case words ("Badan Pengawas Obat dan Makanan");
- schools, health centres, markets and parliament commissions: "SD Inpres Talaga Ratu", "Puskesmas Waimital",
  "Pasar Sukaramai", "Komisi X DPR RI";
- Detik's channels and wire agencies glued to the next or previous word ("kepadadetikJateng", "dilansirAntara");
- suspects named by initials: "Sembilan tersangka itu adalah MAM, NN, VS, ... dan MA";
- a hyphenated last name is whole ("Shin Tae-yong"), an administrative word before a place belongs to the
  mention ("Provinsi Maluku"), and Roman numerals alone ("IV") are no names.
A pattern's mention replaces the tagger's mentions it overlaps, unless one of them already holds it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.lang.en.places import VESSEL_PREFIXES
from warta.lang.id import institutions
from warta.lang.id.not_names import ROLE_ABBREVIATIONS
from warta.lang.id.outlets import DETIK_CHANNELS, LINKED_OUTLETS
from warta.lang.id.places import LANDMARKS, PLACE_EPITHETS, PLACE_NAME_ENDINGS, REGION_ABBREVIATIONS
from warta.model import Article, Mention
from warta.text.mention_completion import is_name
from warta.text.organisation_names import PlaceOf, head_of
from warta.text.roles import role_before
from warta.text.taken import SortedSpans

_CAP = r"[A-Z][\w'’-]*"
_NAME = rf"{_CAP}(?: {_CAP}){{0,3}}"
_HEAD_WORDS = sorted(institutions.HEADS, key=len, reverse=True)
_HEADS = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in _HEAD_WORDS) + r")(?![\w-])", re.IGNORECASE)
# Scanning the body with _HEADS (179 heads, any case) was a third of this module's time; it is tried only where a
# word starts that some head starts with.
_WORD = re.compile(r"(?<![\w-])\w+")
_HEAD_FIRST_WORDS = frozenset(re.match(r"\w+", h).group() for h in _HEAD_WORDS)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,11})\)")
_KNOWN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(k) for k in sorted(institutions.KNOWN, key=len, reverse=True) if " " in k)
    + r")(?![\w-])"
)
_SCHOOL_TYPES = "|".join(
    re.escape(s.title()) if " " in s else re.escape(s.upper()) for s in sorted(institutions.SCHOOLS, key=len)[::-1]
).replace("MTSN", "MTsN").replace("MTS", "MTs")
_SCHOOLS = re.compile(rf"\b(?:{_SCHOOL_TYPES})(?: (?:Negeri|Swasta|Inpres|Islam))*(?: \d{{1,3}})?(?: {_NAME})")
_NAMED = re.compile(rf"\b(Puskesmas|RSUD|Pasar(?: Induk)?)(?: {_NAME})")
_COMMISSION = re.compile(
    r"\bKomisi [IVX]{1,4}(?: DPR(?: RI)?)?(?![\w-])"
    r"|\bFraksi (?:Partai )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}"
    r"|\bSatgas(?: [A-Z][\w-]*){1,4}"
)
_PLACE_NAMES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(k) for k in sorted([*REGION_ABBREVIATIONS, *LANDMARKS, *PLACE_EPITHETS], key=len)[::-1])
    + r")(?![\w-])"
)
# The platform X, which no other pattern can tell from a letter: "via media sosial X", "akun X-nya".
_PLATFORM_X = re.compile(r"\b(?:media sosial|medsos|platform|jejaring sosial|akun|aplikasi) (X)(?![\w])")
_ALIAS = re.compile(rf",? alias ({_CAP}(?: {_CAP}){{0,2}})")
_BRACKETED = re.compile(r" \(([A-Z][\w-]{1,15})\)")
# A spelled-out name with lower-case words and its acronym: "PT Aneka Industri dan Jasa (AIJ)".
_JOINED = r"(?:[A-Z][\w'’-]*|dan|&|untuk|dari|di)"
_SPELLED = re.compile(rf"({_JOINED}(?: {_JOINED}){{1,9}}) \(([A-Z]{{2,8}}(?: [A-Z]{{2,4}})?)\)")
_CHANNELS = re.compile("|".join(sorted(DETIK_CHANNELS, key=len, reverse=True)))
# after a lower-case letter (the cue word it is glued to); a one-word name must end its word, a longer one is
# known well enough to end inside one ("kepadaTNT Sportsdi")
_GLUED = re.compile(
    r"(?<=[a-z])(?:"
    + "|".join(re.escape(o) + ("" if " " in o else r"(?![a-z])") for o in sorted(LINKED_OUTLETS, key=len, reverse=True))
    + ")"
)
# Where _KNOWN and _GLUED can start (the first letters of their names): scanning the body with either pattern was
# slower than finding these places and trying the pattern there.
_KNOWN_STARTS = re.compile(
    r"(?<![\w-])[" + "".join(sorted({re.escape(k[0]) for k in institutions.KNOWN if " " in k})) + "]"
)
_GLUED_STARTS = re.compile(r"(?<=[a-z])[" + "".join(sorted({re.escape(o[0]) for o in LINKED_OUTLETS})) + "]")
# "tersangka itu adalah MAM, NN dan VS", "berinisial AR": initials of people the text does not name.
_INITIALS = re.compile(
    r"\b(?:berinisial|inisial|tersangka|terdakwa|pelaku|korban)(?: (?:itu|ini|tersebut))?"
    r"(?: (?:adalah|yakni|yaitu|ialah))?[ :]+((?:[A-Z]{1,6}(?: \(\d{1,3}\))?(?:, | dan | serta |, dan ))*[A-Z]{1,6})\b"
)
_ADMIN_BEFORE = re.compile(r"(?:Provinsi|Kabupaten|Kota|Kecamatan|Kelurahan|Desa|Dukuh|Dusun|Pulau) $")
_ROMAN = re.compile(r"[IVXL]{2,5}")
# Words before a given name that belong to the name in Sasak, Balinese, Acehnese and Bugis naming ("Lalu Samsul
# Adnan", "Baiq Nuril", "Teuku Umar", "Andi Amran"); the tagger reads "Lalu" as "then".
_NAME_PREFIX = re.compile(r"(?<![\w-])(?:Lalu|Baiq|Teuku|Tengku|Cut|Andi|Raden|Gusti|Anak Agung) $")
_TERMINAL = re.compile(r"Terminal \d+[A-Z]? (?=[A-Z])")
_FOLLOWING_WORD = re.compile(r"-[A-Za-z][\w'’]*")
_STREET = ("jalan ", "jl. ", "jl ")


def apply(article: Article, mentions: list[Mention], place_of: PlaceOf) -> list[Mention]:
    body = article.body
    # strong patterns replace every tagger mention they overlap; weak ones yield to a mention that holds them
    strong = [
        *_matches(_KNOWN, body, "ORG", _KNOWN_STARTS),
        *_matches(_SCHOOLS, body, "ORG"),
        *_matches(_COMMISSION, body, "ORG"),
        *_matches(_CHANNELS, body, "ORG"),
        *_matches(_GLUED, body, "ORG", _GLUED_STARTS),
        *_initials(body),
        *_spelled_out(body, mentions),
        *_aliases(body, mentions),
        *_glued_names(body),
        *[Mention(m.start(1), m.end(1), "X", "ORG") for m in _PLATFORM_X.finditer(body)],
    ]
    heads, bracketed = _institution_heads(body)
    strong += bracketed
    weak = [*heads, *_named_places(body, mentions), *_matches(_PLACE_NAMES, body, "LOC")]
    sentences = SortedSpans(article.sentences)
    strong = [f for f in _longest_first(strong) if _inside_sentences(sentences, f.start)]
    weak = [w for w in _longest_first(weak) if _inside_sentences(sentences, w.start)]
    near = SortedSpans(strong)  # each test looks at the spans near the mention only: all of them was quadratic
    weak = [w for w in weak if not any(_overlaps(w, f) for f in near.near(w.start, w.end))]
    kept = [m for m in mentions if not any(_overlaps(m, f) for f in near.near(m.start, m.end))]
    near = SortedSpans(weak)
    kept = [m for m in kept if not any(_overlaps(m, w) and not _holds(m, w) for w in near.near(m.start, m.end))]
    near = SortedSpans(kept)
    weak = [w for w in weak if not any(_holds(m, w) for m in near.near(w.start, w.end))]
    out = sorted(kept + strong + weak, key=lambda m: m.start)
    out = _with_bracketed_short_forms(body, _with_country_after(body, out))
    for m in out:
        if m.label == "PER" and m.text.split()[-1].lower() in PLACE_NAME_ENDINGS:
            m.label = "GPE"  # "Muktiharjo Kidul" is a village
        elif m.label == "PER" and " " in m.text and m.text.split()[0].lower() in _PLACE_WORDS:
            m.label = "LOC"  # "Pulau Jawa", "Desa Serang"
        if m.label == "ORG" and _person_after_role(body, m):
            m.label = "PER"  # "kata Menteri Lingkungan Denmark, Magnus Heunicke"
        if " " in m.text and (VESSEL_PREFIXES & set(m.text.split()[:2]) or m.text.split()[0].lower() == "kapal"):
            m.label = "MISC"  # a ship ("KM Samudra Jaya"): no person, place or organisation
    out = _listed_places(body, _split_at_known_organisations(_joined_at_particles(body, out)))
    initials = {f.text for f in strong if f.label == "PER"}
    for m in out:
        if m.text in initials:
            m.label = "PER"
        _widen(body, m)
    out = [m for m in out if not _ROMAN.fullmatch(m.text) and not _is_language(body, m)]
    return _with_nested_places(out, place_of)


def _with_nested_places(mentions: list[Mention], place_of: PlaceOf) -> list[Mention]:
    """"Kejari Ogan Komering Ilir": the place in an institution's name is a mention of its own, nested (whether
    it becomes an entity is the entity stage's call: only when the article names the place elsewhere too)."""
    added = []
    for m in mentions:
        head = head_of(m.text) if m.label == "ORG" else ""
        words = m.text[len(head) :].split() if head else []
        while words and words[0].lower() in institutions.PLACE_LINKS:
            words.pop(0)
        rest = " ".join(words)
        if rest and rest[:1].isupper() and place_of(rest) is not None:
            start = m.start + m.text.rindex(rest)
            if not any(o.start == start and o.end == m.end for o in mentions):
                added.append(Mention(start, m.end, rest, "GPE"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _person_after_role(body: str, m: Mention) -> bool:
    """Two or three name words after a role phrase and a comma, none an organisation's word, are a person."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or m.text in institutions.KNOWN or head_of(m.text):
        return False
    if any(w.lower() in institutions.HEAD_WORDS or not w[:1].isupper() for w in words):
        return False
    # the comma keeps "Kapolda Metro Jaya" an office: only "Menteri ..., Name" sets a name after its role
    return body[: m.start].rstrip().endswith(",") and bool(role_before(body, m.start))


def _is_language(body: str, m: Mention) -> bool:
    """"bahasa Jepang" names a language, not Japan."""
    return m.label in ("LOC", "GPE") and body[max(0, m.start - 7) : m.start].lower() == "bahasa "


def _joined_at_particles(body: str, mentions: list[Mention]) -> list[Mention]:
    """"Charlotte" + "de Montpellier": a person's name the tagger cut at a lower-case particle is one name."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        first = m.text.split()[0]
        if last is not None and m.label == "PER" and first in _PARTICLES and body[last.end : m.start] == " ":
            out[-1] = Mention(last.start, m.end, body[last.start : m.end], "PER")
            continue
        out.append(m)
    return out


def _split_at_known_organisations(mentions: list[Mention]) -> list[Mention]:
    """"PT Dhirga" + "Surya Ari Wibowo" where the article also writes "PT Dhirga Surya": the boundary moves to
    the organisation's known end."""
    known = {m.text for m in mentions if m.label == "ORG" and " " in m.text}
    out = list(mentions)
    for i in range(len(out) - 1):
        org, per = out[i], out[i + 1]
        words = per.text.split()
        if org.label != "ORG" or per.label != "PER" or per.start != org.end + 1 or len(words) < 3:
            continue
        for k in range(1, len(words) - 1):
            if f"{org.text} {' '.join(words[:k])}" in known:
                cut = per.start + len(" ".join(words[:k])) + 1
                out[i] = Mention(org.start, cut - 1, f"{org.text} {' '.join(words[:k])}", "ORG")
                out[i + 1] = Mention(cut, per.end, " ".join(words[k:]), "PER")
                break
    return out


def _listed_places(body: str, mentions: list[Mention]) -> list[Mention]:
    """"Dari Muktiharjo Kidul, Tlogosari, Kalisari ke sini": names listed after a place are places too."""
    added: list[Mention] = []
    for m in mentions:
        if m.label not in ("LOC", "GPE"):
            continue
        position = m.end
        while (item := _LIST_ITEM.match(body, position)) and not any(
            o.start < item.end(1) and item.start(1) < o.end for o in mentions
        ):
            added.append(Mention(item.start(1), item.end(1), item.group(1), m.label))
            position = item.end(1)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_PLACE_WORDS = frozenset(
    ["pulau", "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "dukuh", "dusun", "jalan", "gunung",
     "sungai", "danau", "selat", "teluk", "pantai", "pasar", "bandara", "pelabuhan", "stasiun", "terminal"]
)  # fmt: skip
_PARTICLES = frozenset(["de", "van", "von", "der", "da", "bin", "binti", "al", "el", "la", "le", "du", "dos"])
# one more listed name: ", Name" (not ", dan"); stops at anything else
_LIST_ITEM = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=,| dan | ke | serta |\.)")


def _glued_names(body: str) -> list[Mention]:
    """"Gubernur Sumut, BobbyNasution": two names glued by a lost space, after a role, are a person."""
    return [
        Mention(m.start(), m.end(), m.group(), "PER")
        for m in _GLUED_NAME.finditer(body)
        if role_before(body, m.start())
    ]


_GLUED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}[A-Z][a-z]{2,}(?![\w-])")


def _aliases(body: str, mentions: list[Mention]) -> list[Mention]:
    """"Encep Nurjaman alias Hambali": the name after "alias" is the same person."""
    out = []
    for m in mentions:
        alias = _ALIAS.match(body, m.end) if m.label == "PER" else None
        if alias:
            out.append(Mention(alias.start(1), alias.end(1), alias.group(1), "PER"))
    return out


def _with_country_after(body: str, mentions: list[Mention]) -> list[Mention]:
    """"Kementan RI", "Kejaksaan Agung RI": an institution and the country right after it are one name."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "ORG"
            and m.label in ("LOC", "GPE")
            and m.text in _COUNTRY_SUFFIXES
            and body[last.end : m.start] == " "
            and head_of(last.text)
        ):
            out[-1] = Mention(last.start, m.end, body[last.start : m.end], "ORG")
            continue
        out.append(m)
    return out


_COUNTRY_SUFFIXES = frozenset(["RI", "Indonesia", "AS"])


def _with_bracketed_short_forms(body: str, mentions: list[Mention]) -> list[Mention]:
    """"Sumatera Barat (Sumbar)", "Universitas Islam Sultan Agung (Unissula)": the short form in brackets is a
    mention of the same kind."""
    added = []
    for m in mentions:
        short = _BRACKETED.match(body, m.end)
        if (
            short
            and short.group(1)[0] in {w[0] for w in m.text.split()}  # "Indonesia (WNI)" is no short form
            and is_name(short.group(1))
            and not any(o.start <= short.start(1) < o.end for o in mentions)
        ):
            added.append(Mention(short.start(1), short.end(1), short.group(1), m.label))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _spelled_out(body: str, mentions: list[Mention]) -> list[Mention]:
    """The shortest run of words before "(ACRONYM)" whose capitals spell it, when lower-case words join it (the
    tagger splits such names at "dan"); it keeps the kind the tagger gave its words."""
    out = []
    for match in _SPELLED.finditer(body):
        words = list(re.finditer(r"\S+", match.group(1)))
        acronym = match.group(2).replace(" ", "")  # "BEM UI"
        for i in range(len(words) - 1, -1, -1):
            run = [w.group() for w in words[i:]]
            initials = "".join(w[0] for w in run if w[0].isupper())
            if initials == acronym and words[i].group()[0].isupper():
                start = match.start(1) + words[i].start()
                tagged = [m for m in mentions if m.start < match.end(1) and start < m.end]
                first = min((m.start for m in tagged), default=start)
                lead = body[first:start].split()
                if lead and (head_of(" ".join(run)) or any(w.lower() in ROLE_ABBREVIATIONS for w in lead)):
                    first = start  # "Kalakhar Badan ... (BPBD)": an institution's name starts at its head
                exact = len(tagged) == 1 and (tagged[0].start, tagged[0].end) == (first, match.end(1))
                if tagged and not exact:  # the tagger cut the name ("Amerika" of "Amerika Serikat (AS)")
                    start = first  # "Pasukan Merah Tariu Borneo Bangkule Rajakng (TBBR)"
                    out.append(Mention(start, match.end(1), body[start : match.end(1)], tagged[0].label))
                break
    return out


def _matches(pattern: re.Pattern, body: str, label: str, starts: re.Pattern | None = None) -> list[Mention]:
    found = pattern.finditer(body) if starts is None else _found_at(pattern, starts, body)
    return [Mention(m.start(), m.end(), m.group(), label) for m in found]


def _found_at(pattern: re.Pattern, starts: re.Pattern, body: str) -> Iterator[re.Match]:
    """What ``pattern.finditer(body)`` finds, given ``starts``, which finds every place where it can start."""
    end = 0
    for start in starts.finditer(body):
        if start.start() >= end:
            match = pattern.match(body, start.start())
            if match:
                end = match.end()
                yield match


def _heads_in(body: str) -> Iterator[re.Match]:
    """What ``_HEADS.finditer(body)`` finds, trying the pattern only at words that start a head."""
    end = 0
    for word in _WORD.finditer(body):
        if word.start() >= end and word.group().lower() in _HEAD_FIRST_WORDS:
            match = _HEADS.match(body, word.start())
            if match:
                end = match.end()
                yield match


def _institution_heads(body: str) -> tuple[list[Mention], list[Mention]]:
    """National heads written alone ("Kementerian Sosial"), and capitalised heads followed by their acronym in
    brackets with that acronym ("Dinas Sosial (Dinsos)")."""
    out: list[Mention] = []
    bracketed: list[Mention] = []
    for match in _heads_in(body):
        text = match.group()
        if not text[:1].isupper():
            continue
        acronym = _ACRONYM_AFTER.match(body, match.end())
        english = institutions.HEADS[text.lower()].replace("{}", "").strip()
        if acronym:
            bracketed.append(Mention(match.start(), match.end(), text, "ORG"))
            bracketed.append(Mention(acronym.start(1), acronym.end(1), acronym.group(1), "ORG"))
        elif english in institutions.NATIONAL and (" " in text or not text.isupper()):
            out.append(Mention(match.start(), match.end(), text, "ORG"))
    return out, bracketed


def _named_places(body: str, mentions: list[Mention]) -> list[Mention]:
    """Health centres and markets; never across a person the tagger found after other words ("Pasar Keuangan
    Ariston Tjendra"), though a market may be named like a person ("Pasar Induk Lau Cih")."""
    out = []
    people = SortedSpans(p for p in mentions if p.label == "PER")
    for m in _NAMED.finditer(body):
        found = Mention(m.start(), m.end(), m.group(), "LOC" if m.group().startswith("Pasar") else "ORG")
        named_after = m.start() + len(m.group(1)) + 1
        if not any(_overlaps(p, found) and p.start != named_after for p in people.near(found.start, found.end)):
            out.append(found)
    return out


def _initials(body: str) -> list[Mention]:
    out = []
    for match in _INITIALS.finditer(body):
        for initials in re.finditer(r"\b[A-Z]{1,6}\b", match.group(1)):
            start = match.start(1) + initials.start()
            if initials.group() not in institutions.KNOWN:
                out.append(Mention(start, start + len(initials.group()), initials.group(), "PER"))
    return out


def _widen(body: str, m: Mention) -> None:
    """"Shin Tae" + "-yong", "Jalan Pantura Semarang" + "-Demak"; "Provinsi " + "Maluku"; "Lalu " + "Samsul
    Adnan"; "Terminal 1 Bandara Changi" -> "Bandara Changi"."""
    if m.label == "PER":
        prefix = _NAME_PREFIX.search(body, max(0, m.start - 14), m.start)
        if prefix:
            m.start = prefix.start()
            m.text = body[m.start : m.end]
    if m.label in ("LOC", "GPE") and (terminal := _TERMINAL.match(m.text)):
        m.start += terminal.end()
        m.text = body[m.start : m.end]
    if m.label == "PER" or (m.label == "LOC" and m.text.lower().startswith(_STREET)):
        tail = _FOLLOWING_WORD.match(body, m.end)
        if tail:
            m.end = tail.end()
            m.text = body[m.start : m.end]
    if m.label in ("LOC", "GPE"):
        before = _ADMIN_BEFORE.search(body, max(0, m.start - 12), m.start)
        if before:
            m.start = before.start()
            m.text = body[m.start : m.end]


def _longest_first(found: list[Mention]) -> list[Mention]:
    """Overlapping pattern mentions: the longest wins."""
    out: list[Mention] = []
    taken = SortedSpans()
    for f in sorted(found, key=lambda f: f.start - f.end):
        if not any(_overlaps(f, o) for o in taken.near(f.start, f.end)):
            out.append(f)
            taken.add(f)
    return out


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _holds(outer: Mention, inner: Mention) -> bool:
    same = (outer.start, outer.end) == (inner.start, inner.end)
    return outer.start <= inner.start and inner.end <= outer.end and not same


def _inside_sentences(sentences: SortedSpans, offset: int) -> bool:
    return any(s.start <= offset < s.end for s in sentences.near(offset, offset + 1))
