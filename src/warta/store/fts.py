"""User search text to a full-text query that can never be a syntax error, nor an unbounded amount of work.

Understood: words (all must match), "quoted phrases", a trailing * for a prefix, OR between two terms, and
-word or NOT word to exclude. Everything else (AND, brackets, colons, stray quotes, ^) is read as plain text:
each term is rebuilt from its word characters and quoted, so no user text reaches the engine as syntax.

``parse_query`` reads the text once; ``fts_query`` writes it for SQLite's FTS5 and ``tsquery`` for PostgreSQL's
to_tsquery, so both stores answer the same query language.

The work one query may ask for is bounded here: a repeated term is asked once, and a query with more terms or
prefix terms than below is refused with a message (``SearchRefused``). The store bounds the time a query runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")

# On a store of 5,000 articles (tests/test_search_bounds.py builds one) `s* ` repeated 20 times took 1.3 s and
# 99 times 16 s: FTS5 walks the doclist of every prefix expansion once per repetition. Eight distinct one-letter
# prefixes took 0.1 s and sixteen 0.4 s; sixteen plain words 0.02 s. A reader's query rarely passes eight words.
MAX_TERMS = 16
MAX_PREFIX_TERMS = 8


class SearchRefused(ValueError):
    """A query asking for more work than one search may do; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word or a phrase of words, all word characters; a prefix term is always a single word."""

    words: tuple[str, ...]
    prefix: bool = False


Group = tuple[Term, ...]  # terms joined by OR


@dataclass(frozen=True, slots=True)
class SearchQuery:
    positive: tuple[Group, ...]  # every group must match
    negative: tuple[Term, ...]  # none of these may


def parse_query(text: str) -> SearchQuery | None:
    """None when nothing searchable is left (the caller then returns no rows); SearchRefused past the bounds."""
    positive: list[Group] = []
    negative: list[Term] = []
    join_or = negate = False
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if word in ("AND", "OR", "NOT"):
            join_or = word == "OR" and bool(positive)
            negate = word == "NOT"
            continue
        if word and word.startswith("-") and len(word) > 1:
            negate, word = True, word[1:]
        term = _term(phrase if phrase is not None else word, prefix=bool(word and word.endswith("*")))
        if not term:
            continue
        if negate:
            negative.append(term)
        elif join_or:
            positive[-1] = (*positive[-1], term)
        else:
            positive.append((term,))
        join_or = negate = False
    groups = list(dict.fromkeys(tuple(dict.fromkeys(g)) for g in positive))  # "s* s* s*" asks what "s*" asks
    excluded = [t for t in dict.fromkeys(negative) if (t,) not in groups]
    _check_bounds([t for g in groups for t in g] + excluded)
    if not groups:
        return None  # no engine answers "everything except" cheaply: a query of exclusions alone finds nothing
    return SearchQuery(tuple(groups), tuple(excluded))


def fts_query(text: str) -> str:
    """The query in FTS5 syntax, every term quoted; '' when nothing searchable is left."""
    query = parse_query(text)
    if query is None:
        return ""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + (" *" if t.prefix else "")

    groups = [" OR ".join(map(term, g)) for g in query.positive]
    match = " AND ".join(f"({g})" if " OR " in g else g for g in groups)
    return match + "".join(f" NOT {term(t)}" for t in query.negative)


def tsquery(text: str) -> str:
    """The query in PostgreSQL's to_tsquery syntax (words quoted, phrases with <->, prefixes with :*); ''
    when nothing searchable is left."""
    query = parse_query(text)
    if query is None:
        return ""

    def term(t: Term) -> str:
        words = " <-> ".join(f"'{w}'" for w in t.words)  # \w+ holds no quote or backslash
        return words + ":*" if t.prefix else f"({words})" if len(t.words) > 1 else words

    groups = [" | ".join(map(term, g)) for g in query.positive]
    match = " & ".join(f"({g})" if len(grp) > 1 else g for g, grp in zip(groups, query.positive, strict=True))
    return match + "".join(f" & !{term(t)}" for t in query.negative)


def _term(text: str, prefix: bool) -> Term | None:
    words = _WORD.findall(text)
    if not words:
        return None
    return Term(tuple(words), prefix=prefix and len(words) == 1)


def _check_bounds(terms: list[Term]) -> None:
    if len(terms) > MAX_TERMS:
        raise SearchRefused(f"too many search terms ({len(terms)}; at most {MAX_TERMS})")
    prefixes = sum(t.prefix for t in terms)
    if prefixes > MAX_PREFIX_TERMS:
        raise SearchRefused(f"too many prefix terms (word*) ({prefixes}; at most {MAX_PREFIX_TERMS})")
