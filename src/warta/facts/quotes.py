"""Quotes and who said them: direct quotes in every quote style (" " “ ” ‘ ’ « », across sentences and paragraphs,
partial), their cue before or after ("...," kata X / terangnya / bunyi pernyataan tersebut), and reported speech
("X mengatakan bahwa ...", "Menurut X, ...", "..., X said").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from warta.facts import attribution, attribution_parse, reported_id
from warta.facts import attribution_clauses as clauses
from warta.facts.article_lookups import MarkedSpans
from warta.facts.quote_marks import Marked, fragments, quoted_spans
from warta.facts.sentences import language
from warta.facts.speaker_phrases import pronoun_at_end, source_phrase
from warta.facts.speakers import (
    Context,
    Speaker,
    data,
    link,
    names_before,
    noun_phrase,
    person_referent,
    resolve,
    speaker_phrase,
)
from warta.model import Article, Quote
from warta.resources import Resources


def run(article: Article, resources: Resources) -> Article:
    article.quotes = extract(article, language(article))
    return article


def extract(article: Article, lang: str, judge: attribution.Judge | None = None) -> list[Quote]:
    body = article.body
    context = Context(article, lang)
    direct = quoted_spans(body)
    if lang == "en":
        direct = _join_interrupted(body, [m for m in direct if _stands_alone(body, m, data(lang))])
    quotes: list[Quote] = []
    marked = MarkedSpans(len(body), direct)
    covered = [(m.open, m.close + 1) for m in direct]
    if lang == "en":
        attribution_parse.parse_all(attribution.parsed_sentences(body, [(s.start, s.end) for s in article.sentences],
                                                                 covered, judge))
    events: list[tuple[int, str, object]] = [(m.open, "direct", m) for m in direct]
    events += [(s.start, "sentence", (i, s)) for i, s in enumerate(article.sentences)]
    for _, kind, item in sorted(events, key=lambda e: (e[0], e[1] == "sentence")):
        if kind == "direct":
            quotes.append(_direct(body, item, article, context))
        else:
            index, sentence = item
            if lang == "en":
                quotes += attribution.reported(body, sentence.start, sentence.end, covered, context, judge)
                continue
            reported = reported_id.reported(body, sentence.start, sentence.end, marked, context)
            if reported:
                quotes += reported
                context.quoted_at = index
            else:
                reported_id.note_subject(body, sentence.start, sentence.end, context)
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
        if spanned and pronoun_at_end(spanned) and source_phrase(spanned, article) != spanned:
            pronoun = pronoun_at_end(spanned)  # "Trump made the reference Monday as he": the source here is "he"
            at = body.rfind(pronoun, quote.source_start, quote.source_end)
            quote.source_start, quote.source_end = (at, at + len(pronoun)) if at >= 0 else (-1, -1)
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
    out = []
    for report in (q for q in quotes if q.kind == "indirect" and _MARKS.search(q.text)):
        for m in fragments(body[report.start : report.end]):
            start, end = report.start + m.open, report.start + m.close + 1
            out.append(Quote(start, end, body[start:end], "direct", report.speaker, report.speaker_entity, "",
                             report.role))
    return out


_MARKS = re.compile("[\"'“”‘’«»„]")


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
        phrase, tail_start = speaker_phrase(tail[: stop.start()] if stop else tail, tail_start, context)
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
    speaker = link(speaker, context)
    context.note(speaker)
    context.quoted_at = context.lookups.sentences.holding(m.close)
    return Quote(m.open, close, body[m.open:close], "direct", speaker.name, speaker.entity, cue, speaker.role,
                 *speaker.span)


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


# How many sentences back "-nya" still points to the last speaker rather than to a name in between; the detik dev
# articles put up to five sentences of narrative ("Riky", "Deli Serdang", "Polda Sumut") between a source's quotes.
_NYA_REACH = 6


def _referent(body: str, offset: int, article: Article, context: Context, cued: bool = True) -> Speaker:
    """Who "-nya" or a quote without a cue points back to: the last speaker when they spoke in this or the previous
    sentence, else the last person named since the start of the previous sentence, else the last speaker."""
    here = context.lookups.sentences.holding(offset)
    if here < 0 or context.quoted_at >= here - 1 and context.last.name:
        return person_referent(context) if cued and context.lang == "id" else context.last
    if context.lang == "id" and context.last.name and context.quoted_at >= here - _NYA_REACH:
        return person_referent(context)  # "jelasnya" after a paragraph about others still quotes the current source
    window_start = article.sentences[max(here - 1, 0)].start
    if not cued and context.last.name:
        return context.last  # a quote with no cue at all goes on quoting the current source (a partial quote)
    named = names_before(body, window_start, offset, context)
    return named or context.last


def _cue_after(after: str, lang) -> re.Match | None:
    return _cue_patterns(lang).after.match(after)


def _source_cue_after(after: str, lang) -> re.Match | None:
    """ "...," Lopez said. / "...," the mayor, Ann Lopez, said on Friday.: the source between the quote and its cue."""
    return _cue_patterns(lang).source_after.match(after)


# The marks the speaker and cue before a quote never hold (nor do the cue words: ``_cue_patterns`` checks).
_NOT_BEFORE_CUE = '.!?"“”'


def _cue_before(before: str, lang) -> re.Match | None:
    """ "X mengatakan, " / "X: " right before the quote. Neither pattern matches a mark of _NOT_BEFORE_CUE, so a
    match can start only after the last one, and if any does, one starts right there (its speaker part takes in
    whatever comes before): one anchored attempt from there finds what a search from the paragraph's start found,
    in one pass instead of one per position (2 ms a quote)."""
    patterns = _cue_patterns(lang)
    after_mark = max(before.rfind(c) for c in _NOT_BEFORE_CUE) + 1
    if patterns.verbs_unmarked:
        m = patterns.verb_before.match(before, after_mark)
    else:
        m = patterns.verb_before.search(before)
    if m and m.group("who").strip():
        return m
    return _COLON_BEFORE.match(before, after_mark)


_COLON_BEFORE = re.compile(r"(?P<who>[^.!?\"“”]+?)\s*(?P<cue>:)\s*$")


@dataclass(frozen=True, slots=True)
class _CuePatterns:
    after: re.Pattern
    source_after: re.Pattern
    verb_before: re.Pattern
    verbs_unmarked: bool  # no cue word holds a mark of _NOT_BEFORE_CUE


@functools.cache
def _cue_patterns(lang) -> _CuePatterns:
    """A language's cue patterns, built once (they were joined, sorted and looked up in re's cache per quote)."""
    cues = "|".join(sorted(lang.QUOTE_CUES, key=len, reverse=True))
    statements = "|".join(re.escape(s) for s in sorted(lang.STATEMENT_NOUNS, key=len, reverse=True))
    source_cues = "|".join(sorted(lang.QUOTE_CUES - {"according"}, key=len, reverse=True))
    verbs = "|".join(sorted(lang.QUOTE_CUES | lang.SPEECH_VERBS, key=len, reverse=True))
    return _CuePatterns(
        after=re.compile(
            rf"^\s*[,.]?\s*(?:demikian\s+)?(?P<cue>(?:{statements})|(?:{cues})(?:nya)?|(?:{cues}))\b\s*(?:dia\b)?",
            re.I),
        source_after=re.compile(
            rf"^\s*[,.]?\s*(?P<who>[^.!?\"“”\n]{{1,80}}?)\s+(?:has\s+|had\s+|also\s+)?(?P<cue>{source_cues})\b",
            re.I),
        verb_before=re.compile(rf"(?P<who>[^.!?\"“”]*?)\s+(?P<cue>{verbs})(?:nya)?\s*[,:]?\s*$", re.I),
        verbs_unmarked=not any(c in verbs for c in _NOT_BEFORE_CUE),
    )
