"""Indonesian reported speech: "X mengatakan bahwa ...", "Menurut X, ...", "Riky, kata Harryo, ...", "...,
menurut kementerian kesehatan", one report per clause, with its speaker: a name, an organisation, someone named
before ("Juru taktik asal Korea Selatan itu", "Menurutnya") or an unnamed speaker's noun phrase ("Para ahli")."""

from __future__ import annotations

import re

from warta.facts.article_lookups import MarkedSpans
from warta.facts.speakers import Context, Speaker, data, link, noun_phrase, person_referent, resolve, speaker_phrase
from warta.facts.word_at_end import word_at_end
from warta.model import Quote

# Reported content shorter than this is no report ("mengatakan hal itu" is two words, but so is "mengumumkan keadaan
# darurat", 858:29 of the detik dev gold: two words are kept).
MIN_REPORT_WORDS = 2


def reported(body: str, start: int, end: int, direct: MarkedSpans, context: Context) -> list[Quote]:
    """Reported speech in one Indonesian sentence outside direct quotes: subject, speech verb, content; one per
    clause ("X mengatakan ..., sementara Y mengungkapkan ...")."""
    lang = data(context.lang)
    if direct.covers(start + 1):
        return []  # the sentence is inside a direct quote: handled there
    first_open = direct.first_open(start, end)
    opened = first_open >= 0
    # Indonesian reported speech may carry a partial quote after its verb ("menuduh ... Menurutnya, proses
    # negosiasi "diblokir ...""): the report is read in the words before the first quote mark
    sentence = body[start : first_open if opened else end]
    if opened and len(sentence.split()) < 4:
        return []
    intro = _introducer(sentence, lang)
    if intro and opened and len(sentence[intro[1][0] :].split()) < 3:
        intro = None  # 'Menurutnya, proses negosiasi "diblokir ..."': the quote is the content, a direct quote
    if intro:
        who, content, cue = intro
        phrase, at = speaker_phrase(sentence[who[0] : who[1]], start + who[0], context)
        speaker = person_referent(context) if phrase.lower() == "nya" else _subject_speaker(phrase, at, context)
        if not speaker.name or context.lookups.cited(start + who[0]):
            return []
        context.note(speaker)
        return [Quote(start + content[0], start + content[1], sentence[content[0] : content[1]], "indirect",
                      speaker.name, speaker.entity, cue, speaker.role, *speaker.span)]
    quotes = []
    for offset, clause in _clauses(sentence):
        quote = _verb_report(body, start + offset, clause, context)
        if quote:
            quotes.append(quote)
    return quotes


_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:sementara|sedangkan)\s+")


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence that may each report: "..., sementara delegasi dari benua lain mengungkapkan ..."."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    return [(a, sentence[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if sentence[a:b].strip()]


def _subject_speaker(phrase: str, start: int, context: Context) -> Speaker:
    """The speaker an Indonesian subject phrase names: a name or organisation, someone named before when the phrase
    is a description with a demonstrative ("Juru taktik asal Korea Selatan itu", "kelompok tersebut"), else the
    phrase itself when it is an unnamed speaker's noun phrase ("Seorang kepala delegasi")."""
    lang = data(context.lang)
    words = [w.lower() for w in _trim_fillers(phrase).split()]
    if len(words) >= 2 and words[-1] in lang.DEMONSTRATIVES and words[0] not in lang.DOCUMENT_NOUNS:
        organisation = words[0] in lang.ORG_HEADS or words[0] in ("kelompok", "lembaga")
        pointed = context.last_org if organisation else person_referent(context)
        if pointed.name:
            return pointed
    speaker = resolve(phrase, start, context)
    if not speaker.name:
        speaker = noun_phrase(_trim_fillers(phrase), lang)
    return link(speaker, context)


def _trim_fillers(phrase: str) -> str:
    words = phrase.strip(" ,").split()
    while words and words[-1].lower() in data("id").SPEAKER_FILLERS:
        words.pop()
    return " ".join(words)


_PHRASES = "|".join(re.escape(p) for p in data("id").SPEECH_PHRASES)


def _subject_after_subordinator(before: str, lang) -> tuple[str, int] | None:
    """The subject of a verb in a subordinate clause stands after its subordinator ("Illston mengabulkan ...
    setelah Direktur Anggaran ..., Russell Vought, menyebut", "saat Trump mengumumkan")."""
    subordinate = list(re.finditer(rf"\s(?:{'|'.join(lang.SUBORDINATORS)})\s+", before))
    if subordinate and _looks_like_subject(before[subordinate[-1].end() :], lang):
        subject = _subject(before[subordinate[-1].end() :], lang)
        if subject:
            return subject[0], subject[1] + subordinate[-1].end()
    return _subject(before, lang)


def _verb_report(body: str, start: int, sentence: str, context: Context) -> Quote | None:
    lang = data(context.lang)
    for verb in re.finditer(rf"(?i:{_PHRASES})|[\w-]+", sentence):
        word = verb.group().lower()
        if word not in lang.SPEECH_VERBS and word not in lang.SPEECH_PHRASES:
            continue
        subject = _subject_after_subordinator(sentence[: verb.start()], lang)
        if subject is None:
            continue
        rest = sentence[verb.end() :]
        lead = re.match(r"\s*(?:,|:)?\s*(?:bahwa|that)?\s*,?\s*", rest, re.I)
        that = re.match(r"(?:\s+[\w'’$.-]+){0,8}?\s+that\s+", rest) if context.lang == "en" else None
        if that:  # "said in a statement that ...", "told reporters on Tuesday that ..."
            lead = that
        if word in lang.NEEDS_BAHWA and not re.match(r"\s*,?\s*bahwa", rest):
            continue
        content_start = verb.end() + lead.end()
        content = sentence[content_start:].rstrip()
        if len(content.split()) < MIN_REPORT_WORDS:
            continue
        phrase, at = speaker_phrase(subject[0], start + subject[1], context)
        speaker = _subject_speaker(phrase, at, context)
        if not speaker.name:
            continue
        if not re.search(r"\byang\s*$", sentence[: verb.start()]):
            context.note(speaker)  # (the speaker of a relative clause is not who the paragraph goes on quoting)
        return Quote(start + content_start, start + content_start + len(content), content, "indirect",
                     speaker.name, speaker.entity, verb.group(), speaker.role, *speaker.span)
    return None


_VERB_LIKE = re.compile(r"\s(?:me|mem|men|meng|meny|ber|ter|di|se)[a-z]{3,}\b|\s(?:adalah|merupakan|juga|telah|sudah|"
                        r"akan|is|was|has|had|will|would|[a-z]+ed)\b")


def note_subject(body: str, start: int, end: int, context: Context) -> None:
    """Remember the named subject of a sentence that reports nothing ("Smadiyarov membalas ...")."""
    sentence = body[start:end]
    verb = _VERB_LIKE.search(sentence)
    if not verb:
        return
    subject = _subject(sentence[: verb.start() + 1], data(context.lang))
    if subject and subject[0].split()[0].lower() not in data(context.lang).PERSON_PRONOUNS:
        speaker = resolve(subject[0], start + subject[1], context)
        if speaker.name and speaker.name.split()[0][0].isupper() or speaker.organisation:
            context.note_subject(speaker)


def _introducer(sentence: str, lang) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """ "Menurut X, CONTENT" and "According to X, CONTENT": (who, content, cue). Indonesian also puts the cue
    inside ("Riky, kata Harryo, sempat kabur ...", "Padahal, menurutnya, ...") or the source last ("CONTENT, menurut
    kementerian kesehatan ..."), and names a titled official with no verb at all ("Kapolrestabes Palembang Kombes
    Harryo Sugihhartono, pembunuhan ini terjadi ..."). "Menurutnya" gives who "nya": the last speaker."""
    for word in lang.INTRODUCERS:
        m = re.match(rf"\s*(?P<cue>{word})\s+(?P<who>[^,]+),\s*(?P<content>.+)$", sentence, re.I | re.S)
        if m and len(m.group("content").split()) >= 3:
            return m.span("who"), m.span("content"), m.group("cue")
    if lang is not data("id"):
        return None
    inside = "|".join(lang.INSIDE_CUES)
    m = re.match(rf"\s*(?:[\w-]+(?:\s[\w-]+){{0,3}},\s*)?(?P<cue>(?i:{inside}))(?:(?P<nya>nya)|\s+(?P<who>[^,]+))"
                 rf"\s*,\s*(?P<content>.+)$", sentence, re.S)
    if m and len(m.group("content").split()) >= 3:
        return (m.span("nya") if m.group("nya") else m.span("who")), m.span("content"), m.group("cue")
    m = re.match(r"(?P<content>.+?),?\s+(?P<cue>menurut|demikian\s+di[a-z]+(?:\s+oleh)?)\s+(?P<who>[^,.;]+)",
                 sentence, re.S)
    if m and len(m.group("content").split()) >= 4:
        return m.span("who"), m.span("content"), m.group("cue")
    return _titled_without_verb(sentence, lang)


def _titled_without_verb(sentence: str, lang) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    m = re.match(r"\s*(?P<who>(?:[A-Z][\w.'’-]*\s+){1,6}[A-Z][\w'’-]+),\s+(?P<content>[a-z].+)$", sentence, re.S)
    if not m or m.group("who").split()[0].lower() not in lang.TITLES or len(m.group("content").split()) < 5:
        return None
    words = {w.lower() for w in re.findall(r"\w+", sentence)}
    if m.group("content").split()[0] in lang.SPEAKER_ENDS or words & lang.SPEECH_VERBS:
        return None  # "Presiden X, saat ditemui, ..." / a sentence with its own verb of saying
    return m.span("who"), m.span("content"), ""


_NAMED_ANTECEDENT = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*+\s*(?:\([^)]*\)\s*)?)+),?\s+yang\s*$")
_TRAILING_NAME = re.compile(r"((?:[A-Z][\w'’.-]*+\s*)+)$")


def _subject(before: str, lang) -> tuple[str, int] | None:
    """The subject phrase before a speech verb, with leading adverbials and the dateline cut off."""
    # possessive word runs: with a plain `*` an all-capitals run ("KEMENTERIAN PENDIDIKAN ...") splits into words in
    # exponentially many ways before the match fails (IndoSum articles took minutes each)
    relative = _NAMED_ANTECEDENT.search(before) if re.search(r"\byang\s*$", before) else None
    if relative:  # "laporan Bank Dunia (World Bank) yang memproyeksikan": the named antecedent reports
        return relative.group("name").strip(), relative.start("name")
    if word_at_end(tuple(lang.NOT_REPORTING_BEFORE))(before):
        return None  # a relative clause, an infinitive or a negation: "yang mengatakan", "belum bisa menyampaikan"
    offset = 0
    dateline = re.match(r"^[A-Z][\w .]*,\s*[\w .-]+\s[-–—]\s+", before)
    if dateline:
        offset = dateline.end()
    clause = before[offset:]
    if "," in clause:
        head, _, tail = clause.rpartition(",")
        first = head.strip().split()[:1]
        after_first = clause[clause.find(",") + 1 :]
        if _opens_clause(head, tail, lang):
            offset += len(head) + 1  # "Oleh karena itu, ia", "Melihat skala kerusakan tersebut, Komisi X"
        elif first and first[0].lower() in lang.LEADING_ADVERBIALS and _looks_like_subject(after_first, lang):
            offset += clause.find(",") + 1  # "Sebelum keputusan ..., Adrian Prettejohn, ekonom ..., telah"
        elif first and first[0].lower() in lang.LEADING_ADVERBIALS or head.rstrip().endswith(")"):
            offset += len(head) + 1
        elif not _looks_like_subject(tail, lang) and not _looks_like_subject(head.split(",")[-1], lang):
            return None
    phrase = before[offset:]
    relative_adverb = re.match(r"\s*(?:dimana|di mana)\s+", phrase)
    if relative_adverb:  # "..., dimana seorang terdakwa mengaku"
        offset += relative_adverb.end()
        phrase = phrase[relative_adverb.end() :]
    words = phrase.split()
    if len(words) > 12 and "," in phrase and _looks_like_subject(phrase.split(",")[0], lang):
        phrase = phrase.split(",")[0]  # "Muhammad Israr misalnya, seorang dokter di ... yang merawat ..., "
        words = phrase.split()
    if not words or len(words) > 12:
        return None
    lead = words[0].lower()
    if lead in lang.LEADING_ADVERBIALS and not any(w[0].isupper() for w in words[1:]) and lead not in lang.ORG_HEADS:
        return None
    if not _looks_like_subject(phrase, lang):
        return None
    # "Pada saat yang sama Akhmetzhanov": keep the trailing name after a lowercase adverbial
    if lead in lang.LEADING_ADVERBIALS:
        phrase = phrase.split(None, 1)[1] if len(words) > 1 else ""
        m = _TRAILING_NAME.search(phrase.strip())
        if not m:
            return None
        return m.group(1), offset + phrase.find(m.group(1))
    return phrase, offset


def _opens_clause(head: str, tail: str, lang) -> bool:
    """Whether the words before the last comma only open the sentence and the subject follows it: a head with no
    name in it ("Diketahui", "Kelima", "Oleh karena itu", "Selama musim kabut asap tahun lalu") or a time ("Sekitar
    pukul 15.23 WIB"), before a subject ("ia", "Komisi X", "kelompok tersebut", "dimana seorang terdakwa")."""
    tail_words = re.sub(r"^\s*(?:dimana|di mana)\s+", "", tail).split()
    if not tail_words or not _looks_like_subject(" ".join(tail_words), lang):
        return False
    head_words = head.split()
    unnamed = not any(w[0].isupper() for w in head_words[1:])
    timed = bool(re.search(r"\d", head)) and tail_words[0].lower() in lang.GROUP_HEADS
    return unnamed or timed


def _looks_like_subject(phrase: str, lang) -> bool:
    words = phrase.split()
    if not words:
        return False
    low = [w.lower().strip(",") for w in words]
    return (any(w[0].isupper() for w in words) or low[0] in lang.PERSON_PRONOUNS or low[0] in lang.ORG_HEADS
            or low[0] in lang.DOCUMENT_NOUNS or low[0] in lang.GROUP_HEADS)
