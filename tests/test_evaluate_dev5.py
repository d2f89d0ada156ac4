"""The extractor's regression floors on the fifth dev set (tests/data/dev5/, 180 abstracts from
all 25 venues, annotated blind in session 14 and its check set: session 14's rules were kept only
if they did not lower its totals, so it is no longer held out; see its README for how it was drawn
and its first, untouched score).

The floors sit a little below the scores reached when they were set, so a change that loses
ground on abstracts unlike the seeds fails here. They are floors, not targets: rules must not be
tuned to names that occur only in this set. The held-out sets (README "Extraction quality") are
never scored in the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_support import assert_f1_floor, assert_precision_floor, extraction_report

from kg.evaluate import EvalReport

DEV5 = Path(__file__).resolve().parent / "data" / "dev5"

# First, untouched (EXTRACTOR_VERSION 50): proposed .868 (P .965, R .788), introduced_datasets .750,
# datasets .946, methods .749, tasks .556 (P .738, R .446), metrics .815, code_urls .952,
# other_urls .800, any_method .828 (P .914), any_dataset .937 (P .968).
# Version 51 (session 14): proposed .874 (P .965, R .798), introduced_datasets .750, datasets .946,
# methods .753, tasks .568 (P .741, R .460), metrics .815, code_urls .952, other_urls .800,
# any_method .833 (P .920), any_dataset .937 (P .968). Version 52 (session 15, again a check set by
# totals only): tasks .575, any_method .836, the rest unchanged. One error moves a figure by about .01 here
# (.07 on metrics, .1 on the url keys).
# Version 58 (sessions 21-22): tasks .601.
FLOORS = {
    "proposed": 0.86,
    "introduced_datasets": 0.70,
    "datasets": 0.93,
    "methods": 0.73,
    "tasks": 0.595,
    "metrics": 0.75,
    "code_urls": 0.90,
    "other_urls": 0.70,
    "any_method": 0.82,
    "any_dataset": 0.92,
}
# The precision bar on the paper's own names and on datasets.
PRECISION_FLOORS = {"proposed": 0.90, "datasets": 0.90, "any_dataset": 0.90}


@pytest.fixture(scope="module")
def dev5_report() -> EvalReport:
    return extraction_report(DEV5 / "dev5.papers.jsonl", DEV5 / "dev5.gold.jsonl")


def test_evaluate_dev5_pairs_every_gold_paper(dev5_report: EvalReport) -> None:
    assert dev5_report.unmatched == []
    assert dev5_report.paired == 180


@pytest.mark.slow
@pytest.mark.parametrize("key, floor", sorted(FLOORS.items()))
def test_evaluate_dev5_meets_the_floor(dev5_report: EvalReport, key: str, floor: float) -> None:
    assert_f1_floor(dev5_report, key, floor)


@pytest.mark.slow
@pytest.mark.parametrize("key, floor", sorted(PRECISION_FLOORS.items()))
def test_evaluate_dev5_precision_meets_the_floor(dev5_report: EvalReport, key: str, floor: float) -> None:
    assert_precision_floor(dev5_report, key, floor)
