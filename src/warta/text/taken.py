"""Character spans already claimed in a text: overlap tests in time linear in the span, not in the claims made.

Passes that add mentions or dates one by one, skipping any that overlap an earlier one, used to test each
candidate against every earlier claim; on a very long article that is quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class TakenSpans:
    __slots__ = ("_marks",)

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(length + 1)
        for start, end in spans:
            self.take(start, end)

    def free(self, start: int, end: int) -> bool:
        """No character of [start, end) is claimed."""
        return self._marks.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)


class SpanIndex:
    """Which of a sorted list of non-overlapping spans (sentences) holds an offset, by bisection."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = list(spans)
        self._starts = [s for s, _ in pairs]
        self._ends = [e for _, e in pairs]

    def holding(self, offset: int) -> int:
        """The index of the span holding ``offset``, or -1."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self._ends[i] else -1


class SortedSpans:
    """Spans (anything with a start and an end, overlapping or not) by start, with the longest one's length: a span
    that overlaps or holds [start, end] starts between start minus that length and end, so a test against every
    span needs to look at those only."""

    __slots__ = ("_items", "_longest", "_starts")

    def __init__(self, spans: Iterable = ()) -> None:
        self._items: list = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self._items]
        self._longest = max((s.end - s.start for s in self._items), default=0)

    def add(self, span) -> None:
        i = bisect_right(self._starts, span.start)
        self._starts.insert(i, span.start)
        self._items.insert(i, span)
        self._longest = max(self._longest, span.end - span.start)

    def near(self, start: int, end: int) -> list:
        """Every span that overlaps [start, end), holds it or lies in it, among a few that do none of these."""
        return self._items[bisect_left(self._starts, start - self._longest) : bisect_right(self._starts, end)]
