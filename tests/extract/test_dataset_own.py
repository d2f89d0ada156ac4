"""A set its sentence presents as the paper's new one is introduced, whichever cue rule found it
(:mod:`kg.extract.dataset_own`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.dataset_own import presented
from kg.model import Role

_EX = Extractor()
I, D = Role.INTRODUCED_DATASET, Role.DATASET


def _roles(abstract: str, name: str) -> set[Role]:
    (ms,) = _EX.mentions([("A study of things", abstract)])
    return {m.role for m in ms if m.text == name}


@pytest.mark.parametrize("abstract, name, roles", [
    ("To support the task, we construct two datasets named QHZ and ZorbChair and propose a method. "
     "Results on QHZ and ZorbChair are good.", "ZorbChair", {I}),
    ("We utilize a newly curated dataset, ZoIT, which includes 40,000 instruction instances.", "ZoIT", {I}),
    ("To train the network, we produce a novel depth-of-field (DOF) dataset, ZYNDOF, where each image is blurred.",
     "ZYNDOF", {I}),
    ("The method generates sharper images on ZextZoom and manually constructed Chinese character dataset Zegraded-IC13.",
     "Zegraded-IC13", {I}),
    ("To evaluate on more blur levels, we propose a Challenging ZVD dataset generated from raw videos.", "Challenging ZVD", {I}),
    # someone else's: no presenting phrase, or a use
    ("We evaluate our model on the benchmark ZorbQA and report accuracy.", "ZorbQA", {D}),
    ("We train on two datasets, ZorbQA and QuuxQA, and compare with baselines.", "QuuxQA", {D}),
])
def test_presented_sets_are_introduced(abstract: str, name: str, roles: set[Role]) -> None:
    assert _roles(abstract, name) == roles


@pytest.mark.parametrize("text, name, expected", [
    ("We release a new corpus, ZorbQA, of questions.", "ZorbQA", True),
    ("Our benchmark ZorbQA has 5k items.", "ZorbQA", True),
    ("We use the dataset ZorbQA [12] for testing.", "ZorbQA", False),
    ("We build on the dataset ZorbQA for testing.", "ZorbQA", False),
])
def test_presented(text: str, name: str, expected: bool) -> None:
    s = text.index(name)
    assert presented(text, 0, s, s + len(name)) is expected


@pytest.mark.parametrize("abstract, name, roles", [
    # another spelling of the introduced name: the same set
    ("To solve this, we build a new dataset ZYTH with human-annotated test data. Compared with previous "
     "datasets, ZYT-H has a larger test set.", "ZYT-H", {I}),
    # the long form the introduced acronym abbreviates
    ("Through this workflow, we created Transparent Zorb Depth Dataset (TZDD), which has 15000 images. "
     "Our method handles cluttered scenes when trained on TZDD.", "Transparent Zorb Depth Dataset", {I}),
])
def test_spellings_of_an_introduced_set_are_introduced(abstract: str, name: str, roles: set[Role]) -> None:
    assert _roles(abstract, name) == roles


@pytest.mark.parametrize("abstract, name, roles", [
    # the set a released one is made from is used, not released
    ("We also release ZorbRequests, a dataset of requests based on the Zorb-Guided Dialogue (ZGD) corpus, as a testbed.",
     "ZGD", {D}),
    ("We construct a novel dataset QUUX-ED based on the Zorbathetic Dialogue (ZED) dataset.", "ZED", {D}),
    ("We also release the Zorb Motion Forecasting (ZMF) dataset for future research.", "ZMF", {I}),
])
def test_source_of_a_released_set_is_used(abstract: str, name: str, roles: set[Role]) -> None:
    assert _roles(abstract, name) == roles
