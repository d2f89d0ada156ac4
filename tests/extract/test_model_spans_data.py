"""The training script's data conversion: gold names aligned to character spans and to tokens
(``scripts/train_spans.py``; nothing is trained here)."""

from __future__ import annotations

import pytest
import spacy
from script_support import load_script


@pytest.fixture(scope="module")
def train_spans():
    return load_script("train_spans")


TEXT = ("FooNet: Fast Graph Matching\n\nWe propose FooNet for graph matching. On Bar-QA and BAR QA, "
        "foonet improves exact match; FooNetwork is unrelated.")
GOLD = {"proposed": ["FooNet"], "datasets": ["Bar-QA|Bar QA"], "metrics": ["exact match"],
        "tasks": ["graph matching", "never stated here"]}


def test_train_spans_gold_spans_finds_every_occurrence_of_every_form(train_spans):
    spans = train_spans.gold_spans(TEXT, GOLD)
    got = [(TEXT[s:e], label) for s, e, label in spans]
    # case-insensitive, whole words only (not inside "FooNetwork"), dash variants, every occurrence
    assert got.count(("FooNet", "METHOD")) == 2 and ("foonet", "METHOD") in got
    assert ("Bar-QA", "DATASET") in got and ("BAR QA", "DATASET") in got
    assert ("exact match", "METRIC") in got
    assert [x for x in got if x[1] == "TASK"] == [("Graph Matching", "TASK"), ("graph matching", "TASK")]
    assert TEXT.index("FooNetwork") not in [s for s, _, _ in spans]


def test_train_spans_span_doc_keeps_token_aligned_spans_and_counts_the_rest(train_spans):
    nlp = spacy.blank("en")
    text = "We use XNet2 on data."
    doc, lost = train_spans.span_doc(nlp, text, [(7, 12, "METHOD"), (7, 11, "METHOD"), (0, 60, "TASK")])
    assert [(s.text, s.label_) for s in doc.spans["sc"]] == [("XNet2", "METHOD")]  # "XNet" widens to the same token
    assert lost == 1  # past the text: no span


def test_train_spans_combine_adds_only_names_the_rules_lack(train_spans):
    rules = {"proposed": ["FooNet"], "methods": [], "tasks": ["graph matching"]}
    model = {"methods": ["foonet", "BERT"], "tasks": ["Graph Matching", "node ranking"]}
    both = train_spans.combine(rules, model, ("methods", "tasks"))
    assert both == {"proposed": ["FooNet"], "methods": ["BERT"], "tasks": ["graph matching", "node ranking"]}
    swapped = train_spans.combine(rules, model, ("tasks",), replace=True)
    assert swapped["tasks"] == ["Graph Matching", "node ranking"]
