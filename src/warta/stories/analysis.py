"""A story's comparison, provenance and timeline, kept up to date member by member.

Each member article is read once into a ``Member``: the facts, text print, sourcing and dated events the analysis
needs, without the article's text. The store keeps them (``Member.as_json``) with the results of comparing every
two members of a story (``Pairs``), so a new member is compared with the others once, and re-analysing a story
costs one pass over its members' digests, never an alignment of all of them again. ``analyse_members`` with no
known pairs is the whole analysis; with the pairs a story kept it gives the same result.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from array import array
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from warta.model import Article, Claim, Story
from warta.stories.compare import (
    Fact,
    Links,
    claim_facts,
    claim_links,
    compare_facts,
    date_facts,
    date_links,
    outlet_name,
)
from warta.stories.dedup import TextPrint, compare_prints, text_print
from warta.stories.provenance import Cited, Sourcing, provenance_of, sourcing
from warta.stories.timeline import Dated, dated, timeline_of


def _code_version() -> str:
    """A digest of the code and word lists that stored digests and pairs depend on: after any change to them, what
    the store kept is ignored and made again from the articles, so it never disagrees with a whole analysis."""
    from warta.stories import compare, dedup, provenance, timeline

    digest = hashlib.blake2b(digest_size=8)
    for module in (compare, dedup, provenance, timeline):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(" ".join(sorted(compare.STOP)).encode())
    return digest.hexdigest()


VERSION = _code_version()


@dataclass(slots=True)
class Member:
    """What one article brings to its story's analysis."""

    id: str
    published: str  # publication date, or the bound inferred for it
    title: str
    outlet: str
    claims: list[Fact]
    dates: list[Fact]
    text: TextPrint
    sourcing: Sourcing
    dated: Dated

    @property
    def order(self) -> tuple[str, str]:
        return self.published, self.id

    def as_json(self) -> dict:
        return {"version": VERSION, "id": self.id, "published": self.published, "title": self.title,
                "outlet": self.outlet,
                "claims": [_claim_json(f) for f in self.claims],
                "dates": [[f.date, sorted(f.stems), sorted(f.entities), f.sentence] for f in self.dates],
                "text": [base64.b64encode(self.text.text).decode(), _pack_digests(self.text.shingles),
                         self.text.passages],
                "body": sorted(self.sourcing.body),
                "cited": [[c.source, c.relation, sorted(c.passage), c.evidence, c.background]
                          for c in self.sourcing.cited],
                "syndication": self.sourcing.syndication,
                "events": [[d, t, sorted(w)] for d, t, w in self.dated.events]}

    @classmethod
    def from_json(cls, data: dict) -> Member:
        aid, published, outlet = data["id"], data["published"], data["outlet"]
        digest, packed, passages = data["text"]
        return cls(
            aid, published, data["title"], outlet,
            [_claim_fact(aid, published, c) for c in data["claims"]],
            [Fact(aid, published[:10], None, d, frozenset(s), frozenset(e), t) for d, s, e, t in data["dates"]],
            TextPrint(base64.b64decode(digest), _unpack_digests(packed), [(h, t) for h, t in passages]),
            Sourcing(aid, outlet, frozenset(data["body"]),
                     [Cited(s, r, frozenset(p), e, b) for s, r, p, e, b in data["cited"]],
                     [(o, t) for o, t in data["syndication"]]),
            Dated(aid, outlet, published, data["title"], [(d, t, frozenset(w)) for d, t, w in data["events"]]))


def member(article: Article) -> Member:
    return Member(article.id, article.meta.published or article.meta.published_not_before, article.meta.title,
                  outlet_name(article), claim_facts(article), date_facts(article), text_print(article.body),
                  sourcing(article), dated(article))


@dataclass(slots=True)
class Pairs:
    """The results of comparing every two members of a story, the earlier one first: the links between their
    claims and between their dated events (pairs without any are left out), and which later members copy which
    earlier ones (the relation; the evidence is read again for the one shown)."""

    members: set[str] = field(default_factory=set)
    claims: dict[tuple[str, str], Links] = field(default_factory=dict)
    dates: dict[tuple[str, str], Links] = field(default_factory=dict)
    copies: dict[tuple[str, str], str] = field(default_factory=dict)  # (later, earlier) -> relation

    def as_json(self) -> dict:
        """Links packed as arrays of numbers, pairs named by their members' places in ``members``: a 60-member
        story of copies holds ~40,000 links, which as JSON lists took longer to read back than comparing the
        story's new members (benchmarks/bench_growth.py)."""
        ids = sorted(self.members)
        place = {a: i for i, a in enumerate(ids)}
        return {"version": VERSION, "members": ids,
                "claims": _pack_links(self.claims, place), "dates": _pack_links(self.dates, place),
                "copies": [[place[a], place[b], relation] for (a, b), relation in self.copies.items()]}

    @classmethod
    def from_json(cls, data: dict) -> Pairs:
        if data.get("version") != VERSION:
            return cls()  # compared by other code: compare again
        ids = data["members"]
        return cls(set(ids), _unpack_links(data["claims"], ids, float), _unpack_links(data["dates"], ids, int),
                   {(ids[a], ids[b]): relation for a, b, relation in data["copies"]})


def _pack_links(links: dict[tuple[str, str], Links], place: dict[str, int]) -> list[str]:
    """The pairs (earlier's place, later's place, links), then each link's two facts and its score, as three
    arrays in base64 (the score as float64: it round-trips exactly)."""
    heads, facts, scores = array("I"), array("I"), array("d")
    for (a, b), pair in links.items():
        heads.extend((place[a], place[b], len(pair)))
        for k, m, score in pair:
            facts.extend((k, m))
            scores.append(score)
    return [base64.b64encode(packed.tobytes()).decode() for packed in (heads, facts, scores)]


def _unpack_links(packed: list[str], ids: list[str], score: type) -> dict[tuple[str, str], Links]:
    heads, facts, scores = array("I"), array("I"), array("d")
    for target, text in zip((heads, facts, scores), packed, strict=True):
        target.frombytes(base64.b64decode(text))
    ks, ms, values = facts[0::2].tolist(), facts[1::2].tolist(), [score(v) for v in scores]
    out: dict[tuple[str, str], Links] = {}
    at = 0
    for h in range(0, len(heads), 3):
        a, b, count = heads[h], heads[h + 1], heads[h + 2]
        out[(ids[a], ids[b])] = list(zip(ks[at:at + count], ms[at:at + count], values[at:at + count], strict=True))
        at += count
    return out


def analyse_members(story: Story, members: list[Member], known: Pairs | None = None) -> Pairs:
    """Fill a story's title, dates, comparison, provenance and timeline from its members' digests; the pairs of
    members that ``known`` holds both of are taken from it, the others compared now. Returns the pairs of these
    members, for the next analysis."""
    ordered = sorted({m.id: m for m in members}.values(), key=lambda m: m.order)
    pairs = _pairs(ordered, known or Pairs())
    dates = sorted(m.published for m in ordered if m.published)
    story.title = story.title or (ordered[0].title if ordered else "")
    story.first_seen = min(d for d in [story.first_seen, *dates[:1]] if d) if story.first_seen or dates else ""
    story.last_seen = max([story.last_seen, *dates[-1:]])
    ids = [m.id for m in ordered]
    if len(ordered) > 1:
        story.comparisons = compare_facts(
            [m.claims for m in ordered], [m.dates for m in ordered], {m.id: m.outlet for m in ordered},
            lambda i, j: pairs.claims.get((ids[i], ids[j]), []), lambda i, j: pairs.dates.get((ids[i], ids[j]), []))
    else:
        story.comparisons = []
    story.provenance, story.independent_sources = provenance_of([m.sourcing for m in ordered], _copies(ordered, pairs))
    story.timeline = timeline_of([m.dated for m in ordered])
    return pairs


def _pairs(ordered: list[Member], known: Pairs) -> Pairs:
    """Every pair of members compared: from ``known`` when it holds both, now otherwise. Two members keep their
    order (publication, id), so a known pair keeps its key; the known pairs are filtered in one pass each, not
    looked up pair by pair."""
    ids = {m.id for m in ordered}
    kept = known.members & ids
    pairs = Pairs(members=ids,
                  claims={k: v for k, v in known.claims.items() if k[0] in kept and k[1] in kept},
                  dates={k: v for k, v in known.dates.items() if k[0] in kept and k[1] in kept},
                  copies={k: v for k, v in known.copies.items() if k[0] in kept and k[1] in kept})
    for j, later in enumerate(ordered):
        for earlier in ordered[:j]:
            if earlier.id in kept and later.id in kept:
                continue
            key = (earlier.id, later.id)
            if claims := claim_links(earlier.claims, later.claims):
                pairs.claims[key] = claims
            if dates := date_links(earlier.dates, later.dates):
                pairs.dates[key] = dates
            if found := compare_prints(later.id, later.text, earlier.id, earlier.text):
                pairs.copies[(later.id, earlier.id)] = found.relation
    return pairs


def _copies(ordered: list[Member], pairs: Pairs) -> dict[int, tuple[int, str, str]]:
    """For each member that copies an earlier one, the first it copies: (its place, relation, evidence)."""
    out = {}
    for j, later in enumerate(ordered):
        for k, earlier in enumerate(ordered[:j]):
            if (later.id, earlier.id) in pairs.copies:
                found = compare_prints(later.id, later.text, earlier.id, earlier.text)
                assert found is not None  # the pair was compared before: the same prints give the same answer
                out[j] = (k, found.relation, found.evidence)
                break
    return out


def _pack_digests(digests: frozenset[int]) -> str:
    """32-bit shingle digests, sorted, as the gaps between them (their top byte mostly zero), compressed: 3.1
    bytes a shingle instead of 8 (4 raw ones left base64 to the record's own compression)."""
    ordered = sorted(digests)
    gaps = array("I", [b - a for a, b in zip([0, *ordered], ordered, strict=False)])
    return base64.b64encode(zlib.compress(gaps.tobytes(), 9)).decode()


def _unpack_digests(packed: str) -> frozenset[int]:
    gaps = array("I")
    gaps.frombytes(zlib.decompress(base64.b64decode(packed)))
    return frozenset(accumulate(gaps))


def _claim_json(f: Fact) -> list:
    c = f.claim
    return [c.value, c.value_max, c.unit, c.hedge, c.as_of, c.text, c.subject, sorted(f.stems), sorted(f.entities),
            f.sentence]


def _claim_fact(article: str, published: str, data: list) -> Fact:
    value, value_max, unit, hedge, as_of, text, subject, stems, entities, sentence = data
    claim = Claim(start=0, end=0, text=text, value=value, unit=unit, hedge=hedge, value_max=value_max,
                  subject=subject, as_of=as_of)
    return Fact(article, published[:10], claim, "", frozenset(stems), frozenset(entities), sentence)
