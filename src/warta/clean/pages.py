"""One parse of an HTML page, shared by the template statistics and the cleaner.

The ingest driver counts a page's block lines (``clean.templates``) and the pipeline cleans the same page right
after, in the same process; the cleaner hands the tree to trafilatura. So the last page parsed is remembered, keyed
by its text, with the lines read from it. The tree is parsed as trafilatura parses its input (``load_html``), so
handing it over changes nothing of what trafilatura finds. The metadata reader prunes the tree last of all (instead
of pruning a copy of the whole page); it marks the page spent, and whoever asks for the tree again gets a new parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura.utils import load_html


@dataclass(slots=True)
class _Page:
    source: str
    tree: HtmlElement | None
    lines: list[str] | None = None
    spent: bool = False  # the tree was pruned: read again from the source when asked


_last: list[_Page] = []  # at most one: the page being observed and cleaned


def _page(source: str) -> _Page:
    if _last and _last[0].source == source:
        page = _last[0]
        if page.spent:
            page.tree, page.spent = _parse(source), False
        return page
    page = _Page(source, _parse(source))
    _last[:] = [page]
    return page


def _parse(source: str) -> HtmlElement | None:
    try:
        return load_html(source)
    except (TypeError, ValueError):
        return None


def tree(source: str) -> HtmlElement | None:
    """The page's tree, remembered: callers read it and never change it."""
    return _page(source).tree


def spend(source: str) -> None:
    """The remembered tree of ``source`` was changed by its last reader: parse it again if asked."""
    if _last and _last[0].source == source:
        _last[0].spent = True


def lines(source: str, read: Callable[[HtmlElement], list[str]]) -> list[str]:
    """What ``read`` finds in the page's tree, remembered with it (the driver asks twice per page)."""
    page = _page(source)
    if page.lines is None:
        page.lines = read(page.tree) if page.tree is not None else []
    return page.lines
