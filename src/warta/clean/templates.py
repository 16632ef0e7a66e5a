"""Per-outlet templates learned from the corpus: what repeats across an outlet's *different stories* is furniture.

``TemplateStats`` counts, per group (the site's host, or "" when a text dump has no URL), in how many stories each
normalised line occurs, and remembers the furniture fingerprints of page templates seen. A document counts as a
new story only when most of its prose is new to the group: versions of one story (live updates, corrections, the
same wire text twice) share their paragraphs, and counting them would make the story's own prose look like
furniture. The ingest driver observes each document in input order and asks, there and then, which of its lines
are learned furniture (``furniture``), so the answer is the same with one worker or many; the cleaners drop those
lines from the body (never all of it), and the article's identity ignores them (``pipeline.identity_text``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from warta.clean import cues, pages
from warta.ingest.exported import read_exported
from warta.model import Article

_DIGITS = re.compile(r"\d+")
# Lines longer than this are article prose even when repeated (a quoted statement reprinted in a follow-up).
MAX_TEMPLATE_CHARS = 400
# Per group, at most this many line counts are kept; the rarest are dropped first (a line seen once on a site with
# thousands of pages is prose). 20,000 keys is ~1 MB of JSON per site.
MAX_KEYS_PER_GROUP = 20_000
# Jaccard overlap of furniture fingerprints above which two pages share a template: the two seed pages of one
# unnamed outlet (002, 004) share 5 of their 6 furniture lines, pages of different outlets share at most 1 of 6.
TEMPLATE_MATCH = 0.5
# Lines up to this many words have their numbers masked: furniture labels and timestamps are that short.
MASK_DIGITS_MAX_WORDS = 8
# Documents remembered as already counted, so an ingest run twice counts nothing twice (16 hex digits each).
MAX_SEEN_DOCUMENTS = 200_000
# A line of this many words is prose, the evidence that tells one story from another: the shortest opening
# paragraph in the seeds and in the detik bodies has 9 words (textdump.MIN_PROSE_WORDS).
STORY_PROSE_WORDS = 9
# A document whose prose lines were more than half seen before in its group is a version of a story already
# counted: an update or correction repeats all paragraphs but one or two, while a different story of the outlet
# shares only its furniture (one promo paragraph of four in tests/test_clean.py's pages).
VERSION_SEEN_SHARE = 0.5
# Learned furniture: a line in this many different stories of the group, and in this share of them; a prose line
# needs half of them. Detik bodies reprint short quotes and whole paragraphs across follow-up stories (up to 7 of
# 469), and one series repeats its list headings ("Pasal 28:") on 4 of ~200 stories of a subdomain, while
# furniture sits on most of them.
FURNITURE_MIN_STORIES = 3
FURNITURE_MIN_SHARE = 0.2
FURNITURE_MIN_SHARE_FOR_PROSE = 0.5
# The reason of a body line dropped as learned furniture; identity keeps these lines (pipeline.identity_text).
LEARNED_REASON = "template"
_HTML_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "dd", "dt")


def line_key(text: str) -> str:
    """Lines that differ only in case or spacing are one template line; short ones also when only their numbers
    differ (timestamps, counters, "© 2025"), while in prose a different number is a different sentence."""
    norm = cues.normalise(text).casefold()
    if len(norm.split()) <= MASK_DIGITS_MAX_WORDS:
        norm = _DIGITS.sub("0", norm)
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=6).hexdigest()


def group_of(url: str) -> str:
    host = urlsplit(url).netloc.lower() if url else ""
    return host.removeprefix("www.")


@dataclass(slots=True)
class TemplateStats:
    docs: dict[str, int] = field(default_factory=dict)
    lines: dict[str, dict[str, int]] = field(default_factory=dict)
    templates: dict[str, list[str]] = field(default_factory=dict)  # template id -> furniture line keys
    seen: dict[str, None] = field(default_factory=dict)  # digests of documents counted, oldest first
    # What changed since the statistics were last saved: the counts added (not the totals, so a store adds them
    # to what another process may have saved meanwhile), new fingerprints and digests.
    added_docs: dict[str, int] = field(default_factory=dict)
    added_lines: dict[str, dict[str, int]] = field(default_factory=dict)
    new_templates: set[str] = field(default_factory=set)
    new_seen: list[str] = field(default_factory=list)

    def observe_article(self, article: Article) -> None:
        """Count an article's source lines in its site's group (decoded, not yet cleaned)."""
        self.observe(group_of(article.meta.url), article_lines(article))

    def observe(self, group: str, texts: list[str]) -> None:
        """Count one document's lines (each distinct line once) when it is a new story; a document already
        counted, or a version of a story already counted, adds nothing."""
        digest = hashlib.blake2b("\n".join(texts).encode("utf-8"), digest_size=8).hexdigest()
        if digest in self.seen:
            return
        self.seen[digest] = None
        self.new_seen.append(digest)
        if len(self.seen) > MAX_SEEN_DOCUMENTS:
            for old in list(self.seen)[: MAX_SEEN_DOCUMENTS // 2]:
                del self.seen[old]
        counts = self.lines.setdefault(group, {})
        if self._is_version(counts, texts):
            return
        self.docs[group] = self.docs.get(group, 0) + 1
        self.added_docs[group] = self.added_docs.get(group, 0) + 1
        added = self.added_lines.setdefault(group, {})
        for key in {line_key(t) for t in texts if t.strip() and len(t) <= MAX_TEMPLATE_CHARS}:
            counts[key] = counts.get(key, 0) + 1
            added[key] = added.get(key, 0) + 1
        self.lines[group] = prune(counts)

    @staticmethod
    def _is_version(counts: dict[str, int], texts: list[str]) -> bool:
        prose = {line_key(t) for t in texts if len(cues.words(t)) >= STORY_PROSE_WORDS and len(t) <= MAX_TEMPLATE_CHARS}
        seen = sum(1 for key in prose if key in counts)
        return bool(prose) and seen > VERSION_SEEN_SHARE * len(prose)

    def furniture(self, group: str, texts: list[str]) -> frozenset[str]:
        """The keys of this document's lines that are learned furniture: repeated across enough different
        stories of the group, short lines on a fifth of them, prose on half."""
        stories = self.docs.get(group, 0)
        counts = self.lines.get(group, {})
        keys = set()
        for text in texts:
            key = line_key(text)
            found = counts.get(key, 0)
            if found < FURNITURE_MIN_STORIES or len(text) > MAX_TEMPLATE_CHARS:
                continue
            prose = len(cues.words(text)) >= STORY_PROSE_WORDS
            if found >= stories * (FURNITURE_MIN_SHARE_FOR_PROSE if prose else FURNITURE_MIN_SHARE):
                keys.add(key)
        return frozenset(keys)

    def furniture_of(self, article: Article) -> frozenset[str]:
        return self.furniture(group_of(article.meta.url), article_lines(article))

    def count(self, group: str, text: str) -> int:
        return self.lines.get(group, {}).get(line_key(text), 0)

    def share(self, group: str, text: str) -> float:
        """The fraction of the group's documents that contain this line."""
        docs = self.docs.get(group, 0)
        return self.count(group, text) / docs if docs else 0.0

    def match_template(self, keys: list[str]) -> str:
        """The id of the known template whose fingerprint overlaps these furniture keys most, or ""."""
        best, best_score = "", 0.0
        mine = set(keys)
        for tid, theirs in self.templates.items():
            score = jaccard(mine, set(theirs))
            if score > best_score:
                best, best_score = tid, score
        return best if best_score >= TEMPLATE_MATCH else ""

    def remember_template(self, tid: str, keys: list[str]) -> None:
        if tid not in self.templates:
            self.templates[tid] = sorted(set(keys))
            self.new_templates.add(tid)

    def unsaved(self) -> tuple[dict[str, tuple[int, dict[str, int]]], dict[str, list[str]], list[str]]:
        """What to add to the stored rows: (site -> (stories, line counts) added since the last save, new
        fingerprints, new digests)."""
        groups = {g: (n, self.added_lines.get(g, {})) for g, n in self.added_docs.items()}
        return groups, {t: self.templates[t] for t in self.new_templates}, list(self.new_seen)

    def mark_saved(self) -> None:
        self.added_docs.clear()
        self.added_lines.clear()
        self.new_templates.clear()
        self.new_seen.clear()

    @classmethod
    def from_rows(cls, groups: dict[str, tuple[int, dict]], templates: dict[str, list], seen: list[str]
                  ) -> TemplateStats:
        return cls(docs={g: docs for g, (docs, _) in groups.items()},
                   lines={g: dict(lines) for g, (_, lines) in groups.items()},
                   templates=dict(templates), seen=dict.fromkeys(seen))

    def as_json(self) -> dict:
        return {"docs": self.docs, "lines": self.lines, "templates": self.templates, "seen": list(self.seen)}

    @classmethod
    def from_json(cls, data: dict | None) -> TemplateStats:
        data = data or {}
        return cls(docs=dict(data.get("docs", {})), lines={g: dict(c) for g, c in data.get("lines", {}).items()},
                   templates={t: list(k) for t, k in data.get("templates", {}).items()},
                   seen=dict.fromkeys(data.get("seen", [])))


def prune(counts: dict[str, int]) -> dict[str, int]:
    """A group's line counts within MAX_KEYS_PER_GROUP: past it, the most frequent half is kept."""
    if len(counts) <= MAX_KEYS_PER_GROUP:
        return counts
    return dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[: MAX_KEYS_PER_GROUP // 2])


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def template_id(keys: list[str], stats: TemplateStats | None = None) -> str:
    """A page template's id: the known template it matches, else a hash of its furniture fingerprint."""
    if not keys:
        return ""
    if stats is not None:
        known = stats.match_template(keys)
        if known:
            return known
    return "tpl-" + hashlib.blake2b(" ".join(sorted(set(keys))).encode(), digest_size=5).hexdigest()


def article_lines(article: Article) -> list[str]:
    if article.format == "blocks":  # an exported article: its blocks are its lines
        return [b["text"] for b in read_exported(article.source_text)]
    return template_lines(article.source_text, article.format == "html")


def template_lines(source_text: str, is_html: bool) -> list[str]:
    """The lines of a document that template statistics count: text lines, or the text of HTML blocks."""
    if not is_html:
        return [line.strip() for line in source_text.splitlines() if line.strip()]
    return pages.lines(source_text, _block_lines)


def _block_lines(tree: HtmlElement) -> list[str]:
    out = []
    for element in tree.iter(*_HTML_BLOCKS):
        text = cues.normalise(element.text_content())
        if text and len(text) <= MAX_TEMPLATE_CHARS:
            out.append(text)
    return out


# Reasons of furniture lines that belong to the page template rather than to this article.
# Learned lines ("template") are left out, so the fingerprint is the same whatever the statistics held.
_TEMPLATE_REASONS = frozenset({"header", "footer", "sidebar", "copyright", "punctuation", "prompt", "tags", "menu"})
# Template lines are short labels ("Populer", "Topik:"): longer lines, and lines with numbers, change per page.
MAX_FINGERPRINT_WORDS = 6


def furniture_keys(blocks: list) -> list[str]:
    """The fingerprint of a page's template: its short, number-free furniture lines (not bylines or bullets)."""
    keys = []
    for block in blocks:
        if block.kind != "boilerplate" or block.reason not in _TEMPLATE_REASONS:
            continue
        text = block.text
        if any(c.isdigit() for c in text) or len(cues.words(text)) > MAX_FINGERPRINT_WORDS or cues.bullet(text):
            continue
        if block.reason == "tags" and ("#" in text or text.rstrip(": ").count(":")):
            continue  # the tags of this article, not the template's label
        keys.append(line_key(text))
    return sorted(set(keys))
