"""Result tuples from the error classes a strict hand audit of corpus abstracts outside every gold
set showed (session 9, judged as the results gold files judge): a metric heading its own value
after another value, lists in abstracts that lost their commas, a compared system spelling a
metric, a task heading its result in parentheses, unknown set names, margins read as scores,
requirements, the own method's written name, sets borrowed by values of other data, rates as
metrics and metrics sharing one value. The sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.dataset, r.metric, r.value, r.kind) for r in results_of(text, named, proposed)]


@pytest.mark.parametrize("text, expected", [
    ("On BarLane FooLane reaches F1-score of 89.51 Recall of 87.50 and Precision of 91.61.",
     [("F1-score", "89.51"), ("Recall", "87.50"), ("Precision", "91.61")]),
    ("FooMark reaches state-of-the-art imperceptibility (PSNR 51 SSIM 0.998) on BarMark.", [("PSNR", "51"), ("SSIM", "0.998")]),
])
def test_results_audit9_a_metric_heading_its_own_value_is_not_the_value_before(text, expected):
    rows = _rows(text, [("FooLane", P), ("FooMark", P), ("PSNR", X), ("SSIM", X), ("BarLane", D), ("BarMark", D)], "Foo")
    assert [(r[2], r[3]) for r in rows] == expected


@pytest.mark.parametrize("text", [
    "Our model yields gains achieving +4.18 AP50 +4.59 AP50 and +4.99 AP50 on BarA-v2 BarB-v1 and BarC-R respectively.",
    "FooNet surpasses the next-best approach by 4.18% 4.59% and 4.99% in accuracy on BarA-v2 BarB-v1 and BarC-R respectively.",
    "Our model yields gains achieving +4.18 AP50, +4.59 AP50 and +4.99 AP50 on BarA-v2, BarB-v1 and BarC-R, respectively.",
])
def test_results_audit9_a_list_written_without_commas_pairs_in_order(text):
    rows = _rows(text, [("FooNet", P), ("AP50", X), ("BarA-v2", D), ("BarB-v1", D), ("BarC-R", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("BarA-v2", "4.18"), ("BarB-v1", "4.59"), ("BarC-R", "4.99")]


def test_results_audit9_bare_numbers_side_by_side_stay_a_lost_range_where_commas_are_written():
    assert _rows("Our method improves BLEU by 0.51 1.82 points over the baseline, on BarMT.", [("BarMT", D)], "Foo") == []


def test_results_audit9_a_compared_system_spelling_a_metric_is_no_metric():
    text = "On BarCOCO FooMIM outperforms MAE by 0.5 APbox. It also outperforms MAE by 0.2% on semantic segmentation."
    rows = _rows(text, [("FooMIM", P), ("MAE", X), ("APbox", X), ("BarCOCO", D)], "FooMIM")
    assert [(r[2], r[3]) for r in rows] == [("APbox", "0.5")]


@pytest.mark.parametrize("text, expected", [
    ("Our model reaches state-of-the-art results on tasks including object detection (52.8 AP on BarCOCO) and semantic segmentation "
     "(53.1 mIoU on BarADE).", [("(proposed)", "52.8"), ("(proposed)", "53.1")]),
    ("FooTrack outperforms BarTrack by 7.6% on BarVOT while being 3x faster (100 FPS) on a CPU.", [("FooTrack", "100")]),
    ("FooDet reaches 86.9% accuracy. It outperforms existing detectors (77.9%).", [("FooDet", "86.9"), ("existing detectors", "77.9")]),
])
def test_results_audit9_only_a_compared_system_takes_the_value_in_parentheses_after_it(text, expected):
    rows = _rows(text, [("FooTrack", P), ("FooDet", P), ("BarTrack", M), ("AP", X), ("mIoU", X), ("FPS", X), ("BarCOCO", D), ("BarADE", D),
                        ("BarVOT", D)], None)
    assert [(r[0], r[3]) for r in rows] == expected


@pytest.mark.parametrize("text, dataset", [
    ("The results show state-of-the-art results on the structurally diverse FBLane achieving F1-score of 89.51.", "FBLane"),
    ("Evaluation results using the open-access gait dataset FooGait1K show that our method achieves an accuracy of 93.1%.", "FooGait1K"),
])
def test_results_audit9_the_one_unknown_set_a_sentence_names_is_its_values_set(text, dataset):
    assert [r[1] for r in _rows(text, [], "Foo")] == [dataset]


@pytest.mark.parametrize("text", [
    "Our method outperforms existing methods by significant margins of 4.8% mAP 5.4% AP50 and 3.9% mIoU on the unseen categories.",
    "FooAug improves segmentation over comparable methods by an average absolute IoU of 1.6% on BarA and 1.5% on BarB.",
])
def test_results_audit9_margins_are_improvements(text):
    rows = _rows(text, [("FooAug", P), ("mAP", X), ("AP50", X), ("mIoU", X), ("IoU", X), ("BarA", D), ("BarB", D)], "FooAug")
    assert len(rows) >= 2 and {r[4] for r in rows} == {"improvement"}


@pytest.mark.parametrize("text", [
    "Certain critical tasks such as detecting debris require 100% recall and near-perfect precision.",
    "With two training samples our method outperforms the majority baseline by more than an absolute 10% on the F1-Macro metric.",
])
def test_results_audit9_requirements_and_hedged_margins_are_no_scores(text):
    assert _rows(text, [("F1-Macro", X)], "Foo") == []


def test_results_audit9_the_own_method_written_after_our_method_is_credited():
    rows = _rows("Experiments show that our method FooFormer outperforms previous approaches by 2% mIoU for map segmentation.", [("mIoU", X)])
    assert [(r[0], r[3]) for r in rows] == [("FooFormer", "2")]


@pytest.mark.parametrize("text, dataset", [
    ("For anomaly detection on BarSet it yields a large improvement. On a real anomaly detection task, the approach reduces the error "
     "from 6.8% to 1.5%.", None),
    ("We have evaluated this approach on BarSet and achieve 96.1% accuracy. We show that on a per-digit recognition task, we "
     "improve upon the state-of-the-art and achieve 97.84% accuracy.", "BarSet"),
])
def test_results_audit9_a_sentence_borrows_the_set_named_before_unless_its_values_are_on_other_data(text, dataset):
    rows = _rows(text, [("BarSet", D)], "Foo")
    assert rows and rows[-1][1] == dataset


def test_results_audit9_recognition_rates_are_metrics_and_compression_rates_are_not():
    text = "We achieve 90.29% / 88.23% segmentation accuracy and 65.52% / 63.89% recognition rate on the BarA and the BarB datasets, respectively."
    rows = _rows(text, [("BarA", D), ("BarB", D), ("segmentation accuracy", X)], "Foo")
    assert [(r[1], r[2], r[3]) for r in rows] == [("BarA", "segmentation accuracy", "90.29"), ("BarB", "segmentation accuracy", "88.23"),
                                                  ("BarA", "recognition rate", "65.52"), ("BarB", "recognition rate", "63.89")]
    assert _rows("The compression rate of FooZip is 45% on BarSet.", [("BarSet", D)], "FooZip") == []


def test_results_audit9_metrics_coordinated_before_one_value_share_it():
    rows = _rows("We improve accuracy and F score by 10% by identifying high-level contexts.", [], "FooNet")
    assert sorted((r[2], r[3], r[4]) for r in rows) == [("F score", "10", "improvement"), ("accuracy", "10", "improvement")]


@pytest.mark.parametrize("text, metric, value", [
    ("Compared with the best previous result on BarFace, the error rate has been significantly reduced by 67%.", "error rate", "67"),
    ("We are able to increase recall@1 performances by 2.15% on the cross-weather scenario.", "recall@1", "2.15"),
])
def test_results_audit9_a_metric_changed_by_a_value_through_an_auxiliary_or_performance_word(text, metric, value):
    rows = _rows(text, [("recall@1", X), ("BarFace", D)], "FooNet")
    assert [(r[2], r[3], r[4]) for r in rows] == [(metric, value, "improvement")]
