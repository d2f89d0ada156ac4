"""Title clauses and the task phrases added in session 5 (kg.extract.title_clause, kg.extract.tasks)."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.tasks import find_tasks
from kg.extract.title_clause import find_words, named_twice


def _tasks(title: str, abstract: str) -> list[str]:
    text = layout(title, abstract)
    return [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]


def test_title_clause_keeps_its_in_part_naming_the_model_studied() -> None:
    # "in Deep Neural Networks" says where the errors are: part of the task, model noun and all.
    tasks = _tasks(
        "Reducing Counting Mistakes in Deep Neural Networks",
        "Deep neural networks make counting mistakes. We reduce such mistakes with a simple penalty.",
    )
    assert tasks[0] == "reducing counting mistakes in deep neural networks"


def test_title_clause_cut_at_in_when_the_in_part_is_a_field() -> None:
    # "in Reinforcement Learning" names the field the paper works in, not the task.
    tasks = _tasks(
        "Rewarding Curiosity in Reinforcement Learning with Learned Models",
        "We reward curiosity of agents. Rewarding curiosity speeds up reinforcement learning agents.",
    )
    assert tasks[0] == "rewarding curiosity"


def test_title_clause_cut_at_in_when_the_in_part_has_an_article() -> None:
    tasks = _tasks("Tracking Small Birds in the Forest", "We track small birds. Tracking small birds in a forest is hard.")
    assert tasks[0] == "tracking small birds"


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Robust barn mapping. We study robust barn mapping.", "robust", True),  # a listed modifier, twice
        ("Robust barn mapping. We study barn mapping.", "robust", False),  # written once
        ("Stylized barn mapping. Stylized barn mapping.", "stylized", True),  # an adjective's shape
        ("Address barn mapping. Address barn mapping.", "address", False),  # a verb never joins the name
    ],
)
def test_title_clause_named_twice_keeps_a_repeated_modifier(text: str, word: str, expected: bool) -> None:
    end = text.index(".")
    assert named_twice(text, None, 0, end, word) is expected


@pytest.mark.parametrize(
    "text, words, span",
    [
        ("we study cross-lingual transfer here", ["cross", "lingual", "transfer"], (9, 31)),  # a hyphen joins words
        ("we study cross  lingual transfer", ["cross", "lingual", "transfer"], (9, 32)),  # so do spaces
        ("non-cross lingual transfer; cross lingual transfer", ["cross", "lingual", "transfer"], (28, 50)),  # whole words
        ("cross lingual transfers", ["cross", "lingual", "transfer"], None),  # ... at both ends
        ("crosslingual transfer", ["cross", "lingual", "transfer"], None),
    ],
)
def test_title_clause_find_words_finds_a_phrase_joined_by_spaces_or_hyphens(text, words, span):
    assert find_words(text, 0, words) == span
