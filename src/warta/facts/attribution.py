"""English reported speech: every attribution cue in a sentence with its content after it ("X said that ...",
"X told reporters on Tuesday that ...") or before it ("..., X said." / "..., said X." / "..., according to X.").

Rules read each cue's content; which words may be cues and which readings are kept is learned on PolNeAR train (the
Judge, lang/en/models/attribution.json, rebuilt by `warta train attribution`); without the model file, the listed
cues of lang/en/reporting.py are used and every reading is kept."""

from __future__ import annotations

import re
from typing import Any

from warta.facts import attribution_clauses as clauses
from warta.facts import attribution_frames as frames
from warta.facts import attribution_parse as parse
from warta.facts import attribution_spans as spans
from warta.facts.attribution_judge import Judge, shipped_judge
from warta.facts.attribution_judge import features as judge_features
from warta.facts.speakers import Context, Speaker, link, resolve
from warta.lang.en import reporting as en_reporting
from warta.model import Quote

_TOKEN = clauses.TOKEN
_CLOSING = ' ."”'
_QUOTE_MARKS = clauses.QUOTE_MARKS
_STOP_SOURCE = frozenset([",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”"])


def reported(body: str, start: int, end: int, covered: list[tuple[int, int]], context: Context,
             judge: Judge | None = None) -> list[Quote]:
    """Attributions in body[start:end]; ``covered`` holds direct quote spans, whose cues are handled there."""
    judge = judge or shipped_judge()
    sentence = body[start:end]
    toks = _tokens(sentence)
    found: list[Quote] = []
    headline = clauses.NAME_COLON.match(sentence)
    if headline and not any(a <= start + headline.start("content") < b for a, b in covered):
        speaker = _speaker(sentence, headline.span("who"), start, context)  # "Pat Caddell: Voters Are Worried"
        content = headline.group("content").rstrip(" .")
        found.append(Quote(start + headline.start("content"), start + headline.start("content") + len(content),
                           content, "indirect", speaker.name, speaker.entity, ":", speaker.role, *speaker.span))
    polled = frames.poll(sentence)
    if polled and not any(a < start + polled[1][1] and start + polled[1][0] < b for a, b in covered):
        speaker = _speaker(sentence, polled[0], start, context)
        found.append(Quote(start + polled[1][0], start + polled[1][1], sentence[polled[1][0] : polled[1][1]],
                           "indirect", speaker.name, speaker.entity, "in", speaker.role, *speaker.span))
    taken_until = 0
    parsed = _LazyParse(sentence, judge.every_sentence)
    for i, (tok, s, _) in enumerate(toks):
        low = tok.lower()
        if not _open_cue(toks, i, low, start, covered, judge):
            continue
        quote = None
        for rule in _rules(toks, i, low):  # the first finding the judge keeps; one it rejects leaves the others
            quote = _RULES[rule](sentence, toks, i, start, taken_until, context)
            if quote is None:
                continue
            if rule == "after":
                quote = _through_quotes(body, quote, covered)
            if _blocked(quote, rule, covered):  # only a content after its cue may hold a partial quote
                quote = None
                break
            parsed.read()
            parse_end, relation = parse.reading_end(parsed.doc, s, quote.start - start)
            role = parse.cue_role(parsed.doc, s) if parsed.doc else "none"
            cuts = list(spans.readings(body, quote))
            if parse_end is not None and all(abs(r.end - start - parse_end) > 1 for _, r in cuts):
                cuts.append(("parse", spans.span(body, quote, quote.start, start + parse_end)))
            readings = [(reading, judge_features(rule, toks, i, reading, start, sentence)
                         + spans.features(cut, body, reading, quote, low)
                         + parse.features(parsed.doc, reading.start - start, reading.end - start, parse_end, relation,
                                          low)
                         + [f"cue_role={role}", f"rule+cue_role={rule}|{role}"])
                        for cut, reading in cuts
                        if cut == "rule" or not _blocked(reading, rule, covered)]
            quote, features = readings[judge.choose(readings)]
            if judge.keep(features, quote):
                break
            quote = None
        if quote is None or any(_same_content(quote, other) for other in found):
            continue
        found.append(quote)
        taken_until = max(taken_until, quote.end - start)
    if _parse_wanted(toks, start, covered, judge):
        parsed.read()
    found += _dependents(parsed.doc, sentence, toks, start, found, covered, context, judge)
    return found


class _LazyParse:
    """A sentence's parse, read the first time a reading reaches it (False: not read, or no parser installed)."""

    __slots__ = ("doc", "sentence")

    def __init__(self, sentence: str, now: bool) -> None:
        self.sentence, self.doc = sentence, False
        if now:
            self.read()

    def read(self) -> None:
        if self.doc is False:
            self.doc = parse.parse(self.sentence) or False


def _open_cue(toks: list, i: int, low: str, start: int, covered: list[tuple[int, int]], judge: Judge) -> bool:
    """Whether word ``i`` is a cue the rules read: a cue word outside direct quotes ("according" only before "to")."""
    if low not in judge.cues or any(a <= start + toks[i][1] < b for a, b in covered):
        return False
    return low != "according" or i + 1 < len(toks) and toks[i + 1][0].lower() == "to"


def heads_clause(toks: list, judge: Judge) -> bool:
    """Whether a sentence holds a word that heads clauses the judge keeps (``Judge.clause_heads``): its parse is read
    for the clauses under any word (``_dependents``), as it is where a cue's reading read it."""
    return judge.every_sentence or any(tok.lower() in judge.clause_heads for tok, _, _ in toks)


def parsed_sentences(body: str, sentences: list[tuple[int, int]], covered: list[tuple[int, int]],
                     judge: Judge | None = None) -> list[str]:
    """The sentences whose parse ``reported`` may read, to be parsed in one batch: those holding a clause head, and
    those holding a cue word outside direct quotes. The parse is read only where a reading needs it. PolNeAR dev F1:
    0.7002 parsing every sentence, 0.7003 parsing every sentence with a cue word or a clause head, 0.7003 too leaving
    out those whose cues all lie in direct quotes (this rule: on the first 60 scrapinghub pages ~690 sentences parsed
    instead of 794); 0.6960 parsing only sentences where some rule finds a cue's content unblocked (573 sentences,
    15,200 words instead of 20,600): the clauses under other words then lost lie in sentences where no rule reads a
    cue's content, and the issue keeps PolNeAR at 0.70."""
    judge = judge or shipped_judge()
    return [body[a:b] for a, b in sentences if _parse_wanted(_tokens(body[a:b]), a, covered, judge)]


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def _parse_wanted(toks: list, start: int, covered: list[tuple[int, int]], judge: Judge) -> bool:
    """Whether a sentence's parse is read: it holds a clause head or a cue outside direct quotes (``_dependents``
    reads the clauses under any word there)."""
    return heads_clause(toks, judge) or any(
        _open_cue(toks, i, tok.lower(), start, covered, judge) for i, (tok, _, _) in enumerate(toks))


def _dependents(parsed: Any, sentence: str, toks: list, start: int, found: list[Quote], covered: list[tuple[int, int]],
                context: Context, judge: Judge) -> list[Quote]:
    """Clauses the parse puts under a word, where no cue's content lies: the long tail of cue words ("fear",
    "insists", "doubt"), kept where the judge finds them likely (its weights differ by kind: with or without a
    subject, which becomes the source)."""
    kept: list[Quote] = []
    if not parsed:
        return kept
    at = {s: i for i, (_, s, _) in enumerate(toks)}
    for kind, cue_at, a, b, source in parse.dependents(parsed):
        taken = found + kept
        if cue_at not in at or any(q.start < start + b and start + a < q.end for q in taken) or any(
                x < start + b and start + a < y for x, y in covered):
            continue
        i = at[cue_at]
        speaker = _speaker(sentence, source, start, context) if source else Speaker("")
        quote = Quote(start + a, start + b, sentence[a:b], "indirect", speaker.name, speaker.entity, toks[i][0],
                      speaker.role, *speaker.span)
        features = judge_features(f"dependent_{kind}", toks, i, quote, start, sentence) + [
            f"parse_rel={parse.relation(parsed, cue_at, a)}", f"cue_role={parse.cue_role(parsed, cue_at)}"]
        if judge.keep(features, quote):
            kept.append(quote)
    return kept


def _same_content(a: Quote, b: Quote) -> bool:
    """Two cues of one content ("reiterated his belief that X"): PolNeAR train rarely marks one content twice, so the
    second finding of nearly the same span is dropped."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared >= 0.9 * max(a.end - a.start, b.end - b.start)


def _blocked(quote: Quote, rule: str, covered: list[tuple[int, int]]) -> bool:
    return any(a < quote.end and quote.start < b and not (rule == "after" and _quoted_inside(quote, a, b))
               for a, b in covered)


def _rules(toks: list, i: int, low: str) -> list[str]:
    first = ["inverted"] if _inverted(toks, i) else []
    return first + ["according" if low == "according" else "after", "parenthetical", "before"]


def _rule_table() -> dict:
    return {"inverted": _before, "after": lambda sentence, toks, i, start, taken, context: _after(
        sentence, toks, i, start, context), "according": lambda sentence, toks, i, start, taken, context: _according(
        sentence, toks, i, start, context), "parenthetical": _parenthetical, "before": _before}


def _through_quotes(body: str, quote: Quote, covered: list[tuple[int, int]]) -> Quote:
    """A reported content cut inside a partial quote it opens ("said X was like "A, but B."") runs to the closing
    mark: a clause end inside quote marks is the speaker's, not the reporter's."""
    for a, b in covered:
        if quote.start < a < quote.end < b - 1:
            return Quote(quote.start, b, body[quote.start : b], quote.kind, quote.speaker, quote.speaker_entity,
                         quote.cue, quote.role, quote.source_start, quote.source_end)
    return quote


def _quoted_inside(quote: Quote, a: int, b: int) -> bool:
    """A partial quote inside reported speech ("called it a "rant" on Friday"): the reported content holds it."""
    return quote.start < a < quote.end and b <= quote.end + 2  # the content ends before a closing '."' or '”.'


def _according(sentence: str, toks: list, i: int, start: int, context: Context) -> Quote | None:
    """ "According to X, CONTENT.": the source up to the comma, the content the rest of the clause."""
    lead = [t[0].lower() for t in toks[:i]]
    # "Meanwhile, according to X, ..." opens the sentence; "CONTENT, according to X, who ..." closes it (the before
    # rule reads that one)
    if lead and not (lead[-1] == "," and len(lead) <= 4 or lead[-1] in (":", ";", "—") or all(w in _LEADING
                                                                                          for w in lead)):
        return None
    comma = next((k for k in range(i + 2, min(i + 25, len(toks))) if toks[k][0] == ","), None)
    if comma is None or comma == i + 2 or comma + 1 >= len(toks):
        return None
    content_start = toks[comma + 1][1]
    content = clauses.NEXT_CLAUSE.split(sentence[content_start:].rstrip(" .\"”"), maxsplit=1)[0]
    if len(content.split()) < 3:
        return None
    speaker = _speaker(sentence, (toks[i + 2][1], toks[comma - 1][2]), start, context)
    return Quote(start + content_start, start + content_start + len(content), content, "indirect", speaker.name,
                 speaker.entity, "according to", speaker.role, *speaker.span)


_LEADING = frozenset(["but", "and", "yet", "still", "also", "however", "so", "now", "\"", "“"])


def _after(sentence: str, toks: list, i: int, start: int, context: Context) -> Quote | None:
    """ "X said (that) CONTENT": the source before the cue, the content after it to the sentence end."""
    j = _after_aside(toks, i + 1)
    # a listener may be long before its "that" ("told a crowded banquet hall at a hotel in downtown Baltimore that")
    window = [t[0].lower() for t in toks[j : j + (15 if toks[i][0].lower() in en_reporting.LISTENER_CUES else 9)]]
    introduced = "that" in window and not any(w in clauses.NOT_BEFORE_THAT or w in clauses.OPENS_CLAUSE
                                              for w in window[: window.index("that")])
    if j < len(toks) and toks[j][0].lower() in clauses.PARTICLES and not introduced:
        j += 1  # "called for X", "pointed out X": the particle belongs to the cue
    if introduced:
        j += window.index("that") + 1
        if j < len(toks) and toks[j][0] == ",":  # "joked that, among voters, ..."
            j += 1
    elif toks[i][0].lower() in en_reporting.LISTENER_CUES and toks[j][0].lower() not in _QUESTION_WORDS:
        # "told reporters he would ...": the content starts at the clause after the listener
        k = j + 1 if toks[j][0].lower() in _ONE_WORD_LISTENERS and j + 1 < len(toks) and toks[j + 1][0][0].isalnum(
        ) else next((k for k in range(j, min(j + 8, len(toks))) if _subject(toks[k][0])), None)
        question = next((q for q in range(j + 1, min(j + 5, len(toks))) if toks[q][0].lower() in _QUESTION_WORDS
                         and toks[q][0].lower() != "about"), None)
        if question is not None and (k is None or question < k):
            k = question  # "asked Sanders how he is feeling": the question is the content
        if k is None and toks[i][0].lower() in ("told", "tells", "telling"):
            return None
        if k is None:
            return _after_object(sentence, toks, i, start, context)
        j = k
    while j < len(toks) - 1 and toks[j][0].lower() in _DAY_WORDS and not introduced:
        j += 1  # "said Friday the talks ...": the day says when
    if j >= len(toks) or toks[j][0] in (",", ".", ";", ":", ")") or toks[j][0] in _QUOTE_MARKS and not introduced:
        return None
    setting = clauses.SETTING.match(sentence, toks[j][1]) if j == i + 1 and not introduced else None
    if setting:  # "said in a statement Thursday night they pulled ...": the content follows where and when
        j = next((k for k in range(j, len(toks)) if toks[k][1] >= setting.end()), len(toks))
        if j >= len(toks) or not toks[j][0][0].isalnum() or toks[j][0].lower() not in _SUBJECT_PRONOUNS | {
                "the", "this", "that", "a", "an", "his", "her", "their", "its", "our"} and not toks[j][0][0].isupper():
            return None
    elif toks[j][0].lower() in clauses.ADVERBIAL_STARTS and j == i + 1:
        return None  # "said in a phone interview.": what follows the cue says when or where, not what
    # the complementiser belongs to the content, as PolNeAR marks it: "said [that X]"
    content_start = toks[j - 1][1] if introduced and toks[j - 1][0].lower() == "that" else toks[j][1]
    content = sentence[content_start:].rstrip(" .\"”")
    speech = toks[i][0].lower() in en_reporting.SPEECH_VERBS
    if not speech and not introduced:
        # "criticized X as Y, during a stop in Flint": X as Y
        content = clauses.CLAUSE_END.split(content, maxsplit=1)[0]
        content = clauses.TRAILING_ADVERBIAL.split(content, maxsplit=1)[0]
    else:
        content = clauses.NEXT_CUE.split(content, maxsplit=1)[0]  # "..., saying that ...": the next cue's content
        content = clauses.NEXT_CLAUSE.split(content, maxsplit=1)[0]  # "X was biggest yet, although ...": X
    # "X, Mr. Manafort said, adding ...": another cue's content
    content = clauses.NEXT_SOURCE.split(content, maxsplit=1)[0]
    if clauses.SUBORDINATE.match(sentence) and not introduced or clauses.SUBORDINATE.match(sentence[: toks[i][1]]):
        content = clauses.MAIN_CLAUSE.split(content, maxsplit=1)[0]  # "While he says that X, he appears ...": X
    # a reported clause has a subject and a verb; the object of "supported", "denounced", "citing" may be one word
    # ("strongly supported him"): the judge weighs such short contents by their size
    if len(content.split()) < (3 if speech or introduced else 1):
        return None
    source = _source_before(toks, i) or _subject_after(toks, i, start + content_start + len(content) - start)
    if not source:
        return None
    speaker = _speaker(sentence, source, start, context)
    return Quote(start + content_start, start + content_start + len(content), content, "indirect", speaker.name,
                 speaker.entity, toks[i][0], speaker.role, *speaker.span)


def _after_aside(toks: list, j: int) -> int:
    """ "said, however, that ...", "said — on Twitter, as it happens — that ...": the aside between the cue and its
    "that" is skipped (15 gold contents of the first two thirds of PolNeAR train had no reading without it)."""
    if j >= len(toks) or toks[j][0] not in (",", "—", "–"):
        return j
    close = next((k for k in range(j + 1, min(j + 12, len(toks))) if toks[k][0] == toks[j][0]), None)
    return close + 1 if close is not None and close + 1 < len(toks) and toks[close + 1][0].lower() == "that" else j


def _subject_after(toks: list, i: int, content_end: int) -> tuple[int, int] | None:
    """ "Asked if he was bullied, the candidate said ...": a clause-initial participle cue takes the subject of the
    main clause after its content."""
    if any(t[0].isalnum() and t[0].lower() not in _LEADING for t in toks[:i]):
        return None
    comma = next((k for k in range(i + 1, len(toks)) if toks[k][1] >= content_end and toks[k][0] == ","), None)
    if comma is None:
        return None
    subject = []
    for t in toks[comma + 1 : comma + 7]:
        if t[0].lower() in _CLAUSE_WORDS or t[0].lower() in en_reporting.ATTRIBUTION_CUES or not t[0][0].isalnum():
            break
        subject.append(t)
    return (subject[0][1], subject[-1][2]) if subject else None


_DAY_WORDS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                        "today", "tonight", "earlier", "later", "again", "also"])
# "asked whether ...", "asked about ...": the question itself is the content, as PolNeAR marks it
_QUESTION_WORDS = frozenset(["if", "whether", "about", "why", "how", "what", "when", "where", "who", "which"])
# "told reporters the plan ...", "told me his ...": a listener of one word, the content right after it
_ONE_WORD_LISTENERS = frozenset(["me", "us", "him", "her", "them", "reporters", "supporters", "voters", "journalists",
                                 "lawmakers", "donors", "students", "members", "viewers", "listeners"])
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "there"])


def _subject(token: str) -> bool:
    """A subject pronoun, also fused with its verb ("he’s", "they'll")."""
    return re.split(r"[’']", token.lower())[0] in _SUBJECT_PRONOUNS


def _inverted(toks: list, i: int) -> bool:
    """ "CONTENT, said Pat Okafor, a planner ...": a cue after a comma that ends a clause, then its source; unlike
    "The chairman, Phil Lovas, said ...", where the comma closes an apposition opened just before."""
    if i < 5 or toks[i - 1][0] != "," or i + 1 >= len(toks):
        return False
    if any(t[0] == "," for t in toks[max(i - 8, 0) : i - 1]):
        return False
    nxt = toks[i + 1][0]
    return nxt[:1].isupper() or nxt.lower() in ("the", "a", "an", "his", "her", "their", "its")


def _after_object(sentence: str, toks: list, i: int, start: int, context: Context) -> Quote | None:
    """ "urged Republicans to join ...": the listener and what they are asked to do."""
    if i + 1 >= len(toks) or not toks[i + 1][0][0].isalnum():
        return None
    content_start = toks[i + 1][1]
    content = clauses.CLAUSE_END.split(sentence[content_start:].rstrip(" .\"”"), maxsplit=1)[0]
    source = _source_before(toks, i)
    if len(content.split()) < 3 or not source or " to " not in f" {content} ":
        return None
    speaker = _speaker(sentence, source, start, context)
    return Quote(start + content_start, start + content_start + len(content), content, "indirect", speaker.name,
                 speaker.entity, toks[i][0], speaker.role, *speaker.span)


def _before(sentence: str, toks: list, i: int, start: int, taken: int, context: Context) -> Quote | None:
    """ "CONTENT, X said." / "CONTENT, said X." / "CONTENT, according to X": content up to the comma before."""
    comma = next((k for k in range(i - 1, max(i - 10, -1), -1) if toks[k][0] in (",", "—", "–")), None)
    if comma is None and toks[i][0].lower() == "according" and i > 4:
        comma = i  # "CONTENT according to a count by X": no comma before the source
    if comma is None or toks[comma][1] <= taken:
        return None
    if any(t[0] == "," or t[0] == "." and not _abbreviation(toks, k) for k, t in enumerate(toks[: i], 0)
           if k > comma) and toks[i][0].lower() != "according":
        return None
    content_end = toks[comma][1]
    content_start = taken
    while content_start < content_end and sentence[content_start] in " \"“”'‘’,;":
        content_start += 1
    content = sentence[content_start:content_end].rstrip(" ,\"”")
    if len(content.split()) < 4:
        return None
    after = [t for t in toks[i + 1 :] if t[0] not in (".", "!", "?")]
    if toks[i][0].lower() == "according":
        after = after[1:]
    # "..., said Alan Abramowitz, a demographer at ...": the appositive after the source is no content
    stop = next((k for k, t in enumerate(after) if t[0] in (",", "—", "–", "(")), len(after))
    after = after[:stop]
    # "according to" names a document or a poll as often as a person, and such a source runs longer ("a New York
    # Times/CBS News survey released on Thursday")
    if len(after) > (20 if toks[i][0].lower() == "according" else 10) or any(
            t[0] in _QUOTE_MARKS or t[0].lower() in _CLAUSE_WORDS for t in after):
        return None  # the cue does not close the sentence: its content is not what came before
    between = toks[comma + 1 : i]
    source_toks = between if between else _until_stop(after)
    if not source_toks:
        return None
    source = (source_toks[0][1], source_toks[-1][2])
    speaker = _speaker(sentence, source, start, context)
    return Quote(start + content_start, start + content_start + len(content), content, "indirect", speaker.name,
                 speaker.entity, toks[i][0], speaker.role, *speaker.span)


# Words that make what follows a cue a clause of its own ("..., said Trump will win"), not a closing source.
_CLAUSE_WORDS = frozenset(["that", "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                           "should", "may", "might", "must", "does", "did", "do", "not", "won't", "wasn't", "isn't"])


def _abbreviation(toks: list, k: int) -> bool:
    """The period of "Ms.", "Sen.", "Jr.": after a short capitalised word, it ends no sentence."""
    return k > 0 and toks[k - 1][2] == toks[k][1] and toks[k - 1][0][:1].isupper() and len(toks[k - 1][0]) <= 4


def _parenthetical(sentence: str, toks: list, i: int, start: int, taken: int, context: Context) -> Quote | None:
    """ "Back in Virginia, Mr. Clarke said, he decided ...": the content is the sentence around "X said"."""
    if not (i + 1 < len(toks) and toks[i + 1][0] == ","):
        return None
    comma = next((k for k in range(i - 1, max(i - 8, -1), -1) if toks[k][0] == ","), None)
    if comma is None or toks[comma][1] <= taken or i + 2 >= len(toks):
        return None
    if toks[i + 2][0].lower().endswith("ing") or toks[i + 2][0].lower() in en_reporting.ATTRIBUTION_CUES:
        return None  # "X, Manafort said, adding that ...": the cue closes X, a second cue follows
    content_start = taken
    while content_start < len(sentence) and sentence[content_start] in " \"“”'‘’,;":
        content_start += 1
    content = sentence[content_start:].rstrip(" .\"”")
    if len(content.split()) < 6:
        return None
    source = (toks[comma + 1][1], toks[i - 1][2])
    speaker = _speaker(sentence, source, start, context)
    return Quote(start + content_start, start + content_start + len(content), content, "indirect", speaker.name,
                 speaker.entity, toks[i][0], speaker.role, *speaker.span)


def _until_stop(toks: list) -> list:
    out = []
    for t in toks:
        if t[0] in _STOP_SOURCE or t[0].lower() in ("on", "in", "at", "during", "who", "when", "after"):
            break
        out.append(t)
    return out[:8]


def _source_before(toks: list, i: int) -> tuple[int, int] | None:
    k = i - 1
    if k >= 0 and toks[k][0] == ",":  # "The chairman, Phil Lovas, said ..."
        k -= 1
    if k >= 0 and toks[k][0] == ")":  # "Marco Rubio (R-Fla.) said ...": the party and state say who, not what
        opening = next((o for o in range(k - 1, max(k - 8, -1), -1) if toks[o][0] == "("), None)
        k = opening - 1 if opening is not None else k
    while k >= 0 and toks[k][0].lower() in en_reporting.SPEAKER_FILLERS | {"has", "have", "had", "also", "is", "was"}:
        k -= 1
    end = k
    while k >= 0 and toks[k][0] not in _STOP_SOURCE and i - k <= 8:
        k -= 1
    if end < k + 1:
        return None
    if toks[k + 1][0].lower() in _SUBORDINATORS and end > k + 1:
        k += 1  # "While he says ...": the source is "he"
    return toks[k + 1][1], toks[end][2]


_SUBORDINATORS = frozenset(["while", "although", "though", "after", "when", "as", "because", "since", "if", "before",
                            "but", "and", "yet", "so", "whereas"])


def _speaker(sentence: str, source: tuple[int, int], start: int, context: Context) -> Speaker:
    phrase = sentence[source[0] : source[1]]
    speaker = resolve(phrase, start + source[0], context)
    if not speaker.name:
        speaker = Speaker(" ".join(phrase.split()[-4:]), span=(start + source[0], start + source[1]))
    speaker = link(speaker, context)
    context.note(speaker)
    return speaker


_RULES = _rule_table()
