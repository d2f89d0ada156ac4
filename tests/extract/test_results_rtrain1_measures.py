"""Result tuples from session 16's second read of the rtrain1 errors (results20): a measure no catalogue
names, read from its lower-case modifiers before "score" or "correlation" where a value is stated of it. The
sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.extract import extract_papers
from kg.extract.result_metrics import metric_name
from kg.leaderboard import ranked
from kg.model import Paper, Role, Source

P = Role.PROPOSED


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r.metric, r.value) for r in results_of(text, [("FooNet", P)], "FooNet") if ranked(r.confidence)]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("FooNet outperforms baselines, achieving an average factuality score of 0.915.", "factuality score", "0.915"),
        ("FooNet beats all other features, reaching a rank correlation of 0.64.", "rank correlation", "0.64"),
        ("The results show a disease severity correlation of 73% with the manual ground truth.", "disease severity correlation", "73"),
    ],
)
def test_results_rtrain20_modifiers_before_score_or_correlation_name_a_measure(text, metric, value):
    assert (metric, value) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "FooNet obtains a high score of 0.9 on the task.",  # a judgement, not a measure's name
        "FooNet reaches a final score of 0.55.",
        "FooNet obtains a winning score of 0.9 on the task.",
        "Patients with a risk score of 3 were excluded.",  # a setting of the study
        "FooNet keeps samples with a confidence score of 0.8.",  # a threshold
        "FooNet uses a sampling rate of 16 kHz.",  # "rate" is not a head of this frame
    ],
)
def test_results_rtrain20_judging_or_setting_modifiers_name_no_measure(text):
    assert _rows(text) == []


def test_results_rtrain20_f_dash_1_is_the_f1_score():
    # the catalogue writes the F1 score's "F-1" spelling; the recogniser marks it, so the value is read
    assert metric_name("F-1 score") == metric_name("F-1") == "F1 score"
    [ex] = extract_papers([Paper(title="FooNet", abstract="FooNet outperforms the baselines in average F-1 scores by 5.2%.",
                                 source=Source("t.jsonl", 1))])
    assert [(r.metric, r.value) for r in ex.results if ranked(r.confidence)] == [("F-1 score", "5.2")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("FooNet is on average 10% more successful as compared to the state-of-the-art attack BarAttack.", "success rate"),
        ("FooNet is 12.5% more accurate than BarNet.", "accuracy"),
    ],
)
def test_results_rtrain20_a_percentage_more_accurate_or_successful_is_a_gain_in_that_measure(text, metric):
    rows = [r for r in results_of(text, [("FooNet", P)], "FooNet") if ranked(r.confidence)]
    assert [(r.metric, r.value, r.kind) for r in rows] == [(metric, text.split("%")[0].split()[-1], "improvement")]


def test_results_rtrain20_more_accurate_needs_a_percentage_before_it():
    assert _rows("FooNet is 3 times more accurate than BarNet.") == []
