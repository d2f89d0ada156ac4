"""Values in "pts" and a "respectively" list of sets no recogniser knows (issue 14, session 27 recall).
The sentences are made up in the shapes of corpus abstracts."""

from __future__ import annotations

from kg.model import Role
from results_support import ranked_kind_rows, unit_rows

M, P, X = Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_pts_is_a_points_unit():
    rows = unit_rows("FooNet improves accuracy by 16.2 pts on BarSet-Hard.", [("FooNet", P), ("accuracy", X)], "FooNet")
    assert rows == [("FooNet", "BarSet-Hard", "accuracy", "16.2", "points", "improvement")]


def test_results_respectively_list_of_unknown_sets_pairs_in_order():
    text = ("It outperforms state-of-the-art transpilers, improving pass@1 rate by 16.2 pts and 15.0 pts for "
            "Foo-Keras and Foo-MXNet transpilation pairs respectively.")
    rows = ranked_kind_rows(text, [("pass@1 rate", X)], "FooNet")
    assert [(r[2], r[4], r[5]) for r in rows] == [("Foo-Keras", "16.2", "improvement"), ("Foo-MXNet", "15.0", "improvement")]


def test_results_respectively_unknown_set_with_an_unshaped_name_stays_unknown():
    text = "FooNet improves pass@1 rate by 3.2 pts and 1.5 pts for Foo-Keras and the real robot transpilers, respectively."
    assert ranked_kind_rows(text, [("FooNet", P), ("accuracy", X)], "FooNet") == []
