"""Metrics the catalogue took by field in session 25 (docs/catalogue.md, "metric25"): well-known rates and
scores that unseen abstracts name without a figure ("in terms of topic coherence, accuracy, and
diversity", "normalized pointwise mutual information (NPMI)"), so that kg finds them and ranks their values (issue 11).
The sentences are made up, not taken from any gold set."""

from __future__ import annotations

import pytest

from kg.extract import extract_papers
from kg.extract.catalogue_data import load_catalogue
from kg.extract.result_metrics import higher_is_better
from kg.model import Paper, Role, Source


@pytest.mark.parametrize(
    "surface, canonical, higher",
    [
        ("topic coherence", "topic coherence", True),
        ("NPMI", "NPMI", True),
        ("normalized pointwise mutual information", "NPMI", True),
        ("conversion rate", "conversion rate", True),
    ],
)
def test_field_rates_are_catalogued_with_a_direction(surface, canonical, higher):
    entry = load_catalogue().lookup(surface)
    assert entry is not None and entry.type == "metric" and entry.name == canonical
    assert higher_is_better(canonical) is higher


@pytest.mark.parametrize(
    "text, metric",
    [
        ("We propose a neural topic model with word-cluster priors. On four corpora it learns topics that "
         "beat strong baselines in terms of topic coherence and diversity.", "topic coherence"),
    ],
)
def test_a_field_rate_is_found_without_a_figure(text, metric):
    (extraction,) = extract_papers([Paper("A Made-Up Paper", text, Source("mem", 1))])
    assert metric in {m.text for m in extraction.mentions if m.role is Role.METRIC}
