"""Upstream sources an article leans on: "dilansir (dari) X", "dikutip dari X", "mengutip X", "seperti dilaporkan X",
"dilaporkan X", "dimuat X", "Sumber: X", a credit line "(Outlet/Upstream.com)", a republication note "Artikel ini
telah tayang di X dengan judul Y", and English "according to Reuters", "told AFP".

"dilaporkan tewas" is no citation: the source must be a name. The article's own outlet is no upstream source.
Each citation covers the sentences of its paragraph; a credit line outside the body covers them all.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from warta.facts.sentences import language, sentence_at
from warta.lang.en import reporting as en_reporting
from warta.lang.id import reporting as id_reporting
from warta.model import Article, Citation
from warta.resources import Resources

# A source name: capitalised words, with the joiners outlets use ("RFE/RL", "The New Voice of Ukraine", "ANI News").
_NAME_WORD = r"[A-Z0-9](?:[\w&'’/-]|\.(?=\w))*"
_SOURCE = rf"(?P<source>{_NAME_WORD}(?:[ \t]+(?:of|de|the|for|and|&|{_NAME_WORD}))*)"
_CREDIT = re.compile(r"^\(\s*(?P<own>[^()/]+?)\s*/\s*(?P<source>[^()]+?)\s*\)$")
_SUMBER = re.compile(r"^\s*(?:Sumber|Source)\s*:\s*(?P<source>.+?)\s*$", re.I)


def run(article: Article, resources: Resources) -> Article:
    article.citations = find_citations(article)
    return article


def find_citations(article: Article) -> list[Citation]:
    lang = language(article)
    own = _own_names(article)
    found = _in_body(article, lang, own) + _credit_lines(article, lang, own)
    return found


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


def _in_body(article: Article, lang: str, own: set[str]) -> list[Citation]:
    found: list[Citation] = []
    for m in _cue_pattern(lang).finditer(article.body):
        source = _trim_source(m.group("source"))
        cue = m.group("cue")
        named_medium = lang == "en" and bool(m.group("before") or m.group("after"))
        if not _is_source(source, cue, lang, named_medium) or _norm(source) in own:
            continue
        if cue.istitle() is False and cue[0].isupper() and lang == "en" and cue.lower() == "told":
            continue
        index = sentence_at(article, m.start())
        found.append(Citation(m.start(), m.start("source") + len(source), source, cue, "cites",
                              sentences=_paragraph(article, index)))
    return found


def _trim_source(source: str) -> str:
    words = source.split()
    while words and words[-1].lower() in ("of", "de", "the", "for", "and", "&"):
        words.pop()
    return " ".join(words).rstrip(".,")


def _paragraph(article: Article, index: int) -> list[int]:
    if index < 0:
        return []
    block = article.sentences[index].block
    return [i for i, s in enumerate(article.sentences) if s.block == block]


def _credit_lines(article: Article, lang: str, own: set[str]) -> list[Citation]:
    data = en_reporting if lang == "en" else id_reporting
    everything = list(range(len(article.sentences)))
    found: list[Citation] = []
    for index, block in enumerate(article.blocks):
        text = block.text.strip()
        in_body = block.kind in ("body", "heading")
        start = article.body.find(text) if in_body else -1
        where = {"start": start, "end": start + len(text) if start >= 0 else -1, "block": -1 if in_body else index}
        republished = _republication(text, data)
        if republished:
            source, title, cue = republished
            found.append(Citation(source=source, cue=cue, kind="republication", original_title=title,
                                  sentences=everything, **where))
            continue
        for pattern in (_CREDIT, _SUMBER):
            m = pattern.match(text)
            if m and len(text) < 120 and _norm(m.group("source")) not in own:
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
