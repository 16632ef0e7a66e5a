"""Rebuild running text from the pre-tokenised datasets (PFSA-ID, ESC), keeping each token's character span, so the
extractors see text as an article prints it and their spans can be mapped back to the gold tokens."""

from __future__ import annotations

_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%")
_NO_SPACE_AFTER = frozenset("([{$")
_QUOTES = frozenset('"“”')
_JOINERS = frozenset("/-")


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens as printed text; quote marks open and close in turn, whatever their shape."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    quote_open = False
    glue_next = False
    for i, tok in enumerate(tokens):
        space = bool(parts) and not glue_next
        if tok in _QUOTES:
            if quote_open:
                space = False
            glue_next = not quote_open
            quote_open = not quote_open
        else:
            if tok in _NO_SPACE_BEFORE or tok.startswith("'") or tok in ("n't",):
                space = False
            if tok in _JOINERS and i > 0 and _digit_or_word(tokens[i - 1]) and i + 1 < len(tokens) \
                    and _digit_or_word(tokens[i + 1]) and tok == "/":
                space = False
            if i > 0 and tokens[i - 1] == "/" and parts and parts[-1] == "/" and tok[:1].isdigit():
                space = False
            glue_next = tok in _NO_SPACE_AFTER
        if space:
            parts.append(" ")
            length += 1
        spans.append((length, length + len(tok)))
        parts.append(tok)
        length += len(tok)
    return "".join(parts), spans


def _digit_or_word(tok: str) -> bool:
    return tok[:1].isalnum()
