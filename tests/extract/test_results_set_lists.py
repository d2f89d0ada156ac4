"""Values that are on no one set: one value written before a list of sets is a value over them all
(kg.extract.result_sets.over_sets)."""

from __future__ import annotations

import re

import pytest

from results_support import ranked_results
from kg.extract.result_metrics import Named
from kg.extract.result_sets import over_sets
from kg.model import Role

D, P, X = Role.DATASET, Role.PROPOSED, Role.METRIC
NAMED = [("FooNet", P), ("BarSet", D), ("BazSet", D), ("accuracy", X)]


@pytest.mark.parametrize("text", [
    "FooNet improves the accuracy by 3.1% on BarSet and BazSet.",
    "FooNet improves the accuracy by 3.1% averaged on the BarSet and BazSet datasets.",
    "FooNet reaches 81.2% accuracy on BarSet, BazSet and QuxSet.",
])
def test_results_one_value_before_a_list_of_sets_is_on_none_of_them(text):
    rows = ranked_results(text, NAMED + [("QuxSet", D)], "FooNet")
    assert [(r.value, r.dataset) for r in rows] == [(text.split("%")[0].split()[-1], None)]


@pytest.mark.parametrize("text, expected", [
    # a list of values pairs with the list of sets, in order
    ("FooNet reaches 81.2% and 75.0% accuracy on BarSet and BazSet, respectively.", [("81.2", "BarSet"), ("75.0", "BazSet")]),
    # each value written with its own set
    ("FooNet improves the accuracy by 3.1% on BarSet and by 2.0% on BazSet.", [("3.1", "BarSet"), ("2.0", "BazSet")]),
    # one set, then another clause's set
    ("FooNet reaches 81.2% accuracy on BarSet, and BazSet is left for future work.", [("81.2", "BarSet")]),
])
def test_results_sets_a_list_of_sets_leaves_paired_values_as_they_were(text, expected):
    assert [(r.value, r.dataset) for r in ranked_results(text, NAMED, "FooNet")] == expected


def test_results_a_value_glued_to_the_next_name_is_no_second_set():
    # "8.1 ROUGE-L on BarSet, 2.2ROUGE-L on ...": a value run into its metric is no set of a list
    text = "FooNet reaches 8.1 accuracy on BarSet, 2.2accuracy on topical summarization."
    rows = ranked_results(text, NAMED + [("2.2accuracy", D)], "FooNet")
    assert ("8.1", "BarSet") in [(r.value, r.dataset) for r in rows]


def test_results_sets_over_sets_takes_two_readings_of_one_span():
    # a resolved key beside none on the same span used to stop the sort (TypeError: None < str)
    text = "FooNet improves the accuracy by 3.1% on BarSet and BazSet."
    b, z = text.index("BarSet"), text.index("BazSet")
    sets = [Named(b, b + 6, "BarSet", D, "barset"), Named(b, b + 6, "BarSet", D), Named(z, z + 6, "BazSet", D)]
    assert over_sets(text, re.search(r"3\.1%", text), sets) is False
    assert over_sets(text, re.search(r"3\.1%", text), sets[1:]) is True


def test_results_a_list_with_percentage_points_on_one_member_stays_one_list():
    """ "a gain of 0.4%, 1.4% points, and 2.4% respectively": "points" after a percentage says percentage points, and
    the three values still pair in order with the three sets."""
    text = "On BarSet, BazSet and QuxSet, FooNet achieves an accuracy gain of 0.4%, 1.4% points, and 2.4% respectively."
    rows = ranked_results(text, NAMED + [("QuxSet", D)], "FooNet")
    assert [(r.value, r.dataset) for r in rows] == [("0.4", "BarSet"), ("1.4", "BazSet"), ("2.4", "QuxSet")]
