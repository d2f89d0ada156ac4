"""Techniques named after a person ("the Galerkin method"): kg.extract.eponyms."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract.eponyms import eponymous_techniques
from kg.model import Role


def _eponyms(abstract: str, found: list[Candidate] | None = None) -> list[str]:
    text = layout("Spectral Estimation", abstract)
    tend = len("Spectral Estimation")
    return [text[c.start : c.end] for c in eponymous_techniques(text, found or [], tend) if c.role is Role.METHOD]


@pytest.mark.parametrize(
    "abstract, expected",
    [
        # a surname (or two, hyphenated) before a technique noun, mid-sentence, names a technique
        ("We solve it with the Lanczos method and compare.", ["Lanczos method"]),
        ("Inference uses a collapsed Gibbs sampler over topics.", ["Gibbs sampler"]),
        ("Steps follow the classical Gauss-Seidel iteration in each block.", ["Gauss-Seidel iteration"]),
        ("Tests are adjusted by the Holm correction before reporting.", ["Holm correction"]),
        ("It extends Prim's algorithm to weighted graphs.", ["Prim's algorithm"]),
        # a plural names the one technique, in the singular
        ("It shows that both Metropolis samplers mix slowly.", ["Metropolis sampler"]),
    ],
)
def test_eponyms_technique_named_after_a_person_is_a_method(abstract: str, expected: list[str]) -> None:
    assert _eponyms(abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "Noise is modelled by a Gaussian approximation of the posterior.",  # an adjective, not a name
        "Inference relies on Monte Carlo methods throughout.",  # a longer capitalised name leads it
        "Inference relies on quasi-Monte Carlo procedures throughout.",
        "Learning Boosting methods is hard.",  # a gerund
        "We propose the Kestrel estimator for sparse signals.",  # the paper's own
        "A new method, called the Splinter sampler, is derived.",
        "It uses a fast Walsh-Hadamard transform (FWHT) on activations.",  # the acronym names it
        "Euler method is used at the start of a sentence.",
    ],
)
def test_eponyms_families_longer_names_and_own_names_not_taken(abstract: str) -> None:
    assert _eponyms(abstract) == []


def test_eponyms_leave_a_name_another_rule_claimed() -> None:
    text = layout("Spectral Estimation", "It is solved by the Frank-Wolfe algorithm in rounds.")
    at = text.index("Frank-Wolfe")
    known = [Candidate(Role.METHOD, at, at + len("Frank-Wolfe"), "catalogue", 0.9)]
    assert eponymous_techniques(text, known, len("Spectral Estimation")) == []
