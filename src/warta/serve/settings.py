"""What the server reads from its environment, once, when the app is created."""

from __future__ import annotations

import os
from dataclasses import dataclass

# Upload cap per ingest request: the largest WARC in examples/ is well under 1 MB and a day's crawl of one outlet
# rarely passes tens of MB; larger batches belong to `warta ingest` on the command line.
MAX_UPLOAD_BYTES = 64 * 2**20
# URLs per ingest request: fetching is polite (one request per host per second), so a request stays under minutes.
MAX_URLS = 50
# CPU seconds one search statement may work (a page runs two: the hits and their count). Ordinary queries on a
# store of 5,000 articles take under 0.1 s (tests/test_search_bounds.py), the worst the term bounds let through
# about 0.3 s; this bound is the backstop for what they miss.
SEARCH_SECONDS = 0.5
# Page sizes: 200 rows is the most the web UI shows at once; the API allows the same.
MAX_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Settings:
    api_token: str = ""  # WARTA_API_TOKEN: guards ingest; empty means ingest is refused
    read_token: str = ""  # WARTA_API_READ_TOKEN: when set, every read (API and pages) needs it too
    fetch_private: bool = False  # WARTA_API_FETCH_PRIVATE=1: /api/ingest/urls may fetch private and local hosts
    # WARTA_API_FETCH_PRIVATE=intranet.local,10.0.0.5:8080: only these private hosts (or host:port) may be fetched
    private_hosts: frozenset[str] = frozenset()
    fetch_timeout: float = 15.0  # WARTA_API_FETCH_TIMEOUT: seconds for one URL, robots.txt and redirects included

    @classmethod
    def from_env(cls) -> Settings:
        private = os.environ.get("WARTA_API_FETCH_PRIVATE", "").strip()
        every = private.lower() in {"1", "true", "yes"}
        return cls(
            api_token=os.environ.get("WARTA_API_TOKEN", "").strip(),
            read_token=os.environ.get("WARTA_API_READ_TOKEN", "").strip(),
            fetch_private=every,
            private_hosts=frozenset() if every else frozenset(h.strip() for h in private.split(",") if h.strip()),
            fetch_timeout=_seconds(os.environ.get("WARTA_API_FETCH_TIMEOUT", ""), 15.0),
        )


def _seconds(text: str, default: float) -> float:
    try:
        value = float(text)
    except ValueError:
        return default
    return value if 0 < value < 3600 else default
