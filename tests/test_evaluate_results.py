"""The rows `kg eval` scores from extractions on a results gold file (the floors score the same)."""

from __future__ import annotations

from kg.evaluate_results import predicted_results, score_results
from kg.leaderboard import RANK_CONFIDENCE
from kg.model import Extraction, Paper, Result, Source


def _result(value: str, dataset: str | None, confidence: float) -> Result:
    return Result("accuracy", value, float(value), "%", "absolute", dataset, None, True, None, "abstract", 0, len(value),
                  f"We reach {value}%.", "results:absolute:test", confidence)


def test_evaluate_results_predicted_rows_leave_out_results_below_rank_confidence():
    ex = Extraction(Paper("One", "text", Source("r.jsonl", 1)), (), (_result("81.0", "COCO", 0.8), _result("70.0", None, RANK_CONFIDENCE - 0.2)))
    (row,) = predicted_results([ex])
    assert row["title"] == "One"
    assert [(r["value"], r["dataset"], r["proposed"], r["kind"]) for r in row["results"]] == [("81.0", "COCO", True, "absolute")]
    gold = [{"title": "One", "results": [{"method": "(proposed)", "dataset": "COCO", "metric": "accuracy", "value": "81.0", "kind": "absolute"}]}]
    assert score_results(gold, predicted_results([ex])).scores["+method"].precision == 1.0
