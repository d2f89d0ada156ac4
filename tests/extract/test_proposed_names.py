"""The name tests the own-name rules share, on made-up phrases."""

from __future__ import annotations

import pytest

from kg.extract.proposed_names import _PRIOR, valid_name


@pytest.mark.parametrize(
    "phrase, ok",
    [
        ("Mask TextSpotter v3", True),  # a name and its version
        ("GlowNet v2.1", True),
        ("Image Generation v2", False),  # the last word before the version is still a task noun
        ("Fast Glow v3", False),  # plain words with a version are not a name outside a title
    ],
)
def test_proposed_names_valid_name_reads_a_trailing_version_word(phrase: str, ok: bool) -> None:
    assert valid_name(phrase, strong_context=False) is ok


@pytest.mark.parametrize(
    "text, prior",
    [
        ("we develop a novel Motion Prior Network, which we call MPN", False),
        ("the Strong Baseline Model we release", False),
        ("unlike previous methods, we call it MPN", True),
        ("Previous methods fail; we call ours MPN", True),
        ("a popular approach, called MPN", True),
    ],
)
def test_proposed_names_a_capitalised_prior_word_inside_a_name_is_part_of_the_name(text: str, prior: bool) -> None:
    assert (_PRIOR.search(text) is not None) is prior


@pytest.mark.parametrize("text, role", [
    ("We introduce Quorex, a suite of novel general-purpose strategies for agents.", "proposed"),
    ("We present Quorex, the first suite of algorithms for causal discovery.", "proposed"),
    ("We introduce Quorex, a suite of 40 reasoning tasks with gold answers.", "introduced_datasets"),
    ("We introduce Quorex, a collection of annotated news articles.", "introduced_datasets"),
    # the method noun after the of-phrase is what the data is for
    ("We present Quorex, a suite of tasks for agents.", "introduced_datasets"),
    ("We introduce Quorex, a benchmark of questions to test models.", "introduced_datasets"),
    ("We introduce the Quorex benchmark of tasks for language agents.", "introduced_datasets"),
])
def test_proposed_names_a_suite_of_strategies_is_a_method_a_suite_of_tasks_data(text: str, role: str) -> None:
    from kg.extract.proposed_names import name_role

    at = text.index("Quorex")
    assert name_role(text, at, at + 6, (0, len(text))).value == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # the kind before the long form, not a dataset noun after it
        ("We propose a new ripple (RL) method called Causal Ripple Multiple Instance Learning (CRL) to reduce the dataset bias.",
         "CRL", "proposed"),
        # the long form's own hyphen part is no dataset noun: its kind is read after it
        ("We introduce Corpus-Invariant Tuning (CIT), a simple training strategy.", "CIT", "proposed"),
        # the long form's head word names the kind
        ("We present the Ripple Robot Benchmark (RRB), with many tasks.", "RRB", "introduced_datasets"),
    ],
)
def test_proposed_names_an_acronyms_kind_is_read_around_its_long_form(text: str, name: str, role: str) -> None:
    from kg.extract.proposed_names import name_role

    at = text.index(f"({name})") + 1
    long_start = text.index({"CRL": "Causal", "CIT": "Corpus", "RRB": "Ripple Robot"}[name])
    assert name_role(text, at, at + len(name), (0, len(text)), long_start).value == role


@pytest.mark.parametrize("text, role", [
    # a dataset noun that modifies another noun is not the kind
    ("We present a pretraining corpus curation platform called Quorex, a one-stop system.", "proposed"),
    # a dataset noun before a name, or before a link word, is its kind
    ("We build a benchmark Quorex for physics reasoning.", "introduced_datasets"),
    ("We release our evaluation suite at https://github.com/x/Quorex.", "introduced_datasets"),
])
def test_proposed_names_a_dataset_noun_as_modifier_or_training_data_is_no_kind(text: str, role: str) -> None:
    from kg.extract.proposed_names import name_role

    at = text.index("Quorex")
    assert name_role(text, at, at + 6, (0, len(text))).value == role


@pytest.mark.parametrize("text, role", [
    # the bracket after a name holds its long form, not its kind
    ("This paper introduces Quorex (Plausibility Ranking for Language Models), a benchmark to assess models.",
     "introduced_datasets"),
    # the noun right after the name is its kind
    ("We introduce the Quorex dataset, used to train our new method.", "introduced_datasets"),
])
def test_proposed_names_a_names_kind_is_read_past_its_bracket_and_from_the_noun_heading_it(text: str, role: str) -> None:
    from kg.extract.proposed_names import name_role

    at = text.index("Quorex")
    assert name_role(text, at, at + 6, (0, len(text))).value == role


def test_proposed_names_the_kind_right_after_an_acronyms_bracket_is_its_kind() -> None:
    from kg.extract.proposed_names import name_role

    text = "In order to test our proposed method, we introduce the Epic Quorex (EQ) dataset of 3000 videos."
    at = text.index("EQ)")
    assert name_role(text, at, at + 2, (0, len(text)), text.index("Epic")).value == "introduced_datasets"


def test_proposed_names_the_kind_right_after_a_name_is_read_inside_its_sentence() -> None:
    from kg.extract.doc import layout
    from kg.extract.proposed_names import name_role

    # a name ending the title: the abstract's first word is no kind of it
    title = "Relighting Rooms with Quorex"
    text = layout(title, "Datasets of lit rooms are rare. We present Quorex, a network for rooms.")
    at = title.index("Quorex")
    assert name_role(text, at, at + 6, (0, len(title))).value == "proposed"


@pytest.mark.parametrize("abstract, role", [
    # name_role reads the nearest kind noun ("corpora", none); name_kind turns it by the head of the
    # apposition and of the "KIND of ... called" phrase
    ("We introduce Quorex, a medical PLM trained on large-scale medical corpora.", "proposed"),
    ("We curate a dataset of about 12K synthetic Blender objects called Quorex. We train a framework on it.",
     "introduced_datasets"),
])
def test_proposed_names_the_kind_name_role_leaves_to_name_kind_is_right_in_the_end(abstract: str, role: str) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("A Study of Glass", abstract)])
    assert {m.text: m.role.value for m in ms}.get("Quorex") == role
