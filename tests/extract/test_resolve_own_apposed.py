"""An own claim the apposition to "our proposed method" makes outranks a task reading of its long form."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.model import Paper


def test_resolve_our_method_apposition_keeps_the_acronym_own_though_the_title_reads_a_task() -> None:
    title = "Causal Ripple Alignment: Learning To Ignore Spurious Background Features"
    abstract = ("Deep networks are susceptible to spurious features. We propose a solution for a common case. "
                "Our proposed method, Causal Ripple Alignment (CRA), utilizes segmentation of foreground on a small "
                "subset of examples. We obtain state-of-the-art results on Waterbirds using CRA.")
    (e,) = extract_papers([Paper(title=title, abstract=abstract, source="t")])
    assert "CRA" in e.surface_lists()["proposed"]


def test_resolve_a_weak_own_acronym_written_as_prior_work_is_a_method_beside_the_titles_name() -> None:
    title = "TESQ: A Trajectory-aware Dynamic Heterogeneous Graph Neural Network"
    abstract = ("Dynamic ripple graph networks (DRGNs) are designed to capture the evolution of node interactions. "
                "However, existing DRGNs mainly consider homogeneous graphs. In this work, we propose TESQ, which "
                "integrates trajectory-based evolution. We compare TESQ with 7 DRGN models.")
    (e,) = extract_papers([Paper(title=title, abstract=abstract, source="t")])
    lists = e.surface_lists()
    assert "TESQ" in lists["proposed"] and "DRGNs" not in lists["proposed"]
