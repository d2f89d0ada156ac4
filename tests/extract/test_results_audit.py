"""Result tuples from the error classes a hand audit of corpus abstracts outside every gold set
showed (session 7): operating points and gaps read as scores, hedged margin lists, relative
values read as absolute, parts of a system credited as its method, and tables written in prose.
The sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from kg.extract.results import find_results
from kg.model import Mention, Role
from results_support import results_of, sentences


def _results(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    return [(r.method, r.dataset, r.metric, r.value, r.unit, r.kind) for r in results_of(text, named, proposed)]


D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, named, value",
    [
        ("FooNet shows a recall of 93% at a low false positive rate of 5%.", [("FooNet", P), ("recall", X), ("false positive rate", X)], "5"),
        ("The best tracker reaches a recall of 75.9% at IoU 0.1 on the test split.", [("recall", X), ("IoU", X)], "0.1"),
    ],
)
def test_results_audit_operating_point_after_at_is_no_score(text, named, value):
    rows = _results(text, named, "FooNet")
    assert value not in [r[3] for r in rows]
    assert [r[3] for r in rows][:1] in (["93"], ["75.9"])


def test_results_audit_change_of_a_gap_gives_no_scores():
    text = "FooPrune shows a reduction in performance decline from 1.5 mAP to 0.3 mAP on COCO compared to token pruning."
    assert _results(text, [("FooPrune", P), ("mAP", X), ("COCO", D)], "FooPrune") == []


def test_results_audit_narrowing_a_gap_gives_no_scores():
    text = "FooNet narrows the gap from 10.2% to 2.1% accuracy on BarSet."
    assert _results(text, [("FooNet", P), ("accuracy", X), ("BarSet", D)], "FooNet") == []


def test_results_audit_hedged_margin_list_gives_no_member():
    text = "FooSum leads on BarSum, up to a margin of 3.38 ROUGE-1, 3.72 ROUGE-2, and 3.28 ROUGE-L when combined with transfer learning."
    named = [("FooSum", P), ("BarSum", D), ("ROUGE-1", X), ("ROUGE-2", X), ("ROUGE-L", X)]
    assert _results(text, named, "FooSum") == []


def test_results_audit_caret_after_a_number_is_an_exponent():
    text = "FooRender achieves near perfect reconstruction (>74 dB PSNR at 1024^2 resolution)."
    assert "1024" not in [r[3] for r in _results(text, [("FooRender", P), ("PSNR", X)], "FooRender")]


def test_results_audit_metric_of_a_value_than_another_is_a_margin():
    rows = _results("The proposed FooNet achieves a higher mIoU of 3.1% than the best network, BarFusion.",
                    [("FooNet", P), ("mIoU", X), ("BarFusion", M)], "FooNet")
    assert [(r[3], r[5]) for r in rows] == [("3.1", "improvement")]


def test_results_audit_next_sentence_improvement_says_nothing_of_a_value():
    rows = _results("The generated data achieved an AUC of 0.89%. This improvement is due to the size of the data.", [("AUC", X)], "Foo")
    assert [(r[3], r[5]) for r in rows] == [("0.89", "absolute")]


def test_results_audit_respectively_with_a_set_no_mention_covers_gives_no_set():
    text = ("Experiments on a popular abdominal CT dataset and an MRI dataset show that FooSAM improves over the "
            "state of the art, with average improvements of 10.21% and 1.80% in terms of DSC, respectively.")
    rows = _results(text, [("FooSAM", P), ("MRI", D), ("DSC", X)], "FooSAM")
    assert all(r[1] != "MRI" for r in rows)


def test_results_audit_name_trained_is_a_part_not_the_subject():
    # the recognisers mark "BarFace" in "BarFace-trained" (the test helper marks only whole words)
    text = "The proposed system based on a cascade for segmentation and BarFace-trained features achieved an accuracy of 86.8%."
    at = text.index("BarFace")
    mentions = [Mention(Role.METHOD, "BarFace", "abstract", at, at + 7, "", "test", 1.0),
                Mention(Role.METRIC, "accuracy", "abstract", text.index("accuracy"), text.index("accuracy") + 8, "", "test", 1.0)]
    rows = find_results(text, sentences(text), mentions, proposed_name="FooSys")
    assert [(r.method, r.value) for r in rows] == [("FooSys", "86.8")]


def test_results_audit_backbone_is_not_the_subject():
    text = ("FooVOS outperforms the previous methods by increasing the J&F score by 4.0 and 1.9 points using BarNet and BarSwin "
            "as the backbone on BazSet, respectively, and +2.0 mAP on BazSet by using BarSwin backbone.")
    rows = _results(text, [("FooVOS", P), ("BarNet", M), ("BarSwin", M), ("BazSet", D), ("mAP", X)], "FooVOS")
    assert rows and all(r[0] != "BarSwin" for r in rows)


def test_results_audit_acronym_metric_in_parentheses_before_of():
    rows = _results("FooSeg achieves a Dice similarity coefficient (DSC) of 83.47% on BarSet.", [("FooSeg", P), ("DSC", X), ("BarSet", D)], "FooSeg")
    assert rows == [("FooSeg", "BarSet", "DSC", "83.47", "%", "absolute")]


def test_results_audit_metric_value_pairs_before_one_set_are_on_it():
    text = ("FooSeg achieves a DSC of 83.47% and an HD95 of 3.83 on the BarSet dataset, as well as a DSC of 83.42% "
            "and an HD95 of 5.10 on the BazSet dataset.")
    rows = _results(text, [("FooSeg", P), ("DSC", X), ("HD95", X), ("BarSet", D), ("BazSet", D)], "FooSeg")
    assert [(r[1], r[2], r[3]) for r in rows] == [("BarSet", "DSC", "83.47"), ("BarSet", "HD95", "3.83"),
                                                   ("BazSet", "DSC", "83.42"), ("BazSet", "HD95", "5.10")]


def test_results_audit_pairs_with_their_own_sets_keep_them():
    text = "FooNet reaches 84.1% accuracy on BarSet and an F1 of 79.2 on BazSet."
    rows = _results(text, [("FooNet", P), ("accuracy", X), ("F1", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "84.1"), ("BazSet", "79.2")]


def test_results_audit_table_in_prose_takes_the_sentences_one_metric():
    text = "FooNet improves classification accuracy on every benchmark, including BarSet (+3.33%), BazSet (+1.64%) and QuxSet (+0.92%)."
    rows = _results(text, [("FooNet", P), ("BarSet", D), ("BazSet", D), ("QuxSet", D)], "FooNet")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("BarSet", "accuracy", "3.33", "improvement"),
                                                         ("BazSet", "accuracy", "1.64", "improvement"),
                                                         ("QuxSet", "accuracy", "0.92", "improvement")]


def test_results_audit_table_in_prose_of_absolute_scores():
    text = "FooNet obtains the best top-1 accuracy on all sets: BarSet (96.1%), BazSet (81.2%) and QuxSet (98.3%)."
    rows = _results(text, [("FooNet", P), ("top-1 accuracy", X), ("BarSet", D), ("BazSet", D), ("QuxSet", D)], "FooNet")
    assert [(r[1], r[3], r[5]) for r in rows] == [("BarSet", "96.1", "absolute"), ("BazSet", "81.2", "absolute"), ("QuxSet", "98.3", "absolute")]


def test_results_audit_table_in_prose_under_two_metrics_names_none():
    text = "FooNet improves both accuracy and F1 on BarSet (+3.3%) and BazSet (+1.6%)."
    rows = _results(text, [("FooNet", P), ("accuracy", X), ("F1", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert rows == []


def test_results_audit_superscript_variant_keeps_apart_from_its_measure():
    rows = _results("FooPose surpasses BarNet on CrowdPose by 0.3 AP and 0.6 AP^hard.", [("FooPose", P), ("BarNet", M), ("AP", X), ("CrowdPose", D)], "FooPose")
    assert ("0.6", "AP") not in [(r[3], r[2]) for r in rows]
    assert [r[3] for r in rows if r[2] == "AP"] == ["0.3"]


def test_results_audit_values_on_sets_after_a_changed_metric_are_gains():
    text = "By adding FooMix, test error is improved across settings over BarMix, including 0.8% on BazSet, 3% on QuxSet and 1.5% on ZapSet."
    rows = _results(text, [("FooMix", P), ("BarMix", M), ("BazSet", D), ("QuxSet", D), ("ZapSet", D), ("test error", X)], "FooMix")
    assert [(r[1], r[3], r[5]) for r in rows] == [("BazSet", "0.8", "improvement"), ("QuxSet", "3", "improvement"), ("ZapSet", "1.5", "improvement")]


def test_results_audit_gain_cue_heading_the_metric_makes_later_values_gains():
    text = "FooNet brings a relative improvement of 6.8% in top-1 accuracy on BarSet and 9.0% on BazSet."
    rows = _results(text, [("FooNet", P), ("top-1 accuracy", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert ("BazSet", "9.0", "improvement") in [(r[1], r[3], r[5]) for r in rows]
    assert all(r[5] == "improvement" for r in rows)


@pytest.mark.parametrize(
    "text, value",
    [
        ("FooDet achieves 71.0% mAP at tIoU=0.5 on BarSet, ahead of prior models.", "0.5"),  # a threshold
        ("FooNav improves the success rate by 2% on BarSet and reduces the goal progress by 1.5m on BazSet.", "1.5"),  # a distance
        ("Accuracy rises from 41.0% to 60.5% for bag size 64 on BazSet.", "64"),  # a setting
    ],
)
def test_results_audit_values_on_sets_that_are_no_table_entries(text, value):
    named = [("FooDet", P), ("FooNav", P), ("BarSet", D), ("BazSet", D), ("mAP", X), ("success rate", X)]
    assert value not in [r[3] for r in _results(text, named, "Foo")]


def test_results_audit_a_new_clause_after_a_value_keeps_its_own_set():
    text = "FooFuse outperforms the state of the art on BarSet with METEOR scores 0.333, and achieves superior METEOR scores 0.278 on BazSet."
    rows = _results(text, [("FooFuse", P), ("METEOR", X), ("BarSet", D), ("BazSet", D)], "FooFuse")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "0.333"), ("BazSet", "0.278")]


def test_results_audit_number_after_a_digit_and_colon_is_no_score():
    rows = _results("FooText achieves an F-measure of 84:3% on BarSet and 81:5% on BazSet.", [("FooText", P), ("F-measure", X), ("BarSet", D), ("BazSet", D)], "FooText")
    assert [r[3] for r in rows] == []
