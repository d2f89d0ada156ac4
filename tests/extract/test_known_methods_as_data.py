"""A catalogue method the abstract writes as a set ("the Alpaca dataset") is a dataset there
(:func:`kg.extract.resolve._known_methods_as_data`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role

_EX = Extractor()


def _roles(abstract: str, name: str) -> set[Role]:
    (ms,) = _EX.mentions([("A study of instruction tuning", abstract)])
    return {m.role for m in ms if m.text == name}


@pytest.mark.parametrize("abstract, name, role", [
    ("We tune a small model on the Alpaca dataset and test it on four held-out sets.", "Alpaca", Role.DATASET),
    ("Slot induction improves on the MultiWOZ and SGD datasets by a wide margin.", "SGD", Role.DATASET),
    ("It renders 25 frames per second on the Blender dataset at high quality.", "Blender", Role.DATASET),
    # no set noun after the name: the catalogue's method stands
    ("We tune a small model with Alpaca and test it on four held-out sets.", "Alpaca", Role.METHOD),
    ("The network is trained with SGD on two new datasets of street scenes.", "SGD", Role.METHOD),
    # a benchmark noun also names workloads: "LeNet-5 and VGG-19 benchmarks" of a systems paper
    ("Experiments of LeNet-5 and VGG-19 benchmarks on a testbed of 9 servers show speedups.", "VGG-19", Role.METHOD),
    # written with a method noun too: the method stands
    ("We compare the Alpaca model with ours on the Alpaca dataset.", "Alpaca", Role.METHOD),
])
def test_known_method_written_as_a_set(abstract: str, name: str, role: Role) -> None:
    assert _roles(abstract, name) == {role}


def test_title_prefix_name_whose_data_the_paper_trains_on_stays_a_method() -> None:
    """"trained on Quarry-XR's synthetic data": the name makes the data; "trained on Quarry-XR" would be data."""
    abstract = ("We introduce Quarry-XR, a generative engine for creating data to train robots. We show transfer of "
                "policies, trained entirely on Quarry-XR's synthetic data, to real robots.")
    (ms,) = _EX.mentions([("Quarry-XR: An Extended-Reality Engine for Robots", abstract)])
    assert {m.role for m in ms if m.text == "Quarry-XR"} == {Role.PROPOSED}
