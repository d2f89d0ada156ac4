"""A title's task in a setting ("Episodic Reinforcement Learning") beside the bare task the abstract words it as."""

from __future__ import annotations

import pytest

from task_support import extracted_tasks as _tasks


@pytest.mark.parametrize(
    "title, abstract, setting, bare",
    [
        (
            "Uniform Bounds for Episodic Reinforcement Learning",
            "We study reinforcement learning with finite horizons. Our bounds are tight.",
            "episodic reinforcement learning",
            "reinforcement learning",
        ),
        (
            "Semi-supervised Spectral Clustering for Image Sets",
            "Spectral clustering groups points by a graph. We add a few labels to guide it.",
            "semi-supervised spectral clustering",
            "spectral clustering",
        ),
    ],
)
def test_task_setting_kept_beside_the_bare_task(title: str, abstract: str, setting: str, bare: str) -> None:
    found = _tasks(title, abstract)
    assert setting in found and bare in found, found


def test_task_setting_not_for_an_evaluative_word() -> None:
    # "Generalized" praises the method: the abstract's wording alone is the task.
    found = _tasks(
        "Generalized Talking Head Generation with Facial Priors",
        "Talking head generation animates a portrait from audio. We add facial priors.",
    )
    assert found == ["talking head generation"]


def test_task_setting_not_when_the_abstract_keeps_it() -> None:
    # The abstract writes the whole phrase: one task, in its wording.
    found = _tasks(
        "Few-Shot Molecular Property Prediction with Adapters",
        "Few-shot molecular property prediction is hard. We use adapters.",
    )
    assert found == ["few-shot molecular property prediction"]
