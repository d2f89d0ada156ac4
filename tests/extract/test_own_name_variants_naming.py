"""Own names decided once per paper from the strongest evidence: "so-called" names a known term,
a naming verb's long form with commas gives its acronym, and the variants of every name the paper
ends up owning (a weak claim's too, names of several words too)."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.extract.resolve import _spaced_variants
from kg.model import Paper, Source


def _own(title: str, abstract: str) -> list[str]:
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    return ex.surface_lists()["proposed"]


def _naming(title: str, abstract: str) -> list[str]:
    text = layout(title, abstract)
    return [text[c.start : c.end] for c in find_proposed(text, len(title)) if c.rule == "proposed:naming"]


def test_so_called_names_a_known_term():
    assert _naming("Learning Automata", "Recently, algorithms built on the so-called Method of Spectra (MoS) were "
                   "proposed as a faster alternative. We study them.") == []
    assert _naming("Kernels", 'Jaakkola proposed a method. Their so called "Pike kernel" has been used widely.') == []
    # built on it: "based on the so-called X" in a sentence that proposes
    assert _naming("Focal Lengths", "We propose a method to upgrade reconstructions based on the so-called Depth "
                   "Heuristic Rule (DHR). It works.") == []


def test_so_called_after_the_papers_own_thing_is_its_name():
    assert _naming("Text-to-Image Evaluation", "We also release our toolbox, so-called TISEBox, for fair evaluation.") == ["TISEBox"]
    assert _naming("Pedestrian Retrieval", "With the RRI scheme we integrate the constraint, yielding the so-called "
                   "SVDNetX. Experiments follow.") == ["SVDNetX"]


def test_naming_long_form_with_commas_takes_its_acronym():
    abstract = "We introduce a simple approach, called Lift, Match, and Keep (LMK). LMK lifts 2D observations to 3D."
    assert _naming("Egocentric Memory", abstract) == ["LMK"]
    assert "LMK" in _own("Egocentric Memory", abstract) and "Lift" not in _own("Egocentric Memory", abstract)


def test_variant_of_a_weakly_claimed_own_name():
    # RAIS is the paper's by an acronym rule (not a strong claim): its variant is the paper's too
    abstract = ("We propose robust, approximate importance sampling (RAIS) for SGD. Empirically, RAIS-SGD and standard SGD "
                "follow similar curves, but RAIS moves faster.")
    assert "RAIS-SGD" in _own("Training Deep Models Faster", abstract)


def test_variant_of_an_others_name_is_not_own():
    abstract = "We study stochastic gradient descent (SGD) on graphs. Results with SGD-M show slow progress."
    assert "SGD-M" not in _own("Notes on Optimization", abstract)


def test_variants_of_a_name_of_several_words():
    text = ("We introduce improved SPAD DCNN, designated as Fast SPAD DCNN. We also develop OLMo 2-Instruct. "
            "Our SPAD DCNN runs. Using SPAD DCNN we map.")
    assert [text[c.start : c.end] for c in _spaced_variants(text, "SPAD DCNN")] == ["Fast SPAD DCNN"]
    assert [text[c.start : c.end] for c in _spaced_variants(text, "OLMo 2")] == ["OLMo 2-Instruct"]


def test_modifier_before_a_name_of_several_words_needs_a_naming_word():
    text = "Building upon an existing Grid Route Planner, and the Fast Grid Route Planner of others, we act."
    assert _spaced_variants(text, "Grid Route Planner") == []


def test_named_variant_of_several_words_end_to_end():
    abstract = ("We present Generative Paragraph Vector, a probabilistic model. We can turn it into a supervised version, "
                "namely Supervised Generative Paragraph Vector. Experiments on five datasets show gains.")
    got = _own("Generative Paragraph Vector", abstract)
    assert "Supervised Generative Paragraph Vector" in got and "Generative Paragraph Vector" in got


def test_variant_of_a_name_of_several_words_starts_a_word():
    text = "We present Fast Net. The SubFast Net-2 model and Fast Net-Large follow."
    assert [text[c.start : c.end] for c in _spaced_variants(text, "Fast Net")] == ["Fast Net-Large"]
