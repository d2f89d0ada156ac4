"""Task-rule patterns rewritten for speed (led by a letter or a literal the regex engine skips
to, instead of ``\\b``) find what their plain forms find."""

from __future__ import annotations

import re

import pytest

from kg.extract.task_cues import _TASKS_WORD
from kg.extract.task_spans import _STUDY_PROBLEM
from kg.extract.tasks import _PROPOSING

_WE_OR_THIS = r"\b(?:[Ww]e|[Tt]his (?:paper|work))"
PLAIN = {
    "proposing": (_PROPOSING, re.compile(_WE_OR_THIS + r"\s+(?:propose|present|introduce)s?\b")),
    "study problem": (_STUDY_PROBLEM, re.compile(
        _WE_OR_THIS + r"\s+(consider|stud(?:y|ie)|address|tackle|formulate|investigate|solve)s?\s+the\s+\*?((?:[a-z0-9][a-z0-9\-]*\s+){1,5}?[a-z0-9][a-z0-9\-]*)\*?\s+problem\b")),
    "tasks word": (_TASKS_WORD, re.compile(r"\btasks?\b")),
}
TEXTS = [
    "We propose X. this paper presents Y; This work introduces Z and we present W.",
    "xWe propose, _we propose, Twe propose, Thiswork introduces, 9we propose",
    "We study the graph coloring problem. we consider the *online matching* problem; This paper addresses the problem",
    "This paper studies the bin packing problem; this work formulates the component selection problem; We solves the x y problem",
    "tasks, multitask, task_s, Tasks, subtasks and task-specific task",
    "",
]


@pytest.mark.parametrize("name", sorted(PLAIN))
@pytest.mark.parametrize("text", TEXTS)
def test_tasks_patterns_find_what_their_plain_forms_find(name: str, text: str) -> None:
    fast, plain = PLAIN[name]
    for pos in range(len(text) + 1):
        assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
