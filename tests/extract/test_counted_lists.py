"""A list the text counts one more item of than its commas and "and" give lost a comma: its one
item of two name-shaped words is two sets (:func:`kg.extract.cue_lists.emit_list`)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role

_EX = Extractor()


def _sets(abstract: str) -> list[str]:
    (ms,) = _EX.mentions([("A study of things", abstract)])
    return sorted({m.text for m in ms if m.role is Role.DATASET})


@pytest.mark.parametrize("abstract, sets", [
    # the count says one more item than the commas and "and" give: the two-name item lost a comma
    ("We apply our approach on three datasets: ZDLane QuSimple and ZULane.", ["QuSimple", "ZDLane", "ZULane"]),
    ("Results on three benchmark datasets ZefCOCO ZefCOCO+ and Z-Ref show gains.", ["Z-Ref", "ZefCOCO", "ZefCOCO+"]),
    # a count that agrees, or a partial list ("including"): one name of two words stays whole
    ("We test on two datasets: ZS QOCO and ZVOC.", ["ZS QOCO", "ZVOC"]),
])
def test_counted_list_splits_a_merged_item(abstract: str, sets: list[str]) -> None:
    assert _sets(abstract) == sets
