"""The named metrics that can stand near a value, found without reading every metric of its sentence.

A value's metric is written a few words from it ("84.1% top-1 accuracy", "a BLEU of 28.4"): every rule of
:func:`kg.extract.result_metric_of.metric_for` bounds the characters between the two (45 before, 50 after, "$"
not counted), and each such character that is no white space, "$" or "," is a *word character* here. Counting
word characters with a prefix sum over the text gives, in constant time, how far a rule can reach; the metrics
inside that reach are sliced out of the sentence's metrics (sorted by start) by bisection. A sentence of
thousands of values ("3.8 F1 / 3.8 F1 / ...", 18,000 characters) then scans a handful of metrics per value,
not all of them (the scan that took 77 s). Exact: a metric left out breaks a rule's bound, so no rule could pass it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Final

from .result_metrics import Named

__all__ = ["MetricWindow", "window", "scanned"]

#: metrics handed to :meth:`MetricWindow.between` since the process started: a test reads it to see the scan
#: grow with the values, not with their square (a counter, never reset; read differences)
scanned = [0]


#: each byte's weight in :func:`_counts`: 0 for ASCII white space, "$" and ",", 1 for any other byte
_WORD_BYTE: Final = bytes(0 if chr(i).isspace() or chr(i) in "$," else 1 for i in range(128)) + bytes(128)


@lru_cache(maxsize=4)
def _counts(text: str) -> list[int]:
    """``counts[i]``: the word characters (none of white space, "$", ",") in ``text[:i]``. An ASCII text
    (four in five corpus abstracts) is weighed byte by byte in C (``bytes.translate``), not by a generator
    over its characters: the same counts at about half the cost ("a BLEU of 28.4" -> 0, 1, 2, 2, 3, ...)."""
    if text.isascii():
        return list(accumulate(text.encode("ascii").translate(_WORD_BYTE), initial=0))
    return list(accumulate((not (c.isspace() or c in "$,") for c in text), initial=0))


class MetricWindow:
    """The metrics of one sentence indexed by position (``metrics`` as :func:`~kg.extract.result_metrics.metric_spans`
    gives them, sorted by start; an unsorted list is read whole)."""

    __slots__ = ("text", "metrics", "starts", "longest", "ordered", "counts")

    def __init__(self, text: str, metrics: Sequence[Named]) -> None:
        self.text, self.metrics = text, metrics
        self.starts = [m.start for m in metrics]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.longest = max((m.end - m.start for m in metrics), default=0)
        self.counts = _counts(text)

    def reach_before(self, p: int, words: int) -> int:
        """The first position with at most ``words`` word characters between it and ``p``."""
        return bisect_left(self.counts, self.counts[p] - words, 0, p + 1)

    def reach_after(self, p: int, words: int) -> int:
        """The last position with at most ``words`` word characters between ``p`` and it."""
        return bisect_right(self.counts, self.counts[p] + words, p) - 1

    def between(self, lo: int, hi: int) -> list[Named]:
        """The metrics ending at or after ``lo`` and starting at or before ``hi``, in their order."""
        if not self.ordered:
            out = [m for m in self.metrics if m.end >= lo and m.start <= hi]
            scanned[0] += len(self.metrics)
            return out
        i, j = bisect_left(self.starts, lo - self.longest), bisect_right(self.starts, hi)
        scanned[0] += j - i
        return [m for m in self.metrics[i:j] if m.end >= lo]

    def ending_near(self, p: int, words: int) -> list[Named]:
        """The metrics ending at or before ``p`` with at most ``words`` word characters between ("F1-score of |89.51")."""
        return [m for m in self.between(self.reach_before(p, words), p) if m.end <= p]


#: the window made last, replaced whole (a thread never mixes two texts: it reads its text and metrics)
_last: MetricWindow | None = None


def window(text: str, metrics: Sequence[Named]) -> MetricWindow:
    """The window over ``metrics`` in ``text``, kept for the next call with the same list (each value of a
    sentence asks for it: built once per sentence, not once per value)."""
    global _last
    last = _last
    if last is not None and last.metrics is metrics and last.text is text and len(last.starts) == len(metrics):
        return last
    _last = made = MetricWindow(text, metrics)
    return made
