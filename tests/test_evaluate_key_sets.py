"""The extractor's regression floors on session 25's single-key development sets: tests/data/metrics25
(250 unseen abstracts annotated for metrics only) and tests/data/own25 (200 unseen abstracts annotated
for the paper's own names and introduced datasets only). Each was annotated and frozen before kg ran on
it; its README gives the first figure. Their errors were read the same session, so they are development
sets and keep floors like the others, on the keys they annotate (every other key of their gold is an
empty list, so only these rows of ``kg eval`` mean anything).

The floors sit a little below the figures reached when they were set (version 61). They are floors,
not targets: rules are written from classes of error seen here, never from its names. One error moves
metrics25's metrics figure by about .03 (22 gold metrics) and own25's proposed figure by about .015.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_support import assert_f1_floor, assert_precision_floor, extraction_report

from kg.evaluate import EvalReport

DATA = Path(__file__).resolve().parent / "data"

# F1 at version 60 (first figure, untouched) -> 61: metrics25 metrics .686 -> .722 (13/1/9); own25 proposed
# .750 -> .831 (32/3/10), precision .914.
FLOORS = {"metrics25": {"metrics": 0.70}, "own25": {"proposed": 0.80}}
PRECISION_FLOORS = {"metrics25": {"metrics": 0.90}, "own25": {"proposed": 0.88}}


@pytest.fixture(scope="module")
def reports() -> dict[str, EvalReport]:
    """Each set's report, made once for the module."""
    return {name: extraction_report(DATA / name / f"{name}.papers.jsonl", DATA / name / f"{name}.gold.jsonl")
            for name in FLOORS}


@pytest.mark.parametrize("name, papers", [("metrics25", 250), ("own25", 200)])
def test_evaluate_key_sets_pair_every_gold_paper(reports: dict[str, EvalReport], name: str, papers: int) -> None:
    assert reports[name].unmatched == []
    assert reports[name].paired == papers


@pytest.mark.slow
@pytest.mark.parametrize("name, key", [(n, k) for n, floors in FLOORS.items() for k in floors])
def test_evaluate_key_sets_meet_the_floor(reports: dict[str, EvalReport], name: str, key: str) -> None:
    assert_f1_floor(reports[name], key, FLOORS[name][key])


@pytest.mark.slow
@pytest.mark.parametrize("name, key", [(n, k) for n, floors in PRECISION_FLOORS.items() for k in floors])
def test_evaluate_key_sets_precision_meets_the_floor(reports: dict[str, EvalReport], name: str, key: str) -> None:
    assert_precision_floor(reports[name], key, PRECISION_FLOORS[name][key])
