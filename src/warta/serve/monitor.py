"""The always-on service on the server: sources with their health, alerts with their latest hits, and each alert's
Atom feed. Read-only: sources and alerts are added with `warta sources add` and `warta alerts add`."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, Response

from warta.monitor.alerts import AlertBook
from warta.monitor.notify import atom_feed
from warta.monitor.sources import SourceBook, format_interval
from warta.serve.security import require_read
from warta.serve.web import render

pages = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)
api = APIRouter(prefix="/api", dependencies=[Depends(require_read)])


def _store(request: Request):
    return request.app.state.stores.get()


def _alert_rows(book: AlertBook, hits: int) -> list[dict]:
    return [{**alert.as_dict(), "hits": book.count_hits(alert.id),
             "latest": [h.as_dict() for h in book.hits(alert.id, limit=hits)]} for alert in book.all()]


@api.get("/sources", summary="Watched sources with their health (polls, errors, articles in the last day and week)")
def list_sources(request: Request) -> list[dict]:
    return [h.as_dict() for h in SourceBook(_store(request)).health()]


@api.get("/alerts", summary="Saved alerts with their latest hits")
def list_alerts(request: Request) -> list[dict]:
    return _alert_rows(AlertBook(_store(request)), hits=10)


@pages.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    now = time.time()
    rows = []
    for h in SourceBook(_store(request)).health(now):
        s = h.source
        state = "failing" if s.failures else ("ok" if s.last_success else "waiting")
        rows.append({**h.as_dict(), "state": state, "every": format_interval(s.every),
                     "last_poll_ago": _ago(s.last_poll, now), "last_success_ago": _ago(s.last_success, now),
                     "next_poll_in": _ago(s.next_poll, now)})
    return render(request, "sources.html", sources=rows)


@pages.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request) -> HTMLResponse:
    return render(request, "alerts.html", alerts=_alert_rows(AlertBook(_store(request)), hits=5))


@pages.get("/alerts/{alert_id}/feed.atom")
def alert_feed(request: Request, alert_id: Annotated[int, Path(ge=1)]) -> Response:
    book = AlertBook(_store(request))
    alert = book.get(alert_id)
    if alert is None:
        raise HTTPException(404, f"no alert {alert_id}")
    body = atom_feed(alert, book.hits(alert_id), str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _ago(moment: float | None, now: float) -> str:
    if moment is None:
        return "never"
    if now - 1 < moment <= now:
        return "now"
    span = format_interval(max(round(abs(moment - now)), 1))
    return f"in {span}" if moment > now else f"{span} ago"
