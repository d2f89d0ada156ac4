"""The method a result credits (issue 14, session 25's read of the +method errors whose dataset, metric and value
are right): a "Name: ..." title head of capitalised words joined by "to" or "with" names the paper's approach, and
a title head the abstract proposes before its first own mention is the method, not a later part. The sentences are
made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from kg.extract.result_credit import proposed_name
from kg.model import Mention, Role

P = Role.PROPOSED


@pytest.mark.parametrize(
    ("title", "own"),
    [
        ("Learn To Remember: Transformer with Memory for Translation", "Learn To Remember"),
        ("If You Want to Go Far Go Together: Joint Retrieval for QA", "If You Want to Go Far Go Together"),
        ("Foo Neuron with Memory: Towards Simple Conversion", "Foo Neuron with Memory"),
        ("Robustness of Deep Networks: A Geometric View", None),  # a topic joined by "of"
        ("Learning to Rank: From Pairs to Lists", None),  # a claim's opening word
        ("Deep Dive into Faces: Looking Closer", None),  # a lower-case word other than "to"/"with"
        ("Decoders Matter for Segmentation: Fast Decoding", None),
    ],
)
def test_results_rcredit25_capitalised_head_joined_by_to_or_with_is_a_name(title, own):
    assert proposed_name([], "We study the problem. Our method reaches 59% precision.", title) == own


def _mention(text: str, surface: str) -> Mention:
    i = text.index(surface)
    return Mention(P, surface, "abstract", i, i + len(surface), "", "test", 1.0)


def test_results_rcredit25_title_head_proposed_before_a_later_part_is_the_method():
    abstract = ("To address this, we propose a foo neuron with memory function. We further propose a new normalization "
                "method, named bar-wise normalization. We reach 95.4% top-1 accuracy on BazSet.")
    title = "Foo Neuron with Memory: Towards Simple Conversion"
    assert proposed_name([_mention(abstract, "bar-wise normalization")], abstract, title) == "Foo Neuron with Memory"


def test_results_rcredit25_title_head_not_proposed_keeps_the_own_mention():
    abstract = ("Foo neuron with memory models are slow. We propose a new normalization method, named bar-wise "
                "normalization. We reach 95.4% top-1 accuracy on BazSet.")
    title = "Foo Neuron with Memory: Towards Simple Conversion"
    assert proposed_name([_mention(abstract, "bar-wise normalization")], abstract, title) != "Foo Neuron with Memory"


def test_results_rcredit25_title_head_with_its_acronym_keeps_the_acronym():
    abstract = "We propose a new method Middle Code Prediction (MCP) for robots. It raises accuracy by 31% on BazSet."
    i = abstract.index("MCP")
    m = Mention(P, "MCP", "abstract", i, i + 3, "", "test", 1.0)
    assert proposed_name([m], abstract, "Middle Code Prediction: Enhancing Code Generation") == "MCP"


def test_results_rcredit25_defined_acronym_heading_a_score_is_the_own_name():
    abstract = ("We propose a novel role assignment framework. We instantiate this framework with Bimanual Foo from "
                "Stabilization (BFS), which uses a learned classifier. Given only 20 demonstrations, BFS achieves 76.9% "
                "task success, and generalizes to new objects with a 52.7% success rate.")
    assert proposed_name([], abstract, "Stabilize to Act: Learning to Coordinate") == "BFS"


def test_results_rcredit25_defined_acronym_never_scoring_leaves_the_title_head():
    abstract = ("Earlier work used Bimanual Foo from Stabilization (BFS) policies. Our method reaches a 52.7% success rate.")
    assert proposed_name([], abstract, "Stabilize to Act: Learning to Coordinate") == "Stabilize to Act"


def test_results_rcredit25_title_phrase_a_method_is_called_is_the_own_name():
    abstract = ("To overcome these drawbacks, we investigate a simple method, called foo-aware channel pruning, to choose "
                "channels. On BazSet, our pruned model outperforms the original by 0.39% in top-1 accuracy.")
    assert proposed_name([], abstract, "Foo-aware Channel Pruning for Deep Neural Networks") == "foo-aware channel pruning"


def test_results_rcredit25_title_phrase_a_problem_is_called_is_no_method():
    abstract = "We study a problem called foo-aware channel pruning, for deep networks. Our method reaches 59% precision."
    assert proposed_name([], abstract, "Foo-aware Channel Pruning for Deep Neural Networks") is None
