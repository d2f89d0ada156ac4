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


@pytest.mark.parametrize(
    "text, short, long",
    [
        # the Greek letter is spelled by the long form, or only the rest is
        ("This paper presents a nonmyopic ε-Glassy-optimal quiet learning (ε-GQL) approach.", "ε-GQL",
         "ε-Glassy-optimal quiet learning"),
        ("We propose an attention-based Quiet Glass Filter ($\\alpha$-QGF) for robots.", "$\\alpha$-QGF",
         "Quiet Glass Filter"),
    ],
)
def test_long_forms_a_greek_prefix_may_lead_the_short_form(text: str, short: str, long: str) -> None:
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert defs.get(short) == long


def test_long_forms_two_short_forms_in_one_bracket_spell_coordinated_long_forms() -> None:
    text = "we introduce return-quiet and return-glassy window tree policies (RQWTP and RGWTP), both fast."
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert defs == {"RQWTP": "return-quiet and return-glassy window tree policies", "RGWTP": "return-glassy window tree policies"}


@pytest.mark.parametrize("text", ["Results on two datasets (MNIST and CIFAR-10) are good.",
                                  "It helps virtual/augmented reality (VR/AR) headsets."])
def test_long_forms_examples_in_one_bracket_are_no_definitions(text: str) -> None:
    assert find_definitions(text) == []


@pytest.mark.parametrize(
    "text, short, long",
    [
        # a digit after a capital repeats it
        ("We train our randomized max-margin glasses (RM2G) on scenes.", "RM2G", "randomized max-margin glasses"),
        ("A multi-modal mixture model (M3M) is trained.", "M3M", "multi-modal mixture model"),
    ],
)
def test_long_forms_a_digit_after_a_capital_repeats_it(text: str, short: str, long: str) -> None:
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert defs.get(short) == long


@pytest.mark.parametrize(
    "text, short, long",
    [
        # a lower-case letter and a hyphen before capitals: a variant of an acronym, spelled as one
        ("The PQN has two parts, the sparse PQN (s-PQN) and the dense PQN (d-PQN).", "s-PQN", "sparse PQN"),
        # "A-B": the long form spells one part, the other part is an acronym the text uses alone
        ("We train a GAN with a sliced critic (SC-GAN) on faces.", "SC-GAN", "sliced critic"),
        ("Our SVR tracks poses. For drift, the controller then also applies a Kernel Ridge Filter (SVR-KRF) in the loop.",
         "SVR-KRF", "Kernel Ridge Filter"),
    ],
)
def test_long_forms_compound_and_lower_led_short_forms_spell_one_part(text: str, short: str, long: str) -> None:
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert defs.get(short) == long


@pytest.mark.parametrize(
    "text",
    [
        # the other part is used nowhere by itself: no definition
        "We train a model with a sliced critic (SC-GAN) on faces.",
        # a long form never runs from the title into the abstract
        "Faces with ST-GAN\n\nWe study ST-GAN models; the Style Transfer (ST-GAN) variant is shown.",
    ],
)
def test_long_forms_a_compound_needs_its_other_part_used_alone(text: str) -> None:
    short = "SC-GAN" if "SC-GAN" in text else "ST-GAN"
    defs = {text[d.short_start : d.short_end]: text[d.long_start : d.long_end] for d in find_definitions(text)}
    assert short not in defs or "\n\n" not in defs[short]


def test_long_forms_kept_definitions_are_not_changed_by_a_reader() -> None:
    # A text's definitions are kept for the next reader (the resolver reads them after the
    # acronym rules): a reader changing its list must not change what the next one gets.
    text = "We study optical character recognition (OCR) and named entity recognition (NER)."
    first = find_definitions(text)
    first.clear()
    again = find_definitions(text)
    assert [text[d.short_start : d.short_end] for d in again] == ["OCR", "NER"]
    assert find_definitions("No definition here.") == []
