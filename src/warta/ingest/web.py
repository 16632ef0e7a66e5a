"""Fetching over HTTP (httpx): timeouts, a size cap, a user agent, robots.txt, bounded redirects, a polite rate,
and, for fetches asked for by others (the REST API), no private or loopback addresses."""

from __future__ import annotations

import ipaddress
import math
import re
import socket
import time
import urllib.robotparser
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from warta import __version__
from warta.errors import InputError
from warta.ingest.deadline import Deadline, transport
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.model import RawDocument

# Pages, feeds and plain text; images, PDFs and archives are not articles.
_TEXTUAL = re.compile(r"html|xml|text/|rss|atom|json", re.I)
# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; what follows is ignored.
ROBOTS_MAX_BYTES = 512 * 1024
USER_AGENT = f"warta/{__version__} (+https://github.com/warta-news/warta; news research crawler)"


class NotModified(InputError):
    """A conditional GET answered 304: the page is as it was when its validators were given."""


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


@dataclass(slots=True)
class Fetcher:
    timeout: float = 15.0
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_redirects: int = 5
    delay: float = 1.0  # seconds between two requests to one host
    respect_robots: bool = True
    # The API fetches URLs named by remote clients: without this, a token holder could make the server read its
    # own loopback services or the cloud metadata address. The CLI's user is already on the machine.
    public_only: bool = False
    private_allowed: frozenset[str] = frozenset()  # hosts or host:port fetched even so (WARTA_API_FETCH_PRIVATE)
    _client: httpx.Client | None = None
    _deadline: Deadline = field(default_factory=Deadline)
    _robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                transport=transport(self._deadline),
                follow_redirects=False,  # fetch() follows them, asking robots.txt at each hop
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml"},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def forget_robots(self) -> None:
        """Read each robots.txt afresh on the next fetch: a long-running crawler must not keep a copy (or an error
        that stopped a site) for ever (RFC 9309 2.4: a day at most)."""
        self._robots.clear()

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> RawDocument:
        """GET one page; redirects are followed by hand so robots.txt is asked at every hop. ``timeout`` bounds
        the whole of it (robots.txt, every hop, headers and body), not counting the polite waits. ``headers`` go
        with every hop: with If-None-Match or If-Modified-Since, a 304 answer raises NotModified, and the
        answer's validators come back as the document's ``etag`` and ``last_modified`` hints."""
        self._deadline.start(self.timeout)
        try:
            return self._fetch(url, headers)
        finally:
            self._deadline.start(math.inf)

    def _fetch(self, url: str, headers: Mapping[str, str] | None = None) -> RawDocument:
        target = url
        for _hop in range(self.max_redirects + 1):
            refusal = self._address_refusal(target)
            if not refusal and self.respect_robots:
                refusal = self._robots_refusal(target)
            if refusal:
                raise InputError(url, refusal if target == url else f"redirected to {target}: {refusal}")
            self._wait(target)
            try:
                with self.client().stream("GET", target, headers=headers) as response:
                    if response.is_redirect and response.next_request is not None:
                        target = str(response.next_request.url)
                        continue
                    return self._document(url, response)
            except httpx.TimeoutException:
                raise InputError(url, f"timed out after {self.timeout:g}s") from None
            except httpx.HTTPError as exc:
                raise InputError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from None
        raise InputError(url, f"more than {self.max_redirects} redirects")

    def _address_refusal(self, url: str) -> str | None:
        if not self.public_only:
            return None
        parts = urlsplit(url)
        if parts.netloc in self.private_allowed or (parts.hostname or "") in self.private_allowed:
            return None
        return private_address_refusal(url)

    def _document(self, url: str, response: httpx.Response) -> RawDocument:
        if response.status_code == 304:
            raise NotModified(url, "not modified (HTTP 304)")
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code}")
        ctype = response.headers.get("content-type")
        if ctype and not _TEXTUAL.search(ctype):
            raise InputError(url, f"not a page or a feed ({ctype.split(';')[0]})")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(url, f"too large ({int(declared):,} bytes; the limit is {self._limit()})")
        data = self._read_capped(response, url)
        validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified")}
        return RawDocument(data=data, origin=url, fetched=datetime.now(UTC), content_type=ctype,
                           url=str(response.url), hints={k: v for k, v in validators.items() if v})

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        """Stop at the size cap, and at the fetch's deadline (each read is bounded by it too)."""
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > self.max_bytes:
                raise InputError(url, f"too large (over {self._limit()})")
            if time.monotonic() > self._deadline.at:
                raise InputError(url, f"timed out after {self.timeout:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _limit(self) -> str:
        return f"{self.max_bytes // 2**20} MB" if self.max_bytes >= 2**20 else f"{self.max_bytes:,} bytes"

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        elapsed = time.monotonic() - self._last.get(host, -1e9)
        if elapsed < self.delay:
            time.sleep(self.delay - elapsed)
            self._deadline.extend(self.delay - elapsed)  # our own politeness is not the server's slowness
        self._last[host] = time.monotonic()

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids this URL, or None when it may be fetched."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        rules = self._robots[root]
        if isinstance(rules, str):
            return rules
        if rules is not None and not rules.can_fetch(USER_AGENT, url):
            return "disallowed by robots.txt"
        return None

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | str | None:
        """RFC 9309: a missing robots.txt (4xx) allows everything; a server error (5xx) or no answer in time
        means the site may be overloaded, so nothing is fetched; a refused connection is left to the page fetch,
        which reports why. Redirects are followed by hand (at most 5, as the RFC asks), each hop checked like a
        page: a robots.txt must not lead the server to a private address either."""
        target = f"{root}/robots.txt"
        try:
            for _hop in range(5 + 1):
                refusal = self._address_refusal(target)
                if refusal:
                    return f"robots.txt redirected to {target}: {refusal}"
                with self.client().stream("GET", target) as response:
                    if response.is_redirect and response.next_request is not None:
                        target = str(response.next_request.url)
                        continue
                    if 400 <= response.status_code < 500:
                        return None
                    if response.status_code >= 500:
                        return f"robots.txt unavailable (HTTP {response.status_code}); not fetching"
                    text = _read_head(response, ROBOTS_MAX_BYTES).decode("utf-8", errors="replace")
                    break
            else:
                return None  # RFC 9309 2.3.1.2: past five redirects robots.txt may be taken as unavailable
        except httpx.TimeoutException:
            return f"robots.txt did not answer within {self.timeout:g}s; not fetching"
        except httpx.HTTPError:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        return parser


def private_address_refusal(url: str) -> str | None:
    """Why this URL's host is not on the public internet, or None. A name that does not resolve is left to the
    fetch, which reports it as unreachable. (A DNS answer that changes between this check and the connection
    is not caught; a firewall rule is the complete guard.)"""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            return f"{host} is a private or local address ({address}); not fetched"
    return None


def _read_head(response: httpx.Response, limit: int) -> bytes:
    data = b""
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) >= limit:
            break
    return data[:limit]
