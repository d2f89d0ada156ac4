"""The task classifier script's candidates, features and decisions (``scripts/train_tasks.py``;
nothing is trained here, so the test needs no scikit-learn)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from script_support import load_script


@pytest.fixture(scope="module")
def train_tasks():
    return load_script("train_tasks")


TITLE = "Generalized Talking Head Generation with Sparse Keypoints"
ABSTRACT = ("We address talking head generation from a single image. Our model is fast. "
            "It could also help speaker verification in the future.")


@pytest.fixture(scope="module")
def record(train_tasks):
    return train_tasks.paper_record(Extractor(), TITLE, ABSTRACT)


def test_train_tasks_candidates_hold_the_rules_pick_title_tails_and_abstract_phrases(train_tasks, record):
    cands = train_tasks.candidates(record)
    assert cands["talking head generation"]["sel"]  # the rules' task, found in the abstract and as a title tail
    assert {"title_tail", "abs_phrase"} <= cands["talking head generation"]["src"]
    assert "generalized talking head generation" in cands and "head generation" in cands
    assert cands["speaker verification"]["src"] == {"rule:catalogue"} and not cands["speaker verification"]["sel"]


def test_train_tasks_features_read_head_cue_and_position(train_tasks, record):
    cands = train_tasks.candidates(record)
    f = train_tasks.features(record, "talking head generation", cands["talking head generation"], cands)
    assert f["head=generation"] == 1.0 and f["head_task"] == 1.0 and f["words=3"] == 1.0
    assert f["before=address"] == 1.0 and f["sentence=0"] == 1.0 and f["in_title"] == 1.0
    g = train_tasks.features(record, "speaker verification", cands["speaker verification"], cands)
    assert g["before=other"] == 1.0 and g["sentence=2"] == 1.0 and g["in_title"] == 0.0 and g["sel"] == 0.0
    assert g["unchosen_chosen=1"] == 1.0 and g["inside_other"] == 1.0  # inside "help speaker verification"


def test_train_tasks_labelled_marks_gold_doubtful_and_other(train_tasks, record):
    gold = {"tasks": ["Talking Head Generation"], "doubtful": ["speaker verification"]}
    labels = {k: lab for k, _, _, lab, _ in train_tasks.labelled(record, gold)}
    assert labels["talking head generation"] == 1  # kg eval's matching: case ignored
    assert labels["speaker verification"] == -1 and labels["head generation"] == 0


def test_train_tasks_decide_keeps_rules_adds_above_threshold_and_skips_nested(train_tasks):
    items = [("a b", "A B", {}, 0, True), ("b", "B", {}, 0, False), ("c d", "C D", {}, 0, False), ("e f", "E F", {}, 0, False)]
    probs = [0.1, 0.9, 0.8, 0.3]
    assert train_tasks.decide(items, probs, "combined", add=0.5) == ["A B", "C D"]  # "b" is inside "a b"
    assert train_tasks.decide(items, probs, "combined", add=0.5, drop=0.2) == ["B", "C D"]
    assert train_tasks.decide(items, probs, "model", add=0.2) == ["B", "C D", "E F"]
