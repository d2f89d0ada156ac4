"""Result tuples from session 16's second read of fresh corpus abstracts (results18): own names given
unquoted, metrics written "NAME=value", units written out, set names no recogniser knows, and values
credited in order. The sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.extract.result_credit import proposed_name
from kg.leaderboard import ranked
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = "FooNet"):
    return [(r.method, r.metric, r.value, r.dataset, r.kind) for r in results_of(text, named, proposed) if ranked(r.confidence)]


@pytest.mark.parametrize(
    "abstract, want",
    [
        ("We propose a novel learning method for image tagging called Cross-Pair learning (CP learning). It helps.", "CP learning"),
        ("Here we present a general fine-tuning method that we call gradient gain filtering for improving models.", "gradient gain filtering"),
        ("Our approach, called pose bundle networks, is fast.", "pose bundle networks"),
        # a set or a concept the abstract names is no method
        ("We construct a large-scale dataset called FooCuts, which has clips.", None),
        ("We study a structure called super graph (SG) for clouds.", None),
    ],
)
def test_results_audit18_the_own_name_given_unquoted_after_the_method_noun(abstract, want):
    assert proposed_name([], abstract, "A Title Without A Head") == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("FooNet achieves competitive results, i.e., mIoU=46.8% and 59.9% on BarSet and BazSet, respectively.",
         [("mIoU", "46.8", "BarSet"), ("mIoU", "59.9", "BazSet")]),
        ("FooNet achieves competitive results (IS=8.81, FID=9.91) on the BarSet dataset.", [("IS", "8.81", "BarSet"), ("FID", "9.91", "BarSet")]),
        ("FooNet achieves EPE=4.26 on BarSet.", [("EPE", "4.26", "BarSet")]),
        # thresholds, settings and fit statistics are no scores
        ("FooNet achieves 71.0% mAP at tIoU=0.5 on BarSet.", [("mAP", "71.0", "BarSet")]),
        ("FooNet fits the data well (R2 = 0.97) on BarSet.", []),
        ("FooNet reaches an agreement (Kappa = 0.372) on BarSet.", []),
    ],
)
def test_results_audit18_a_metric_written_name_equals_value(text, want):
    assert [(m, v, d) for _, m, v, d, _ in _rows(text, [("FooNet", P), ("BarSet", D), ("BazSet", D), ("mAP", X)])] == want


def test_results_audit18_values_in_a_parenthesis_after_a_common_word_are_on_the_set_after_it():
    text = "FooNet achieves strong results (FID 9.91) on BarSet, and BazNet (FID 12.5) on QuxSet."
    rows = _rows(text, [("FooNet", P), ("BazNet", M), ("BarSet", D), ("QuxSet", D), ("FID", X)])
    assert ("FID", "9.91", "BarSet") in [(m, v, d) for _, m, v, d, _ in rows]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("FooNet achieves an average pose estimation error of 2.16 millimeters.", "2.16", "millimeters"),
        ("FooNet localizes the source with an average distance error of 0.8 m tested in a room.", "0.8", "m"),
        ("FooNet achieves a success rate of 80% out of 20 trials.", "80", "%"),
        ("FooNet achieves an overall success rate of 70% including objects of unknown shape.", "70", "%"),
        ("FooNet improves the accuracy from 60% to 86% maintaining fluency.", "86", "%"),
    ],
)
def test_results_audit18_a_value_read_in_robot_and_clause_frames(text, value, unit):
    rows = [r for r in results_of(text, [("FooNet", P)], "FooNet") if ranked(r.confidence)]
    assert [(r.value, r.unit) for r in rows] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "FooNet reaches position errors on the order of 2 cm.",
        "FooNet walked 12.5 meters with the BarBot legged robot.",
    ],
)
def test_results_audit18_a_hedged_number_or_a_distance_walked_is_no_score(text):
    assert _rows(text, [("FooNet", P)]) == []


def test_results_audit18_an_acronym_with_an_edition_year_is_the_set():
    text = "FooNet achieves a recognition accuracy of 56.85% on QUXME 2014, 52.92% on QUXME 2016, and 53.96% on QUXME 2019."
    assert [d for *_, d, _ in _rows(text, [("FooNet", P)])] == ["QUXME 2014", "QUXME 2016", "QUXME 2019"]


def test_results_audit18_a_robot_named_before_its_kind_is_no_set():
    text = "Deployed on the BarBot legged robot, FooNet achieved a success rate of 95.0% in repeated trials."
    assert [d for *_, d, _ in _rows(text, [("FooNet", P), ("BarBot", D)])] == [None]


def test_results_audit18_recall_rate_is_one_measure():
    text = "FooNet achieves a high recall rate of 90.99% on the challenging BarSet benchmark."
    assert [(m, v, d) for _, m, v, d, _ in _rows(text, [("FooNet", P), ("BarSet", D)])] == [("recall rate", "90.99", "BarSet")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("On BarSet, the equal error rate is 7% for BazNet and 13% for QuxNet.", [("BazNet", "7"), ("QuxNet", "13")]),
        ("On BarSet, BazNet and QuxNet achieve accuracies of 70% and 73%, respectively.", [("BazNet", "70"), ("QuxNet", "73")]),
        # each subject scores its own value
        ("On BarSet, BazNet reaches 70% accuracy and QuxNet reaches 73%.", [("BazNet", "70"), ("QuxNet", "73")]),
    ],
)
def test_results_audit18_values_credited_to_their_systems_in_order(text, want):
    named = [("BarSet", D), ("BazNet", M), ("QuxNet", M), ("accuracy", X), ("accuracies", X)]
    assert [(meth, v) for meth, _, v, _, _ in _rows(text, named)] == want
