"""Relative values against absolute ones: what is a change (a margin, a gain, an improvement, the start
and end of a change) and what stays a score. The sentences are made up in the shapes of corpus
abstracts the audits of sessions 7-16 read (regrouped from the per-session audit files)."""

from __future__ import annotations

import pytest

from kg.leaderboard import ranked
from kg.model import Role
from results_support import (
    credited_rows, plain_rows, ranked_credits, ranked_kind_rows, ranked_metric_rows, ranked_rows,
    results_of, unit_rows,
)

D, I, M, P, X = Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_change_of_a_gap_gives_no_scores():
    text = "FooPrune shows a reduction in performance decline from 1.5 mAP to 0.3 mAP on COCO compared to token pruning."
    assert unit_rows(text, [("FooPrune", P), ("mAP", X), ("COCO", D)], "FooPrune") == []


def test_results_narrowing_a_gap_gives_no_scores():
    text = "FooNet narrows the gap from 10.2% to 2.1% accuracy on BarSet."
    assert unit_rows(text, [("FooNet", P), ("accuracy", X), ("BarSet", D)], "FooNet") == []


def test_results_metric_of_a_value_than_another_is_a_margin():
    rows = unit_rows("The proposed FooNet achieves a higher mIoU of 3.1% than the best network, BarFusion.",
                    [("FooNet", P), ("mIoU", X), ("BarFusion", M)], "FooNet")
    assert [(r[3], r[5]) for r in rows] == [("3.1", "improvement")]


def test_results_next_sentence_improvement_says_nothing_of_a_value():
    rows = unit_rows("The generated data achieved an AUC of 0.89%. This improvement is due to the size of the data.", [("AUC", X)], "Foo")
    assert [(r[3], r[5]) for r in rows] == [("0.89", "absolute")]


def test_results_table_in_prose_of_absolute_scores():
    text = "FooNet obtains the best top-1 accuracy on all sets: BarSet (96.1%), BazSet (81.2%) and QuxSet (98.3%)."
    rows = unit_rows(text, [("FooNet", P), ("top-1 accuracy", X), ("BarSet", D), ("BazSet", D), ("QuxSet", D)], "FooNet")
    assert [(r[1], r[3], r[5]) for r in rows] == [("BarSet", "96.1", "absolute"), ("BazSet", "81.2", "absolute"), ("QuxSet", "98.3", "absolute")]


def test_results_values_on_sets_after_a_changed_metric_are_gains():
    text = "By adding FooMix, test error is improved across settings over BarMix, including 0.8% on BazSet, 3% on QuxSet and 1.5% on ZapSet."
    rows = unit_rows(text, [("FooMix", P), ("BarMix", M), ("BazSet", D), ("QuxSet", D), ("ZapSet", D), ("test error", X)], "FooMix")
    assert [(r[1], r[3], r[5]) for r in rows] == [("BazSet", "0.8", "improvement"), ("QuxSet", "3", "improvement"), ("ZapSet", "1.5", "improvement")]


def test_results_gain_cue_heading_the_metric_makes_later_values_gains():
    text = "FooNet brings a relative improvement of 6.8% in top-1 accuracy on BarSet and 9.0% on BazSet."
    rows = unit_rows(text, [("FooNet", P), ("top-1 accuracy", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert ("BazSet", "9.0", "improvement") in [(r[1], r[3], r[5]) for r in rows]
    assert all(r[5] == "improvement" for r in rows)


@pytest.mark.parametrize("text, metric", [
    ("FooCodec achieves an average 76% BD-Rate (Bjontegaard Delta Rate) gains against BarCodec.", "BD-Rate"),
    ("Applying both yields 0.6% absolute character error rates (CER) reduction compared to BarLM.", "character error rate"),
    ("FooNet achieves 19.0%/24.2% ADE/FDE improvement on BarSet.", "ADE"),
])
def test_results_a_change_named_after_its_metric_or_acronym_is_an_improvement(text, metric):
    rows = plain_rows(text, [("FooNet", P), ("BD-Rate", X), ("character error rates", X), ("CER", X), ("ADE", X), ("FDE", X), ("BarSet", D)], "FooNet")
    assert rows and rows[0][2] == metric and {r[4] for r in rows} == {"improvement"}


def test_results_a_margin_written_as_two_scores_gives_the_scores():
    text = "FooHOI outperforms the state of the art by a significant margin 21.1% vs 17.6% mAP on BarSet."
    rows = plain_rows(text, [("FooHOI", P), ("mAP", X), ("BarSet", D)], "FooHOI")
    assert [(r[0], r[3], r[4]) for r in rows] == [("FooHOI", "21.1", "absolute"), (None, "17.6", "absolute")]


def test_results_a_margin_after_by_a_is_an_improvement():
    rows = plain_rows("FooLane outperforms earlier lane detectors by a 2.82% mIoU on BarSet.", [("FooLane", P), ("mIoU", X), ("BarSet", D)], "FooLane")
    assert [(r[3], r[4]) for r in rows] == [("2.82", "improvement")]


@pytest.mark.parametrize("text", [
    "Our method outperforms existing methods by significant margins of 4.8% mAP 5.4% AP50 and 3.9% mIoU on the unseen categories.",
    "FooAug improves segmentation over comparable methods by an average absolute IoU of 1.6% on BarA and 1.5% on BarB.",
])
def test_results_margins_are_improvements(text):
    rows = plain_rows(text, [("FooAug", P), ("mAP", X), ("AP50", X), ("mIoU", X), ("IoU", X), ("BarA", D), ("BarB", D)], "FooAug")
    assert len(rows) >= 2 and {r[4] for r in rows} == {"improvement"}


@pytest.mark.parametrize("text, metric, value", [
    ("Compared with the best previous result on BarFace, the error rate has been significantly reduced by 67%.", "error rate", "67"),
    ("We are able to increase recall@1 performances by 2.15% on the cross-weather scenario.", "recall@1", "2.15"),
])
def test_results_a_metric_changed_by_a_value_through_an_auxiliary_or_performance_word(text, metric, value):
    rows = plain_rows(text, [("recall@1", X), ("BarFace", D)], "FooNet")
    assert [(r[2], r[3], r[4]) for r in rows] == [(metric, value, "improvement")]


@pytest.mark.parametrize("text, value", [
    ("We demonstrate an absolute reduction in word error rate (WER) of 0.9% on BarSpeech over a GMM baseline.", "0.9"),
    ("Compared with attack methods, FooAttack decreases by an average 12.0 in the mAP on BarCOCO.", "12.0"),
    ("On BarCOCO, using extra annotation reduces the depth error by only 15% without our constraints.", "15"),
    ("On BarNet, our method outperforms the state-of-the-art method by a large margin, 12.86 % of top-1 accuracy.", "12.86"),
    ("We improve the state of the art on BarCity by large margins, i.e., 6% AUPR.", "6"),
])
def test_results_changes_written_after_their_cue_are_improvements(text, value):
    rows = plain_rows(text, [("BarSpeech", D), ("BarCOCO", D), ("BarNet", D), ("BarCity", D), ("WER", X), ("mAP", X), ("AUPR", X),
                        ("FooAttack", P)], "Foo")
    assert [(r[3], r[4]) for r in rows] == [(value, "improvement")]


@pytest.mark.parametrize("text, expected", [
    ("On BarSet, our model improves the FID from $13.03$ to $9.01$.", [("FID", "9.01")]),
    ("On BarSet, a single FooNet model improves the previous state of the art from 71.0% F1 to 75.9%.", [("F1", "75.9")]),
    ("On BarSet, our model improves the F1 from 71.0% to 75.9%.", [("F1", "75.9")]),
])
def test_results_the_start_of_a_change_is_no_score_of_the_method(text, expected):
    rows = credited_rows(text, [("BarSet", D), ("FID", X), ("F1", X), ("FooNet", P)], "FooNet")
    assert [(r[3], r[4]) for r in rows] == expected
    assert all(r[2] == "BarSet" for r in rows)


def test_results_a_hedged_start_leaves_the_end_of_the_change_a_score():
    text = "On the public BarSet dataset, our methods improve the F1 score from nearly 0 to 20.91% for the zero-shot codes."
    assert [(r[2], r[4], r[5]) for r in credited_rows(text, [("BarSet", D), ("F1 score", X)])] == [("BarSet", "20.91", "absolute")]


@pytest.mark.parametrize("text, expected", [
    ("Specifically, BazNet with ResNet50 achieves 40.4% mAP on BarSet, which is 3.5% higher than its baseline.",
     [("(proposed)", True, "40.4", "mAP", "absolute"), ("(proposed)", True, "3.5", "mAP", "improvement")]),
    ("The results show that our approach delivers 95.65% of F1, outperforming the state of the art by 17.24%.",
     [("(proposed)", True, "95.65", "F1", "absolute"), ("(proposed)", True, "17.24", "F1", "improvement")]),
    ("FooNet-B6 achieves 87.4% top-1 accuracy, outperforming BazNet with 51% fewer FLOPs.",
     [("FooNet-B6", False, "87.4", "top-1 accuracy", "absolute")]),
])
def test_results_an_improvement_in_a_clause_after_a_score_is_in_its_metric(text, expected):
    rows = results_of(text, [("BazNet", M), ("ResNet50", M), ("BarSet", D), ("mAP", X), ("F1", X), ("top-1 accuracy", X), ("FooNet-B6", M)])
    assert [(r.method, r.proposed, r.value, r.metric, r.kind) for r in rows] == expected


def test_results_a_metric_word_after_the_start_of_a_change_leaves_it_no_score():
    text = "Our algorithm improves one-shot accuracy on BarSet from 82.2% to 87.8% and from 88% accuracy to 95% accuracy on BazSet."
    rows = ranked_rows(text, [("BarSet", D), ("BazSet", D), ("accuracy", X)], "FooNet")
    assert [(r[2], r[4]) for r in rows] == [("BarSet", "87.8"), ("BazSet", "95")]


def test_results_a_margin_behind_a_baseline_is_no_score():
    # a margin behind another system is a change for the worse: the results gold keeps it doubtful, so it stays
    # evidence (an unranked improvement), neither a score nor a gain to list
    text = "Similarly, our weakly supervised method is only 0.3% mAP behind a state-of-the-art supervised method on the challenging BarSet dataset."
    rows = results_of(text, [("BarSet", D), ("mAP", X)], "FooNet")
    assert [(r.value, r.kind, ranked(r.confidence)) for r in rows] == [("0.3", "improvement", False)]


@pytest.mark.parametrize("change", ["and an improvement of 4.2%", "and a relative gain of 4.2%", ", with a 4.2% improvement"])
def test_results_a_change_coordinated_after_a_score_is_a_change_of_that_score(change):
    text = f"On BarSet, our method achieves a Dice score of 71.2% {change} over existing methods."
    rows = ranked_kind_rows(text, [("BarSet", D), ("Dice score", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("Dice score", "71.2", "absolute"), ("Dice score", "4.2", "improvement")]


def test_results_a_score_coordinated_with_another_score_stays_absolute():
    text = "On BarSet, our method achieves a Dice score of 71.2% and a recall of 80.3%."
    rows = ranked_kind_rows(text, [("BarSet", D), ("Dice score", X), ("recall", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("Dice score", "71.2", "absolute"), ("recall", "80.3", "absolute")]


@pytest.mark.parametrize("sentence, value", [
    ("Training on more data further lowers the RMSE on the shadow area to 7.4.", "7.4"),
    ("FooNet improves the RMSE on BarSet-10 to 5.2.", "5.2"),
])
def test_results_a_change_of_a_metric_to_a_level_gives_the_level(sentence, value):
    rows = ranked_kind_rows(f"We evaluate on BarSet-10. {sentence}", [("BarSet-10", D), ("RMSE", X)], "FooNet")
    assert [(r[3], r[4], r[5]) for r in rows] == [("RMSE", value, "absolute")]


def test_results_an_aside_saying_it_is_a_gain_is_a_gain_and_a_unit_is_no_system():
    text = "We achieve a median magnitude accuracy of 0.06 N (93% improvement) on a test set."
    assert [(r[0], r[4], r[5]) for r in ranked_kind_rows(text, [], "FooNet")] == [("FooNet", "0.06", "absolute"), ("FooNet", "93", "improvement")]


def test_results_a_measure_named_between_two_changes_stops_the_first_ones_metric():
    text = "On BarSet, FooNet outperforms QuxNet: dice scores improving by 2.16%, and Hausdorff scores improving by 11.13%."
    rows = ranked_kind_rows(text, [("BarSet", D), ("FooNet", P), ("QuxNet", M), ("dice scores", X)], "FooNet")
    assert [(r[3], r[4]) for r in rows] == [("dice score", "2.16")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("FooNet outperforms BarNet by an absolute 6% accuracy on BarSet.", [("accuracy", "6", "BarSet", "improvement")]),
        ("FooNet improves the accuracy on BarSet by a relative 20%.", [("accuracy", "20", "BarSet", "improvement")]),
        ("On BarSet, FooNet improves the accuracy by an absolute 10%.", [("accuracy", "10", "BarSet", "improvement")]),
        ("FooNet outperforms BarNet by an absolute 9.4% in accuracy on BarSet.", [("accuracy", "9.4", "BarSet", "improvement")]),
    ],
)
def test_results_a_margin_qualified_absolute_or_relative_is_a_change(text, want):
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("accuracy", X), ("F1", X)]
    assert ranked_metric_rows(text, named) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # the object of the change verb, with its configuration before "from"
        ("On BarSet, FooNet improves RetinaNet with ResNet-50 from 36.2% to 39.0% mAP.",
         [("FooNet", True, "39.0", "RetinaNet"), ("RetinaNet", False, "36.2", None)]),
        # a possessive: the end is not the changed system's
        ("FooNet increases BazPolicy's success rate on BarSet from 20% to 93%.",
         [("FooNet", True, "93", "BazPolicy"), ("BazPolicy", False, "20", None)]),
        ("On BarSet, FooNet improves the mAP of RetinaNet from 36.2% to 39.0%.",
         [("FooNet", True, "39.0", "RetinaNet"), ("RetinaNet", False, "36.2", None)]),
        # two changes, each of its own system
        ("On BarSet, FooNet improves RetinaNet from 36.2% to 39.0% mAP and improves BazNet from 37.4% to 40.3% mAP.",
         [("FooNet", True, "39.0", "RetinaNet"), ("FooNet", True, "40.3", "BazNet"), ("RetinaNet", False, "36.2", None),
          ("BazNet", False, "37.4", None)]),
    ],
)
def test_results_the_start_of_a_change_is_the_score_of_the_system_the_change_is_of(text, want):
    named = [("FooNet", P), ("RetinaNet", M), ("ResNet-50", M), ("BazPolicy", M), ("BazNet", M), ("BarSet", D), ("mAP", X), ("success rate", X)]
    assert ranked_credits(text, named) == want


def test_results_a_change_of_no_named_system_adds_no_start():
    text = "On BarSet, FooNet improves the mAP from 36.2% to 39.0%."
    assert ranked_credits(text, [("FooNet", P), ("BarSet", D), ("mAP", X)]) == [("FooNet", True, "39.0", None)]


def test_results_a_margin_over_the_next_compared_system_keeps_the_written_subject():
    text = "In terms of AUC, Skinny Woods outperforms LightGBM by 10.2% (up to 37.7%), and Random Forests by 3% (up to 12.5%)."
    rows = results_of(text, [("LightGBM", M), ("Random Forests", M), ("AUC", X)], None)
    assert [(r.method, r.value, r.baseline) for r in rows if ranked(r.confidence)] == [
        ("Skinny Woods", "10.2", "LightGBM"), ("Skinny Woods", "3", "Random Forests")]


@pytest.mark.parametrize(
    "text, want",
    [
        # a change naming no measure takes the one score the abstract names
        ("FooNet reaches 84.3% accuracy on BarSet. On BazSet and QuxSet, FooNet improves knowledge distillation by 2.14% and 1.5% respectively.",
         [("accuracy", "84.3", "BarSet", "absolute"), ("accuracy", "2.14", "BazSet", "improvement"), ("accuracy", "1.5", "QuxSet", "improvement")]),
        # not when the sentence speaks of a cost, names the aspect changed, states other values, or the abstract's measure is an error
        ("FooNet reaches 84.3% accuracy on BarSet. FooNet outperforms BarNet by 30% in training time.", [("accuracy", "84.3", "BarSet", "absolute")]),
        ("FooNet reaches 84.3% accuracy on BarSet. FooNet improves the results by 39% in depth prediction.", [("accuracy", "84.3", "BarSet", "absolute")]),
        ("FooNet reaches 84.3% accuracy on BarSet. FooNet improves the results by 3% and reaches 59.3% on BazSet.",
         [("accuracy", "84.3", "BarSet", "absolute"), ("accuracy", "59.3", "BazSet", "absolute")]),  # (the score, carried)
        ("FooNet reaches a 4.3% error rate on BarSet. FooNet outperforms BarNet by 21%.", [("error rate", "4.3", "BarSet", "absolute")]),
    ],
)
def test_results_a_change_naming_no_measure_takes_the_abstracts_one_score(text, want):
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("BazSet", D), ("QuxSet", D), ("accuracy", X), ("error rate", X)]
    assert ranked_metric_rows(text, named) == want


def test_results_a_gain_a_value_heads_takes_the_abstracts_one_score():
    text = "FooNet reaches 84.3% accuracy on BarSet. It also gives a 0.7% improvement on BazSet over BarNet."
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("BazSet", D), ("accuracy", X)]
    assert ranked_metric_rows(text, named) == [("accuracy", "84.3", "BarSet", "absolute"), ("accuracy", "0.7", "BazSet", "improvement")]


def test_results_a_margin_right_after_the_compared_state_of_the_art_is_a_change_of_the_score_before():
    text = "FooNet reaches 33.69 dB PSNR on BarSet, exceeding the previous SOTA 0.38 dB with 8.4% of its cost; 40.30 dB PSNR on BazSet21, exceeding the previous SOTA 0.28 dB."
    named = [("FooNet", P), ("BarSet", D), ("BazSet21", D), ("PSNR", X)]
    assert ranked_metric_rows(text, named) == [("PSNR", "33.69", "BarSet", "absolute"), ("PSNR", "0.38", "BarSet", "improvement"),
                                  ("PSNR", "40.30", "BazSet21", "absolute"), ("PSNR", "0.28", "BazSet21", "improvement")]


@pytest.mark.parametrize("text", [
    "FooNet achieves 84.2 top-1 accuracy on ImageNet outperforming BarNet by +0.6.",  # (no comma before the participle)
    "FooNet achieves 84.2 top-1 accuracy on ImageNet, outperforming BarNet by +0.6.",
])
def test_results_participle_change_after_a_score_is_a_change_of_it(text):
    rows = unit_rows(text, [("FooNet", P), ("ImageNet", D), ("BarNet", M)], "FooNet")
    assert [(r[2], r[3], r[5]) for r in rows] == [("top-1 accuracy", "84.2", "absolute"), ("top-1 accuracy", "0.6", "improvement")]


def test_results_participle_change_of_a_score_is_on_its_set():
    # (the sentence names three sets, one per parenthesis: the change is on its score's)
    text = ("FooNet achieves state-of-the-art results (85.6 top-1 accuracy on ImageNet outperforming BarNet by +0.8) and "
            "(52.8 mIoU on ADE20K).")
    rows = unit_rows(text, [("FooNet", P), ("ImageNet", D), ("ADE20K", D), ("BarNet", M)], "FooNet")
    assert [(r[1], r[3], r[5]) for r in rows if r[5] == "improvement"] == [("ImageNet", "0.8", "improvement")]
