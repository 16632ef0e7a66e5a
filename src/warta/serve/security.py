"""Response headers that keep hostile article text inert, token checks, and the safe-link rule."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

# No inline script or style anywhere: the pages ship one stylesheet and no script, and SVG uses attributes only.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]


class SecurityHeaders:
    """Plain ASGI middleware (no per-request task overhead) adding the headers above to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def safe_url(url: str | None) -> str:
    """The URL when it is an absolute http(s) link, else "" (javascript:, data:, relative and broken URLs)."""
    if not url or not isinstance(url, str):
        return ""
    url = url.strip()
    if any(ord(c) < 32 or c in " <>\"'`\\" for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


READ_COOKIE = "warta_read"


def presented_token(request: Request, cookie: bool = False) -> str:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    header = request.headers.get("x-warta-token", "").strip()
    # The web UI's sign-in sets this cookie; it opens reads only: ingest takes a header, so no form elsewhere can
    # make a signed-in browser write.
    return header or (request.cookies.get(READ_COOKIE, "").strip() if cookie else "")


def token_matches(given: str, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def check_token(request: Request, expected: str, what: str, cookie: bool = False) -> None:
    given = presented_token(request, cookie)
    if not given:
        raise HTTPException(401, f"{what} needs a token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(given, expected):
        raise HTTPException(403, f"{what}: the token is not valid")


def require_read(request: Request) -> None:
    token = request.app.state.settings.read_token
    if token:
        check_token(request, token, "reading", cookie=True)


def require_ingest(request: Request) -> None:
    token = request.app.state.settings.api_token
    if not token:
        raise HTTPException(403, "ingest is disabled: the server has no WARTA_API_TOKEN set")
    check_token(request, token, "ingest")
