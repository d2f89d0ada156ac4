"""A mean written with its spread ("88 ± 5 %", "11.3$\\pm$9.5\\% EER", "67.9±7.5% improvement"): the mean is the
value, in the unit written after the spread; the spread is no value of its own. Made-up sentences."""

from __future__ import annotations

from kg.extract.results import _without_spreads
from kg.model import Role
from results_support import unit_rows

D, X = Role.DATASET, Role.METRIC


def test_list_of_means_with_spreads_keeps_every_mean_and_its_unit():
    text = "Our model predicts a contact state with an accuracy of 88 ± 5 % and 81 ± 10 %, respectively."
    assert unit_rows(text, [], "Bar") == [("Bar", None, "accuracy", "88", "%", "absolute"), ("Bar", None, "accuracy", "81", "%", "absolute")]


def test_latex_spread_between_mean_and_metric():
    text = "We achieve overall 11.3$\\pm$9.5\\% EER for cross-type testing on the Foo-M dataset."
    assert unit_rows(text, [("EER", X), ("Foo-M", D)], "Bar") == [("Bar", "Foo-M", "EER", "11.3", "%", "absolute")]


def test_spread_of_a_gain_is_the_gain_not_a_score():
    text = "Evaluation on rough terrain proved a 67.9±7.5% improvement in RMSE over the baseline odometry."
    assert [r[3:] for r in unit_rows(text, [("RMSE", X)], "Bar")] == [("67.9", "%", "improvement")]


def test_blanking_keeps_every_offset():
    text = "an error of 0.427 +/- 0.229 m and (0.06 ± 0.02) mm"
    out = _without_spreads(text)
    assert len(out) == len(text) and out.startswith("an error of 0.427m ") and "0.229" not in out and "0.02" not in out
