"""Result tuples from the error classes of a strict audit (session 12) of the absolute results kg
ranks on corpus lines 76,000-79,000: a split written "the entire test set" read as an unknown set,
"type 1 error" read as a value, a time read as a precision score, an unnamed system's or others'
best score ranked as the paper's, people's score "(1.918 for human)" credited to the paper, and a
"such as" kept in a compared name. The sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.leaderboard import ranked
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.proposed, r.dataset, r.metric, r.value) for r in results_of(text, named, proposed) if ranked(r.confidence)]


@pytest.mark.parametrize("split", ["the entire test set", "the whole test set", "the full validation set"])
def test_results_audit12_an_entire_test_set_is_a_split_of_the_sentences_set(split):
    text = f"On a translation task from the BarSet dataset, FooNet achieves a BLEU score of 34.8 on {split}."
    assert _rows(text, [("BarSet", D), ("FooNet", M), ("BLEU score", X)]) == [("FooNet", False, "BarSet", "BLEU score", "34.8")]


def test_results_audit12_an_unnamed_set_after_the_value_still_loses_the_sentences_set():
    text = "On a translation task from the BarSet dataset, FooNet achieves a BLEU score of 34.8 on our in-house news set."
    assert [r[2] for r in _rows(text, [("BarSet", D), ("FooNet", M), ("BLEU score", X)])] != ["BarSet"]


@pytest.mark.parametrize("written", ["type 1 error", "Type 2 error", "type I error"])
def test_results_audit12_a_type_number_names_an_error_and_is_no_value(written):
    text = f"Using network theory, we are able to control {written} for FooNet and prove that it is consistent."
    assert _rows(text, [("FooNet", P), ("error", X)], "FooNet") == []


def test_results_audit12_a_time_is_no_precision_score():
    text = "It permits an assessment of spike trains with 1 ms temporal precision. FooNet reaches a precision of 75% on BarSet."
    assert [r[4] for r in _rows(text, [("FooNet", P), ("precision", X), ("BarSet", D)], "FooNet")] == ["75"]


def test_results_audit12_others_best_published_result_in_parentheses_is_not_ranked():
    text = "Our model achieves 6.5% error on the test set, which is close to the best published result for BarSet (5.9%) using a deep network."
    rows = _rows(text, [("BarSet", D), ("error", X)], "FooNet")
    assert [(r[1], r[4]) for r in rows] == [(True, "6.5")]


@pytest.mark.parametrize("subject, expected", [
    ("For comparison, a phrase-based SMT system achieves", []),
    ("A strong neural baseline reaches", []),
    ("For comparison, our system achieves", [(True, "33.3")]),
    ("A novel model of ours achieves", [(True, "33.3")]),
])
def test_results_audit12_an_unnamed_system_as_subject_is_not_the_papers_method(subject, expected):
    text = f"FooNet is trained on BarSet. {subject} a BLEU score of 33.3 on BarSet."
    assert [(r[1], r[4]) for r in _rows(text, [("BarSet", D), ("BLEU score", X)], "FooNet")] == expected


@pytest.mark.parametrize("tail, who", [("(1.918 for human)", "human"), ("(1.918 for humans)", "humans")])
def test_results_audit12_a_score_for_human_in_parentheses_credits_people(tail, who):
    text = f"We build the BarSet dataset for FooNet. The average score is 1.454 {tail}."
    rows = _rows(text, [("FooNet", P), ("BarSet", D), ("score", X)], "FooNet")
    assert [(r[0], r[1], r[4]) for r in rows] == [("FooNet", True, "1.454"), (who, False, "1.918")]


def test_results_audit12_a_compared_name_after_such_as_is_the_name_alone():
    text = "On BarSet, FooNet reaches an error of 6.5%. It substantially outperforms shallow models such as SVMs (11.6%)."
    rows = _rows(text, [("BarSet", D), ("FooNet", P), ("error", X)], "FooNet")
    assert [(r[0], r[4]) for r in rows] == [("FooNet", "6.5"), ("SVMs", "11.6")]


# the fresh slices (corpus lines 79,000-81,000), judged after the rules above


def test_results_audit12_a_metric_word_after_the_start_of_a_change_leaves_it_no_score():
    text = "Our algorithm improves one-shot accuracy on BarSet from 82.2% to 87.8% and from 88% accuracy to 95% accuracy on BazSet."
    rows = _rows(text, [("BarSet", D), ("BazSet", D), ("accuracy", X)], "FooNet")
    assert [(r[2], r[4]) for r in rows] == [("BarSet", "87.8"), ("BazSet", "95")]


@pytest.mark.parametrize("subject, expected", [
    ("In contrast, a state-of-the-art feature squeezing technique can only achieve", []),
    ("With FooNet, a 7B model can obtain", [("FooNet", True, "55")]),
])
def test_results_audit12_an_unnamed_technique_with_a_modal_verb_is_not_the_papers_method(subject, expected):
    text = f"FooNet detects attacks on BarSet. {subject} 55% accuracy on BarSet."
    assert [(r[0], r[1], r[4]) for r in _rows(text, [("BarSet", D), ("accuracy", X), ("FooNet", P)], "FooNet")] == expected


def test_results_audit12_an_architecture_with_the_papers_method_credits_the_method():
    text = "On BarSet classification, ResNet-50 architecture with FooDrop achieves 78.13% accuracy."
    rows = _rows(text, [("BarSet", D), ("accuracy", X), ("ResNet-50", M), ("FooDrop", P)], "FooDrop")
    assert [(r[0], r[1], r[4]) for r in rows] == [("FooDrop", True, "78.13")]


def test_results_audit12_a_baseline_compared_after_the_value_leaves_it_the_papers():
    text = "The FW layer combined with a CNN on the BarSet database achieves an error rate of 18.1%, a relative improvement of 4% over the baseline CNN."
    rows = [r for r in results_of(text, [("BarSet", D), ("error rate", X), ("CNN", M)], "FW") if r.kind == "absolute"]
    assert [(r.method, r.proposed, r.value) for r in rows] == [("FW", True, "18.1")]


# the fresh slices (corpus lines 81,000-83,000), judged after the rules above


def test_results_audit12_a_level_others_fail_to_reach_is_no_score():
    text = "On BarSet, we show how recall at 100% precision can be achieved by FooNet, where existing systems often fail to ever reach 100% precision."
    assert _rows(text, [("BarSet", D), ("FooNet", P), ("precision", X), ("recall", X)], "FooNet") == []


def test_results_audit12_a_named_systems_possessive_score_and_the_written_subject_after_it():
    text = "We evaluate on BarSet. Furthermore, in comparison to X-Ray's success rate of 84%, FooBot achieves a success rate of 95% in retrieving items."
    rows = _rows(text, [("BarSet", D), ("X-Ray", M), ("success rate", X)], "FooBot")
    assert [(r[0], r[1], r[4]) for r in rows] == [("X-Ray", False, "84"), ("FooBot", True, "95")]


def test_results_audit12_a_whereas_clause_after_the_papers_score_is_others():
    text = ("We demonstrate on BarSet that a policy trained on data from our strategy achieves a success rate of 77.5%, whereas policies "
            "trained using data collected without it fail to transfer, with a success rate of only 2.5%.")
    rows = _rows(text, [("BarSet", D), ("success rate", X)], "FooNet")
    assert [(r[1], r[4]) for r in rows] == [(True, "77.5")]


@pytest.mark.parametrize("written, expected", [("Bar-Set 2.0", None), ("Bar-Set 2.0-style scenes", "Bar-Set 2.0")])
def test_results_audit12_a_set_a_model_was_trained_with_is_not_where_it_scores(written, expected):
    text = (f"We release Bar-Set 2.0, a synthetic dataset. Experiments suggest that a FooNet trained with only synthetic data from {written} "
            "plans grasps with a success rate of 93% on eight known objects.")
    rows = results_of(text, [("Bar-Set 2.0", Role.INTRODUCED_DATASET), ("success rate", X)], "FooNet")
    assert [(r.dataset, r.value) for r in rows] == [(expected, "93")]


def test_results_audit12_a_time_can_be_an_error():
    text = "A detailed evaluation demonstrates that FooNet achieves a mean square error of 5.845 ms on BarSet."
    assert [r[4] for r in _rows(text, [("FooNet", P), ("mean square error", X), ("BarSet", D)], "FooNet")] == ["5.845"]


# the fresh slices (corpus lines 83,000-85,000), judged after the rules above


def test_results_audit12_an_enumeration_marker_is_no_value():
    text = "FooNet on BarSet suffers from two sources of convergence error: 1) client drift error caused by local steps, and 2) participation error."
    assert _rows(text, [("FooNet", P), ("BarSet", D), ("error", X)], "FooNet") == []


def test_results_audit12_a_margin_behind_a_baseline_is_no_score():
    text = "Similarly, our weakly supervised method is only 0.3% mAP behind a state-of-the-art supervised method on the challenging BarSet dataset."
    rows = [r for r in results_of(text, [("BarSet", D), ("mAP", X)], "FooNet") if ranked(r.confidence)]
    assert [(r.value, r.kind) for r in rows] == [("0.3", "improvement")]


def test_results_audit12_a_system_superior_to_a_named_baseline_keeps_the_score():
    text = "On BarSet, ViT achieves results superior to CNN baselines with 80.45% accuracy."
    rows = _rows(text, [("BarSet", D), ("ViT", M), ("CNN", M), ("accuracy", X)])
    assert [(r[0], r[4]) for r in rows] == [("ViT", "80.45")]


@pytest.mark.parametrize("written, expected", [("AUCs", "AUC"), ("top-5 error rates", "top-5 error rate"), ("accuracies", "accuracies")])
def test_results_audit12_a_plural_metric_is_named_in_the_singular(written, expected):
    text = f"FooNet achieves {written} of 0.9816 on BarSet."
    assert [r[3] for r in _rows(text, [("FooNet", P), ("BarSet", D), (written, X)], "FooNet")] == [expected]


def test_results_audit12_a_decimal_closing_a_parenthesised_list_is_a_value():
    text = "FooNet reaches a better AUC on BarSet (AUC: 0.72, 0.67)."
    assert [r[4] for r in _rows(text, [("FooNet", P), ("BarSet", D), ("AUC", X)], "FooNet")] == ["0.72", "0.67"]
