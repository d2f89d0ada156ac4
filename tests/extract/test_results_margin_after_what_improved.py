"""Margins written after what improved, with "for", "upon ... with" or "by <metric> of" before them (corpus rows
ranked as absolute scores on COCO: "improve the performance of Mask R-CNN for 1.7 mAP", 1.7 ranked beside 40 mAP
scores): relative results, never ranked. Scores reached "for" or "with" a setting stay absolute. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import results_of

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC
NAMED = [("BarSet", D), ("QuxNet", M), ("FooNet", P), ("mAP", X), ("AP", X), ("accuracy", X)]


def _kinds(text: str) -> dict[str, str]:
    return {r.value: r.kind for r in results_of(text, NAMED, "FooNet")}


@pytest.mark.parametrize("text, value, kind", [
    ("FooNet is able to improve the performance of QuxNet for 1.7 mAP on BarSet.", "1.7", "improvement"),
    ("FooNet improves upon the QuxNet baseline with 1.9% AP on BarSet.", "1.9", "improvement"),
    ("FooNet increases the performance of QuxNet by mAP of 6.4% on BarSet.", "6.4", "improvement"),
    # scores stay scores
    ("FooNet reaches 45.3% AP on BarSet with QuxNet as backbone.", "45.3", "absolute"),
    ("FooNet is improved and obtains 45.3% mAP for BarSet.", "45.3", "absolute"),
    ("Our improved FooNet reaches an accuracy of 91.2% on BarSet.", "91.2", "absolute"),
])
def test_results_a_margin_after_what_improved_is_relative(text, value, kind):
    assert _kinds(text).get(value) == kind
