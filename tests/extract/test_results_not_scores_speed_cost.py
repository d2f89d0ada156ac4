"""A speed-up or a cut of the model's cost is no score, even beside a metric word (the results README leaves both
out): "a 28% faster perplexity reduction", "with 30% reduction of channels", "80.1% reduction of model size".
Made-up sentences in the shapes of results5 abstracts."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import ranked_metric_rows

D = Role.DATASET


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("When pre-training FooLM, FooNet achieves a 28% faster perplexity reduction than baselines.", [], []),
        ("On FooSet, our pruned FooNet with 30% reduction of channels even outperforms the original model by 0.39% in "
         "top-1 accuracy.", [("FooSet", D)], [("top-1 accuracy", "0.39", "FooSet", "improvement")]),
        ("Our 6-bit FooNet achieves 80.1% reduction of model size with a small accuracy drop.", [], []),
        # (a gain in a score stays one)
        ("FooNet gives a 12% reduction in error rate on FooSet.", [("FooSet", D)], [("error rate", "12", "FooSet", "improvement")]),
    ],
)
def test_results_a_speed_up_or_a_cost_cut_is_no_score(text, named, want):
    assert ranked_metric_rows(text, named) == want
