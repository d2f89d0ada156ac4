"""Values that are no score: levels to reach, ranges, hedged values, requirements and operating points.
The sentences are made up in the shapes of corpus abstracts the audits of sessions 7-16 read
(regrouped from the per-session audit files)."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import credited_rows, plain_rows, ranked_kind_rows, ranked_rows, unit_rows

D, I, M, P, X = Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, named, value",
    [
        ("FooNet shows a recall of 93% at a low false positive rate of 5%.", [("FooNet", P), ("recall", X), ("false positive rate", X)], "5"),
        ("The best tracker reaches a recall of 75.9% at IoU 0.1 on the test split.", [("recall", X), ("IoU", X)], "0.1"),
    ],
)
def test_results_operating_point_after_at_is_no_score(text, named, value):
    rows = unit_rows(text, named, "FooNet")
    assert value not in [r[3] for r in rows]
    assert [r[3] for r in rows][:1] in (["93"], ["75.9"])


def test_results_hedged_margin_list_gives_no_member():
    text = "FooSum leads on BarSum, up to a margin of 3.38 ROUGE-1, 3.72 ROUGE-2, and 3.28 ROUGE-L when combined with transfer learning."
    named = [("FooSum", P), ("BarSum", D), ("ROUGE-1", X), ("ROUGE-2", X), ("ROUGE-L", X)]
    assert unit_rows(text, named, "FooSum") == []


@pytest.mark.parametrize("text", [
    "Experiments show near 100% success rates for the attack.",
    "We estimate the shape with less then 2.5 mm of average error.",
])
def test_results_near_and_less_then_are_hedges(text):
    assert plain_rows(text, [], "Foo") == []


def test_results_bare_numbers_side_by_side_stay_a_lost_range_where_commas_are_written():
    assert plain_rows("Our method improves BLEU by 0.51 1.82 points over the baseline, on BarMT.", [("BarMT", D)], "Foo") == []


@pytest.mark.parametrize("text", [
    "Certain critical tasks such as detecting debris require 100% recall and near-perfect precision.",
    "With two training samples our method outperforms the majority baseline by more than an absolute 10% on the F1-Macro metric.",
])
def test_results_requirements_and_hedged_margins_are_no_scores(text):
    assert plain_rows(text, [("F1-Macro", X)], "Foo") == []


@pytest.mark.parametrize("text", [
    "On BarVOC, our model reduces the number of clicks to achieve 85% and 90% IoU by 12.4 and 11.4, respectively.",
    "This paper provides the first globally optimal solution to registration of two surfaces under the L 2 error.",
])
def test_results_levels_to_reach_and_names_with_a_digit_are_no_scores(text):
    assert [r for r in plain_rows(text, [("BarVOC", D), ("IoU", X)], "Foo") if r[3] != "12.4" and r[3] != "11.4"] == []


@pytest.mark.parametrize("text, expected", [
    ("Our model recognizes plates at over 61 fps and 98.5% accuracy.", ["98.5"]),
    ("Our model improves accuracy by over 6.1% and 3.5% on average.", []),
])
def test_results_a_hedged_speed_does_not_hedge_a_percentage_after_it(text, expected):
    assert [r[4] for r in credited_rows(text, [("accuracy", X), ("fps", X)])] == expected


def test_results_a_level_others_fail_to_reach_is_no_score():
    text = "On BarSet, we show how recall at 100% precision can be achieved by FooNet, where existing systems often fail to ever reach 100% precision."
    assert ranked_rows(text, [("BarSet", D), ("FooNet", P), ("precision", X), ("recall", X)], "FooNet") == []


def test_results_a_range_is_still_no_level():
    rows = ranked_kind_rows("FooNet lowers the RMSE on the shadow area by 5 to 7.", [("RMSE", X)], "FooNet")
    assert [r[4] for r in rows if r[5] == "absolute"] == []


def test_results_a_level_reached_then_through_is_still_a_value():
    text = "The optimization was able to reduce the mean absolute error of the contact force to 0.537 N through the evolution of parameters."
    assert [r[4] for r in ranked_kind_rows(text, [], "FooNet")] == ["0.537"]


@pytest.mark.parametrize("text, want", [
    # a maximum error is the worst case measured, a score of its own ("a maximum success rate of only 20%" stays a hedge)
    ("In a field test, FooNet had a maximum error of 6.0 m.", [("FooNet", True, None, "maximum error", "6.0")]),
    ("FooNet reaches a maximum positioning error of 1.8 mm.", [("FooNet", True, None, "maximum positioning error", "1.8")]),
    ("On BarBench, FooNet reaches a maximum success rate of only 20%.", []),
])
def test_results_a_maximum_error_is_a_worst_case_score_not_a_hedge(text, want):
    assert ranked_rows(text, [("FooNet", P)], "FooNet") == want
