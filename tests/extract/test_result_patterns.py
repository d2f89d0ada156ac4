"""Result patterns (kg.extract.result_patterns and the three modules split from it): those rewritten
for speed find what their plain forms find; units written out, words going on after a value, hedged
numbers and "recall rate" read as the corpus abstracts write them (made-up sentences in their shapes)."""

from __future__ import annotations

import re

import pytest

from results_support import ranked_results
from kg.extract.result_metrics import _HEAD_WORDS
from kg.extract.result_patterns import GENERIC_HEAD, GENERIC_METRIC
from kg.model import Role

PLAIN_GENERIC_HEAD = re.compile(r"accura|error|rate|F1|F0\.5|F2[- ]?measure|F-?measure|precision|recall|AU(?:C|ROC|PR)|score|perplexit|Spearman|Pearson|Kendall", re.I)


@pytest.mark.parametrize("text", ["an F0.5 of 61.2", "its F2-measure is 0.7", "the F2 measure", "F2measure", "top-5-errors",
                                  "a win rate", "AUPRO", "Perplexities", "Kendall's tau", "F1", "\u017fcore"])
def test_result_patterns_the_head_gates_hold_every_generic_metric(text: str) -> None:
    """metric_spans reads GENERIC_METRIC only where its gate (GENERIC_HEAD, or on ASCII text the twin
    of its words) finds a head word: each metric the pattern names must hold one ("F0.5", "F2-measure"
    had none)."""
    assert GENERIC_METRIC.search(text) is not None
    assert GENERIC_HEAD.search(text) is not None and _HEAD_WORDS.search(text) is not None


# Every head in mixed case, inside words, the case-insensitive twins of "s" and "k" ("\u017f",
# "\u212a"), near misses, and text without any head.
@pytest.mark.parametrize(
    "text",
    ["ACCURACY of 9", "inaccurate", "the Error Rate", "F1-score", "f-MEASURE", "fmeasure", "PRECISION/Recall",
     "AUC", "auroc", "AuPr", "\u017fcore", "\u212aendall tau", "SPEARMAN and pearson", "F 1", "AU", "F0.5", "f2-Measure", "F0", "no head here", ""],
)
def test_result_patterns_generic_head_finds_what_the_plain_alternation_finds(text: str) -> None:
    for start in range(len(text) + 1):
        plain, fast = PLAIN_GENERIC_HEAD.search(text, start), GENERIC_HEAD.search(text, start)
        assert (plain and plain.span()) == (fast and fast.span())
        if text.isascii():  # (metric_spans reads an ASCII text through the twin of the words' alternation)
            twin = _HEAD_WORDS.search(text, start)
            assert (plain and plain.span()) == (twin and twin.span())


P = Role.PROPOSED


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
def test_result_patterns_a_value_read_in_robot_and_clause_frames(text, value, unit):
    assert [(r.value, r.unit) for r in ranked_results(text, [("FooNet", P)], "FooNet")] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "FooNet reaches position errors on the order of 2 cm.",
        "FooNet walked 12.5 meters with the BarBot legged robot.",
        "FooNet yields upwards of 84% accuracy when deployed on hardware.",  # (gold: hedged, doubtful)
        "FooNet achieves an $\\sim$ 8% improvement in task success rate.",  # a LaTeX hedge
        "FooNet reaches $\\approx 63\\%$ accuracy.",
    ],
)
def test_result_patterns_a_hedged_number_or_a_distance_walked_is_no_score(text):
    assert ranked_results(text, [("FooNet", P)], "FooNet") == []


def test_result_patterns_recall_rate_is_one_measure():
    text = "FooNet achieves a high recall rate of 90.99% on the challenging BarSet benchmark."
    rows = ranked_results(text, [("FooNet", P), ("BarSet", Role.DATASET)], "FooNet")
    assert [(r.metric, r.value, r.dataset) for r in rows] == [("recall rate", "90.99", "BarSet")]


def test_hedge_before_a_value_is_read_alike_in_any_case():
    """result_scores._hedged reads an ASCII window lower-cased with a case-sensitive copy of
    NOT_SCORE_BEFORE: the answer is the IGNORECASE pattern's, in any case and on non-ASCII text."""
    from kg.extract.result_score_patterns import NOT_SCORE_BEFORE
    from kg.extract.result_scores import _hedged

    windows = ["accuracy of up to ", "Accuracy Of UP TO ", "reaching MORE THAN ", "an error of ", "Over ",
               "approximately an absolute ", "the Top ", "scores \u2265 ", "ROUGHLY ", "it fails to reach ",
               "within An ", "f\u00fcr up to ", "Obtains "]
    for w in windows:
        assert _hedged(w) == (NOT_SCORE_BEFORE.search(w) is not None), w


def test_improvement_before_a_value_is_read_alike_in_any_case():
    """result_scores._improvement_before: IMPROVEMENT_BEFORE's answer, read on the lower-cased window."""
    from kg.extract.result_score_patterns import IMPROVEMENT_BEFORE
    from kg.extract.result_scores import _improvement_before

    windows = ["improves the accuracy by ", "IMPROVES the Accuracy BY ", "by a large margin of ", "By A Large Margin, ",
               "a Gain of ", "Outperforms all baselines by ", "reduces WER by ", "an error of ", "the Drop of (",
               "für improves by ", "on average "]
    for w in windows:
        assert _improvement_before(w) == (IMPROVEMENT_BEFORE.search(w) is not None), w
