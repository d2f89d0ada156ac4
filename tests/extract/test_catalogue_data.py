"""The curated catalogue (kg/extract/data/catalogue.jsonl) and its loader."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.errors import CatalogueError
from kg.extract.catalogue_data import DEFAULT_PATH, DOMAINS, TYPES, load_catalogue, read_catalogue
from kg.model import Role, normalize_name

MINIMUMS = {"dataset": 300, "metric": 120, "method": 300, "task": 150}


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_catalogue_file_validates(cat):
    cat.validate()


def test_catalogue_every_type_is_one_of_four(cat):
    assert {e.type for e in cat.entries} <= set(TYPES)
    assert {e.domain for e in cat.entries} <= set(DOMAINS)


def test_catalogue_no_duplicate_surface_forms(cat):
    # a form belongs to one entry; only two case-sensitive entries may share it up to case
    # (dataset "SuperGLUE" vs matcher "SuperGlue")
    owners: dict[str, tuple] = {}
    for e in cat.entries:
        for form in e.surface_forms:
            key = normalize_name(form)
            if key in owners and owners[key][0] is not e:
                other, other_form = owners[key]
                assert e.case_sensitive and other.case_sensitive and form != other_form, (
                    f"{form!r} in {other.name!r} and {e.name!r}")
            owners.setdefault(key, (e, form))


def test_catalogue_counts_meet_minimums(cat):
    counts = Counter(e.type for e in cat.entries)
    for type_, minimum in MINIMUMS.items():
        assert counts[type_] >= minimum, f"{type_}: {counts[type_]} < {minimum}"


def test_catalogue_sorted_by_type_then_name(cat):
    keys = [(e.type, e.name.casefold()) for e in cat.entries]
    assert keys == sorted(keys)


def test_catalogue_tasks_are_lower_case(cat):
    assert all(e.name == e.name.lower() for e in cat.by_type("task"))


def test_catalogue_lookup_by_alias(cat):
    assert cat.lookup("MS COCO").name == "COCO"
    assert cat.lookup("MSCOCO").name == "COCO"
    assert cat.lookup("GPT4").name == "GPT-4"
    assert cat.lookup("PAMPJPE").name == "PA-MPJPE"


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        # well-known techniques in the spellings papers use: lower case, hyphens, glued sizes, long forms
        ("Planning uses Monte-Carlo tree search at each step.", "Monte-Carlo tree search", "MCTS"),
        ("Topics come from latent Dirichlet allocation.", "latent Dirichlet allocation", "LDA"),
        ("We fine-tune BERTlarge on the task.", "BERTlarge", "BERT"),
        ("Bags are labelled, as in multiple instance learning.", "multiple instance learning", "Multiple Instance Learning"),
        ("The pose is tracked with an extended Kalman filter.", "extended Kalman filter", "EKF"),
        ("Its output is a Mixture Density Network.", "Mixture Density Network", None),
    ],
)
def test_catalogue_knows_well_known_techniques_in_their_written_forms(text: str, surface: str, canonical: str | None) -> None:
    from kg.extract.catalogue_match import CatalogueMatcher

    found = {text[c.start : c.end]: c for c in CatalogueMatcher(None, load_catalogue()).match(text)}
    assert found[surface].role is Role.METHOD and found[surface].canonical == canonical


@pytest.mark.parametrize("form, name", [("multi-armed bandit problem", "multi-armed bandits"), ("Tokenization", "tokenization"),
                                        ("automated essay scoring", "essay scoring"), ("Scene Recognition", "scene recognition")])
def test_catalogue_knows_task_names_without_a_task_noun(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == "task"


@pytest.mark.parametrize("form", ["reinforcement learning", "online learning", "dialogue systems", "clustering", "optical flow",
                                  "Bayesian optimization"])
def test_catalogue_leaves_fields_system_families_and_generic_words_out_of_tasks(cat, form):
    entry = cat.lookup(form)
    assert entry is None or entry.type != "task"


@pytest.mark.parametrize("form, name", [("NSGA-II", "NSGA-II"), ("Sequential Monte Carlo", "SMC"),
                                        ("Nystrom method", "Nyström method"), ("Hough Transform", "Hough transform")])
def test_catalogue_knows_classical_algorithms(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == "method"


def test_catalogue_lookup_ignores_case_of_insensitive_entries(cat):
    assert cat.lookup("imagenet").name == "ImageNet"
    assert cat.lookup("Human3.6m").name == "Human3.6M"
    assert cat.lookup("Talking Head Generation").name == "talking head generation"


def test_catalogue_lookup_normalises_dashes_and_spaces(cat):
    assert cat.lookup("GPT\u20114").name == "GPT-4"          # non-breaking hyphen
    assert cat.lookup("PA\u2013MPJPE").name == "PA-MPJPE"    # en dash
    assert cat.lookup("  talking   head generation ").name == "talking head generation"


def test_catalogue_case_sensitive_entries_do_not_match_lower_case(cat):
    for form, name in [("MEAD", "MEAD"), ("PQ", "PQ"), ("SAM", "SAM"), ("DiT", "DiT")]:
        entry = cat.lookup(form)
        assert entry is not None and entry.name == name and entry.case_sensitive
        assert cat.lookup(form.lower()) is None
    for e in cat.entries:
        if e.case_sensitive and e.name.lower() not in e.surface_forms:
            assert cat.lookup(e.name.lower()) is not e, e.name


def test_catalogue_lookup_unknown_returns_none(cat):
    assert cat.lookup("a method nobody has heard of") is None


def test_catalogue_by_type(cat):
    assert all(e.type == "metric" for e in cat.by_type("metric"))
    assert sum(len(cat.by_type(t)) for t in TYPES) == len(cat.entries)


def test_catalogue_validate_names_line_of_duplicate(tmp_path):
    rows = [
        {"name": "Foo", "type": "dataset", "aliases": [], "full_name": None, "domain": "cv",
         "case_sensitive": False, "ambiguous": False},
        {"name": "Bar", "type": "method", "aliases": ["foo"], "full_name": None, "domain": "cv",
         "case_sensitive": False, "ambiguous": False},
    ]
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(CatalogueError, match=r"c\.jsonl:2"):
        read_catalogue(p).validate()


def test_catalogue_validate_rejects_bad_type(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"name": "Foo", "type": "model", "domain": "cv"}) + "\n")
    with pytest.raises(CatalogueError, match=r"c\.jsonl:1.*type"):
        read_catalogue(p).validate()


@pytest.mark.parametrize("alias", ["Foo Bar ", " Foo Bar", ""])
def test_catalogue_validate_rejects_an_empty_or_padded_alias(tmp_path, alias: str):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"name": "Foo", "type": "metric", "aliases": [alias], "domain": "ml"}) + "\n")
    with pytest.raises(CatalogueError, match=r"c\.jsonl:1.*empty alias or surrounding whitespace"):
        read_catalogue(p).validate()


def test_catalogue_malformed_json_names_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"name": "Foo", "type": "dataset", "domain": "cv"}\n{oops\n')
    with pytest.raises(CatalogueError, match=r"c\.jsonl:2"):
        read_catalogue(p)


def test_catalogue_data_is_loaded_once_per_process():
    assert load_catalogue() is load_catalogue()
    assert load_catalogue(DEFAULT_PATH) is load_catalogue()


@pytest.mark.parametrize(
    "bad, problem",
    [
        ({"name": "Image Captioning", "type": "task", "domain": "cv"}, "lower-case"),
        ({"name": "Foo", "type": "model", "domain": "cv"}, "type"),
        ({"name": "Bar", "type": "method", "aliases": ["foo"], "domain": "cv"}, "already used on line 1"),
    ],
)
def test_catalogue_data_custom_catalogue_with_a_bad_entry_fails_the_pipeline_naming_the_line(tmp_path, bad, problem):
    from kg.extract import build_pipeline

    p = tmp_path / "custom.jsonl"
    p.write_text(json.dumps({"name": "Foo", "type": "dataset", "domain": "cv"}) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(CatalogueError, match=rf"custom\.jsonl:2 .*{problem}") as err:
        build_pipeline(str(p))
    assert err.value.fix  # says how to fix it


def test_catalogue_data_missing_file_is_a_catalogue_error(tmp_path):
    with pytest.raises(CatalogueError, match="cannot read the catalogue file"):
        load_catalogue(tmp_path / "nope.jsonl")


def test_catalogue_rejects_alias_string_instead_of_list(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"name": "Foo", "type": "dataset", "aliases": "Fooo", "domain": "cv"}) + "\n")
    with pytest.raises(CatalogueError, match=r"c\.jsonl:1.*aliases"):
        read_catalogue(p)


def test_catalogue_case_only_difference_allowed_between_case_sensitive_entries(tmp_path):
    def row(name, type_, cs):
        return json.dumps({"name": name, "type": type_, "aliases": [], "full_name": None, "domain": "cv",
                           "case_sensitive": cs, "ambiguous": False}) + "\n"

    p = tmp_path / "c.jsonl"
    p.write_text(row("SuperGLUE", "dataset", True) + row("SuperGlue", "method", True))
    cat = read_catalogue(p)
    cat.validate()
    assert cat.lookup("SuperGlue").type == "method" and cat.lookup("SuperGLUE").type == "dataset"
    p.write_text(row("SuperGLUE", "dataset", True) + row("SuperGlue", "method", False))
    with pytest.raises(CatalogueError, match=r"c\.jsonl:2"):
        read_catalogue(p).validate()


def test_catalogue_every_entry_resolves_to_itself(cat):
    for e in cat.entries:
        for form in e.surface_forms:
            assert cat.lookup(form) is e, (form, e.name)


def test_catalogue_lookup_corpora_added_from_the_scirex_misses(cat):
    assert cat.lookup("WikiQA").name == "WikiQA"
    assert cat.lookup("Hutter Prize").name == "enwik8"
    assert cat.lookup("Animals with Attributes").type == "dataset"


@pytest.mark.parametrize(
    "form, name, type_",
    [
        ("PubLayNet", "PubLayNet", "dataset"),  # documents / OCR
        ("Northwestern-UCLA", "NW-UCLA", "dataset"),  # action recognition
        ("MPIIFaceGaze", "MPIIGaze", "dataset"),  # gaze
        ("CommitmentBank", "CommitmentBank", "dataset"),  # NLU
        ("PerceptionTest", "Perception Test", "dataset"),  # an alias of an existing entry
        ("ILSVRC-12", "ImageNet", "dataset"),
        ("Ign-F1", "Ign F1", "metric"),  # document-level relation extraction
        ("video-mAP", "video-mAP", "metric"),  # action detection
        ("critical success index", "critical success index", "metric"),  # weather
        ("structural Hamming distance", "structural Hamming distance", "metric"),  # causal discovery
    ],
)
def test_catalogue_batch_three_entries_by_field(cat, form, name, type_):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == type_


@pytest.mark.parametrize(
    "form, name",
    [
        ("Hollywood2", "Hollywood2"),
        ("Multi30K", "Multi30k"),
        ("OTB-2013", "OTB-100"),  # a version grouped under its family, like the other OTB forms
        ("YouCookII", "YouCook2"),
        ("TDIUC", "TDIUC"),
        ("MIT-Indoor", "MIT Indoor 67"),
    ],
)
def test_catalogue_datasets_the_context_rules_found_across_the_corpus(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == "dataset"


@pytest.mark.parametrize("form, name, type_", [
    ("Finite Element Method", "FEM", "method"),
    ("Sequential Quadratic Programming", "SQP", "method"),
    ("Ant Colony Optimization", "ACO", "method"),
    ("Lin-Kernighan", "LKH", "method"),
    ("Conditional GAN", "cGAN", "method"),
    ("Straight-Through Estimator", "STE", "method"),
    ("Hmean", "H-mean", "metric"),
    ("number of function evaluations", "NFE", "metric"),
    ("quantile loss", "pinball loss", "metric"),
])
def test_catalogue_batch_six_methods_and_metrics_by_field(cat, form, name, type_):
    e = cat.lookup(form)
    assert e is not None and (e.name, e.type) == (name, type_)


@pytest.mark.parametrize("form, name", [
    ("open information extraction", "open information extraction"), ("Dereverberation", "dereverberation"),
    ("pansharpening", "pansharpening"), ("video moment retrieval", "video moment retrieval"),
    ("moment retrieval", "video moment retrieval"), ("length extrapolation", "long-context extrapolation"),
    ("survival analysis", "survival analysis"), ("membership inference attacks", "membership inference attacks"),
])
def test_catalogue_tasks_added_by_field_in_session_7(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == "task"


@pytest.mark.parametrize("form, name", [
    ("task allocation", "task allocation"), ("multi robot task allocation", "task allocation"),
    ("path following", "path following"), ("Visual SLAM", "visual slam"), ("bin picking", "bin picking"),
    ("contact rich manipulation", "contact-rich manipulation"), ("hyperparameter tuning", "hyperparameter tuning"),
    ("fine-grained recognition", "fine-grained recognition"), ("shortest path problem", "shortest path problem"),
    ("pursuit evasion", "pursuit-evasion"), ("needle steering", "needle steering"),
    ("kinodynamic motion planning", "kinodynamic planning"), ("rank aggregation", "rank aggregation"),
    ("generalized zero shot learning", "generalized zero-shot learning"), ("motion deblurring", "motion deblurring"),
])
def test_catalogue_tasks_ranked_by_the_corpus_in_session_22(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == "task"


@pytest.mark.parametrize("form", ["trajectory planning", "data association", "motion estimation", "depth prediction",
                                  "multi-class classification", "colorization",
                                  "covariance estimation", "portfolio selection", "variable selection",
                                  "object transportation"])
def test_catalogue_leaves_out_task_names_mostly_written_as_a_step_or_a_parent(cat, form):
    # (read on fresh abstracts: "a new trajectory planning method has been used", "probabilistic data association")
    entry = cat.lookup(form)
    assert entry is None or entry.type != "task"


@pytest.mark.parametrize("form, name", [("few shot learning", "few-shot learning"),
                                        ("human robot interaction", "human-robot interaction")])
def test_catalogue_multi_word_task_names_match_with_spaces_for_hyphens(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name


def test_catalogue_task_spaced_forms_leave_out_x_to_y_names(cat):
    # "image to 3D" would match "Single Image to 3D Head": an "X-to-Y" task keeps its hyphens
    assert all(" to " not in f for e in cat.by_type("task") for f in e.surface_forms if "-to-" in e.name)
    assert cat.lookup("super resolution") is None or cat.lookup("super resolution").type != "task"


def test_catalogue_tasks_number_at_least_600(cat):
    assert len(cat.by_type("task")) >= 600


@pytest.mark.parametrize("form, name, type_", [
    ("Chinese Restaurant Process", "Chinese Restaurant Process", "method"),
    ("Stochastic Gradient Hamiltonian Monte Carlo", "SGHMC", "method"),
    ("Discrete Wavelet Transform", "Discrete Wavelet Transform", "method"),
    ("Truncated Signed Distance Function", "TSDF", "method"),
    ("miss rate", "miss rate", "metric"),
    ("exact match accuracy", "exact match accuracy", "metric"),
])
def test_catalogue_batch7_names_by_field(cat, form, name, type_):
    entry = cat.lookup(form)
    assert entry is not None and entry.name == name and entry.type == type_


@pytest.mark.parametrize("form", ["gaussian process regression", "bundle adjustment", "label propagation"])
def test_catalogue_batch7_title_case_methods_leave_the_lower_case_technique_words(cat, form):
    assert cat.lookup(form) is None  # case-sensitive: in lower case it is the technique family


@pytest.mark.parametrize("metric, higher", [("ARI", True), ("NMI", True), ("Hits@k", True), ("SARI", True), ("EAO", True),
                                            ("minFDE", False), ("D1-all", False), ("RMSD", False), ("miss rate", False),
                                            ("angular error", False), ("episodic return", True), ("Davies-Bouldin index", False)])
def test_catalogue_metrics_have_a_direction_in_metric_direction_json(cat, metric, higher):
    from kg.extract.result_metrics import higher_is_better

    assert cat.lookup(metric) is not None and cat.lookup(metric).type == "metric"
    assert higher_is_better(metric) is higher


@pytest.mark.parametrize("form, name", [
    ("NMPC", "NMPC"), ("Backpropagation Through Time", "BPTT"), ("Gilbert-Johnson-Keerthi", "GJK"),
    ("Relative Entropy Policy Search", "REPS"), ("Interacting Multiple Model", "IMM"),
    ("Spring-Loaded Inverted Pendulum", "SLIP model"), ("Hogwild", "Hogwild!"), ("Ranking SVM", "RankSVM"),
    ("GFlowNets", "GFlowNet"), ("Markov Logic Network", "Markov Logic Networks"), ("LPA*", "Lifelong Planning A*"),
])
def test_catalogue_methods11_names_by_field(cat, form, name):
    entry = cat.lookup(form)
    assert entry is not None and (entry.name, entry.type) == (name, "method")


@pytest.mark.parametrize("form", ["nmpc", "wake-sleep", "fastfood", "iterative learning control", "gm-phd", "tdpa"])
def test_catalogue_methods11_entries_match_only_in_their_own_case(cat, form):
    # Title Case in lower case is the technique family; a short form in lower case is another word
    assert cat.lookup(form) is None


@pytest.mark.parametrize("form", ["Label Smoothing", "Gradient Boosting", "Hill Climbing", "Breadth-First Search",
                                  "Hierarchical Attention Network", "SAG", "IBVS", "Stochastic Neighbor Embedding"])
def test_catalogue_methods11_leaves_generic_words_and_other_senses_out(cat, form):
    # generic technique words (GUIDELINES), names whose corpus uses were wrong, acronyms with other senses
    assert cat.lookup(form) is None


def test_catalogue_methods11_names_found_in_text_in_their_case_only(cat):
    from kg.extract.catalogue_match import CatalogueMatcher

    matcher = CatalogueMatcher(None, cat)
    text = "The robot combines Iterative Learning Control with an IMM filter, unlike iterative learning control."
    found = [(text[c.start : c.end], c.role) for c in matcher.match(text)]
    assert found == [("Iterative Learning Control", Role.METHOD), ("IMM", Role.METHOD)]


def test_catalogue_not_editions_is_read_and_must_be_numbers(tmp_path):
    row = {"name": "OTB-100", "type": "dataset", "aliases": ["OTB2015"], "domain": "cv"}
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({**row, "not_editions": ["2015", "v2"]}) + "\n")
    assert read_catalogue(p).entries[0].not_editions == ("2015", "v2")
    p.write_text(json.dumps({**row, "not_editions": ["OTB2015"]}) + "\n")
    with pytest.raises(CatalogueError, match=r"c\.jsonl:1.*not_editions"):
        read_catalogue(p)


@pytest.mark.parametrize("form, name", [
    ("Polygon-RNN", "Polygon-RNN"), ("MeCab", "MeCab"), ("Babelfy", "Babelfy"), ("Count Sketch", "Count-Sketch"),
    ("LPBoost", "LPBoost"), ("MERF", "MERF"), ("CameraCtrl", "CameraCtrl"), ("CheckLists", "CheckList"),
    ("Lasserre's hierarchy", "Lasserre hierarchy"), ("Normalizing Flows", "Normalizing Flow"),
    ("Masked Autoencoders", "Masked Autoencoder"), ("Difference Target Propagation", "Difference Target Propagation"),
])
def test_catalogue_holds_well_known_method_families(cat, form: str, name: str) -> None:
    # session 22 (meth23): interactive polygon annotation, word segmenters, WSD systems, sketches,
    # boosting, real-time NeRFs, camera-controlled video generation, behavioural testing, credit assignment
    e = cat.lookup(form)
    assert e is not None and e.type == "method" and e.name == name


@pytest.mark.parametrize("form, name, type_", [
    ("English Wikipedia", "English Wikipedia", "dataset"), ("SentEval", "SentEval", "dataset"),
    ("Quasar-T", "Quasar-T", "dataset"), ("First Impressions v2", "First Impressions", "dataset"),
    ("UDIVA v0.5", "UDIVA", "dataset"), ("Washington RGB-D Scenes v2", "Washington RGB-D Scenes", "dataset"),
    ("Level-Based Foraging", "Level-Based Foraging", "dataset"), ("TCGA-BRCA", "TCGA-BRCA", "dataset"),
    ("TCGA-RCC", "TCGA-RCC", "dataset"), ("Who-Did-What", "Who-did-What", "dataset"),
    ("Open Images Dataset v4", "Open Images", "dataset"), ("OIS", "OIS", "metric"),
    ("Word Mover's Distance", "Word Mover's Distance", "metric"), ("JGA", "joint goal accuracy", "metric"),
    ("F2-score", "F2 score", "metric"),
])
def test_catalogue_batch12_names_by_field(cat, form, name, type_):
    entry = cat.lookup(form)
    assert entry is not None and (entry.name, entry.type) == (name, type_)


@pytest.mark.parametrize("form", ["first impressions", "level-based foraging"])
def test_catalogue_batch12_title_case_names_leave_the_lower_case_phrase(cat, form):
    assert cat.lookup(form) is None  # case-sensitive: "first impressions" is an English phrase
