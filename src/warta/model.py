"""The data model: what flows through warta. Dataclasses only; imports nothing of ours.

Annotations point into ``Article.body`` by character offsets (``start`` inclusive, ``end`` exclusive), so every
later stage, the store and the web UI can show the sentence or phrase behind a fact.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """What came in, untouched."""

    data: bytes
    origin: str  # path, URL, or "path#item" for one entry of a feed, WARC or JSONL file
    fetched: datetime | None = None
    content_type: str | None = None  # declared (HTTP header, feed) or detected ("text/html", "text/plain")
    url: str | None = None  # canonical URL when known (feed link, WARC target, JSONL field)
    hints: dict[str, str] = field(default_factory=dict)  # metadata the container declared: title, published, outlet


@dataclass(slots=True)
class Block:
    """One line or HTML element of the source, classified."""

    text: str
    kind: str  # "title", "subtitle", "body", "heading", "boilerplate"
    source: str  # "line:12" for text dumps, "html:p" for HTML
    reason: str = ""  # why a block was judged boilerplate ("baca-juga", "template", "sidebar", ...)


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int = -1  # index into Article.blocks (body blocks only)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    pos: str = ""  # POSP tag (NNP, NNO, VBT, ...) from the shipped tagger; empty when untagged


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, GPE, EVENT, MISC
    entity: str = ""  # canonical entity id
    role: str = ""  # title or role found beside the name ("Wakil Jaksa Agung Kazakhstan")


@dataclass(slots=True)
class Entity:
    id: str  # stable: derived from the canonical name and type
    name: str  # canonical English name
    label: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str = ""


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str  # the quoted or reported content
    kind: str  # "direct" or "indirect"
    speaker: str = ""  # canonical name, or surface text when unresolved
    speaker_entity: str = ""
    cue: str = ""
    role: str = ""
    source_start: int = -1  # where the text names the speaker for this quote ("he" in "he said"); -1 when it does not
    source_end: int = -1


@dataclass(slots=True)
class Citation:
    start: int
    end: int
    source: str  # the upstream outlet or agency, as named
    cue: str
    kind: str = "cites"  # "cites" or "republication"
    original_title: str = ""  # for republications ("Artikel ini telah tayang di X dengan judul Y")
    sentences: list[int] = field(default_factory=list)  # indexes into Article.sentences it covers
    block: int = -1  # index into Article.blocks when found outside the body (a credit line); start = end = -1 then


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    text: str  # the surface number phrase
    value: float
    unit: str = ""  # "percent", "IDR", "USD", or the counted noun ("penduduk", "warga Rusia")
    hedge: str = ""  # "about", "more than", "less than", "almost", "up to", "at least"
    value_max: float | None = None  # for ranges
    subject: str = ""
    source: str = ""  # speaker or citation it comes from
    as_of: str = ""  # ISO date it holds for
    sentence: int = -1
    kind: str = ""  # what the unit measures: "percent", "money", "people", "age", "duration", "prison", "count"


@dataclass(slots=True)
class DateRef:
    start: int
    end: int
    text: str
    date: str = ""  # ISO date, empty when unresolved
    end_date: str = ""  # for ranges
    anchor: str = ""  # "absolute", "published", or why unresolved
    sentence: int = -1


@dataclass(slots=True)
class Syndication:
    outlet: str
    original_title: str = ""
    url: str = ""


@dataclass(slots=True)
class Metadata:
    title: str = ""
    subtitle: str = ""
    outlet: str = ""
    outlet_group: str = ""  # template id when the outlet is unnamed but the page template is shared
    url: str = ""
    published: str = ""  # ISO 8601 with offset, e.g. 2023-07-01T12:00:00+07:00
    published_not_before: str = ""  # ISO date: a bound inferred from dated events when no date is printed
    published_source: str = ""  # where the date came from: "meta", "byline", "hint", "inferred"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str = ""
    dateline: str = ""
    language: str = ""
    template: str = ""
    syndication: list[Syndication] = field(default_factory=list)
    headline_only: bool = False  # the item carried a title (and link) but no text: the body is the title


@dataclass(slots=True)
class Article:
    id: str  # hash of the normalised body
    origin: str
    body: str = ""
    meta: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # body tokens, in order, across sentences
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    format: str = ""  # "text" or "html"
    source_text: str = ""  # the decoded input the body was cleaned from
    ingested: str = ""  # ISO time it was stored

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.body[s.start : s.end]


@dataclass(slots=True)
class FactSide:
    article: str
    outlet: str
    value: float | None = None
    date: str = ""
    hedge: str = ""
    text: str = ""  # the sentence behind it


@dataclass(slots=True)
class Comparison:
    what: str
    verdict: str  # "agree", "conflict", "differ", "update", "only-one-outlet"
    kind: str  # "claim" or "date"
    unit: str = ""
    sides: list[FactSide] = field(default_factory=list)


@dataclass(slots=True)
class ProvenanceEdge:
    source: str  # article id or outlet
    target: str  # upstream source name or article id
    relation: str  # "cites", "republishes", "translates", "copies"
    evidence: str = ""


@dataclass(slots=True)
class TimelineEvent:
    date: str
    text: str
    article: str
    outlet: str = ""


@dataclass(slots=True)
class Story:
    id: str
    title: str = ""
    articles: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)  # other stories a member article also covers
    first_seen: str = ""
    last_seen: str = ""
    comparisons: list[Comparison] = field(default_factory=list)
    provenance: list[ProvenanceEdge] = field(default_factory=list)
    independent_sources: int = 0
    timeline: list[TimelineEvent] = field(default_factory=list)


# --- plain-dict conversion, for the store and for --json output -----------------------------------------------


def to_dict(obj: object, leave_out: Collection[str] = ()) -> dict:
    """What ``dataclasses.asdict`` gives (without the fields named in ``leave_out``), built from field lists read
    once per class: asdict deep-copies every string and number, which was 2.5 ms of each stored Detik article."""
    names = _field_names(type(obj))
    if names is None:
        raise TypeError(f"to_dict() should be called on dataclass instances, not {type(obj).__name__}")
    return {name: _plain(getattr(obj, name)) for name in names if name not in leave_out}


_ATOMS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return type(value)((_plain(k), _plain(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    return copy.deepcopy(value)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def from_dict(cls: type, data: dict):
    """Rebuild a dataclass (recursively) from ``to_dict`` output; unknown keys are ignored so old rows still load."""
    kwargs = {}
    for name, convert in _converters(cls):
        if name in data:
            value = data[name]
            kwargs[name] = value if convert is None or value is None else convert(value)
    return cls(**kwargs)


Converter = Callable[[Any], Any] | None  # None: the value is kept as it is


@functools.cache
def _converters(cls: type) -> tuple[tuple[str, Converter], ...]:
    """Per field, how a plain value becomes the field's type, worked out once per class from its resolved type
    hints (resolving them on every call was most of the time of loading a row)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def _converter(tp) -> Converter:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else None
    if origin is list:
        (item,) = typing.get_args(tp)
        convert = _converter(item)
        if convert is None:
            return list
        return lambda values: [None if v is None else convert(v) for v in values]
    if dataclasses.is_dataclass(tp):
        return functools.partial(from_dict, tp)
    return None
