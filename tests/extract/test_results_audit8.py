"""Result tuples from the error classes a hand audit of corpus abstracts outside every gold set
showed (session 8): long-form metrics with "over" inside, hedges, relative values read as absolute,
two scores compared with "vs", slash lists, list members measuring something else, others' systems
as the subject of a value's clause, people's scores, values in parentheses after their metric, and
set names no recogniser knows written right after a value. The sentences are made up in the shapes
those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.dataset, r.metric, r.value, r.kind) for r in results_of(text, named, proposed)]


def test_results_audit8_long_form_metric_with_over_inside_takes_its_acronym():
    text = "FooSeg reaches 68.2% mean Intersection over Union (mIoU) on the BarSet benchmark."
    assert _rows(text, [("FooSeg", P), ("mIoU", X), ("BarSet", D)], "FooSeg") == [("FooSeg", "BarSet", "mIoU", "68.2", "absolute")]


@pytest.mark.parametrize("text", [
    "Experiments show near 100% success rates for the attack.",
    "We estimate the shape with less then 2.5 mm of average error.",
])
def test_results_audit8_near_and_less_then_are_hedges(text):
    assert _rows(text, [], "Foo") == []


@pytest.mark.parametrize("text, metric", [
    ("FooCodec achieves an average 76% BD-Rate (Bjontegaard Delta Rate) gains against BarCodec.", "BD-Rate"),
    ("Applying both yields 0.6% absolute character error rates (CER) reduction compared to BarLM.", "character error rate"),
    ("FooNet achieves 19.0%/24.2% ADE/FDE improvement on BarSet.", "ADE"),
])
def test_results_audit8_a_change_named_after_its_metric_or_acronym_is_an_improvement(text, metric):
    rows = _rows(text, [("FooNet", P), ("BD-Rate", X), ("character error rates", X), ("CER", X), ("ADE", X), ("FDE", X), ("BarSet", D)], "FooNet")
    assert rows and rows[0][2] == metric and {r[4] for r in rows} == {"improvement"}


def test_results_audit8_a_margin_written_as_two_scores_gives_the_scores():
    text = "FooHOI outperforms the state of the art by a significant margin 21.1% vs 17.6% mAP on BarSet."
    rows = _rows(text, [("FooHOI", P), ("mAP", X), ("BarSet", D)], "FooHOI")
    assert [(r[0], r[3], r[4]) for r in rows] == [("FooHOI", "21.1", "absolute"), (None, "17.6", "absolute")]


def test_results_audit8_slash_lists_pair_values_with_metrics_in_order():
    text = "On BarSet, our method achieves a top-1/top-5 error rate of 24.1%/7.1%."
    rows = _rows(text, [("BarSet", D)], "FooNAS")
    assert [(r[2], r[3]) for r in rows] == [("top-1 error", "24.1"), ("top-5 error rate", "7.1")]


def test_results_audit8_a_slash_list_member_with_an_unknown_measure_takes_none():
    rows = _rows("FooTraj achieves 19.0%/24.2% ADE/QDE improvement on BarSet.", [("FooTraj", P), ("ADE", X), ("BarSet", D)], "FooTraj")
    assert [(r[2], r[3]) for r in rows] == [("ADE", "19.0")]


def test_results_audit8_a_list_member_in_something_else_takes_no_metric():
    text = "FooBot outperforms BarBot by 43% in untangling accuracy and 200% in completion time."
    assert [(r[2], r[3]) for r in _rows(text, [("FooBot", P), ("BarBot", M)], "FooBot")] == [("accuracy", "43")]


def test_results_audit8_a_member_in_a_modified_metric_takes_that_metric():
    text = "Our system yields an improvement of 41% in completion accuracy and 52% in pose estimation accuracy."
    assert [(r[2], r[3]) for r in _rows(text, [], "Foo")] == [("completion accuracy", "41"), ("estimation accuracy", "52")]


@pytest.mark.parametrize("text, who, value", [
    ("Specifically, FooTL achieved an accuracy of 78.1%, whereas simple fine-tuning achieved an accuracy of 73.4%.", "simple fine-tuning", "73.4"),
    ("Whereas vanilla training achieves an AUC of 83.7% for this task, our model achieves an AUC of 88.2%.", "vanilla training", "83.7"),
    ("Our findings suggest that general multilingual models struggle to perform well, achieving 66.91% accuracy.", "general multilingual models", "66.91"),
])
def test_results_audit8_others_systems_as_the_clause_subject_take_the_credit(text, who, value):
    rows = _rows(text, [("FooTL", P), ("AUC", X)], "FooTL")
    assert (who, value) in [(r[0], r[3]) for r in rows]
    assert ("FooTL", value) not in [(r[0], r[3]) for r in rows]


def test_results_audit8_prior_methods_as_the_subject_stay_unnamed():
    rows = _rows("Previous models achieve only 61% accuracy on BarSet.", [("BarSet", D)], "FooNet")
    assert [(r[0], r[3]) for r in rows] == [(None, "61")]


def test_results_audit8_human_accuracy_credits_people():
    text = "FooQA reaches an accuracy of 89.4% on BarQA in comparison to the human accuracy of 88.9%."
    rows = _rows(text, [("FooQA", P), ("BarQA", D)], "FooQA")
    assert [(r[0], r[3]) for r in rows] == [("FooQA", "89.4"), ("human", "88.9")]


def test_results_audit8_a_value_in_parentheses_after_its_metric_is_its_score():
    rows = _rows("Our decoder handles such inputs with high accuracy (96.0%).", [], "FooDec")
    assert [(r[2], r[3]) for r in rows] == [("accuracy", "96.0")]


def test_results_audit8_a_parenthesis_measuring_something_else_is_no_score_of_the_metric():
    text = "The end-effector is estimated with 3.42 times more accuracy (71% smaller root mean squared error) than before."
    rows = _rows(text, [("root mean squared error", X)], "Foo")
    # "71% smaller" is the paper's improvement in the error it names, not a score of accuracy
    assert [(r[2], r[3], r[4]) for r in rows] == [("root mean squared error", "71", "improvement")]


def test_results_audit8_names_written_right_after_values_are_their_sets():
    text = "We achieve a recall@1 of 94.6% on BarSet, 88.0% on MapillaryFoo, and 58.4% on QuxSet."
    rows = _rows(text, [("recall@1", X), ("BarSet", D), ("QuxSet", D)], "FooVPR")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "94.6"), ("MapillaryFoo", "88.0"), ("QuxSet", "58.4")]


def test_results_audit8_a_value_on_a_described_exam_is_not_on_the_sentences_one_set():
    text = "BarLM reaches 95% accuracy on SAT Foo and 92.5% on the Chinese college entrance English exam."
    rows = _rows(text, [("BarLM", M), ("SAT Foo", D)], None)
    # the first value is on the named set; the second is BarLM's accuracy on no set kg knows
    assert [(r[0], r[1], r[3]) for r in rows] == [("BarLM", "SAT Foo", "95"), ("BarLM", None, "92.5")]


def test_results_audit8_a_set_named_with_its_set_noun_is_the_sentences_set():
    text = "Experiments on the benchmark QRS dataset show that FooNet achieves a boosted accuracy of 99.07%."
    assert _rows(text, [("FooNet", P)], "FooNet") == [("FooNet", "QRS", "accuracy", "99.07", "absolute")]


def test_results_audit8_a_margin_after_by_a_is_an_improvement():
    rows = _rows("FooLane outperforms earlier lane detectors by a 2.82% mIoU on BarSet.", [("FooLane", P), ("mIoU", X), ("BarSet", D)], "FooLane")
    assert [(r[3], r[4]) for r in rows] == [("2.82", "improvement")]
