"""A compared system's score stated in a comparison clause after the paper's: "compared to V for X",
"compared to A and B with X and Y respectively", "than X (A vs. B)". The sentences are made up in the
shapes of corpus abstracts."""

from __future__ import annotations

from kg.model import Role
from results_support import ranked_results, results_of

D, M, X = Role.DATASET, Role.METHOD, Role.METRIC


def _rows(text, named, proposed="FooNet"):
    return [(r.method, r.dataset, r.metric, r.value) for r in ranked_results(text, named, proposed)]


def test_value_compared_to_for_a_named_system_is_that_systems():
    text = "We reach a median perplexity of 41.2 on a news corpus compared to 44.9 for plain fine-tuning."
    rows = _rows(text, [("perplexity", X)])
    assert ("plain fine-tuning", None, "perplexity", "44.9") in rows
    assert ("FooNet", None, "perplexity", "41.2") in rows


def test_compared_list_is_paired_with_the_names_after_it():
    text = "FooNet obtains 81.5% accuracy on Kinetics compared to 78.0% and 70.2% with BarNet and BazNet respectively."
    rows = _rows(text, [("accuracy", X), ("Kinetics", D), ("BarNet", M), ("BazNet", M)])
    assert ("BarNet", "Kinetics", "accuracy", "78.0") in rows
    assert ("BazNet", "Kinetics", "accuracy", "70.2") in rows


def test_value_compared_to_an_unnamed_baseline_is_not_ranked():
    text = "We reach a median perplexity of 41.2 on a news corpus compared to 44.9 for the baseline."
    assert [r.value for r in ranked_results(text, [("perplexity", X)], "FooNet")] == ["41.2"]
    text = "FooNet reaches an accuracy of 91.0% compared to 85.0% for previous methods."
    assert [r.value for r in ranked_results(text, [("accuracy", X)], "FooNet")] == ["91.0"]


def test_compared_value_of_another_unit_takes_no_metric():
    text = "FooNet reaches an accuracy of 91.0% compared to 12 ms for BarNet."
    assert all(r.value != "12" for r in results_of(text, [("accuracy", X), ("BarNet", M)], "FooNet"))


def test_vs_pair_after_a_comparison_credits_the_second_to_the_compared_system():
    text = "On Covertype, our method obtains much higher accuracy than BarNet (93.1% vs. 88.4%)."
    rows = _rows(text, [("accuracy", X), ("Covertype", D), ("BarNet", M)])
    assert ("FooNet", "Covertype", "accuracy", "93.1") in rows
    assert ("BarNet", "Covertype", "accuracy", "88.4") in rows


def test_vs_pair_against_an_unnamed_baseline_ranks_only_the_papers_score():
    text = "On Covertype, our method obtains much higher accuracy than the state of the art (93.1% vs. 88.4%)."
    rows = _rows(text, [("accuracy", X), ("Covertype", D)])
    assert ("FooNet", "Covertype", "accuracy", "93.1") in rows
    assert all(r[3] != "88.4" for r in rows)


def test_value_compared_to_a_kind_of_system_is_not_ranked():
    text = "Objects are found with an average intersection over union of 73.1%, compared to 61.2% for general purpose detectors."
    assert [r.value for r in ranked_results(text, [("intersection over union", X)], "FooNet")] == ["73.1"]
