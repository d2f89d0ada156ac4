"""The abstract's opening subject rewords the title's task (kg.extract.tasks._opening_task)."""

from __future__ import annotations

import pytest

from task_support import rule_tasks as _tasks


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # The title's modifier goes: the abstract names the task without it.
        ("Compress and Mix: Advancing Efficient Taxonomy Completion with Large Language Models",
         "Taxonomy completion aims to integrate new concepts into an existing taxonomy. We propose a method.",
         ["taxonomy completion"]),
        # The abstract's wording is longer than the title phrase the rules cut.
        ("Non-Local ConvLSTM for Video Compression Artifact Reduction",
         "Video compression artifact reduction aims to recover high-quality videos from compressed ones.",
         ["video compression artifact reduction"]),
        # The subject is the title task's object, not the task.
        ("State Recognition of Bone Drilling with Audio Signals",
         "Bone drilling is a difficult process in orthopedic surgery. We detect the drilling state from audio.",
         ["state recognition of bone drilling"]),
        # The title adds the task's head to the subject.
        ("Scene Flow Estimation from Sparse LiDAR",
         "Scene flow is the dense 3D motion of a scene. We estimate it from sparse points.",
         ["scene flow estimation"]),
        # One word, or a subject the title does not name, rewords nothing.
        ("Step-by-Step Reasoning with Language Models",
         "Reasoning is a core ability of language models. We study step-by-step reasoning.",
         ["step-by-step reasoning"]),
    ],
)
def test_opening_subject_rewords_the_title_task(title: str, abstract: str, expected: list[str]) -> None:
    assert _tasks(title, abstract) == expected


def test_opening_lead_limit_bounds_every_lead_that_passes() -> None:
    # _focal_phrases tries a long opening sentence's phrases only up to _lead_limit (read once,
    # not a slice per phrase): every lead that passes _opening_subject ends at or before it.
    from kg.extract.tasks import _lead_limit, _opening_subject

    for sentence in ("Learning  real-world\tvideo segmentation for robots, a hard task, is open ",
                     "Accurate and efficient segmentation of long videos remains hard " * 40,
                     "Robust learning", "Learning, robust"):
        text = "T\n\n" + sentence
        limit = _lead_limit(text, 3, len(text))
        passing = [s for s in range(3, len(text) + 1) if _opening_subject(text[3:s])]
        assert passing and max(passing) <= limit
    assert _lead_limit("T\n\nLearning real-world video segmentation", 3, 40) == 3 + len("Learning real-world video ")
