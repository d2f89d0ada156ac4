"""Well-known metrics the result reader missed on the opened result sets (results4, results5): a detection's
sensitivity and specificity written after their percentage ("98% detection sensitivity", "77% specificity"), a
robot's task success ("76.9% task success"), and document-level translation's s-BLEU and d-BLEU. The common words
"sensitivity" and "specificity" name the metric only right after a percentage: "sensitivity to noise" stays a word.
Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import ranked_metric_rows

X = Role.METRIC


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("The proposed method has achieved 98% detection sensitivity while maintaining 77 % specificity.", [],
         [("sensitivity", "98", None, "absolute"), ("specificity", "77", None, "absolute")]),
        ("Given only 20 demonstrations, FooNet achieves 76.9% task success across our task suite.", [],
         [("task success", "76.9", None, "absolute")]),
        ("FooNet outperforms the previous work by 0.36 s-BLEU and 1.49 d-BLEU on average.", [("s-BLEU", X), ("d-BLEU", X)],
         [("s-BLEU", "0.36", None, "improvement"), ("d-BLEU", "1.49", None, "improvement")]),
    ],
)
def test_results_well_known_metrics_of_detection_robotics_and_document_translation(text, named, want):
    assert ranked_metric_rows(text, named) == want


def test_results_sensitivity_not_after_a_percentage_is_no_metric():
    text = "FooNet reduces the sensitivity to noise by 12% compared with the baseline."
    assert [r[0] for r in ranked_metric_rows(text, [])] != ["sensitivity"]


def test_results_the_new_metrics_are_higher_better():
    from kg.extract.results import higher_is_better

    assert higher_is_better("specificity") and higher_is_better("detection sensitivity") and higher_is_better("task success")


def test_catalogue_names_document_level_bleu():
    from kg.extract.catalogue_data import load_catalogue

    names = {e.name for e in load_catalogue().by_type("metric")}
    assert {"s-BLEU", "d-BLEU"} <= names
