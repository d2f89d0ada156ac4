"""The set of a value written after the sentence's one set: a name of its own no mention covers, and a
respectively-list's one set followed by a new clause. Made-up sentences in the shapes of rtrain2 abstracts
(session 17)."""

from __future__ import annotations

from kg.model import Role
from results_support import ranked_rows

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_value_after_an_earlier_values_set_takes_its_own_written_set():
    text = "FooParse gives an error reduction of 9.9% on BarBank and 6.1% on UD compared to a strong baseline."
    rows = ranked_rows(text, [("FooParse", P), ("error", X), ("BarBank", D)], "FooParse")
    assert [(r[2], r[4]) for r in rows] == [("BarBank", "9.9"), ("UD", "6.1")]


def test_results_value_after_an_earlier_values_set_takes_a_set_written_with_for():
    text = "FooText performs well on public sets, e.g. 80.1 f-score for the BarText-500, 67.1 f-score for the BazText2017-R, etc."
    rows = ranked_rows(text, [("FooText", P), ("f-score", X), ("BarText-500", D)], "FooText")
    assert [(r[2], r[4]) for r in rows] == [("BarText-500", "80.1"), ("BazText2017-R", "67.1")]


def test_results_value_followed_by_an_unknown_database_takes_it_after_an_earlier_values_set():
    text = "FooMat achieves 84.9% accuracy on BarMat and 86.3% accuracy on UIUC material database."
    rows = ranked_rows(text, [("FooMat", P), ("accuracy", X), ("BarMat", D)], "FooMat")
    assert [(r[2], r[4]) for r in rows] == [("BarMat", "84.9"), ("UIUC", "86.3")]


def test_results_written_name_of_one_capital_is_no_set():
    # "on the Chinese college entrance English exam": a name needs a version, two capitals or a set noun
    text = "FooLM reaches 95% accuracy on BarMath and 92.5% on the Chinese college entrance English exam."
    rows = ranked_rows(text, [("FooLM", P), ("accuracy", X), ("BarMath", D)], "FooLM")
    assert all(r[2] != "Chinese" for r in rows) and ("BarMath", "95") in [(r[2], r[4]) for r in rows]


def test_results_value_before_its_one_set_keeps_a_compared_score_on_it():
    text = "FooNet obtains 95.1% accuracy on BarSet, outperforming BazNet (93.2%)."
    rows = ranked_rows(text, [("FooNet", P), ("BazNet", M), ("accuracy", X), ("BarSet", D)], "FooNet")
    assert [(r[2], r[4]) for r in rows] == [("BarSet", "95.1"), ("BarSet", "93.2")]


def test_results_respectively_list_set_followed_by_a_new_clause_is_every_values():
    text = ("Moreover, FooDet increases mAP and NDS by 3.1% and 2.5% respectively on the BarScenes test set, "
            "compared to the representative multi-task network.")
    rows = ranked_rows(text, [("FooDet", P), ("mAP", X), ("NDS", X), ("BarScenes", D)], "FooDet")
    assert [(r[2], r[3], r[4]) for r in rows] == [("BarScenes", "mAP", "3.1"), ("BarScenes", "NDS", "2.5")]


def test_results_set_followed_by_respectively_still_pairs_with_a_list_before():
    # "(15% and 24% lower average error on BarFace, respectively)": the list pairs with benchmarks named before
    text = ("FooFace outperforms prior methods both on non-metric benchmarks and on our metric benchmarks "
            "(15% and 24% lower average error on BarFace, respectively).")
    rows = ranked_rows(text, [("FooFace", P), ("average error", X), ("BarFace", D)], "FooFace")
    assert all(r[2] != "BarFace" for r in rows)
