"""The learned veto over chosen tasks (:mod:`kg.extract.task_reject`): an application example the
abstract lists in passing goes, the paper's own task stays, and the shipped weights and corpus
table are read the way the training script writes them."""

from __future__ import annotations

import json

from kg.extract.doc import Candidate, layout
from kg.extract.task_reject import THRESHOLD, WEIGHTS, df_bands, features, reject_tasks
from kg.model import Role
from task_support import extracted_tasks

GRASP = ("Grasp planning for a soft three-finger gripper",
         "Soft grippers are compliant. We present a grasp planner for a soft three-finger gripper. The planner greatly "
         "enhances the performance of common manipulation operations, such as pick and place tasks. Experiments with "
         "40 objects show a success rate of 90%.")


def test_an_application_example_listed_in_passing_is_dropped() -> None:
    # ("pick and place": a catalogue task the abstract names as what the method helps, not what it studies)
    assert extracted_tasks(*GRASP) == ["grasp planning"]


def test_the_papers_best_task_always_stays() -> None:
    title, abstract = GRASP
    text = layout(title, abstract)
    s = text.index("pick and place")
    only = [Candidate(Role.TASK, s, s + len("pick and place"), "catalogue", 0.6)]
    assert reject_tasks(text, len(title), only, threshold=0.99) == only


def test_features_read_the_rule_the_title_and_the_corpus() -> None:
    title, abstract = GRASP
    text = layout(title, abstract)
    t = [Candidate(Role.TASK, 0, len("Grasp planning"), "tasks:title", 0.85)]
    f = features(text, len(title), t)[0]
    assert {"rule:tasks:title", "src:title", "in_title", "field:title", "rank=0", "head:planning"} <= f.keys()
    assert df_bands("grasp planning")[0] != "0"  # (the corpus addresses it often)
    assert df_bands("no paper addresses this phrase") == ("0",)


def test_the_shipped_weights_and_threshold() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(data) == {"intercept", "weights"} and data["weights"]
    assert 0.0 < THRESHOLD < 0.5
