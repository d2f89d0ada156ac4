"""Measure phrases headed by a score, reward, return or correlation next to a figure (issue 11,
class 6: a lower-case metric named in a results sentence), on made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract.metrics import measure_phrases


def _names(text: str) -> list[str]:
    return [text[c.start : c.end] for c in measure_phrases(text, 0)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Our planner yields a $4.3\\%$ and $38.4\\%$ higher episodic reward in dense traffic.", ["episodic reward"]),
        ("Combined with adversarial training it reaches a normalized score of 0.91 in the challenge.", ["normalized score"]),
        ("Our method improves by 4% the multi-task score on the hand benchmark.", ["multi-task score"]),
        ("The agent obtains a 12% higher cumulative return than the baseline.", ["cumulative return"]),
        ("Embeddings reach a 78.2% rank correlation with human ratings.", ["rank correlation"]),
    ],
)
def test_qualified_score_reward_and_correlation_phrases_by_a_figure(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "It raises the score by 4% over the baseline.",  # a bare head names no metric
        "The agent gets a reward of 10 when it reaches the goal.",
        "We reach a higher average return of 3.2 and a correlation of 0.8.",
        "The final scores of 12 teams were compared.",  # no qualifier, and a count
    ],
)
def test_bare_score_reward_return_and_correlation_are_no_metric(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Without a skeleton we reach a mean joint error of 28.9mm on the capture set.", ["mean joint error"]),
        ("It keeps an average translational error of 5.9 mm while running on a GPU.", ["average translational error"]),
        ("The grasping policy has an average success rate of 80% on novel objects.", []),  # "success rate" names none
        ("The filter reaches a mean error of 3 cm.", []),  # nor does "error" with its mean
    ],
)
def test_the_mean_of_a_qualified_measure_is_part_of_its_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_every_measure_head_of_the_data_file_is_found_by_a_figure() -> None:
    # metrics.json's measure_heads is the one list: the regex and the head words looked for first
    # both come from it, so a head added there is found without a second list to edit.
    from kg.extract.words import phrases

    for head in phrases("metrics", "measure_heads"):
        name = "grasp " + head.removesuffix("(s)")
        assert _names(f"Our robot reaches a 93.1% {name} on the hand benchmark.") == [name], head


@pytest.mark.parametrize(
    "text",
    [
        "We reduce the FLOPs by 25% and improve accuracy by 0.7% over the baseline.",  # a verb, not a qualifier
        "It achieves a near perfect accuracy of 97.8% on the test set.",
        "Questions are solvable but hard (84.7% human accuracy) for people.",
    ],
)
def test_a_verb_or_a_generic_word_before_the_head_names_no_metric(text: str) -> None:
    assert _names(text) == []
