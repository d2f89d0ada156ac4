"""A multiple of a score is a gain the results README records with unit "x" ("SGRv2's success rate is 2.54 times
that of SGR", "a success rate ... 3.8x higher than prior methods"); a speed-up or a size ("3x faster", "a 4x larger
model") stays no score. Made-up sentences in the shapes of results4 and rtrain1 abstracts."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import unit_rows

D, P, X = Role.DATASET, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, want",
    [
        ("On FooSet, FooNet achieves a success rate 3x higher than the best baseline.", [("success rate", "3", "x", "improvement")]),
        ("On FooSet, FooNet's success rate is 2.54 times that of BarNet.", [("success rate", "2.54", "x", "improvement")]),
        ("On FooSet, FooNet achieves 1.6 times better accuracy than the manual results.", [("accuracy", "1.6", "x", "improvement")]),
        # (a multiple heading another noun measures that noun: "a 4.5x higher return on human effort")
        ("On FooSet, FooNet achieves a 2.8x higher success rate in simulation and a 4.5x higher return on human effort.",
         [("success rate", "2.8", "x", "improvement")]),
        # (speed-ups, sizes and counts stay no score)
        ("On FooSet, FooNet is 3x faster and reaches 91% accuracy.", [("accuracy", "91", "%", "absolute")]),
        ("On FooSet, FooNet uses a 4x larger model and reaches 91% accuracy.", [("accuracy", "91", "%", "absolute")]),
        ("On FooSet, FooNet repeats the test 5 times and reaches 91% accuracy.", [("accuracy", "91", "%", "absolute")]),
    ],
)
def test_results_a_multiple_of_a_score_is_a_gain(text, want):
    rows = unit_rows(text, [("FooNet", P), ("FooSet", D), ("BarNet", Role.METHOD)], "FooNet")
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == want
