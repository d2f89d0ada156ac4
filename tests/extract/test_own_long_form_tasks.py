"""A title phrase that spells the long form of the paper's own acronym names its method, not its
task (kg.extract.resolve._spans_not_own_long_forms), unless a definition calls it a problem, a task
or a kind of thing, or only the title defines it."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.model import Paper, Source


def _lists(title: str, abstract: str) -> dict[str, list[str]]:
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    return ex.surface_lists()


def _tasks(title: str, abstract: str) -> set[str]:
    return {t.lower() for t in _lists(title, abstract)["tasks"]}


def test_title_phrase_the_abstract_defines_as_its_own_acronym_is_no_task():
    got = _lists("Foolproof Cooperative Learning",
                 "This paper extends learning equilibriums to stochastic games. We introduce Foolproof Cooperative "
                 "Learning (FCL), an algorithm that converges to an equilibrium strategy. FCL is robust.")
    assert "FCL" in got["proposed"]
    assert "foolproof cooperative learning" not in {t.lower() for t in got["tasks"]}


def test_long_form_called_a_problem_stays_a_task():
    tasks = _tasks("Human Language Modeling",
                   "Here, we propose human language modeling (HuLM), a hierarchical extension to the language "
                   "modeling problem. We introduce HaRT, a large transformer model for solving HuLM.")
    assert "human language modeling" in tasks


def test_long_form_of_plural_methods_stays_a_task():
    tasks = _tasks("A Quotient Space Approach to Model-Based Fault Detection and Isolation: Theory",
                   "We report the development of novel fault detection and isolation (FDI) methods for model-based "
                   "fault detection (MB-FD). This FDI approach performs MB-FD of single faults.")
    assert "fault detection and isolation" in tasks
