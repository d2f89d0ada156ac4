"""A task loses a leading word that grades the method ("Efficient", "Real-Time", "Data-Adaptive")."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate
from kg.extract.task_quality import without_quality_leads
from kg.model import Role

from task_support import extracted_tasks as _tasks


@pytest.mark.parametrize(
    "title, abstract, task",
    [
        (
            "Get Out of My Lab: Large-scale, Real-Time Visual-Inertial Localization",
            "We localize a camera in a large building from images and inertial readings. "
            "Our system runs on a phone.",
            "visual-inertial localization",
        ),
        (
            "One Size Does NOT Fit All: Data-Adaptive Adversarial Training",
            "Adversarial training makes networks robust. We adapt the perturbation radius to each sample.",
            "adversarial training",
        ),
    ],
)
def test_task_without_leading_quality_word(title: str, abstract: str, task: str) -> None:
    found = _tasks(title, abstract)
    assert task in found and not any(t.endswith(" " + task) for t in found), found


def test_quality_words_kept_in_a_two_word_task_and_kinds_kept() -> None:
    text = "Efficient Planning. Novel View Synthesis and Robust Sparse Estimation."
    spans = [("Efficient Planning", "Efficient Planning"), ("Novel View Synthesis", "Novel View Synthesis"),
             ("Robust Sparse Estimation", "Robust Sparse Estimation")]
    tasks = [Candidate(Role.TASK, text.index(s), text.index(s) + len(s), "tasks:title", 0.8) for s, _ in spans]
    assert [text[c.start : c.end] for c in without_quality_leads(text, tasks)] == [want for _, want in spans]


def test_stripped_task_held_twice_is_one_task() -> None:
    text = "Real-time hand pose estimation. We estimate hand pose estimation fast."
    a = Candidate(Role.TASK, 0, 30, "tasks:title", 0.8)
    i = text.index("hand pose estimation", 31)
    b = Candidate(Role.TASK, i, i + 20, "tasks:abstract", 0.8)
    assert [text[c.start : c.end] for c in without_quality_leads(text, [a, b])] == ["hand pose estimation"]


def test_quality_words_joined_to_another_qualifier_stay() -> None:
    text = "Real-time and model-free object tracking"
    c = Candidate(Role.TASK, 0, len(text), "tasks:title", 0.8)
    assert without_quality_leads(text, [c]) == [c]
