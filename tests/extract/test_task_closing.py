"""The abstract's closing sentence as a task cue: a strong-headed phrase it names once, in a list or
after a preposition, on made-up abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.sentences import split_sentences
from kg.extract.task_cues import closing_phrases
from kg.extract.task_spans import task_phrases
from kg.extract.tasks import find_tasks
from kg.extract.title_clause import norm_phrase_words


def _closing(abstract: str) -> list[str]:
    text = layout("A Title", abstract)
    tend = len("A Title")
    phrases = task_phrases(text, tend, len(text))
    keys = [norm_phrase_words(text[s:e]) for s, e in phrases]
    once = {k for k in keys if keys.count(k) == 1}
    return [text[s:e] for s, e in closing_phrases(text, tend, split_sentences(text), phrases, once)]


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("We propose a new filter. We also apply it to document denoising and shadow removal.",
         ["document denoising", "shadow removal"]),
        ("We propose a new filter. It helps in symmetry detection, as our experiments show.", ["symmetry detection"]),
    ],
)
def test_task_closing_names_a_task(abstract: str, expected: list[str]) -> None:
    assert _closing(abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        # not the last sentence
        "We apply it to document denoising. The code is public.",
        # one sentence: the opening is no closing sentence
        "We apply a new filter to document denoising and shadow removal.",
        # named twice: the repeated-phrase rule reads it, not this one
        "Shadow removal is hard. We apply it to shadow removal and image denoising with shadow removal.",
        # neither in a list nor after a preposition
        "We propose a new filter. Shadow removal improves.",
        # a weak head ("learning") or a quantified phrase
        "We propose a new filter. We apply it to contrastive learning.",
        "We propose a new filter. We apply it to multiple image classification.",
    ],
)
def test_task_closing_not_taken(abstract: str) -> None:
    assert not [p for p in _closing(abstract) if p.lower() in ("document denoising", "shadow removal",
                                                               "contrastive learning", "multiple image classification")]


def test_task_closing_read_after_the_other_rules() -> None:
    title = "Fast Image Denoising with Segment Graphs"
    text = layout(title, "We propose a segment graph filter. We also apply it to texture editing.")
    got = [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]
    assert got == ["image denoising", "texture editing"]
