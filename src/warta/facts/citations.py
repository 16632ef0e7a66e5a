"""Upstream sources an article leans on: "dilansir (dari) X", "dikutip dari X", "mengutip X", "seperti dilaporkan X",
"dilaporkan X", "dimuat X", "Sumber: X", a credit line "(Outlet/Upstream.com)", a republication note "Artikel ini
telah tayang di X dengan judul Y", and English "according to Reuters", "told AFP".

"dilaporkan tewas" is no citation: the source must be a name. The article's own outlet is no upstream source.
Each citation covers the sentences of its paragraph; a credit line outside the body covers them all.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from warta.facts.sentences import language, sentence_index
from warta.lang.en import reporting as en_reporting
from warta.lang.id import calendar as id_calendar
from warta.lang.id import outlets as id_outlets
from warta.lang.id import reporting as id_reporting
from warta.model import Article, Citation
from warta.resources import Resources

# A source name: capitalised words, with the joiners outlets use ("RFE/RL", "The New Voice of Ukraine", "ANI News").
_NAME_WORD = r"[A-Z0-9](?:[\w&'’/-]|\.(?=\w))*"
_SOURCE = rf"(?P<source>{_NAME_WORD}(?:[ \t]+(?:of|de|the|for|and|&|{_NAME_WORD}))*)"
# Indonesian pages name Detik's channels in lower case ("dilansir detikSulsel").
_ID_NAME_WORD = rf"(?:detik[A-Za-z]+|{_NAME_WORD})"
_ID_SOURCE = rf"(?P<source>{_ID_NAME_WORD}(?:[ \t]+(?:of|de|the|for|and|&|{_ID_NAME_WORD}))*)"
_CREDIT = re.compile(r"^\(\s*(?P<own>[^()/]+?)\s*/\s*(?P<source>[^()]+?)\s*\)$")
_SUMBER = re.compile(r"^\s*(?:Sumber|Source)\s*:\s*(?P<source>.+?)\s*$", re.I)


def run(article: Article, resources: Resources) -> Article:
    article.citations = find_citations(article)
    return article


def find_citations(article: Article) -> list[Citation]:
    lang = language(article)
    own = _own_names(article)
    paragraphs = _Paragraphs(article)
    body = _in_body(article, lang, own, paragraphs) if lang == "en" else _in_body_id(article, own, paragraphs)
    return body + _credit_lines(article, lang, own)


def _norm(name: str) -> str:
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.lower())
    name = re.sub(r"\.(?:com|co\.id|id|net|org|co\.uk)\b", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


def _own_names(article: Article) -> set[str]:
    names = {article.meta.outlet, urlparse(article.meta.url).hostname or ""}
    dateline = re.match(r"^\s*(?:[A-Z][\w .]*,\s*)?(?P<outlet>[\w .-]+?)\s+[-–—]\s", article.body)
    if dateline:
        names.add(dateline.group("outlet"))
    for block in article.blocks:
        credit = _CREDIT.match(block.text.strip())
        if credit:
            names.add(credit.group("own"))
    return {_norm(n) for n in names if n and _norm(n)}


def _cue_pattern(lang: str) -> re.Pattern:
    data = en_reporting if lang == "en" else id_reporting
    cues = "|".join(re.escape(c) for c in sorted(data.CITATION_CUES, key=len, reverse=True) if c != "sumber")
    if lang != "en":
        return re.compile(rf"\b(?P<cue>(?i:{cues}))[ \t]+{_SOURCE}")
    # English names a medium around the name: "according to the state news agency Xinhua", "told the Interfax
    # news agency"; a named medium is a source even when it is not in our list of agencies.
    media = "|".join(re.escape(m) for m in sorted(en_reporting.MEDIUM_NOUNS, key=len, reverse=True))
    before = rf"(?:the[ \t]+)?(?:(?P<before>(?:[a-z-]+[ \t]+){{0,2}}(?:{media}))[ \t]+)?"
    after = rf"(?P<after>[ \t]+(?:{media})\b)?"
    return re.compile(rf"\b(?P<cue>(?i:{cues}))[ \t]+{before}{_SOURCE}{after}")


def _is_source(name: str, cue: str, lang: str, named_medium: bool = False) -> bool:
    if not name or not name[0].isupper():
        return False  # "dilaporkan tewas"
    if named_medium:
        return True
    if lang == "en" or cue.lower() in ("told", "according to", "menurut laporan"):
        words = {w.lower().strip(".") for w in name.split()}
        return bool(words & en_reporting.NEWS_AGENCIES or words & en_reporting.OUTLET_WORDS
                    or re.search(r"\.(?:com|net|org)\b", name, re.I))
    return True


def _in_body(article: Article, lang: str, own: set[str], paragraphs: _Paragraphs) -> list[Citation]:
    found: list[Citation] = []
    for m in _cue_pattern(lang).finditer(article.body):
        source = _trim_source(m.group("source"))
        cue = m.group("cue")
        named_medium = lang == "en" and bool(m.group("before") or m.group("after"))
        if not _is_source(source, cue, lang, named_medium) or _norm(source) in own:
            continue
        if cue.istitle() is False and cue[0].isupper() and lang == "en" and cue.lower() == "told":
            continue
        found.append(Citation(m.start(), m.start("source") + len(source), source, cue, "cites",
                              sentences=paragraphs.around(m.start())))
    return found


def _trim_source(source: str) -> str:
    words = source.split()
    # "AFP Minggu (19/10)": a weekday or month after the name dates the report, it is no part of the name
    while words and (words[-1].lower() in ("of", "de", "the", "for", "and", "&") or words[-1].lower().strip(".,")
                     in _DATE_WORDS):
        words.pop()
    return " ".join(words).rstrip(".,")


_DATE_WORDS = frozenset(id_calendar.DAYS) | frozenset(id_calendar.MONTHS)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KNOWN_OUTLETS = frozenset(_norm(n) for n in (*id_outlets.LINKED_OUTLETS, *id_outlets.DOMAINS.values(),
                                               *en_reporting.NEWS_AGENCIES))
_ID_CITATION = re.compile(
    rf"(?<![\w-])(?P<cue>(?i:{_alternation(id_reporting.CITATION_CUES + id_reporting.OUTLET_CUES)}))[ \t]+"
    rf"(?:(?P<via>detik[A-Za-z]+|[A-Z][\w.]+)[ \t]+dari[ \t]+)?"
    # the medium in lower case: "Kantor Berita Antara" is the agency's own name
    rf"(?:(?P<medium>{_alternation(id_reporting.NEWS_MEDIA + id_reporting.DATA_MEDIA + id_reporting.WEB_MEDIA)})"
    rf"[ \t]+)?{_ID_SOURCE}")


def _in_body_id(article: Article, own: set[str], paragraphs: _Paragraphs) -> list[Citation]:
    """Indonesian cues, each with its chain: "dikutip detikINET dari Techspot" cites Techspot (detikINET is who
    quoted it), "dilansir detikNews dari Antara" cites both; a medium noun may stand between cue and name."""
    found: list[Citation] = []
    for m in _ID_CITATION.finditer(article.body):
        cue, medium = m.group("cue"), (m.group("medium") or "").lower()
        sources = [(_trim_source(m.group("source")), m.start("source"))]
        via = m.group("via")
        if via and "dikutip" not in cue.lower():
            sources.insert(0, (via, m.start("via")))
        for source, at in sources:
            if not _cited(source, cue.lower(), medium) or _norm(source) in own:
                continue
            name = f"{m.group('medium')} {source}" if medium in id_reporting.WEB_MEDIA else source
            found.append(Citation(m.start(), at + len(source), name, cue, "cites",
                                  sentences=paragraphs.around(m.start())))
    return found


def _cited(source: str, cue: str, medium: str) -> bool:
    """Whether a name after an Indonesian cue is an upstream source (GUIDELINES sec. 5): any name after a citation
    cue, except a primary source's data ("mengutip data BPS" is reported speech); after "menurut", "kepada" or an
    interview cue only a known outlet or a name after a news-medium noun, and never the Detik group itself, whose
    reporters the interview was given to."""
    if not source or not (source[0].isupper() or source.startswith("detik")):
        return False  # "dilaporkan tewas"
    known = _norm(source) in _KNOWN_OUTLETS
    if medium in id_reporting.DATA_MEDIA and not known:
        return False
    if cue in id_reporting.OUTLET_CUES:
        if source.lower().startswith("detik"):
            return False
        return known or medium in id_reporting.NEWS_MEDIA
    return True


class _Paragraphs:
    """The sentences of the paragraph around an offset, indexed once per article (a scan of every sentence for each
    citation was quadratic on long articles)."""

    __slots__ = ("_blocks", "_sentences", "_where")

    def __init__(self, article: Article) -> None:
        self._sentences = article.sentences
        self._where = sentence_index(article)
        self._blocks: dict[int, list[int]] = {}
        for i, sentence in enumerate(article.sentences):
            self._blocks.setdefault(sentence.block, []).append(i)

    def around(self, offset: int) -> list[int]:
        index = self._where.holding(offset)
        return list(self._blocks[self._sentences[index].block]) if index >= 0 else []


def _credit_lines(article: Article, lang: str, own: set[str]) -> list[Citation]:
    data = en_reporting if lang == "en" else id_reporting
    everything = list(range(len(article.sentences)))
    found: list[Citation] = []
    for index, block in enumerate(article.blocks):
        text = block.text.strip()
        republished = _republication(text, data)
        credits = [(p, m) for p in (_CREDIT, _SUMBER) if (m := p.match(text))] if len(text) < 120 else []
        if not republished and not credits:
            continue  # most blocks: no search of the body for them (one search per block was quadratic)
        in_body = block.kind in ("body", "heading")
        start = article.body.find(text) if in_body else -1
        where = {"start": start, "end": start + len(text) if start >= 0 else -1, "block": -1 if in_body else index}
        if republished:
            source, title, cue = republished
            found.append(Citation(source=source, cue=cue, kind="republication", original_title=title,
                                  sentences=everything, **where))
            continue
        for pattern, m in credits:
            if _norm(m.group("source")) not in own:
                cue = "source credit" if pattern is _CREDIT else text.split(":")[0]
                found.append(Citation(source=m.group("source").strip(), cue=cue, sentences=everything, **where))
    return found


def _republication(text: str, data) -> tuple[str, str, str] | None:
    low = text.lower()
    for cue in sorted(data.REPUBLICATION_CUES, key=len, reverse=True):
        if low.startswith(cue):
            rest = text[len(cue) :].strip()
            for joiner in data.REPUBLICATION_TITLE:
                at = rest.lower().find(f" {joiner} ")
                if at > 0:
                    title = rest[at + len(joiner) + 2 :].strip().strip("\"“”'")
                    return rest[:at].strip(), title, text[: len(cue)]
            return rest.split()[0] if rest else "", "", text[: len(cue)]
    return None
