"""Result tuples from phrasings the first rules missed or misread: metric names written around
a mentioned metric, bare top-k, long forms before an acronym, changes "from A to B", numbers
inside names, and who a comparison credits. The sentences are made up in the shapes abstracts use."""

from __future__ import annotations

import pytest

from kg.extract.results import higher_is_better, metric_name, percent_scale
from kg.model import Mention, Role
from results_support import results_of, sentences


def _results(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.dataset, r.metric, r.value, r.unit, r.kind) for r in results_of(text, named, proposed)]


D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_mean_before_a_metric_names_its_mean_form():
    rows = _results("FooSeg reaches 71.4% Mean IOU on Cityscapes.", [("FooSeg", P), ("IOU", X), ("Cityscapes", D)], "FooSeg")
    assert rows == [("FooSeg", "Cityscapes", "Mean IOU", "71.4", "%", "absolute")]
    assert metric_name("Mean IOU") == "mIoU"


def test_results_mean_stays_out_of_a_metric_without_a_mean_form():
    # "mean PSNR" is no other measure than PSNR: the data file names no pair, the metric stays PSNR
    rows = _results("FooNet obtains a mean PSNR of 31.2 dB on Set5.", [("FooNet", P), ("PSNR", X), ("Set5", D)], "FooNet")
    assert [r[2] for r in rows] == ["PSNR"]


def test_results_generic_head_after_a_named_metric_keeps_the_named_metric():
    rows = _results("BarNet yields a record mIoU accuracy 85.4% on PASCAL VOC.", [("BarNet", M), ("mIoU", X), ("PASCAL VOC", D)])
    assert rows == [("BarNet", "PASCAL VOC", "mIoU", "85.4", "%", "absolute")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("FooNet achieves an accuracy of 82.7% top-1 and 96.2% top-5 on ImageNet.",
         [("top-1 accuracy", "82.7"), ("top-5 accuracy", "96.2")]),
        ("FooNet achieves 80.1% top-1 on ImageNet.", [("top-1 accuracy", "80.1")]),
        ("FooNet lowers the error to 19.4% top-1 on ImageNet.", [("top-1 error", "19.4")]),
    ],
)
def test_results_bare_top_k_is_accuracy_or_error_by_the_sentence(text, want):
    rows = _results(text, [("FooNet", P), ("ImageNet", D)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == want


def test_results_bare_top_k_in_a_sentence_of_both_accuracy_and_error_is_no_metric():
    assert _results("FooNet cuts the error and lifts accuracy to 80.1% top-1 on ImageNet.", [("FooNet", P), ("ImageNet", D)], "FooNet") == []


def test_results_plural_errors_name_the_error_metric():
    rows = _results("We achieve 19.4% and 2.26% top-1 errors on ImageNet-1K and CIFAR-10, respectively.",
                    [("ImageNet-1K", D), ("CIFAR-10", D)], "FooNet")
    assert rows == [("FooNet", "ImageNet-1K", "top-1 error", "19.4", "%", "absolute"),
                    ("FooNet", "CIFAR-10", "top-1 error", "2.26", "%", "absolute")]


def test_results_long_form_between_value_and_acronym():
    rows = _results("On the Sintel benchmark, FlowNet9 achieves 1.14 and 2.18 average end-point-error (AEPE) on the clean and final pass.",
                    [("Sintel", D), ("FlowNet9", P), ("AEPE", X)], "FlowNet9")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("FlowNet9", "Sintel", "AEPE", "1.14"), ("FlowNet9", "Sintel", "AEPE", "2.18")]


def test_results_long_form_gap_never_crosses_a_preposition():
    # "on Foo (AEPE ...)": the words before the parenthesis are no long form of the metric
    assert _results("FooNet reaches 1.14 on the Sintel clean (AEPE) pass.", [("FooNet", P), ("Sintel", D), ("AEPE", X)], "FooNet") == []


def test_results_change_of_a_named_baseline_credits_the_paper_and_shares_the_metric():
    text = ("Specifically, it reduces the error rate of the 13-layer CNN from 16.84% to 12.39% on CIFAR-10 with 1k labels "
            "and from 34.10% to 31.56% on CIFAR-100 with 10k labels.")
    rows = _results(text, [("CNN", M), ("CIFAR-10", D), ("CIFAR-100", D)], "Duo")
    assert rows == [("Duo", "CIFAR-10", "error rate", "12.39", "%", "absolute"),
                    ("Duo", "CIFAR-100", "error rate", "31.56", "%", "absolute")]


def test_results_change_from_previous_value_ends_at_the_score():
    rows = _results("On MNIST with 20 labels, the error rate is reduced from previous 4.81% to 1.36%.", [("MNIST", D)], "Foo")
    assert [(r[2], r[3], r[5]) for r in rows] == [("error rate", "1.36", "absolute")]


def test_results_numbers_inside_dataset_names_are_no_values():
    text = "Our method achieves 56.93%, 60.73%, and 58.04% joint accuracy on MultiWOZ 2.0, MultiWOZ 2.1, and MultiWOZ 2.2 datasets respectively."
    rows = _results(text, [("MultiWOZ 2.0", D), ("MultiWOZ 2.1", D), ("MultiWOZ 2.2", D)], "Foo")
    assert [(r[1], r[2], r[3]) for r in rows] == [("MultiWOZ 2.0", "joint accuracy", "56.93"), ("MultiWOZ 2.1", "joint accuracy", "60.73"),
                                                   ("MultiWOZ 2.2", "joint accuracy", "58.04")]


def test_results_execution_accuracy_levels_of():
    rows = _results("Our method achieves execution accuracy levels of 82.1% and 58.9% on Spider and BIRD, respectively.",
                    [("Spider", D), ("BIRD", D)], "Foo")
    assert [(r[1], r[2], r[3]) for r in rows] == [("Spider", "execution accuracy", "82.1"), ("BIRD", "execution accuracy", "58.9")]


def test_results_method_in_parentheses_after_compared_to_is_the_baseline():
    text = "Our model does not degrade compared to single-question based MRC (SQ-MRC) (Smith et al., 2019) leading to F1 gain of +0.41% on AE-Pub."
    rows = _results(text, [("SQ-MRC", M), ("F1", X), ("AE-Pub", D)], "MQ-MRC")
    assert [(r[0], r[5]) for r in rows] == [("MQ-MRC", "improvement")]


def test_results_named_example_of_a_compared_family_is_no_subject():
    text = "Sparse classifiers show a gain over linear methods, such as Gaussian Naive Bayes and SVM, allowing to reach 86% accuracy."
    rows = _results(text, [("Naive Bayes", M), ("SVM", M)], None)
    assert [r[0] for r in rows] != ["Naive Bayes"] and [r[0] for r in rows] != ["SVM"]


def test_results_second_model_improved_by_the_same_verb_is_a_baseline():
    text = "With integer models, we increase the accuracy of ResNet-18 on ImageNet by 1.3% points and ResNet-50 by 0.90% points."
    rows = _results(text, [("ResNet-18", M), ("ResNet-50", M), ("ImageNet", D)], "QSearch")
    assert [(r[0], r[3], r[5]) for r in rows] == [("QSearch", "1.3", "improvement"), ("QSearch", "0.90", "improvement")]


@pytest.mark.parametrize("written, name", [("mIoUs", "mIoU"), ("execution accuracies", "execution accuracy"),
                                            ("accuracies", "accuracy"), ("FIDs", "FID"), ("Hits", "Hits")])
def test_results_metric_name_reads_plurals_of_known_metrics(written, name):
    assert metric_name(written) == name


def test_results_metric_direction_entries_match_whole_names_only():
    # every entry of the data file is guarded on both sides: "mious" is no "miou", "fids" no "fid"
    assert higher_is_better("mIoUs") is None and higher_is_better("FIDs") is None
    assert higher_is_better("mIoU") is True and higher_is_better("FID") is False


def test_results_verification_accuracy_ranks_with_accuracy():
    rows = _results("A verification accuracy of 97.45% on LFW is achieved by FaceNet9.", [("LFW", D), ("FaceNet9", P)], "FaceNet9")
    assert [(r[1], r[2], r[3]) for r in rows] == [("LFW", "accuracy", "97.45")]


def test_results_metric_on_a_versioned_dataset_improved_from_to():
    rows = _results("In particular, the average mAP on ActivityNet v1.2 is significantly improved from 18.0% to 22.4%.",
                    [("mAP", X), ("ActivityNet v1.2", D)], "Foo")
    assert rows == [("Foo", "ActivityNet v1.2", "mAP", "22.4", "%", "absolute")]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("FooNet achieves mean absolute errors of 1.86 and 2.28 at sentence and text levels.", "mean absolute error"),
        ("FooNet reaches a localization error of 4.1 on KITTI.", "localization error"),
        ("FooNet reaches an average error of 2.3 on KITTI.", "average error"),
        ("FooNet reaches a median error of 0.21 on KITTI.", "median error"),  # (a distance: no percentage)
    ],
)
def test_results_qualified_error_is_its_own_measure_not_the_error_rate(text, metric):
    rows = _results(text, [("FooNet", P), ("KITTI", D)], "FooNet")
    assert rows and {r[2] for r in rows} == {metric}
    assert metric_name(metric) == metric and not percent_scale(metric)


def test_results_plain_error_still_names_the_error_rate():
    rows = _results("FooNet reaches a test error of 3.1% on CIFAR-10.", [("FooNet", P), ("CIFAR-10", D)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == [("error", "3.1")] and metric_name("error") == "error rate"


def test_results_values_ranging_from_to_are_a_range_not_a_change():
    assert _results("FooNet reaches an accuracy ranging from 87.0% to 99.3% on four datasets.", [("FooNet", P)], "FooNet") == []


def test_results_baseline_value_after_compared_to_eg_possessive_is_unattributed():
    rows = _results("AgentX reaches an overall accuracy of 65.8% (compared to e.g., Operator’s 23.4%).", [("AgentX", P)], "AgentX")
    assert ("AgentX", "65.8") in [(r[0], r[3]) for r in rows] and ("AgentX", "23.4") not in [(r[0], r[3]) for r in rows]


def test_results_random_chance_value_after_only_is_no_score_of_the_paper():
    rows = _results("FooNet reaches 91% accuracy where the random success rate is only 3%.", [("FooNet", P)], "FooNet")
    assert (None, "3") in [(r[0], r[3]) for r in rows] and ("FooNet", "3") not in [(r[0], r[3]) for r in rows]


@pytest.mark.parametrize("text, kind", [
    ("FooNet achieves an average success rate of 67.8% over eight tasks on RLBench.", "absolute"),
    ("FooNet achieves a success rate 6.8% over BarNet on RLBench.", "improvement"),
])
def test_results_over_a_count_is_an_average_over_a_baseline_a_margin(text, kind):
    rows = _results(text, [("FooNet", P), ("BarNet", M), ("RLBench", D)], "FooNet")
    assert [r[5] for r in rows] == [kind]


@pytest.mark.parametrize(
    "text, named, method",
    [
        ("Specifically, RetinaNet with ResNet50 achieves 40.4% mAP on COCO.", [("RetinaNet", M), ("ResNet50", M), ("COCO", D), ("mAP", X)], "RetinaNet"),
        ("Specifically, with VGG-16 as backbone, the network gets 81.3% mAP on PASCAL VOC.", [("VGG-16", M), ("PASCAL VOC", D), ("mAP", X)], "Det9"),
    ],
)
def test_results_backbone_after_with_is_not_the_credited_method(text, named, method):
    assert [r[0] for r in _results(text, named, "Det9")] == [method]


def test_results_gain_written_in_latex_math_is_an_improvement():
    rows = _results("The largest gain was an attention model improving by $0.20$ AUROC on ADLs.", [("AUROC", X), ("ADLs", D)], "Foo")
    assert [(r[3], r[5]) for r in rows] == [("0.20", "improvement")]


def test_results_dataset_like_set_is_not_the_dataset():
    rows = _results("It achieved 50.6% classification accuracy on a secret, ImageNet-like test dataset.", [("ImageNet", D)], "Foo")
    assert [r[1] for r in rows] in ([], [None])


def test_results_hedge_heading_a_list_speaks_for_its_later_members():
    text = "The scheduler brings improvements in quality, reaching up to 27% in FID for generation and 3% in test accuracy for adaptation."
    assert _results(text, [("FID", X)], "Foo") == []


def test_results_later_member_of_a_hedged_margin_is_no_absolute_score():
    text = "We improve over the BarNet backbone by more than 4% in terms of MF and 18.61% in terms of AP."
    rows = _results(text, [("BarNet", M), ("AP", X)], "Foo")
    assert all(r[5] == "improvement" for r in rows)


def test_results_improvement_carries_past_a_through_clause():
    text = "A weak translator can improve by 4.9 BLEU through pre-training, and 5.5 BLEU points with added data."
    assert [(r[3], r[5]) for r in _results(text, [("BLEU", X)], "Foo")] == [("4.9", "improvement"), ("5.5", "improvement")]


def test_results_two_bare_numbers_side_by_side_are_a_lost_range():
    assert _results("Distillation outperforms BarNet by 0.51 1.82 BLEU points.", [("BarNet", M), ("BLEU", X)], "Foo") == []


def test_results_up_to_an_article_is_a_hedge():
    assert _results("The best model only yields up to a 32.60 exact match score.", [], "Foo") == []


def test_results_metric_on_a_set_reaches_a_value():
    text = "The model lifts word accuracy, and the BLEU-4 on SQuAD reaches 17.52, the BLEU-4 on HotpotQA reaches 19.31."
    rows = _results(text, [("BLEU-4", X), ("SQuAD", D), ("HotpotQA", D)], "QG9")
    assert rows == [("QG9", "SQuAD", "BLEU-4", "17.52", "", "absolute"), ("QG9", "HotpotQA", "BLEU-4", "19.31", "", "absolute")]


def test_results_metric_on_a_set_gap_holds_no_other_number():
    assert _results("The accuracy on the 5 rarest classes is 30% for FooNet.", [("FooNet", P)], "FooNet") == []


def test_results_f05_score_is_a_metric():
    rows = _results("Our best ensemble reaches an F0.5 score of 76.05 on BEA-2019.", [("BEA-2019", D)], "GEC9")
    assert [(r[1], r[2], r[3]) for r in rows] == [("BEA-2019", "F0.5 score", "76.05")]


def test_results_these_tasks_are_the_sets_an_earlier_sentence_named():
    text = ("With coupled nets we obtain error rates of 2.92% and 15.68% respectively on CIFAR-10 and CIFAR-100. "
            "For the same budget, BaseNet has an error rate of 3.46% and 17.18% respectively. "
            "With ensembles of coupled nets, we obtain error rates of 2.72% and 15.13% respectively on these tasks.")
    rows = _results(text, [("CIFAR-10", D), ("CIFAR-100", D), ("BaseNet", M)], "CoupledNet")
    assert [(r[1], r[3]) for r in rows][-2:] == [("CIFAR-10", "2.72"), ("CIFAR-100", "15.13")]


def test_results_localization_error_rate_is_not_the_error_rate():
    text = "In particular, the Top-1 localization error rate on the ILSVRC dataset is 45.14%, which is the new state of the art."
    rows = _results(text, [("ILSVRC", D)], "Loc9")
    assert rows == [("Loc9", "ILSVRC", "Top-1 localization error rate", "45.14", "%", "absolute")]
    assert metric_name("Top-1 localization error rate") != "error rate" and metric_name("mean error rate") != "mean absolute error"


def test_results_split_word_between_top_k_and_error_is_dropped():
    text = "Compared to BaseNet, it reduces the top-5 validation error on single crops from 4.9% to 4.25% on ImageNet."
    rows = _results(text, [("BaseNet", M), ("ImageNet", D)], "Poly9")
    # (the start is the score of the baseline compared before the change: README, "from A to B")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("Poly9", "ImageNet", "top-5 error", "4.25"), ("BaseNet", "ImageNet", "top-5 error", "4.9")]


def test_results_model_whose_score_we_raise_is_the_baseline():
    rows = _results("For example, we raise ResNet-50's top-1 accuracy from 75.3% to 79.29% on ImageNet.",
                    [("ResNet-50", M), ("ImageNet", D)], "Tricks")
    # the end is the paper's; the start is the raised model's own score (session 16: changed_object)
    assert [(r[0], r[3]) for r in rows] == [("Tricks", "79.29"), ("ResNet-50", "75.3")]


def test_results_set_the_classes_are_not_in_is_not_the_dataset():
    rows = _results("On the 156 classes not in COCO, YOLO9 gets 16.0 mAP.", [("COCO", D), ("YOLO9", P), ("mAP", X)], "YOLO9")
    assert [(r[1], r[3]) for r in rows] in ([], [(None, "16.0")])


@pytest.mark.parametrize(
    "abstract, name",
    [
        ('We refer to this branched architecture as "coupled ensembles". It works.', "coupled ensembles"),
        ("We term this approach as “multi-label subspace ensemble (MSE)”.", "MSE"),
        ('We call it an "UberNet".', "UberNet"),
        ('Such inputs, which we call "fooling images", exist.', None),
        ('We refer to these networks as "layer-wise".', None),
    ],
)
def test_results_own_name_from_a_quoted_name_when_no_proposed_mention(abstract, name):
    from kg.extract.result_credit import proposed_name

    assert proposed_name([], abstract) == name


def test_results_quoted_own_name_is_credited_for_our_results():
    from kg.extract.results import paper_results

    abstract = 'We refer to this branched architecture as "coupled ensembles". We obtain an error rate of 2.92% on CIFAR-10.'
    i = abstract.index("CIFAR-10")
    mentions = [Mention(D, "CIFAR-10", "abstract", i, i + 8, "", "test", 1.0)]
    rows = paper_results("A title", abstract, mentions, sentences={"title": [(0, 7)], "abstract": sentences(abstract)})
    assert [(r.method, r.proposed, r.value) for r in rows] == [("coupled ensembles", True, "2.92")]


@pytest.mark.parametrize("text", [
    "FooQA improves accuracy by 25--45 percentage points on temporal questions.",
    "The doctor improves the accuracy of 16 classifiers by 1%~5%.",
])
def test_results_ranges_written_with_double_dash_or_tilde_are_no_values(text):
    assert _results(text, [], "Foo") == []


def test_results_sentence_naming_an_unknown_benchmark_borrows_no_dataset():
    text = "Experiments are run on AffNIST. Similarly on the GMU detection benchmark, we report a boost of 3.5% in mAP over the baseline."
    assert [r[1] for r in _results(text, [("AffNIST", D), ("mAP", X)], "Foo")] == ["GMU"]


def test_results_parenthesised_value_after_a_long_aside_is_no_aside():
    text = "MAGiC improves on SNARE with a relative error reduction of 12.9% (representing an absolute improvement of 2.7%)."
    assert [r[3] for r in _results(text, [("SNARE", D), ("MAGiC", P)], "MAGiC")] == ["12.9"]


def test_results_metric_followed_by_scores_of_is_no_written_subject():
    text = "Our method brings improvements, achieving the BLEU scores of 22.5, 28.0 and 18.1 respectively."
    assert {r[0] for r in _results(text, [("BLEU", M), ("BLEU", X)], "Foo")} == {"Foo"}


def test_results_cited_work_is_not_the_papers_own_score():
    text = "The task was addressed by (Leal et al., 2018), who set up the first dataset, reaching 87.8% of accuracy with features."
    assert [r[0] for r in _results(text, [], "Foo")] == [None]


def test_results_value_with_a_leading_dot_is_a_value():
    rows = _results("Further, we achieve a weighted AUROC of .673 in predicting exercise.", [], "Foo")
    assert [(r[2], r[3]) for r in rows] == [("weighted AUROC", ".673")]


def test_results_area_under_curve_acronyms_are_metrics():
    text = "FlowAD outperforms previous methods by 1.12% AUROC and 2.5% AUPRO in localization on MVTec."
    rows = _results(text, [("FlowAD", P), ("MVTec", D)], "FlowAD")
    assert [(r[2], r[3], r[5]) for r in rows] == [("AUROC", "1.12", "improvement"), ("AUPRO", "2.5", "improvement")]


def test_results_percent_value_after_a_speed_does_not_inherit_the_speed():
    text = "On ImageNet VID, the method can achieve a competitive mAP 79.6% at 20 fps, or 79.0% at 62 fps as a tradeoff."
    rows = _results(text, [("ImageNet VID", D), ("mAP", X), ("fps", X)], "Foo")
    assert ("fps", "79.0") not in [(r[2], r[3]) for r in rows] and ("mAP", "79.6") in [(r[2], r[3]) for r in rows]


def test_results_one_set_in_two_years_pairs_a_respectively_list():
    text = "Combined with other advances, OHEM9 leads to results of 78.9% and 76.3% mAP on PASCAL VOC 2007 and 2012 respectively."
    rows = _results(text, [("OHEM9", P), ("PASCAL VOC 2007", D), ("mAP", X)], "OHEM9")
    assert [(r[1], r[3]) for r in rows] == [("PASCAL VOC 2007", "78.9"), ("PASCAL VOC 2007", "76.3")]


def test_results_list_with_long_form_metric_before_on_one_set():
    text = "The approach achieves 55.0% and 55.7% mean Intersection-over-Union (mIoU) scores on PASCAL VOC 2012 val and test sets."
    rows = _results(text, [("mIoU", X), ("PASCAL VOC 2012", D)], "Seg9")
    assert [(r[1], r[2], r[3]) for r in rows] == [("PASCAL VOC 2012", "mIoU", "55.0"), ("PASCAL VOC 2012", "mIoU", "55.7")]


def test_results_respectively_list_takes_the_sets_of_an_earlier_sentence_of_its_size():
    text = ("BaseA and BaseB gain 0.38% and 0.54% in accuracy on the ImageNet and CIFAR-10 datasets respectively. "
            "Coding the maps lowers the memory cost. "
            "Their maps are compressed by 6x with an increase in accuracy of 0.36% and 0.55% respectively.")
    rows = _results(text, [("ImageNet", D), ("CIFAR-10", D)], "Comp9")
    assert [(r[1], r[3]) for r in rows][-2:] == [("ImageNet", "0.36"), ("CIFAR-10", "0.55")]


def test_results_respectively_list_of_another_size_takes_no_earlier_sets():
    text = ("We test on ImageNet and CIFAR-10. Coding the maps lowers the memory cost. "
            "The maps shrink by 6x with an increase in accuracy of 0.36%, 0.2% and 0.55% respectively.")
    assert {r[1] for r in _results(text, [("ImageNet", D), ("CIFAR-10", D)], "Comp9")} == {None}


def test_results_set_before_the_parenthesis_wins_over_a_later_set():
    text = "Besides, our method achieves state-of-the-art BERT-based performance on PTB (95.92 F1) and strong performance on CTB (92.31 F1)."
    rows = _results(text, [("BERT", M), ("PTB", D), ("CTB", D), ("F1", X)], "Parse9")
    assert [(r[0], r[1], r[3]) for r in rows] == [("Parse9", "PTB", "95.92"), ("Parse9", "CTB", "92.31")]


def test_results_one_of_the_sets_borrows_no_dataset():
    text = "We test on WordNet. Our model attains an ROC-AUC score of .78 on one of the sets."
    assert {r[1] for r in _results(text, [("WordNet", D), ("ROC-AUC", X)], "Foo")} == {None}


def test_results_it_after_a_semicolon_is_the_subject_named_before():
    text = ("At a big size, the Evolved Former establishes a BLEU score of 29.8 on WMT14; at smaller sizes, "
            "it outperforms the Transformer by 0.7 BLEU.")
    rows = _results(text, [("WMT14", D), ("BLEU", X), ("Transformer", M)], None)
    assert [(r[0], r[3], r[5]) for r in rows] == [("Evolved Former", "29.8", "absolute"), ("Evolved Former", "0.7", "improvement")]


# --- classes found on the second blind set (tests/data/results2) ---

def test_results_a_cost_share_is_no_score():
    text = "With the Bar backbone, FooNet improves accuracy to 81.2% while adding only 1.5% and 0.1% of FLOPs."
    rows = _results(text, [("FooNet", P), ("FLOPs", X)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == [("accuracy", "81.2")]


def test_results_hardware_a_value_is_measured_on_is_no_dataset():
    text = "FooSeg achieves 31.5 mask AP at 25 fps on Acme X9 GPU."
    rows = _results(text, [("FooSeg", P), ("mask AP", X), ("fps", X), ("Acme", D)], "FooSeg")
    assert {r[1] for r in rows} == {None}


def test_results_a_name_heading_a_metric_noun_is_no_dataset():
    text = "Our planner reaches a 15% higher success rate on real hardware and a 0.2 higher value on the Z3 grip quality metric."
    assert {r[1] for r in _results(text, [], None)} == {None}


def test_results_a_dataset_tagged_system_compared_against_is_no_dataset():
    text = "Our approach raises the pass rate from 40.1 to 80.2 when comparing with the state-of-the-art CodeFoo."
    rows = _results(text, [("CodeFoo", D)], "Comp")
    assert [(r[0], r[1], r[3]) for r in rows] == [("Comp", None, "80.2"), ("CodeFoo", None, "40.1")]


def test_results_start_of_a_change_is_the_score_of_the_system_compared_after_it():
    text = "Our method lifts the success rate from 61.0% to 75.5% on FooBench, compared with BarNet."
    rows = _results(text, [("FooBench", D), ("BarNet", M)], "Lift")
    assert [(r[0], r[1], r[3]) for r in rows] == [("Lift", "FooBench", "75.5"), ("BarNet", "FooBench", "61.0")]


def test_results_start_of_a_change_is_the_score_of_the_system_compared_before_it():
    # the README: "from A to B" gives the end to the method, the start to the named baseline, wherever it is named
    text = "Compared to BarNet, our representation improves the accuracy from 27.6% to 36.8% on FooBench."
    rows = _results(text, [("FooBench", D), ("BarNet", M)], "Lift")
    assert [(r[0], r[1], r[3]) for r in rows] == [("Lift", "FooBench", "36.8"), ("BarNet", "FooBench", "27.6")]


def test_results_a_threshold_after_at_is_the_values_condition_not_a_target():
    text = "Our method improves the best result on THUMOS99 by 4.1% mAP at IoU threshold 0.5."
    rows = _results(text, [("THUMOS99", D), ("mAP", X), ("IoU", X)], "Loc")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("THUMOS99", "mAP", "4.1", "improvement")]


def test_results_score_equals_and_rank_correlation_are_read():
    text = "The predicted degrees correlate with the expert scores (Spearman=0.71) and predict the labels (macro F1 score=77.30)."
    rows = _results(text, [("F1", X)], None)
    assert [(r[2], r[3]) for r in rows] == [("Spearman", "0.71"), ("macro F1", "77.30")]  # macro F1 is a measure of its own


def test_results_metric_of_the_proposed_method_is_a_value():
    rows = _results("We show that the accuracy of the proposed method is .912 on the test words.", [], None)
    assert [(r[0], r[2], r[3]) for r in rows] == [("(proposed)", "accuracy", ".912")]


def test_results_task_word_before_accuracy_belongs_to_the_metric():
    rows = _results("Tests in two classrooms show the potential of the system, and 81% recognition accuracy is reached.", [], None)
    assert [(r[2], r[3]) for r in rows] == [("recognition accuracy", "81")]


def test_results_angle_and_micrometre_units_are_units():
    rows = _results("The system has a precision of 7 mm and of 2deg, and an RMS error of 1.3 degrees.", [], None)
    assert [(r[3], r[4]) for r in rows] == [("7", "mm"), ("2", "deg"), ("1.3", "degrees")]


def test_results_a_set_written_in_full_and_shortened_is_one_set():
    text = "We evaluate on the standard QRS Motion dataset, reaching an accuracy of 95.1% compared to prior work that uses dedicated models for the QRS dataset."
    rows = _results(text, [("QRS Motion", D), ("QRS", D)], "Ev")
    assert [(r[1], r[3]) for r in rows] == [("QRS Motion", "95.1")]


def test_results_a_setting_description_in_parentheses_names_no_set():
    text = "We evaluate on the Foo Kitchens dataset and reach the best results when testing in a seen kitchen (71.2% accuracy)."
    rows = _results(text, [("Foo Kitchens", D)], "Ev")
    assert [(r[1], r[3]) for r in rows] == [("Foo Kitchens", "71.2")]


def test_results_a_setting_number_stands_between_a_value_and_its_set():
    text = "Experiments on FooA and FooB show that accuracy rises from 41.0% to 60.5% for bag size 64 on FooB."
    rows = _results(text, [("FooA", D), ("FooB", D)], "Bag")
    assert [(r[1], r[3]) for r in rows] == [("FooB", "60.5")]


def test_results_a_method_tagged_name_before_a_set_noun_is_the_set():
    text = "The planner reaches a success rate of 97% on the FooCan instruction set."
    rows = _results(text, [("FooCan", M)], "Plan")
    assert [(r[1], r[3]) for r in rows] == [("FooCan", "97")]


@pytest.mark.parametrize("text, sets", [
    ("On English-to-Greek translation, we outperform the best single model by 0.9 BLEU, reaching a BLEU score of 40.2.",
     ["English-to-Greek", "English-to-Greek"]),
    ("It improves the state of the art by 4.4 mIoU for Foo-to-Cityscapes and 3.1 mIoU for Bar-to-Cityscapes.",
     ["Foo-to-Cityscapes", "Bar-to-Cityscapes"]),
])
def test_results_language_and_domain_pairs_name_their_sets(text, sets):
    assert [r[1] for r in _results(text, [("BLEU", X), ("mIoU", X)], "Net")] == sets


def test_results_a_second_comparison_by_a_margin_shares_the_metric():
    text = ("FooCLIP outperforms zero-shot methods by an average improvement of +4.1 points in top-1 accuracy "
            "and other recent unsupervised methods by +2.2 points.")
    rows = _results(text, [("FooCLIP", P)], "FooCLIP")
    assert [(r[2], r[3], r[5]) for r in rows] == [("top-1 accuracy", "4.1", "improvement"), ("top-1 accuracy", "2.2", "improvement")]


def test_results_a_cost_cut_after_while_does_not_share_the_metric():
    text = "On FooReID, we reach a competitive mAP of 66.1% while reducing model training time by 18.5%."
    rows = _results(text, [("FooReID", D), ("mAP", X)], "Cur")
    assert [r[3] for r in rows] == ["66.1"]


def test_results_a_set_the_previous_sentence_uses_to_show_is_the_values_set():
    text = ("We compare with others on FooA and FooB. We use the Rainy Foo dataset to show that segmentation improves. "
            "Our approach obtains a mIoU gain of 12.5 over the best deraining method.")
    rows = _results(text, [("FooA", D), ("FooB", D), ("Rainy Foo", D), ("mIoU", X)], "Derain")
    assert [(r[1], r[3]) for r in rows] == [("Rainy Foo", "12.5")]


def test_results_a_value_coordinated_with_the_one_before_keeps_its_subject():
    text = "On 11 materials, SVM+LDA outperformed all other methods, achieving 82% accuracy with 0.5 s of contact and 97% accuracy with 1.5 s of contact."
    rows = _results(text, [], None)
    assert [(r[0], r[3]) for r in rows] == [("SVM+LDA", "82"), ("SVM+LDA", "97")]


def test_results_a_model_our_model_uses_is_not_the_subject():
    text = "Our neural models use a modified attention LSTM to encode the pairs, which achieve 90% accuracy on a real-world test set."
    rows = _results(text, [("LSTM", M)], "RobustFoo")
    assert [(r[0], r[3]) for r in rows] == [("RobustFoo", "90")]


def test_results_a_bracketed_condition_stands_between_a_value_and_its_set():
    text = ("Experiments on FooA, FooB and FooC show that FooRS reaches a certified accuracy of 41% "
            "against rotations in the set [-10 degree, 10 degree] on FooC.")
    rows = _results(text, [("FooA", D), ("FooB", D), ("FooC", D), ("FooRS", P)], "FooRS")
    assert [(r[1], r[3]) for r in rows] == [("FooC", "41")]


def test_results_the_task_a_paper_studies_is_not_its_method():
    from kg.extract.result_credit import proposed_name
    abstract = ("We study a task called Learning from Foo Proportions (LFP). We further propose a Bar-Label Matching "
                "mechanism (BLMm). Our model raises accuracy from 40.0% to 60.0% on FooSet.")
    mentions = [Mention(P, name, "abstract", abstract.index(name), abstract.index(name) + len(name), "", "test", 1.0) for name in ("LFP", "BLMm")]
    assert proposed_name(mentions, abstract) == "BLMm"


def test_results_one_modifier_word_may_stand_between_a_value_and_its_metric():
    rows = _results("Our experiments show that the approach reaches 0.07m lateral accuracy and 1.3m longitudinal accuracy.", [], None)
    assert [(r[2], r[3], r[4]) for r in rows] == [("accuracy", "0.07", "m"), ("accuracy", "1.3", "m")]


def test_results_a_value_of_fewer_or_less_before_a_metric_is_no_score():
    assert _results("It needs 30% fewer accuracy checks and 5% less error handling.", [], None) == []


def test_results_a_percentage_scored_without_a_metric_takes_the_one_metric_of_the_sentence_before():
    text = ("Our FooNet-S achieves 83.1% top-1 accuracy on ImageNet with 40% fewer FLOPs. "
            "By pretraining on the ImageNet-22K, our FooNet-L achieves 86.0%, outperforming BarNet with 30% fewer FLOPs.")
    named = [("FooNet-S", P), ("FooNet-L", P), ("top-1 accuracy", X), ("FLOPs", X), ("ImageNet", D), ("ImageNet-22K", D), ("BarNet", M)]
    rows = _results(text, named, "FooNet-S")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("FooNet-S", "ImageNet", "top-1 accuracy", "83.1"),
                                                        ("FooNet-L", "ImageNet", "top-1 accuracy", "86.0")]


def test_results_no_metric_is_carried_from_a_sentence_naming_two():
    text = "FooNet reaches 81.0% accuracy and 77.2% F1 on FooSet. With more data, FooNet achieves 84.0%."
    assert [r[3] for r in _results(text, [("FooNet", P), ("FooSet", D)], "FooNet")] == ["81.0", "77.2"]


def test_results_a_score_in_parentheses_after_a_compared_name_is_that_names():
    text = "FooDet achieves 85.0% accuracy in detecting forged texts. It outperforms existing detectors (75.1%) and human readers (52.0%)."
    rows = _results(text, [], None)
    assert [(r[0], r[2], r[3]) for r in rows] == [("FooDet", "accuracy", "85.0"), ("existing detectors", "accuracy", "75.1"),
                                                  ("human readers", "accuracy", "52.0")]


def test_results_an_unrecognised_set_heading_its_score_in_parentheses_is_named():
    text = "Trained on synthetic data, our model reaches the best results on common benchmarks (93.0% accuracy) and Foo14M-Bench (60.2% accuracy)."
    rows = _results(text, [], "Reader")
    assert [(r[1], r[3]) for r in rows] == [("Foo14M-Bench", "60.2")]


def test_results_a_percentage_a_score_increases_to_takes_the_metric_of_the_sentence_before():
    text = "FooBot achieves a 57.0% success rate in open-ended tasks. In uncluttered rooms, FooBot's performance increases to 80%."
    rows = _results(text, [("FooBot", P)], "FooBot")
    assert [(r[0], r[2], r[3]) for r in rows] == [("FooBot", "success rate", "57.0"), ("FooBot", "success rate", "80")]


def test_results_a_signed_gain_in_parentheses_later_in_the_sentence_shares_the_values_metric():
    text = ("FooOcc outperforms LiDAR-supervised rivals with a mAP of $21.5$ by a large margin ($+3.9 \\%$). "
            "We also reach a mIoU of $10.2$ on the Occ9-Foo dataset, surpassing previous vision-only methods ($+1.5\\%$).")
    rows = _results(text, [("FooOcc", P), ("mAP", X), ("mIoU", X), ("Occ9-Foo", D)], "FooOcc")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [(None, "mAP", "21.5", "absolute"), (None, "mAP", "3.9", "improvement"),
                                                        ("Occ9-Foo", "mIoU", "10.2", "absolute"), ("Occ9-Foo", "mIoU", "1.5", "improvement")]


def test_results_others_work_the_paper_extends_does_not_take_the_credit():
    text = "The planning tool extends existing work by correcting errors, leading to a success rate of 96% on FooBench."
    rows = _results(text, [("FooBench", D), ("FooPlan", P)], "FooPlan")
    assert [(r[0], r[3]) for r in rows] == [("FooPlan", "96")]


def test_results_others_work_reporting_a_value_still_takes_no_own_credit():
    text = "Prior methods report an accuracy of 71% on FooBench."
    rows = _results(text, [("FooBench", D), ("FooPlan", P)], "FooPlan")
    assert [(r[0], r[3]) for r in rows] == [(None, "71")]


def test_results_a_method_we_build_and_name_by_an_acronym_is_the_papers_own():
    from kg.extract.result_credit import proposed_name
    abstract = "We implemented a Deep Foo Network (DFN) to identify the artist. In our data set we got an accuracy of 70.1%."
    assert proposed_name([], abstract) == "DFN"
    assert proposed_name([], "We implemented a deep network to identify the artist (see below).") is None


def test_results_a_coordinated_clause_after_a_set_takes_the_set_named_in_it():
    # the value's clause ("and boosts accuracy from ... to ...") starts after the set before; its own "on X" is after it
    text = ("Our model improves over the CoT baseline on the FooQA-RAT test set and boosts accuracy from 85.19% to 87.59% "
            "using the T5-base model over the state-of-the-art Multimodal-BarNet on the BazQA test set.")
    rows = _results(text, [("FooQA-RAT", D), ("BazQA", D), ("Multimodal-BarNet", M)], "Got")
    assert [(r[0], r[1], r[3]) for r in rows] == [("Got", "BazQA", "87.59"), ("Multimodal-BarNet", "BazQA", "85.19")]


def test_results_a_coordinated_clause_with_a_later_value_keeps_the_set_before():
    # another clause and value between the value and the later set: that set is the later value's
    text = ("Our model improves over the CoT baseline on the FooQA test set and boosts accuracy from 80.1% to 85.1% "
            "using T5, while BarNet reaches 90.2% on the BazQA test set.")
    rows = _results(text, [("FooQA", D), ("BazQA", D), ("BarNet", M)], "Got")
    assert ("Got", "FooQA", "85.1") in [(r[0], r[1], r[3]) for r in rows]


def test_results_a_value_joined_by_with_to_a_pair_before_a_set_is_on_that_set():
    text = "Our method achieves 3.92% mean error with 0.39% failure rate on FooFace dataset, and 1.25% mean error on BarFace dataset."
    rows = _results(text, [("FooFace", D), ("BarFace", D)], "Align")
    assert [(r[1], r[2], r[3]) for r in rows] == [("FooFace", "mean error", "3.92"), ("FooFace", "failure rate", "0.39"),
                                                  ("BarFace", "mean error", "1.25")]


def test_results_a_part_of_a_named_set_after_a_value_is_that_set():
    text = "Our FooFace-Light achieves 87.9% AP on the hard set of BAR FACE, surpassing BazFace by 9.7%."
    rows = _results(text, [("FooFace-Light", P), ("AP", X), ("BAR FACE", D), ("BazFace", M)], "FooFace-Light")
    assert ("FooFace-Light", "BAR FACE", "AP", "87.9") in [r[:4] for r in rows]
