"""Who a result is credited to (kg.extract.result_credit): the paper's own name when no proposed
mention names it, and values paired with the systems they are "for" or listed with in order. The
sentences are made up in the shapes corpus abstracts use."""

from __future__ import annotations

import pytest

from results_support import ranked_results
from kg.extract.result_credit import proposed_name
from kg.model import Role

D, M, X = Role.DATASET, Role.METHOD, Role.METRIC


@pytest.mark.parametrize(
    "abstract, want",
    [
        ("We propose a novel learning method for image tagging called Cross-Pair learning (CP learning). It helps.", "CP learning"),
        ("Here we present a general fine-tuning method that we call gradient gain filtering for improving models.", "gradient gain filtering"),
        ("Our approach, called pose bundle networks, is fast.", "pose bundle networks"),
        # a set or a concept the abstract names is no method
        ("We construct a large-scale dataset called FooCuts, which has clips.", None),
        ("We study a structure called super graph (SG) for clouds.", None),
        # a lower-case name after a for/of/to phrase names its object, not the method
        ("We propose a model for the segmentation of regions called salient parts in images. It helps.", None),
        ("Our network for tracking targets called drifting objects is fast.", None),
    ],
)
def test_result_credit_the_own_name_given_unquoted_after_the_method_noun(abstract, want):
    assert proposed_name([], abstract, "A Title Without A Head") == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("On BarSet, the equal error rate is 7% for BazNet and 13% for QuxNet.", [("BazNet", "7"), ("QuxNet", "13")]),
        ("On BarSet, BazNet and QuxNet achieve accuracies of 70% and 73%, respectively.", [("BazNet", "70"), ("QuxNet", "73")]),
        # each subject scores its own value
        ("On BarSet, BazNet reaches 70% accuracy and QuxNet reaches 73%.", [("BazNet", "70"), ("QuxNet", "73")]),
    ],
)
def test_result_credit_values_credited_to_their_systems_in_order(text, want):
    named = [("BarSet", D), ("BazNet", M), ("QuxNet", M), ("accuracy", X), ("accuracies", X)]
    assert [(r.method, r.value) for r in ranked_results(text, named, "FooNet")] == want


@pytest.mark.parametrize(
    "abstract, want",
    [
        # the abstract writes the system in the singular: its scores are the singular's
        ("We propose fused gated adversarial networks (FGANs) for labels. FGAN assumes two latent variables. "
         "FGAN reaches 1.3% error on MNIST.", "FGAN"),
        # only the plural is written: the name stays as written
        ("We propose fused gated adversarial networks (FGANs) for labels. FGANs reach 1.3% error on MNIST.", "FGANs"),
    ],
)
def test_result_credit_a_plural_acronym_own_name_is_credited_as_the_singular_the_abstract_writes(abstract, want):
    from results_support import canonical_mentions

    mentions = canonical_mentions(abstract, [("FGANs", Role.PROPOSED, None)])
    assert proposed_name(mentions, abstract, "Fused Gated Adversarial Networks") == want
