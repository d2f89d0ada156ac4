"""Shape helpers shared by the rule components."""

from __future__ import annotations

import re

import pytest

from kg.extract.literals import word_spans
from kg.extract.shapes import holds_digit, is_acronym, word_runs


@pytest.mark.parametrize(
    "text, word",
    [
        ("GSMN beats X; GSMN-2 and xGSMN do not, GSMN_b neither, but (GSMN) does.", "GSMN"),
        ("A-B and A-B-C and -A-B", "A-B"),
        ("C++ and C+++ and C++", "C++"),
        ("", "x"),
        ("\u00e9GSMN GSMN\u00e9 GSMN", "GSMN"),
    ],
)
def test_shapes_word_spans_equal_the_bounded_regex(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text)]
    assert list(word_spans(text, word)) == expected


@pytest.mark.parametrize("word, expected", [("ε-BAL", True), ("$\\alpha$-MDF", True), ("β-VAE", True), ("α", False),
                                            ("$x$", False), ("Ω-Net", False)])
def test_shapes_a_greek_prefix_may_lead_an_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


@pytest.mark.parametrize("text", ["x-ray, x_ray (x2) x", "caf\u00e9 \u00e9t\u00e9-2 na\u00efve", "", "  ", "a\tb\nc"])
def test_shapes_word_runs_are_the_texts_runs_of_word_characters(text: str) -> None:
    assert word_runs(text) == frozenset(re.findall(r"\w+", text))
    assert word_runs(text + " ", cached_only=True) is None  # another text: nothing kept for it
    assert word_runs(text, cached_only=True) == frozenset(re.findall(r"\w+", text))  # its runs are kept


@pytest.mark.parametrize("text", ["no digits here", "v2 of it", "caf\u00e9 at 3", "caf\u00e9 alone", "Arabic \u0663", "", "x" * 5000 + "7"])
def test_shapes_holds_digit_is_the_digit_regex(text: str) -> None:
    # asked twice: the second answer comes from the kept one and must be the same
    assert holds_digit(text) == holds_digit(text) == (re.search(r"\d", text) is not None)
