"""Leaderboard hygiene: editions of one dataset node (VOC 2007 / 2012), settings (multi-label) and
metric cut-offs (pass@1 / pass@10) rank apart; results below RANK_CONFIDENCE are kept but not ranked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.graph import build_graph
from kg.leaderboard_variants import cutoff_of, edition_of, setting_of
from kg.model import Extraction, Mention, Paper, Result, Role, Source

CATALOGUE = Path(kg.__file__).parent / "extract" / "data" / "catalogue.jsonl"
VOC = ("PASCAL VOC", "VOC2007", "VOC2012", "VOC 2007", "VOC 2012", "PASCAL VOC 2007", "PASCAL VOC 2012")


@pytest.mark.parametrize(
    "sentence, value, want",
    [
        ("The network gets 81.3% mAP on PASCAL VOC 2007, 80.7% mAP on PASCAL VOC 2012 datasets.", "81.3", "2007"),
        ("The network gets 81.3% mAP on PASCAL VOC 2007, 80.7% mAP on PASCAL VOC 2012 datasets.", "80.7", "2012"),
        ("On VOC07, we get 47.6% mAP.", "47.6", "2007"),
        ("We reach 47.6% mAP on PASCAL VOC.", "47.6", ""),
    ],
)
def test_leaderboard_variants_edition_is_the_one_written_for_the_value(sentence, value, want):
    assert edition_of(sentence, value, VOC) == want


def test_leaderboard_variants_a_dataset_known_in_one_edition_is_not_split():
    assert edition_of("We reach 45.0 mAP on COCO 2017.", "45.0", ("COCO", "COCO 2017", "MS COCO")) == ""


def test_leaderboard_variants_cutoff_and_setting_are_read_as_written():
    s = "It reaches 45.2% pass@1 and 70.1% pass@10 on HumanEval."
    assert (cutoff_of(s, "45.2", "pass@k", ("pass@1",)), cutoff_of(s, "70.1", "pass@k", ("pass@1",))) == ("pass@1", "pass@10")
    assert cutoff_of(s, "45.2", "accuracy", ()) == ""
    assert setting_of("We reach 85.1% mAP on COCO.", "Multi-Label Image Recognition with Graphs") == "multi-label"
    assert setting_of("We reach 45.1% mAP on COCO.", "Faster Detection") == ""
    # perplexity on a corpus for characters is another table than for words
    assert setting_of("It reaches a perplexity of 1.2 on the character language modeling task on Zorb.", "A Cell") == "character-level"
    assert setting_of("Character-level perplexity falls to 1.3 on Zorb.", "A Cell") == "character-level"
    assert setting_of("Word-level perplexity falls from 90.6 to 65.4 on Zorb.", "Deep Cells") == ""


@pytest.mark.parametrize(
    "sentence, title, want",
    [
        # accuracies under attack are no rivals of clean ones (corpus: ImageNet accuracy, CIFAR-10 accuracy)
        ("On ImageNet, under 10-iteration PGD white-box attacks, our method achieves 55.7%.", "Feature Denoising", "under attack"),
        ("We train a classifier with a certified top-1 accuracy of 49% on ImageNet.", "Randomized Smoothing", "under attack"),
        # a robustness paper's clean accuracy keeps its table: the title alone does not move it
        ("It maintains 99.1% accuracy on natural images of MNIST.", "Robustness against Adversarial Attacks", ""),
        # frozen features scored by a linear probe; a linear SVM used as the method is no probe
        ("SCE reaches 72.1% accuracy on the ImageNet linear evaluation protocol.", "Soft Contrastive Learning", "linear probe"),
        ("It attains 93.7% accuracy for linear SVM on ModelNet40.", "A Predictive Architecture", "linear probe"),
        ("With local coordinates in linear SVMs for classification, we reach 1.72% error on MNIST.", "Coding", ""),
        # a self-supervised paper's fine-tuned score stays; learning without labels does not
        ("The pre-trained models achieve 94.04% accuracy on ModelNet40.", "Masked Autoencoders for Self-Supervised Learning", ""),
        ("Our system obtains 15.56 BLEU points in WMT 2014 French-to-English.", "Unsupervised Neural Machine Translation", "unsupervised"),
    ],
)
def test_leaderboard_variants_attack_probe_and_unsupervised_settings(sentence, title, want):
    assert setting_of(sentence, title) == want


def _extraction(n: int, title: str, text: str, value: str, metric: str, dataset: str, confidence: float = 0.8) -> Extraction:
    p = Paper(title=title, abstract=text, source=Source("lbv.jsonl", n), arxiv_id=f"2402.0000{n}")
    i, d = text.index(value), text.index(dataset)
    r = Result(metric, value, float(value), "%", "absolute", dataset, None, True, None, "abstract", i, i + len(value),
               text, "results:absolute:test", confidence, True)
    canonical = "PASCAL VOC" if "VOC" in dataset else None  # as the catalogue resolves the written editions
    return Extraction(p, (Mention(Role.DATASET, dataset, "abstract", d, d + len(dataset), text, "test", 0.9, canonical),), (r,))


def test_leaderboard_variants_split_editions_and_settings_and_skip_unsure_results():
    exs = [
        _extraction(1, "One", "We get 81.3% mAP on VOC2007.", "81.3", "mAP", "VOC2007"),
        _extraction(2, "Two", "We get 78.1% mAP on VOC2012.", "78.1", "mAP", "VOC2012"),
        _extraction(3, "Three", "We get 77.0% mAP on VOC 2007.", "77.0", "mAP", "VOC 2007"),
        _extraction(4, "Multi-label recognition", "We get 90.1% mAP on VOC 2007.", "90.1", "mAP", "VOC 2007"),
        _extraction(5, "Five", "We get 99.0% mAP on VOC 2007.", "99.0", "mAP", "VOC 2007", confidence=0.3),
    ]
    g = kg.KnowledgeGraph(build_graph(exs))
    tables = {(t.dataset, t.edition): [r.value for r in t.rows] for t in g.leaderboard(metric="mAP", min_papers=1)}
    assert tables == {("PASCAL VOC", "2007"): [81.3, 77.0], ("PASCAL VOC", "2012"): [78.1],
                      ("PASCAL VOC", "2007 multi-label"): [90.1]}
    tables = g.leaderboard(metric="mAP", min_papers=1)
    assert "PASCAL VOC 2007 · mAP" in {t.title for t in tables}
    assert all(r.edition == t.edition for t in tables for r in t.rows)
    # the unsure result stays in the graph as evidence
    paper5 = next(d for _, d in g.graph.nodes(data=True) if d.get("label") == "Five")
    assert [r["value"] for r in paper5["results"]] == ["99.0"]


def test_leaderboard_variants_family_node_reads_editions_from_the_catalogue():
    from kg.graph.ids import catalogue_editions
    from kg.model import EntityType

    eds = catalogue_editions(EntityType.DATASET, "PASCAL VOC")
    assert "VOC 2012" in eds and "PASCAL-VOC" not in eds  # a spelling of the family is no edition
    assert catalogue_editions(EntityType.DATASET, "COIL-20") == ()  # "COIL-100" names another set
    sentence = "It improves on the best result on VOC 2012---achieving a mAP of 53.3%."
    assert edition_of(sentence, "53.3", ("PASCAL VOC", *eds)) == "2012"
    assert edition_of(sentence, "53.3", ("PASCAL VOC",)) == ""  # the node alone holds no edition


def test_leaderboard_variants_a_number_that_names_the_node_is_no_edition():
    from kg.graph.ids import catalogue_editions, catalogue_own_numbers
    from kg.model import EntityType

    own = catalogue_own_numbers(EntityType.DATASET, "OTB-100")
    assert set(own) == {"100", "2015"}  # the name's number and its not_editions
    names = ("OTB-100", "OTB2015", *catalogue_editions(EntityType.DATASET, "OTB-100"))
    for sentence in ("We reach 0.70 AUC on OTB2015.", "We reach 0.70 AUC on OTB-100.", "We reach 0.70 AUC."):
        assert edition_of(sentence, "0.70", names, own) == ""  # one table for OTB-100
    assert edition_of("We reach 0.70 AUC on OTB2015.", "0.70", names) == "2015"  # without own: split


def test_leaderboard_variants_an_own_version_that_is_no_year_does_not_break_the_edition_test():
    # ScanNet's own "v2" (a not_editions version) sits beside its written editions: no year to read
    names = ("ScanNet", "ScanNet v2", "ScanNet 2017", "ScanNet 2019")
    assert edition_of("We reach 70.1 mIoU on ScanNet 2019.", "70.1", names, ("v2", "1.1")) == "2019"


def test_leaderboard_variants_a_node_whose_names_carry_only_its_own_numbers_splits_nothing():
    # CUB-200-2011's names carry "200" and "2011", both its own: a sentence naming CUB-2010 beside
    # the value ("35.9% and 57.8% on the CUB-2010 and 2011 sets") keeps the value in the node's table
    from kg.graph.ids import catalogue_own_numbers
    from kg.model import EntityType

    own = catalogue_own_numbers(EntityType.DATASET, "CUB-200-2011")
    names = ("CUB-200-2011", "CUB-200", "CUB-2011")
    sentence = "We reach 35.9% and 57.8% accuracy on the CUB-2010 and 2011 bird datasets."
    assert edition_of(sentence, "57.8", names, own) == ""
    assert edition_of(sentence, "57.8", names) == "2010"  # without own: "200" and "2011" looked like editions


@pytest.mark.parametrize(
    "sentence, title, want",
    [
        # a fraction of the labels (corpus: MSN's 75.1% beside fully supervised ImageNet top-1 scores)
        ("With 1% of ImageNet-1K labels, we achieve 75.1% top-1 accuracy.", "Masked Siamese Networks", "semi-supervised"),
        ("It exceeds 90% accuracy on CIFAR10 using only 4,000 labeled images.", "Improved GAN Training", "semi-supervised"),
        ("We reach 75.1% top-1 accuracy with 24M parameters.", "A Network", ""),
        # a private model's accuracy, labels from web search, a user's clicks
        ("For the privacy budget of (3, 1e-5), our model obtains 98.57% on MNIST.", "DPNAS", "differentially private"),
        ("We reach 63.9% IoU on PASCAL VOC 2012.", "Bootstrapping Webly Supervised Semantic Segmentation", "weakly supervised"),
        ("ScribbleBox reaches 88.92% J&F on DAVIS2017.", "ScribbleBox: Interactive Annotation Framework", "interactive"),
    ],
)
def test_leaderboard_variants_label_fraction_privacy_webly_and_interactive_settings(sentence, title, want):
    assert setting_of(sentence, title) == want


def test_leaderboard_variants_accuracies_under_attack_rank_in_no_table():
    exs = [
        _extraction(1, "One", "We get 81.3% mAP on VOC2007.", "81.3", "mAP", "VOC2007"),
        _extraction(2, "Defense", "Under PGD attacks we keep 55.7% mAP on VOC2007.", "55.7", "mAP", "VOC2007"),
        _extraction(3, "Three", "We get 77.0% mAP on VOC 2007.", "77.0", "mAP", "VOC 2007"),
    ]
    g = kg.KnowledgeGraph(build_graph(exs))
    assert [[r.value for r in t.rows] for t in g.leaderboard(metric="mAP", min_papers=1)] == [[81.3, 77.0]]
    paper2 = next(d for _, d in g.graph.nodes(data=True) if d.get("label") == "Defense")
    assert [r["value"] for r in paper2["results"]] == ["55.7"]  # kept as evidence


def _imagenet() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from kg.graph.ids import catalogue_editions, catalogue_own_numbers
    from kg.model import EntityType

    e = next(json.loads(line) for line in open(CATALOGUE) if '"name": "ImageNet"' in line)
    names = ("ImageNet", *e["aliases"], *catalogue_editions(EntityType.DATASET, "ImageNet"))
    return names, catalogue_own_numbers(EntityType.DATASET, "ImageNet")


@pytest.mark.parametrize(
    "sentence, value, want",
    [
        # ILSVRC-2012 is the set "ImageNet" names (catalogue not_editions): one table with "ImageNet", "ImageNet-1K"
        ("BiT achieves 87.5% top-1 accuracy on ILSVRC-2012, 99.4% on CIFAR-10.", "87.5", ""),
        ("On ImageNet ILSVRC 2012, the pruned ResNet-50 achieves 10.88% Top-5 error.", "10.88", ""),
        # ILSVRC-2010's test set is another: its own table still
        ("Our network reaches a top-5 error of 17.0% on the ILSVRC-2010 test set.", "17.0", "2010"),
        # a pre-training set named beside the value is no edition ("ImageNet-21K" is not "ImageNet 2021")
        ("Without extra data, it attains 86.5% ImageNet-1K top-1 accuracy; with ImageNet-21K pre-training, 88.7%.", "86.5", ""),
        ("It achieves 84.8% top-1 accuracy on ImageNet-1k, comparable to Swin-B pretrained on ImageNet-21k.", "84.8", ""),
    ],
)
def test_leaderboard_variants_imagenet_editions(sentence, value, want):
    names, own = _imagenet()
    assert edition_of(sentence, value, names, own) == want


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Our semi-supervised model keeps 61.3% accuracy on CIFAR-10 under PGD attack.", "Robust Learning"),
        ("It reaches 96.9% attack success rate on HarmBench.", "Few-Shot Jailbreaking"),
    ],
)
def test_leaderboard_variants_under_attack_wins_over_other_settings(sentence, title):
    # an accuracy under attack never ranks beside clean ones, whatever other setting the sentence or title states
    assert setting_of(sentence, title) == "under attack"


def test_leaderboard_variants_metric_spellings_meet():
    from kg.extract.result_metrics import metric_name

    assert metric_name("top-1 validation accuracy") == metric_name("Top-1 accuracy") == "top-1 accuracy"
    assert metric_name("top-5 test error") == metric_name("top-5 validation error") == "top-5 error"
    assert metric_name("phone error rate") == metric_name("phoneme error rate") == "PER"


def test_leaderboard_variants_cider_in_percent_ranks_with_unitless_cider():
    def ex(n, text, value, unit):
        p = Paper(title=f"Captioner {n}", abstract=text, source=Source("lbc.jsonl", n), arxiv_id=f"2403.0000{n}")
        i, d = text.index(value), text.index("MS COCO")
        r = Result("CIDEr", value, float(value), unit, "absolute", "MS COCO", None, True, None, "abstract", i, i + len(value),
                   text, "results:absolute:test", 0.8, True)
        return Extraction(p, (Mention(Role.DATASET, "MS COCO", "abstract", d, d + len("MS COCO"), text, "test", 0.9, "COCO"),), (r,))

    exs = [ex(1, "We reach 129.8 CIDEr-D on MS COCO.", "129.8", ""), ex(2, "We reach 133.4% CIDEr-D on MS COCO.", "133.4", "%")]
    tables = kg.KnowledgeGraph(build_graph(exs)).leaderboard(metric="CIDEr", min_papers=1)
    assert [[r.value for r in t.rows] for t in tables] == [[133.4, 129.8]]


def test_leaderboard_variants_imagenet_2012_is_the_imagenet_node():
    # "ImageNet 2012" (7 corpus abstracts) was a node of its own beside ImageNet's "ILSVRC 2012"
    from kg.graph.ids import node_name
    from kg.model import EntityType

    assert {node_name(EntityType.DATASET, n) for n in ("ImageNet 2012", "ImageNet-2012", "ILSVRC 2012")} == {"ImageNet"}


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("We present a model for real-time instance segmentation that achieves 29.8 mAP on MS COCO at 33.5 fps.", "instance segmentation"),
        ("DANCE achieves 38.1% mAP on COCO and outperforms all other contour-based instance segmentation models.", "instance segmentation"),
        # a sentence on detection too keeps its box scores where they were
        ("It achieves 49.2% AP^b and 44.0% AP^m of object detection and instance segmentation on COCO.", ""),
        ("We achieve 43.1% mAP on the COCO dataset.", ""),
    ],
)
def test_leaderboard_variants_instance_segmentation_scores_rank_apart(sentence, want):
    assert setting_of(sentence, "A Model") == want


@pytest.mark.parametrize(
    "sentence, title, want",
    [
        ("TA3N reaches 81.8% on HMDB --> UCF.", "Temporal Attentive Alignment for Large-Scale Video Domain Adaptation", "domain adaptation"),
        ("Our framework achieves 34.7% in mAP on PRW.", "Domain Adaptive Person Search", "domain adaptation"),
        ("Our framework achieves 34.7% in mAP on PRW.", "Person Search with Adaptive Anchors", ""),
    ],
)
def test_leaderboard_variants_domain_adaptation_ranks_apart(sentence, title, want):
    assert setting_of(sentence, title) == want


@pytest.mark.parametrize(
    "sentence, title, want",
    [
        ("Student networks achieve 92.22% accuracy without any training data on CIFAR-10.", "Learning of Student Networks", "data-free"),
        ("Our student network obtains an 80.56% accuracy on CelebA.", "Data-Free Learning of Student Networks", "data-free"),
        ("Our student network obtains an 80.56% accuracy on CelebA.", "Learning of Student Networks", ""),
    ],
)
def test_leaderboard_variants_data_free_ranks_apart(sentence, title, want):
    assert setting_of(sentence, title) == want
