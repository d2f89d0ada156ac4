"""The own-naming cue of :mod:`kg.extract.proposed_cued_modified` led by one class of its first
letters (issue 11, extraction speed): the engine skips in C to those letters, where the pattern as
first written (led by lookbehinds and "\\b", then an alternation) was tried at every character.
The rewrite matches what the first spelling matched, at the same places, with the same words.

E.g. "we have proposed a solution called weighted permission Shapley value": the match starts at
"called" either way; "so-called X", "recalled X" and "Owe propose the X" match neither way.
"""

from __future__ import annotations

import random
import re

from re import _parser  # type: ignore[attr-defined]

from kg.extract import proposed_cued_modified

# The pattern as written before the rewrite (main 7babbc3).
_FIRST: re.Pattern[str] = re.compile(
    r"(?:(?<![Ss]o-)(?<![Ss]o )\b(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?(?:the\s+)?"
    r"|\b[Ww]e\s+(?:propose|present|introduce)d?\s+the\s+)"
    r"(?P<words>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){1,6})"
)
_PIECES = ["called", "named", "dubbed", "termed", "coined", "We", "we", "propose", "proposed", "present",
           "introduced", "the", "as", "so-", "So ", "so", "re", "X-Net", "weighted", "DQN", "model-free",
           "\n", "\t", ".", ",", "Owe", "twe", "e", "c", "d", "  ", " ", " ", " ", "Se", "é", "-"]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("words")) for m in pattern.finditer(text, pos)]


def test_led_by_one_class_the_engine_skips_to() -> None:
    first_op, _ = _parser.parse(proposed_cued_modified._CUED.pattern).data[0]
    assert str(first_op) == "IN"  # (a class: sre's search looks only at the characters in it)


def test_same_matches_as_the_first_spelling() -> None:
    texts = [
        "We proposed a solution called weighted permission Shapley value. It works.",
        "To this end we introduce the model-free DQN, which learns fast.",
        "The so-called weighted Shapley value is classic; a So called Fast DQN is not; recalled X-Net works.",
        "Owe propose the X Y, twe present the A B; renamed C D; We presented the deep Q network here.",
        "called A B\nnamed C D\tcoined as the E F dubbed G H termed",
    ]
    rng = random.Random(11)
    texts += ["".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(40)) for _ in range(3000)]
    for text in texts:
        for pos in (0, 3):
            assert _spans(proposed_cued_modified._CUED, text, pos) == _spans(_FIRST, text, pos), text
