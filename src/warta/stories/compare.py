"""Within a story, align the claims and dated events of different articles and label each alignment.

Two claims align when they count the same thing (their units and subjects share words, or the sentences around
them share entities, which carries across languages) and were made by different articles. Labels: ``agree``
(equal within the hedges: "200 ribu" and "lebih dari 200 ribu"), ``update`` (a later article gives a different
figure for a later date), ``conflict`` (different figures for the same time), and ``only-one-outlet`` for facts no
other outlet reports. Dated events align by the words and entities of their sentences; two dates for one event
``differ`` (29 June in one outlet, Friday 30 June in another) or ``agree``.
"""

from __future__ import annotations

import datetime
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from warta.lang.en.stop_words import STOP_WORDS as EN_STOP
from warta.lang.id.stop_words import STOP_WORDS as ID_STOP
from warta.model import Article, Claim, Comparison, DateRef, FactSide

STOP = EN_STOP | ID_STOP

WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# Prefix length that folds Indonesian affixed forms and English plurals together ("provokasi"/"provokatif" no,
# "laporan"/"laporkan" no, but "warganya"/"warga", "prosecutors"/"prosecutor" yes). Set on the seeds.
STEM = 6
# Shared unit/subject stems (Jaccard) for two claims to count the same thing; the seeds' "warga Rusia" and
# "orang Rusia ... meninggalkan" pairs sit at 0.25-0.5, unrelated claims of one story below 0.15.
CLAIM_MATCH = 0.2
# Shared content stems plus shared entities between the sentences of two dated events: the seeds' report date
# (29 June / Friday 30 June) shares 5; a citation date and an event date of one story share at most 3.
DATE_MATCH = 5
# Relative tolerance for two figures to be equal (rounded reporting: "11 ribu" vs 11,200). A figure printed to
# its last digit carries only half a unit of that digit: 205 is not 212, whatever the 2%.
EQUAL = 0.02
# "about"/"sekitar" widens a figure by this share on each side: "sekitar 230" covers 219-241, so it does not agree
# with "lebih dari 250" (the sample corpus's ferry story), nor "sekitar 1,1 juta" with 1,2 juta.
ABOUT = 0.05
# Figures further apart than this share are different figures whatever the hedges say ("lebih dari 7.000" is
# not a report of 147 ribu, "hingga Rp3 miliar" not one of "sekitar Rp2,5 miliar"); the seeds' hedged pairs are
# equal, and the sample corpus's "lebih dari 3 ribu" / 3.412 houses differ by 12%.
NEAR = 0.15
# Smallest figure that aligns two claims on its own (with shared entities) across languages: 3 dead or 4 missing
# recur in every report of the sample corpus's ferry fire, the 212 on the manifest only in its own sense.
DISTINCTIVE = 20
# Two dates this many days apart can be one event reported differently; beyond it they are two events.
DATE_DIFFER_DAYS = 3
# Hedges under which a figure is a bound, not a value: "more than 200 ribu" agrees with 200 ribu and with 230 ribu.
LOWER = {"more than", "at least", "over"}
UPPER = {"up to", "less than", "at most", "under"}
APPROXIMATE = {"about", "around", "approximately"}
# "almost 65.000" is a little under it: between this share below and the figure.
ALMOST = {"almost", "nearly"}


# How a reader meets the verdicts: disagreements first, then agreement, then what only one outlet reports.
VERDICT_ORDER = ("conflict", "differ", "update", "agree", "only-one-outlet")


def by_verdict(comparisons: list[Comparison]) -> list[Comparison]:
    """Conflicts, differing dates and updates first, agreements next, one-outlet facts last (order kept within)."""
    rank = {v: i for i, v in enumerate(VERDICT_ORDER)}
    return sorted(comparisons, key=lambda c: rank.get(c.verdict, len(VERDICT_ORDER)))


@dataclass(slots=True)
class Fact:
    """A claim or a dated event of one article, with what aligning it needs (no reference to the article, so a
    story keeps its members' facts without their texts)."""

    article: str
    published: str  # the article's publication day, for telling an update from a conflict
    claim: Claim | None
    date: str  # the event's ISO date (date facts)
    stems: frozenset[str]
    entities: frozenset[str]
    sentence: str


# Links between the facts of two articles of a story, the earlier first: (its fact, the later one's fact, score).
Links = list[tuple[int, int, float]]


def compare(articles: list[Article]) -> list[Comparison]:
    """The comparisons of articles given in story order (publication, then id)."""
    claims = [claim_facts(a) for a in articles]
    dates = [date_facts(a) for a in articles]
    return compare_facts(claims, dates, {a.id: outlet_name(a) for a in articles},
                         lambda i, j: claim_links(claims[i], claims[j]),
                         lambda i, j: date_links(dates[i], dates[j]))


def compare_facts(claims: list[list[Fact]], dates: list[list[Fact]], outlets: dict[str, str],
                  claims_between: Callable[[int, int], Links], dates_between: Callable[[int, int], Links]
                  ) -> list[Comparison]:
    """Comparisons from each article's facts (articles in story order) and the links between the facts of two
    articles ``i < j``, which a story may keep from its last analysis instead of aligning them again."""
    multi = len(set(outlets.values())) > 1
    return _claims(claims, outlets, multi, claims_between) + _dates(dates, outlets, dates_between)


def outlet_name(article: Article) -> str:
    m = article.meta
    return m.outlet or (f"template {m.template or m.outlet_group}" if (m.template or m.outlet_group) else "") or \
        _host(m.url) or article.id[:12]


def claim_facts(article: Article) -> list[Fact]:
    return [_fact(article, claim=c) for c in article.claims]


def date_facts(article: Article) -> list[Fact]:
    return [_fact(article, date=d) for d in article.dates if d.date]


def claim_links(earlier: list[Fact], later: list[Fact]) -> Links:
    """The same links as scoring every pair, scoring only the pairs that can score: claims that count the same
    unit, or whose figures are near (a story's members hold ~9 claims each: most pairs are neither)."""
    if not earlier or not later:
        return []
    by_unit: dict[str, list[int]] = {}
    for m, g in enumerate(later):
        by_unit.setdefault(g.claim.unit, []).append(m)
    by_value = sorted((g.claim.value, m) for m, g in enumerate(later) if math.isfinite(g.claim.value))
    values = [v for v, _ in by_value]
    odd = [m for m, g in enumerate(later) if not math.isfinite(g.claim.value)]
    links = []
    for k, f in enumerate(earlier):
        value = f.claim.value
        if math.isfinite(value):
            # _near(a, b) needs |a - b| <= NEAR * max(|a|, |b|), which bounds |a - b| by NEAR / (1 - NEAR) * |a|
            reach = 1.01 * NEAR / (1 - NEAR) * abs(value)
            near = [m for _, m in by_value[bisect_left(values, value - reach):bisect_right(values, value + reach)]]
            candidates = set(by_unit.get(f.claim.unit, ())).union(near, odd)
        else:
            candidates = range(len(later))
        links += [(k, m, score) for m in candidates if (score := _claim_similarity(f, later[m])) >= CLAIM_MATCH]
    links.sort()  # in the order of scoring every pair: by earlier fact, then later fact
    return links


def date_links(earlier: list[Fact], later: list[Fact]) -> Links:
    links = []
    for k, f in enumerate(earlier):
        for m, g in enumerate(later):
            shared = len(f.stems & g.stems) + len(f.entities & g.entities)
            if shared >= DATE_MATCH and _days_apart(f.date, g.date) <= DATE_DIFFER_DAYS:
                same = f.date[:10] == g.date[:10]  # one date reported alike aligns before a near one
                links.append((k, m, shared + (DATE_MATCH if same else 0)))
    return links


def _flat_pairs(per_article: list[list[Fact]], between: Callable[[int, int], Links]
                ) -> tuple[list[Fact], list[tuple[float, int, int]]]:
    """Every fact in story order, and the scored pairs of facts of different articles by their place in it."""
    starts, facts = [], []
    for own in per_article:
        starts.append(len(facts))
        facts += own
    pairs = []
    for i, own in enumerate(per_article):
        for j in range(i + 1, len(per_article)):
            if own and per_article[j]:
                pairs += [(score, starts[i] + k, starts[j] + m) for k, m, score in between(i, j)]
    return facts, pairs


def _claims(per_article: list[list[Fact]], outlets: dict[str, str], multi: bool,
            between: Callable[[int, int], Links]) -> list[Comparison]:
    facts, pairs = _flat_pairs(per_article, between)
    groups = _greedy_groups(pairs, [f.article for f in facts])
    out = []
    for members in groups:
        sides = [_side(facts[k], outlets) for k in members]
        first = facts[members[0]].claim
        what = _what(first)
        if len(members) == 1:
            if multi:
                out.append(Comparison(what=what, verdict="only-one-outlet", kind="claim", unit=first.unit, sides=sides))
            continue
        out.append(Comparison(what=what, verdict=_claim_verdict([facts[k] for k in members]), kind="claim",
                              unit=first.unit, sides=sides))
    return out


def _dates(per_article: list[list[Fact]], outlets: dict[str, str], between: Callable[[int, int], Links]
           ) -> list[Comparison]:
    facts, pairs = _flat_pairs(per_article, between)
    out = []
    for members in _greedy_groups(pairs, [f.article for f in facts]):
        if len(members) < 2:
            continue
        group = [facts[k] for k in members]
        verdict = "agree" if len({f.date[:10] for f in group}) == 1 else "differ"
        out.append(Comparison(what=_short(group[0].sentence), verdict=verdict, kind="date",
                              sides=[_side(f, outlets) for f in group]))
    return out


def _fact(article: Article, claim: Claim | None = None, date: DateRef | None = None) -> Fact:
    ref = claim or date
    index = ref.sentence
    if 0 <= index < len(article.sentences):
        s = article.sentences[index]
        start, end = s.start, s.end
    else:
        start, end = max(0, ref.start - 200), min(len(article.body), ref.end + 200)
    sentence = article.body[start:end]
    words = f"{claim.unit} {claim.subject}" if claim is not None else sentence.replace(date.text, " ")
    entities = frozenset(m.entity for m in article.mentions if m.entity and start <= m.start < end)
    return Fact(article.id, _published(article), claim, date.date if date is not None else "", stems(words),
                entities, sentence.strip())


def stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in (m.lower() for m in WORD.findall(text)) if w not in STOP)


def _claim_similarity(f: Fact, g: Fact) -> float:
    a, b = f.claim, g.claim
    near = _near(a.value, b.value)
    if not near and a.unit != b.unit:
        return 0.0  # different figures must count exactly the same thing (decided before the words: most pairs)
    union = f.stems | g.stems
    words = len(f.stems & g.stems) / len(union) if union else 0.0
    if near:  # one figure, maybe reported differently; whether it agrees is the verdict's say
        if words:
            return words + 0.5
        if a.unit == b.unit and abs(a.value - b.value) <= EQUAL * abs(a.value):
            return CLAIM_MATCH  # nothing but the unit in common: only an equal figure aligns
        shared = len(f.entities & g.entities)
        # across languages no word is shared: one distinctive figure in sentences naming the same entities
        return CLAIM_MATCH + 0.05 * shared if shared and _distinctive(a.value) else 0.0
    if a.unit != b.unit or words < 2 * CLAIM_MATCH:
        return 0.0  # different figures must count exactly the same thing to be compared at all
    return words


def _distinctive(value: float) -> bool:
    """Figures that rarely recur by chance in one story: not the small counts every report is full of."""
    return abs(value) >= DISTINCTIVE or value != int(value)


def _what(claim: Claim) -> str:
    """The figure and what it counts as written ("212 penumpang selamat"); the English unit is the comparison's."""
    return f"{claim.text}: {claim.subject.strip()}" if claim.subject.strip() else claim.text


def _claim_verdict(group: list[Fact]) -> str:
    claims = [f.claim for f in group]
    if all(_compatible(claims[0], c) for c in claims[1:]):
        return "agree"
    times = sorted((c.as_of or f.published, c.value) for f, c in zip(group, claims, strict=True))
    if times[0][0] and times[-1][0] and times[0][0] < times[-1][0]:
        return "update"
    return "conflict"


def _near(a: float, b: float) -> bool:
    """Close enough to be one figure reported with different hedges (the hedge cannot stretch 7 ribu to 147 ribu)."""
    return abs(a - b) <= NEAR * max(abs(a), abs(b))


def _compatible(a: Claim, b: Claim) -> bool:
    """Equal within the hedges: a bound agrees with any value on its side, "about" with a near value."""
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _interval(c: Claim) -> tuple[float, float]:
    v = c.value
    tolerance = _rounding(c)
    if c.hedge in APPROXIMATE:
        tolerance = max(tolerance, abs(v) * ABOUT)
    if c.value_max is not None:
        return v - tolerance, c.value_max + tolerance
    if c.hedge in LOWER:
        return v - tolerance, float("inf")
    if c.hedge in UPPER:
        return float("-inf"), v + tolerance
    if c.hedge in ALMOST:
        return v * (1 - 2 * ABOUT) - tolerance, v + tolerance
    return v - tolerance, v + tolerance


def _rounding(c: Claim) -> float:
    """Half a unit of the last digit the figure is printed to, at most EQUAL of it: 205 is 204.5-205.5, "11 ribu"
    10,780-11,220 (a rounded report of 11,200)."""
    v = abs(c.value)
    if v == 0:
        return 0.0
    step = 1.0
    if v != int(v):
        decimals = len(f"{v:.6f}".rstrip("0").split(".")[1])
        step = 10.0 ** -decimals
    else:
        while v % (step * 10) == 0:
            step *= 10
    return min(step / 2, EQUAL * v)


@dataclass(slots=True)
class _Group:
    members: set[int]
    owners: set[str]


def _greedy_groups(pairs: list[tuple[float, int, int]], owners: list[str]) -> list[list[int]]:
    """Best pairs first; a fact joins a group only if it aligns with every member (no chaining from 205 rescued
    to 230 on board), and one fact per article, so an article never agrees with itself. Ties go to the later
    facts (the order of ``sorted(pairs, reverse=True)``); a 60-member story of copies has ~40,000 pairs, which
    numpy orders in a fraction of the time of sorting Python tuples."""
    if not pairs:
        return [[k] for k in range(len(owners))]
    scores, first, second = (np.array(column) for column in zip(*pairs, strict=True))
    # each fact's partners: the pairs' two ends sorted by fact, its partners read as a set when it may join
    ends, partners = np.concatenate((first, second)), np.concatenate((second, first))
    by_end = np.argsort(ends, kind="stable")
    partners = partners[by_end]
    bounds = np.searchsorted(ends[by_end], np.arange(len(owners) + 1)).tolist()
    linked: dict[int, set[int]] = {}
    order = np.lexsort((second, first, scores))[::-1]
    group_of: dict[int, _Group] = {}
    ungrouped = int(np.count_nonzero(np.diff(bounds)))  # once none is left, no later pair changes anything

    def fits(k: int, group: _Group) -> bool:
        if owners[k] in group.owners:
            return False
        if k not in linked:
            linked[k] = set(partners[bounds[k]:bounds[k + 1]].tolist())
        return group.members <= linked[k]

    def join(k: int, group: _Group) -> None:
        group_of[k] = group
        group.members.add(k)
        group.owners.add(owners[k])

    for i, j in zip(first[order].tolist(), second[order].tolist(), strict=True):
        if not ungrouped:
            break
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            group_of[i] = group_of[j] = _Group({i, j}, {owners[i], owners[j]})
            ungrouped -= 2
        elif gi is not None and gj is None and fits(j, gi):
            join(j, gi)
            ungrouped -= 1
        elif gj is not None and gi is None and fits(i, gj):
            join(i, gj)
            ungrouped -= 1
    groups, seen = [], set()
    for k in range(len(owners)):
        g = group_of.get(k)
        if g is None:
            groups.append([k])
        elif id(g) not in seen:
            seen.add(id(g))
            groups.append(sorted(g.members))
    return groups


def _side(f: Fact, outlets: dict[str, str]) -> FactSide:
    if f.claim is not None:
        return FactSide(article=f.article, outlet=outlets[f.article], value=f.claim.value,
                        date=f.claim.as_of, hedge=f.claim.hedge, text=f.sentence)
    return FactSide(article=f.article, outlet=outlets[f.article], date=f.date, text=f.sentence)


def _days_apart(a: str, b: str) -> float:
    first, second = _day(a[:10]), _day(b[:10])
    return abs(first - second) if first is not None and second is not None else float("inf")


@lru_cache(maxsize=1 << 12)
def _day(text: str) -> int | None:
    """The day number of an ISO date (a story's dated events share a few dates: each is parsed once)."""
    try:
        return datetime.date.fromisoformat(text).toordinal()
    except ValueError:
        return None


def _published(article: Article) -> str:
    return (article.meta.published or article.meta.published_not_before)[:10]


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _host(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?([^/]+)", url or "")
    return match.group(1) if match else ""
