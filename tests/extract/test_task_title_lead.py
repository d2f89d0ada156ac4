"""The title's weak-headed lead phrase as the paper's field, beside the task its "for" part names
("Online Domain Adaptation for ..."): taken last, in a free slot, on made-up titles."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract.resolve import _tasks_not_names, select_tasks
from kg.extract.tasks import find_tasks
from kg.model import Role

_ABSTRACT = "Glaciers hide crevasses under snow. We train a network on radar images and report results on two glaciers."


def _tasks(title: str) -> list[tuple[str, str]]:
    text = layout(title, _ABSTRACT)
    return [(text[c.start : c.end], c.rule) for c in find_tasks(text)]


@pytest.mark.parametrize("title, lead", [
    ("Multi-Task Learning for Glacier Crevasse Segmentation", "Multi-Task Learning"),
    ("Online Domain Adaptation for Glacier Crevasse Segmentation", "Online Domain Adaptation"),
])
def test_title_lead_beside_the_for_part(title: str, lead: str) -> None:
    assert _tasks(title) == [("Glacier Crevasse Segmentation", "tasks:title"), (lead, "tasks:title-lead")]


@pytest.mark.parametrize("title", [
    "Glacier Crevasse Segmentation with Multi-Task Learning",  # after a link: the method
    "Crevasse Representation Learning for Glacier Crevasse Segmentation",  # shares "crevasse" with the task
])
def test_no_title_lead(title: str) -> None:
    assert [rule for _, rule in _tasks(title)] == ["tasks:title"]


def test_title_lead_ranks_after_the_abstracts_tasks() -> None:
    text = layout("Domain Adaptation for Crevasse Segmentation", "We study crevasse detection on glaciers.")
    tend = len("Domain Adaptation for Crevasse Segmentation")

    def cand(phrase: str, rule: str, after: int = 0) -> Candidate:
        s = text.index(phrase, after)
        return Candidate(Role.TASK, s, s + len(phrase), rule, 0.5)

    title, lead = cand("Crevasse Segmentation", "tasks:title"), cand("Domain Adaptation", "tasks:title-lead")
    abstract = cand("crevasse detection", "tasks:abstract", tend)
    assert select_tasks(text, [lead, title, abstract]) == [title, abstract, lead]
    assert select_tasks(text, [lead, title, abstract], limit=2) == [title, abstract]


def test_title_lead_yields_to_a_name() -> None:
    text = layout("Domain Adaptation for Crevasse Segmentation", "We present Domain Adaptation, a new network.")
    lead = Candidate(Role.TASK, 0, len("Domain Adaptation"), "tasks:title-lead", 0.5)
    title_task = Candidate(Role.TASK, 0, len("Domain Adaptation"), "tasks:title", 0.6)
    s = text.index("Domain Adaptation", 10)
    name = Candidate(Role.PROPOSED, s, s + len("Domain Adaptation"), "proposed:we-present", 0.6)
    assert _tasks_not_names(text, [lead, title_task], [name]) == [title_task]
