"""Result tuples from the error classes of session 13's fresh result set and a corpus check: a change
coordinated after a score ("a Dice score of 71.2% and an improvement of 4.2%"), compared systems'
scores in parentheses (a table of systems in one sentence), a paper naming only the parts of its
system, and a change of a metric to a level with the set between them. The sentences are made up in
the shapes those abstracts use."""

from __future__ import annotations

import re

import pytest

from results_support import results_of
from kg.extract.result_credit import proposed_name
from kg.leaderboard import ranked
from kg.model import Mention, Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.proposed, r.dataset, r.metric, r.value, r.kind) for r in results_of(text, named, proposed) if ranked(r.confidence)]


@pytest.mark.parametrize("change", ["and an improvement of 4.2%", "and a relative gain of 4.2%", ", with a 4.2% improvement"])
def test_results_audit13_a_change_coordinated_after_a_score_is_a_change_of_that_score(change):
    text = f"On BarSet, our method achieves a Dice score of 71.2% {change} over existing methods."
    rows = _rows(text, [("BarSet", D), ("Dice score", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("Dice score", "71.2", "absolute"), ("Dice score", "4.2", "improvement")]


def test_results_audit13_a_score_coordinated_with_another_score_stays_absolute():
    text = "On BarSet, our method achieves a Dice score of 71.2% and a recall of 80.3%."
    rows = _rows(text, [("BarSet", D), ("Dice score", X), ("recall", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("Dice score", "71.2", "absolute"), ("recall", "80.3", "absolute")]


def test_results_audit13_compared_systems_in_parentheses_are_a_table_in_one_sentence():
    text = ("FooNet achieves the top-1 accuracy of 73.2% on BarSet, compared to Tucker decomposition (67.4% / 0.30x), "
            "Trained Rank Pruning (70.6% / 0.28x), and universally slimmable networks (71.4% / 0.26x).")
    rows = _rows(text, [("BarSet", D), ("FooNet", P), ("top-1 accuracy", X)], "FooNet")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("FooNet", "BarSet", "top-1 accuracy", "73.2"), ("Tucker decomposition", "BarSet", "top-1 accuracy", "67.4"),
        ("Trained Rank Pruning", "BarSet", "top-1 accuracy", "70.6"), ("universally slimmable networks", "BarSet", "top-1 accuracy", "71.4")]


@pytest.mark.parametrize("compared", [
    "much higher than that of a singlelayer recognition architecture (92.56%)",
    "compared to the baseline (92.56%)",
    "while incurring a minimal accuracy drop (1%)",
    "over pre-training on QuxSet (92.56%)",
])
def test_results_audit13_a_parenthesis_after_no_system_name_is_no_compared_score(compared):
    text = f"On BarSet, FooNet achieves an accuracy of 96.90%, {compared}."
    rows = _rows(text, [("BarSet", D), ("QuxSet", D), ("FooNet", P), ("accuracy", X)], "FooNet")
    assert [r[4] for r in rows] == ["96.90"]


def _own(text: str, names: list[str]) -> list[Mention]:
    return [Mention(P, n, "abstract", m.start(), m.end(), "", "test", 1.0) for n in names for m in [re.search(re.escape(n), text)]]


@pytest.mark.parametrize("abstract, names, expected", [
    ("We use two deep networks, namely SP-Net and M-Net, to predict the parameters.", ["SP-Net", "M-Net"], None),
    ("We propose Rank Mimicking (RM) and Prediction-guided Feature Imitation (PFI) for distilling detectors.", ["RM", "PFI"], None),
    ("We propose FooNet and FooNet-L, two detectors.", ["FooNet", "FooNet-L"], "FooNet"),
    ("We propose a framework (FastKGE), incorporating an incremental adapter (IncLoRA) mechanism.", ["FastKGE", "IncLoRA"], "FastKGE"),
])
def test_results_audit13_a_paper_naming_the_parts_of_its_system_credits_the_unnamed_whole(abstract, names, expected):
    assert proposed_name(_own(abstract, names), abstract, "A study of detection") == expected


def test_results_audit13_the_parts_of_a_system_a_name_title_names_credit_the_title_head():
    abstract = "We propose LRA and LDRA, two residual predictors."
    assert proposed_name(_own(abstract, ["LRA", "LDRA"]), abstract, "LRA&LDRA: Rethinking Residual Predictions") == "LRA&LDRA"


@pytest.mark.parametrize("sentence, value", [
    ("Training on more data further lowers the RMSE on the shadow area to 7.4.", "7.4"),
    ("FooNet improves the RMSE on BarSet-10 to 5.2.", "5.2"),
])
def test_results_audit13_a_change_of_a_metric_to_a_level_gives_the_level(sentence, value):
    rows = _rows(f"We evaluate on BarSet-10. {sentence}", [("BarSet-10", D), ("RMSE", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("RMSE", value, "absolute")]


def test_results_audit13_a_range_is_still_no_level():
    rows = _rows("FooNet lowers the RMSE on the shadow area by 5 to 7.", [("RMSE", X)], "FooNet")
    assert [r[4] for r in rows if r[5] == "absolute"] == []


@pytest.mark.parametrize("sentence, metric, value, kind", [
    ("On BarSet, FooNet achieves relative word error rate (WER) improvements of 13.6% over the baseline.", "WER", "13.6", "improvement"),
    ("On BarSet, FooNet outperforms QuxNet, with dice scores improving by 2.16%.", "dice score", "2.16", "improvement"),
    ("On BarSet, the inclusion of FooNet reduces the RMSE in dynamic situations by 40%.", "RMSE", "40", "improvement"),
    ("On BarSet, FooNet outperforms a strong baseline by 10.7% (AUROC).", "AUROC", "10.7", "improvement"),
    ("On BarSet, FooNet improves top-1 recall dramatically to 66.83%.", "top-1 recall", "66.83", "absolute"),
])
def test_results_audit13_the_metric_of_a_value_written_in_other_words(sentence, metric, value, kind):
    named = [("BarSet", D), ("FooNet", P), ("QuxNet", M), ("WER", X), ("dice scores", X), ("RMSE", X), ("AUROC", X)]
    assert [(r[3], r[4], r[5]) for r in _rows(sentence, named, "FooNet")] == [(metric, value, kind)]


@pytest.mark.parametrize("written, value, unit", [
    ("a pouring error of 16.4 mL", "16.4", "mL"), ("a contact force error of 0.0117N", "0.0117", "N"),
    ("a mean absolute error of 0.586g", "0.586", "g"), ("a median pixel error of 0.017 px", "0.017", "px"),
])
def test_results_audit13_a_robots_error_in_the_units_of_what_it_measures_is_a_value(written, value, unit):
    rows = results_of(f"We evaluated FooNet on a physical system and averaged {written} over 5 trials.", [("FooNet", P)], "FooNet")
    assert [(r.value, r.unit) for r in rows if ranked(r.confidence)] == [(value, unit)]


def test_results_audit13_a_level_reached_then_through_is_still_a_value():
    text = "The optimization was able to reduce the mean absolute error of the contact force to 0.537 N through the evolution of parameters."
    assert [r[4] for r in _rows(text, [], "FooNet")] == ["0.537"]


def test_results_audit13_an_aside_saying_it_is_a_gain_is_a_gain_and_a_unit_is_no_system():
    text = "We achieve a median magnitude accuracy of 0.06 N (93% improvement) on a test set."
    assert [(r[0], r[4], r[5]) for r in _rows(text, [], "FooNet")] == [("FooNet", "0.06", "absolute"), ("FooNet", "93", "improvement")]


def test_results_audit13_a_measure_named_between_two_changes_stops_the_first_ones_metric():
    text = "On BarSet, FooNet outperforms QuxNet: dice scores improving by 2.16%, and Hausdorff scores improving by 11.13%."
    rows = _rows(text, [("BarSet", D), ("FooNet", P), ("QuxNet", M), ("dice scores", X)], "FooNet")
    assert [(r[3], r[4]) for r in rows] == [("dice score", "2.16")]


def test_results_audit13_q8_accuracy_is_a_measure_of_its_own():
    rows = _rows("Our model achieves 66.4% Q8 accuracy on the BarSet dataset.", [("BarSet", D)], "FooNet")
    assert [(r[2], r[3], r[4]) for r in rows] == [("BarSet", "Q8 accuracy", "66.4")]
