"""A name that owns what a text is trained or tested on is no set: "trained entirely on Lucid-XR's
synthetic data" (:func:`kg.extract.cues._evaluated_on`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role

_EX = Extractor()


def _roles(title: str, abstract: str, name: str) -> set[Role]:
    (ms,) = _EX.mentions([(title, abstract)])
    return {m.role for m in ms if m.text == name}


@pytest.mark.parametrize("title, abstract, name, roles", [
    ("Zorb-XR: An Extended-Reality Data Engine for Manipulation",
     "We introduce Zorb-XR, a generative data engine for creating realistic data. We show transfer of "
     "policies trained entirely on Zorb-XR's synthetic data.", "Zorb-XR", {Role.PROPOSED}),
    ("A study of robots", "Policies trained on ZorbSim's rendered data transfer well.", "ZorbSim", set()),
    # no possessive: the set trained on
    ("A study of robots", "Policies trained on ZorbSim and QuuxSet transfer well.", "ZorbSim", {Role.DATASET}),
])
def test_possessive_owner_is_no_set(title: str, abstract: str, name: str, roles: set[Role]) -> None:
    assert _roles(title, abstract, name) == roles
