"""The learned title span (:mod:`kg.extract.title_span`): the shipped weights' choices on made-up
titles, and the weights file read once."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.doc import Candidate, layout
from kg.extract.title_span import candidates, load_weights, revise_title_tasks
from kg.extract.title_words import _clauses
from kg.model import Paper, Role, Source


def _tasks(title: str, abstract: str) -> list[tuple[str, str]]:
    e = next(Extractor().extract([Paper(title=title, abstract=abstract, source=Source("test", 1))]))
    return [(m.text, m.rule) for m in e.mentions if m.role is Role.TASK]


def test_title_span_replaces_a_whole_clause_by_its_task() -> None:
    # The title-core rule reads the whole title; the model keeps the task and drops the device.
    found = _tasks("Pneumatic widget actuation for a foam-based soft gripper", "We build a soft gripper. Pneumatic actuation drives it.")
    assert found == [("Pneumatic widget actuation", "tasks:title-span")]


def test_title_span_adds_the_best_span_when_the_rules_took_no_title_task() -> None:
    title = "Robust Widget Segmentation for Cloudy Harbour Scenes"
    text = layout(title, "We study widget segmentation in harbour scenes. Widget segmentation is hard.")
    added = revise_title_tasks(text, len(title), [])
    assert [(text[c.start : c.end], c.rule) for c in added] == [("Widget Segmentation", "tasks:title-span")]
    # ... never a phrase another role names.
    assert revise_title_tasks(text, len(title), [], {"widget segmentation"}) == []


def test_title_span_leaves_a_rule_task_the_model_does_not_beat() -> None:
    title = "Widget Segmentation with Sparse Priors"
    text = layout(title, "We study widget segmentation with sparse priors.")
    rule = Candidate(Role.TASK, 0, len("Widget Segmentation"), "tasks:title", 0.85)
    assert revise_title_tasks(text, len(title), [rule]) == [rule]


def test_title_span_candidates_end_on_no_link_or_article() -> None:
    cands = candidates("Counting the Boats of a Harbour via Sparse Priors", "", {})
    assert "counting the boats of a harbour" in cands.keys and "boats" in cands.keys
    assert not any(k.split()[-1] in ("the", "of", "a", "via") or k.split()[0] in ("the", "of", "a", "via") for k in cands.keys)


@pytest.mark.parametrize("title", ["", ":", "- -", "\u2014", "$\\alpha$-MDF: \\textbf{X}", "\u4e2d\u6587 Segmentation", "Widget " * 200])
def test_title_span_revise_takes_odd_titles_and_wordless_picks(title: str) -> None:
    # A rule's task of no words ("-") is no pick: it used to raise IndexError in the off-title features.
    text = layout(title, "We study widget segmentation - a task.")
    dash = text.index("-", len(title))
    wordless = Candidate(Role.TASK, dash, dash + 1, "tasks:title", 0.85)
    out = revise_title_tasks(text, len(title), [wordless])
    assert out[0] is wordless and all(c.rule == "tasks:title-span" for c in out[1:])


@pytest.mark.parametrize(("title", "clauses"), [
    ("WidgetNet \u2013 a Scalable Widget Counter", [["widgetnet"], ["a", "scalable", "widget", "counter"]]),
    ("WidgetNet \u2014Widget Counting", [["widgetnet"], ["widget", "counting"]]),
    ("WidgetNet - Widget Counting", [["widgetnet"], ["widget", "counting"]]),
    ("Vision\u2013Language Widget Counting", [["vision", "language", "widget", "counting"]]),
])
def test_title_span_clauses_split_at_a_spaced_dash(title: str, clauses: list[list[str]]) -> None:
    assert [[w for _, _, w in c] for c in _clauses(title)] == clauses


def test_title_span_weights_are_read_once() -> None:
    load_weights.cache_clear()
    _tasks("Pneumatic widget actuation for a foam-based soft gripper", "We build a soft gripper.")
    _tasks("Hydraulic barn actuation for a rigid crane", "We build a crane.")
    info = load_weights.cache_info()
    assert info.misses == 1 and info.hits >= 1


def test_title_span_script_labels_and_decides_without_scikit_learn() -> None:
    from script_support import load_script

    script = load_script("train_title_span")
    title = "Pneumatic widget actuation for a foam-based soft gripper"
    row = {"title": title, "abstract": "We build a soft gripper.", "tasks": [title],
           "mentions": [(title, "title", 0, len(title), "tasks:title-core")],
           "gold": {"tasks": ["pneumatic widget actuation"], "doubtful": ["soft gripper"]}}
    it = script.items(row)
    labels = dict(zip(it["surf"], it["labels"]))
    assert labels["Pneumatic widget actuation"] == 1 and labels[title] == 0 and labels["soft gripper"] == -1
    probs = [1.0 if s == "Pneumatic widget actuation" else 0.1 for s in it["surf"]]
    assert script.decide(row, it, probs, 0.3, 0.5) == ["Pneumatic widget actuation"]
    assert script.decide(row, it, probs, 0.95, 0.5) == [title]  # the margin not beaten: the rule's task stays
