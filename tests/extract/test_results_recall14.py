"""Result tuples whose metric, value or set is written away from the value (issue 14's recall): a
percentage in a sentence naming one measure only. The sentences are made up in the shapes abstracts use."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import results_of

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.metric, r.value, r.kind) for r in results_of(text, named, proposed)]


@pytest.mark.parametrize(
    "text, want",
    [
        # the metric closes the sentence, after the changes it measures
        ("FooBot outperforms baselines, achieving an 8% boost in simulation over the state of the art in policy success rate.",
         [("policy success rate", "8", "improvement")]),
        # the metric heads the sentence ("in terms of"), the change comes later
        ("In terms of AUC for a small budget, FooBot outperforms BarBoost by 10.2%.", [("AUC", "10.2", "improvement")]),
        # the items of a list after a score with its metric
        ("FooBot achieves a word error rate of 27.3% on the FooSpeech read-speech corpus with no prior linguistic information at all, "
         "21.9% with a lexicon, and 8.2% with a language model.",
         [("word error rate", "27.3", "absolute"), ("word error rate", "21.9", "absolute"), ("word error rate", "8.2", "absolute")]),
    ],
)
def test_results_a_percentage_naming_no_metric_takes_the_one_measure_of_its_sentence(text, want):
    assert _rows(text, [("FooBot", P), ("BarBoost", M)], "FooBot") == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a change of something the words name, not the metric
        ("FooBot reaches a mAP of 67.02% while reducing model training time by 19.82%.", [("mAP", "67.02", "absolute")]),
        ("FooBot improves by 60% in segmentation and 10% in localisation accuracy.", [("localisation accuracy", "10", "improvement")]),
        ("FooBot outperforms the base model in accuracy with only 1% higher computational cost.", []),
        ("FooBot gives a 25% gain on RMSE and a 21% gain on REL over prior work.", [("RMSE", "25", "improvement")]),
        # a measure read at a threshold is not the value's
        ("In particular, the APr at 0.5 IoU achieves 66.7% with FooBot.", []),
        # two measures: no single one to lend
        ("FooBot achieves 81% and improves accuracy and F1 by a wide margin.", []),
    ],
)
def test_results_the_sentence_measure_is_not_lent_to_other_quantities(text, want):
    assert _rows(text, [("FooBot", P), ("mAP", X), ("RMSE", X)], "FooBot") == want


def test_results_a_list_paired_respectively_keeps_its_own_pairing():
    # "the distance and the accuracy ... 96.93% and 91.14%, respectively": the distance is no accuracy
    rows = _rows("The distance and the accuracy of FooBot reached 96.93% and 91.14%, respectively.", [("FooBot", P)], "FooBot")
    assert "96.93" not in [v for _, v, _ in rows]


def test_results_the_exponent_of_a_number_in_scientific_notation_is_no_value():
    assert _rows("FooBot improves accuracy by 2.95E+01%.", [("FooBot", P)], "FooBot") == []


def test_results_a_respectively_list_of_values_shares_the_one_measure_it_names():
    rows = _rows("FooBot achieves 3.5% and 7.8% relative improvements over the best baseline in F1 score, respectively.",
                 [("FooBot", P), ("F1 score", X)], "FooBot")
    assert rows == [("F1 score", "3.5", "improvement"), ("F1 score", "7.8", "improvement")]


@pytest.mark.parametrize("text", [
    # a respectively list pairing with a list of measures, the sentence's metric first in it
    "FooBot outperforms prior work by 4.9% and 11.8% on the image segment of the public BarQA set on the accuracy and fluency metrics, respectively.",
    # a measure kept while another changes
    "FooBot reduces the energy consumption with an average reduction of 60.7% while keeping the accuracy.",
])
def test_results_a_measure_listed_with_others_or_kept_is_not_lent(text):
    assert _rows(text, [("FooBot", P)], "FooBot") == []


def test_results_a_signed_aside_between_a_value_and_its_set_keeps_the_set():
    rows = results_of("FooBot improves the relation F1 to 62.1% (+1.9%) on BarSet and 71.9% (+3.0%) on QuxSet.",
                      [("FooBot", P), ("F1", X), ("BarSet", D), ("QuxSet", D)], "FooBot")
    assert [(r.dataset, r.value, r.kind) for r in rows] == [("BarSet", "62.1", "absolute"), ("BarSet", "1.9", "improvement"),
                                                            ("QuxSet", "71.9", "absolute"), ("QuxSet", "3.0", "improvement")]


def test_results_a_copula_after_the_metric_states_its_score():
    rows = _rows("The testing accuracy for the suturing task based on our proposed method is 87.13%, which outperforms the rest.",
                 [("FooBot", P)], "FooBot")
    assert rows == [("accuracy", "87.13", "absolute")]


@pytest.mark.parametrize("text", [
    "The proportion data is 92% with angle error less than 15 degrees.",  # the metric after the value: a condition
    "The maximum contribution of error from stress direction is 2.52% for the stress magnitude.",  # a bound
    "The average gesture recognition rate is high, and the attention direction rate is 90%.",  # another measure between
])
def test_results_a_copula_states_no_score_of_a_metric_after_it_bounded_or_of_another_measure(text):
    assert _rows(text, [("FooBot", P)], "FooBot") == []


@pytest.mark.parametrize("text", [
    "FooBot reduces its parameters by 98.87% and inference time by 89.18% without a significant decrease in localization accuracy.",
    "FooBot reduces (by 98.5%) the computational cost of planning whilst achieving similar localization accuracy.",
    "FooBot reduced the completion time (by 59%) and the accuracy loss of the users.",
    "FooBot gives a success rate higher by 17%, the printing resolution finer by 30%.",
    "The topics lead to a 95% lower-dimensional feature space and better accuracy.",
    "FooBot beats random positioning, with as much as a 90% reduction in angular estimation error.",
])
def test_results_values_of_other_quantities_or_hedged_do_not_take_the_sentence_measure(text):
    assert [v for _, v, _ in _rows(text, [("FooBot", P)], "FooBot")] in ([], ["17"])


@pytest.mark.parametrize("text, metric", [
    ("FooBot achieves a winning FEVER score of 73.96% on the blind test set.", "FEVER score"),
    ("FooBot achieves 0.91 ROC-AUC and an F2-score of 0.55.", "F2-score"),
])
def test_results_an_acronym_score_and_the_f2_score_are_metrics(text, metric):
    assert metric in [m for m, _, _ in _rows(text, [("FooBot", P), ("ROC-AUC", X)], "FooBot")]


def test_results_a_list_is_lent_the_measure_as_a_whole():
    rows = _rows("The mean errors of FooBot along x, y, and z are 4.1%, 4.7%, and 9.8%, respectively.", [("FooBot", P)], "FooBot")
    assert [(m, v) for m, v, _ in rows] == [("mean error", "4.1"), ("mean error", "4.7"), ("mean error", "9.8")]
    # ... and changes something else as a whole
    assert _rows("FooBot reduced the completion time (by 59% and 58%) and the errors.", [("FooBot", P)], "FooBot") == []
    assert _rows("The average error and execution time are reduced by 63.6% and 28.5%, respectively.", [("FooBot", P)], "FooBot") == []
