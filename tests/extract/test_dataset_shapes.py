"""Dataset names the grammar around them settles: a split or server of a named set, an apposition,
a bracketed name after a resource phrase, a copula, the name after a remark, a list a dataset noun
leads, and parallel "NUMBER on X" results."""

from __future__ import annotations

import pytest

from kg.extract import extract_papers
from kg.extract.dataset_shapes import (
    apposed_names, bracketed_names, copula_names, listed_under_noun, noun_then_name, parallel_results, remark_names,
    split_names,
)
from kg.extract.doc import Candidate, layout, title_end
from kg.model import Paper, Role, Source


def _names(found: list[Candidate], text: str) -> list[str]:
    return [text[c.start : c.end] for c in found]


def _doc(abstract: str, title: str = "A study") -> tuple[str, int]:
    text = layout(title, abstract)
    return text, title_end(text)


@pytest.mark.parametrize("abstract, names", [
    ("We reach 88.7% on the Zorbex test set, which tests pronouns.", ["Zorbex"]),
    ("Results on the VOC10 evaluation server and on QuuxQA's dev set.", ["VOC10", "QuuxQA"]),
    ("We report on the English test set and on a validation set.", []),  # a language, no name
    ("Scores on the Test test set.", []),
])
def test_dataset_shapes_a_named_set_has_a_split_or_server(abstract: str, names: list[str]) -> None:
    text, tend = _doc(abstract)
    assert sorted(_names(split_names(text, tend), text)) == sorted(names)


def test_dataset_shapes_an_apposition_or_a_bracket_says_the_name_is_a_dataset() -> None:
    text, tend = _doc("We train on 300W-LP, a large synthetically expanded dataset, and on "
                      "a homogeneous news collection (Robust). Ours, a new method, is fast.")
    assert _names(apposed_names(text, tend), text) == ["300W-LP"]
    assert _names(bracketed_names(text, tend), text) == ["Robust"]


def test_dataset_shapes_a_copula_names_a_dataset_and_new_makes_it_the_papers_own() -> None:
    text, tend = _doc("Babel Briefings is a novel dataset of headlines. ZorbQA-7 is a benchmark for QA. "
                      "This is a new dataset. It is a large corpus.")
    found = copula_names(text, tend)
    assert [(text[c.start:c.end], c.role) for c in found] == [
        ("Babel Briefings", Role.INTRODUCED_DATASET), ("ZorbQA-7", Role.DATASET)]


def test_dataset_shapes_the_name_after_a_remark_is_an_introduced_dataset() -> None:
    text, tend = _doc("We introduce a dataset for our task, EMU, with 56k question-answer pairs.")
    (c,) = remark_names(text, tend)
    assert text[c.start : c.end] == "EMU" and c.role is Role.INTRODUCED_DATASET


def test_dataset_shapes_a_list_a_dataset_noun_leads_outweighs_a_catalogue_method() -> None:
    text, tend = _doc("With instruction datasets, such as Evol-Instruct, ShareGPT and OpenPlatypus, it helps.")
    found = listed_under_noun(text, tend)
    assert _names(found, text) == ["Evol-Instruct", "ShareGPT", "OpenPlatypus"]
    assert all(c.confidence > 0.9 for c in found)  # above a catalogue match (0.9)
    (e,) = extract_papers([Paper("A study", text[tend + 2:], Source("t", 1, 1))])
    assert "Evol-Instruct" in e.surface_lists()["datasets"]


def test_dataset_shapes_a_list_stops_at_an_item_the_next_word_goes_on() -> None:
    # "Quux-UCSD Birds-200-2011(QB)": the item is a longer name, not "Quux-UCSD"
    text, tend = _doc("On benchmarks, namely Zorb-ImageNet, Quux-UCSD Birds-200-2011(QB), and FC200.")
    assert _names(listed_under_noun(text, tend), text) == ["Zorb-ImageNet"]


def test_dataset_shapes_parallel_results_share_the_known_siblings_role() -> None:
    text, tend = _doc("We achieve 98.50% on AgeDB, 83.95% on XQLFQ, and 98.74% on CFP-FP.")
    a, c = text.index("AgeDB"), text.index("CFP-FP")
    known = [Candidate(Role.DATASET, a, a + 5, "catalogue", 0.9), Candidate(Role.DATASET, c, c + 6, "catalogue", 0.9)]
    assert _names(parallel_results(text, tend, known), text) == ["XQLFQ"]
    # no known dataset in the run: nothing is inferred
    assert parallel_results(text, tend, []) == []
    # a sibling another rule calls a method: the run is not a run of datasets
    x = text.index("XQLFQ")
    assert parallel_results(text, tend, [*known, Candidate(Role.METHOD, x, x + 5, "catalogue", 0.9)]) == []


def test_dataset_shapes_parallel_results_read_a_change_of_value_and_lower_case_names_with_digits() -> None:
    text, tend = _doc("Bits per character fall from 1.06 to 0.99 on zorbwiki8, from 1.13 to 1.08 on text8, "
                      "and from 20.5 to 18.3 on WikiText-103.")
    w = text.index("WikiText-103")
    known = [Candidate(Role.DATASET, w, w + 12, "catalogue", 0.9)]
    assert _names(parallel_results(text, tend, known), text) == ["zorbwiki8", "text8"]
    # a lower-case word without a digit is no name, even in the run
    text, tend = _doc("It reaches 71.2% on ImageNet and 80.1% on average.")
    i = text.index("ImageNet")
    assert parallel_results(text, tend, [Candidate(Role.DATASET, i, i + 8, "catalogue", 0.9)]) == []


@pytest.mark.parametrize("abstract, found", [
    ("We use the open-access multi-modal dataset ZORBAS to examine traits.", [("ZORBAS", Role.DATASET)]),
    ("Results on the tracking benchmark GOT-10k, and the video dataset MARS.",
     [("MARS", Role.DATASET), ("GOT-10k", Role.DATASET)]),
    ("We make our collected benchmark QuuxSum publicly available.", [("QuuxSum", Role.INTRODUCED_DATASET)]),
    ("We build a new benchmark QuuxSum, larger than the previous human-curated dataset ZorTLDR.",
     [("ZorTLDR", Role.DATASET), ("QuuxSum", Role.INTRODUCED_DATASET)]),
    ("Tests on the newly collected dataset FV-900 and on FV-USM.", [("FV-900", Role.INTRODUCED_DATASET)]),
    ("We created a public dataset DIHX of depth images.", [("DIHX", Role.INTRODUCED_DATASET)]),
    ("On our CSCC and the short-term dataset Zorket-1501.", [("Zorket-1501", Role.DATASET)]),
    ("We test on the recently proposed trajectory dataset ZorboScape.", [("ZorboScape", Role.DATASET)]),
    ("Experiments on benchmark POMDPs show it.", []),  # a plural acronym: a family
    ("Alignment for dataset CondEnsation (DANCE) is fast.", []),  # part of a long form
    ("Our evaluation on the benchmark ZISFA shows gains.", [("ZISFA", Role.DATASET)]),
    ("A new dataset REPresentAtion bIas Removal (REPAIR) procedure.", []),  # a word of a longer name follows
    ("Based on the benchmark ZEASE-v2.0 dataset.", []),  # a version's dot is no sentence end
    ("We generated an automatically annotated dataset MIDGARDO for training.", [("MIDGARDO", Role.INTRODUCED_DATASET)]),
    ("Then we benchmark GPT-4 on it.", []),  # the verb
    ("Tests on four benchmark HSI datasets.", []),  # the name qualifies the noun after it
    ("Tests on the benchmark MIT-Adobe FiveK.", []),  # the first word of a longer name
    ("It trains on a dataset DNN models like.", []),  # a name qualifying the next noun
])
def test_dataset_shapes_a_name_right_after_a_resource_noun(abstract: str, found: list) -> None:
    text, tend = _doc(abstract)
    assert [(text[c.start:c.end], c.role) for c in noun_then_name(text, tend)] == found


@pytest.mark.parametrize("abstract, names", [
    ('We improve the state of the art on the "Leeds Rowing Poses" and "Parsnip" benchmarks.',
     [("Leeds Rowing Poses", Role.DATASET), ("Parsnip", Role.DATASET)]),
    ("We compare with CKN on our novel ``QuillPatches'' dataset.", [("QuillPatches", Role.INTRODUCED_DATASET)]),
    ("Gains of 6.8% on the \u2018Global Marshes\u2019 dataset.", [("Global Marshes", Role.DATASET)]),
    ("Existing \u2018Stereotype Detection\u2019 datasets mainly cover one kind.", []),  # one quoted kind of data
    ('We call this the "easy" dataset.', []),  # not name-shaped
])
def test_dataset_shapes_names_in_quotes_before_a_resource_noun(abstract: str, names: list) -> None:
    from kg.extract.dataset_shapes import quoted_names

    text, tend = _doc(abstract)
    assert [(text[c.start:c.end], c.role) for c in quoted_names(text, tend)] == names


@pytest.mark.parametrize("abstract, names", [
    ("It raises recall by 7.1% on LoQuill and 4.6% on LoBrindle.", ["LoQuill", "LoBrindle"]),
    ("We reach 92.1% top-1 accuracy on QuillNet-5 while using less memory.", ["QuillNet-5"]),
    ("It beats the baseline by a margin of 0.45 dB on iQuill4 dataset.", ["iQuill4"]),
    ("It outperforms others by 11% on IID data.", []),  # the name qualifies a noun
    ("Accuracy drops 3% on GPUs.", []),  # a plural acronym
    ("It gains 2% on Quill Harbor, a set of maps.", []),  # a plain capitalised word
])
def test_dataset_shapes_a_value_reported_on_a_name(abstract: str, names: list[str]) -> None:
    from kg.extract.dataset_shapes import valued_on

    text, tend = _doc(abstract)
    assert _names(valued_on(text, tend, []), text) == names


def test_dataset_shapes_a_value_on_a_name_another_rule_claims_is_left_to_it() -> None:
    from kg.extract.dataset_shapes import valued_on

    text, tend = _doc("It reaches 65% on ResNet-18.")
    at = text.index("ResNet-18")
    assert valued_on(text, tend, [Candidate(Role.METHOD, at, at + 9, "catalogue", 0.9)]) == []


@pytest.mark.parametrize("abstract, names", [
    ("We validate our framework on the Quillsight dataset, with gains.", [("Quillsight", Role.DATASET)]),
    ("Experiments on the popular Brindlefun database show it.", [("Brindlefun", Role.DATASET)]),
    ("It is evaluated on the publicly available QuillForensics dataset.", [("QuillForensics", Role.DATASET)]),
    ("We evaluate this model using QX-Brindle dataset.", [("QX-Brindle", Role.DATASET)]),
    ("We introduce the Quillsight dataset for touch.", [("Quillsight", Role.INTRODUCED_DATASET)]),
    ("We test on the English dataset.", []),  # a language says which part, not which set
    ("We test on the Quill-derived dataset.", []),  # an adjective
    ("We use the QuillSet dataset.", []),  # a name-shaped word after "the": the dataset-noun cue's
    ("We use a synthetic Quillsight dataset.", []),  # an indefinite article: a kind
    ("We use the Quillsight datasets.", []),  # plural: a kind
    ("We use the Actor-Quill dataset (AQ2D) here.", []),  # a long form: its short name is the name
    # a sentence's opening "The": the cue reads "The QXNL" as one item, so a name-shaped word is ours
    ("It helps. The QXNL dataset holds 2,794 labels.", [("QXNL", Role.DATASET)]),
    ("It helps. The Quillpile dataset is large.", []),  # a plain word there may be a name with "The"
    ("It helps. Thus The QXNL dataset is large.", []),  # a capital "The" mid-sentence opens nothing
])
def test_dataset_shapes_one_name_after_the_before_a_singular_resource_noun(abstract: str, names: list) -> None:
    from kg.extract.dataset_shapes import the_name_noun

    text, tend = _doc(abstract)
    assert [(text[c.start:c.end], c.role) for c in the_name_noun(text, tend)] == names


def test_dataset_shapes_an_apposition_vouches_for_a_plain_capitalised_name_mid_sentence() -> None:
    text, tend = _doc("It beats the baseline on Quillmetics, a dataset with odd actions. Finally, a new benchmark is out.")
    assert _names(apposed_names(text, tend), text) == ["Quillmetics"]


def test_directions_both_sides_of_a_transfer_from_a_catalogue_dataset_are_datasets() -> None:
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.dataset_shapes import directions

    cat = load_catalogue()
    text = "Gains on Quuxsim→Cityscapes, GTA5->Zorbscape and SYNTHIA -> Cityscapes."
    assert _names(directions(text, cat), text) == [
        "Quuxsim", "Cityscapes", "GTA5", "Zorbscape", "SYNTHIA", "Cityscapes"]
    # "GTA5-to-Cityscapes" is one hyphenated setting, which results name as it is written
    assert directions("Gains on GTA5-to-Cityscapes.", cat) == []
    # no catalogue dataset on either side, a language, a method or no catalogue: nothing
    for text in ("We map Quuxsim->Zorbscape.", "Translation English→German.", "We map DNN -> Cityscapes.",
                 "From Sim-to-Real and Image-to-Image."):
        assert [n for n in _names(directions(text, cat), text) if n != "Cityscapes"] == []
    assert directions("Gains on Quuxsim→Cityscapes.", None) == []


@pytest.mark.parametrize("abstract, names", [
    ("On four compositional datasets: Zorbground, VL-quux, SVQ, and ComZG, it helps.", ["VL-quux", "SVQ", "ComZG"]),
    ("It consists of three datasets: Document, Paragraph, and Sentence level.", []),  # parts, not names
    ("On three datasets: 50Quux, Georgia Tech Egocentric Activities (GTEA), and more.", ["50Quux"]),  # a cut name
    # the last item before a lower-case word ends the list; before a capitalised one it starts a longer name
    ("Tests on three datasets: FooA, FooB and FooC show gains.", ["FooA", "FooB", "FooC"]),
    ("Tests on three datasets: FooA, FooB and FooC Tech Activities.", ["FooA", "FooB"]),
])
def test_dataset_shapes_a_colon_list_under_a_dataset_noun_gives_its_name_shaped_items(abstract: str, names: list) -> None:
    text, tend = _doc(abstract)
    assert _names(listed_under_noun(text, tend), text) == names
