"""Classic named algorithms the catalogue took by field in session 27 (docs/catalogue.md, "cat27",
``## batch 16`` of benchmarks/catalogue_candidates.txt): eponymous textbook methods of statistics,
graphs, signal processing, vision, graphics, control, NLP and optimisation ("the Kaplan-Meier
estimator", "Catmull-Rom splines", "a Smith predictor"), so that kg finds them in any abstract.
The sentences are made up, not taken from any gold set."""

from __future__ import annotations

import pytest

from kg.extract import extract_papers
from kg.extract.catalogue_data import load_catalogue
from kg.model import Paper, Role, Source


@pytest.mark.parametrize("form, name", [
    ("Kaplan-Meier estimator", "Kaplan-Meier"), ("Kruskal-Wallis", "Kruskal-Wallis test"),
    ("Fisher exact test", "Fisher's exact test"), ("Mantel-Haenszel test", "Mantel-Haenszel"),
    ("Smith predictor", "Smith predictor"), ("Ziegler-Nichols method", "Ziegler-Nichols"),
    ("Luenberger observer", "Luenberger observer"), ("Catmull-Rom splines", "Catmull-Rom"),
    ("Delaunay triangulation", "Delaunay triangulation"), ("Blinn-Phong", "Blinn-Phong"),
    ("Ball-Pivoting Algorithm", "Ball-Pivoting"), ("Otsu thresholding", "Otsu's method"),
    ("Needleman-Wunsch", "Needleman-Wunsch"), ("Smith-Waterman algorithm", "Smith-Waterman"),
    ("Dantzig-Wolfe decomposition", "Dantzig-Wolfe"), ("Robbins-Monro", "Robbins-Monro"),
    ("SPSA", "SPSA"), ("Orthogonal Procrustes Analysis", "Procrustes analysis"), ("Lloyd-Max quantizer", "Lloyd-Max quantizer"),
    ("Johnson-Lindenstrauss transform", "Johnson-Lindenstrauss transform"), ("CKKS", "CKKS"),
    ("Inside-Outside algorithm", "Inside-Outside algorithm"), ("Oja's rule", "Oja's rule"),
])
def test_classic_named_algorithms_are_catalogued(form, name):
    e = load_catalogue().lookup(form)
    assert e is not None and (e.type, e.name) == ("method", name)


@pytest.mark.parametrize("form", [
    "Apriori", "apriori", "Hamming code", "forward-backward algorithm", "auction algorithm", "BIRCH", "BFV",
    "Pontryagin maximum principle", "Sherman-Morrison", "Dubins car", "orthogonal Procrustes", "Louvain",
    "Leiden", "LINE", "Hebbian learning",
])
def test_classic_batch_leaves_out_common_words_families_and_principles(form):
    # "known apriori", "binary hamming code representations", the Dubins car (a vehicle model
    # to control, not a method), the orthogonal Procrustes problem, BFV as another paper's own acronym,
    # principles and formulas are no methods; bare place names and common words stay words
    assert load_catalogue().lookup(form) is None


@pytest.mark.parametrize("text, method", [
    ("We study delayed feedback in survival analysis. Within the EM framework we employ the Kaplan-Meier "
     "estimator to place no restriction on the delay distribution.", "Kaplan-Meier estimator"),
    ("We design a controller for teleoperation under large delays. A Smith predictor compensates the "
     "round-trip latency and lane boundaries are represented by Catmull-Rom splines.", "Smith predictor"),
])
def test_a_classic_algorithm_is_found_in_an_abstract(text, method):
    (extraction,) = extract_papers([Paper("A Made-Up Paper", text, Source("mem", 1))])
    assert method in {m.text for m in extraction.mentions if m.role is Role.METHOD}
