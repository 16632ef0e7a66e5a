"""User search text to an FTS5 query that can never be a syntax error, nor an unbounded amount of work.

Understood: words (all must match), "quoted phrases", a trailing * for a prefix, OR between two terms, and
-word or NOT word to exclude. Everything else (AND, brackets, colons, stray quotes, ^) is read as plain text:
each term is rebuilt from its word characters and quoted, so no user text reaches FTS5 as syntax.

The work one query may ask for is bounded here: a repeated term is asked once, and a query with more terms or
prefix terms than below is refused with a message (``SearchRefused``). The store bounds the time a query runs.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")

# On a store of 5,000 articles (tests/test_search_bounds.py builds one) `s* ` repeated 20 times took 1.3 s and
# 99 times 16 s: FTS5 walks the doclist of every prefix expansion once per repetition. Eight distinct one-letter
# prefixes took 0.1 s and sixteen 0.4 s; sixteen plain words 0.02 s. A reader's query rarely passes eight words.
MAX_TERMS = 16
MAX_PREFIX_TERMS = 8


class SearchRefused(ValueError):
    """A query asking for more work than one search may do; the message says what to change."""


def fts_query(text: str) -> str:
    """'' when nothing searchable is left (the caller then returns no rows); SearchRefused past the bounds."""
    positive: list[str] = []
    negative: list[str] = []
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
            positive[-1] = f"{positive[-1]} OR {term}"
        else:
            positive.append(term)
        join_or = negate = False
    positive, negative = _unique(positive), _unique(negative)
    _check_bounds(positive + negative)
    if not positive:
        return ""  # FTS5 cannot answer "everything except": a query of exclusions alone finds nothing
    query = " AND ".join(f"({p})" if " OR " in p else p for p in positive)
    return query + "".join(f" NOT {n}" for n in negative if n not in positive)


def _term(text: str, prefix: bool) -> str:
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = '"' + " ".join(words) + '"'
    return quoted + " *" if prefix and len(words) == 1 else quoted


def _unique(terms: list[str]) -> list[str]:
    """Each term once ("s* s* s*" asks for the same documents as "s*"); OR groups are deduplicated inside."""
    groups = (" OR ".join(dict.fromkeys(t.split(" OR "))) for t in terms)
    return list(dict.fromkeys(groups))


def _check_bounds(terms: list[str]) -> None:
    parts = [p for t in terms for p in t.split(" OR ")]
    if len(parts) > MAX_TERMS:
        raise SearchRefused(f"too many search terms ({len(parts)}; at most {MAX_TERMS})")
    prefixes = sum(p.endswith("*") for p in parts)
    if prefixes > MAX_PREFIX_TERMS:
        raise SearchRefused(f"too many prefix terms (word*) ({prefixes}; at most {MAX_PREFIX_TERMS})")
