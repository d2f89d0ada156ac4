"""A set named right after "on" is measured on, also when "outperforms the state of the art" stands before it
(corpus: "outperforms the state-of-art on Pascal VOC 2012 and Cityscapes, with mIoU(%) of 82.5 and 79.2
respectively" ranked VOC's 82.5 first on Cityscapes); a set named as the compared system stays a system.
Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import results_of

D, X = Role.DATASET, Role.METRIC
NAMED = [("BarSet", D), ("BazSet", D), ("QuxSet", D), ("mIoU", X), ("BLEU", X)]


def _sets(text: str) -> dict[str, str | None]:
    return {r.value: r.dataset for r in results_of(text, NAMED, "FooNet")}


@pytest.mark.parametrize("text, want", [
    ("Our model outperforms the state-of-art on BarSet and BazSet, with mIoU of 82.5 and 79.2 respectively.",
     {"82.5": "BarSet", "79.2": "BazSet"}),
    ("FooNet outperforms prior methods on the BarSet and BazSet benchmarks, with mIoU of 82.5 and 79.2 respectively.",
     {"82.5": "BarSet", "79.2": "BazSet"}),
    # the compared "set" is a system: not the value's set
    ("When comparing with the state-of-the-art QuxSet, our model reaches 45.1 BLEU on BarSet.", {"45.1": "BarSet"}),
    # "than on X": X is what the value is compared with, never its set (corpus: "-27% accuracy points than on MN v2")
    ("On BarSet, FooNet obtains 27% lower mIoU than on BazSet.", {"27": None}),
])
def test_results_a_set_measured_on_after_a_comparison(text, want):
    assert _sets(text) == want
