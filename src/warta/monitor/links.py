"""What a source lists: the entries of a feed, the pages of a sitemap (news sitemaps with their titles and dates),
or the article links of a section page. Only links not seen before are fetched, through the same Fetcher (robots.txt,
per-host delay) as `warta ingest`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html

from warta.errors import InputError
from warta.ingest import feeds
from warta.ingest.decode import gunzip_if_needed
from warta.ingest.files import sniff
from warta.ingest.web import Fetcher, is_url
from warta.model import RawDocument

Item = RawDocument | InputError

_SITEMAP_ROOT = re.compile(rb"<(?:\w+:)?(urlset|sitemapindex)\b")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# A sitemap index names one sitemap per day or section; the newest few hold what is new.
MAX_CHILD_SITEMAPS = 3
# Article URLs on Indonesian and English news sites hold a slug of several words
# (/berita/d-7391234/warga-bangun-sumur-resapan), a date (/2019/11/18/politics/index.html) or a long numeric id
# (in the path, or as ?idx=8576); section and tag links (/daerah, /tag/banjir, /indeks) have none of these.
# Four words, not three: three-word section names are common (/science-and-health, /truth-o-meter). On the 181
# article URLs of the Scrapinghub extraction benchmark (../shared/data) these rules say "article" for 171; on a
# sample of 60 links they pick from its 181 pages, 56 are articles (the rest: long section names, an about page).
MIN_SLUG_WORDS = 4
_LONG_ID = re.compile(r"\d{5,}")
_DATE_PATH = re.compile(r"/(?:19|20)\d\d/[01]?\d/")
_ID_QUERY = re.compile(r"(?:^|&)(?:id|idx|p|articleid|story_id|newsid)=\d{3,}", re.I)
# Listings and files, never an article however long their names.
_NOT_ARTICLE = re.compile(r"/(?:tag|tags|topic|topik|category|kategori|author|penulis|search|cari|wp-content)/|"
                          r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|zip|css|js|xml|rss)$", re.I)


class AlreadySeen(InputError):
    """A link skipped because it was handled before (or is left for the next poll): not an error."""


@dataclass(slots=True)
class Listing:
    """One poll's view of a source: its kind and its items, lazily (fetching happens as they are read)."""
    kind: str
    items: Iterator[Item]


def detect_kind(data: bytes) -> str:
    """'feed', 'sitemap' or 'page', from a source's (ungzipped) first bytes."""
    head = data[:4096]
    if sniff(head) == "feed":
        return "feed"
    if _SITEMAP_ROOT.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]):
        return "sitemap"
    return "page"


class LinkGate:
    """Lets each unseen link through once per poll, up to a cap; the rest wait for the next poll."""

    def __init__(self, seen: Callable[[str], bool], fetcher: Fetcher, cap: int, stopping: Callable[[], bool]):
        self.seen, self.fetcher, self.cap, self.stopping = seen, fetcher, cap, stopping
        self.passed: set[str] = set()
        self.cut_short = False

    def admit(self, url: str) -> bool:
        if url in self.passed or self.seen(url):
            return False
        if len(self.passed) >= self.cap or self.stopping():
            self.cut_short = True
            return False
        self.passed.add(url)
        return True

    def fetch(self, url: str) -> RawDocument:
        """The Fetcher's interface, for the feed reader's link-only entries."""
        if not self.admit(url):
            raise AlreadySeen(url, "seen before")
        return self.fetcher.fetch(url)


def listing(doc: RawDocument, kind: str, gate: LinkGate) -> Listing:
    """The new items of a fetched source document; ``kind`` 'auto' is read from the document."""
    data = gunzip_if_needed(doc.data, doc.origin)  # sitemap.xml.gz
    kind = detect_kind(data) if kind == "auto" else kind
    if kind == "feed":
        items = _feed_items(data, doc.origin, gate)
    elif kind == "sitemap":
        items = _fetched(_sitemap_links(data, doc.origin, gate.fetcher), gate)
    else:
        items = _fetched(((link, {}) for link in article_links(data, doc.url or doc.origin)), gate)
    return Listing(kind, items)


def item_key(item: Item) -> str | None:
    """The link an item came from: a fetched page's requested URL, a full-content entry's link."""
    if isinstance(item, InputError):
        return item.origin if is_url(item.origin) else None
    return item.origin if is_url(item.origin) else item.url


def _feed_items(data: bytes, origin: str, gate: LinkGate) -> Iterator[Item]:
    for item in feeds.read_feed(data, origin, fetcher=gate):
        if isinstance(item, AlreadySeen):
            continue
        key = item_key(item)
        if isinstance(item, RawDocument) and key and key not in gate.passed and not gate.admit(key):
            continue  # a full-content entry seen before
        yield item


def _fetched(links: Iterator[tuple[str, dict[str, str]]], gate: LinkGate) -> Iterator[Item]:
    for link, hints in links:
        if not gate.admit(link):
            continue
        try:
            doc = gate.fetcher.fetch(link)
        except InputError as exc:
            yield exc
            continue
        doc.hints = {**hints, **doc.hints}
        yield doc


# --- sitemaps -------------------------------------------------------------------------------------------------

def _sitemap_links(data: bytes, origin: str, fetcher: Fetcher, depth: int = 0) -> Iterator[tuple[str, dict]]:
    root = _parse_xml(data, origin)
    if root.tag == f"{SITEMAP_NS}sitemapindex" and depth == 0:
        children = sorted(root.iter(f"{SITEMAP_NS}sitemap"), key=lambda s: s.findtext(f"{SITEMAP_NS}lastmod") or "",
                          reverse=True)
        for child in children[:MAX_CHILD_SITEMAPS]:
            loc = (child.findtext(f"{SITEMAP_NS}loc") or "").strip()
            if not is_url(loc):
                continue
            try:
                inner = fetcher.fetch(loc)
                yield from _sitemap_links(gunzip_if_needed(inner.data, loc), loc, fetcher, depth + 1)
            except InputError:
                continue  # one broken child sitemap leaves the others
        return
    entries = []
    for url in root.iter(f"{SITEMAP_NS}url"):
        loc = (url.findtext(f"{SITEMAP_NS}loc") or "").strip()
        if is_url(loc):
            hints = _news_hints(url)
            entries.append((hints.get("published") or url.findtext(f"{SITEMAP_NS}lastmod") or "", loc, hints))
    for _when, loc, hints in sorted(entries, key=lambda e: e[0], reverse=True):  # newest first
        yield loc, hints


def _news_hints(url) -> dict[str, str]:
    news = url.find(f"{NEWS_NS}news")
    if news is None:
        return {}
    hints = {"title": news.findtext(f"{NEWS_NS}title") or "",
             "published": news.findtext(f"{NEWS_NS}publication_date") or "",
             "outlet": news.findtext(f"{NEWS_NS}publication/{NEWS_NS}name") or "",
             "language": news.findtext(f"{NEWS_NS}publication/{NEWS_NS}language") or ""}
    return {k: v.strip() for k, v in hints.items() if v and v.strip()}


def _parse_xml(data: bytes, origin: str):
    # No entities, no DTD, no network: a hostile sitemap cannot expand itself or read local files.
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                  recover=False)
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(origin, f"broken sitemap ({exc})") from None


# --- section pages --------------------------------------------------------------------------------------------

def article_links(data: bytes, base: str) -> list[str]:
    """Links on a section page that look like articles on the same site, in page order."""
    try:
        tree = lxml.html.fromstring(data, base_url=base)
    except (lxml.etree.ParserError, ValueError):
        raise InputError(base, "not a readable page") from None
    host = urlsplit(base).hostname
    here = urlsplit(base).path.rstrip("/")
    found: list[str] = []
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        link = urldefrag(urljoin(base, href.strip()))[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or parts.hostname != host or parts.path.rstrip("/") == here:
            continue
        if looks_like_article(link) and link not in found:
            found.append(link)
    return found


def looks_like_article(link: str) -> bool:
    """Whether a URL's shape says article rather than section, tag, listing or file."""
    parts = urlsplit(link)
    if _NOT_ARTICLE.search(parts.path):
        return False
    segments = [re.sub(r"\.(s?html?|php|aspx?)$", "", seg) for seg in parts.path.split("/") if seg]
    segments = [seg for seg in segments if seg.lower() not in ("index", "amp")]
    if any(len([w for w in re.split(r"[-_+]", seg) if w]) >= MIN_SLUG_WORDS for seg in segments):
        return True
    return bool(_LONG_ID.search(parts.path) or _DATE_PATH.search(parts.path) or _ID_QUERY.search(parts.query))
