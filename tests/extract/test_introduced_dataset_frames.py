"""Frames that name a resource the paper introduces (issue 11): "a dataset of ..., named X", "a new X
benchmark", "Our dataset X consists of ..." (:mod:`kg.extract.dataset_shapes`)."""

from __future__ import annotations

import pytest

from kg.extract.dataset_shapes import called_names, noun_then_name, the_name_noun
from kg.extract.doc import layout, title_end
from kg.model import Role

I, D = Role.INTRODUCED_DATASET, Role.DATASET


def _found(rule, abstract: str) -> list[tuple[str, Role]]:
    text = layout("A study", abstract)
    return [(text[c.start:c.end], c.role) for c in rule(text, title_end(text))]


@pytest.mark.parametrize("abstract, found", [
    ("We also collect a dataset of 10 million text images, named QUX-10M, covering 5 scenes.", [("QUX-10M", I)]),
    ("The mixture introduces a new, specialized data mix called Zorbino Mix 1124, which helps.", [("Zorbino Mix 1124", I)]),
    ("We propose a new large-scale dataset for place recognition, called SVQX. The code is out.", [("SVQX", I)]),
    ("We construct a new dataset named Quux Visual Aerial sceNe reCognition datasEt (QVA).", []),  # a longer, odd name
    ("We train a model on the dataset, called ZorbNet, for speed.", [("ZorbNet", D)]),
    ("We present a novel framework on our dataset called by many names.", []),  # no name
    ("A dataset-driven model, called ZorbNet, is trained.", []),  # the model is called so
    # opening a sentence, and "a new" (its "a" leads the match): the paper's own as mid-sentence
    ("It is hard. Our dataset, named QuuxBench, has 5k images.", [("QuuxBench", I)]),
    ("It is hard. A new dataset called QuuxBench is released.", [("QuuxBench", I)]),
    ("We test on a new dataset called QuuxBench that has 5k images.", [("QuuxBench", I)]),
])
def test_called_names_the_name_a_resource_phrase_is_given(abstract: str, found: list) -> None:
    assert _found(called_names, abstract) == found


@pytest.mark.parametrize("abstract, found", [
    ("We curate a new QuuxPrompts benchmark derived from COCO.", [("QuuxPrompts", I)]),
    ("Results on a new ZORB-UTOI dataset containing 22k images.", [("ZORB-UTOI", I)]),
    ("We construct a new UAV benchmark focusing on scenes.", []),  # a short acronym: a kind
    ("We present a new RGB-Thermal dataset for segmentation.", []),  # a modality
    ("We release a new NL-to-program benchmark to evaluate it.", []),  # a lower-case part: a kind
    ("It is hard. Our new QuuxPrompts benchmark has 5k prompts.", [("QuuxPrompts", I)]),  # opening a sentence
])
def test_the_name_noun_a_new_name_before_the_noun_is_the_papers_own(abstract: str, found: list) -> None:
    assert _found(the_name_noun, abstract) == found


def test_noun_then_name_our_dataset_opening_a_sentence_is_the_papers_own() -> None:
    # "consists" is a verb (cues.json verbs_s): the name does not qualify a noun after it
    assert _found(noun_then_name, "It is big. Our dataset QuuxSplat consists of 65K objects.") == [("QuuxSplat", I)]


@pytest.mark.parametrize("abstract, role", [
    ("We propose ZorbQA with 28.9 million question-answer pairs over plots. On ZorbQA, models fail.", I),
    ("We propose ZorbQA, a model of plots. We train ZorbQA with 510k plot samples and it wins.", Role.PROPOSED),
    ("We propose ZorbQA with 12 layers and 3 million parameters. ZorbQA is fast.", Role.PROPOSED),
])
def test_title_name_said_to_hold_counted_data_is_a_dataset(abstract: str, role: Role) -> None:
    """"ZorbQA: ..." whose abstract says ZorbQA holds a count of data units is data the paper introduces."""
    from kg.extract.proposed_title import title_names
    from kg.extract.sentences import split_sentences

    text = layout("ZorbQA: Reasoning over Scientific Plots", abstract)
    found = title_names(text, title_end(text), split_sentences(text))
    assert {c.role for c in found if c.rule == "proposed:title-prefix"} == {role}


@pytest.mark.parametrize("title, found", [
    ("Zorb-Lane: Multi-Lane Dataset Registering Parallel Scans", {("Zorb-Lane", I)}),
    ("Zorb-Lane: A Large-Scale Benchmark for Driving", {("Zorb-Lane", I)}),
    ("Zorb-Lane: Registering Parallel Scans for Driving", set()),  # no dataset noun, a plain-word name
])
def test_hyphened_title_name_over_a_dataset_phrase_is_the_dataset(title: str, found: set) -> None:
    """A hyphened coined title name whose rest opens with a dataset noun's phrase is that dataset,
    though the abstract writes it only in a link."""
    from kg.extract.proposed_title import title_names
    from kg.extract.sentences import split_sentences

    text = layout(title, "We present a multi-lane dataset of scans. See https://x.io/zorblane-dataset/.")
    got = title_names(text, title_end(text), split_sentences(text))
    assert {(text[c.start:c.end], c.role) for c in got if c.rule == "proposed:title-prefix"} == found
