"""Metrics the catalogue took from the 87K-abstract corpus in session 23 (docs/catalogue.md, "metric23c"):
measures the corpus reports in metric phrases ("a completion rate of 92.0%", "Settling time with QFT is 72% smaller")
that the catalogue lacked, each with a direction, and those in metres or degrees kept off the percent scale."""

from __future__ import annotations

import pytest

from kg.extract.catalogue_data import load_catalogue
from kg.extract.result_metrics import higher_is_better, percent_scale


@pytest.mark.parametrize(
    "surface, canonical, higher",
    [
        ("completion rate", "completion rate", True),
        ("task completion rate", "completion rate", True),
        ("settling time", "settling time", False),
        ("rise time", "rise time", False),
        ("heading error", "heading error", False),
        ("joint angle errors", "joint angle error", False),
        ("hit rate", "hit rate", True),
        ("TNR", "true negative rate", True),
        ("position tracking error", "position tracking error", False),
        ("clean accuracy", "clean accuracy", True),
        ("SUS", "System Usability Scale", True),
    ],
)
def test_corpus_metrics_are_catalogued(surface, canonical, higher):
    entry = load_catalogue().lookup(surface)
    assert entry is not None and entry.type == "metric" and entry.name == canonical
    assert higher_is_better(canonical) is higher


@pytest.mark.parametrize("metric", ["heading error", "joint angle error"])
def test_distance_errors_are_not_percentages(metric):
    assert percent_scale(metric) is False


def test_rates_are_percentages():
    assert percent_scale("task completion rate") and percent_scale("true negative rate")


@pytest.mark.parametrize("written", ["Fréchet Inception distance", "Frechet Inception distance"])
def test_fid_long_form_with_a_capital_inception_only_is_matched(written):
    # "reducing Fréchet Inception distance from 27.62 to 18.65" (SAGAN): the catalogue is case-sensitive for FID,
    # and abstracts capitalise the network's name only
    from kg.extract.catalogue_match import CatalogueMatcher

    text = f"It reduces {written} from 27.62 to 18.65 on ImageNet."
    found = {text[c.start : c.end]: c.canonical for c in CatalogueMatcher(None, load_catalogue()).match(text)}
    assert found.get(written) == "FID"
