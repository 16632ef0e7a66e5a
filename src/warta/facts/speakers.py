"""Who a speaker phrase names: "Wakil Jaksa Agung Kazakhstan, Ulan Baizhanov" is Ulan Baizhanov in that role,
"terangnya" and "Ia" are the last speaker, "Laporan itu" is the organisation that spoke last, "Kejaksaan" is an
organisation. Named entities from the language layer win when they cover the phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.lang.en import reporting as en_reporting
from warta.lang.id import reporting as id_reporting
from warta.model import Article

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}")
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(slots=True)
class Speaker:
    name: str = ""
    role: str = ""
    entity: str = ""
    organisation: bool = False


@dataclass(slots=True)
class Context:
    """What the article has said so far: the last speaker, person and organisation, for pronouns and clitics."""

    article: Article
    lang: str
    last: Speaker = field(default_factory=Speaker)
    last_person: Speaker = field(default_factory=Speaker)
    last_org: Speaker = field(default_factory=Speaker)
    recent: Speaker = field(default_factory=Speaker)  # the last speaker or sentence subject, for "ia", "dia"

    def note(self, speaker: Speaker) -> None:
        if not speaker.name:
            return
        self.last = self.recent = speaker
        if speaker.organisation:
            self.last_org = speaker
        else:
            self.last_person = speaker

    def note_subject(self, speaker: Speaker) -> None:
        """A sentence's subject that said nothing: a later "ia" or "laporan itu" may still point to it."""
        if not speaker.name:
            return
        self.recent = speaker
        if speaker.organisation:
            self.last_org = speaker
        if not self.last.name:
            self.last = speaker


def data(lang: str):
    return en_reporting if lang == "en" else id_reporting


def resolve(phrase: str, start: int, context: Context) -> Speaker:
    """The speaker a phrase (at body offset ``start``) names, resolved through the context when it refers back."""
    lang = data(context.lang)
    clean = phrase.strip(" ,.:;-–—\"“”")
    words = [w.lower() for w in _WORD.findall(clean)]
    if not words:
        return Speaker()
    if words[0] in lang.PERSON_PRONOUNS or words[0].endswith("nya") and len(words) == 1:
        if words[0] in lang.THIRD_PERSON:
            return context.recent
        return context.last if words[0].endswith("nya") else Speaker()
    if words[0] in lang.DOCUMENT_NOUNS:
        inner = re.search(r"\b(?:dari|of|by)\s+(.+)$", clean)
        if inner:
            return resolve(inner.group(1), start + inner.start(1), context)
        return context.last_org if context.last_org.name else context.last
    entity = _from_mentions(context.article, start, start + len(phrase))
    if entity.name:
        return entity
    return _from_words(clean, lang)


def _from_mentions(article: Article, start: int, end: int) -> Speaker:
    """The last person (else organisation) the language layer found inside the phrase, by its canonical name."""
    inside = [m for m in article.mentions if start <= m.start and m.end <= end and m.label in ("PER", "ORG")]
    if not inside:
        return Speaker()
    people = [m for m in inside if m.label == "PER"]
    mention = (people or inside)[-1]
    names = {e.id: e.name for e in article.entities}
    return Speaker(names.get(mention.entity, mention.text), mention.role, mention.entity, mention.label == "ORG")


def _from_words(phrase: str, lang) -> Speaker:
    segments = [s.strip() for s in re.split(r",", phrase) if s.strip()]
    first = _WORD.findall(segments[0])
    if first and first[0].lower() in lang.ORG_HEADS and len(segments) <= 2 and not _has_title(segments[-1], lang):
        return Speaker(_trim(segments[0], lang), organisation=True)
    for i in range(len(segments) - 1, -1, -1):
        seg = _trim(segments[i], lang)
        words = _WORD.findall(seg)
        if not words or not _is_name(words):
            continue
        role = ", ".join(segments[:i])
        if words[0].lower() in lang.TITLES or words[0].lower() in lang.ORG_HEADS:
            name, title = _split_title(words, lang)
            if not name:
                continue
            return Speaker(name, ", ".join(x for x in (role, title) if x))
        return Speaker(" ".join(words), role)
    if first and first[0].lower() in lang.ORG_HEADS:
        return Speaker(_trim(segments[0], lang), organisation=True)
    return Speaker()


def _has_title(segment: str, lang) -> bool:
    words = _WORD.findall(segment)
    return bool(words) and words[0].lower() in lang.TITLES and _is_name(words)


def _trim(segment: str, lang) -> str:
    words = segment.split()
    while words and words[-1].lower() in lang.SPEAKER_FILLERS:
        words.pop()
    return " ".join(words)


def _is_name(words: list[str]) -> bool:
    return all(_NAME_WORD.fullmatch(w) or w.lower() in ("bin", "binti", "van", "de", "al", "da", "von", "dan")
               for w in words) and bool(_NAME_WORD.fullmatch(words[-1]))


def _split_title(words: list[str], lang) -> tuple[str, str]:
    """ "Menteri Dalam Negeri Kazakhstan Marat Akhmetzhanov" -> name "Marat Akhmetzhanov", the rest is the role."""
    heads = lang.TITLES | lang.ORG_HEADS
    last_title = max(i for i, w in enumerate(words) if w.lower().rstrip(".") in heads)
    rest = words[last_title + 1 :]
    if not rest:
        return "", " ".join(words)
    if last_title == 0 and len(rest) <= 2:
        return " ".join(rest), words[0]
    take = 2 if len(rest) >= 2 else 1
    return " ".join(rest[-take:]), " ".join(words[: len(words) - take])
