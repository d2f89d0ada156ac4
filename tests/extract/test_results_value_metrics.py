"""The metric a value measures and what is a value at all: units, numbers that are no scores, metric
lists and acronyms. The sentences are made up in the shapes of corpus abstracts the audits of
sessions 7-16 read (regrouped from the per-session audit files)."""

from __future__ import annotations

import pytest

from kg.extract.results import paper_results
from kg.leaderboard import ranked
from kg.model import Mention, Role
from results_support import (
    credited_rows, metric_rows, plain_rows, ranked_kind_rows, ranked_metric_rows, ranked_rows,
    results_of, sentences, unit_rows,
)

D, I, M, P, X = Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_caret_after_a_number_is_an_exponent():
    text = "FooRender achieves near perfect reconstruction (>74 dB PSNR at 1024^2 resolution)."
    assert "1024" not in [r[3] for r in unit_rows(text, [("FooRender", P), ("PSNR", X)], "FooRender")]


def test_results_acronym_metric_in_parentheses_before_of():
    rows = unit_rows("FooSeg achieves a Dice similarity coefficient (DSC) of 83.47% on BarSet.", [("FooSeg", P), ("DSC", X), ("BarSet", D)], "FooSeg")
    assert rows == [("FooSeg", "BarSet", "DSC", "83.47", "%", "absolute")]


def test_results_table_in_prose_takes_the_sentences_one_metric():
    text = "FooNet improves classification accuracy on every benchmark, including BarSet (+3.33%), BazSet (+1.64%) and QuxSet (+0.92%)."
    rows = unit_rows(text, [("FooNet", P), ("BarSet", D), ("BazSet", D), ("QuxSet", D)], "FooNet")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("BarSet", "accuracy", "3.33", "improvement"),
                                                         ("BazSet", "accuracy", "1.64", "improvement"),
                                                         ("QuxSet", "accuracy", "0.92", "improvement")]


def test_results_table_in_prose_under_two_metrics_names_none():
    text = "FooNet improves both accuracy and F1 on BarSet (+3.3%) and BazSet (+1.6%)."
    rows = unit_rows(text, [("FooNet", P), ("accuracy", X), ("F1", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert rows == []


def test_results_superscript_variant_keeps_apart_from_its_measure():
    rows = unit_rows("FooPose surpasses BarNet on CrowdPose by 0.3 AP and 0.6 AP^hard.", [("FooPose", P), ("BarNet", M), ("AP", X), ("CrowdPose", D)], "FooPose")
    assert ("0.6", "AP") not in [(r[3], r[2]) for r in rows]
    assert [r[3] for r in rows if r[2] == "AP"] == ["0.3"]


def test_results_number_after_a_digit_and_colon_is_no_score():
    rows = unit_rows("FooText achieves an F-measure of 84:3% on BarSet and 81:5% on BazSet.", [("FooText", P), ("F-measure", X), ("BarSet", D), ("BazSet", D)], "FooText")
    assert [r[3] for r in rows] == []


def test_results_long_form_metric_with_over_inside_takes_its_acronym():
    text = "FooSeg reaches 68.2% mean Intersection over Union (mIoU) on the BarSet benchmark."
    assert plain_rows(text, [("FooSeg", P), ("mIoU", X), ("BarSet", D)], "FooSeg") == [("FooSeg", "BarSet", "mIoU", "68.2", "absolute")]


def test_results_slash_lists_pair_values_with_metrics_in_order():
    text = "On BarSet, our method achieves a top-1/top-5 error rate of 24.1%/7.1%."
    rows = plain_rows(text, [("BarSet", D)], "FooNAS")
    assert [(r[2], r[3]) for r in rows] == [("top-1 error", "24.1"), ("top-5 error rate", "7.1")]


def test_results_a_slash_list_member_with_an_unknown_measure_takes_none():
    rows = plain_rows("FooTraj achieves 19.0%/24.2% ADE/QDE improvement on BarSet.", [("FooTraj", P), ("ADE", X), ("BarSet", D)], "FooTraj")
    assert [(r[2], r[3]) for r in rows] == [("ADE", "19.0")]


def test_results_a_list_member_in_something_else_takes_no_metric():
    text = "FooBot outperforms BarBot by 43% in untangling accuracy and 200% in completion time."
    assert [(r[2], r[3]) for r in plain_rows(text, [("FooBot", P), ("BarBot", M)], "FooBot")] == [("accuracy", "43")]


def test_results_a_member_in_a_modified_metric_takes_that_metric():
    text = "Our system yields an improvement of 41% in completion accuracy and 52% in pose estimation accuracy."
    assert [(r[2], r[3]) for r in plain_rows(text, [], "Foo")] == [("completion accuracy", "41"), ("estimation accuracy", "52")]


def test_results_a_value_in_parentheses_after_its_metric_is_its_score():
    rows = plain_rows("Our decoder handles such inputs with high accuracy (96.0%).", [], "FooDec")
    assert [(r[2], r[3]) for r in rows] == [("accuracy", "96.0")]


def test_results_a_parenthesis_measuring_something_else_is_no_score_of_the_metric():
    text = "The end-effector is estimated with 3.42 times more accuracy (71% smaller root mean squared error) than before."
    rows = plain_rows(text, [("root mean squared error", X)], "Foo")
    # "71% smaller" is the paper's improvement in the error it names, not a score of accuracy
    assert [(r[2], r[3], r[4]) for r in rows] == [("root mean squared error", "71", "improvement")]


@pytest.mark.parametrize("text, expected", [
    ("On BarLane FooLane reaches F1-score of 89.51 Recall of 87.50 and Precision of 91.61.",
     [("F1-score", "89.51"), ("Recall", "87.50"), ("Precision", "91.61")]),
    ("FooMark reaches state-of-the-art imperceptibility (PSNR 51 SSIM 0.998) on BarMark.", [("PSNR", "51"), ("SSIM", "0.998")]),
])
def test_results_a_metric_heading_its_own_value_is_not_the_value_before(text, expected):
    rows = plain_rows(text, [("FooLane", P), ("FooMark", P), ("PSNR", X), ("SSIM", X), ("BarLane", D), ("BarMark", D)], "Foo")
    assert [(r[2], r[3]) for r in rows] == expected


@pytest.mark.parametrize("text", [
    "Our model yields gains achieving +4.18 AP50 +4.59 AP50 and +4.99 AP50 on BarA-v2 BarB-v1 and BarC-R respectively.",
    "FooNet surpasses the next-best approach by 4.18% 4.59% and 4.99% in accuracy on BarA-v2 BarB-v1 and BarC-R respectively.",
    "Our model yields gains achieving +4.18 AP50, +4.59 AP50 and +4.99 AP50 on BarA-v2, BarB-v1 and BarC-R, respectively.",
])
def test_results_a_list_written_without_commas_pairs_in_order(text):
    rows = plain_rows(text, [("FooNet", P), ("AP50", X), ("BarA-v2", D), ("BarB-v1", D), ("BarC-R", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("BarA-v2", "4.18"), ("BarB-v1", "4.59"), ("BarC-R", "4.99")]


def test_results_a_compared_system_spelling_a_metric_is_no_metric():
    text = "On BarCOCO FooMIM outperforms MAE by 0.5 APbox. It also outperforms MAE by 0.2% on semantic segmentation."
    rows = plain_rows(text, [("FooMIM", P), ("MAE", X), ("APbox", X), ("BarCOCO", D)], "FooMIM")
    assert [(r[2], r[3]) for r in rows] == [("APbox", "0.5")]


def test_results_recognition_rates_are_metrics_and_compression_rates_are_not():
    text = "We achieve 90.29% / 88.23% segmentation accuracy and 65.52% / 63.89% recognition rate on the BarA and the BarB datasets, respectively."
    rows = plain_rows(text, [("BarA", D), ("BarB", D), ("segmentation accuracy", X)], "Foo")
    assert [(r[1], r[2], r[3]) for r in rows] == [("BarA", "segmentation accuracy", "90.29"), ("BarB", "segmentation accuracy", "88.23"),
                                                  ("BarA", "recognition rate", "65.52"), ("BarB", "recognition rate", "63.89")]
    assert plain_rows("The compression rate of FooZip is 45% on BarSet.", [("BarSet", D)], "FooZip") == []


def test_results_metrics_coordinated_before_one_value_share_it():
    rows = plain_rows("We improve accuracy and F score by 10% by identifying high-level contexts.", [], "FooNet")
    assert sorted((r[2], r[3], r[4]) for r in rows) == [("F score", "10", "improvement"), ("accuracy", "10", "improvement")]


def test_results_a_title_repeating_the_abstracts_value_is_one_result():
    title, abstract = "FooVO: Visual Odometry at 300 FPS", "Our entire system operates at 300 FPS in a natural environment."
    mentions = [Mention(P, "FooVO", "title", 0, 5, "", "test", 1.0), Mention(X, "FPS", "title", 30, 33, "", "test", 1.0),
                Mention(X, "FPS", "abstract", abstract.index("FPS"), abstract.index("FPS") + 3, "", "test", 1.0)]
    rows = paper_results(title, abstract, mentions, sentences)
    assert [(r.field, r.value) for r in rows] == [("abstract", "300")]


@pytest.mark.parametrize("text, expected", [
    ("On BarNet, we achieved top-1 and top-5 error rates of 39.7% and 18.9% which is considerably better than the previous results.",
     [("top-1 error", "39.7", "absolute"), ("top-5 error rate", "18.9", "absolute")]),
    ("On BarNet, our model reaches top-1 and top-5 accuracies of 79.7% and 94.9%.",
     [("top-1 accuracy", "79.7", "absolute"), ("top-5 accuracies", "94.9", "absolute")]),
])
def test_results_a_list_of_metrics_of_a_list_of_values_pairs_in_order(text, expected):
    rows = plain_rows(text, [("BarNet", D), ("top-5 error rates", X), ("top-5 accuracies", X)], "FooNet")
    assert [(r[2], r[3], r[4]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    ("FooNet achieves 76.4% mAP on BarSet at the speed of 23.6 FPS on iPhone 8 and 125 FPS on a desktop GPU.", ["76.4", "23.6", "125"]),
    ("FooNet achieves 76.4% mAP on BarSet at the speed of 23.6 FPS on the phone and 8 FPS on a watch.", ["76.4", "23.6", "8"]),
])
def test_results_a_whole_number_after_a_mixed_case_product_name_is_part_of_the_name(text, expected):
    assert [r[4] for r in credited_rows(text, [("FooNet", P), ("BarSet", D), ("mAP", X), ("FPS", X)], "FooNet")] == expected


def test_results_a_comment_clause_after_the_results_is_no_physical_trial():
    text = ("We present a new dialogue dataset - BarChat. Based on this dataset, we propose two tasks. "
            "The best retrieval model achieves 10.4% recall@1, indicating that the dataset presents challenging real-world problems.")
    assert [(r[2], r[4]) for r in credited_rows(text, [("BarChat", I), ("recall@1", X)])] == [("BarChat", "10.4")]


def test_results_a_number_before_an_energy_unit_is_no_score():
    text = "On BarSet, we achieve $99.42\\%$ accuracy at $121 \\mu$J per image, and $92.7\\%$ accuracy at $0.408 \\mu$J per image."
    assert [r[4] for r in credited_rows(text, [("BarSet", D), ("accuracy", X)])] == ["99.42", "92.7"]


@pytest.mark.parametrize("written", ["type 1 error", "Type 2 error", "type I error"])
def test_results_a_type_number_names_an_error_and_is_no_value(written):
    text = f"Using network theory, we are able to control {written} for FooNet and prove that it is consistent."
    assert ranked_rows(text, [("FooNet", P), ("error", X)], "FooNet") == []


def test_results_a_time_is_no_precision_score():
    text = "It permits an assessment of spike trains with 1 ms temporal precision. FooNet reaches a precision of 75% on BarSet."
    assert [r[4] for r in ranked_rows(text, [("FooNet", P), ("precision", X), ("BarSet", D)], "FooNet")] == ["75"]


def test_results_a_time_can_be_an_error():
    text = "A detailed evaluation demonstrates that FooNet achieves a mean square error of 5.845 ms on BarSet."
    assert [r[4] for r in ranked_rows(text, [("FooNet", P), ("mean square error", X), ("BarSet", D)], "FooNet")] == ["5.845"]


def test_results_an_enumeration_marker_is_no_value():
    text = "FooNet on BarSet suffers from two sources of convergence error: 1) client drift error caused by local steps, and 2) participation error."
    assert ranked_rows(text, [("FooNet", P), ("BarSet", D), ("error", X)], "FooNet") == []


@pytest.mark.parametrize("written, expected", [("AUCs", "AUC"), ("top-5 error rates", "top-5 error rate"), ("accuracies", "accuracies")])
def test_results_a_plural_metric_is_named_in_the_singular(written, expected):
    text = f"FooNet achieves {written} of 0.9816 on BarSet."
    assert [r[3] for r in ranked_rows(text, [("FooNet", P), ("BarSet", D), (written, X)], "FooNet")] == [expected]


def test_results_a_decimal_closing_a_parenthesised_list_is_a_value():
    text = "FooNet reaches a better AUC on BarSet (AUC: 0.72, 0.67)."
    assert [r[4] for r in ranked_rows(text, [("FooNet", P), ("BarSet", D), ("AUC", X)], "FooNet")] == ["0.72", "0.67"]


@pytest.mark.parametrize("sentence, metric, value, kind", [
    ("On BarSet, FooNet achieves relative word error rate (WER) improvements of 13.6% over the baseline.", "WER", "13.6", "improvement"),
    ("On BarSet, FooNet outperforms QuxNet, with dice scores improving by 2.16%.", "dice score", "2.16", "improvement"),
    ("On BarSet, the inclusion of FooNet reduces the RMSE in dynamic situations by 40%.", "RMSE", "40", "improvement"),
    ("On BarSet, FooNet outperforms a strong baseline by 10.7% (AUROC).", "AUROC", "10.7", "improvement"),
    ("On BarSet, FooNet improves top-1 recall dramatically to 66.83%.", "top-1 recall", "66.83", "absolute"),
])
def test_results_the_metric_of_a_value_written_in_other_words(sentence, metric, value, kind):
    named = [("BarSet", D), ("FooNet", P), ("QuxNet", M), ("WER", X), ("dice scores", X), ("RMSE", X), ("AUROC", X)]
    assert [(r[3], r[4], r[5]) for r in ranked_kind_rows(sentence, named, "FooNet")] == [(metric, value, kind)]


@pytest.mark.parametrize("written, value, unit", [
    ("a pouring error of 16.4 mL", "16.4", "mL"), ("a contact force error of 0.0117N", "0.0117", "N"),
    ("a mean absolute error of 0.586g", "0.586", "g"), ("a median pixel error of 0.017 px", "0.017", "px"),
])
def test_results_a_robots_error_in_the_units_of_what_it_measures_is_a_value(written, value, unit):
    rows = results_of(f"We evaluated FooNet on a physical system and averaged {written} over 5 trials.", [("FooNet", P)], "FooNet")
    assert [(r.value, r.unit) for r in rows if ranked(r.confidence)] == [(value, unit)]


def test_results_q8_accuracy_is_a_measure_of_its_own():
    rows = ranked_kind_rows("Our model achieves 66.4% Q8 accuracy on the BarSet dataset.", [("BarSet", D)], "FooNet")
    assert [(r[2], r[3], r[4]) for r in rows] == [("BarSet", "Q8 accuracy", "66.4")]


@pytest.mark.parametrize("prep", ["in", "on"])
def test_results_a_metric_written_as_its_long_form_after_in_or_on_is_the_values(prep):
    text = f"FooNet outperforms prior methods by 13.8% {prep} Average Displacement Error (ADE) and 10.4% {prep} Final Displacement Error (FDE)."
    assert ranked_metric_rows(text, [("FooNet", P), ("ADE", X), ("FDE", X)]) == [("ADE", "13.8", None, "improvement"), ("FDE", "10.4", None, "improvement")]


@pytest.mark.parametrize(
    "text, want",
    [
        # "and" after a value starts another item, not a comparison ("... and gap orientations up to 45°")
        ("FooNet reaches a success rate of 80% and gap orientations up to 45 degrees.", [("success rate", "80", None, "absolute")]),
        # an average over trials is no margin over them
        ("FooNet reaches an average success rate of 92.2% over a total of 90 trials.", [("success rate", "92.2", None, "absolute")]),
        # a level reached at least is hedged
        ("FooNet reaches a success rate of 90% and more on five materials.", []),
        # a conditional variant is no firm score ("55% in some cases"); the firm score beside it stays
        ("FooNet reaches a success rate of 81%, and improves it by 55% in some cases.", [("success rate", "81", None, "absolute")]),
    ],
)
def test_results_scores_written_with_and_or_over_after_them(text, want):
    assert ranked_metric_rows(text, [("FooNet", P), ("success rate", X)]) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # the metric closes the sentence, after the changes it measures
        ("FooBot outperforms baselines, achieving an 8% boost in simulation over the state of the art in policy success rate.",
         [("policy success rate", "8", "improvement")]),
        # the metric heads the sentence ("in terms of"), the change comes later
        ("In terms of AUC for a small budget, FooBot outperforms BarBoost by 10.2%.", [("AUC", "10.2", "improvement")]),
        # the items of a list after a score with its metric
        ("FooBot achieves a word error rate of 27.3% on the FooSpeech read-speech corpus with no prior linguistic information at all, "
         "21.9% with a lexicon, and 8.2% with a language model.",
         [("word error rate", "27.3", "absolute"), ("word error rate", "21.9", "absolute"), ("word error rate", "8.2", "absolute")]),
    ],
)
def test_results_a_percentage_naming_no_metric_takes_the_one_measure_of_its_sentence(text, want):
    assert metric_rows(text, [("FooBot", P), ("BarBoost", M)], "FooBot") == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a change of something the words name, not the metric
        ("FooBot reaches a mAP of 67.02% while reducing model training time by 19.82%.", [("mAP", "67.02", "absolute")]),
        ("FooBot improves by 60% in segmentation and 10% in localisation accuracy.", [("localisation accuracy", "10", "improvement")]),
        ("FooBot outperforms the base model in accuracy with only 1% higher computational cost.", []),
        ("FooBot gives a 25% gain on RMSE and a 21% gain on REL over prior work.", [("RMSE", "25", "improvement")]),
        # a measure read at a threshold is not the value's
        ("In particular, the APr at 0.5 IoU achieves 66.7% with FooBot.", []),
        # two measures: no single one to lend
        ("FooBot achieves 81% and improves accuracy and F1 by a wide margin.", []),
    ],
)
def test_results_the_sentence_measure_is_not_lent_to_other_quantities(text, want):
    assert metric_rows(text, [("FooBot", P), ("mAP", X), ("RMSE", X)], "FooBot") == want


def test_results_a_list_paired_respectively_keeps_its_own_pairing():
    # "the distance and the accuracy ... 96.93% and 91.14%, respectively": the distance is no accuracy
    rows = metric_rows("The distance and the accuracy of FooBot reached 96.93% and 91.14%, respectively.", [("FooBot", P)], "FooBot")
    assert "96.93" not in [v for _, v, _ in rows]


def test_results_the_exponent_of_a_number_in_scientific_notation_is_no_value():
    assert metric_rows("FooBot improves accuracy by 2.95E+01%.", [("FooBot", P)], "FooBot") == []


def test_results_a_respectively_list_of_values_shares_the_one_measure_it_names():
    rows = metric_rows("FooBot achieves 3.5% and 7.8% relative improvements over the best baseline in F1 score, respectively.",
                 [("FooBot", P), ("F1 score", X)], "FooBot")
    assert rows == [("F1 score", "3.5", "improvement"), ("F1 score", "7.8", "improvement")]


@pytest.mark.parametrize("text", [
    # a respectively list pairing with a list of measures, the sentence's metric first in it
    "FooBot outperforms prior work by 4.9% and 11.8% on the image segment of the public BarQA set on the accuracy and fluency metrics, respectively.",
    # a measure kept while another changes
    "FooBot reduces the energy consumption with an average reduction of 60.7% while keeping the accuracy.",
])
def test_results_a_measure_listed_with_others_or_kept_is_not_lent(text):
    assert metric_rows(text, [("FooBot", P)], "FooBot") == []


def test_results_a_copula_after_the_metric_states_its_score():
    rows = metric_rows("The testing accuracy for the suturing task based on our proposed method is 87.13%, which outperforms the rest.",
                 [("FooBot", P)], "FooBot")
    assert rows == [("accuracy", "87.13", "absolute")]


@pytest.mark.parametrize("text", [
    "The proportion data is 92% with angle error less than 15 degrees.",  # the metric after the value: a condition
    "The maximum contribution of error from stress direction is 2.52% for the stress magnitude.",  # a bound
    "The average gesture recognition rate is high, and the attention direction rate is 90%.",  # another measure between
])
def test_results_a_copula_states_no_score_of_a_metric_after_it_bounded_or_of_another_measure(text):
    assert metric_rows(text, [("FooBot", P)], "FooBot") == []


@pytest.mark.parametrize("text", [
    "FooBot reduces its parameters by 98.87% and inference time by 89.18% without a significant decrease in localization accuracy.",
    "FooBot reduces (by 98.5%) the computational cost of planning whilst achieving similar localization accuracy.",
    "FooBot reduced the completion time (by 59%) and the accuracy loss of the users.",
    "FooBot gives a success rate higher by 17%, the printing resolution finer by 30%.",
    "The topics lead to a 95% lower-dimensional feature space and better accuracy.",
    "FooBot beats random positioning, with as much as a 90% reduction in angular estimation error.",
])
def test_results_values_of_other_quantities_or_hedged_do_not_take_the_sentence_measure(text):
    assert [v for _, v, _ in metric_rows(text, [("FooBot", P)], "FooBot")] in ([], ["17"])


@pytest.mark.parametrize("text, metric", [
    ("FooBot achieves a winning FEVER score of 73.96% on the blind test set.", "FEVER score"),
    ("FooBot achieves 0.91 ROC-AUC and an F2-score of 0.55.", "F2-score"),
])
def test_results_an_acronym_score_and_the_f2_score_are_metrics(text, metric):
    assert metric in [m for m, _, _ in metric_rows(text, [("FooBot", P), ("ROC-AUC", X)], "FooBot")]


def test_results_a_list_is_lent_the_measure_as_a_whole():
    rows = metric_rows("The mean errors of FooBot along x, y, and z are 4.1%, 4.7%, and 9.8%, respectively.", [("FooBot", P)], "FooBot")
    assert [(m, v) for m, v, _ in rows] == [("mean error", "4.1"), ("mean error", "4.7"), ("mean error", "9.8")]
    # ... and changes something else as a whole
    assert metric_rows("FooBot reduced the completion time (by 59% and 58%) and the errors.", [("FooBot", P)], "FooBot") == []
    assert metric_rows("The average error and execution time are reduced by 63.6% and 28.5%, respectively.", [("FooBot", P)], "FooBot") == []


def test_results_pixel_before_a_metric_word_names_the_metric_not_a_unit():
    # "86.1 pixel accuracy", "85.2% pixel-wise accuracy": "pixel" opens the metric's name (session 17, rtrain2)
    text = "FooSeg achieves 69.6% mean accuracy on BarSet, and 86.1 pixel accuracy on BazSet."
    rows = ranked_rows(text, [("FooSeg", P), ("mean accuracy", X), ("pixel accuracy", X), ("BarSet", D), ("BazSet", D)], "FooSeg")
    assert ("BazSet", "pixel accuracy", "86.1") in [(r[2], r[3], r[4]) for r in rows]
    text = "FooSeg reaches 85.2% pixel-wise accuracy on BarSet, with 2.3 pixels of mean error."
    rows = ranked_rows(text, [("FooSeg", P), ("BarSet", D)], "FooSeg")
    assert ("BarSet", "85.2") in [(r[2], r[4]) for r in rows]


def test_results_a_metric_heading_the_value_wins_over_a_parenthesised_setting():
    # (the parenthesis after the value names the setting the score was measured at, not its measure;
    # "by 10.7% (AUROC)", with no metric heading the value, still reads AUROC)
    text = "On BarSet, FooProver achieves a success rate of 57.6% (Pass@32), surpassing BazProver by 7.6%."
    rows = unit_rows(text, [("FooProver", P), ("BarSet", D), ("success rate", X), ("Pass@32", X)], "FooProver")
    assert ("FooProver", "BarSet", "success rate", "57.6", "%", "absolute") in rows
    rows = unit_rows("FooNet improves over BazNet by 10.7% (AUROC) on BarSet.", [("FooNet", P), ("BarSet", D), ("AUROC", X)], "FooNet")
    assert [r[2] for r in rows] == ["AUROC"]
