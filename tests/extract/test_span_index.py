"""SpanIndex answers "which spans overlap this one" as a scan of all spans does (the lists, valued-sibling and
resolve overlap checks read it: a text of thousands of names, "3.8 F1 / 5.2 QQA / ..." x 2,500, was quadratic)."""

from __future__ import annotations

import random

from kg.extract.span_index import SpanIndex


def _all(spans, s, e):
    return sorted(t for t in spans if t[0] < e and s < t[1])


def test_span_index_finds_every_overlapping_span():
    rnd = random.Random(7)
    spans = [(a, a + rnd.randint(0, 30), i) for i, a in enumerate(rnd.randint(0, 500) for _ in range(300))]
    index = SpanIndex(spans[:150])
    for t in spans[150:]:
        index.add(t)  # spans added later, some longer than all before
    for _ in range(500):
        s = rnd.randint(0, 520)
        e = s + rnd.randint(0, 40)
        assert sorted(index.overlapping(s, e)) == _all(spans, s, e)


def test_span_index_reads_a_window():
    # a long span far before still overlaps; touching spans do not
    index = SpanIndex([(0, 100, "long"), (100, 105, "after"), (95, 96, "inside")])
    assert sorted(x[2] for x in index.overlapping(99, 100)) == ["long"]
    assert index.overlapping(105, 110) == []
    assert sorted(x[2] for x in index.overlapping(90, 101)) == ["after", "inside", "long"]
