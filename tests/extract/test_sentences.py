"""Sentence spans by regular expression, and the span holding an offset."""

from __future__ import annotations

import re

import pytest

from kg.extract.sentences import _SENT_END, sentence_at, split_sentences

TEXTS = [
    "A Title\n\nWe propose X. It beats Y (see Fig. 3). Results: 2.5% better! Why? \"Quoted\" start.",
    "Line one.\n  \nLine two e.g. this. et al. (2020) show it. [1] cites. 3 runs end.",
    "no capital after. lower case continues. Ends with a dot.",
    "",
    "\n\n\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_end_pattern_finds_what_the_two_alternatives_found(text: str) -> None:
    # The end pattern is written led by one character class for speed; it must match as the
    # plain two-alternative pattern did.
    plain = re.compile(r"[.!?]\s+(?=[A-Z0-9\[\"'])|\n\s*\n")
    assert [m.span() for m in _SENT_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_sentences_split_keeps_abbreviations_inside_a_sentence() -> None:
    text = "We use e.g. BERT here. It works."
    assert [text[s:e] for s, e in split_sentences(text)] == ["We use e.g. BERT here.", "It works."]


@pytest.mark.parametrize("text", TEXTS[:3])
def test_sentences_sentence_at_is_the_last_span_starting_at_or_before_the_offset(text: str) -> None:
    spans = split_sentences(text)
    for offset in range(len(text) + 1):
        expected = [s for s in spans if s[0] <= offset][-1:] or spans[:1]
        assert sentence_at(spans, offset) == expected[0]


def test_sentences_sentence_at_without_spans_is_the_text_up_to_the_offset() -> None:
    assert sentence_at([], 7) == (0, 7)


def test_sentences_sentence_at_before_the_first_span_is_the_first_span() -> None:
    assert sentence_at([(5, 9), (10, 20)], 2) == (5, 9)


def test_sentences_a_run_past_the_cap_is_cut_after_a_comma_else_a_space() -> None:
    from kg.extract.sentences import MAX_SENTENCE_CHARS

    text = "A title\n\n" + "we list names, " * 600 + "end. " + "x" * 40 + " word" * 1000 + ". Last one."
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert [text[s:e] for s, e in spans][-1] == "Last one."
    listed = [text[s:e] for s, e in spans if "names" in text[s:e]]
    assert len(listed) >= 3 and all(p.endswith(",") or p.endswith("end.") for p in listed)
    worded = [text[s:e] for s, e in spans if "word" in text[s:e]]
    assert len(worded) >= 2 and all(p.endswith("word") or p.endswith("word.") for p in worded)
    # Nothing is lost but the spaces at the cuts; a sentence under the cap is as before.
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "").replace("\n\n", "")
    assert split_sentences("A title\n\nShort one. Another.") == [(0, 7), (9, 19), (20, 28)]


def test_sentences_a_name_spelled_with_a_bang_does_not_end_a_sentence() -> None:
    # "Yahoo! Answers" is one set name: the split used to leave "Yahoo!" alone at a sentence end.
    text = "We test on Yahoo! Answers with 41.07% P@1. Wow! It works. MyYahoo! Next one."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "We test on Yahoo! Answers with 41.07% P@1.", "Wow!", "It works.", "MyYahoo!", "Next one."]
