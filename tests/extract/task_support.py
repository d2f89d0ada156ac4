"""The tasks of a made-up title and abstract, for the task tests: as the task rules find them
(:func:`rule_tasks`) and as the whole extraction keeps them (:func:`extracted_tasks`)."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.tasks import find_tasks
from kg.model import Paper, Source


def rule_tasks(title: str, abstract: str) -> list[str]:
    """The tasks :func:`kg.extract.tasks.find_tasks` finds, lower-cased, in its order."""
    text = layout(title, abstract)
    return [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]


def extracted_tasks(title: str, abstract: str) -> list[str]:
    """The tasks the extraction keeps for the paper (after the resolver and its models), lower-cased."""
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    return [t.lower() for t in ex.surface_lists()["tasks"]]
