"""The fallback's acronym for the object of a proposal verb (kg.extract.proposed_fallback): the
verbs it reads, the long forms it accepts, and the task-shaped names a direct object makes own."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.proposed_fallback import fallback_proposed
from kg.extract.sentences import split_sentences
from kg.model import Paper, Source


def _fallback(abstract: str, tasks: frozenset[str] = frozenset(), task_acronyms: frozenset[str] = frozenset()):
    title = "A Study"
    text = layout(title, abstract)
    c = fallback_proposed(text, len(title), split_sentences(text), set(task_acronyms), set(tasks), set(task_acronyms))
    return None if c is None else text[c.start : c.end]


def _proposed(abstract: str) -> list[str]:
    (ex,) = extract_papers([Paper(title="A Study of Sparse Signals", abstract=abstract, source=Source("t", 1))])
    return ex.surface_lists()["proposed"]


def test_describe_presents_the_papers_model():
    assert _fallback("Here, we describe a novel sparse tensor and kernel sketch model (STAKS) for field data.") == "STAKS"


def test_a_proposal_verb_after_and_in_a_we_sentence():
    assert _fallback("We bound the regret and propose the Lazy Quantile Bisection (LQB) algorithm.") == "LQB"
    # no "we": someone else's proposal
    assert _fallback("Prior methods cluster the graph and propose the Greedy Region Merging (GRM) heuristic.") is None


def test_two_verbs_joined_by_and():
    assert _fallback("In this work, we propose and analyze the Damped Mirror Descent (DaMiD) algorithm, a method for games.") == "DaMiD"


def test_title_case_long_form_the_letter_scan_cuts_short():
    got = _fallback("We present Cross-level Fusion on Inner-view Tokens (CFIT), a training method for retrieval.")
    assert got == "CFIT"


def test_a_loose_object_is_not_a_long_form():
    # the initials of "a new sampler to estimate the kernel density function" hold K, D, F, but the words
    # are no title-case name: the acronym belongs to the thing estimated
    assert _fallback("We propose a new sampler to estimate the kernel density function (KDF) of the data.") is None


def test_a_task_shaped_direct_object_is_the_papers_name():
    got = _fallback("In this paper, we propose the sparse label propagation for segmentation (SLPS).",
                    task_acronyms=frozenset({"slps"}))
    assert got == "SLPS"
    assert "SLPS" in _proposed("In this paper, we propose the sparse label propagation for segmentation (SLPS). It is fast.")


def test_a_field_acronym_before_a_method_noun_stays_a_task():
    assert _fallback("We propose a novel Machine Reading Comprehension (MRC) model for legal text.",
                     tasks=frozenset({"machine reading comprehension"})) is None
    # a coined acronym there is the method's name
    assert _fallback("We propose the Clipped Gradient Tracking (ClipGT) algorithm for bandits.") == "ClipGT"


def test_a_kind_noun_then_a_colon_or_called_colon():
    assert _fallback("We propose a label-agnostic approach called: Masked Region Reweighter (MRR), to remove the bias.") == "MRR"


def test_a_problem_or_a_measure_is_no_method():
    assert _fallback("We propose a new CL problem formulation, continual weight refinement (CWR).") is None
    assert _fallback("We propose the Average Pooled Effect (APE), which is a summary measure of association.") is None
    assert _fallback("We propose Masked Span Prediction (MSP) as an intermediate task.") is None


def test_a_passive_sentence_does_not_relax_the_task_reading():
    assert _fallback("In online policy selection (OPS), candidates are presented to an agent one by one.") is None


def test_and_thus_propose():
    got = _fallback("We cast the matching as a ranking problem and thus propose the Label Ranking Tree Bisection (LRTB) algorithm.")
    assert got == "LRTB"


def test_a_naming_clause_after_the_kind_noun():
    got = _fallback("We propose a novel DEC model, which we named the deep embedded clustering model with "
                    "cluster-level representation learning (DECCRL) to learn clusters.", task_acronyms=frozenset({"deccrl"}))
    assert got == "DECCRL"


def test_an_acronym_straight_after_the_objects_kind_noun():
    assert _fallback("We present an asynchronous federated method (AsyPFed), where clients learn models.") == "AsyPFed"
    # a dataset or a task is no method
    assert _fallback("We present a new benchmark (OpenBench), where models compete.") is None
