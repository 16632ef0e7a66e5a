"""Telling of hits: each alert's Atom feed, and webhook POSTs (JSON, signed with HMAC-SHA256 of a shared secret,
retried with exponential backoff across polls and restarts)."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
import xml.etree.ElementTree as ET

import httpx

from warta import __version__
from warta.monitor.alerts import Alert, AlertBook, Hit
from warta.monitor.sources import iso

log = logging.getLogger("warta.monitor")

ATOM = "http://www.w3.org/2005/Atom"
SIGNATURE_HEADER = "X-Warta-Signature"
# Webhook retries: 30 s doubling to at most an hour, eight tries, so a receiver down for about two hours still gets
# every hit; after that the hit stays in the Atom feed.
RETRY_BASE = 30.0
RETRY_CAP = 3600.0
MAX_ATTEMPTS = 8
# Characters XML 1.0 cannot carry at all (article text is hostile: control characters do occur in scraped pages).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: the receiver recomputes it over the raw body with the shared secret."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def payload(alert: Alert, hit: Hit) -> bytes:
    return json.dumps({"alert": {"id": alert.id, "name": alert.name, "kind": alert.kind, "value": alert.value},
                       "hit": {"id": hit.id, "key": hit.key, "title": hit.title, "link": hit.link,
                               "summary": hit.summary, "at": iso(hit.at), "data": hit.data}},
                      ensure_ascii=False, sort_keys=True).encode("utf-8")


class Webhooks:
    """Sends each due hit of an alert with a webhook; a failure waits for its retry, the others go on."""

    def __init__(self, book: AlertBook, timeout: float = 10.0, retry_base: float = RETRY_BASE,
                 max_attempts: int = MAX_ATTEMPTS) -> None:
        self.book, self.retry_base, self.max_attempts = book, retry_base, max_attempts
        self.client = httpx.Client(timeout=timeout, follow_redirects=False,
                                   headers={"User-Agent": f"warta/{__version__} webhook"})

    def close(self) -> None:
        self.client.close()

    def deliver_due(self, now: float | None = None) -> int:
        """Try every hit due now; returns how many were delivered."""
        now = time.time() if now is None else now
        delivered = 0
        for alert, hit in self.book.pending(now, self.max_attempts):
            error = self._post(alert, hit)
            retry_at = None
            if error:
                retry_at = now + min(self.retry_base * 2 ** hit.attempts, RETRY_CAP)
                log.warning("webhook %s for alert %s: %s (try %d of %d)", alert.webhook, alert.name, error,
                            hit.attempts + 1, self.max_attempts)
            else:
                delivered += 1
            self.book.record_delivery(hit, time.time(), error, retry_at)
        return delivered

    def next_attempt(self) -> float | None:
        return self.book.next_attempt(self.max_attempts)

    def _post(self, alert: Alert, hit: Hit) -> str | None:
        body = payload(alert, hit)
        headers = {"Content-Type": "application/json", "X-Warta-Event": alert.kind, "X-Warta-Delivery": str(hit.id)}
        if alert.secret:
            headers[SIGNATURE_HEADER] = sign(alert.secret, body)
        try:
            response = self.client.post(alert.webhook, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return f"unreachable ({exc.__class__.__name__})"
        return None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"


def atom_feed(alert: Alert, hits: list[Hit], base_url: str) -> bytes:
    """The alert as an Atom 1.0 feed, newest hit first; ``base_url`` is the server's own address."""
    ET.register_namespace("", ATOM)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"{base}/alerts/{alert.id}")
    _text(feed, "title", f"warta alert: {alert.name}")
    _text(feed, "subtitle", alert.describe())
    _text(feed, "updated", iso(max([h.at for h in hits], default=alert.created)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts/{alert.id}/feed.atom")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base}/alerts")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "warta")
    ET.SubElement(feed, f"{{{ATOM}}}generator", version=__version__).text = "warta"
    for hit in hits:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{base}/alerts/{alert.id}/hits/{hit.id}")
        _text(entry, "title", hit.title)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=base + hit.link)
        _text(entry, "updated", iso(hit.at))
        _text(entry, "summary", hit.summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, name: str, text: str | None) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{name}").text = _NOT_XML.sub("", text or "")
