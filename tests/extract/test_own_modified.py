"""A title led by "Modifier Known-name" that the abstract presents names the paper's own variant
(kg.extract.own_modified)."""

from __future__ import annotations

from kg.extract.doc import Candidate, layout
from kg.extract.resolve import resolve
from kg.model import Role


def _roles(title: str, abstract: str, known: str) -> dict[str, set[Role]]:
    text = layout(title, abstract)
    found, i = [], text.find(known)
    while i >= 0:
        found.append(Candidate(Role.METHOD, i, i + len(known), "catalogue", 0.9))
        i = text.find(known, i + 1)
    out: dict[str, set[Role]] = {}
    for c in resolve(text, found):
        out.setdefault(text[c.start : c.end], set()).add(c.role)
    return out


def test_presented_variant_is_proposed_and_the_known_name_stays_a_method():
    got = _roles("Lopsided DQN for partial observability",
                 "DQN is widely used. We derive Lopsided DQN, a model-free algorithm.", "DQN")
    assert got["Lopsided DQN for partial observability"[: len("Lopsided DQN")]] == {Role.PROPOSED}
    assert got["DQN"] == {Role.METHOD}


def test_variant_written_with_the_known_names_acronym():
    got = _roles("Seasonal Expectation Maximization for mixtures",
                 "We study expectation maximization (EM). Our seasonal EM approach converges.",
                 "Expectation Maximization")
    assert got["Seasonal Expectation Maximization"] == {Role.PROPOSED}
    assert got["seasonal EM"] == {Role.PROPOSED}


def test_topic_title_without_own_presentation_stays_a_method():
    # "Recent work in parallel Gibbs sampling": the abstract names the topic, not its own variant
    got = _roles("Parallel Gibbs Sampling: from fields to trees",
                 "Recent work in parallel Gibbs sampling has focused on schedules. It mixes well.", "Gibbs Sampling")
    assert Role.PROPOSED not in got.get("Parallel Gibbs Sampling", set())


def test_a_verb_or_article_first_is_no_modifier():
    got = _roles("Revisiting DQN for games", "We show that revisiting DQN helps.", "DQN")
    assert Role.PROPOSED not in got.get("Revisiting DQN", set())
