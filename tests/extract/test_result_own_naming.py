"""The name a result credits to the paper's own method (kg.extract.result_credit.proposed_name and
kg.extract.result_names.unmentioned_own_name): the acronym the abstract defines rather than its long form,
the name the abstract introduces in apposition, and no name for an acronym that is a part of the system
or for a set the paper presents. The sentences are made up in the shapes abstracts use."""

from __future__ import annotations

import pytest

from kg.extract.result_credit import proposed_name
from kg.model import Mention, Role

P, D = Role.PROPOSED, Role.DATASET


def _own(abstract: str, name: str | None = None, title: str = "A title") -> str | None:
    """The own name the results credit, with ``name`` (if given) a proposed mention at its first place."""
    if name is None:
        return proposed_name([], abstract, title)
    at = abstract.index(name)
    return proposed_name([Mention(P, name, "abstract", at, at + len(name), "", "test", 1.0)], abstract, title)


@pytest.mark.parametrize(
    ("abstract", "long_form", "want"),
    [
        # a one-word long form (its words joined by a dash) and an acronym broken at its dash
        ("We propose the Fooparty-Transformer (Foopar- T), a model for groups. Foopar-T gains 5.2% F-1.", "Fooparty-Transformer", "Foopar-T"),
        # an acronym written in TeX
        ("We propose the End-to-End Bar Qux (EB$^2$) recommender. EB$^2$ gains 19.41% in Hit-Rate.", "End-to-End Bar Qux", "EB$^2$"),
        # (as before: a long form of words, a plain acronym)
        ("We propose the Foo Anchor Loss (FAL). It gains 2% mAP.", "Foo Anchor Loss", "FAL"),
    ],
)
def test_result_own_naming_the_acronym_defined_for_the_long_form(abstract, long_form, want):
    assert _own(abstract, long_form) == want


@pytest.mark.parametrize(
    ("abstract", "want"),
    [
        # the acronym of a lower-case long form heading a system noun, called the paper's: a name
        ("This paper proposes a learning-by-fooing (LBF) system for learners. The proposed LBF system increased recall by 113%.", "LBF"),
        ("This paper proposes a learning-by-fooing (LBF) system for learners. Our LBF system increased recall by 113%.", "LBF"),
        # (as before: never called the paper's nor a subject, the acronym names the task)
        ("We present a textless speech-to-speech translation (S2ST) system. We train the S2ST model on real data.", None),
    ],
)
def test_result_own_naming_a_task_acronym_called_the_papers_own_is_a_name(abstract, want):
    assert _own(abstract, abstract[abstract.index("(") + 1 : abstract.index(")")]) == want


@pytest.mark.parametrize(
    ("abstract", "want"),
    [
        ("In our work we introduce Fogor a novel data-efficient grounding framework. Fogor surpasses others by 9.3%.", "Fogor"),
        ("We present BarNet, a new model for tagging. It reaches 91% accuracy.", "BarNet"),
        # a set the paper presents is no method: its results are the unnamed system's
        ("We present FooEE, a new document-level event extraction dataset. Models reach 41% F1.", None),
    ],
)
def test_result_own_naming_a_name_introduced_in_apposition(abstract, want):
    assert _own(abstract) == want


def test_result_own_naming_an_acronym_written_as_a_block_is_a_part():
    abstract = ("This paper proposes a fast network. Specifically, a residual foo-and-bar network (RFBN) is introduced for "
                "features. Following the RFBN block, a pyramid module is developed. It reaches 96.4% accuracy.")
    assert _own(abstract, "RFBN") is None
    # (an acronym written as the subject, not as a block, stays the name)
    assert _own("We propose a Foo Bar Network (FBN). FBN reaches 96.4% accuracy.", "Foo Bar Network") == "FBN"


def test_a_lower_case_word_in_brackets_is_no_acronym_of_the_own_name():
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention, Role

    abstract = "We propose Fast Bar Net (fast) for parsing. Fast Bar Net reaches 91.2% accuracy on PTB."
    start = abstract.index("Fast Bar Net")
    m = Mention(role=Role.PROPOSED, text="Fast Bar Net", field="abstract", start=start, end=start + 12,
                sentence=abstract[:43], rule="t", confidence=0.9)
    assert proposed_name([m], abstract) != "fast"
    abstract2 = "We propose the fast bar net (FBN) for parsing. FBN reaches 91.2% accuracy on PTB."
    start = abstract2.index("fast bar net")
    m2 = Mention(role=Role.PROPOSED, text="fast bar net", field="abstract", start=start, end=start + 12,
                 sentence=abstract2[:46], rule="t", confidence=0.9)
    assert proposed_name([m2], abstract2) == "FBN"  # the name's case still free


def test_an_acronym_with_a_lower_case_first_letter_still_names_the_own_method():
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention, Role

    abstract = "We propose a sparse MLP (sMLP) network. Our sMLP reaches 81.9% top-1 accuracy on ImageNet."
    start = abstract.index("sparse MLP")
    m = Mention(role=Role.PROPOSED, text="sparse MLP", field="abstract", start=start, end=start + 10,
                sentence=abstract[:38], rule="t", confidence=0.9)
    assert proposed_name([m], abstract) == "sMLP"
