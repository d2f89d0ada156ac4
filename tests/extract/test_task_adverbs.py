"""Where a task phrase starts. Words that usually end it belong to it here: an "-ly" adverb
grading the adjective the phrase starts with (kg.extract.task_spans._adverb_of_adjective), a
count before "shot"; a spelled count ends it like a written number."""

from __future__ import annotations

import pytest

from kg.extract.task_spans import task_phrases


def _phrases(text: str) -> list[str]:
    return [text[a:b] for a, b in task_phrases(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("We study weakly supervised object detection here.", ["weakly supervised object detection"]),
        ("Distantly supervised relation extraction is hard.", ["Distantly supervised relation extraction"]),
        ("Lexically constrained neural machine translation is slow.", ["Lexically constrained neural machine translation"]),
        # An adverb that grades the verb before the phrase stays out of it.
        ("We then efficiently unsupervised object detection", ["unsupervised object detection"]),
        ("on publicly available object detection benchmarks", ["object detection"]),  # "available" names no kind
        # A verb that ends in "-ly" is no adverb.
        ("We apply supervised classification to images.", ["supervised classification"]),
        ("To apply semi-supervised segmentation, we train.", ["semi-supervised segmentation"]),
        # An adverb before a noun is no grade of an adjective: the phrase starts after it.
        ("It is mainly object detection.", ["object detection"]),
    ],
)
def test_adverb_before_an_adjective_stays_in_the_phrase(text: str, phrases: list[str]) -> None:
    assert _phrases(text) == phrases


def test_adverb_in_a_title_phrase() -> None:
    title = "Differentially Private Regret Minimization in Episodic MDPs"
    assert _phrases(title) == ["Differentially Private Regret Minimization"]


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Dual Prototype Network for Few Shot Semantic Segmentation", ["Few Shot Semantic Segmentation"]),
        ("JoJoGAN: One Shot Face Stylization", ["One Shot Face Stylization"]),
        ("We compare a few segmentation methods.", []),  # "few" counts the methods
    ],
)
def test_count_before_shot_stays_in_the_phrase(text: str, phrases: list[str]) -> None:
    assert _phrases(text) == phrases


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("It performs well on five text classification benchmarks.", ["text classification"]),
        ("We evaluate on four video segmentation datasets.", ["video segmentation"]),
    ],
)
def test_a_spelled_count_ends_a_task_phrase(text: str, phrases: list[str]) -> None:
    assert _phrases(text) == phrases
