"""Session 23 (meth23c): method names mined from the 87K-abstract corpus's others'-work frames
("compared with X", "such as X", "outperforms X", "based on X"), ranked by the number of abstracts
(outside the gold papers) that use them so, and curated by hand (docs/catalogue.md)."""
import pytest

from kg.extract.catalogue_data import DEFAULT_PATH, read_catalogue


@pytest.fixture(scope="module")
def cat():
    return read_catalogue(DEFAULT_PATH)


@pytest.mark.parametrize("form, name", [
    ("FractalNet", "FractalNet"), ("RevNet", "RevNet"), ("SPP-net", "SPPnet"),
    ("CASENet", "CASENet"), ("SinGAN", "SinGAN"), ("DiscoGAN", "DiscoGAN"), ("ByteNet", "ByteNet"),
    ("kNN-MT", "kNN-MT"), ("FedAvgM", "FedAvgM"), ("ProxSVRG", "ProxSVRG"), ("SVMperf", "SVMperf"),
    ("LMNN", "LMNN"), ("Large Margin Nearest Neighbour", "LMNN"), ("KRR", "KRR"),
    ("IRLS", "IRLS"), ("Iterative Reweighted Least Squares", "IRLS"), ("CCCP", "CCCP"),
    ("Convex-Concave Procedure", "CCCP"), ("IMLE", "IMLE"), ("RNNPB", "RNNPB"),
    ("Sparse Subspace Clustering", "Sparse Subspace Clustering"), ("Low-Rank Representation", "Low-Rank Representation"),
    ("Regularized Dual Averaging", "Regularized Dual Averaging"), ("Deep Belief Network", "Deep Belief Network"),
    ("Deep Boltzmann Machine", "Deep Boltzmann Machine"), ("Spatial Transformer Network", "Spatial Transformer Network"),
    ("Transferable Belief Model", "Transferable Belief Model"), ("Annealed Importance Sampling", "Annealed Importance Sampling"),
    ("LuGre", "LuGre"), ("GraspIt!", "GraspIt!"), ("GraspIt", "GraspIt!"), ("ViSP", "ViSP"),
    ("Moving Horizon Estimation", "Moving Horizon Estimation"), ("Double Q-learning", "Double Q-learning"),
    ("Fisherfaces", "Fisherfaces"), ("mBART50", "mBART"), ("Long Short Term Memory", "LSTM"),
    ("Variational Auto-Encoder", "VAE"), ("Principal Components Analysis", "PCA"),
    ("Multi-State Constraint Kalman Filter", "MSCKF"),
])
def test_catalogue_holds_corpus_mined_methods(cat, form, name):
    e = cat.lookup(form)
    assert e is not None and (e.type, e.name) == ("method", name)


@pytest.mark.parametrize("name, full", [
    ("RevNet", "Reversible Residual Network"), ("KRR", "Kernel Ridge Regression"),
    ("IRLS", "Iteratively Reweighted Least Squares"), ("CCCP", "Concave-Convex Procedure"),
    ("RNNPB", "Recurrent Neural Network with Parametric Bias"), ("IMLE", "Implicit Maximum Likelihood Estimation"),
])
def test_catalogue_corpus_mined_acronyms_carry_their_title_case_long_form(cat, name, full):
    # the long form is the entry's full_name (matched in Title Case), so that the acronym stays the
    # entry's name, as for SVM and LSTM
    assert cat.lookup(name).full_name == full


@pytest.mark.parametrize("form", ["sparse subspace clustering", "kernel ridge regression", "deep belief network",
                                  "moving horizon estimation", "lugre", "imle"])
def test_catalogue_corpus_mined_methods_match_in_their_own_case(cat, form):
    assert cat.lookup(form) is None  # case-sensitive: in lower case the technique family, or another word


@pytest.mark.parametrize("form", ["Gaussian Process", "HDP", "SSC", "LRR", "SAG", "Behavior Trees", "GP"])
def test_catalogue_leaves_out_families_and_short_forms_with_other_senses(cat, form):
    # "Gaussian Process Neurons" (a title's own name), "we propose the hierarchical Dirichlet process
    # (HDP)" (the catalogue would take the paper's own name), SSC/LRR/SAG (other senses in the corpus)
    assert cat.lookup(form) is None
