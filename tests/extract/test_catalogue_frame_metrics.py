"""Metrics the catalogue took from the corpus's evaluation frames in session 24 (docs/catalogue.md, "metric24"):
well-known measures that abstracts name in "an X of 0.91", "evaluated by X", "metrics such as X" and that kg
did not know, so that a value reported with them is a result (issue 14). Each has a direction; the sentences
are made up, not taken from any gold set."""

from __future__ import annotations

import pytest

from kg.extract import extract_papers
from kg.extract.catalogue_data import load_catalogue
from kg.extract.result_metrics import higher_is_better
from kg.model import Paper, Role, Source


@pytest.mark.parametrize(
    "surface, canonical, higher",
    [
        ("maximum drawdown", "maximum drawdown", False),
        ("max drawdown", "maximum drawdown", False),
        ("Flesch reading ease", "Flesch reading ease", True),
        ("clustering accuracy", "clustering accuracy", True),
        ("slot error rate", "slot error rate", False),
        ("probabilistic Rand index", "probabilistic Rand index", True),
        ("ODS", "ODS", True),
        ("exploitability", "exploitability", False),
        ("MMA", "mean matching accuracy", True),
        ("task completion time", "task completion time", False),
        ("median error", "median error", False),
        ("BLEU@4", "BLEU", True),
    ],
)
def test_frame_mined_metrics_are_catalogued_with_a_direction(surface, canonical, higher):
    entry = load_catalogue().lookup(surface)
    assert entry is not None and entry.type == "metric" and entry.name == canonical
    assert higher_is_better(canonical) is higher


def test_a_frame_mined_metric_is_found_in_an_abstract():
    text = ("We present a portfolio agent trained with risk-aware rewards. "
            "On ten years of daily prices it keeps the maximum drawdown below that of every baseline.")
    (extraction,) = extract_papers([Paper("A Risk-Aware Trading Agent", text, Source("mem", 1))])
    metrics = {m.text for m in extraction.mentions if m.role is Role.METRIC}
    assert "maximum drawdown" in metrics
