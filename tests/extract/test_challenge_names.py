"""A challenge reported on is a dataset, by its whole name (:mod:`kg.extract.challenge_names`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role

_EX = Extractor()


def _sets(abstract: str) -> list[str]:
    (ms,) = _EX.mentions([("A study of things", abstract)])
    return sorted({m.text for m in ms if m.role is Role.DATASET})


@pytest.mark.parametrize("abstract, sets", [
    ("ZorbSim reaches competitive performance on the Zorbmo Sim Agents Challenge when no prompt is given.",
     ["Zorbmo Sim Agents Challenge"]),
    ("Furthermore, we demonstrate significant gains of 6% on the Quuxgrounds Challenge.", ["Quuxgrounds Challenge"]),
    ("We achieve SOTA results on the Waymo Open Motion Challenge.", ["Waymo Open Motion Challenge"]),
    # an event a robot takes part in
    ("Our robot took part in the ZARPA Robotics Challenge last year.", []),
])
def test_challenge_reported_on_is_a_dataset(abstract: str, sets: list[str]) -> None:
    assert _sets(abstract) == sets
