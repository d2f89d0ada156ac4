"""Datasets of thin fields the catalogue took from lists of well-known benchmarks (docs/catalogue.md,
session 27, data27: robotics and SLAM, grasping, driving, learning to rank, multilingual, code and
math word problems): each found in a made-up sentence and resolved to its entry, and the
case-sensitive or ambiguous ones left alone where they are ordinary words or places."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Place recognition is run on St Lucia and Gardens Point.", "St Lucia", None),
        ("Place recognition is run on St Lucia and Gardens Point.", "Gardens Point", None),
        ("Grasps are sampled for objects of the EGAD! set.", "EGAD!", None),
        ("The planner augments REGRAD for training.", "REGRAD", None),
        ("Odometry is evaluated on UZH-FPV and Hilti-Oxford.", "UZH-FPV", None),
        ("Odometry is evaluated on UZH-FPV and Hilti-Oxford.", "Hilti-Oxford", None),
        ("Rankers are trained on MSLR-WEB30K and Yahoo! Learning to Rank.", "MSLR-WEB30K", None),
        ("Rankers are trained on MSLR-WEB30K and Yahoo! Learning to Rank.", "Yahoo! Learning to Rank", None),
        ("Benchmarks such as IndoNLU and ParsiNLU exist.", "IndoNLU", None),
        ("We solve MultiArith and SingleEq problems.", "SingleEq", None),
        ("Bugs of QuixBugs and Defects4J are repaired.", "QuixBugs", None),
        ("Formulas are recognised on CROHME 2014.", "CROHME", None),
        ("Skeleton actions are classified on Kinetics-Skeleton.", "Kinetics-Skeleton", None),
        ("Trajectories come from the Ford AV dataset.", "Ford AV", "Ford Multi-AV Seasonal"),
    ],
)
def test_thin_field_datasets_match_in_made_up_sentences(dataset_match, text: str, surface: str,
                                                        canonical: str | None) -> None:
    found = dataset_match(text)
    assert surface in found, found
    assert found[surface] == canonical


@pytest.mark.parametrize(
    "text",
    [
        "We study falling things and the gardens point of view.",  # Title Case names only in their case
        "A blackbird sang while the robot drove through a complex urban scene.",
    ],
)
def test_case_sensitive_thin_field_datasets_need_their_case(dataset_match, text: str) -> None:
    assert dataset_match(text) == {}
