"""Acronym definitions and their long forms, on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.long_forms import acronym_words, find_definitions, long_form_start


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("We study optical character recognition (OCR) on receipts.", "OCR", "optical character recognition"),
        ("It relies on Sparse Mixture of Experts (SMoE) layers.", "SMoE", "Sparse Mixture of Experts"),
        ("We build a Retrieval-Augmented Generator (RAG) for law.", "RAG", "Retrieval-Augmented Generator"),
        ("Results use large vision-language models (VLMs) as judges.", "VLMs", "vision-language models"),
    ],
)
def test_long_forms_find_long_forms(text: str, short: str, long: str) -> None:
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert defs.get(short) == long


@pytest.mark.parametrize("text", ["The score (see Table 2) is high.", "We train (a) the encoder and (b) the decoder."])
def test_long_forms_ignore_parentheses_that_are_not_definitions(text: str) -> None:
    assert find_definitions(text) == []


def test_long_forms_long_form_start_needs_every_letter() -> None:
    text = "a graph neural network (GNN)"
    assert text[long_form_start("GNN", text, text.index(" (")) :].startswith("graph neural network")
    assert long_form_start("XYZ", text, text.index(" (")) is None


def test_long_forms_long_form_is_the_words_whose_initials_spell_the_acronym() -> None:
    text = "There is a need for Automatic Short Answer Grading (ASAG) in schools."
    assert [text[d.long_start : d.long_end] for d in find_definitions(text)] == ["Automatic Short Answer Grading"]


def test_long_forms_acronym_words_are_normalised_all_capitals_words() -> None:
    text = "document-level ECI and GNNs, not Mamba or x-ECI"
    assert acronym_words(text, 0, len(text)) == ["eci", "gnns"]
