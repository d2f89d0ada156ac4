"""A defined acronym the catalogue knows as a method, with the same long form, is that method even
where the long form ends in a task noun or the catalogue also lists it as a task."""

from __future__ import annotations

import pytest

from kg.extract import extract_papers
from kg.model import Paper, Source


def _lists(title: str, abstract: str) -> tuple[list[str], list[str]]:
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    lists = ex.surface_lists()
    return lists["proposed"] + lists["methods"], lists["tasks"]


@pytest.mark.parametrize("abstract, name", [
    # "structure from motion" is a catalogue task; SfM, spelled the same, a catalogue method.
    ("The camera pose can be computed from 2D-3D matches between a query image and Structure-from-Motion (SfM) "
     "models. It remains difficult to handle large SfM models. We propose a cascaded filtering method.", "SfM"),
    # "generation" heads a task long form; RAG is the catalogue's method of that long form.
    ("Retrieval-Augmented Generation (RAG) systems augment large language models with external knowledge. "
     "Existing RAG methods inject knowledge in the context. We propose a cross-attention method instead.", "RAG"),
])
def test_catalogued_method_acronym(abstract: str, name: str) -> None:
    methods, _ = _lists("A study", abstract)
    assert name in methods


def test_other_sense_stays_task() -> None:
    # AES is a catalogued cipher; "automated essay scoring (AES)" is the task.
    methods, _ = _lists("Scoring essays", "Automated essay scoring (AES) grades essays. AES systems use features. "
                        "We propose a neural model for AES.")
    assert "AES" not in methods


@pytest.mark.parametrize("abstract, name, found", [
    # A Title Case model, network or regression of three words or more names one model, whatever follows.
    ("The graphical structure of Probabilistic Graphical Models (PGMs) encodes the independence relations.", "PGMs", True),
    ("Reward-Weighted Regression (RWR) belongs to a family of widely known iterative algorithms.", "RWR", True),
    ("We make use of the Extended Social Force Model (ESFM), and it is modified to include the robot.", "ESFM", True),
    # ... a family is not one ("Large Language Models"), nor a qualifier ("(CAN)-bus data").
    ("Large Language Models (LLMs) are strong reasoners, and LLMs are widely used.", "LLMs", False),
    ("A network classifies anonymous Controller Area Network (CAN)-bus data into driving contexts.", "CAN", False),
])
def test_title_case_model_acronym(abstract: str, name: str, found: bool) -> None:
    methods, _ = _lists("A study", abstract)
    assert (name in methods) is found
