"""Metric spans of the result finder (kg.extract.result_metrics): a metric written "NAME=value",
which the tokenizer leaves inside one token, and the settings and fit statistics that are no score."""

from __future__ import annotations

import pytest

from results_support import ranked_results
from kg.model import Role

D, P, X = Role.DATASET, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, want",
    [
        ("FooNet achieves competitive results, i.e., mIoU=46.8% and 59.9% on BarSet and BazSet, respectively.",
         [("mIoU", "46.8", "BarSet"), ("mIoU", "59.9", "BazSet")]),
        ("FooNet achieves competitive results (IS=8.81, FID=9.91) on the BarSet dataset.", [("IS", "8.81", "BarSet"), ("FID", "9.91", "BarSet")]),
        ("FooNet achieves EPE=4.26 on BarSet.", [("EPE", "4.26", "BarSet")]),
        # thresholds, settings and fit statistics are no scores
        ("FooNet achieves 71.0% mAP at tIoU=0.5 on BarSet.", [("mAP", "71.0", "BarSet")]),
        ("FooNet fits the data well (R2 = 0.97) on BarSet.", []),
        ("FooNet reaches an agreement (Kappa = 0.372) on BarSet.", []),
    ],
)
def test_result_metrics_a_metric_written_name_equals_value(text, want):
    rows = ranked_results(text, [("FooNet", P), ("BarSet", D), ("BazSet", D), ("mAP", X)], "FooNet")
    assert [(r.metric, r.value, r.dataset) for r in rows] == want


@pytest.mark.parametrize(
    "text, want",
    [
        # "AP^r", "AP_{50}": a metric acronym with a script, kept in one token (no recogniser marks it)
        ("On BarSet, FooNet achieves a mean AP^r of 63.6% on the instance segmentation task.", [("AP^r", "63.6", "BarSet")]),
        ("FooNet reaches an AP_{50} of 41.2 on BarSet.", [("AP_{50}", "41.2", "BarSet")]),
        # a script on a word with no direction is no metric
        ("FooNet reaches x_i of 41.2 on BarSet.", []),
    ],
)
def test_result_metrics_a_metric_acronym_written_with_a_script(text, want):
    rows = ranked_results(text, [("FooNet", P), ("BarSet", D)], "FooNet")
    assert [(r.metric, r.value, r.dataset) for r in rows] == want
