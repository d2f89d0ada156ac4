"""Anchor words found in one trie-regex scan, only where they begin a word."""

from __future__ import annotations

import re

import pytest

from kg.extract.anchors import Anchors, IndexedScan, WholeWords, trie_regex
from kg.extract.shapes import word_runs


@pytest.mark.parametrize("words", [["generation", "gender", "gen"], ["a+b", "a.b", "x"], ["only"]])
def test_anchors_trie_regex_matches_exactly_its_words(words: list[str]) -> None:
    pattern = re.compile(trie_regex(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert not pattern.fullmatch("ge") and not pattern.fullmatch(words[0] + "#")


def test_anchors_case_sensitive_skip_words_inside_words() -> None:
    anchors = Anchors({"net": ["Net"], "verb": ["propose"]})
    text = "Net and ResNet; we propose Net-2, not unpropose or Propose."
    assert [(k, text[s:e]) for k, s, e in anchors.finditer(text)] == [("net", "Net"), ("verb", "propose"), ("net", "Net")]


# The same sentence with and without a leading "İ", whose lower case is two characters: with it
# the scan runs the any-case pattern on the raw text instead of the lowered copy.
@pytest.mark.parametrize("lead", ["", "\u0130 "])
def test_anchors_ignore_case_finds_the_same_anchors_on_either_scan(lead: str) -> None:
    anchors = Anchors({"verb": ["propose", "present"], "noun": ["method"]}, ignore_case=True)
    text = lead + "We Propose a METHOD; unpropose, xmethod and PRESENTS."
    found = [(k, text[s:e]) for k, s, e in anchors.finditer(text)]
    assert found == [("verb", "Propose"), ("noun", "METHOD"), ("verb", "PRESENT")]


def test_anchors_with_a_punctuation_anchor_test_word_starts_after_the_scan() -> None:
    # No lookbehind when an anchor opens with punctuation: "(" may follow a letter, "a(" may not.
    anchors = Anchors({"open": ["(", "a("]})
    text = "f(x), ba(b) and a(c)"
    assert [(k, s) for k, s, _ in anchors.finditer(text)] == [("open", 1), ("open", 16)]


def test_anchors_finditer_respects_pos_and_endpos() -> None:
    anchors = Anchors({"verb": ["propose"]})
    text = "propose, propose, propose"
    assert [s for _, s, _ in anchors.finditer(text, 1, 17)] == [9]


# Anchors ending in a space or punctuation, anchors back to back, at the very start, after a
# digit, an underscore or a non-ASCII letter: the scan led by the character before each anchor
# finds what the word-start lookbehind pattern finds, for any start and end of the scan.
@pytest.mark.parametrize(
    "text",
    ["Here we we propose", "we we we", "x.x x. ab-ab", "_we 9we éwe (we) we", "", "w", "we", "Here we The we",
     "_we 9we (we)\twe\nwe\x1cwe-we"],  # the last an ASCII text, scanned with the ASCII lead class
)
def test_anchors_lead_scan_finds_what_the_word_start_pattern_finds(text: str) -> None:
    anchors = Anchors({"lead": ["Here we ", "we ", "The "], "name": ["ab", "ab-", "x", "x.", "we"]})
    for pos in range(len(text) + 2):
        for endpos in range(pos, len(text) + 2):
            expected = [(anchors.kind_of[m.group()], m.start(), m.end()) for m in anchors.pattern.finditer(text, pos, endpos)]
            assert list(anchors.finditer(text, pos, endpos)) == expected


# Words at the very start and end, back to back, after an underscore, a digit, a hyphen or a
# non-ASCII letter, and inside longer words: the scan led by the character before each word finds
# what the ``\b(...)\b`` pattern finds, for any start and end of the scan.
@pytest.mark.parametrize(
    "text",
    ["detection", "object detection detection", "_detection 9detection -detection", "édetection",
     "redetection detections re-identification", "", "d", "detection,detection"],
)
def test_anchors_whole_words_spans_are_what_the_word_boundary_pattern_finds(text: str) -> None:
    words = WholeWords(["detection", "re-identification", "identification", "det"])
    for start in range(len(text) + 2):
        for end in range(start, len(text) + 2):
            assert words.spans(text, start, end) == [m.span() for m in words.pattern.finditer(text, start, end)]


# Given the text's word runs, the words no run spells are skipped and the rest found by str.find:
# the same spans as the pattern, for any start and end (an end inside a word falls back to it).
@pytest.mark.parametrize(
    "text",
    ["detection", "object detection detection", "_detection 9detection -detection", "édetection",
     "redetection detections re-identification", "", "d", "detection,detection", "re-identification_x re identification"],
)
def test_anchors_whole_words_spans_from_word_runs_are_what_the_pattern_finds(text: str) -> None:
    words = WholeWords(["detection", "re-identification", "identification", "det"])
    runs = word_runs(text)
    for start in range(len(text) + 2):
        for end in range(start, len(text) + 2):
            assert words.spans(text, start, end, runs) == [m.span() for m in words.pattern.finditer(text, start, end)]


def test_anchors_whole_words_refuse_a_word_ending_in_punctuation() -> None:
    with pytest.raises(ValueError, match="letter or digit"):
        WholeWords(["detection", "x-"])


# Words and glue that make whole-text matches, matches straddling a window's start ("widely used"
# cut after "widely") and matches the window's end cuts ("previously" read up to "previous").
_SCAN_PIECES = ["we", "We", "our", "the proposed", "The", "proposed", "widely used", "widely-used", "used", "previous",
                "previously", "Existing", "state-of-the-art", "art", "x", " ", " ", "  ", ", ", "-", ".", "\u00e9"]


@pytest.mark.parametrize("pattern", [
    re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]he proposed)\b"),
    re.compile(r"\b(?:state-of-the-art|widely[- ]used|previous|existing)\b", re.IGNORECASE),
    re.compile(r"\b(?:widely used|used|art)\b"),  # a window from inside "widely used" finds "used"
])
def test_indexed_scan_yields_what_the_pattern_finds_in_every_window(pattern: re.Pattern) -> None:
    import random

    rng = random.Random(7)
    scan = IndexedScan(pattern, 24)
    for _ in range(40):
        text = "".join(rng.choice(_SCAN_PIECES) for _ in range(rng.randrange(50, 400)))
        for _ in range(60):
            pos = rng.randrange(0, len(text) + 1)
            end = rng.randrange(pos, len(text) + 1)
            want = [(m.span(), m.group()) for m in pattern.finditer(text, pos, end)]
            assert [(m.span(), m.group()) for m in scan.finditer(text, pos, end)] == want
            last = scan.last(text, pos, end)
            assert (last.span() if last else None) == (want[-1][0] if want else None)


def test_indexed_scan_covers_its_patterns_reach() -> None:
    """The reach given for the own-name rules' scans covers their longest attempt (the width of
    the longest match, plus the character a closing \\b reads)."""
    from re import _parser  # the width of a pattern, as re itself computes it

    from kg.extract.proposed_lower import _OUR_OR_WE_SCAN
    from kg.extract.proposed_names import _PRIOR_WORD_SCAN

    for scan in (_OUR_OR_WE_SCAN, _PRIOR_WORD_SCAN):
        low, high = _parser.parse(scan.pattern.pattern, scan.pattern.flags).getwidth()
        assert 0 < low and high + 1 <= scan.reach
