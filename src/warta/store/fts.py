"""User search text to an FTS5 query that can never be a syntax error.

Understood: words (all must match), "quoted phrases", a trailing * for a prefix, OR between two terms, and
-word or NOT word to exclude. Everything else (AND, brackets, colons, stray quotes, ^) is read as plain text:
each term is rebuilt from its word characters and quoted, so no user text reaches FTS5 as syntax.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def fts_query(text: str) -> str:
    """'' when nothing searchable is left (the caller then returns no rows)."""
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
    if not positive:
        return ""  # FTS5 cannot answer "everything except": a query of exclusions alone finds nothing
    query = " AND ".join(f"({p})" if " OR " in p else p for p in positive)
    return query + "".join(f" NOT {n}" for n in negative)


def _term(text: str, prefix: bool) -> str:
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = '"' + " ".join(words) + '"'
    return quoted + " *" if prefix and len(words) == 1 else quoted
