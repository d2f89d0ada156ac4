"""Purpose phrases after a method noun (kg.extract.task_purpose) and their place among the tasks."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.task_purpose import aim_subjects, problem_clauses, purpose_phrases
from kg.extract.tasks import find_tasks


def _purposes(text: str) -> list[str]:
    return [text[a:b] for a, b in purpose_phrases(text, 0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We present Foo, a web tool for explaining classifier decisions that runs offline.", ["explaining classifier decisions"]),
        ("Bar is a popular method for the global optimization of black-box functions.", ["global optimization of black-box functions"]),
        ("Baz, a flexible framework for predictive risk quantification, is widely used.", ["predictive risk quantification"]),
        ("Hashing is a basic tool for signal reduction employed in many systems.", ["signal reduction"]),
        ("Such algorithms for drawing from posterior distributions of this form are slow.", ["drawing from posterior distributions"]),
        ("We show the algorithms for image inpainting and image fusion.", ["image inpainting"]),
        ("A method for 3D reconstruction of rooms.", ["3D reconstruction of rooms"]),
        # an architecture or scheme is a method noun; a participle of making may stand before "for"
        ("A deep network architecture for regression of noisy signals.", ["regression of noisy signals"]),
        ("Foo is a library designed specifically for multimodal learning.", ["multimodal learning"]),
        ("We build a system tailored for dense scene parsing, and test it.", ["dense scene parsing"]),
        ("Strategies for compressing token caches often overlook their structure.", []),  # no method noun
        ("Existing methods for compressing token caches often overlook their structure.", ["compressing token caches"]),
        ("XPose is a touch-based interactive system for photo taking, designed for drones.", ["photo taking"]),  # a gerund heads it
        ("A platform for the application of robotic needle insertion.", ["robotic needle insertion"]),  # what is applied
    ],
)
def test_task_purpose_phrase_after_a_method_noun(text: str, expected: list[str]) -> None:
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We give a model for time series data.",  # the input a method serves, no action
        "A method for regularizing deep convolutional networks.",  # what is trained, not a task
        "An approach for balancing compression and prediction.",  # a gerund cut inside a coordination
        "A method for efficient inference.",  # an evaluative word leads
        "A framework for Bayesian inference.",  # capitalised: a name's words
        "A tool for using graphs.",  # a gerund that says how, not what
        "A method for determining whether a grasp holds.",  # a clause
        "A method for providing adaptive sampling.",  # how the method helps
        "A system for creating 2 maps per second.",  # a count
        "A simulator built for training purposes.",  # a use, not a task
        "The arm was built for lifting.",  # no method noun before the participle
        "A framework for mobile robots operating in homes.",  # a participle after a plural: a clause
        "A method for autonomously tuning the gains.",  # an adverb leads
    ],
)
def test_task_purpose_phrase_not_taken(text: str) -> None:
    assert _purposes(text) == []


def test_task_purpose_phrase_comes_after_the_cued_tasks() -> None:
    # The purpose phrase fills a slot left free; it does not push out a phrase the text stresses.
    title = "Fast Hash Functions for Similarity Estimation"
    text = layout(title, "We study similarity estimation. Hashing is a basic tool for dimensionality reduction in practice.")
    tasks = [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]
    assert tasks[0] == "similarity estimation" and "dimensionality reduction" in tasks


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Review ordering aims at showing the best reviews first. We propose X.", ["Review ordering"]),
        ("Quantum-safe cryptography (QSC) aims to resist quantum attacks.", ["Quantum-safe cryptography"]),
        ("Crowd counting is a challenging task. We propose Y.", ["Crowd counting"]),
        ("Matrix sketching is one of the oldest problems in numerics.", ["Matrix sketching"]),
    ],
)
def test_task_purpose_subject_that_aims_or_is_called_a_task(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in aim_subjects(text, 0)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "This paper aims to show that X holds.",  # the paper, not a task
        "Most methods aim to reduce the cost.",  # a method noun
        "Parallel sorting algorithms aim to scale.",  # a method noun
        "Telerobotics fundamentally is a hard problem.",  # an adverb
        "Occlusion is a main challenge for trackers.",  # a difficulty, not a task
        "It is a challenging task.",  # no subject phrase
        "The model is a hard problem to train.",  # an article leads
    ],
)
def test_task_purpose_subject_not_taken(text: str) -> None:
    assert aim_subjects(text, 0) == []


def test_task_purpose_aim_subject_is_a_focal_task() -> None:
    title = "Graphs Meet Votes"
    text = layout(title, "Review ordering aims at showing the most useful reviews first. We combine graphs and votes.")
    tasks = [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]
    assert tasks == ["review ordering"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The gerund and its object, up to a conjunction, a short form or a modal verb.
        ("We study the problem of estimating crane loads and their spread.", ["estimating crane loads"]),
        ("We study the problem of approximating an unknown crane map (UCM) from samples.",
         ["approximating an unknown crane map"]),
        ("We show that the problem of learning UCM maps can be reduced to sorting.", ["learning UCM maps"]),
        # Only the first: a later one restates it.
        ("The problem of weighing crane loads is old. The problem of weighing ship loads too.", ["weighing crane loads"]),
        # How, not what; no gerund; a lone gerund.
        ("We study the problem of achieving fast cranes.", []),
        ("We study the problem of class imbalance.", []),
        ("We study the problem of sorting.", []),
        # An object of one word is too general: "the problem of developing robots".
        ("We study the problem of developing robots.", []),
    ],
)
def test_task_purpose_problem_clause_names_the_problem(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in problem_clauses(text, 0)] == expected
