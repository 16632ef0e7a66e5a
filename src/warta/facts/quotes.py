"""Quotes and who said them: direct quotes in every quote style (" " “ ” ‘ ’ « », across sentences and paragraphs,
partial), their cue before or after ("...," kata X / terangnya / bunyi pernyataan tersebut), and reported speech
("X mengatakan bahwa ...", "Menurut X, ...", "..., X said").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from warta.facts import attribution, attribution_parse
from warta.facts import attribution_clauses as clauses
from warta.facts.sentences import language
from warta.facts.speaker_phrases import pronoun_at_end, source_phrase
from warta.facts.speakers import Context, Speaker, data, link, names_before, noun_phrase, resolve
from warta.model import Article, Quote
from warta.resources import Resources

_DOUBLE_OPEN = '"“«„'
_DOUBLE_CLOSE = '"”»“'
# A quoted run shorter than this many words is a term or scare quote ("Kazakh Warriors"), unless it ends a sentence
# inside the marks; set on the seed gold, where the shortest real partial quote has six words.
MIN_QUOTE_WORDS = 4
# Reported content shorter than this is no report ("mengatakan hal itu" is two words, but so is "mengumumkan keadaan
# darurat", 858:29 of the detik dev gold: two words are kept).
MIN_REPORT_WORDS = 2


@dataclass(slots=True)
class Marked:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (exclusive end is close + 1)
    split: int = -1  # where two quotes joined into one were apart: the closing mark of the first


def quoted_spans(text: str, keep: Callable[[str], bool] | None = None, straight: bool = False) -> list[Marked]:
    """Pairs of quote marks. A straight or curly double mark toggles; ” opens too when it starts a word (some outlets
    print ” on both sides). A paragraph left open continues when the next one opens again (multi-paragraph quotes).
    Straight single marks ('perang') are read only when asked: in running text they are mostly apostrophes."""
    spans: list[Marked] = []
    opened = -1
    single = -1
    text = text.replace("''", '"\u200b')  # two single marks for one double (older newspaper text): same length
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if opened < 0:
            if ch in _DOUBLE_OPEN or (ch == "”" and (prev.isspace() or prev in "(—-") and not nxt.isspace()):
                if ch == '"' and not (prev.isspace() or prev in "([—-:") and i:
                    continue
                opened = i
            elif (ch == "‘" or ch == "'" and straight and (prev.isspace() or prev in "(") and nxt.isalpha()) \
                    and single < 0:
                single = i
            elif (ch == "’" or ch == "'" and straight) and single >= 0 and not nxt.isalpha():
                spans.append(Marked(single, i))
                single = -1
        elif ch in _DOUBLE_CLOSE and not (ch == "“" and not nxt.isspace()):
            spans.append(Marked(opened, i))
            opened = -1
        elif ch == "\n" and text[i : i + 2] == "\n\n":
            after = text[i + 2 : i + 3]
            if after and after in _DOUBLE_OPEN + "”":
                continue  # the quote goes on in the next paragraph
            opened = -1  # an unclosed mark does not run past its paragraph
    keep = keep or _is_quote
    return [s for s in spans if keep(text[s.open + 1 : s.close])]


def fragments(text: str) -> list[Marked]:
    """Quoted words too short to be quotes on their own ('unjuk rasa damai', 'perang'): partial quotes when they
    stand inside reported speech."""
    return quoted_spans(text, _is_fragment, straight=True)


def _is_fragment(inner: str) -> bool:
    """A few words in lower case: a name in marks ('Asta Cita Rakyat', "SIM farm") is no quote."""
    words = inner.split()
    return 0 < len(words) < MIN_QUOTE_WORDS and all(w[:1].islower() for w in words) and not _is_quote(inner)


def _is_quote(inner: str) -> bool:
    words = inner.split()
    capitalised = sum(w[:1].isupper() for w in words)
    if capitalised * 10 >= len(words) * 6 and len(words) >= 3:
        return False  # a title or a name in quote marks: "Perencanaan dan Pembangunan Kawasan"
    return len(words) >= MIN_QUOTE_WORDS or (len(words) >= 2 and inner.rstrip()[-1:] in ".!?,")


def run(article: Article, resources: Resources) -> Article:
    article.quotes = extract(article, language(article))
    return article


def extract(article: Article, lang: str, judge: attribution.Judge | None = None) -> list[Quote]:
    body = article.body
    context = Context(article, lang)
    direct = quoted_spans(body)
    if lang == "en":
        attribution_parse.parse_all([body[s.start : s.end] for s in article.sentences])
        direct = _join_interrupted(body, [m for m in direct if _stands_alone(body, m, data(lang))])
    quotes: list[Quote] = []
    events: list[tuple[int, str, object]] = [(m.open, "direct", m) for m in direct]
    events += [(s.start, "sentence", (i, s)) for i, s in enumerate(article.sentences)]
    for _, kind, item in sorted(events, key=lambda e: (e[0], e[1] == "sentence")):
        if kind == "direct":
            quotes.append(_direct(body, item, article, context))
        else:
            index, sentence = item
            if lang == "en":
                covered = [(m.open, m.close + 1) for m in direct]
                quotes += attribution.reported(body, sentence.start, sentence.end, covered, context, judge)
                continue
            reported = _reported(body, sentence.start, sentence.end, direct, context)
            if reported:
                quotes += reported
                context.quoted_at = index
            else:
                _note_subject(body, sentence.start, sentence.end, context)
    if lang == "id":
        quotes = sorted(quotes + _partial_quotes(body, quotes), key=lambda q: q.start)
    if lang == "en":
        for quote in quotes:
            _check_source(body, quote, article)
    if lang == "en":  # a partial quote inside reported speech is part of its content, not a quote of its own
        indirect = [q for q in quotes if q.kind == "indirect"]
        quotes = [q for q in quotes if not any(r.start < q.start < r.end and q.end <= r.end + 2 for r in indirect)]
    return quotes


def _check_source(body: str, quote: Quote, article: Article) -> None:
    """An English speaker that names no source ("and", "did not", "Seruni Island") is dropped; one inside a
    fragment is cut out of it ("hours after Trump" is Trump), and the quote's source span narrows to the words that
    name the source ("That’s when she": "she")."""
    spanned = body[quote.source_start : quote.source_end] if quote.source_start >= 0 else ""
    phrase = quote.speaker or spanned
    if not phrase:
        return
    named = source_phrase(phrase, article)
    if named == quote.speaker:
        return
    if spanned and not named:  # "Indonesian" of "Indonesian search and rescue officials": the whole phrase
        named = source_phrase(spanned, article)
    words = named or pronoun_at_end(phrase) or pronoun_at_end(spanned)
    at = body.find(words, quote.source_start, quote.source_end + 1) if words and spanned else -1
    if at >= 0:
        quote.source_start, quote.source_end = at, at + len(words)
    if quote.speaker:
        quote.speaker, quote.speaker_entity = named, quote.speaker_entity if named else ""


def _partial_quotes(body: str, quotes: list[Quote]) -> list[Quote]:
    """Indonesian partial quotes inside reported speech: 'Jeri juga mengatakan bahwa 'unjuk rasa damai' telah
    disusupi ...' holds a direct quote of Jeri besides the report (the detik dev guidelines, sec. 4)."""
    reports = [q for q in quotes if q.kind == "indirect"]
    out = []
    for m in fragments(body):
        report = next((q for q in reports if q.start <= m.open < q.end), None)
        if report:
            out.append(Quote(m.open, m.close + 1, body[m.open : m.close + 1], "direct", report.speaker,
                             report.speaker_entity, "", report.role))
    return out


def _sentence_bounds(article: Article, offset: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    para_start = article.body.rfind("\n\n", 0, offset)
    para_end = article.body.find("\n\n", offset)
    return para_start + 2 if para_start >= 0 else 0, para_end if para_end >= 0 else len(article.body)


_TAIL_STOP = re.compile(r"[.;!?()]|,\s+(?:yang|dikutip|dilansir|seperti|saat|ketika|dalam|di|pada|who|when|in|at|on)\b"
                        r"|\s(?:di|pada|dalam|saat|seusai|usai|ketika|kepada|dari|yang|kemarin|melalui|lewat|dikutip|"
                        r"dilansir|sapaan|seraya|sambil|menegaskan|menjelaskan|menambahkan|mengatakan|"
                        r"in|at|on|during|after|when|who|to|of|as|told|about)\b")


def _direct(body: str, m: Marked, article: Article, context: Context) -> Quote:
    lang = data(context.lang)
    close = m.close + 1
    if context.lang == "en" and body[m.close : close + 1] == "''":
        close += 1  # two single marks for one closing double mark (older newspaper text)
    # a quote interrupted by its cue ("A," she said. "B.") has its cue after the first half
    cue_at = close if m.split < 0 else m.split + (2 if body[m.split : m.split + 2] == "''" else 1)
    para_end = body.find("\n\n", cue_at)
    para_end = para_end if para_end >= 0 else len(body)
    after = body[cue_at:para_end]
    cue, speaker = "", Speaker()
    cue_match = _cue_after(after, lang)
    if cue_match:
        cue = cue_match.group("cue")
        tail_start = cue_at + cue_match.end()
        tail = body[tail_start:para_end]
        stop = re.search(r"[.;!?](?:\s|$)|\n", tail)
        phrase, tail_start = _speaker_phrase(tail[: stop.start()] if stop else tail, tail_start, context)
        if cue.lower().endswith("nya") or not phrase.strip() or cue.lower() in lang.STATEMENT_NOUNS:
            refers_back = not phrase.strip() or cue.lower().endswith("nya")
            speaker = _referent(body, m.open, article, context) if refers_back else resolve(phrase, tail_start, context)
            if cue.lower() in lang.STATEMENT_NOUNS or " " in cue:
                speaker = context.last_org if context.last_org.name else context.last
        else:
            speaker = resolve(phrase, tail_start, context)
        if not speaker.name and context.lang == "id":
            speaker = noun_phrase(phrase, lang)  # "ujar seorang sumber diplomatik"
        if not speaker.name:  # "kata dia", "kata politisi PDI-P itu": a description of someone named before
            speaker = _referent(body, m.open, article, context)
    elif context.lang == "en" and (source_cue := _source_cue_after(after, lang)):
        cue = source_cue.group("cue")  # English "...," the mayor, Ann Lopez, said.
        who = source_cue.group("who")
        speaker = resolve(who, cue_at + source_cue.start("who"), context) if who.lower() not in (
            "he", "she", "they") else _referent(body, m.open, article, context)
        if not speaker.name:
            speaker = _referent(body, m.open, article, context) if who.lower() in lang.PERSON_PRONOUNS else Speaker(
                " ".join(who.split()[-4:]))
        if speaker.name:  # the words between quote and cue name the source, resolved or not ("he" said)
            speaker = replace(speaker, span=(cue_at + source_cue.start("who"), cue_at + source_cue.end("who")))
    else:
        before_start = max(body.rfind("\n\n", 0, m.open) + 2, 0)
        before = body[before_start : m.open]
        cue_before = _cue_before(before, lang)
        if cue_before:
            cue = cue_before.group("cue")
            speaker = resolve(cue_before.group("who"), before_start + cue_before.start("who"), context)
        else:
            speaker = _referent(body, m.open, article, context, cued=False)
    speaker = link(speaker, article)
    context.note(speaker)
    context.quoted_at = _sentence_index(article, m.close)
    return Quote(m.open, close, body[m.open:close], "direct", speaker.name, speaker.entity, cue, speaker.role,
                 *speaker.span)


def _speaker_phrase(phrase: str, start: int, context: Context) -> tuple[str, int]:
    """The speaker part of the words after a cue or before a verb, and where it starts: after an upstream citation
    that opens it ("Dilansir detikNews, Sekjen Partai Golkar Sarmuji"), up to one inside it ("kata Bank Sentra Swiss
    dalam pernyataannya dikutip dari CNBC") and, in Indonesian, up to a word that starts the circumstances ("ujar
    Trump melalui Truth Social", "kata Suratno, dikonfirmasi detikJateng")."""
    end = len(phrase)
    for citation in context.article.citations:
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


_SOURCE_THEN_CUE = re.compile(r"\s*,?\s*(?:[\w.'’-]+\s+){0,4}(?:said|says|told|added|wrote|asked)\b")


def _stands_alone(body: str, m: Marked, lang) -> bool:
    """An English quote that opens a clause or has its own cue; a phrase quoted inside a sentence ("a "one-term
    president."") belongs to the reported speech around it."""
    before = body[max(0, m.open - 3) : m.open].rstrip(" ")
    if not before or before[-1] in ".!?:,\n—(" or len(body[m.open + 1 : m.close].split()) >= 8:
        return True
    after = body[m.close + 1 : m.close + 80]
    return bool(_cue_after(after, lang)) or bool(_SOURCE_THEN_CUE.match(after))


def _join_interrupted(body: str, marks: list[Marked]) -> list[Marked]:
    """ "A," she said. "B." is one quote interrupted by its cue: English puts the speaker between the halves."""
    out: list[Marked] = []
    for m in marks:
        if out:
            gap = body[out[-1].close + 1 : m.open]
            if body[out[-1].close : out[-1].close + 2] == "''":
                gap = gap[1:]  # the second mark of a closing '' is no word of the gap
            cued = "\n" not in gap and len(gap) < 60 and _SOURCE_THEN_CUE.match(gap) or clauses.interrupting(gap)
            if cued and _closes_source(gap) and not _SOURCE_THEN_CUE.match(
                    body[m.close + 1 : m.close + 80]):
                out[-1] = Marked(out[-1].open, m.close, out[-1].close if out[-1].split < 0 else out[-1].split)
                continue
        out.append(m)
    return out


def _closes_source(gap: str) -> bool:
    """A source and cue between two quotes ends with a mark or the cue (", he said. " / " he said "); one that ends
    with a word of a clause (", adding that ") makes the second quote part of a reported content."""
    words = gap.split()
    return not words or words[-1][-1:] in ".,:;" or words[-1].lower() in data("en").QUOTE_CUES


def _sentence_index(article: Article, offset: int) -> int:
    for i, s in enumerate(article.sentences):
        if s.start <= offset < max(s.end, s.start + 1):
            return i
    return -1


# How many sentences back "-nya" still points to the last speaker rather than to a name in between; the detik dev
# articles put up to five sentences of narrative ("Riky", "Deli Serdang", "Polda Sumut") between a source's quotes.
_NYA_REACH = 6


def _referent(body: str, offset: int, article: Article, context: Context, cued: bool = True) -> Speaker:
    """Who "-nya" or a quote without a cue points back to: the last speaker when they spoke in this or the previous
    sentence, else the last person named since the start of the previous sentence, else the last speaker."""
    here = _sentence_index(article, offset)
    if here < 0 or context.quoted_at >= here - 1 and context.last.name:
        return _person_referent(context) if cued and context.lang == "id" else context.last
    if context.lang == "id" and context.last.name and context.quoted_at >= here - _NYA_REACH:
        return _person_referent(context)  # "jelasnya" after a paragraph about others still quotes the current source
    window_start = article.sentences[max(here - 1, 0)].start
    if not cued and context.last.name:
        return context.last  # a quote with no cue at all goes on quoting the current source (a partial quote)
    named = names_before(body, window_start, offset, context)
    return named or context.last


def _cue_after(after: str, lang) -> re.Match | None:
    cues = "|".join(sorted(lang.QUOTE_CUES, key=len, reverse=True))
    statements = "|".join(re.escape(s) for s in sorted(lang.STATEMENT_NOUNS, key=len, reverse=True))
    pattern = rf"^\s*[,.]?\s*(?:demikian\s+)?(?P<cue>(?:{statements})|(?:{cues})(?:nya)?|(?:{cues}))\b\s*(?:dia\b)?"
    return re.match(pattern, after, re.I)


def _source_cue_after(after: str, lang) -> re.Match | None:
    """ "...," Lopez said. / "...," the mayor, Ann Lopez, said on Friday.: the source between the quote and its cue."""
    cues = "|".join(sorted(lang.QUOTE_CUES - {"according"}, key=len, reverse=True))
    return re.match(rf"^\s*[,.]?\s*(?P<who>[^.!?\"“”\n]{{1,80}}?)\s+(?:has\s+|had\s+|also\s+)?(?P<cue>{cues})\b",
                    after, re.I)


def _cue_before(before: str, lang) -> re.Match | None:
    verbs = "|".join(sorted(lang.QUOTE_CUES | lang.SPEECH_VERBS, key=len, reverse=True))
    m = re.search(rf"(?P<who>[^.!?\"“”]*?)\s+(?P<cue>{verbs})(?:nya)?\s*[,:]?\s*$", before, re.I)
    if m and m.group("who").strip():
        return m
    return re.search(r"(?P<who>[^.!?\"“”]+?)\s*(?P<cue>:)\s*$", before)


def _reported(body: str, start: int, end: int, direct: list[Marked], context: Context) -> list[Quote]:
    """Reported speech in one Indonesian sentence outside direct quotes: subject, speech verb, content; one per
    clause ("X mengatakan ..., sementara Y mengungkapkan ...")."""
    lang = data(context.lang)
    if any(m.open <= start + 1 < m.close + 1 for m in direct):
        return []  # the sentence is inside a direct quote: handled there
    opened = [m.open for m in direct if start <= m.open < end]
    # Indonesian reported speech may carry a partial quote after its verb ("menuduh ... Menurutnya, proses
    # negosiasi "diblokir ...""): the report is read in the words before the first quote mark
    sentence = body[start : min(opened, default=end)]
    if opened and len(sentence.split()) < 4:
        return []
    intro = _introducer(sentence, lang)
    if intro and opened and len(sentence[intro[1][0] :].split()) < 3:
        intro = None  # 'Menurutnya, proses negosiasi "diblokir ..."': the quote is the content, a direct quote
    if intro:
        who, content, cue = intro
        phrase, at = _speaker_phrase(sentence[who[0] : who[1]], start + who[0], context)
        speaker = _person_referent(context) if phrase.lower() == "nya" else _subject_speaker(phrase, at, context)
        if not speaker.name or _cited_at(context.article, start + who[0]):
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
        pointed = context.last_org if organisation else _person_referent(context)
        if pointed.name:
            return pointed
    speaker = resolve(phrase, start, context)
    if not speaker.name:
        speaker = noun_phrase(_trim_fillers(phrase), lang)
    return link(speaker, context.article)


def _trim_fillers(phrase: str) -> str:
    words = phrase.strip(" ,").split()
    while words and words[-1].lower() in data("id").SPEAKER_FILLERS:
        words.pop()
    return " ".join(words)


def _person_referent(context: Context) -> Speaker:
    """Who "-nya", "ia" or "dia" stands for: the last speaker, or the last person quoted when the last speaker was an
    organisation (BEM UI's demands, then its coordinator's "jelasnya")."""
    if context.last.organisation and context.last_person.name:
        return context.last_person
    return context.last


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
        phrase, at = _speaker_phrase(subject[0], start + subject[1], context)
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


def _note_subject(body: str, start: int, end: int, context: Context) -> None:
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


def _cited_at(article: Article, offset: int) -> bool:
    """Whether an upstream citation covers the offset ("menurut korespondenAFP" is a citation, not a source)."""
    return any(c.start <= offset < c.end for c in article.citations)


def _subject(before: str, lang) -> tuple[str, int] | None:
    """The subject phrase before a speech verb, with leading adverbials and the dateline cut off."""
    relative = re.search(r"(?P<name>(?:[A-Z][\w'’.-]*\s*(?:\([^)]*\)\s*)?)+),?\s+yang\s*$", before)
    if relative:  # "laporan Bank Dunia (World Bank) yang memproyeksikan": the named antecedent reports
        return relative.group("name").strip(), relative.start("name")
    if re.search(rf"\b(?:{'|'.join(lang.NOT_REPORTING_BEFORE)})\s*$", before, re.I):
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
        elif first and first[0].lower() in lang.LEADING_ADVERBIALS or re.search(r"\)\s*$", head):
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
        m = re.search(r"((?:[A-Z][\w'’.-]*\s*)+)$", phrase.strip())
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
