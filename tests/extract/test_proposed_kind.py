"""Coined names a presenting sentence frames with a kind noun (kg.extract.proposed_kind)."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.model import Role


def _proposed(title: str, abstract: str) -> set[str]:
    text = layout(title, abstract)
    return {text[c.start : c.end] for c in find_proposed(text, len(title)) if c.role is Role.PROPOSED}


@pytest.mark.parametrize(
    "abstract, name",
    [
        # kind noun, then the name
        ("We study leaks in images. We propose a security analysis framework RIPTOR based on these issues.", "RIPTOR"),
        ("This paper formulates the problem as a CIL problem, and proposes a simple, effective, and sound strategy Glowe: "
         "to learn, normalize, and freeze weights.", "Glowe"),
        # the name after "the", then the kind noun
        ("In this paper, we introduce the computationally efficient QXB algorithm, whose budget matches the bound.", "QXB"),
        # the name after the verb, then an apposition with a kind noun
        ("We re-examine constraint solving on GPUs, and develop Turbine, a simple constraint solver programmed on GPUs.", "Turbine"),
    ],
)
def test_proposed_kind_a_coined_name_framed_by_a_kind_noun_is_proposed(abstract: str, name: str) -> None:
    assert name in _proposed("Ripple Solving on Graphs", abstract)


@pytest.mark.parametrize(
    "abstract, name",
    [
        # the kind noun names what the method builds on
        ("We present a method to validate a cognitive model, based on the cognitive architecture ACT-Q, in systems.", "ACT-Q"),
        # after "a" the acronym is a family the thing belongs to
        ("We introduce a bi-level one-shot NAS method that optimizes hybrid architectures.", "NAS"),
        # a passive of use: someone else's approach
        ("In this paper, the recently-developed optimization approach GLISq is employed to tune the planner.", "GLISq"),
        # a list of capitalised words spelling out an acronym
        ("We present our framework Behaviors, Objectives and Binary states (BOBCAT) for robots.", "Behaviors"),
    ],
)
def test_proposed_kind_a_name_the_paper_builds_on_or_a_family_is_not_proposed(abstract: str, name: str) -> None:
    assert name not in _proposed("Ripple Solving on Graphs", abstract)


def test_proposed_kind_a_coined_part_a_sentence_opens_with_is_proposed() -> None:
    abstract = ("This work proposes a hybrid architecture for driving. The DecisionyLLM module evaluates state "
                "information. The MPCyLLM module then adjusts controller parameters. The decision module is simple.")
    got = _proposed("Driving with Language Models", abstract)
    assert {"DecisionyLLM", "MPCyLLM"} <= got and "decision" not in got
