"""Result confidence and the attributions of session 6: a value that lost its set is kept below
RANK_CONFIDENCE; hedges and operating points are no scores; "our 2-bit X" and "The RFC model"
credit the right method; a set after a comma and a new "on" is the next clause's."""

from __future__ import annotations

import pytest

from kg.leaderboard import RANK_CONFIDENCE, ranked
from kg.model import Role
from results_support import results_of

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text, named, proposed="FooNet"):
    return [(r.value, r.dataset, ranked(r.confidence)) for r in results_of(text, named, proposed)]


@pytest.mark.parametrize(
    "text, named, want",
    [
        # a value the sentence names sets for, but none of them for this value
        # (written "in": "on" right after a value adopts the name as written, test_results_value_sets)
        ("We achieve a mAP of 82.7% in VOC07, 80.4% in VOC12, and 34.4% on COCO.", [("COCO", D), ("mAP", X)],
         [("82.7", None, False), ("80.4", None, False), ("34.4", "COCO", True)]),
        # a name no mention covers right after the value, also past its metric
        ("We obtain 60.9% in F1 score on held-out Foo-2 data, and 71.2% F1 score on ImageNet.", [("F1 score", X), ("ImageNet", D)],
         [("60.9", None, False), ("71.2", "ImageNet", True)]),
        # a description names no set: no set is right
        ("NovaScore achieves a 0.626 correlation on TAP and a 0.920 Pearson correlation on an internal human-annotated dataset.",
         [("TAP", D), ("Pearson correlation", X), ("NovaScore", P)], [("0.920", None, True)]),
        ("Our networks achieve accuracies of 41.1% and 44.4% on two different Go datasets.", [],
         [("41.1", None, True), ("44.4", None, True)]),
        # no set named anywhere: a robot's success rate has none
        ("Our method achieves a 93% success rate in dense clutter.", [], [("93", None, True)]),
    ],
)
def test_result_confidence_marks_values_that_lost_their_set(text, named, want):
    assert _rows(text, named) == want


def test_result_confidence_threshold_sits_between_lost_and_kept_attributions():
    assert ranked(RANK_CONFIDENCE) and not ranked(RANK_CONFIDENCE - 0.01)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Our solution classifies mis-operations with upto 85% accuracy.", []),
        ("Our method achieves ∼ 80% success rate at picking up novel objects.", []),
        ("The new device offers greater than 57% improvement in accuracy.", []),
        # "69% recall" is the score; "90% precision" is where it is read
        ("Our score achieves 69% recall at 90% precision on our data.", ["69"]),
        # detection read at a number of false positives per image: "1" is where, "93% recall" the score
        ("We report the best known result on our data, reaching 93% recall at 1 FPPI.", ["93"]),
        ("Our detector reaches a recall of 88% at 0.1 false positives per image.", ["88"]),
    ],
)
def test_result_hedges_and_operating_points_are_no_scores(text, want):
    assert [r.value for r in results_of(text, [], "FooNet")] == want


@pytest.mark.parametrize(
    "text, named, proposed, want",
    [
        ("Specifically, our 2-bit MobileNet-v2 offers top-1 accuracy of 64.71% on ImageNet.",
         [("MobileNet-v2", M), ("ImageNet", D)], "BASQ", ("BASQ", True)),
        ("The RFC model achieves 97.46% accuracy on incipient slip prediction.", [], None, ("RFC", False)),
        ("MobileNet-v2 offers top-1 accuracy of 64.71% on ImageNet.", [("MobileNet-v2", M), ("ImageNet", D)], "BASQ",
         ("MobileNet-v2", False)),
    ],
)
def test_result_credit_of_our_variants_and_written_subjects(text, named, proposed, want):
    (r,) = results_of(text, named, proposed)
    assert (r.method, r.proposed) == want


def test_result_set_after_a_new_clause_belongs_to_that_clause():
    text = ("We also evaluated this model on the MIMIC-III dataset, achieving a 95.9% accuracy in CVD detection, "
            "and on the PPG-BP dataset, achieving 75.9% accuracy in related detection.")
    rows = [(r.value, r.dataset) for r in results_of(text, [("MIMIC-III", D), ("PPG-BP", D)], "FooNet")]
    assert rows == [("95.9", "MIMIC-III"), ("75.9", "PPG-BP")]


def test_result_approximate_hedges_and_i_e_lists_are_compared_methods():
    assert results_of("The system recognises all tasks with approximate 100% of accuracy.", [], "FooNet") == []
    text = "The proposed architecture outperforms DL models (i.e., EfficientNet and DenseNet) with a 94% accuracy."
    (r,) = results_of(text, [("EfficientNet", M), ("DenseNet", M)], "FooNet")
    assert (r.method, r.proposed) == ("FooNet", True)


def test_result_dataset_keeps_the_edition_its_catalogue_name_drops():
    from kg.extract.results import find_results
    from kg.model import Mention

    text = "We achieve mAPs of 96.0% and 95.5% on VOC2007 and VOC2012, respectively."
    ms = [Mention(D, w, "abstract", text.index(w), text.index(w) + len(w), "", "test", 1.0, "PASCAL VOC") for w in ("VOC2007", "VOC2012")]
    ms.append(Mention(X, "mAPs", "abstract", text.index("mAPs"), text.index("mAPs") + 4, "", "test", 1.0, "mAP"))
    rows = [(r.value, r.dataset) for r in find_results(text, [(0, len(text))], ms, proposed_name="FooNet")]
    assert rows == [("96.0", "VOC2007"), ("95.5", "VOC2012")]


def test_result_baselines_such_as_a_list_are_compared_not_credited():
    text = "On top of popular baselines such as AgentFormer and Trajectron++, PreTraM reduces their errors by 5.5% on nuScenes."
    (r,) = results_of(text, [("AgentFormer", M), ("Trajectron++", M), ("PreTraM", P), ("nuScenes", D)], "PreTraM")
    assert (r.method, r.kind) == ("PreTraM", "improvement")


def test_result_a_change_of_something_no_metric_names_does_not_borrow_the_lists_metric():
    text = ("We observe an increase of 34.41% in terms of success rate, a 15.15% decrease in the average time steps, "
            "and a 24.9% decrease in the elevation cost compared to other methods.")
    assert [(r.metric, r.value) for r in results_of(text, [], "HTRON")] == [("success rate", "34.41")]


def test_result_a_sentence_naming_its_own_unknown_set_borrows_no_set_from_elsewhere():
    text = ("We pretrain the features on ImageNet. For example, on Test-Unseen environments, the agents combined with our "
            "features achieve absolute success rate improvement of 12% for Speaker-Follower [14], 5% for Env-Dropout [37], "
            "and 4% for AuxRN [50].")
    assert [(r.value, r.dataset) for r in results_of(text, [("ImageNet", D)], "SEA")] == []


def test_result_a_set_name_ending_the_sentence_is_still_a_set():
    rows = _rows("Our extraction achieves an F1 of 0.93 on German, 0.91 on Chinese, and 0.891 on English.", [("F1", X)])
    assert [r[2] for r in rows] == [False, False, False]


def test_result_a_list_paired_respectively_with_something_else_keeps_the_sentences_one_set():
    text = "Our framework achieves 72.41% and 72.31% top-1 accuracy with only 1 time step on CIFAR100 for CNNs and RNNs, respectively."
    assert _rows(text, [("CIFAR100", D)]) == [("72.41", "CIFAR100", True), ("72.31", "CIFAR100", True)]


def test_result_the_set_a_model_is_transferred_to_is_its_set():
    text = "DDSAS achieves 2.39% test error on CIFAR10, and 23.9% test error when transferring to ImageNet."
    rows = _rows(text, [("CIFAR10", D), ("ImageNet", D), ("DDSAS", P)], "DDSAS")
    assert rows == [("2.39", "CIFAR10", True), ("23.9", "ImageNet", True)]


def test_result_a_set_and_its_written_edition_are_one_set_two_editions_are_two():
    from kg.extract.results import find_results
    from kg.model import Mention

    def run(text, written):
        ms = [Mention(D, w, "abstract", text.index(w), text.index(w) + len(w), "", "test", 1.0, canonical) for w, canonical in written]
        return [(r.value, r.dataset) for r in find_results(text, [(0, len(text))], ms, proposed_name="X")]

    text = "For example, on ImageNet ILSVRC 2012, the pruned ResNet-50 achieves 10.88% top-5 error."
    assert run(text, [("ImageNet", "ImageNet"), ("ILSVRC 2012", "ImageNet")]) == [("10.88", "ILSVRC 2012")]
    text = "Our classifier reaches 81.0% accuracy, trained on VOC2012 and tested on VOC2007."
    assert run(text, [("VOC2012", "PASCAL VOC"), ("VOC2007", "PASCAL VOC")]) == [("81.0", None)]


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("Our method achieves state-of-the-art performance on the Cityscapes benchmark, in terms of both mask (mIoU) and "
         "boundary (F-score) quality, improving by 2% and 4% over strong baselines.", [("Cityscapes", D), ("mIoU", X), ("F-score", X)],
         [("mIoU", "2", "improvement"), ("F-score", "4", "improvement")]),
        ("DiffuCE excels in FID and LPIPS with 0.01 and 36.99 ahead of the second place.", [("FID", X), ("LPIPS", X)],
         [("FID", "0.01", "improvement"), ("LPIPS", "36.99", "improvement")]),
    ],
)
def test_result_a_list_of_metrics_pairs_in_order_with_a_list_of_values_of_one_clause(text, named, want):
    assert [(r.metric, r.value, r.kind) for r in results_of(text, named, "FooNet")] == want


@pytest.mark.parametrize(
    "text, named, want",
    [
        # the sentence's one set, written after a clause: the value "on" a metric takes it
        ("FooNet outperforms the best method by 1.1% on AP, compared to Mask-RCNN, on LVIS dataset.",
         [("AP", X), ("Mask-RCNN", M), ("LVIS", D)], [("1.1", "LVIS", True)]),
        # two sets named: which one is not known, the value stays unranked
        ("FooNet yields MNIST samples humans cannot tell apart, and CIFAR-10 samples with a human error rate of 21.3%.",
         [("MNIST", D), ("CIFAR-10", D), ("human error rate", X)], [("21.3", None, False)]),
        # the one set is written after another value: it is that value's
        ("FooNet outperforms baselines by 2% in F1 score on a tagging task and by 4.3% in average score on the GLUE benchmark.",
         [("F1 score", X), ("GLUE", D)], [("2", None, False), ("4.3", "GLUE", True)]),
        # the one set named before the value, in another clause
        ("In the CTW1500 dataset, FooNet runs at 27 FPS, and our best F-measure (82.2%) outperforms others.",
         [("CTW1500", D), ("F-measure", X)], [("82.2", "CTW1500", True)]),
        # one set, but a name no mention covers after the value's metric is its own set
        ("We obtain 60.9% in F1 score on held-out Foo-2 data, compared to Bar, on ImageNet.",
         [("F1 score", X), ("Bar", M), ("ImageNet", D)], [("60.9", None, False)]),
    ],
)
def test_result_confidence_a_value_without_a_set_takes_the_sentences_one_set(text, named, want):
    assert _rows(text, named) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("We create a novel dataset of high-resolution 4D scans of human subjects in motion, captured at 60 fps.", []),
        ("The dataset consists of 100 videos captured with higher frame rate (240 FPS) cameras.", []),
        ("The mice were observed by capturing long-term videos at 240 fps.", []),
        # the method's own speed stays a result, also for a capture task
        ("FooNet runs at 60 fps on a laptop.", ["60"]),
        ("The system allows realtime motion capture at 15 fps.", ["15"]),
    ],
)
def test_result_the_rate_data_is_recorded_at_is_no_speed(text, want):
    assert [r.value for r in results_of(text, [("fps", X), ("FPS", X)], "FooNet")] == want
