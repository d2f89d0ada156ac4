"""The system only the title names (kg.extract.proposed_title_only), the fallback's last reading:
a title's system-shaped phrase over an abstract that presents its system unnamed."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.proposed_fallback import fallback_proposed
from kg.extract.sentences import split_sentences
from kg.model import Paper, Source

_UNNAMED = "Colour casts are common. This paper proposes an unpaired learning method for colour correction. It works well."


def _fallback(title: str, abstract: str = _UNNAMED, others: frozenset[str] = frozenset()):
    text = layout(title, abstract)
    c = fallback_proposed(text, len(title), split_sentences(text), set(others), set())
    return None if c is None else (text[c.start : c.end], c.rule)


def test_title_prefix_ending_in_an_agent_or_system_noun():
    assert _fallback("Deep Colour Corrector: Unpaired Learning for Colour Correction") == (
        "Deep Colour Corrector", "proposed:fallback-title-only")
    assert _fallback("The Soft Hinge Flexure Model: An Accurate Approach") == (
        "Soft Hinge Flexure Model", "proposed:fallback-title-only")


def test_agent_noun_ending_the_title_after_a_link():
    assert _fallback("Colour Correction with Casting-Pointer Transformer") == (
        "Casting-Pointer Transformer", "proposed:fallback-title-only")
    # after a link a system noun says what the paper uses: "... using Graph Networks", "... with Deep Network"
    assert _fallback("Colour Correction using Graph Networks") is None
    assert _fallback("Colour Correction with a Deep Network") is None


def test_no_unnamed_presentation_no_name():
    assert _fallback("Deep Colour Corrector: Unpaired Learning", "Colour casts are common. We study them.") is None


def test_topic_clause_known_or_written_phrases_are_not_taken():
    assert _fallback("Beyond Colour Correctors: A Study") is None
    assert _fallback("Colours Are Not Strangers: Correcting Casts") is None
    assert _fallback("Deep Colour Corrector: Unpaired Learning", others=frozenset({"deep colour corrector"})) is None
    # the abstract writes the phrase: the title rules read it, not this fallback
    assert _fallback("Deep Colour Corrector: Unpaired Learning",
                     "This paper proposes an unpaired learning method, the deep colour corrector, for colour casts.") is None
    # a plural family the abstract writes, modified: "Linearized Neural Networks" over "neural networks"
    assert _fallback("Fast Adaptation with Linearized Neural Networks",
                     "We propose a new method for adaptation. Trained neural networks adapt slowly.") is None


def test_extraction_reads_the_title_only_name_where_no_rule_found_one():
    (ex,) = extract_papers([Paper(title="Deep Colour Corrector: Unpaired Learning for Colour Correction",
                                  abstract=_UNNAMED, source=Source("t", 1))])
    assert "Deep Colour Corrector" in ex.surface_lists()["proposed"]
