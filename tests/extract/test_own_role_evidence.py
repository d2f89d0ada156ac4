"""The role of a name read from the strongest evidence in its abstract (issue 11, error class 3):
what the paper draws on, joins its method with or computes stays someone else's; a name its
title defines or spells out is the paper's own wherever kg reads it."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role


def _roles(title: str, abstract: str) -> dict[str, set[str]]:
    (ms,) = Extractor().mentions([(title, abstract)])
    out: dict[str, set[str]] = {}
    for m in ms:
        out.setdefault(m.text, set()).add(m.role.value)
    return out


@pytest.mark.parametrize("title, abstract, name", [
    # "namely" after a verb that draws on something names what is drawn on
    ("Competing Quill Constraints", "To enrich the representations, we resort to information-theoretic principles, "
     "namely the Quiet Competing Process (QCP). Experiments show gains.", "QCP"),
    ("Competing Quill Constraints", "To this end, we combine information-theoretic arguments with stochastic activations, "
     "namely Stochastic Local Quill Units (SLQU) units. Experiments show gains.", "SLQU"),
    # a so-called term the paper's techniques compute
    ("Fast Decomposition of Quill Problems", "In this paper, we present key algorithmic improvements and parallelisation "
     "techniques to compute so-called Generalized Quill Decompositions (GQDs) faster.", "GQDs"),
    # what the paper's method is integrated with, named by "called"
    ("RQDC: Integrating Regularization into Deep Quill Clustering", "In this paper, we propose a clustering method, "
     "regularized quill clustering (RQDC), that integrates virtual quill training, a regularization technique, with a "
     "clustering method called deep quill clustering (DQC). RQDC works well.", "DQC"),
])
def test_drawn_on_joined_and_computed_names_are_not_the_papers_own(title: str, abstract: str, name: str) -> None:
    roles = _roles(title, abstract)
    assert "proposed" not in roles.get(name, set())
    assert roles.get(name) == {Role.METHOD.value}


def test_a_so_called_name_of_the_papers_new_design_stays_its_own() -> None:
    abstract = ("Few authors studied safety in linear motion. The contribution of this work is to present a new design "
                "capable of a nonlinear elastic behavior, the so-called Prismatic Quill Joint (PQJ). This new device works.")
    assert _roles("A Methodology to Design a Safety Mechanism", abstract).get("PQJ") == {"proposed"}


@pytest.mark.parametrize("title, abstract, name", [
    # the title defines the acronym, the abstract never uses it
    ("Practical Projective Quill From Motion (P2QfM)", "This paper presents a solution to the projective quill problem "
     "able to deal with missing data. Experiments show that our approach performs well.", "P2QfM"),
    # the whole title is the long form of an acronym the abstract defines as the paper's result
    ("Multiresolution Quill Factorization", "Inspired by multiresolution analysis, this paper introduces a new notion of "
     "matrix factorization. The resulting Multiresolution Quill Factorizations (MQFs) provide a wavelet basis.", "MQFs"),
])
def test_a_name_the_title_defines_or_spells_out_is_the_papers_own(title: str, abstract: str, name: str) -> None:
    assert _roles(title, abstract).get(name) == {"proposed"}


def test_a_named_plain_word_keeps_the_capitalised_system_noun_after_it() -> None:
    abstract = ("We propose a novel solution using the concept of mix-up for novelty detection, termed as Quillation "
                "Network. It separates classes well.")
    roles = _roles("Multi-class Novelty Detection Using Mix-up", abstract)
    assert roles.get("Quillation Network") == {"proposed"} and "Quillation" not in roles


def test_what_the_papers_system_combines_or_aims_at_is_not_its_own() -> None:
    abstract = ("This work proposes a hybrid architecture combining low-level Quill Predictive Controller (QPC) with "
                "locally deployed large language models to enhance decision-making and Human Quill Interaction (HQI). "
                "QPC keeps the safety guarantees.")
    (ms,) = Extractor().mentions([("Enhancing Driving Systems with On-Board Language Models", abstract)])
    # the goal of a purpose clause is no part; what "combining" takes is not presented (a part at most,
    # weaker than the catalogue's method)
    assert {m.role.value for m in ms if m.text == "HQI"} == {"methods"}
    assert all(m.rule != "acronyms:presented" for m in ms if m.text == "QPC")


def test_a_definition_after_that_clause_is_not_coordinated_with_the_own_name() -> None:
    abstract = ("In this paper, we propose a clustering method, regularized quill embedding clustering (RQEC), that "
                "integrates virtual quill training (VQT), a regularization technique, with a clustering method. "
                "RQEC uses VQT to be robust.")
    roles = _roles("RQEC: Integrating Regularization into Quill Clustering", abstract)
    assert roles.get("RQEC") == {"proposed"} and "proposed" not in roles.get("VQT", set())


def test_a_long_form_followed_by_its_unbracketed_acronym_gives_the_acronym() -> None:
    abstract = ("Permutation importance undervalues covariates. To address this issue, we propose Covered Quill "
                "Disentanglement CQD, a framework that corrects the values. We show how to compute CQD efficiently.")
    roles = _roles("Model Transparency via Unbiased Permutation Importance", abstract)
    assert roles.get("CQD") == {"proposed"} and "Covered Quill Disentanglement CQD" not in roles


def test_a_name_running_on_after_an_acronym_is_not_cut_there() -> None:
    abstract = ("We present Risk-Averse Nonlinear Steering RRT* (RANS-RRT*) as an RRT* variant that incorporates "
                "nonlinear dynamics. RRT* is widely used.")
    assert "proposed" not in _roles("Risk-Averse Planning for Robotic Systems", abstract).get("RRT*", set())


@pytest.mark.parametrize("abstract, name", [
    # "introduce X in the ... domain": an existing technique brought into a field
    ("We propose QuillLM, a model for medical reasoning. Additionally, we introduce Test-Time Quill Training "
     "(TTQT) in the medical domain for the first time, facilitating domain adaptation.", "TTQT"),
])
def test_what_the_paper_brings_into_a_field_is_not_its_own(abstract: str, name: str) -> None:
    assert "proposed" not in _roles("Structured Prediction of Quill Responses", abstract).get(name, set())
