"""Layouts for the two server-rendered SVG charts: the provenance graph and the story timeline.

Only coordinates and plain strings come out of here; the templates draw them with autoescaping on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from warta.model import ProvenanceEdge, TimelineEvent

WIDTH = 720  # viewBox width; the SVG scales to its container, so phones get the same picture smaller
ROW = 34
LABEL_CHARS = 30  # longer names are cut in the picture; the full name is in the node's <title>
LANE_CHARS = 20  # timeline lane names share 150 units with nothing else; about 20 characters fit at 12px


@dataclass(slots=True)
class Node:
    key: str
    label: str
    x: float
    y: float
    kind: str  # "outlet" (a member article) or "source" (upstream)


@dataclass(slots=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float
    relation: str
    evidence: str
    republication: bool


@dataclass(slots=True)
class Graph:
    width: int
    height: int
    nodes: list[Node] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def provenance_graph(edges: list[ProvenanceEdge], outlet_of: dict[str, str]) -> Graph:
    """Outlets (member articles) on the left, upstream sources on the right, one line per edge."""
    def name(key: str) -> str:
        return outlet_of.get(key, key)

    left = list(dict.fromkeys(e.source for e in edges))
    right = list(dict.fromkeys(e.target for e in edges))
    rows = max(len(left), len(right), 1)
    graph = Graph(WIDTH, rows * ROW + ROW)
    pos: dict[tuple[str, str], Node] = {}
    for side, keys, x, kind in (("l", left, 12, "outlet"), ("r", right, WIDTH - 232, "source")):
        offset = (rows - len(keys)) * ROW / 2
        for i, key in enumerate(keys):
            node = Node(key, _cut(name(key)), x, ROW + offset + i * ROW, kind)
            pos[(side, key)] = node
            graph.nodes.append(node)
    for e in edges:
        a, b = pos[("l", e.source)], pos[("r", e.target)]
        graph.links.append(Link(a.x + 220, a.y, b.x, b.y, e.relation, e.evidence,
                                e.relation in ("republishes", "copies", "translates")))
    return graph


def _cut(text: str, chars: int = LABEL_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1] + "…"


@dataclass(slots=True)
class Dot:
    x: float
    y: float
    day: str
    outlet: str
    text: str
    article: str


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    left: float = 150  # where the time axis starts, after the lane names
    right: float = WIDTH - 45  # where it ends: room for the last tick label, centred on its tick
    lanes: list[tuple[str, float]] = field(default_factory=list)
    ticks: list[tuple[str, float]] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)


def timeline_chart(events: list[TimelineEvent]) -> Timeline | None:
    """One lane per outlet, time left to right; events with unreadable dates are left to the list below."""
    dated = [(t, e) for e in events if (t := _moment(e.date)) is not None]
    if not dated:
        return None
    lanes = list(dict.fromkeys(e.outlet or "unknown outlet" for _, e in dated))
    first = min(t for t, _ in dated)
    last = max(t for t, _ in dated)
    timed = any(len(e.date) >= 16 for _, e in dated)  # some events carry a time of day, not just a date
    # within three days the ticks show hours when there are hours to show, else days; at least an hour (or a day)
    hourly = timed and (last - first).total_seconds() < 3 * 86400
    span = max((last - first).total_seconds(), 3600.0 if timed else 86400.0)
    chart = Timeline(WIDTH, ROW * (len(lanes) + 1) + 20)
    left, right = chart.left, chart.right
    lane_y = {name: ROW * (i + 1) for i, name in enumerate(lanes)}
    chart.lanes = [(_cut(name, LANE_CHARS), y) for name, y in lane_y.items()]
    steps = 4 if hourly else min(max(int(span // 86400), 1), 6)
    for i in range(steps + 1):
        moment = first + timedelta(seconds=span * i / steps)
        label = moment.strftime("%m-%d %H:%M" if hourly else "%Y-%m-%d")
        chart.ticks.append((label, left + (right - left) * i / steps))
    for t, e in dated:
        x = left + (right - left) * (t - first).total_seconds() / span
        chart.dots.append(Dot(x, lane_y[e.outlet or "unknown outlet"], e.date[:16].replace("T", " "), e.outlet,
                              e.text, e.article))
    return chart


def _moment(value: str) -> datetime | None:
    """The wall-clock time as printed (the outlet's own zone): stories rarely cross zones, and a bare date has none."""
    try:
        return datetime.fromisoformat(value[:19]) if len(value) >= 16 else datetime.fromisoformat(value[:10])
    except (ValueError, TypeError):
        return None
