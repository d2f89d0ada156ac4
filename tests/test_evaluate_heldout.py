"""The extractor's regression floors on the held-out dev set (tests/data/heldout/, 60 abstracts
from 25 venues, annotated blind; see its README).

The floors sit a little below the scores reached when they were set, so that a change that
loses ground on text unlike the seeds fails here. They are floors, not targets: the rules
must not be tuned to names that occur only in this set (a third, unseen set is the judge).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import EvalReport, load_gold, score

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"

# Reached with EXTRACTOR_VERSION 7: proposed .939, introduced_datasets 1.0, datasets .974,
# methods .947, tasks .500 (precision .800; .388 and .727 with version 6), metrics .875, urls 1.0.
FLOORS = {
    "proposed": 0.90,
    "introduced_datasets": 0.85,
    "datasets": 0.93,
    "methods": 0.90,
    "tasks": 0.45,
    "metrics": 0.80,
    "code_urls": 0.95,
    "other_urls": 0.95,
}


@pytest.fixture(scope="module")
def heldout_report() -> EvalReport:
    from kg.extract import extract_papers
    from kg.model import Paper, Source

    path = HELDOUT / "dev.papers.jsonl"
    papers = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            papers.append(Paper(r["title"], r.get("abstract") or "", Source(str(path), n, n), venue=r.get("venue")))
    preds = [{"title": e.paper.title, **e.surface_lists()} for e in extract_papers(papers)]
    return score(load_gold(HELDOUT / "dev.gold.jsonl"), preds)


def test_evaluate_heldout_pairs_every_gold_paper(heldout_report: EvalReport) -> None:
    assert heldout_report.unmatched == []
    assert heldout_report.paired == 60


@pytest.mark.slow
@pytest.mark.parametrize("key, floor", sorted(FLOORS.items()))
def test_evaluate_heldout_meets_the_floor(heldout_report: EvalReport, key: str, floor: float) -> None:
    assert heldout_report.f1(key) >= floor, f"{key} F1 {heldout_report.f1(key):.3f} < {floor}\n{heldout_report.table()}"


def test_evaluate_heldout_tasks_precision_stays_above_recall_cost(heldout_report: EvalReport) -> None:
    # A wrong node costs a user more than a missed one: task precision must not be traded away.
    assert heldout_report.scores["tasks"].precision >= 0.65, heldout_report.table()
