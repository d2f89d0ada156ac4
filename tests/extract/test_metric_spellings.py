"""Catalogue metrics written in other spellings: a typographic apostrophe, a plural of a one-word
form (issue 11, class 6), on made-up abstracts."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Role


@pytest.fixture(scope="module")
def metrics():
    extractor = Extractor()

    def run(abstract: str) -> list[str]:
        (ms,) = extractor.mentions([("A made-up title", abstract)])
        return [m.text for m in ms if m.role is Role.METRIC]

    return run


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("Our encoder reaches 81.2% Spearman’s correlation on the similarity benchmarks.", "Spearman’s correlation"),
        ("Agreement with annotators reaches a Cohen’s kappa of 0.71.", "Cohen’s kappa"),
        ("The ranking correlates with judges (Kendall’s tau of 0.44).", "Kendall’s tau"),
    ],
)
def test_typographic_apostrophe_spelling_is_the_catalogue_metric(metrics, abstract: str, name: str) -> None:
    assert name in metrics(abstract)


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("First classifiers are promising, with F1-scores up to 0.78 across the value categories.", "F1-scores"),
        ("The parser reaches F-scores over 70% on four languages.", "F-scores"),
        ("We report F-measures of the detectors on both sets.", "F-measures"),
    ],
)
def test_plural_of_a_hyphenated_metric_keeps_its_whole_word(metrics, abstract: str, name: str) -> None:
    found = metrics(abstract)
    assert name in found
    assert name.split("-")[0] not in found  # not cut to "F1" / "F"


def test_a_straight_apostrophe_still_matches_and_a_plain_word_does_not(metrics) -> None:
    assert "Spearman's correlation" in metrics("The scores reach a Spearman's correlation of 0.62 with judges.")
    assert metrics("The agents' scores rise as rates of success climb.") == []


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("Rankings are evaluated using the precision at k and the discounted cumulative gain.", "discounted cumulative gain"),
        ("Rankings are evaluated using the precision at k and the discounted cumulative gain.", "precision at k"),
        ("The parser reaches 81.3 Smatch F1 on the graph bank.", "Smatch F1"),
        ("Our agent achieves 52.1% Acc@0.25 on the grounding benchmark.", "Acc@0.25"),
    ],
)
def test_well_known_metrics_added_to_the_catalogue(metrics, abstract: str, name: str) -> None:
    assert name in metrics(abstract)


def test_metrics_joined_by_a_slash_are_each_a_metric(metrics) -> None:
    got = metrics("We improve the results of bpc/perplexity from 1.06 to 0.99 and report BLEU/METEOR scores.")
    assert {"bpc", "perplexity", "BLEU", "METEOR"} <= set(got)
    assert "IP" not in metrics("The TCP/IP stack and the input/output of the network are kept.")
