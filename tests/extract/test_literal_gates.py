"""The literal pre-checks that let a rule skip a pattern (issue 11, extraction speed): each gate's
literals are the ones the pattern needs, so a text the gate turns away holds no match.

E.g. ``dataset_fallback._SETS`` ends in a plural noun ("the Con-Text and Drink Bottle datasets"):
a text without "datasets", "benchmarks", ... is not scanned.
"""

from __future__ import annotations

import re

from kg.extract import dataset_fallback, proposed_kind, result_names


def test_plural_nouns_are_the_ones_sets_ends_in() -> None:
    tail = re.search(r"\\s\(\?:([^)]*)\)\(\?!\[\\w\\-\]\)$", dataset_fallback._SETS.pattern)
    assert tail is not None
    assert set(tail.group(1).split("|")) == set(dataset_fallback._PLURAL_NOUNS)


def test_plural_noun_gate_keeps_every_match() -> None:
    text = "We test on the Con-Text and Drink Bottle datasets and on the A, B and C benchmarks."
    assert [m.group("list") for m in dataset_fallback._SETS.finditer(text)] == ["Con-Text and Drink Bottle", "A, B and C"]
    assert any(n in text for n in dataset_fallback._PLURAL_NOUNS)


def test_presenting_stems_are_the_verbs_of_the_clause() -> None:
    verbs = re.search(r"\(\?:(propos[^)]*)\)", proposed_kind._PRESENTING.pattern)
    assert verbs is not None and set(verbs.group(1).split("|")) == set(proposed_kind._PRESENTING_STEMS)


def test_kind_word_is_in_every_frame() -> None:
    for pattern, _ in proposed_kind._FRAMES:
        assert proposed_kind._KIND in pattern.pattern


def test_kind_framed_still_finds_names() -> None:
    text = "T\n\nWe propose a simple strategy Knowe: it learns. We present the DITECTOR framework for X."
    cut = text.index(" We present")
    names = [text[c.start : c.end] for c in proposed_kind.kind_framed(text, 1, [(3, cut), (cut + 1, len(text))])]
    assert names == ["Knowe", "DITECTOR"]


def test_called_words_are_the_naming_verbs() -> None:
    verbs = re.search(r"\(\?:(called[^)]*)\)", result_names._METHOD_CALLED)
    assert verbs is not None and set(verbs.group(1).split("|")) == set(result_names._CALLED_WORDS)
    # under IGNORECASE only "c"/"C", "a"/"A", ... match these letters (no other character folds onto
    # them, unlike "k" and "s"): a match lower-cased is the word itself
    letters = sorted(set("".join(result_names._CALLED_WORDS)))
    assert not set(letters) & {"i", "k", "s"}


def test_title_phrase_called_gate() -> None:
    title = "Discrimination-aware Channel Pruning for Deep Neural Networks"
    abstract = "We investigate a simple-yet-effective method, CALLED discrimination-aware channel pruning, to prune."
    assert result_names._title_phrase_called(abstract, title) == "discrimination-aware channel pruning"
    assert result_names._title_phrase_called(abstract.replace("CALLED", "with"), title) is None
