"""The set a result was measured on (kg.extract.result_sets and the set patterns of
kg.extract.result_set_patterns): a parenthesis of values before its set, a set name no recogniser
knows (an acronym and an edition year), and a machine that is no set."""

from __future__ import annotations

from results_support import ranked_results
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_result_sets_values_in_a_parenthesis_after_a_common_word_are_on_the_set_after_it():
    text = "FooNet achieves strong results (FID 9.91) on BarSet, and BazNet (FID 12.5) on QuxSet."
    rows = ranked_results(text, [("FooNet", P), ("BazNet", M), ("BarSet", D), ("QuxSet", D), ("FID", X)], "FooNet")
    assert ("FID", "9.91", "BarSet") in [(r.metric, r.value, r.dataset) for r in rows]


def test_result_sets_an_acronym_with_an_edition_year_is_the_set():
    text = "FooNet achieves a recognition accuracy of 56.85% on QUXME 2014, 52.92% on QUXME 2016, and 53.96% on QUXME 2019."
    assert [r.dataset for r in ranked_results(text, [("FooNet", P)], "FooNet")] == ["QUXME 2014", "QUXME 2016", "QUXME 2019"]


def test_result_sets_a_robot_named_before_its_kind_is_no_set():
    text = "Deployed on the BarBot legged robot, FooNet achieved a success rate of 95.0% in repeated trials."
    assert [r.dataset for r in ranked_results(text, [("FooNet", P), ("BarBot", D)], "FooNet")] == [None]


def test_result_sets_a_machine_word_modifying_a_set_noun_keeps_the_set():
    # "hand" before "pose benchmark" modifies the set noun: the name is a set, not a machine
    for text, name in (("FooNet achieves a mean error of 9.5 mm on the BarHAND hand pose benchmark.", "BarHAND"),
                       ("FooNet achieves an accuracy of 85.2% on the HO-9Z hand-object dataset.", "HO-9Z")):
        assert [r.dataset for r in ranked_results(text, [("FooNet", P), (name, D)], "FooNet")] == [name]
