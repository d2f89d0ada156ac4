"""An acronym the paper presents as its own method keeps its role though its long form is
task-shaped (kg.extract.resolve): the words beside it call it a method."""

from __future__ import annotations

from kg.extract.doc import Candidate, layout
from kg.extract.resolve import resolve
from kg.model import Role


def _roles(abstract: str, name: str, rule: str) -> set[Role]:
    text = layout("Object Manipulation", abstract)
    i = text.index(name)
    found = [Candidate(Role.PROPOSED, i, i + len(name), rule, 0.8)]
    return {c.role for c in resolve(text, found, frozenset({name.lower()})) if text[c.start : c.end] == name}


def test_presented_acronym_called_an_approach_stays_proposed():
    abstract = "We propose Manipulation via Visual Location Estimation (m-VOLE), an approach that explores."
    assert _roles(abstract, "m-VOLE", "proposed:bracket-coined") == {Role.PROPOSED}


def test_task_acronym_without_a_method_word_is_dropped():
    abstract = "We propose Manipulation via Visual Location Estimation (m-VOLE) in homes."
    assert _roles(abstract, "m-VOLE", "proposed:bracket-coined") == set()


def test_context_claim_does_not_outweigh_the_task_acronym():
    # "the proposed AQA model": a context claim on a task's acronym ("action quality assessment")
    abstract = "Action quality assessment (AQA) matters. We train the proposed AQA model, an approach that works."
    assert _roles(abstract, "AQA", "proposed:the-proposed") == set()
