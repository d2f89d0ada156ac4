"""Result tuples from sentences: absolute vs relative values, units, method attribution, non-scores.
The sentences are made up in the shapes abstracts use."""

from __future__ import annotations

import pytest

from kg.extract.results import find_results, parse_number
from kg.model import Mention, Role
from results_support import results_of, sentences


def _results(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.dataset, r.metric, r.value, r.unit, r.kind, r.baseline) for r in results_of(text, named, proposed)]


D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, named, proposed, want",
    [
        ("Our model reaches 84.1% top-1 accuracy on ImageNet.", [("ImageNet", D)], "FooNet",
         [("FooNet", "ImageNet", "top-1 accuracy", "84.1", "%", "absolute", None)]),
        ("FooNet achieves a BLEU of 28.4 on WMT14 En-De.", [("FooNet", P), ("WMT14 En-De", D), ("BLEU", X)], "FooNet",
         [("FooNet", "WMT14 En-De", "BLEU", "28.4", "", "absolute", None)]),
        ("On LibriSpeech, our system achieves a WER of 2.1% on test-clean.", [("LibriSpeech", D), ("WER", X)], "Bar",
         [("Bar", "LibriSpeech", "WER", "2.1", "%", "absolute", None)]),
        ("We obtain 92.3% and 88.1% accuracy on CIFAR-10 and SVHN, respectively.", [("CIFAR-10", D), ("SVHN", D)], None,
         [("(proposed)", "CIFAR-10", "accuracy", "92.3", "%", "absolute", None),
          ("(proposed)", "SVHN", "accuracy", "88.1", "%", "absolute", None)]),
        ("BaseNet scores 71.2 mIoU on Cityscapes.", [("BaseNet", M), ("mIoU", X), ("Cityscapes", D)], "Ours",
         [("BaseNet", "Cityscapes", "mIoU", "71.2", "", "absolute", None)]),
    ],
)
def test_results_absolute_scores_with_metric_dataset_and_method(text, named, proposed, want):
    assert _results(text, named, proposed) == want


@pytest.mark.parametrize(
    "text, named, want_kind, want_baseline",
    [
        ("It improves FID by 2.1 over SDXL.", [("FID", X), ("SDXL", M)], "improvement", "SDXL"),
        ("FooNet outperforms BarNet by 1.2 BLEU.", [("FooNet", P), ("BarNet", M), ("BLEU", X)], "improvement", "BarNet"),
        ("Our method yields a 15% accuracy gain over BarNet.", [("BarNet", M)], "improvement", "BarNet"),
    ],
)
def test_results_relative_claims_are_improvements_over_the_named_baseline(text, named, want_kind, want_baseline):
    rows = _results(text, named, "FooNet")
    assert rows and all(r[5] == want_kind for r in rows)
    assert rows[0][6] == want_baseline


@pytest.mark.parametrize(
    "text, named",
    [
        ("ResNet-50 gets up to 76% accuracy.", [("ResNet-50", M)]),
        ("Accuracy rises to over 90% with more data.", []),
        ("It is 3x faster with 1.2B parameters and 40% fewer FLOPs.", []),
        ("Accuracy ranges from 60-70% across tasks.", []),
        ("We report accuracy on 10,000 images from 2019.", []),
        ("As shown in Table 3, accuracy improves.", []),
    ],
)
def test_results_ranges_hedges_and_other_quantities_are_not_scores(text, named):
    assert [r for r in _results(text, named) if r[5] == "absolute"] == []


def test_results_fps_is_a_result_when_the_metric_is_speed():
    rows = _results("FooNet runs at 30 FPS on KITTI.", [("FooNet", P), ("FPS", X), ("KITTI", D)], "FooNet")
    assert rows and rows[0][2] == "FPS" and rows[0][3] == "30"


def test_results_parse_number_reads_thousands_separators():
    assert parse_number("1,234.5") == 1234.5 and parse_number("84.1") == 84.1 and parse_number("x") is None


def test_results_a_list_of_values_pairs_with_metrics_named_respectively():
    text = "FooNet beats prior work by 4.2%, 8.8% and 4.7% in MPJPE, PA-MPJPE and PVE, respectively."
    rows = _results(text, [("FooNet", P), ("MPJPE", X), ("PA-MPJPE", X), ("PVE", X)], "FooNet")
    assert [(r[2], r[3], r[5]) for r in rows] == [("MPJPE", "4.2", "improvement"), ("PA-MPJPE", "8.8", "improvement"), ("PVE", "4.7", "improvement")]


def test_results_values_pair_with_datasets_respectively_within_each_metric():
    text = "We achieve an IS of 13.7 and 12.8, and an FID of 52.3 and 60.3, on COCO and Genome, respectively."
    rows = _results(text, [("IS", X), ("FID", X), ("COCO", D), ("Genome", D)], "Ours")
    assert [(r[2], r[3], r[1]) for r in rows] == [("IS", "13.7", "COCO"), ("IS", "12.8", "Genome"), ("FID", "52.3", "COCO"), ("FID", "60.3", "Genome")]


def test_results_a_second_value_shares_the_metric_of_the_first_in_an_elliptical_list():
    text = "GenNet reaches an FID of 12.5 on COCO and 10.1 on LSUN."
    rows = _results(text, [("GenNet", P), ("FID", X), ("COCO", D), ("LSUN", D)], "GenNet")
    assert [(r[1], r[3]) for r in rows] == [("COCO", "12.5"), ("LSUN", "10.1")]


@pytest.mark.parametrize("text", ["Videos of 512 * 768 resolution reach 30 FPS.", "We use 2-bit weights with accuracy kept.",
                                  "Images are 256x256 with accuracy intact."])
def test_results_dimensions_and_bit_widths_are_not_scores(text):
    assert all(r[3] not in ("768", "2", "256") for r in _results(text, [("FPS", X)] if "FPS" in text else []))


def test_results_values_with_different_units_are_not_one_list():
    rows = _results("FooNet has an error of 0.26 mm, 64% lower than before.", [("FooNet", P)], "FooNet")
    assert ("0.26", "mm", "absolute") in [(r[3], r[4], r[5]) for r in rows]


def test_results_dataset_comes_from_the_previous_sentence_when_it_names_one():
    text = "We train on the Foo-200 benchmark. Our model obtains 71.5% accuracy."
    rows = _results(text, [("Foo-200", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("Foo-200", "71.5")]


def test_results_previous_sentence_with_several_datasets_gives_none_to_a_single_value():
    text = "We test on Foo-200 and BarSet. Our model obtains 71.5% accuracy."
    assert [r[1] for r in _results(text, [("Foo-200", D), ("BarSet", D)], "Net")] == [None]


def test_results_previous_sentence_datasets_pair_with_a_respectively_list():
    text = "We test on Foo-200 and BarSet. The error rates are 3.1% and 4.2%, respectively."
    rows = _results(text, [("Foo-200", D), ("BarSet", D)], "Net")
    assert [(r[1], r[2], r[3]) for r in rows] == [("Foo-200", "error rate", "3.1"), ("BarSet", "error rate", "4.2")]


def test_results_value_on_an_unrecognised_named_set_takes_its_written_name():
    # the sentence names its set, no recogniser knows it: the name as written, not the previous sentence's set
    text = "We test on Foo-200. It reaches 71% F1 on the new Qux2021 split."
    assert [r[1] for r in _results(text, [("Foo-200", D), ("F1", X)], "Net")] == ["Qux2021"]


@pytest.mark.parametrize("text, name", [("It sets 29.8 BLEU on WMT’15 English-Czech.", "WMT’15 English-Czech"),
                                        ("It beats the best entry in Foo Bar Challenge 2019 with 0.7 F1 score.", "Foo Bar Challenge 2019"),
                                        ("We report 88.1% accuracy on the Levy-Holt dataset.", "Levy-Holt")])
def test_results_unrecognised_set_with_a_digit_or_a_set_noun_is_named_as_written(text, name):
    assert [r[1] for r in _results(text, [("mIoU", X), ("BLEU", X), ("F1 score", X)], "Net")] == [name]


@pytest.mark.parametrize("text", ["It gains 5.5 mIoU for the QUX adaptation task.", "It reaches 71.2% accuracy on six KPE benchmarks."])
def test_results_values_on_unrecognised_unnamable_sets_are_dropped_not_given_no_dataset(text):
    assert _results(text, [("mIoU", X), ("BLEU", X), ("F1 score", X)], "Net") == []


def test_results_a_sentence_on_a_recognised_set_keeps_its_values():
    rows = _results("It sets 29.8 BLEU on WMT’15 English-Czech.", [("BLEU", X), ("WMT’15 English-Czech", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("WMT’15 English-Czech", "29.8")]


def test_results_from_a_to_b_keeps_the_end_value_and_drops_the_start():
    text = "Our method lowers the error rate of the plain baseline from 16.1% to 12.7% on Foo-200."
    rows = _results(text, [("Foo-200", D)], "Net")
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows] == [("Net", "Foo-200", "error rate", "12.7", "absolute")]


@pytest.mark.parametrize("text", ["Accuracy moves from 10% to 30% across seeds.", "Accuracy improves by as much as from 10% to 30%.",
                                  "Accuracy is 10% to 30% lower.", "We need 40 steps required to achieve a 2% error rate."])
def test_results_ranges_hedged_changes_and_targets_are_not_scores(text):
    assert [r for r in _results(text, []) if r[5] == "absolute" and r[3] in ("10", "30", "2")] == [
        r for r in _results(text, []) if r[5] == "absolute" and r[3] == "30" and text.startswith("Accuracy moves")]


def test_results_metrics_named_respectively_before_the_values():
    text = "FooNet reaches accuracy and ROC-AUC scores of 91% and 88.5%, respectively."
    rows = _results(text, [("FooNet", P), ("ROC-AUC", X)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == [("accuracy", "91"), ("ROC-AUC", "88.5")]


def test_results_plural_generic_metric_is_named_in_the_singular():
    rows = _results("We obtain error rates of 2.5% and 3.5% on Foo-200 and BarSet, respectively.", [("Foo-200", D), ("BarSet", D)])
    assert [(r[1], r[2]) for r in rows] == [("Foo-200", "error rate"), ("BarSet", "error rate")]


def test_results_latex_math_and_escaped_percent_around_values():
    rows = _results("Our model obtains a mAP of $41.5$ and accuracy of 90.2\\%.", [("mAP", X)], "Net")
    assert [(r[2], r[3], r[4]) for r in rows] == [("mAP", "41.5", ""), ("accuracy", "90.2", "%")]


def test_results_a_parenthesised_value_is_an_aside_of_the_one_before_it():
    text = "On Foo-10 and Foo-20 we reach accuracies of 91.0% (92.5% with an ensemble) and 70.1%, respectively."
    rows = _results(text, [("Foo-10", D), ("Foo-20", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("Foo-10", "91.0"), ("Foo-10", "92.5"), ("Foo-20", "70.1")]


def test_results_speed_has_no_dataset_and_a_value_of_another_quantity_is_dropped():
    rows = _results("FooNet reaches 40.2% AP at 25 fps on Foo-200 while cutting compute from 9.1 to 2.2 teraflops.",
                    [("FooNet", P), ("AP", X), ("fps", X), ("Foo-200", D)], "FooNet")
    assert [(r[1], r[2], r[3]) for r in rows] == [("Foo-200", "AP", "40.2"), (None, "fps", "25")]


@pytest.mark.parametrize(
    "text, named, want",
    [
        ("It gives a relative error reduction of 9.5% on Foo-200.", [("Foo-200", D)], ("error", "9.5", "improvement")),
        ("It brings an increase in accuracy of 0.4% on Foo-200.", [("Foo-200", D)], ("accuracy", "0.4", "improvement")),
        ("Our method beats BarNet in PSNR by an average of 1.5 dB on Foo-200.", [("BarNet", M), ("PSNR", X), ("Foo-200", D)],
         ("PSNR", "1.5", "improvement")),
    ],
)
def test_results_improvement_cues_of_reductions_increases_and_averages(text, named, want):
    assert [(r[2], r[3], r[5]) for r in _results(text, named, "Net")] == [want]


def test_results_a_second_value_inherits_the_improvement_of_an_elliptical_list():
    text = "It improves the state of the art by 2.5 mIoU for SetA and 1.9 mIoU for SetB."
    rows = _results(text, [("mIoU", X)], "Net")
    assert [(r[3], r[5]) for r in rows] == [("2.5", "improvement"), ("1.9", "improvement")]


def test_results_a_value_followed_by_an_unknown_acronym_does_not_take_the_previous_metric():
    rows = _results("It gains 1.1% AUROC and 2.6% PRO on Foo-200.", [("AUROC", X), ("Foo-200", D)], "Net")
    assert [r[3] for r in rows] == ["1.1"]


@pytest.mark.parametrize(
    "text, named, want_method, want_baseline",
    [
        ("Our model improves BarNet by 0.7% in top-1 accuracy.", [("BarNet", M)], "Net", "BarNet"),
        ("It shows clear gains over classic tools, such as BazSVM and BarNet, reaching 81% accuracy.",
         [("BazSVM", M), ("BarNet", M)], None, "BarNet"),  # no subject named: unattributed, not the baseline
        ("In particular, QuxNet-L2 achieves 55.1% AP on Foo-200.", [("Foo-200", D), ("AP", X)], "QuxNet-L2", None),
        ("We show that the Deep Qux Model establishes a BLEU of 31.2.", [("BLEU", X)], "Deep Qux Model", None),
    ],
)
def test_results_method_is_the_subject_not_the_compared_system(text, named, want_method, want_baseline):
    rows = _results(text, named, "Net")
    assert rows and (rows[0][0], rows[0][6]) == (want_method, want_baseline)


def test_results_a_dataset_mention_that_scores_is_the_method():
    text = "On Foo-200, BarBench achieves 1.2 EPE."
    rows = _results(text, [("Foo-200", D), ("BarBench", Role.INTRODUCED_DATASET), ("EPE", X)], "BarBench")
    assert [(r[0], r[1]) for r in rows] == [("BarBench", "Foo-200")]


def test_results_own_cue_does_not_reach_across_a_colon():
    # "we" before the colon does not claim the score; the people after it are what is scored
    text = "We ensure quality: trained annotators reach 65% accuracy."
    assert [r[0] for r in _results(text, [], None)] == ["trained annotators"]


@pytest.mark.parametrize(
    "text",
    [
        "Our model reaches about 81% accuracy.",
        "Our model reaches more than {20.1\\% and 22.4\\%} accuracy.",
        "We learn to accuracy 1-eps in polynomial time.",
        "It improves the accuracy of 3D reconstruction.",
        "We measure success rates of 802.15.4 radios.",
        "The system meets a 5 mm accuracy specification.",
    ],
)
def test_results_hedges_hedged_lists_expressions_names_and_targets_give_no_result(text):
    assert _results(text, [], "Net") == []


def test_results_a_dataset_named_right_before_a_parenthesised_gain():
    text = "FooNet sets a new state of the art on SetA (+6.0 mAP), Qux (+3.1 mAP) and SetB (+2.2 mAP)."
    rows = _results(text, [("FooNet", P), ("SetA", D), ("SetB", D), ("mAP", X)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "6.0"), (None, "3.1"), ("SetB", "2.2")]


def test_results_values_on_unrecognised_sets_get_no_dataset_rather_than_the_nearest():
    text = "The tuned model gives accuracy of 97% on our in-house corpus and 98% on the Foo corpus."
    rows = _results(text, [("Foo corpus", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [(None, "97"), ("Foo corpus", "98")]


def test_results_respectively_with_fewer_recognised_datasets_than_values_gives_none():
    text = "It improves ROUGE-L by 2.0 and 1.3 points on the Qux and Foo datasets, respectively."
    rows = _results(text, [("ROUGE-L", X), ("Foo", D)], "Net")
    assert [r[1] for r in rows] == [None, None]


def test_results_values_with_signs_form_one_list():
    text = "It gains +0.4%, +0.3% and +0.2% F1 on SetA, SetB and SetC respectively."
    rows = _results(text, [("F1", X), ("SetA", D), ("SetB", D), ("SetC", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "0.4"), ("SetB", "0.3"), ("SetC", "0.2")]


def test_results_a_value_credited_to_a_compared_system_has_no_method():
    text = "Our FooNet reaches 59% accuracy, much better than random (11% accuracy) but short of the 87% accuracy of experts."
    rows = _results(text, [("FooNet", P)], "FooNet")
    assert [(r[0], r[3]) for r in rows] == [("FooNet", "59"), (None, "11"), (None, "87")]


def test_results_a_dataset_paper_does_not_credit_unattributed_scores_to_itself():
    text = "We present QuxQA, a benchmark of hard questions. The best system reaches 65% accuracy."
    mentions = [Mention(Role.INTRODUCED_DATASET, "QuxQA", "abstract", 11, 16, "", "test", 1.0)]
    rows = find_results(text, sentences(text), mentions)
    assert [(r.method, r.proposed, r.dataset) for r in rows] == [(None, False, "QuxQA")]


def test_results_prior_work_sentence_is_not_the_papers_own_score():
    assert [r[0] for r in _results("Prior works [3] report a mean error of 7.1 mm.", [], "Net")] == [None]


def test_results_a_list_pairs_in_order_with_as_many_datasets_after_it():
    text = "It brings a 3.1% and 2.0% accuracy gain on SetA and SetB."
    rows = _results(text, [("SetA", D), ("SetB", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "3.1"), ("SetB", "2.0")]


def test_results_a_metric_repeated_on_each_member_still_makes_one_list():
    text = "FooNet reaches 3.5 FID and 2.4 FID on SetA and SetB, respectively."
    rows = _results(text, [("FooNet", P), ("FID", X), ("SetA", D), ("SetB", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "3.5"), ("SetB", "2.4")]


def test_results_the_previous_best_value_is_not_credited_to_the_method():
    text = "FooNet gets a precision of 93.4% vs the best previous precision of 74.0% on SetA."
    rows = _results(text, [("FooNet", P), ("SetA", D)], "FooNet")
    assert [(r[0], r[3]) for r in rows] == [("FooNet", "93.4"), (None, "74.0")]


def test_results_a_gain_then_the_score_reached_are_an_improvement_and_an_absolute():
    rows = _results("It shows a gain of 15% on SetA, reaching 75% F1.", [("SetA", D), ("F1", X)], "Net")
    # (the gain names no metric: it is in the one measure its sentence names)
    assert [(r[2], r[3], r[5]) for r in rows] == [("F1", "15", "improvement"), ("F1", "75", "absolute")]


@pytest.mark.parametrize("text", ["We get between 4% and 17% better accuracy.", "Calibration has ± 50% accuracy."])
def test_results_both_ends_of_between_and_plus_minus_values_are_not_scores(text):
    assert _results(text, [], "Net") == []


def test_results_a_different_metric_after_and_ends_the_elliptical_list():
    rows = _results("It has an RMS error of 3.5 mm and correlation coefficient of 99.0%.", [], "Net")
    assert [(r[2], r[3]) for r in rows] == [("error", "3.5")]


def test_results_outperforming_with_a_value_is_an_improvement():
    rows = _results("Our method outperforms the state of the art on SetA with 6.8% in F-measure.", [("SetA", D)], "Net")
    assert [(r[2], r[3], r[5]) for r in rows] == [("F-measure", "6.8", "improvement")]


def test_results_own_cue_reaches_over_while():
    rows = _results("Built on BarNet, our method halves compute while keeping 76.4% top-1 accuracy.", [("BarNet", M)], "Net")
    assert [(r[0], r[3]) for r in rows] == [("Net", "76.4")]


def test_results_slash_lists_of_metrics_and_values_pair_in_order_and_carry_to_the_next_list():
    text = "FooNet gets BLEU-4 / CIDEr scores of 36.1 / 110.2 with loss A and 37.0 / 121.5 with loss B."
    rows = _results(text, [("FooNet", P), ("BLEU-4", X), ("CIDEr", X)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == [("BLEU-4", "36.1"), ("CIDEr", "110.2"), ("BLEU-4", "37.0"), ("CIDEr", "121.5")]


def test_results_respectively_over_a_quantity_and_a_metric_gives_the_metric_only_its_value():
    text = "The speed and the tracking accuracy of the robot rise by 30% and 12%, respectively."
    assert [(r[2], r[3]) for r in _results(text, [], "Net")] == [("accuracy", "12")]


def test_results_a_robot_sentence_borrows_no_benchmark_from_the_previous_sentence():
    text = "We evaluate on the Foo-200 benchmark. We also deploy it on a real robot, reaching an 84% success rate."
    assert [r[1] for r in _results(text, [("Foo-200", D)], "Net")] == [None]


def test_results_the_score_of_baselines_given_as_an_example_has_no_method():
    text = "FooNet reaches 62.0% mAP, on par with strong baselines (e.g., 63.8% mAP)."
    rows = _results(text, [("FooNet", P), ("mAP", X)], "FooNet")
    assert [(r[0], r[3]) for r in rows] == [("FooNet", "62.0"), (None, "63.8")]


@pytest.mark.parametrize("text", ["It reaches an accuracy of 10.6 kPa in pressure.", "Gains are up to +2.7\\% nDCG."])
def test_results_values_in_unknown_units_and_hedged_signed_values_are_not_scores(text):
    assert [r for r in _results(text, [("nDCG", X)] if "nDCG" in text else [], "Net") if r[5] == "absolute"] == []


def test_results_a_signed_aside_is_an_improvement_and_the_score_before_it_absolute():
    rows = _results("We reach accuracies of 91.2% (+3.3%) and 88.0% (+1.2%) on SetA and SetB, respectively.",
                    [("SetA", D), ("SetB", D)], "Net")
    assert [(r[1], r[3], r[5]) for r in rows] == [("SetA", "91.2", "absolute"), ("SetA", "3.3", "improvement"),
                                                   ("SetB", "88.0", "absolute"), ("SetB", "1.2", "improvement")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("It brings 1.7 average F1 score improvements to the base model.", "1.7"),
        ("It keeps improving 0.6 pp in BLEU score.", "0.6"),
        ("There is a large gap (19.9% in ROUGE-L) between models and people.", "19.9"),
    ],
)
def test_results_gains_gaps_and_drops_are_not_absolute_scores(text, value):
    rows = _results(text, [("ROUGE-L", X), ("BLEU score", X), ("F1 score", X)], "Net")
    assert all(r[5] == "improvement" for r in rows if r[3] == value)


def test_results_human_score_and_within_a_margin_are_not_the_methods_scores():
    rows = _results("Our tagger reaches 83.8% accuracy and approaches human accuracy of 88.4%, within a 1.5 BLEU gap.",
                    [("BLEU", X)], "Net")
    assert [(r[0], r[3]) for r in rows if r[5] == "absolute"] == [("Net", "83.8"), ("human", "88.4")]


def test_results_the_last_on_dataset_before_a_value_is_its_dataset():
    text = "On SetA, FooNet reaches 80.1% top-1 accuracy and 95.0% top-5 accuracy, while on SetB it gets 40.2 mAP."
    rows = _results(text, [("FooNet", P), ("SetA", D), ("SetB", D), ("mAP", X)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "80.1"), ("SetA", "95.0"), ("SetB", "40.2")]


def test_results_a_list_of_datasets_before_a_value_gives_none():
    text = "On SetA, SetB and SetC, FooNet reaches 80.1% accuracy."
    assert [r[1] for r in _results(text, [("FooNet", P), ("SetA", D), ("SetB", D), ("SetC", D)], "FooNet")] == [None]


def test_results_a_passive_subject_of_an_improvement_is_the_baseline():
    text = "BarNet can be accelerated by 1.5x with an increase in accuracy of 0.4% on SetA."
    rows = _results(text, [("BarNet", M), ("SetA", D)], "Net")
    assert [(r[0], r[3], r[5], r[6]) for r in rows] == [("Net", "0.4", "improvement", "BarNet")]


def test_results_a_list_measured_on_one_dataset_shares_it():
    rows = _results("We reach 73.8% and 75.3% top-1 accuracy on SetA at two latencies.", [("SetA", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "73.8"), ("SetA", "75.3")]


def test_results_a_list_before_one_recognised_set_of_a_pair_gives_none():
    rows = _results("It gains 13.1% and 9% in accuracy on the SetA and Qux datasets.", [("SetA", D)], "Net")
    assert [r[1] for r in rows] == [None, None]


def test_results_respectively_over_configurations_keeps_the_sentences_one_dataset():
    text = "Experiments on SetA show 56.4% and 62.2% top-1 accuracy with 18 and 34 layers, respectively."
    assert [r[1] for r in _results(text, [("SetA", D)], "Net")] == ["SetA", "SetA"]


def test_results_a_dataset_and_its_acronym_are_one_set_and_the_dataset_refers_back():
    text = "We test on the Foo Body Corpus (FBC) and obtain an accuracy of 58.4%. On QuxQA our model gets 61.0% accuracy on the dataset."
    rows = _results(text, [("Foo Body Corpus", D), ("FBC", D), ("QuxQA", D)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("Foo Body Corpus", "58.4"), ("QuxQA", "61.0")]


def test_results_a_dataset_after_a_threshold_like_iou_at_half_still_attaches():
    text = "It reaches 35.4% mAP on SetA and mAP 54.1% at IoU@0.5 on SetB."
    rows = _results(text, [("SetA", D), ("SetB", D), ("mAP", X)], "Net")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "35.4"), ("SetB", "54.1")]


@pytest.mark.parametrize("text, metric", [("Our model has an overall classification accuracy of 91.5%.", "accuracy"),
                                          ("We report an average success rate of 70%.", "success rate"),
                                          ("It keeps a top-1 accuracy of 80.2%.", "top-1 accuracy")])
def test_results_averaging_and_split_words_leave_the_metric_name(text, metric):
    assert [r[2] for r in _results(text, [], "Net")] == [metric]


@pytest.mark.parametrize("text", ["It speeds up BarNet while only sacrificing 0.4% top-1 accuracy on SetA.",
                                  "Pruning gives a loss of 0.02% in the top-1 accuracy on SetA.",
                                  "We see a 2.6% mAP boost on SetA.", "It beats baselines by 12% ∼ 20% mean IoU on SetA."])
def test_results_degradations_boosts_and_tilde_ranges_are_not_absolute(text):
    rows = _results(text, [("BarNet", M), ("SetA", D), ("mAP", X), ("IoU", X)], "Net")
    assert [r for r in rows if r[5] == "absolute"] == []


def test_results_an_iou_threshold_is_neither_a_score_nor_the_metric_of_the_next_value():
    rows = _results("The AP over 20 classes at 0.5 IoU achieves 66.7% on SetA.", [("IoU", X), ("SetA", D)], "Net")
    assert rows == []


def test_results_prior_art_score_has_no_method_and_a_pretraining_set_is_not_the_test_set():
    rows = _results("Where prior art has 27.9% accuracy, our method achieves 55.7%.", [], "Net")
    assert [(r[0], r[3]) for r in rows] == [(None, "27.9"), ("Net", "55.7")]  # 55.7 is in the sentence's one measure
    assert [r[1] for r in _results("It gets 75.8% mIoU without being pretrained on SetC.", [("mIoU", X), ("SetC", D)], "Net")] == [None]


def test_results_a_value_in_another_unit_does_not_take_the_previous_metric():
    rows = _results("FooNet reaches 50.2% accuracy and 2.9 ms latency on SetA.", [("FooNet", P), ("SetA", D)], "FooNet")
    assert [(r[2], r[3]) for r in rows] == [("accuracy", "50.2")]


def test_results_lists_of_values_each_followed_by_its_set_pair_respectively_with_something_else():
    text = ("FooFix boosts the accuracy of BarLM-8B and BarLM-70B, achieving absolute gains of 8.8% and 11.6% on SetA, "
            "10.0% and 20.0% on SetB, and 3.3% and 6.7% on SetC, respectively.")
    rows = _results(text, [("accuracy", X), ("SetA", D), ("SetB", D), ("SetC", D)], "FooFix")
    assert [(r[1], r[3]) for r in rows] == [("SetA", "8.8"), ("SetA", "11.6"), ("SetB", "10.0"), ("SetB", "20.0"),
                                            ("SetC", "3.3"), ("SetC", "6.7")]


@pytest.mark.parametrize("sets, expected", [
    ("FooVOC 2007 and 2012 benchmarks", ["FooVOC 2007", "FooVOC 2012"]),
    ("BarCUB-2010 and 2011 bird datasets", ["BarCUB-2010", "BarCUB-2011"]),
])
def test_results_a_bare_edition_year_after_a_set_edition_names_that_set(sets, expected):
    first, year = sets.split(" and ")[0], sets.split(" and ")[1].split()[0]
    text = f"With FooMine, we obtain 48.0% and 44.4% mAP scores on the {sets}, which are the new state-of-the-arts."
    rows = _results(text, [("mAP", X), (first, D), (year, D)], "FooMine")
    assert [r[1] for r in rows] == expected


def test_results_translation_directions_of_the_sentence_before_pair_with_a_respectively_list():
    text = ("We conduct experiments on benchmark datasets of My-En, Id-En and Tr-En translation scenarios. "
            "The test results show that our method produces substantial improvements, achieving the BLEU scores of 22.5, 28.0 and 18.1 respectively.")
    rows = _results(text, [("BLEU", X)], "FooAlign")
    assert [(r[1], r[3]) for r in rows] == [("My-En", "22.5"), ("Id-En", "28.0"), ("Tr-En", "18.1")]


def test_results_hyphenated_words_of_the_sentence_before_are_no_translation_directions():
    text = "We study Style-Guided and Break-Even settings. The method reaches accuracies of 81.5% and 77.0% respectively."
    rows = _results(text, [("accuracies", X)], "FooAlign")
    assert [r[1] for r in rows] == [None, None]



def test_results_a_backbone_after_based_on_is_no_unnamed_set_and_the_set_before_is_borrowed():
    text = ("Extensive evaluations are run on the BarCOCO dataset. With BazDet based on ResNet-101 with FPN, "
            "our approach improves detection mAP by 3.3%.")
    rows = _results(text, [("BarCOCO", D), ("BazDet", M), ("ResNet-101", M), ("FPN", M), ("mAP", X)], "FooDet")
    assert [(r[1], r[3]) for r in rows] == [("BarCOCO", "3.3")]


def test_results_an_unknown_name_heading_a_list_of_unknown_names_gives_no_set():
    text = "FooRot achieves a perplexity improvement of 0.98 and 0.95 on W4A4KV4 and W4A4KV16, respectively, for BarLM-70B."
    rows = [r for r in _results(text, [("perplexity", X), ("BarLM-70B", M)], "FooRot")]
    assert [r[1] for r in rows if r[1] is not None] == []
