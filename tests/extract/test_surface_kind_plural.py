"""The gold-style view names a catalogued method written in the plural of its kind noun as the
catalogue does, where the text also writes that name ("Hodgkin-Huxley models" -> "Hodgkin-Huxley model")."""

from __future__ import annotations

from kg.model import Extraction, Mention, Paper, Role, Source


def _methods(*mentions: tuple[str, str, str | None]) -> list[str]:
    paper = Paper("A novel family of Hodgkin-Huxley models", "abstract", Source("t", 1))
    ms = tuple(Mention(Role.METHOD, text, field, i, i + len(text), "", "catalogue", 0.9, canonical)
               for i, (text, field, canonical) in enumerate(mentions))
    return Extraction(paper, ms).surface_lists()["methods"]


def test_the_plural_in_the_title_is_written_as_the_name_the_abstract_uses() -> None:
    got = _methods(("Hodgkin-Huxley models", "title", "Hodgkin-Huxley model"), ("Hodgkin-Huxley model", "abstract", None))
    assert got == ["Hodgkin-Huxley model"]


def test_a_plural_the_text_never_writes_in_the_singular_stays_as_written() -> None:
    assert _methods(("Kalman filters", "abstract", "Kalman filter")) == ["Kalman filters"]


def test_an_acronym_plural_stays_as_written() -> None:
    assert _methods(("CNNs", "title", "CNN"), ("CNN", "abstract", None)) == ["CNNs"]
