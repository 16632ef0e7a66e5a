"""Fetching over HTTP (httpx): timeouts, a size cap, a user agent, robots.txt, bounded redirects, a polite rate."""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from warta import __version__
from warta.errors import InputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.model import RawDocument

USER_AGENT = f"warta/{__version__} (+https://github.com/warta-news/warta; news research crawler)"


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


@dataclass(slots=True)
class Fetcher:
    timeout: float = 15.0
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_redirects: int = 5
    delay: float = 1.0  # seconds between two requests to one host
    respect_robots: bool = True
    _client: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                follow_redirects=True,
                max_redirects=self.max_redirects,
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml"},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> RawDocument:
        if self.respect_robots and not self._allowed(url):
            raise InputError(url, "disallowed by robots.txt")
        self._wait(url)
        try:
            with self.client().stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError(url, f"too large ({int(declared):,} bytes)")
                data = self._read_capped(response, url)
                return RawDocument(
                    data=data,
                    origin=url,
                    fetched=datetime.now(UTC),
                    content_type=response.headers.get("content-type"),
                    url=str(response.url),
                )
        except httpx.TooManyRedirects:
            raise InputError(url, f"more than {self.max_redirects} redirects") from None
        except httpx.TimeoutException:
            raise InputError(url, f"timed out after {self.timeout:g}s") from None
        except httpx.HTTPError as exc:
            raise InputError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from None

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > self.max_bytes:
                raise InputError(url, f"too large (over {self.max_bytes // 2**20} MB)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        elapsed = time.monotonic() - self._last.get(host, -1e9)
        if elapsed < self.delay:
            time.sleep(self.delay - elapsed)
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        parser = self._robots[root]
        return True if parser is None else parser.can_fetch(USER_AGENT, url)

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """A missing or unreadable robots.txt allows everything, as the robots standard says."""
        try:
            response = self.client().get(f"{root}/robots.txt")
        except httpx.HTTPError:
            return None
        if response.status_code >= 400:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.text.splitlines())
        return parser
