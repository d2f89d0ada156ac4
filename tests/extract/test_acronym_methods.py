"""Defined acronyms that name someone else's method (or none), by what the text says around them."""

from __future__ import annotations

import pytest

from kg.extract.acronyms import classify, find_definitions
from kg.extract.sentences import split_sentences
from kg.model import Role


def _role(text: str, short: str) -> Role | None:
    sents = split_sentences(text)
    for d in find_definitions(text):
        if text[d.short_start : d.short_end] == short:
            sent = next(s for s in sents if s[0] <= d.short_start < s[1])
            got = classify(text, d, sent, set())
            return got[0] if got else None
    raise AssertionError(f"no definition of {short}")


@pytest.mark.parametrize(
    "text, short, role",
    [
        # A reference right after the acronym: someone's published method.
        ("We study the Vision Transformer (ViT) (Dosovitskiy et al. 2021) under corruptions.", "ViT", Role.METHOD),
        ("Our approach is based on fast frictional dynamics (FFD) [14] for rigid bodies.", "FFD", Role.METHOD),
        # ... but a model family stays generic, and a presented name stays the paper's own.
        ("Detoxification of Large Language Models (LLMs) (Leong et al., 2023) is studied.", "LLMs", None),
        # A field, device or formalism is no method.
        ("Corner cases are bottlenecks when applying Artificial Intelligence (AI) systems.", "AI", None),
        ("A camera complements the Global Positioning System (GPS) under the canopy.", "GPS", None),
        # ... while "ML" may be the maximum likelihood technique.
        ("Standard approaches are Maximum Likelihood (ML) and others.", "ML", Role.METHOD),
        # An observer is a control technique; an estimator or classifier with "the" an established one.
        ("The forces are tracked with a model-based disturbance observer (DOB) in the loop.", "DOB", Role.METHOD),
        ("We prove that the maximum likelihood estimator (MLE) is minimax optimal.", "MLE", Role.METHOD),
        ("We test our method with the deep object pose estimator (DOPE) on videos.", "DOPE", Role.METHOD),
        # ... "a ... estimator" is as often a generic kind or the paper's own part.
        ("These errors cause failures for a single-person pose estimator (SPPE) in crowds.", "SPPE", None),
        ("We show how such a deep abstaining classifier (DAC) can be used with noisy labels.", "DAC", None),
    ],
)
def test_others_method(text: str, short: str, role: Role | None) -> None:
    assert _role(text, short) is role


def test_cited_presented_stays_own() -> None:
    text = "We propose a Hierarchical Mixture Planner (HMP) [3] that plans in stages."
    assert _role(text, "HMP") is not Role.METHOD


@pytest.mark.parametrize(
    "text, short",
    [
        ("Nonlinear programming (NLP) has been the state-of-the-art approach under constraints.", "NLP"),
        ("We build on the guided policy search (GPS) algorithm. GPS transforms the problem.", "GPS"),
    ],
)
def test_field_short_spelling_a_technique(text: str, short: str) -> None:
    # the short form is a field or device elsewhere ("NLP", "GPS"); the long form's head says technique
    assert _role(text, short) is Role.METHOD


@pytest.mark.parametrize(
    "text, short, is_task",
    [
        ("Reverse Dictionary (RD) is the task of finding a word from its description.", "RD", True),
        ("Pose Graph Optimization (PGO) is an important optimization problem in robotics.", "PGO", True),
        # a method noun on the way, or a compound ("problem-modeling"), says no task
        ("Answer Set Programming (ASP) is a prominent problem-modeling and solving framework.", "ASP", False),
        ("Bayesian Optimization (BO) is a method for black-box problems.", "BO", False),
        # the definition does not open its sentence: it is not the subject said to be a task
        ("Understanding information flow in Deep Neural Networks (DNNs) is a challenging problem.", "DNNs", False),
    ],
)
def test_said_to_be_task(text: str, short: str, is_task: bool) -> None:
    from kg.extract.acronyms import task_acronyms

    assert (short.lower() in task_acronyms(text, find_definitions(text))) is is_task


@pytest.mark.parametrize(
    "text, short, role",
    [
        # said to be a useful tool: someone else's technique, lower-case long form and all
        ("Correlated topic models (CTM) are useful tools for statistical analysis of documents.", "CTM", Role.METHOD),
        # an existing technique the text names after its kind noun
        ("Our method can be considered as an extension to the existing technique of supervised principal"
         " components (SPCs).", "SPCs", Role.METHOD),
        # a participle after what the paper starts from is no attribute noun
        ("Our algorithm is a variant of difference target-propagation (DTP) modified to remove the last layer.",
         "DTP", Role.METHOD),
        # a qualified kind of a catalogued method, its acronym built on the method's own
        ("We study parameter estimation in continuous density hidden Markov models (CD-HMMs) for speech.",
         "CD-HMMs", Role.METHOD),
        # ... but a deep one is the family, and a presented one stays the paper's own
        ("Deep convolutional neural networks (DCNNs) have been applied to many vision tasks.", "DCNNs", None),
        ("In this paper we introduce a novel factorial hidden Markov model (FHMM) for source separation.", "FHMM",
         Role.PROPOSED),
        ("We reduce the communication load in distributed model predictive control (DMPC) for mobile robots.",
         "DMPC", Role.METHOD),
        # ... a Title Case kind is as often the paper's own, and a device after "based on" no technique
        ("We implement a Multiple Timescale Long Short-Term Memory (MT-LSTM) network comprised of 7 layers.", "MT-LSTM",
         None),
        ("The method is based on a Fixturing Assistive Gripper (FAG) mounted on a robot arm.", "FAG", None),
        ("Radar helps: we fuse radar measurements with Visual Inertial Odometry (RVIO) in the dark.", "RVIO", None),
        # an attribute noun after the acronym is still an attribute
        ("We use a variant of the key-value (KV) cache to store states.", "KV", None),
    ],
)
def test_acronyms_of_others_models_with_lower_case_long_forms(text: str, short: str, role: Role | None) -> None:
    assert _role(text, short) == role
