"""The article body as HTML with its annotations highlighted, built from character offsets.

Annotations overlap (a name inside a quote, a number inside a claim inside a quote), so the body is cut at every
annotation boundary and each piece carries the classes of every annotation covering it. Every piece of text is
escaped; labels go into escaped attributes; nothing from the article becomes markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from warta.model import Article

LAYERS = ("entity", "quote", "citation", "claim", "date")
# Words shorter than this are not marked when a search leads to the article ("di", "ke" would mark everything).
MIN_MATCH_CHARS = 3


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    layer: str
    label: str
    anchor: str = ""  # element id for the first piece, so lists below the body can link to the place
    href: str = ""


def marks(article: Article) -> list[Mark]:
    out: list[Mark] = []
    for m in article.mentions:
        href = f"/entities/{quote(m.entity, safe='')}" if m.entity else ""
        out.append(Mark(m.start, m.end, "entity", f"{m.label}: {m.text}" + (f" ({m.role})" if m.role else ""),
                        href=href))
    for i, q in enumerate(article.quotes):
        out.append(Mark(q.start, q.end, "quote", f"{q.kind} quote: {q.speaker or '?'}", anchor=f"quote-{i}"))
    for i, c in enumerate(article.citations):
        out.append(Mark(c.start, c.end, "citation", f"{c.kind}: {c.source}", anchor=f"citation-{i}"))
    for i, c in enumerate(article.claims):
        out.append(Mark(c.start, c.end, "claim", f"claim: {c.text} = {c.value:g} {c.unit}".strip(),
                        anchor=f"claim-{i}"))
    for i, d in enumerate(article.dates):
        out.append(Mark(d.start, d.end, "date", f"date: {d.date or 'unresolved'}", anchor=f"date-{i}"))
    n = len(article.body)
    return [m for m in out if 0 <= m.start < m.end <= n]  # offsets from a buggy stage must not break the page


def match_marks(body: str, query: str) -> list[Mark]:
    """Where the words of a search occur, so the reader arriving from a search sees them."""
    words = sorted({w for w in re.findall(r"\w+", query) if len(w) >= MIN_MATCH_CHARS}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    return [Mark(m.start(), m.end(), "match", f"search: {m.group(0)}") for m in pattern.finditer(body)]


def highlight(article: Article, query: str = "") -> Markup:
    body = article.body
    found = marks(article) + (match_marks(body, query) if query else [])
    outer = _outer_quotes(found)
    inner = [m for m in found if m not in outer]
    cuts = sorted({0, len(body), *(m.start for m in found), *(m.end for m in found)})
    starts: dict[int, list[Mark]] = {}
    for m in inner:
        starts.setdefault(m.start, []).append(m)
    opens = {m.start: m for m in outer}
    closes = {m.end for m in outer}
    active: list[Mark] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a in opens:  # a whole quote is one element, so a link to it (#quote-3) outlines all of it
            q = opens[a]
            out.append(f'<span class="hl hl-quote" title="{escape(q.label)}" id="{escape(q.anchor)}">')
        active = [m for m in active if m.end > a] + starts.get(a, [])
        out.append(_piece(body[a:b], active, a))
        if b in closes:
            out.append("</span>")
    return Markup("".join(out))


def _outer_quotes(found: list[Mark]) -> list[Mark]:
    """Quotes that overlap no other quote become wrapping elements; the rest stay flat classes on pieces."""
    quotes = sorted((m for m in found if m.layer == "quote"), key=lambda m: (m.start, -m.end))
    chosen: list[Mark] = []
    for q in quotes:
        if not any(o is not q and o.start < q.end and q.start < o.end for o in quotes):
            chosen.append(q)
    return chosen


def _piece(text: str, active: list[Mark], at: int) -> str:
    if not active:
        return str(escape(text))
    classes = "hl " + " ".join(sorted({f"hl-{m.layer}" for m in active}))
    title = " · ".join(m.label for m in active)
    anchors = [m.anchor for m in active if m.anchor and m.start == at]
    attrs = f' class="{escape(classes)}" title="{escape(title)}"'
    extra = "".join(f'<span id="{escape(anchor)}"></span>' for anchor in anchors[1:])
    if anchors:
        attrs += f' id="{escape(anchors[0])}"'
    href = next((m.href for m in active if m.href), "")
    if href:
        return f'{extra}<a href="{escape(href)}"{attrs}>{escape(text)}</a>'
    return f"{extra}<span{attrs}>{escape(text)}</span>"
