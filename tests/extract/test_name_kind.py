"""The kind of an own name (method or dataset), read from the words written beside it."""

from __future__ import annotations

import pytest

from kg.extract.name_kind import own_kind
from kg.model import Role

_T = "A Study\n\n"


@pytest.mark.parametrize(
    ("abstract", "name", "kind"),
    [
        # the noun right after the name, after its bracketed short form
        ("We introduce the Epic Fail (EF) dataset of videos. On our EF dataset it works.", "EF", Role.INTRODUCED_DATASET),
        ("We propose a data distribution alignment (FDDA) method to boost it.", "FDDA", Role.PROPOSED),
        ("DSD training helps. DSD models are available.", "DSD", Role.PROPOSED),
        # the head of an apposition, after the long form; a participle ends the phrase
        ("This paper introduces PRobELM (Plausibility Ranking Evaluation), a benchmark designed to test.", "PRobELM",
         Role.INTRODUCED_DATASET),
        ("We introduce SMedBERT, a medical PLM trained on large-scale medical corpora.", "SMedBERT", Role.PROPOSED),
        ("We introduce CIT, a simple but effective training strategy, to fix it.", "CIT", Role.PROPOSED),
        ("We collect CausalMT, a dataset where the MT training data are labeled.", "CausalMT", Role.INTRODUCED_DATASET),
        # a participle before the kind noun modifies it
        ("We release FooSet, a manually annotated corpus of tweets.", "FooSet", Role.INTRODUCED_DATASET),
        ("We present FooNet, a jointly trained model for parsing.", "FooNet", Role.PROPOSED),
        # the noun a naming verb follows (the name right after it, or bracketed after its long form)
        ("We present a corpus curation and assessment platform called Oasis for it.", "Oasis", Role.PROPOSED),
        ("A new method called Causal ATTention Learning (CATTMIL) to alleviate the dataset bias.", "CATTMIL", Role.PROPOSED),
        # ... where that noun is no kind, the head of the of-phrase it ends
        ("We curate a dataset of about 12K synthetic Blender objects called Quorex. We train a framework on it.", "Quorex",
         Role.INTRODUCED_DATASET),
        ("We give a method of iterative weight pruning called FooPrune.", "FooPrune", Role.PROPOSED),
        # what the name does
        ("Results show that MEDA significantly outperforms the baselines.", "MEDA", Role.PROPOSED),
        # a group names what it holds
        ("We present the Neural Orthogonality (NORTH*) suite of neurogenesis strategies, combining them.", "NORTH*",
         Role.PROPOSED),
        ("We release the FooBench suite of reasoning benchmarks for LLMs.", "FooBench", Role.INTRODUCED_DATASET),
        ("We release the FooText collection of a parallel corpus.", "FooText", Role.INTRODUCED_DATASET),
        # a noun the name stands in apposition to, when the name ends the phrase
        ("We introduce a misgendering task and evaluation dataset, MisgenderMender.", "MisgenderMender",
         Role.INTRODUCED_DATASET),
        # only a problem or setting noun said of it: a task ("as a" reads like an apposition)
        ("We introduce Many Task Learning (MaTL) as a special case of MTL. It fits an MaTL scenario.", "MaTL", Role.TASK),
        ("We study FooTL (foo transfer learning), a new learning setting.", "FooTL", Role.TASK),
        ("We propose FooNet (Foo Network) as a model of vision.", "FooNet", Role.PROPOSED),
        # a problem noun beside a method noun says nothing
        ("We train the FooNet model. It works in a FooNet scenario.", "FooNet", Role.PROPOSED),
    ],
)
def test_name_kind_reads_the_words_beside_the_name(abstract: str, name: str, kind: Role) -> None:
    assert own_kind(_T + abstract, len(_T) - 2, name) is kind


@pytest.mark.parametrize(
    ("abstract", "name"),
    [
        # both kinds written: no decision
        ("We release the FooSet dataset and train the FooSet model on it.", "FooSet"),
        # a plural data noun after the name names a kind of data, not the name
        ("Results on four public EZ-XMC datasets show gains.", "EZ-XMC"),
        # the subject of a new clause after "dataset,": no apposition
        ("On the WSJ dataset, DSD improved WER.", "DSD"),
        # a naming verb for another name, later in the sentence
        ("an architecture called M2BNet that is trained on AIST-M2B to extract rhythms.", "AIST-M2B"),
        # a plural before a naming verb ends a prepositional phrase, it names nothing
        ("We construct a dialogue dataset with mixed-initiative strategies named TITAN from MultiWOZ.", "TITAN"),
        # what is evaluated "on" an own name may be a method too
        ("We conduct several evaluations on PouringNet with our data.", "PouringNet"),
        # a method noun before a split or data word is the name's split, not its kind
        ("We collect FooSet from the web. Models fine-tuned on the FooSet training split improve.", "FooSet"),
        ("We release FooSet. FooSet training data and code are public.", "FooSet"),
        # after a preposition the name is not what outperforms or improves
        ("We collect FooSet from the web. Fine-tuning on FooSet improves accuracy by 5%.", "FooSet"),
        ("We release FooSet. Pretraining with the FooSet consistently improves robustness.", "FooSet"),
        # inside a longer word
        ("The XYZ-Net model and the XYZ2 dataset.", "XYZ"),
    ],
)
def test_name_kind_undecided(abstract: str, name: str) -> None:
    assert own_kind(_T + abstract, len(_T) - 2, name) is None


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [
        ("DGNet: A Real-time Deep Multitask Network for Detection", "DGNet", Role.PROPOSED),
        ("AcinoSet: A 3D Pose Estimation Dataset and Baseline Models for Cheetahs", "AcinoSet", Role.INTRODUCED_DATASET),
        # the head is the title's last word
        ("FooBench: A Large-Scale Benchmark", "FooBench", Role.INTRODUCED_DATASET),
        ("FooNet: A Hierarchical Transformer Model", "FooNet", Role.PROPOSED),
    ],
)
def test_name_kind_reads_the_title_head_after_an_article(title: str, name: str, kind: Role) -> None:
    text = f"{title}\n\nWe present {name}."
    assert own_kind(text, len(title), name) is kind


def test_name_kind_no_title_vote_after_a_gerund() -> None:
    title = "GPT-Fathom: Benchmarking Large Language Models to Decipher GPT-4"
    assert own_kind(f"{title}\n\nWe introduce GPT-Fathom.", len(title), "GPT-Fathom") is None
    title = "FooDAR: Synthesising Datasets for Reasoning"
    assert own_kind(f"{title}\n\nWe introduce FooDAR.", len(title), "FooDAR") is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("FooCEL: Benchmark for Consistency Evaluation of Language Models", Role.INTRODUCED_DATASET),
        # without an article a method noun does not vote: the phrase may describe a part
        ("FooLSTM: Dual-Domain Network for Cross-Dataset Action Recognition", None),
    ],
)
def test_name_kind_title_head_without_an_article_votes_only_for_a_resource(title: str, kind: Role | None) -> None:
    name = title.split(":")[0]
    assert own_kind(f"{title}\n\nWe introduce {name}.", len(title), name) is kind


def test_name_kind_data_set_written_as_two_words_is_a_dataset_noun() -> None:
    title = "FooSUM: A Human-Annotated Data Set for Entity-Centric Summarization"
    assert own_kind(f"{title}\n\nWe introduce FooSUM.", len(title), "FooSUM") is Role.INTRODUCED_DATASET


@pytest.mark.parametrize("verb", ["called", "named", "dubbed", "termed", "coined"])
def test_name_kind_reads_every_naming_verb(verb: str) -> None:
    # the backward naming search runs only when its window writes a naming verb: each still votes
    # (the name is written once, so no other vote speaks); without the verb nothing votes
    assert own_kind(f"{_T}We build a new dataset {verb} FooData for it.", len(_T) - 2, "FooData") is Role.INTRODUCED_DATASET
    assert own_kind(f"{_T}We build a new dataset {verb[:-2]} FooData for it.", len(_T) - 2, "FooData") is None


@pytest.mark.parametrize(
    ("abstract", "kind"),
    [
        # the long form's head outvotes "the X problem": an autoencoder is a method
        ("We propose the Probabilistic Robust AutoEncoder (PRAE) that removes outliers. "
         "The solution to the PRAE problem is exact.", Role.PROPOSED),
        # a long form without a kind noun leaves the problem noun alone
        ("We introduce Many Task Learning (PRAE) as a setting. In the PRAE problem we route tasks.", Role.TASK),
    ],
)
def test_name_kind_reads_the_long_form_head_before_the_bracketed_name(abstract: str, kind: Role) -> None:
    assert own_kind(_T + abstract, len(_T) - 2, "PRAE") is kind


@pytest.mark.parametrize(
    ("abstract", "kind"),
    [
        # a long form without a kind noun takes the kind noun it is apposed to
        ("In this paper we propose a sampling method, adaptive layered resampling (ALRS), that mixes A with B. "
         "ALRS reduces variance.", Role.PROPOSED),
        ("We release a new corpus, annotated regional speech transcripts (ALRS), of 2k hours.", Role.INTRODUCED_DATASET),
        # a clause before the bracket is no apposition: "a system, we introduce X (" says nothing
        ("To build such a system, we introduce ALRS (adaptive layered resampling). ALRS is large.", None),
    ],
)
def test_name_kind_reads_the_kind_a_long_form_is_apposed_to(abstract: str, kind: Role | None) -> None:
    assert own_kind(_T + abstract, len(_T) - 2, "ALRS") is kind


def test_name_kind_apposed_method_outvotes_a_title_prefix_dataset_reading() -> None:
    from kg.extract import Extractor

    title = "ALRS: Mixing Resampling into Deep Filtering for Imbalanced Datasets"
    abstract = ("In this paper, we propose a filtering method, adaptive layered resampling filtering (ALRS), that "
                "combines two known samplers. ALRS attains 91% accuracy on two datasets.")
    (ms,) = Extractor().mentions([(title, abstract)])
    assert {m.role for m in ms if m.text == "ALRS"} == {Role.PROPOSED}


@pytest.mark.parametrize(
    ("abstract", "name", "kind"),
    [
        # what the abstract says the name is ("X is a ...") or serves as
        ("We introduce FooCorp. FooCorp is a large corpus of 35k court cases.", "FooCorp", Role.INTRODUCED_DATASET),
        ("We build FooEval. We aim for FooEval to serve as a high-quality evaluation benchmark for T2I.", "FooEval",
         Role.INTRODUCED_DATASET),
        ("We present FooRank. FooRank is a simple ranking method for retrieval.", "FooRank", Role.PROPOSED),
        # ... not a problem noun: the subject is the doing ("designing X is a challenging task")
        ("We propose FooSEA. However, designing a variable-stiffness FooSEA is a quite challenging task.", "FooSEA", None),
        # the head of the bracketed long form written right after the name
        ("To promote research, we introduce FLDC (Foo Legal Documents Corpus). Based on FLDC, we go.", "FLDC",
         Role.INTRODUCED_DATASET),
        ("We propose FRN (Foo Residual Network). It works.", "FRN", Role.PROPOSED),
        # a long apposition: the kind noun ends it after seven words
        ("We propose FooSQL, a large-scale cross-domain single-table CRUD operations Chinese Text-to-SQL dataset.",
         "FooSQL", Role.INTRODUCED_DATASET),
    ],
)
def test_name_kind_reads_what_the_name_is_said_to_be(abstract: str, name: str, kind: Role | None) -> None:
    assert own_kind(_T + abstract, len(_T) - 2, name) is kind
