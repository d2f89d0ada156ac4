"""An own acronym written with a system head after its bracket and again as "ACR Head"
(kg.extract.own_headed): the paper's name is the headed form."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.model import Paper, Source

_TITLE = "Multimodal Vision Transformers With Forced Attention for Behavior Analysis"


def _proposed(abstract: str) -> list[str]:
    (ex,) = extract_papers([Paper(title=_TITLE, abstract=abstract, source=Source("t", 1))])
    return ex.surface_lists()["proposed"]


def test_headed_acronym_written_again_is_the_name():
    abstract = ("Behaviour analysis is hard. To tackle this, we introduce the Forced Attention (FAt) Transformer which "
                "utilizes forced attention. FAt Transformers are applied to two downstream tasks.")
    assert _proposed(abstract) == ["FAt Transformers"]


def test_bare_acronym_stays_without_a_headed_mention():
    abstract = ("Behaviour analysis is hard. To tackle this, we introduce the Forced Attention (FAt) Transformer which "
                "utilizes forced attention. FAt is applied to two downstream tasks.")
    assert "FAt Transformers" not in _proposed(abstract)
    assert "FAt" in _proposed(abstract)
