"""Titles and roles beside a person's name: split off the mention ("Presiden Joko Widodo" -> role "Presiden",
name "Joko Widodo") and read from just before it ("Menteri Dalam Negeri Kazakhstan, Marat Akhmetzhanov")."""

from __future__ import annotations

import re

from warta.lang.en import roles as en_roles
from warta.lang.id import roles as id_roles
from warta.model import Article, Mention

HEADS = id_roles.ROLE_HEADS | en_roles.ROLE_HEADS
CONNECTORS = id_roles.ROLE_CONNECTORS | en_roles.ROLE_CONNECTORS
LOOKBACK_WORDS = 8  # longest role phrase seen in the seeds and PFSA-ID dev: "Juru Bicara Kementerian Luar Negeri Rusia"
_WORD = re.compile(r"[\w.'’/-]+")


def _is_role_word(word: str) -> bool:
    return word.lower().rstrip(".") in HEADS


def split_role(article: Article, mention: Mention) -> None:
    """Moves leading role words out of the mention and fills Mention.role from the mention or the text before."""
    words = list(_WORD.finditer(mention.text))
    lead = 0
    while lead < len(words) - 1 and (_is_role_word(words[lead].group()) or
                                      (lead and words[lead].group().lower() in CONNECTORS)):
        lead += 1
    inner = mention.text[: words[lead].start()].strip() if lead else ""
    if lead:
        shift = words[lead].start()
        mention.start += shift
        mention.text = mention.text[shift:]
    before = role_before(article.body, mention.start)
    mention.role = " ".join(p for p in (before, inner) if p)


def role_before(body: str, start: int) -> str:
    """The role phrase ending just before ``start`` (a comma between is allowed), or ""."""
    line_start = body.rfind("\n", 0, start) + 1
    segment = body[line_start:start].rstrip()
    if segment.endswith(","):
        segment = segment[:-1].rstrip()
    words = list(_WORD.finditer(segment))[-LOOKBACK_WORDS:]
    run: list[re.Match] = []
    for m in reversed(words):
        if segment[m.end() : (run[0].start() if run else len(segment))].strip():
            break  # punctuation between words ends the phrase
        w = m.group()
        if not (w[:1].isupper() or w.lower() in CONNECTORS):
            break
        run.insert(0, m)
    for m in run:
        if _is_role_word(m.group()):
            return segment[m.start() : run[-1].end()]
    return ""
