"""A defined acronym whose long form the title leads with is the paper's own name
(:func:`kg.extract.acronym_presented.title_named`), on hand-written abstracts."""

from __future__ import annotations

import pytest

from kg.extract.acronyms import classify, find_definitions
from kg.extract.doc import layout
from kg.extract.sentences import split_sentences
from kg.model import Role


def _roles(title: str, abstract: str) -> dict[str, tuple[Role, str] | None]:
    text = layout(title, abstract)
    sents = split_sentences(text)
    out = {}
    for d in find_definitions(text):
        sent = next(s for s in sents if s[0] <= d.short_start < s[1])
        got = classify(text, d, sent, set())
        out[text[d.short_start : d.short_end]] = (got[0], got[2]) if got else None
    return out


@pytest.mark.parametrize(
    "title, abstract, short",
    [
        # defined in the title itself, before its colon
        ("Generalized Latent Parent (GLP): Discovering Hidden Factors", "We propose a general approach.", "GLP"),
        ("A Noise-Aware Path Planner (NAPP) to Generate Safe Trajectories", "Planning is hard.", "NAPP"),
        # the title leads with it; the abstract's sentence presents something ("a framework of" and the
        # lower-case long form kept the sentence rules from reading it)
        ("Learning Cascaded-Parallel Hash Tables for Efficient Denoising",
         "In this paper, we propose a framework of cascaded-parallel hash tables (CPHT) to alleviate the issues.", "CPHT"),
        ("Robust-maximizers value search for efficient Bayesian optimization",
         "This paper presents a novel robust-maximizers value search (RVS) acquisition function: it measures gain.", "RVS"),
    ],
)
def test_title_named_is_own(title: str, abstract: str, short: str) -> None:
    assert _roles(title, abstract)[short] == (Role.PROPOSED, "acronyms:title-named")


@pytest.mark.parametrize(
    "title, abstract, short",
    [
        # inside a longer phrase of the title: someone's model the paper's is built on
        ("Hyperbolic Variational Graph Auto-Encoder for Recommendation",
         "We propose a new model. Then we use the Variational Graph Auto-Encoder (VGAE) to embed nodes.", "VGAE"),
        # what the title leads with is the field, used as others' kind of thing
        ("Multi-fidelity Bayesian Optimization with Input-dependent Fidelity",
         "We propose a new method for Multi-Fidelity Bayesian Optimization (MFBO). Existing MFBO methods assume a fixed fidelity.", "MFBO"),
        # the abstract's sentence presents nothing (a title often leads with its task)
        ("Automatic Check-Out with Deep Learning", "Automatic Check-Out (ACO) aims to predict the items in an image.", "ACO"),
        # a task the sentence names, a field of two letters, earlier work
        ("Hallucinating Visual Instances in Total Absentia",
         "We propose a new visual restoration task, termed as hallucinating visual instances in total absentia (HVITA).", "HVITA"),
        ("Reinforcement Learning for Gripper Manipulation", "We propose to use Reinforcement Learning (RL) for grasping.", "RL"),
        ("Model Predictive Control of Bipedal Walking",
         "We propose a new controller combining CLFs and standard model predictive control (MPC).", "MPC"),
        ("Deep Lagrangian Networks for Control", "We propose a new method: we extend Deep Lagrangian Networks (DeLaN) to friction.", "DeLaN"),
    ],
)
def test_title_named_not_own(title: str, abstract: str, short: str) -> None:
    got = _roles(title, abstract)[short]
    assert got is None or got[1] != "acronyms:title-named"
