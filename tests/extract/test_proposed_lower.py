"""Lower-case own names apposed to what a presenting verb presents (made-up sentences)."""

from __future__ import annotations

import pytest

from kg.extract import build_pipeline, paper_doc
from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.model import Role


def _found(abstract: str, title: str = "Better Maps for Rovers") -> dict[str, Role]:
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in find_proposed(text, len(title))}


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We present a method, partial evidence Gibbs voting, that handles missing labels.", "partial evidence Gibbs voting"),
        ("Therefore, we propose a new algorithm, unscented tree search, that plans under noise.", "unscented tree search"),
        ('We propose "associative map merging", a novel technique for mapping with rovers.', "associative map merging"),
        ("We develop population echo sampling, a new approach for analysing streams of data.", "population echo sampling"),
    ],
)
def test_proposed_lower_name_apposed_to_the_presented_kind(abstract: str, name: str) -> None:
    assert _found(abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, absent",
    [
        # a phrase running on into the sentence, a naming verb (the lower-named rule's), no presenting verb
        ("We present a method, which in turn handles noise, for mapping.", "which in turn handles noise"),
        ("We develop a method, based upon structured prediction, for training coders.", "based upon structured prediction"),
        ("We introduce a novel approach, requiring only mild assumptions, for probing nets.", "requiring only mild assumptions"),
        ("We propose a new approach, without any markers, based on thresholding.", "without any markers"),
        ("We use a method, partial evidence Gibbs voting, that handles missing labels.", "partial evidence Gibbs voting"),
        ('We propose "associative map merging", which others used before.', "associative map merging"),
        ("We study rover echo mapping, a new task for rovers.", "rover echo mapping"),  # a task, and no presenting verb
        ("We introduce rover echo mapping, a new task for rovers.", "rover echo mapping"),
        ("We use population echo sampling, a new approach for streams.", "population echo sampling"),
    ],
)
def test_proposed_lower_running_phrase_or_used_method_is_not_a_name(abstract: str, absent: str) -> None:
    assert absent not in _found(abstract)


def test_proposed_lower_own_name_outranks_the_same_phrase_read_as_a_title_task() -> None:
    nlp = build_pipeline()
    title = "Partial evidence Gibbs voting"
    doc = nlp(paper_doc(nlp, title, "We present a method, partial evidence Gibbs voting, that handles missing labels."))
    roles = {(m.text.lower(), m.role) for m in doc._.kg_mentions}
    assert ("partial evidence gibbs voting", Role.PROPOSED) in roles
    assert not any(role is Role.TASK and text == "partial evidence gibbs voting" for text, role in roles)


def test_proposed_lower_naming_without_a_new_thing_leaves_the_title_task() -> None:
    nlp = build_pipeline()
    title = "Box Merging for Proposal Decimation: Last Step of Detection"
    abstract = "We aggregate scored boxes into final object predictions, which we call proposal decimation."
    roles = {(m.text.lower(), m.role) for m in nlp(paper_doc(nlp, title, abstract))._.kg_mentions}
    assert ("proposal decimation", Role.PROPOSED) not in roles


def test_prior_since_own_on_a_long_sentence_reads_as_the_direct_scan() -> None:
    # One sentence naming many things: the indexed scan (windows over 8 reaches) answers what the
    # direct scan from the sentence's start answers at every naming verb.
    import re

    from kg.extract.proposed_lower import _OUR_OR_WE, _prior_since_own
    from kg.extract.proposed_names import _PRIOR

    def direct(text: str, s0: int, at: int) -> bool:
        ours = [w.end() for w in _OUR_OR_WE.finditer(text, s0, at)]
        return bool(_PRIOR.search(text, ours[-1] if ours else s0, at))

    parts = ["we use the popular model, called deep ripple nets, ", "and a Strong Baseline Model named flow nets, ",
             "then our graph, dubbed wide nets, ", "with an existing one termed old nets, ", "plus one called new nets, "]
    text = "Title\n\n" + "".join(parts[i * 7 % 5] for i in range(60)) + "end."
    ats = [m.start() for m in re.finditer(r"called|named|dubbed|termed", text)]
    answers = [_prior_since_own(text, 7, at) for at in ats]
    assert answers == [direct(text, 7, at) for at in ats]
    assert True in answers and False in answers


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Ripple Gates for Fast Image Denoising", "To that end we propose ripple gates, a layer that mixes scales.", "ripple gates"),
        ("Echo Sketch Privacy", "Data owners need guarantees. We propose echo sketch privacy, to bound what leaks.",
         "echo sketch privacy"),
        ("A Braided U-Nets Stack for Pose", "In this paper, we propose braided U-Nets stack for efficient pose estimation.",
         "braided U-Nets stack"),
    ],
)
def test_proposed_lower_title_phrase_presented_bare_is_the_papers_name(title: str, abstract: str, name: str) -> None:
    assert _found(abstract, title).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract, absent",
    [
        # an article after the verb, a problem class, a result, an acronym ahead (the acronym rules'),
        # a gerund title, a kind noun ending the title phrase
        ("Ripple Gate Test of Relatedness", "We propose a ripple gate test to decide relatedness.", "ripple gate test"),
        ("Stochastic Ripple Bandits", "We propose stochastic ripple bandits, a class of online learning problems.",
         "stochastic ripple bandits"),
        ("Lower Bounds for Ripple Gates", "We present lower bounds for the ripple gate problem.", "lower bounds"),
        ("Ripple Gates for Denoising", "We propose ripple gates (RG) to denoise.", "ripple gates"),
        ("Learning Ripple Gates", "We propose learning ripple gates, a method.", "learning ripple gates"),
        ("Ripple Framework for Denoising", "We propose ripple framework, which denoises.", "ripple framework"),
    ],
)
def test_proposed_lower_title_phrase_described_or_not_a_method_is_no_name(title: str, abstract: str, absent: str) -> None:
    assert absent not in _found(abstract, title)


def test_proposed_lower_title_phrase_found_after_a_letter_whose_lower_case_is_longer() -> None:
    # "İ".lower() is two characters: offsets read in a lowered copy of the text must still be the text's
    from kg.extract.proposed_lower import title_reused

    title = "Ripple Gates for Fast Image Denoising"
    text = layout(title, "Scans from \u0130stanbul are noisy. We propose ripple gates, a layer that mixes scales.")
    assert [text[c.start : c.end] for c in title_reused(text, len(title))] == ["ripple gates"]


def test_proposed_lower_title_phrase_presented_outranks_the_title_task() -> None:
    nlp = build_pipeline()
    title = "Echo Sketch Privacy"
    abstract = "Curators face invariants. We propose echo sketch privacy, to characterize what the output reveals."
    roles = {(m.text.lower(), m.role) for m in nlp(paper_doc(nlp, title, abstract))._.kg_mentions}
    assert ("echo sketch privacy", Role.PROPOSED) in roles
    assert not any(role is Role.TASK and text == "echo sketch privacy" for text, role in roles)


def _quoted(abstract: str) -> list[str]:
    from kg.extract.proposed_lower import quoted_kind
    from kg.extract.sentences import split_sentences

    text = layout("Better Maps for Rovers", abstract)
    return [text[c.start : c.end] for c in quoted_kind(text, len("Better Maps for Rovers"), split_sentences(text))]


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("In this work, we propose a new \u201cspread-gap penalty\u201d regularizer for dense layers.", "spread-gap penalty"),
        ("We pretrain without labels. Our \u201crepeated span search\u201d approach builds pseudo queries.", "repeated span search"),
        ('We propose a loss, and an effective yet simple "unsupervised tile proposal" method for sampling.',
         "unsupervised tile proposal"),
    ],
)
def test_proposed_lower_quoted_name_before_its_kind_is_the_papers(abstract: str, name: str) -> None:
    assert _quoted(abstract) == [name]


@pytest.mark.parametrize(
    "abstract",
    [
        'We propose a "prior-less" approach to structure from motion.',  # one quoted word: a manner
        'We employ a "calibration board" technique to obtain ground truth.',  # a use verb
        'Earlier work used a "spread-gap penalty" regularizer.',  # nobody presents it here
        'Unlike Lee et al., we propose ... Previous work built a "tile proposal" method.',
    ],
)
def test_proposed_lower_quoted_manner_or_used_phrase_is_no_name(abstract: str) -> None:
    assert _quoted(abstract) == []


def test_proposed_lower_that_we_call_after_a_method_noun_names_the_method() -> None:
    found = _found("For this purpose, we introduce a general method that we call ripple covering.")
    assert found.get("ripple covering") is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, absent",
    [
        ("All functions in this class satisfy a key property that we call ripple concavity.", "ripple concavity"),
        ("We study a family of Bayesian networks that we call quartet learnable.", "quartet learnable"),
    ],
)
def test_proposed_lower_that_we_call_after_a_notion_is_no_method(abstract: str, absent: str) -> None:
    assert absent not in _found(abstract)


@pytest.mark.parametrize(
    "abstract, role",
    [
        ('We build a new "quux speech" corpus of 5k hours.', Role.INTRODUCED_DATASET),  # "corpus" is no plural
        ('We release our "quux speech" databases for study.', Role.INTRODUCED_DATASET),
        ('We propose a new "quux speech" method for study.', Role.PROPOSED),
    ],
)
def test_proposed_lower_quoted_name_before_a_dataset_noun_is_an_introduced_dataset(abstract: str, role: Role) -> None:
    from kg.extract.proposed_lower import quoted_kind
    from kg.extract.sentences import split_sentences

    text = layout("Better Maps for Rovers", abstract)
    assert [(text[c.start : c.end], c.role) for c in quoted_kind(text, len("Better Maps for Rovers"), split_sentences(text))] == [
        ("quux speech", role)]


def test_so_called_lower_name_the_paper_uses_is_no_own_name() -> None:
    # "so-called" names an established term, unless the paper's own thing leads the sentence to it
    assert "spectral bracket approximation" not in _found("We employ the so-called spectral bracket approximation to scale up.")
    assert "pivot cascade scheme" not in _found("We present a lifted solver based on the so-called pivot cascade scheme, which is fast.")
    assert _found("We propose a new sampler, so-called tempered pivot sampling, which mixes fast.").get(
        "tempered pivot sampling") is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, name",
    [
        # the name right after the verb, then a method kind a relative clause defines
        ("In this study, we propose rim-aware pooling, a method that uses the layout of the rover.", "rim-aware pooling"),
        # several words before the kind noun, and a name ending in an acronym
        ("We propose a new and challenging approach, terrain-aware SLAM, that reads slopes.", "terrain-aware SLAM"),
    ],
)
def test_proposed_lower_name_apposed_to_a_defined_kind(abstract: str, name: str) -> None:
    assert _found(abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, absent",
    [
        # a task head ends a problem, not a method; a dataset kind is the dataset rules'; no clause after it
        ("We propose rover path planning, a method that plans paths.", "rover path planning"),
        ("We propose rim-aware pooling, a corpus that holds maps.", "rim-aware pooling"),
        ("We propose rim-aware pooling, a method for rovers.", "rim-aware pooling"),
    ],
)
def test_proposed_lower_name_apposed_to_a_defined_kind_not(abstract: str, absent: str) -> None:
    assert absent not in _found(abstract)
