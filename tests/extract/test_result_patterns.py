"""Result patterns rewritten for speed find what their plain forms find."""

from __future__ import annotations

import re

import pytest

from kg.extract.result_patterns import GENERIC_HEAD

PLAIN_GENERIC_HEAD = re.compile(r"accura|error|rate|F1|F-?measure|precision|recall|AU(?:C|ROC|PR)|score|Spearman|Pearson|Kendall", re.I)


# Every head in mixed case, inside words, the case-insensitive twins of "s" and "k" ("\u017f",
# "\u212a"), near misses, and text without any head.
@pytest.mark.parametrize(
    "text",
    ["ACCURACY of 9", "inaccurate", "the Error Rate", "F1-score", "f-MEASURE", "fmeasure", "PRECISION/Recall",
     "AUC", "auroc", "AuPr", "\u017fcore", "\u212aendall tau", "SPEARMAN and pearson", "F 1", "AU", "no head here", ""],
)
def test_result_patterns_generic_head_finds_what_the_plain_alternation_finds(text: str) -> None:
    for start in range(len(text) + 1):
        plain, fast = PLAIN_GENERIC_HEAD.search(text, start), GENERIC_HEAD.search(text, start)
        assert (plain and plain.span()) == (fast and fast.span())
