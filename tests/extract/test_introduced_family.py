"""An introduced dataset's family is data: its variants are the paper's own, the set it extends
someone else's dataset (:func:`kg.extract.resolve._introduced_family`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role

_EX = Extractor()
I, D, M = Role.INTRODUCED_DATASET, Role.DATASET, Role.METHOD


def _roles(title: str, abstract: str, name: str) -> set[Role]:
    (ms,) = _EX.mentions([(title, abstract)])
    return {m.role for m in ms if m.text == name}


@pytest.mark.parametrize("title, abstract, name, roles", [
    ("Zorblet: A Preference Dataset", "We present Zorblet and its fine-grained variant, Zorblet-F, as preference datasets.",
     "Zorblet-F", {I}),
    ("QZU+: An Improved Evaluation Suite",
     "We present QZU+, a new benchmark for question answering. It is six times larger than its predecessor, "
     "Quizzical Zone Understanding (QZU).", "QZU", {D}),
    # a variant of a proposed method is no dataset
    ("Zorblet: A Fast Sampler", "We propose Zorblet, a sampler, and its variant Zorblet-F for long sequences.",
     "Zorblet-F", {Role.PROPOSED}),
])
def test_introduced_family(title: str, abstract: str, name: str, roles: set[Role]) -> None:
    assert _roles(title, abstract, name) == roles
