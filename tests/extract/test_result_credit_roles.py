"""Who a result is credited to when a name's role in the document or its place in the clause says it is not the
scorer: a title name the abstract defines as the task studied, a system listed in parentheses, an acronym built
"based" something, an unnamed baseline or annotators heading the value; and the own name a paper coins, the set
written right after a value, a written subject after "that". The sentences are made up in the shapes corpus
abstracts use."""

from __future__ import annotations

import pytest

from results_support import ranked_rows, results_of
from kg.extract.result_credit import proposed_name
from kg.leaderboard import ranked
from kg.model import Mention, Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _title_own(name: str) -> Mention:
    return Mention(P, name, "title", 0, len(name), "", "test", 1.0)


def test_result_credit_a_title_name_defined_as_the_task_studied_is_no_own_name():
    abstract = "We introduce the task of open object re-localization (FOO): given a scan, find the object. Our method reaches 30% accuracy."
    assert proposed_name([_title_own("FOO")], abstract, "FOO: Object Re-Localization") is None
    # defined as the method, the title's name stays the own name
    abstract = "We introduce open object re-localization (FOO), a network that finds objects. It reaches 30% accuracy."
    assert proposed_name([_title_own("FOO")], abstract, "FOO: Object Re-Localization") == "FOO"


def test_result_credit_a_system_listed_in_parentheses_before_the_value_is_no_subject():
    text = ("A comparison among three approaches (Neural Networks, Support Vector Machines and Random Forests) reveals "
            "that the grasp can be classified with an accuracy of 90%.")
    named = [("Neural Networks", M), ("Support Vector Machines", M), ("Random Forests", M), ("accuracy", X)]
    assert ranked_rows(text, named) == [(None, True, None, "accuracy", "90")]
    # one name in parentheses is the system's own name, and scores
    text = "Our detector (BazNet) reaches an accuracy of 90%."
    assert ranked_rows(text, [("BazNet", M), ("accuracy", X)]) == [("BazNet", False, None, "accuracy", "90")]


@pytest.mark.parametrize(
    "abstract, want",
    [
        ("In this paper, we propose a Convolutional Neural Network (CNN) based deep learning pipeline for angles.", None),
        ("In this paper, we propose a Deep Belief Network (DBN) for angles.", "DBN"),
        ("Thus we adapt a hidden Markov model, which we coin as Stopwatch Hidden Markov model (SHMM). It helps.", "SHMM"),
    ],
)
def test_result_credit_the_own_name_the_abstract_builds_or_coins(abstract, want):
    assert proposed_name([], abstract, "A Title Without A Head") == want


@pytest.mark.parametrize(
    "text",
    [
        "Before this work, the best performing baseline is a one-vs-all classifier that requires 40 GB and achieves 9% accuracy.",
        "FooNet reaches 95% accuracy on BarSet, while the best competitor reaches 68% only.",
        "FooNet has the highest accuracy (100%), whereas the previous method could only yield an accuracy of 87.9%.",
    ],
)
def test_result_credit_an_unnamed_baseline_heading_the_clause_scores_not_the_paper(text):
    rows = ranked_rows(text, [("FooNet", P), ("BarSet", D), ("accuracy", X)], "FooNet")
    assert all(r[0] == "FooNet" for r in rows) and not [r for r in rows if r[4] in ("9", "68", "87.9")]


def test_result_credit_annotators_agreement_is_no_systems_score():
    text = ("Annotation based on our guidelines achieved a high inter-annotator agreement i.e. a Fleiss' kappa score of 0.72, "
            "and our model achieved a macro F1 score of 0.56 on the test data.")
    rows = ranked_rows(text, [("Fleiss' kappa", X), ("macro F1", X)], "FooNet")
    assert [r[4] for r in rows] == ["0.56"]


def test_result_credit_a_name_after_that_heads_its_clause():
    text = "Experiments show that Baz-Llama achieves an execution accuracy of 43.94 on BarSet."
    assert ranked_rows(text, [("BarSet", D), ("execution accuracy", X)], "FooNet") == [("Baz-Llama", False, "BarSet", "execution accuracy", "43.94")]


def test_result_sets_a_value_before_another_named_set_is_not_on_the_sentences_known_set():
    text = "This method gives error reduction of 9.9% on BarSet and 6.1% on UD compared to a strong baseline."
    rows = [(r.value, r.dataset) for r in results_of(text, [("BarSet", D), ("error", X)], "FooNet") if ranked(r.confidence)]
    assert rows == [("9.9", "BarSet"), ("6.1", "UD")]  # UD's value is on UD (the name written after it), not BarSet
    # a name sharing a word with the named set ("UCI" of "UCI Letters") is that set
    text = "Boosting achieved 1.5% error on the UCI Letters and 8.1% error on the UCI satellite data set."
    rows = [(r.value, r.dataset) for r in results_of(text, [("UCI", D), ("error", X)], "FooNet") if ranked(r.confidence)]
    assert ("1.5", "UCI") in rows


def test_result_sets_a_measure_or_a_new_item_after_on_keeps_the_sentences_set():
    for text in ("On BarSet, FooNet outperforms the state-of-the-art method by 6.5% on HOTA metric.",
                 "On BarSet, FooNet outperforms BazNet by 14.7% on the HITS@10 metric.",
                 "On BarSet, FooNet improves the accuracy by 2.7 points and accuracy on ReID sequences by 2.4 points."):
        rows = [(r.value, r.dataset) for r in results_of(text, [("BarSet", D), ("FooNet", P), ("BazNet", M), ("accuracy", X), ("HOTA", X), ("HITS@10", X)], "FooNet")
                if ranked(r.confidence)]
        assert rows and all(d == "BarSet" for _, d in rows), text
