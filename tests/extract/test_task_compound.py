"""A title's task phrase keeps the one action noun that closes its part ("Spectral Translation
Synchronization", "Job-Shop Scheduling Problem"): task_title.compound_end."""

from __future__ import annotations

import pytest

from kg.extract.task_title import compound_end
from kg.extract.title_clause import padded_abstract

from task_support import extracted_tasks as _tasks


@pytest.mark.parametrize(
    "title, abstract, task",
    [
        (
            "SRE: Sentence Ranking Evaluation for Dialogue Models",
            "We introduce a benchmark that tests whether dialogue models rank the more fitting reply first. "
            "The evaluation covers ten models and shows that ranking accuracy lags behind fluency.",
            "sentence ranking evaluation",
        ),
        (
            "A Graph Network for the Job-Shop Scheduling Problem",
            "We schedule operations on machines with a graph network trained by reinforcement learning. "
            "The problem is NP-hard and our policy beats dispatching rules.",
            "job-shop scheduling problem",
        ),
    ],
)
def test_title_task_keeps_its_closing_action_noun(title: str, abstract: str, task: str) -> None:
    assert task in _tasks(title, abstract)


def _end(title: str, phrase: str, abstract: str) -> str:
    text = f"{title}\n\n{abstract}"
    tend = len(title)
    e = title.index(phrase) + len(phrase)
    return text[title.index(phrase) : compound_end(text, tend, e, padded_abstract(text, tend))]


def test_compound_end_limits() -> None:
    abstract = "The evaluation, the applications, the framework and the combination are studied."
    # an action noun the abstract uses closes the part (before a link too)
    assert _end("Plausibility Ranking Evaluation for Language Models", "Plausibility Ranking", abstract) == (
        "Plausibility Ranking Evaluation")
    # a use noun is not the task's head; nor a word with no action suffix, or one that does not end the part
    assert _end("Motion Planning for Visual Servoing Applications", "Visual Servoing", abstract) == "Visual Servoing"
    assert _end("A Visual Servoing Framework", "Visual Servoing", abstract) == "Visual Servoing"
    assert _end("Planetary Exploration Combining Measurements", "Planetary Exploration", abstract) == (
        "Planetary Exploration")
    # (each at the part's end, an action suffix and a stem the abstract uses: only its own test stops it)
    assert _end("Planetary Exploration Combining with Orbital Data", "Planetary Exploration", abstract) == (
        "Planetary Exploration")  # a gerund
    used = "The representation, its performance and the monitoring are studied."
    assert _end("Visual Servoing Representation for Arms", "Visual Servoing", used) == "Visual Servoing"  # an artifact
    assert _end("Image Captioning Performance", "Image Captioning", used) == "Image Captioning"  # a measure after a task
    assert _end("Sensor Monitoring", "Sensor", used) == "Sensor"  # a gerund ending the title
    # a word the abstract never uses, or more than one word before the part ends
    assert _end("Image Captioning Distillation", "Image Captioning", abstract) == "Image Captioning"
    assert _end("Plausibility Ranking Evaluation Metrics", "Plausibility Ranking", abstract) == "Plausibility Ranking"


def test_compound_end_reads_the_after_head_list_as_its_patterns() -> None:
    # "results?" is "result" or "results"; "process" stays "process" (stripping every trailing "s" made "proce", "lo")
    from kg.extract.task_title import _AFTER_NOT_TASK

    assert all(_AFTER_NOT_TASK.fullmatch(w) for w in ("result", "results", "process", "processes", "loss", "performance"))
    assert not any(_AFTER_NOT_TASK.fullmatch(w) for w in ("proce", "lo", "losse", "resultss"))
