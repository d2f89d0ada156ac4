"""Catalogue matching with a small hand-made catalogue (independent of the shipped one)."""

from __future__ import annotations

import pytest

from kg.extract.catalogue_data import Catalogue, CatalogueEntry
from kg.extract.catalogue_match import CatalogueMatcher, extend_match
from kg.model import Role

ENTRIES = [
    CatalogueEntry("ImageNet", "dataset", aliases=("ImageNet-1K",)),
    CatalogueEntry("COCO", "dataset", aliases=("MS COCO",)),
    CatalogueEntry("BLEU", "metric", case_sensitive=True),
    CatalogueEntry("perplexity", "metric", aliases=("PPL",)),
    CatalogueEntry("LLaMA", "method", aliases=("Llama",)),
    CatalogueEntry("NeRF", "method", case_sensitive=True),
    CatalogueEntry("Mamba", "method", case_sensitive=True, ambiguous=True),
    CatalogueEntry("vision transformer", "method", aliases=("ViT",)),
    CatalogueEntry("image classification", "task"),
    CatalogueEntry("Gibbs sampling", "method", aliases=("Gibbs Sampling",)),
    CatalogueEntry("KITTI Depth", "dataset", aliases=("KITTI depth completion",)),
]


@pytest.fixture(scope="module")
def match():
    matcher = CatalogueMatcher(None, Catalogue(ENTRIES))

    def run(text: str) -> dict[str, tuple[Role, str | None]]:
        return {text[c.start : c.end]: (c.role, c.canonical) for c in matcher.match(text)}

    return run


@pytest.mark.parametrize(
    "text, surface, role, canonical",
    [
        ("We train on ImageNet and test on MS COCO.", "ImageNet", Role.DATASET, None),
        ("We train on ImageNet and test on MS COCO.", "MS COCO", Role.DATASET, "COCO"),
        ("Scores use BLEU.", "BLEU", Role.METRIC, None),
        ("We fine-tune Llama-2-13B on it.", "Llama-2-13B", Role.METHOD, None),  # a variant keeps no canonical
        ("Unlike NeRFs, we render faster.", "NeRFs", Role.METHOD, None),
        ("It beats a Mamba baseline.", "Mamba", Role.METHOD, None),
        ("A ViT-based encoder is used.", "ViT", Role.METHOD, "vision transformer"),
        ("We study image classification here.", "image classification", Role.TASK, None),
    ],
)
def test_catalogue_match_matches_names_and_aliases(match, text: str, surface: str, role: Role, canonical: str | None) -> None:
    assert match(text).get(surface) == (role, canonical)


@pytest.mark.parametrize(
    "text, surface, role, canonical",
    [
        # A catalogue long form followed by its acronym: the acronym names the entry.
        ("Samples come from Gibbs sampling (GS) chains.", "GS", Role.METHOD, "Gibbs sampling"),
        ("Scores use perplexity (PPL) throughout.", "PPL", Role.METRIC, "perplexity"),
    ],
)
def test_catalogue_match_acronym_after_a_long_form_takes_its_entry(match, text: str, surface: str, role: Role, canonical) -> None:
    assert match(text).get(surface) == (role, canonical)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Results on KITTI Depth Completion (DC) improve.", "DC"),  # the letters spell only part of the form
        ("We train Mamba-2 layers.", "Mamba-2"),  # an ambiguous name glued to a number is another name
    ],
)
def test_catalogue_match_acronym_and_variant_limits(match, text: str, absent: str) -> None:
    assert absent not in match(text)


def test_catalogue_match_component_appends_what_the_pure_function_finds() -> None:
    from kg.extract import build_pipeline
    from kg.extract.catalogue_data import load_catalogue

    nlp = build_pipeline()
    text = "We train on ImageNet and MS COCO with Llama-2-13B and NeRFs. Mamba is fast."
    with nlp.select_pipes(enable=["kg_sentences", "kg_catalogue"]):
        doc = nlp(text)
    expected = CatalogueMatcher(None, load_catalogue()).match(text)
    assert len(doc) == 0  # token-less: the matcher reads the text
    assert doc._.kg_candidates == expected and len(expected) >= 4


@pytest.mark.parametrize(
    "text, absent",
    [
        ("We report bleu scores.", "bleu"),  # case-sensitive entry
        ("Mamba snakes are fast.", "Mamba"),  # ambiguous entry at the start of a sentence
        ("It uses Pre-COCO only.", "COCO"),  # part of another name
        ("We rely on a vision transformer backbone.", "vision transformer"),  # lower-case technique words
        ("We report perplexity (PPL) on it.", "perplexity"),  # the acronym that follows is the name
    ],
)
def test_catalogue_match_rejects_partial_or_generic_matches(match, text: str, absent: str) -> None:
    assert absent not in match(text)


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("on COCO-Stuff", (3, 7), (3, 13, True)),  # a capitalised suffix names a variant dataset
        ("on Pre-RoPE layers", (7, 11), None),  # a prefix makes another name
        ("DiT-based models", (0, 3), (0, 3, False)),
        ("GPT-4o-mini is", (0, 3), (0, 11, True)),
        ("the NeRFs here", (4, 8), (4, 9, False)),
        ("(HDTF, MEAD)", (1, 5), (1, 5, False)),
        ("CNN-Based Matching", (0, 3), (0, 3, False)),
        ("and LLaMA3($\\uparrow$ 34%)", (4, 10), (4, 10, False)),  # a bracket glued to the name opens a remark
        ("the GPT-4(Vision) model", (4, 9), (4, 9, False)),
        ("a network (GNN)-based model", (11, 14), (11, 14, False)),  # the bracketed name, then its suffix
        ("a network (GNN)-Net model", (11, 14), None),  # a bracket glued to another name's part
    ],
)
def test_catalogue_match_extend_match_by_word(text: str, span: tuple[int, int], expected) -> None:
    assert extend_match(text, *span) == expected


def test_catalogue_match_a_method_name_as_the_first_half_of_a_dataset_pair_is_the_dataset() -> None:
    from kg.extract.catalogue_data import Catalogue, CatalogueEntry
    from kg.extract.catalogue_match import CatalogueMatcher

    entries = [
        CatalogueEntry(name="QNN", type="method", aliases=(), full_name=None, domain="ml", case_sensitive=True, ambiguous=False),
        CatalogueEntry(name="QNN/Daily Gazette", type="dataset", aliases=(), full_name=None, domain="nlp",
                       case_sensitive=False, ambiguous=False),
    ]
    matcher = CatalogueMatcher(None, Catalogue(entries))
    text = "We pair QNN and Daily Gazette articles, and train a QNN on QNN / Daily Gazette."
    got = [(text[c.start : c.end], c.role.value) for c in matcher.match(text)]
    assert ("QNN and Daily Gazette", "datasets") in got and ("QNN / Daily Gazette", "datasets") in got
    assert got.count(("QNN", "methods")) == 1  # "train a QNN" is the method


def _matcher_with(*entries: CatalogueEntry):
    matcher = CatalogueMatcher(None, Catalogue(list(entries)))
    return lambda text: {text[c.start : c.end]: c.canonical for c in matcher.match(text)}


def test_catalogue_match_a_multi_word_name_takes_its_plural() -> None:
    run = _matcher_with(CatalogueEntry("QUUX", "dataset", aliases=("QUUX Bedroom",)),
                        CatalogueEntry("ZB-B", "dataset", aliases=("ZB Benchmark",)))
    assert "QUUX Bedrooms" in run("Samples on QUUX Bedrooms look real.")
    assert "QUUX" not in run("Samples on QUUX Bedrooms look real.")
    # A plural dataset noun means several benchmarks of a kind, not the named one.
    assert run("Gains on several ZB Benchmarks.") == {}


def test_catalogue_match_an_ambiguous_dataset_with_a_year_is_the_dataset() -> None:
    run = _matcher_with(CatalogueEntry("VOTE", "dataset", case_sensitive=True, ambiguous=True))
    assert "VOTE-2018" in run("We set a new state of the art on VOTE-2018, while running fast.")
    assert run("We compare with VOTE-2 on it.") == {}  # a version number is no support


def test_catalogue_match_a_bibtex_key_is_no_dataset_mention() -> None:
    run = _matcher_with(CatalogueEntry("DBLQ", "dataset", case_sensitive=True))
    assert run("the interpretation introduced by DBLQ: journals/corr/abs-1711-03953.") == {}
    assert "DBLQ" in run("We test on DBLQ: it is a citation graph.")


def test_catalogue_match_a_size_written_apart_from_its_number_stays_in_the_name() -> None:
    run = _matcher_with(CatalogueEntry("ImageNet", "dataset"))
    assert "ImageNet-5 K" in run("We further test on an ImageNet-5 K set.")
    assert "ImageNet-5" in run("We further test on an ImageNet-5 Kaggle set.")


_MULTI_WORD = {"image classification", "KITTI depth completion", "Gibbs Sampling"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We study image classification and KITTI depth completion with Gibbs Sampling.", _MULTI_WORD),
        # The same text with a non-ASCII letter: its word runs come from the regex, not a split.
        ("We study image classification and KITTI depth completion with Gibbs Sampling \u00e9.", _MULTI_WORD),
        # A form's words present but apart is no match of the form.
        ("An image of a classification and depth of KITTI.", set()),
    ],
)
def test_catalogue_match_finds_multi_word_forms_by_their_runs(match, text: str, expected: set[str]) -> None:
    assert {s for s in match(text) if " " in s} == expected


def test_catalogue_match_needed_runs_leave_out_a_pluralisable_last_word() -> None:
    from kg.extract.catalogue_match import _needed_runs

    assert _needed_runs("QUUX Bedroom") == frozenset({"quux"})  # "QUUX Bedrooms" must still match
    assert _needed_runs("text-to-image generation") == frozenset({"text", "to", "image"})
    assert _needed_runs("ZB Benchmark") == frozenset({"zb", "benchmark"})  # a dataset noun takes no plural
    assert _needed_runs("(paren") == frozenset()  # a form not opening with a word character never matches


@pytest.mark.parametrize(
    "text, found",
    [
        ("Results on KITTI Depth and on MS COCO.", True),
        ("Results on KITTI Depths.", True),  # the plural the tail allows
        ("Results on KITTI Depthx and on KITTI.", False),  # the last word inside a longer run
        ("Results on KITTI, depth maps aside.", False),
    ],
)
def test_catalogue_match_plural_tail_admits_the_last_word_or_its_plural(match, text: str, found: bool) -> None:
    from kg.extract.catalogue_match import _plural_tail

    assert _plural_tail("KITTI Depth") == frozenset({"depth", "depths"})
    assert _plural_tail("ZB Benchmark") is None  # the dataset noun is a needed run already
    assert any(s.startswith("KITTI Depth") for s in match(text)) is found


NAMED = Catalogue([
    CatalogueEntry("GCN", "method", aliases=("GCNs",), full_name="Graph Convolutional Network", case_sensitive=True),
    CatalogueEntry("Genetic Algorithm", "method", case_sensitive=True),
    CatalogueEntry("ogbn-arxiv", "dataset"),
    CatalogueEntry("StarCraft", "dataset"),
])


def _named(text: str, title_end: int = 0) -> list[tuple[str, str | None]]:
    return [(text[c.start:c.end], c.canonical) for c in CatalogueMatcher(None, NAMED).match(text, None, title_end)]


def test_catalogue_match_title_case_full_name_names_the_method_in_the_abstract() -> None:
    text = "Graph Convolutional Networks for X\n\nWe train Graph Convolutional Networks on citations."
    assert _named(text, title_end=34)[-1] == ("Graph Convolutional Networks", "GCN")
    text = "Graph Convolutional Networks for X\n\nWe train GCNs on citations."
    assert _named(text, title_end=34) == [("GCNs", "GCN")]  # the abstract does not write the words: the title's is left


@pytest.mark.parametrize("title", [
    "Graph Convolutional Networks for Event Causality",  # the title's start
    "Event Causality via Graph Convolutional Networks",
    "Event Causality with Graph Convolutional Networks",
    "CauseNet: Graph Convolutional Networks for Events",
])
def test_catalogue_match_title_expansion_the_abstract_writes_too_names_the_method(title: str) -> None:
    text = f"{title}\n\nDocument graphs are consumed by graph convolutional networks."
    assert _named(text, title_end=len(title)) == [("Graph Convolutional Networks", "GCN")]


@pytest.mark.parametrize("title", [
    "Differential Entropy for Graph Convolutional Networks",  # what the paper is for: a task
    "Sparse Graph Convolutional Networks for Events",  # led by another capitalised word: a longer name
    "Graph Convolutional Networks Based Event Causality",  # goes on into a longer name
])
def test_catalogue_match_title_expansion_for_a_purpose_or_inside_a_longer_name_is_left(title: str) -> None:
    text = f"{title}\n\nDocument graphs are consumed by graph convolutional networks."
    assert _named(text, title_end=len(title)) == []


def test_catalogue_match_lower_case_full_name_is_the_technique_family() -> None:
    assert _named("We train graph convolutional networks on citations.") == []


def test_catalogue_match_full_name_inside_a_longer_capitalised_name_is_left() -> None:
    assert _named("We use a Spatial Graph Convolutional Network here.") == []
    assert _named("We use the Random-Key Genetic Algorithm here.") == []


def test_catalogue_match_title_case_name_may_follow_the_first_word_of_a_sentence() -> None:
    assert _named("Using Genetic Algorithm search, we tune it.") == [("Genetic Algorithm", None)]


def test_catalogue_match_lower_case_hyphenated_name_is_a_name() -> None:
    assert _named("Results on ogbn-arxiv improve.") == [("ogbn-arxiv", None)]


def test_catalogue_match_roman_numeral_version_keeps_its_identity() -> None:
    assert _named("Agents play StarCraft II well.") == [("StarCraft II", None)]


SPELLED = Catalogue([
    CatalogueEntry("SAC", "method", aliases=("Soft Actor-Critic",), case_sensitive=True),
    CatalogueEntry("bits per character", "metric"),
    CatalogueEntry("log loss", "metric"),
    CatalogueEntry("Mean Teacher", "method"),
    CatalogueEntry("k-means", "method"),
    CatalogueEntry("Penn Treebank", "dataset"),
    CatalogueEntry("Penn-Treebank", "dataset", aliases=("PTB-XL",)),
])


def _spelled(text: str) -> list[tuple[str, str | None]]:
    return [(text[c.start:c.end], c.canonical) for c in CatalogueMatcher(None, SPELLED).match(text)]


def test_catalogue_match_separator_spelling_of_a_form_names_its_entry() -> None:
    assert _spelled("We compare with Soft-Actor Critic.") == [("Soft-Actor Critic", "SAC")]
    assert _spelled("We compare with Soft-Actor-Critic.") == [("Soft-Actor-Critic", "SAC")]
    assert _spelled("It reaches 1.1 bits-per-character.") == [("bits-per-character", "bits per character")]


def test_catalogue_match_separator_spelling_keeps_the_case_of_a_capitalised_form() -> None:
    # "Mean Teacher" matches in any case, its spelling "Mean-Teacher" only as written
    assert _spelled("We train a Mean-Teacher model.") == [("Mean-Teacher", "Mean Teacher")]
    assert _spelled("the mean-teacher gap") == []


def test_catalogue_match_two_lower_case_words_get_no_separator_spelling() -> None:
    # "log-loss" is as often a phrase of the text; "k means" splits a one-letter part
    assert _spelled("We minimise the log-loss.") == []
    assert _spelled("the top k means of the data") == []


def test_catalogue_match_a_spelling_another_entry_owns_keeps_that_entry() -> None:
    assert _spelled("Results on Penn-Treebank.") == [("Penn-Treebank", None)]


LED = Catalogue([CatalogueEntry("LSTM", "method", case_sensitive=True), CatalogueEntry("GAN", "method", case_sensitive=True),
                 CatalogueEntry("CodeLlama", "method", case_sensitive=True)])


def _led(text: str, title_end: int = 0) -> list[tuple[str, str | None]]:
    return [(text[c.start:c.end], c.canonical) for c in CatalogueMatcher(None, LED).match(text, None, title_end)]


def test_catalogue_match_method_led_by_title_case_words_is_the_longer_name() -> None:
    assert _led("It was simplified by the Order Neuron LSTM of Shen.") == [("Order Neuron LSTM", None)]


def test_catalogue_match_method_keeps_its_name_after_a_function_word_or_at_a_sentence_start() -> None:
    assert _led("Compared with LSTM, ours is faster.") == [("LSTM", None)]
    assert _led("Bidirectional LSTM is used.") == [("LSTM", None)]


def test_catalogue_match_no_longer_name_when_its_beginning_is_unclear() -> None:
    # a third capitalised word before the lead, or a number ("7 Billion"), leaves the name alone
    assert _led("a novel Co-Segmentation Inspired GAN (COS-GAN) is proposed") == [("GAN", None)]
    assert _led("Our best fine-tuned 7 Billion CodeLlama model wins.") == [("CodeLlama", None)]


def test_catalogue_match_longer_name_followed_by_a_capital_or_its_acronym_is_left_to_other_rules() -> None:
    # "Snake Mamba Block" goes on; "Manifold Aligning GAN (MAGAN)" is named by its acronym
    assert _led("We introduce the Snake Aligning GAN Block for vision.") == []
    assert _led("It uses the Manifold Aligning GAN (MAGAN) here.") == []


def test_catalogue_match_title_is_not_read_for_longer_names() -> None:
    assert _led("Deep Sparse LSTM Models\n\nWe test.", title_end=23) == [("LSTM", None)]


GLUED = Catalogue([
    CatalogueEntry("WebQuizzes", "dataset"),
    CatalogueEntry("MIT Rooms", "dataset", aliases=("MIT Rooms 67",)),
    CatalogueEntry("CelebQA", "dataset"),  # "QA" is no word part: never split
    CatalogueEntry("QUX-Bench-201", "dataset"),
    CatalogueEntry("ZA-B", "dataset"),  # a one-letter part: never glued
])


@pytest.mark.parametrize("text, found", [
    ("Results on Web Quizzes and more.", [("Web Quizzes", "WebQuizzes")]),
    ("Results on MITRooms and more.", [("MITRooms", "MIT Rooms")]),
    ("Results on Celeb QA and more.", []),
    ("Transfer from QUXBench-201 to others.", [("QUXBench-201", "QUX-Bench-201")]),
    ("Results on ZAB and more.", []),
    ("Shanghai Tech: we visit Web Quizzes University.", []),  # the start of a longer capitalised name
])
def test_catalogue_match_dataset_names_glued_or_written_apart(text: str, found: list) -> None:
    assert [(text[c.start:c.end], c.canonical) for c in CatalogueMatcher(None, GLUED).match(text, None, 0)] == found


def test_catalogue_match_a_split_dataset_name_is_not_read_in_a_title() -> None:
    text = "Web Quizzes for All\n\nWe test on Web Quizzes."
    got = [(c.start, text[c.start:c.end]) for c in CatalogueMatcher(None, GLUED).match(text, None, 19)]
    assert got == [(text.rindex("Web Quizzes"), "Web Quizzes")]


@pytest.mark.parametrize(("title", "found"), [
    ("Asynchronous Gibbs Sampling for Topic Models", ["Gibbs Sampling"]),  # the title's first word
    ("Topic Models with Gibbs Sampling", ["Gibbs Sampling"]),  # a function word
    ("Scaling Gibbs Sampling to Large Graphs", ["Gibbs Sampling"]),  # a verb form
    ("TopicX: Gibbs Sampling for Topics", ["Gibbs Sampling"]),  # after the colon
    ("An Effective Gibbs Sampling for Topics", ["Gibbs Sampling"]),  # praise, not a name
    ("Topic Models by Blocked Gibbs Sampling", []),  # a longer name
    ("TopicX: Dual Attention Gibbs Sampling", []),
])
def test_catalogue_match_title_case_method_led_in_the_title_by_a_modifier_is_another_name(title: str, found: list) -> None:
    text = f"{title}\n\nWe study topics."
    got = [text[c.start:c.end] for c in CatalogueMatcher(None, Catalogue(ENTRIES)).match(text, None, len(title))]
    assert [g for g in got if g.startswith("Gibbs")] == found


def test_catalogue_match_lower_case_model_id_with_a_version_is_the_name() -> None:
    # "gpt-3.5" is how API model ids are written, a name; "gpt model" would be a family's words
    cat = Catalogue([CatalogueEntry("GPT-3.5", "method"), CatalogueEntry("Gaussian Splatting", "method")])
    text = "We query gpt-3.5 and compare with gaussian-splatting pipelines."
    assert [text[c.start:c.end] for c in CatalogueMatcher(None, cat).match(text)] == ["gpt-3.5"]


def test_forms_behind_gates_are_found_once_each_place():
    """A form that needs other runs of the text waits behind one of them; one with a plural tail
    behind either spelling ("depth", "depths"): a text holding both reads it once."""
    matcher = CatalogueMatcher(None, Catalogue(ENTRIES))
    text = "Results on KITTI depth completion, on KITTI Depth and on two KITTI depths."
    raw = sorted((s, e) for s, e, _, _ in matcher._raw(text))
    assert raw == sorted(set(raw))
    assert [text[s:e] for s, e in raw] == ["KITTI depth", "KITTI depth completion", "KITTI Depth", "KITTI depth"]
    assert {text[c.start : c.end] for c in matcher.match(text)} == {"KITTI depth completion", "KITTI Depth", "KITTI depths"}
    assert matcher.match("Depth completion on KITTI.") == []  # every run there, not the form


def test_catalogue_match_a_language_before_a_method_names_no_longer_name() -> None:
    # "the English RoBERTa": a language says which checkpoint, the name is the base model's
    assert _led("We transfer the English LSTM and GAN models to four languages.") == [("LSTM", None), ("GAN", None)]
    assert _led("It was simplified by the Order Neuron LSTM of Shen.") == [("Order Neuron LSTM", None)]


SLASHED = Catalogue([CatalogueEntry("GPT-3.5", "method"), CatalogueEntry("GPT-4", "method"),
                     CatalogueEntry("RRT", "method", case_sensitive=True), CatalogueEntry("A*", "method", case_sensitive=True),
                     CatalogueEntry("TCP", "dataset", case_sensitive=True), CatalogueEntry("IP", "method", case_sensitive=True)])


def test_catalogue_match_methods_joined_by_a_slash_are_each_a_method() -> None:
    # "GPT-3.5/GPT-4 models", "a RRT/A* planner": each part a method, as slashed metrics are
    def found(text: str) -> list[str]:
        return [text[c.start:c.end] for c in CatalogueMatcher(None, SLASHED).match(text)]
    assert found("Experiments with the GPT-3.5/GPT-4 models on many tasks.") == ["GPT-3.5", "GPT-4"]
    assert found("A conventional RRT/A* approach is then applied.") == ["RRT", "A*"]
    assert "IP" not in found("The TCP/IP stack is kept.")  # after a name of another kind: part of a word


EXPANDED = Catalogue([CatalogueEntry("LSTM", "method", full_name="Long Short-Term Memory", case_sensitive=True)])


def test_catalogue_match_title_case_expansion_takes_its_separator_spellings() -> None:
    # "Long Short Term Memory" for "Long Short-Term Memory": the expansion, written without its hyphen
    def found(text: str) -> list[str]:
        return [text[c.start:c.end] for c in CatalogueMatcher(None, EXPANDED).match(text)]
    assert found("It defines the Gated Recurrent Unit and Long Short Term Memory cells.") == ["Long Short Term Memory"]
    assert found("It defines a Bidirectional Long Short Term Memory cell.") == []  # inside a longer name, as the expansion
    assert found("We use a long short term memory network.") == []  # lower case: the technique family


@pytest.mark.parametrize("text, surface", [
    ("It raises the BLEU@4 score by 2 points.", "BLEU@4"),
    ("We report perplexity@10 (PPL@5) here.", "PPL@5"),
])
def test_metric_at_a_threshold_is_a_metric_of_its_own(match, text, surface):
    assert match(text)[surface] == (Role.METRIC, None)  # "F1@2cm": the metric at that threshold


def test_metric_at_threshold_needs_a_word_start(match):
    assert not any("@" in s for s in match("See x.BLEU@4 and ImageNet@2."))  # glued to other text; a dataset


@pytest.mark.parametrize("text, surface", [
    ("Results on two datasets--ImageNet and MS COCO--show it.", "ImageNet"),
    ("Results on two datasets--ImageNet and MS COCO--show it.", "MS COCO"),
    ("It scores well on COCO\u2014the usual benchmark.", "COCO"),
])
def test_a_dash_written_as_two_hyphens_or_an_em_dash_ends_a_word(match, text, surface):
    assert match(text)[surface][0] == Role.DATASET  # "four datasets--TCGA-BRCA ...": a dash, not one word


def test_an_acronym_metric_written_with_score_is_named_by_the_acronym():
    cat = Catalogue([CatalogueEntry("BLEU", "metric", aliases=("BLEU score",), case_sensitive=True),
                     CatalogueEntry("Dice", "metric", aliases=("Dice score",))])
    text = "Metrics such as BLEU scores favor syntax; the Dice score is kept."
    found = {text[c.start : c.end] for c in CatalogueMatcher(None, cat).match(text)}
    assert found == {"BLEU", "Dice score"}  # "BLEU scores": the metric papers name "BLEU"; "Dice score" stays
