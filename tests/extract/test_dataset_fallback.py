"""Where no rule found a dataset, "the NAME dataset" is read with a looser idea of a name
(:mod:`kg.extract.dataset_fallback`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.dataset_fallback import fallback_sets
from kg.extract.doc import layout, title_end

_EX = Extractor()


def _datasets(abstract: str) -> list[str]:
    (ms,) = _EX.mentions([("A study of numerical integration", abstract)])
    return [m.text for m in ms if m.role.value == "datasets"]


@pytest.mark.parametrize("abstract, found", [
    ("This leads to speed-ups on the popular Zorbin functions benchmark.", ["Zorbin functions"]),
    ("Our method wins on the challenging QZ3D anomaly detection benchmark.", ["QZ3D"]),  # the name, then its task
    ("We report results on the well-known Quelph housing data set.", ["Quelph housing"]),
    ("Forgetting falls from 55% to 4% on Quelph dataset.", ["Quelph"]),
    # another dataset found: no fallback
    ("We test on CIFAR-10 and on the popular Zorbin functions benchmark.", ["CIFAR-10"]),
    # a function word, a plural acronym, a language: no name
    ("This shows the value of using LLMs for marketing domain corpus construction.", []),
    ("We fine-tune on the English news corpus of the year.", []),
    # several before a plural noun: each a name, or none taken
    ("Its efficiency is shown on the Quelph 3.6M and Robot Pushing datasets.", ["Quelph 3.6M", "Robot Pushing"]),
    ("Retrieval improves in the Quelph and Drink Bottle datasets.", ["Quelph", "Drink Bottle"]),
    ("Retrieval improves on the Quelph and English datasets.", []),
    # three lower-case words: where the name ends is unsure
    ("We improve on the Quelph robust trajectory prediction dataset by 3%.", []),
])
def test_fallback_sets(abstract: str, found: list[str]) -> None:
    assert _datasets(abstract) == found


def _fallback(abstract: str, task_acronyms: set[str] = frozenset()) -> list[str]:
    text = layout("A study", abstract)
    return [text[c.start : c.end] for c in fallback_sets(text, title_end(text), [], task_acronyms)]


def test_fallback_sets_skip_kinds_and_task_acronyms() -> None:
    assert _fallback("Experiments on the Quelph housing benchmark show gains.") == ["Quelph housing"]
    # a plural noun after the noun: a kind of set
    assert _fallback("Experiments on the Quelph housing benchmark datasets show gains.") == []
    # a task acronym the paper defines
    assert _fallback("Weakly supervised segmentation (WSSS) improves on the WSSS benchmark today.", {"wsss"}) == []


def test_fallback_sets_skip_possessives() -> None:
    assert _fallback("The camera is fused into the UAV's data set of readings.") == []
    assert _fallback("Path ranking improves by 61% on the Xi'an dataset.") == ["Xi'an"]
    # the possessor of a set is not its name
    assert _fallback("We apply it to the NHLBI's Exome Sequencing Project dataset.") == ["Exome Sequencing Project"]
    assert _fallback("We apply it to the NHLBI's own dataset.") == []
