"""The paper's own name read from its title, on made-up titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.proposed_title import title_names
from kg.extract.sentences import split_sentences
from kg.model import Role


def _names(title: str, abstract: str) -> dict[str, Role]:
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in title_names(text, len(title), split_sentences(text))}


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Glyph Spotter v3: Segmentation Proposals for Robust Text Spotting",
         "In this paper, we propose Glyph Spotter v3, an end-to-end trainable text spotter.", "Glyph Spotter v3"),
        ("RouteLoop: Iterative Re-ranking", "We present RouteLoop, a re-ranking scheme.", "RouteLoop"),
        ("RouteLoop for Source-Free Adaptation", "We propose RouteLoop, which adapts without source data.", "RouteLoop"),
    ],
)
def test_proposed_title_names_the_papers_own_system(title: str, abstract: str, name: str) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


def test_proposed_title_a_survey_title_names_no_system() -> None:
    assert _names("RouteLoop: A Survey of Re-ranking", "We review re-ranking methods.") == {}


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Braided Poisson Processes", 'We term these models "Braided Poisson Processes": they chain links.',
         "Braided Poisson Processes"),
        ("Twin Route Networks for Image Classification", "In this work, we present a simple Twin Route Network that shares features.",
         "Twin Route Network"),
    ],
)
def test_proposed_title_an_opening_name_phrase_the_abstract_presents_is_proposed(title: str, abstract: str, name: str) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("Neural Translation Models for Low-Resource Languages", "We train neural translation models with back-translation."),
        ("Large Motion Model for Unified Generation", "We propose a Large Motion Model (LMM) for many tasks."),
        ("Twin Route Networks", "Unlike previous Twin Route Networks, we present a router."),
    ],
)
def test_proposed_title_a_phrase_written_generically_or_defined_by_an_acronym_is_left_to_other_rules(
    title: str, abstract: str
) -> None:
    assert _names(title, abstract) == {}


@pytest.mark.parametrize(
    "title, abstract, name, role",
    [
        # an undefined acronym opening a sentence that says what it is, spelling the title's words
        ("Quiet Learning via Glassy Search", "QLGS is  a  reinforcement-based architecture. It learns maps.", "QLGS",
         Role.PROPOSED),
        ("Boosted Glassy Q-Iteration for Control", "We study control. BG-QI is an iterative off-line algorithm.", "BG-QI",
         Role.PROPOSED),
        # letters that do not spell the title, an acronym defined in the abstract, or not the subject
        ("Quiet Learning via Glassy Search", "GNN is a model for graphs.", "GNN", None),
        ("Quiet Learning via Glassy Search", "Quiet learning (QLGS) is a method. QLGS is a model.", "QLGS", None),
        ("Quiet Learning via Glassy Search", "We compare it with QLGS, which is a model.", "QLGS", None),
    ],
)
def test_proposed_title_an_acronym_spelling_the_title_is_the_papers_own(title: str, abstract: str, name: str,
                                                                       role: Role | None) -> None:
    assert _names(title, abstract).get(name) is role


@pytest.mark.parametrize("title, abstract, role", [
    ("Quiet Harbor Benchmark: Aerial Views of Ports",
     "We provide a drone-collected dataset, Quiet Harbor, with 90 hours of video.", Role.INTRODUCED_DATASET),
    ("Quiet Harbor Benchmark: Aerial Views of Ports", "We record quiet harbor scenes from drones.", None),
])
def test_proposed_title_a_resource_title_names_the_dataset_the_abstract_names_by_its_head(
        title: str, abstract: str, role: Role | None) -> None:
    assert _names(title, abstract).get("Quiet Harbor Benchmark") is role


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Dropshade: Regularizing Recurrent Networks", "We propose dropshade, a novel method to regularize RNNs.", "Dropshade"),
        ("Lens Adaptor: A Learnable Resizing Module", "Our lens adaptors replace the resizing layers of a network.", "Lens Adaptor"),
    ],
)
def test_proposed_title_a_plain_prefix_the_abstract_presents_in_any_case_is_proposed(title: str, abstract: str, name: str) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


def test_proposed_title_a_plain_prefix_the_abstract_only_mentions_is_not_a_name() -> None:
    assert _names("Dropshade: Regularizing Recurrent Networks", "Recurrent networks overfit; dropshade rates matter.") == {}


def test_proposed_title_a_name_with_a_generic_last_word_the_abstract_presents_is_proposed() -> None:
    names = _names("Lattice Network: Deep Censored Regression", "In this paper, we propose the Lattice Network, an efficient model.")
    assert names.get("Lattice Network") is Role.PROPOSED
    assert _names("Lattice Network: Deep Censored Regression", "Lattice networks are used for regression.") == {}


def test_proposed_title_the_abstracts_capitalised_mentions_of_a_several_word_title_name_are_that_name() -> None:
    title, abstract = "Fold Lines: Coarse-to-Fine Features", "Here we introduce Fold Lines, which fold features. Fold Lines beat others."
    text = layout(title, abstract)
    spans = {(c.start, c.end) for c in title_names(text, len(title), split_sentences(text))}
    at = text.index("Fold Lines, which")
    assert (at, at + len("Fold Lines")) in spans


def test_proposed_title_a_name_ending_in_a_method_noun_is_no_dataset_for_data_words_after_the_colon() -> None:
    names = _names("Unified Echo Models: Coupling Video and Action for Pretraining on Large Robotic Datasets",
                   "In this work, we present Unified Echo Models, a framework that learns from video.")
    assert names.get("Unified Echo Models") is Role.PROPOSED


def test_proposed_title_a_prefix_the_abstract_introduces_as_a_task_is_no_name() -> None:
    assert _names("Visual Echoing: Probabilistic Recovery", "We introduce visual echoing: the task of recovering a video.") == {}


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Ripple Wave Networks", "This motivates the design of ripple wave networks (RWNs) based on kernels. RWNs beat baselines.", "RWNs"),
        ("The Twin Gate Machine", "The twin gate machine (TGM) is a model of sequences. We fit the TGM to text.", "TGM"),
        # a plural's "'s" inside the bracket
        ("Ripple Wave Networks", "We present ripple wave networks (RWN\u2019s), a way of fusing kernels. A RWN is fast.", "RWN"),
        # defined once, in a sentence claiming it as the paper's: no second use needed
        ("Ripple Wave Filter for Visual Tracking", "In this paper, we derive a ripple wave filter (RWF) based tracker. It is fast.", "RWF"),
    ],
)
def test_proposed_title_an_acronym_the_abstract_defines_for_the_titles_system_phrase_is_proposed(
    title: str, abstract: str, name: str
) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract",
    [
        # a field or task opens the title, not a system
        ("Reinforcement Learning with Option Graphs", "Reinforcement learning (RL) is a framework. We make RL faster."),
        # the definition's sentence uses or extends someone's system
        ("Deep Ripple Networks for Control", "We extend Deep Ripple Networks (DRN) to control. DRN learns fast."),
        ("Ripple Wave Networks", "Recent ripple wave networks (RWNs) are slow. We speed RWNs up."),
    ],
)
def test_proposed_title_a_title_long_form_of_a_field_or_of_a_used_system_is_not_proposed(title: str, abstract: str) -> None:
    assert "RL" not in _names(title, abstract) and "DRN" not in _names(title, abstract) and "RWNs" not in _names(title, abstract)


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Generative Ripple Vector", "To this end, we introduce a Generative Ripple Vector, which infers codes for new texts.",
         "Generative Ripple Vector"),
        ("Object Annotation With Deep Extreme Ripple Set Evolution",
         "We propose Deep Extreme Ripple Set Evolution that combines CNN models with level sets.", "Deep Extreme Ripple Set Evolution"),
    ],
)
def test_proposed_title_plain_words_the_title_vouches_for_after_a_presenting_verb_are_proposed(
    title: str, abstract: str, name: str
) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract",
    [
        # a kind noun after the words: a thing of a known family
        ("Multimodal Learning with Deep Ripple Machines", "We propose a Deep Ripple Machine model for multimodal data."),
        # lower-case words describe
        ("Ripple Attention for Language Models", "We propose ripple attention, a time-aware attention."),
        # the bracket or a naming word names it: the acronym rules read that
        ("Ripple Vector Learning for Denoising", "We propose Ripple Vector Learning for Image Denoising (RVLID) to denoise."),
        ("A Unified Ripple Formulation", "This paper presents a Unified Ripple Formulation for odometry, referred to as URF."),
        # a "Name: ..." title names the system
        ("RVX: Ripple Vector Learning", "We propose Ripple Vector Learning, a method."),
    ],
)
def test_proposed_title_a_vouched_phrase_of_a_family_lower_case_or_named_otherwise_is_not_proposed(title: str, abstract: str) -> None:
    assert all(c.rule != "proposed:title-vouched" for c in _candidates(title, abstract))


def _candidates(title: str, abstract: str):
    text = layout(title, abstract)
    return title_names(text, len(title), split_sentences(text))


def test_proposed_title_long_form_reads_few_definitions_of_a_repeated_phrase(monkeypatch) -> None:
    # a hostile abstract repeating "long form (ACRONYM)" in one sentence: each definition read
    # searched its whole sentence before it, quadratic work; an acronym is defined once or twice
    import kg.extract.proposed_title as pt

    calls = []
    real = pt.long_form_start
    monkeypatch.setattr(pt, "long_form_start", lambda *a: calls.append(1) or real(*a))
    _names("Deep Ripple Networks", "deep ripple networks (DRN) are used, " * 500)
    assert len(calls) <= 10


def test_proposed_title_long_form_keeps_offsets_past_a_letter_lower_case_lengthens() -> None:
    # "İ".lower() is two characters: offsets read on text.lower() no longer fit the text
    abstract = "İzmir traffic needs ripple wave networks (RWNs) based on kernels. RWNs beat baselines."
    assert _names("Ripple Wave Networks", abstract).get("RWNs") is Role.PROPOSED


def test_proposed_title_vouched_reads_a_sentences_prior_words_once(monkeypatch) -> None:
    # a hostile sentence repeating the presented phrase: each mention read its sentence from the start
    import kg.extract.proposed_title as pt

    calls = []
    real = pt._PRIOR.search
    monkeypatch.setattr(pt, "_PRIOR", type("P", (), {"search": staticmethod(lambda *a: calls.append(1) or real(*a))})())
    found = _candidates("Generative Ripple Vector", "we introduce a Generative Ripple Vector, " * 200)
    assert len(calls) <= 5 and sum(c.rule == "proposed:title-vouched" for c in found) == 200


def test_proposed_title_vouched_a_prior_word_before_the_verb_and_none_after() -> None:
    # the prior-work word counts before the presenting verb, in its sentence only
    abstract = ("In previous work we introduced a Generative Ripple Vector, which infers codes. "
                "We introduce a Generative Ripple Vector, which beats the existing codes.")
    rules = [c.start for c in _candidates("Generative Ripple Vector", abstract) if c.rule == "proposed:title-vouched"]
    assert len(rules) == 1


@pytest.mark.parametrize(
    "abstract, phrase, presented",
    [
        ("In this paper we propose zoneout, a regularizer.", "Zoneout", True),
        ("We present our shape adaptors for CNNs.", "shape adaptor", True),  # plural, after "our"
        ("Zoneout is known. We introduce the ZONEOUT method.", "zoneout", True),  # the second place
        ("We introduce visual deprojection: the task of recovering a video.", "visual deprojection", False),
        ("We propose zoneouts-like noise.", "zoneout", False),  # part of a longer word
        ("Zoneout helps. We study it.", "zoneout", False),
        ("We study it.", "", False),  # an empty phrase ends the search (it matches everywhere)
        ("Results of the method we propose", "", False),
    ],
)
def test_presented_in(abstract, phrase, presented):
    from kg.extract.proposed_title import _presented_in

    assert _presented_in(abstract, phrase) is presented


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("Learnable Quiet Cosine Estimator (LQCE) for Glass Ranking", "We rank glass. Our LQCE ranks it well."),
        ("Glass from Motion (GfM): Ranking Glass from Sparse Views", "GfM ranks glass from a few views."),
    ],
)
def test_proposed_title_an_acronym_the_titles_opening_long_form_defines_is_proposed(title: str, abstract: str) -> None:
    name = title[title.index("(") + 1 : title.index(")")]
    assert _names(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # a qualifier, a family, a task head, an acronym the abstract calls used
        ("Gaussian Glass Model (GGM) Based Ranking of Glass", "We rank glass with a GGM.", "GGM"),
        ("Large Language Models (LLMs) for Glass", "We ask LLMs about glass.", "LLMs"),
        ("Quiet Glass Ranking (QGR) with Views", "We study QGR on glass.", "QGR"),
        ("Deep Glass Network (DGN) for Ranking", "We use the DGN to rank glass.", "DGN"),
    ],
)
def test_proposed_title_a_title_acronym_qualifying_used_or_of_a_family_or_task_is_not_proposed(title: str, abstract: str,
                                                                                              name: str) -> None:
    assert name not in _names(title, abstract)


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # a colon the source wrote without its space, a prefix ending in a system noun, an abstract
        # presenting its system unnamed
        ("Pulse Slider Networks:Editing Photos by Sliding Knobs",
         "This paper introduces a new encoder-decoder architecture that edits photos.", "Pulse Slider Networks"),
        # the title's rest apposes a kind to a prefix the abstract never writes (a pronoun inside)
        ("You Only Rank Twice: a Simple Baseline Algorithm for Offline Ranking",
         "Many rankers iterate. By contrast, we propose a simple baseline algorithm that ranks twice.", "You Only Rank Twice"),
    ],
)
def test_proposed_title_names_a_system_the_abstract_presents_unnamed(title: str, abstract: str, name: str) -> None:
    assert _names(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("Open Problem: Finding Good Sampling Processes", "We ask whether good sampling processes exist."),
        ("Pulse Slider Networks: A Review of Photo Editing", "We review photo editing networks."),
    ],
)
def test_proposed_title_no_unnamed_system_without_a_presented_one(title: str, abstract: str) -> None:
    assert _names(title, abstract) == {}


def test_proposed_title_a_naming_word_presents_the_title_name() -> None:
    names = _names("Trace Ridge: a trace norm regularization for correlated designs",
                   "We introduce a new penalty. This norm, called the trace Ridge, uses the trace norm.")
    assert names.get("Trace Ridge") is Role.PROPOSED
