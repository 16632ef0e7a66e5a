"""Who a speaker phrase names: "Wakil Jaksa Agung Kazakhstan, Ulan Baizhanov" is Ulan Baizhanov in that role,
"terangnya" and "Ia" are the last speaker, "Laporan itu" is the organisation that spoke last, "Kejaksaan" is an
organisation. Named entities from the language layer win when they cover the phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from warta.facts.article_lookups import ArticleLookups
from warta.lang.en import calendar as en_calendar
from warta.lang.en import reporting as en_reporting
from warta.lang.id import calendar as id_calendar
from warta.lang.id import reporting as id_reporting
from warta.model import Article

_CALENDAR_WORDS = frozenset(id_calendar.DAYS) | frozenset(en_calendar.DAYS) | frozenset(id_calendar.MONTHS) \
    | frozenset(en_calendar.MONTHS)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}")
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(slots=True)
class Speaker:
    name: str = ""
    role: str = ""
    entity: str = ""
    organisation: bool = False
    person: bool = False  # known to be a person from the text itself ("Vatikan (27)"), whatever the entity layer says
    span: tuple[int, int] = (-1, -1)  # body offsets of the words that name the source here ("he", "Lopez"), if any


@dataclass(slots=True)
class Context:
    """What the article has said so far: the last speaker, person and organisation, for pronouns and clitics."""

    article: Article
    lang: str
    last: Speaker = field(default_factory=Speaker)
    last_person: Speaker = field(default_factory=Speaker)
    last_org: Speaker = field(default_factory=Speaker)
    recent: Speaker = field(default_factory=Speaker)  # the last speaker or sentence subject, for "ia", "dia"
    quoted_at: int = -10  # index of the sentence of the last quote
    common: frozenset[str] | None = None  # the article's lowercase words, read once
    _lookups: ArticleLookups | None = None  # built on first use

    @property
    def lookups(self) -> ArticleLookups:
        if self._lookups is None:
            self._lookups = ArticleLookups(self.article)
        return self._lookups

    def note(self, speaker: Speaker) -> None:
        if not speaker.name:
            return
        speaker = replace(link(speaker, self), span=(-1, -1))  # a later "-nya" names them nowhere
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
    """The speaker a phrase (at body offset ``start``) names, resolved through the context when it refers back;
    its span is the phrase's own words (the "he" of "he said", resolved to Trump)."""
    speaker = _resolve(phrase, start, context)
    if not speaker.name:
        return speaker
    lead = len(phrase) - len(phrase.lstrip(" ,.:;-–—\"“”"))
    return replace(speaker, span=(start + lead, start + len(phrase.rstrip(" ,.:;-–—\"“”"))))


def _resolve(phrase: str, start: int, context: Context) -> Speaker:
    lang = data(context.lang)
    clean = phrase.strip(" ,.:;-–—\"“”")
    words = [w.lower() for w in _WORD.findall(clean)]
    if not words:
        return Speaker()
    if words[0] in lang.GROUP_PRONOUNS:
        return context.last if context.last.organisation else context.last_org if context.last_org.name \
            else context.recent
    if clean.startswith("@"):
        return Speaker(clean.split()[0].rstrip(",.:;"), person=True)  # a post on X is its handle's: "ucap @taufiqqurra"
    aged = _AGED_NAME.match(clean)
    if aged:
        return Speaker(aged.group(1), person=True)  # "Vatikan (27), pengendara asal Demak": a named age
    if words[0] in lang.PERSON_PRONOUNS or words[0].endswith("nya") and len(words) == 1:
        if words[0] in lang.THIRD_PERSON:
            if context.lang == "id" and context.recent.organisation and context.last_person.name:
                return context.last_person  # "Menurut dia" after a group's demands: the person who spoke for it
            return context.recent
        return context.last if words[0].endswith("nya") else Speaker()
    if words[0] in lang.DOCUMENT_NOUNS:
        inner = re.search(r"\b(?:dari|of|by)\s+(.+)$", clean) or re.search(r"^\S+\s+(.+)$", clean)
        if inner and inner.group(1).split()[0].lower() not in lang.DEMONSTRATIVES:
            named = resolve(inner.group(1), start + inner.start(1), context)  # "laporan kepolisian": the police
            if named.name:
                return named
            if context.lang == "id" and any(w[:1].isupper() for w in inner.group(1).split()):
                return Speaker(clean, organisation=True)  # "menurut data CKG": the data as named
        return context.last_org if context.last_org.name else context.last
    entity = _from_mentions(context, start, start + len(phrase))
    if entity.organisation and context.lang == "id" and "," in clean:
        named = _from_words(clean, lang, context.common or frozenset())
        if named.name and not named.organisation and named.role:
            named.person = True
            return named  # "Kalakhar BPBD Kabupaten Boyolali, Suratno": the person named beside the organisation
    if entity.name:
        return entity
    if context.common is None:
        context.common = common_words(context.article)
    return _from_words(clean, lang, context.common)


_AGED_NAME = re.compile(r"^((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+)\s*\(\d{1,3}\)")


def noun_phrase(phrase: str, lang) -> Speaker:
    """An unnamed speaker kept as its Indonesian noun phrase ("seorang sumber diplomatik", "Para ahli"): a short
    phrase headed by a person or group noun, with no pronoun, verb, number or demonstrative (a demonstrative points
    back to someone named before: "politisi PDI-P itu")."""
    words = phrase.strip(" ,.:;").split()
    if not words or len(words) > 6 or words[0].lower() not in lang.GROUP_HEADS:
        return Speaker()
    if any(w.lower() in lang.PERSON_PRONOUNS or w.lower() in lang.DEMONSTRATIVES or any(c.isdigit() for c in w)
           or re.match(r"(?:me|ber)[a-z]{4,}$|di[a-z]{3,}(?:kan|i)$", w) for w in words):
        return Speaker()
    group = words[0].lower() in lang.COLLECTIVE_HEADS or "dan" in words  # "massa", "Pejabat AS dan penyelidik"
    return Speaker(" ".join(words), organisation=group)


def _from_mentions(context: Context, start: int, end: int) -> Speaker:
    """The last person (else organisation) the language layer found inside the phrase, by its canonical name."""
    article = context.article
    inside = [m for m in context.lookups.mentions.inside(start, end) if m.label in ("PER", "ORG", "GPE")]
    if not inside:
        return Speaker()
    people = [m for m in inside if m.label == "PER"]
    organisations = [m for m in inside if m.label == "ORG"]
    if not people and not organisations and inside[-1].end - inside[0].start < len(article.body[start:end].strip()):
        return Speaker()  # "media lokal Kazakhstan": a country speaks only when it is the whole subject ("Moskow")
    mention = (people or organisations or inside)[-1]
    entity = context.lookups.names.by_id(mention.entity)
    return Speaker(entity.name if entity else mention.text, mention.role, mention.entity, mention.label != "PER")


def link(speaker: Speaker, context: Context) -> Speaker:
    """The article's entity a name found without the language layer stands for: "Baizhanov" is Ulan Baizhanov.
    A speaker known to be a person ("kata Vatikan (27), pengendara asal Demak") links to people only."""
    if speaker.entity or not speaker.name or not context.article.entities:
        return speaker
    entity = context.lookups.names.find(speaker.name.casefold(), speaker.person)
    if entity is None:
        return speaker
    return Speaker(entity.name, speaker.role, entity.id, entity.label != "PER", speaker.person, speaker.span)


def common_words(article: Article) -> frozenset[str]:
    """Words the article writes in lower case: capitalised, they start a sentence rather than name someone."""
    return frozenset(_lower_only(article.body).split())


def _from_words(phrase: str, lang, common: frozenset[str] = frozenset()) -> Speaker:
    """Comma segments of a speaker phrase, each cut at its first lowercase word; the name is the last plain name
    ("Kepala Peleton B, Dedy" and "Dedy, Kepala Peleton B" are both Dedy), else a name after a title."""
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase)
    segments: list[str] = []
    for raw in phrase.split(","):
        words = raw.split()
        if not words:
            continue
        if words[0] in ("dan", "and") and len(words) > 1:
            words = words[1:]  # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD"
        if segments and (words[0].islower() and words[0] not in lang.TITLES or words[0].lower() in _CALENDAR_WORDS):
            break  # ", yang dimuat ...", ", seusai bertemu ...", ", Senin (4/10)": the speaker phrase has ended
        cut = next((i for i, w in enumerate(words) if i and w.islower() and w not in _PARTICLES
                    and w not in lang.TITLES), len(words))
        if words[0].lower() in lang.ORG_HEADS:
            cut = len(words)  # "Kantor kejaksaan wilayah Kostanay": an organisation's name runs in lower case
        segments.append(" ".join(words[:cut]))
        if cut < len(words) and any(w[0].isupper() for w in words[:cut]):
            break  # "Eva Chairunisa dalam keterangan tertulis"; but "peneliti senior X, Nama" goes on
    if not segments:
        return Speaker()
    first = _WORD.findall(segments[0])
    if first and first[0].lower() in lang.ORG_HEADS and len(segments) <= 2 and not _has_title(segments[-1], lang):
        return Speaker(_trim(segments[0], lang), organisation=True)
    plain = [i for i, seg in enumerate(segments) if _plain_name(_WORD.findall(_trim(seg, lang)), lang)
             and not _common_word(seg.strip().lower(), common, lang)]
    if plain:
        i = plain[0]
        role = ", ".join(seg for j, seg in enumerate(segments) if j != i)
        return Speaker(" ".join(_WORD.findall(_trim(segments[i], lang))), role)
    for i in range(len(segments) - 1, -1, -1):
        words = _WORD.findall(_trim(segments[i], lang))
        if not words or not _is_name(words) or words[0].lower() in _CALENDAR_WORDS:
            continue
        if words[0].lower().rstrip(".") in lang.TITLES or words[0].lower() in lang.ORG_HEADS:
            name, title = _split_title(words, lang)
            if name:
                return Speaker(name, ", ".join(x for x in (", ".join(segments[:i]), title) if x))
    if first and first[0].lower() in lang.ORG_HEADS:
        return Speaker(_trim(segments[0], lang), organisation=True)
    words = _WORD.findall(_trim(segments[-1], lang))
    if len(words) >= 3 and all(_NAME_WORD.fullmatch(w) for w in words[-2:]) and not words[-2].isupper():
        return Speaker(" ".join(words[-2:]), " ".join(words[:-2]))  # "General Manager PLN Jabar Agung Nugraha"
    return Speaker()


_PARTICLES = frozenset(["bin", "binti", "van", "de", "al", "da", "von", "dan"])


def _plain_name(words: list[str], lang) -> bool:
    """Capitalised words with no title, organisation or place word in them: "Maria Zakharova", "Dedy"; a single
    word shaped like a verb ("Ditemui", "Menanggapi") is no name."""
    if len(words) == 1 and len(words[0]) >= 6 and re.match(r"(?:Di|Me|Ber|Ter|Se)[a-z]+$", words[0]):
        return False
    return bool(words) and _is_name(words) and not any(
        w.lower().rstrip(".") in lang.TITLES or w.lower() in lang.ORG_HEADS or w.lower() in _CALENDAR_WORDS
        or w.lower() in lang.PLACE_HEADS
        or w.isupper() and len(w) > 1 or w[0].isdigit() for w in words)


def _common_word(word: str, common: frozenset[str], lang) -> bool:
    """One word the article also writes in lower case, or a function word: "Hal", "Sebagai"."""
    return " " not in word and (word in common or word in _FUNCTION_STARTS or word in lang.LEADING_ADVERBIALS)


def _has_title(segment: str, lang) -> bool:
    words = _WORD.findall(segment)
    return bool(words) and words[0].lower() in lang.TITLES and _is_name(words)


def _trim(segment: str, lang) -> str:
    words = segment.split()
    while words and words[-1].lower() in lang.SPEAKER_FILLERS:
        words.pop()
    return " ".join(words)


def _is_name(words: list[str]) -> bool:
    return all(_NAME_WORD.fullmatch(w) or w.lower() in _PARTICLES or w.isdigit() for w in words) and bool(
        _NAME_WORD.fullmatch(words[-1]))


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


# A capitalised run of one to four words, possibly after a title: a candidate person name.
_CAPITAL = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
_CANDIDATE = re.compile(rf"(?<![\w'’-])({_CAPITAL}(?:\s+(?:bin|binti|van|de|{_CAPITAL})){{0,9}})")
_PLACE_BEFORE = re.compile(r"\b(?:di|ke|dari|in|at|from|to|Kota|Kabupaten|Provinsi|Kecamatan|Desa)\s*$")


def names_before(body: str, start: int, end: int, context: Context) -> Speaker | None:
    """The most person-like name in body[start:end], the later one on a tie. A name after a title or a cue ("kata
    Budi"), or before a speech verb or an apposition ("Budi, Ketua ..."), is a person; a single capitalised word
    starting a sentence, a place after "di"/"ke"/"dari", an acronym or a date word is not."""
    lang = data(context.lang)
    if context.common is None:
        context.common = common_words(context.article)
    lower_words = context.common
    best, best_score = None, -1
    for m in _CANDIDATE.finditer(body, start, end):
        words = m.group(1).split()
        titled = False
        while words and words[0].lower() in lower_words:
            words = words[1:]  # "Sebanyak Rp ...", "Secara ...": a common word opening a sentence
        while words and (words[0].lower().rstrip(".") in lang.TITLES or words[0].lower() in lang.ORG_HEADS):
            titled = titled or words[0].lower().rstrip(".") in lang.TITLES
            words = words[1:]
        if not words or _PLACE_BEFORE.search(body[max(0, m.start() - 20) : m.start()]):
            continue
        if len(words) > 2:  # a role or an organisation before the name: "Direktur Eksekutif Core Mohammad Faisal"
            words, titled = words[-2:], True
        if any(w.isupper() and len(w) > 1 or any(c.isdigit() for c in w) or w.lower() == "rp" for w in words):
            continue  # acronyms and codes: "KNKT", "APD", "N95"
        if re.match(r"\s*-\s*\d", body[m.end() : m.end() + 5]) or words[0].lower() in _FUNCTION_STARTS:
            continue  # "Covid-19"
        if any(w.lower() in _CALENDAR_WORDS for w in words) or words[0].lower() in lang.PERSON_PRONOUNS:
            continue
        before, after = body[max(0, m.start() - 30) : m.start()], body[m.end() : m.end() + 40]
        score = _person_signals(before, after, titled, lang) + 2 * before.rstrip().endswith(")")
        sentence_start = re.search(r"(?:^|[.!?\"“”]\s*|\n)\s*$", body[max(0, m.start() - 3) : m.start()])
        verb_after = re.match(r"\s*([a-z]+)", after)
        says = bool(verb_after) and (verb_after.group(1) in lang.SPEECH_VERBS or verb_after.group(1).startswith("me"))
        if len(words) == 1 and (words[0].lower() in lower_words or sentence_start and not says):
            continue  # a common word, or a capitalised word opening a sentence ("Baginya, ...") that says nothing
        score += len(words) > 1
        if score >= best_score:
            best, best_score = Speaker(" ".join(words)), score
    return best


def _person_signals(before: str, after: str, titled: bool, lang) -> int:
    score = 3 if titled else 0
    last = before.split()[-1:] if before.strip() else []
    if last and (last[0].lower().rstrip(".,") in lang.TITLES or last[0].lower() in lang.QUOTE_CUES
                 or last[0].lower() in ("menurut", "according")):
        score += 3
    nxt = re.match(r"\s*(,?)\s*([\w-]+)", after)
    if nxt:
        word = nxt.group(2).lower()
        if word in lang.SPEECH_VERBS or word in lang.QUOTE_CUES:
            score += 2
        elif nxt.group(1) and (word in lang.TITLES or nxt.group(2).islower()):
            score += 2  # an apposition: "Budi, Ketua RT 05, ..." or "Budi, warga Bekasi"
        elif re.match(r"(?:me|ber|mem|men|meng)[a-z]{3,}$", word):
            score += 1
    return score


def _lower_only(body: str) -> str:
    """The article's words written in lower case: a word found here is a common word, not a name."""
    return " ".join(w for w in re.findall(r"[\w'’-]+", body) if w.islower())


_FUNCTION_STARTS = frozenset(
    ["namun", "menurut", "selain", "dalam", "pada", "sementara", "hal", "untuk", "dengan", "jika", "saat", "oleh",
     "ke", "di", "dari", "sebagai", "ketika", "bagi", "tentang", "terkait", "soal", "melalui", "kepada",
     "karena", "sebab", "akan", "ini", "itu", "tetapi", "the", "a", "an", "but", "and", "however", "this", "that", "it"]
)


def speaker_phrase(phrase: str, start: int, context: Context) -> tuple[str, int]:
    """The speaker part of the words after a cue or before a verb, and where it starts: after an upstream citation
    that opens it ("Dilansir detikNews, Sekjen Partai Golkar Sarmuji"), up to one inside it ("kata Bank Sentra Swiss
    dalam pernyataannya dikutip dari CNBC") and, in Indonesian, up to a word that starts the circumstances ("ujar
    Trump melalui Truth Social", "kata Suratno, dikonfirmasi detikJateng")."""
    end = len(phrase)
    for citation in context.lookups.citations.near(start, len(phrase)):
        if citation.start <= start < citation.end:
            skip = len(re.match(r"[\s,]*", phrase[citation.end - start :]).group()) + citation.end - start
            phrase, start, end = phrase[skip:], start + skip, end - skip
        elif start <= citation.start < start + end:
            end = citation.start - start
    lang = data(context.lang)
    head = phrase.split()[0].lower() if phrase.split() else ""
    if context.lang == "id" and head not in lang.DOCUMENT_NOUNS:
        # (but "Laporan dari kantor kejaksaan" names its source after "dari", and an organisation's name runs on)
        ends = "|".join(lang.SPEAKER_ENDS + (() if head in lang.ORG_HEADS else lang.PERSON_PHRASE_ENDS))
        stop = re.search(rf"(?:,\s*|\s)(?:{ends})\b", phrase[:end])
        if stop and phrase[: stop.start()].strip():
            end = stop.start()
    return phrase[:end], start


def person_referent(context: Context) -> Speaker:
    """Who "-nya", "ia" or "dia" stands for: the last speaker, or the last person quoted when the last speaker was an
    organisation (BEM UI's demands, then its coordinator's "jelasnya")."""
    if context.last.organisation and context.last_person.name:
        return context.last_person
    return context.last
