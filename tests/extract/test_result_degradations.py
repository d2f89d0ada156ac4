"""Changes for the worse (kg.extract.result_scores.is_degradation): a drop of a higher-is-better score or a rise of
a lower-is-better one is kept as evidence (an unranked improvement row), never listed as a gain, as the results gold
keeps degradations doubtful; gains and reductions of an error stay ranked. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.leaderboard import ranked
from kg.model import Role
from results_support import results_of

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC
NAMED = [("BarSet", D), ("QuxNet", M), ("FooNet", P), ("top-1 accuracy", X), ("accuracy", X), ("mAP", X), ("BLEU", X),
         ("FID", X), ("WER", X), ("error rate", X)]


def _rows(text: str) -> list[tuple[str, str, bool]]:
    return [(r.value, r.kind, ranked(r.confidence)) for r in results_of(text, NAMED, "FooNet")]


@pytest.mark.parametrize("text, value, listed", [
    # for the worse: evidence only
    ("On BarSet, FooNet prunes QuxNet with a 0.9% top-1 accuracy drop.", "0.9", False),
    ("On BarSet, FooNet speeds up QuxNet while sacrificing 0.4% top-1 accuracy.", "0.4", False),
    ("On BarSet, FooNet is only 1.2 BLEU points lower than the supervised QuxNet.", "1.2", False),
    ("On BarSet, FooNet is 0.3% mAP behind QuxNet.", "0.3", False),
    ("On BarSet, the compressed FooNet has a 2.1% accuracy loss.", "2.1", False),
    ("On BarSet, FooNet increases the FID of QuxNet by 2.5.", "2.5", False),
    ("On BarSet, FooNet gives a 0.4 WER increase over QuxNet.", "0.4", False),
    ("On BarSet, FooNet has a 1.5% higher error rate than QuxNet.", "1.5", False),
    # gains and reductions of an error: listed
    ("On BarSet, FooNet improves the top-1 accuracy of QuxNet by 0.9%.", "0.9", True),
    ("On BarSet, FooNet gains 2.1% accuracy over QuxNet while using less memory.", "2.1", True),
    ("On BarSet, FooNet reduces the WER of QuxNet by 0.4.", "0.4", True),
    ("On BarSet, FooNet has a 1.5% lower error rate than QuxNet.", "1.5", True),
    ("On BarSet, FooNet gives a drop of 2.5 in FID over QuxNet.", "2.5", True),
    ("On BarSet, FooNet achieves 3.1% higher mAP than QuxNet.", "3.1", True),
])
def test_result_degradations_a_change_for_the_worse_is_evidence_only(text, value, listed):
    assert _rows(text) == [(value, "improvement", listed)]


def test_result_degradations_a_drop_heading_a_list_speaks_for_the_list():
    text = "Under FooNet, the accuracy drops 6.4% on BarSet and 29.5% on BazSet."
    assert _rows(text) == [("6.4", "improvement", False), ("29.5", "improvement", False)]


@pytest.mark.parametrize("text", [
    "With FooNet the BLEU drops 0.3 on BarSet, while it gains 1.5 on BazSet and 2.0 on QuxSet.",
    "FooNet loses 0.3 BLEU on BarSet and gains 1.5 BLEU on BazSet and 2.0 BLEU on QuxSet.",
    "FooNet has a 0.3 BLEU drop on BarSet, a 1.5 BLEU gain on BazSet and a 2.0 BLEU gain on QuxSet.",
])
def test_result_degradations_a_gain_after_a_loss_is_listed(text):
    # a value whose own words say it is for the better, and the values after it, are not on the loss's list
    named = NAMED + [("BazSet", D), ("QuxSet", D)]
    got = [(r.value, ranked(r.confidence)) for r in results_of(text, named, "FooNet")]
    assert got == [("0.3", False), ("1.5", True), ("2.0", True)]
