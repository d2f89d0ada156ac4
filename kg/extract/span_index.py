"""Spans of a text indexed by start, for "which of them overlap this one" read in a window found by bisection.

A rule that checks each new name against every name found so far ("is this list item claimed?", "is this
valued acronym part of a name?") is quadratic in a text of thousands of names ("3.8 F1 / 5.2 QQA / ..." x 2,500:
6 million checks); with the spans sorted by start only those starting less than the longest span's length before
the queried one can overlap it. Exact: the same spans as a scan of all, in start order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["SpanIndex"]


class SpanIndex:
    """Spans ``(start, end, ...)`` (tuples led by their offsets), sorted by start; spans may be added."""

    __slots__ = ("_spans", "_starts", "_longest")

    def __init__(self, spans: Iterable[tuple] = ()) -> None:
        self._spans = sorted(spans, key=lambda t: t[0])
        self._starts = [t[0] for t in self._spans]
        self._longest = max((t[1] - t[0] for t in self._spans), default=0)

    def add(self, span: tuple) -> None:
        """Adds ``span`` after the spans of its start."""
        i = bisect_right(self._starts, span[0])
        self._starts.insert(i, span[0])
        self._spans.insert(i, span)
        self._longest = max(self._longest, span[1] - span[0])

    def overlapping(self, s: int, e: int) -> list[tuple]:
        """The spans sharing a character with ``s``-``e`` (``start < e and s < end``)."""
        i, j = bisect_right(self._starts, s - self._longest), bisect_left(self._starts, e)
        return [t for t in self._spans[i:j] if t[0] < e and s < t[1]]
