"""A benchmark's name written between a value and its metric ("86.5% ImageNet-1K top-1 accuracy"): the metric
after the name is the value's, the name its set. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import ranked_rows

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("Without extra data, FooViT attains 86.5% ImageNet-1K top-1 accuracy; with ImageNet-21K pre-training it does better.",
         [("FooViT", P), ("ImageNet-1K", D), ("ImageNet-21K", D), ("top-1 accuracy", X)],
         [("FooViT", True, "ImageNet-1K", "top-1 accuracy", "86.5")]),
        ("Our detector reaches 45.1 COCO AP with a ResNet-50 backbone.",
         [("COCO", D), ("AP", X), ("ResNet-50", M)],
         [("Bar", True, "COCO", "AP", "45.1")]),
    ],
)
def test_set_between_value_and_metric(text, named, want):
    assert ranked_rows(text, named, "FooViT" if "FooViT" in text else "Bar") == want


def test_unit_between_value_and_metric_is_no_set():
    # "15FPS detection rate": a speed's unit, no benchmark; the rate is no score of 15
    text = "Our method is evaluated on KITTI and achieves state-of-the-arts with a 15FPS detection rate."
    assert ranked_rows(text, [("KITTI", D)], "Bar") == []

