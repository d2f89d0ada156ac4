"""Metric words spelled with a dash or named as a failure count ("6.8% error-rate", "Top5-Errors of 7.8%",
"0.4% failure rate", "in Hit-Rate"): each names the metric of its value. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import ranked_rows

D, X = Role.DATASET, Role.METRIC


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("We report a new state-of-the-art fixed point performance of 6.8% error-rate on Foo-10 benchmark.", [("Foo-10", D)],
         [("Bar", True, "Foo-10", "error-rate", "6.8")]),
        ("Most remarkably, we obtain Top5-Errors of only 7.8%/6.4% on Foo-1k data with one and seven models, respectively.",
         [("Foo-1k", D)], [("Bar", True, "Foo-1k", "Top5-Error", "7.8"), ("Bar", True, "Foo-1k", "Top5-Error", "6.4")]),
        ("Our method achieves 3.9% mean error with 0.4% failure rate on the Foo-W dataset.", [("Foo-W", D)],
         [("Bar", True, "Foo-W", "failure rate", "0.4")]),
    ],
)
def test_metric_spelled_with_a_dash_or_as_a_failure_rate(text, named, want):
    assert [r for r in ranked_rows(text, named, "Bar") if r[3] != "mean error"] == want


def test_metric_word_after_in_is_no_unknown_set():
    # "in Hit-Rate" names a measure, not a benchmark no recogniser knows: the gains are kept
    text = "Experiments on three public datasets show the superiority of Bar, with an average improvement of 19.4% in Hit-Rate and 20.8% in NDCG metric."
    rows = ranked_rows(text, [("NDCG", X)], "Bar")
    assert [(r[3], r[4]) for r in rows] == [("Hit-Rate", "19.4"), ("NDCG", "20.8")]


def test_failure_rate_is_lower_better():
    from kg.extract.results import higher_is_better

    assert higher_is_better("failure rate") is False


def test_perplexities_name_the_values_metric_and_rank_lower_better():
    from kg.extract.result_metrics import higher_is_better, metric_name

    text = "We improve the state-of-the-art perplexities on Foo Treebank and BarText-2 to 47.7 and 40.7 respectively."
    rows = ranked_rows(text, [("Foo Treebank", D), ("BarText-2", D)], "Bar")
    assert [(r[2], r[3], r[4]) for r in rows] == [("Foo Treebank", "perplexities", "47.7"), ("BarText-2", "perplexities", "40.7")]
    assert metric_name("perplexities") == "perplexity" and higher_is_better(metric_name("perplexities")) is False


def test_metric_written_after_on_is_the_values():
    # "an improvement of 4.2dB on PSNR and 5% on SSIM": each value's metric follows "on"
    text = "On the Foo100H data, an improvement of 4.2dB on PSNR and 5% on SSIM is obtained by Bar."
    rows = ranked_rows(text, [("Foo100H", D), ("PSNR", X), ("SSIM", X)], "Bar")
    assert [(r[2], r[3], r[4]) for r in rows] == [("Foo100H", "PSNR", "4.2"), ("Foo100H", "SSIM", "5")]


def test_list_of_metrics_after_on_is_not_the_first_values():
    # "5.9%/2.1% and 6.3%/3.0% on mAP/Rank-1": the slash lists pair; "on mAP" is not every value's metric
    text = "Bar outperforms the state of the art by a large margin of 5.9%/2.1% and 6.3%/3.0% on mAP/Rank-1, respectively."
    rows = ranked_rows(text, [("mAP", X), ("Rank-1", X)], "Bar")
    assert ("Bar", True, None, "mAP", "2.1") not in rows and ("Bar", True, None, "mAP", "3.0") not in rows
