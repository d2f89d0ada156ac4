"""The set a value is on: the sentence's set, splits, sets no recogniser knows, sets named before or
after, lists paired respectively. The sentences are made up in the shapes of corpus abstracts the
audits of sessions 7-16 read (regrouped from the per-session audit files)."""

from __future__ import annotations

import pytest

from kg.model import Role
from results_support import credited_rows, plain_rows, ranked_metric_rows, ranked_rows, results_of, unit_rows

D, I, M, P, X = Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_respectively_with_a_set_no_mention_covers_gives_no_set():
    text = ("Experiments on a popular abdominal CT dataset and an MRI dataset show that FooSAM improves over the "
            "state of the art, with average improvements of 10.21% and 1.80% in terms of DSC, respectively.")
    rows = unit_rows(text, [("FooSAM", P), ("MRI", D), ("DSC", X)], "FooSAM")
    assert all(r[1] != "MRI" for r in rows)


def test_results_metric_value_pairs_before_one_set_are_on_it():
    text = ("FooSeg achieves a DSC of 83.47% and an HD95 of 3.83 on the BarSet dataset, as well as a DSC of 83.42% "
            "and an HD95 of 5.10 on the BazSet dataset.")
    rows = unit_rows(text, [("FooSeg", P), ("DSC", X), ("HD95", X), ("BarSet", D), ("BazSet", D)], "FooSeg")
    assert [(r[1], r[2], r[3]) for r in rows] == [("BarSet", "DSC", "83.47"), ("BarSet", "HD95", "3.83"),
                                                   ("BazSet", "DSC", "83.42"), ("BazSet", "HD95", "5.10")]


def test_results_pairs_with_their_own_sets_keep_them():
    text = "FooNet reaches 84.1% accuracy on BarSet and an F1 of 79.2 on BazSet."
    rows = unit_rows(text, [("FooNet", P), ("accuracy", X), ("F1", X), ("BarSet", D), ("BazSet", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "84.1"), ("BazSet", "79.2")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("FooDet achieves 71.0% mAP at tIoU=0.5 on BarSet, ahead of prior models.", "0.5"),  # a threshold
        ("FooNav improves the success rate by 2% on BarSet and reduces the goal progress by 1.5m on BazSet.", "1.5"),  # a distance
        ("Accuracy rises from 41.0% to 60.5% for bag size 64 on BazSet.", "64"),  # a setting
    ],
)
def test_results_values_on_sets_that_are_no_table_entries(text, value):
    named = [("FooDet", P), ("FooNav", P), ("BarSet", D), ("BazSet", D), ("mAP", X), ("success rate", X)]
    assert value not in [r[3] for r in unit_rows(text, named, "Foo")]


def test_results_a_new_clause_after_a_value_keeps_its_own_set():
    text = "FooFuse outperforms the state of the art on BarSet with METEOR scores 0.333, and achieves superior METEOR scores 0.278 on BazSet."
    rows = unit_rows(text, [("FooFuse", P), ("METEOR", X), ("BarSet", D), ("BazSet", D)], "FooFuse")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "0.333"), ("BazSet", "0.278")]


def test_results_names_written_right_after_values_are_their_sets():
    text = "We achieve a recall@1 of 94.6% on BarSet, 88.0% on MapillaryFoo, and 58.4% on QuxSet."
    rows = plain_rows(text, [("recall@1", X), ("BarSet", D), ("QuxSet", D)], "FooVPR")
    assert [(r[1], r[3]) for r in rows] == [("BarSet", "94.6"), ("MapillaryFoo", "88.0"), ("QuxSet", "58.4")]


def test_results_a_value_on_a_described_exam_is_not_on_the_sentences_one_set():
    text = "BarLM reaches 95% accuracy on SAT Foo and 92.5% on the Chinese college entrance English exam."
    rows = plain_rows(text, [("BarLM", M), ("SAT Foo", D)], None)
    # the first value is on the named set; the second is BarLM's accuracy on no set kg knows
    assert [(r[0], r[1], r[3]) for r in rows] == [("BarLM", "SAT Foo", "95"), ("BarLM", None, "92.5")]


def test_results_a_set_named_with_its_set_noun_is_the_sentences_set():
    text = "Experiments on the benchmark QRS dataset show that FooNet achieves a boosted accuracy of 99.07%."
    assert plain_rows(text, [("FooNet", P)], "FooNet") == [("FooNet", "QRS", "accuracy", "99.07", "absolute")]


@pytest.mark.parametrize("text, dataset", [
    ("The results show state-of-the-art results on the structurally diverse FBLane achieving F1-score of 89.51.", "FBLane"),
    ("Evaluation results using the open-access gait dataset FooGait1K show that our method achieves an accuracy of 93.1%.", "FooGait1K"),
])
def test_results_the_one_unknown_set_a_sentence_names_is_its_values_set(text, dataset):
    assert [r[1] for r in plain_rows(text, [], "Foo")] == [dataset]


@pytest.mark.parametrize("text, dataset", [
    ("For anomaly detection on BarSet it yields a large improvement. On a real anomaly detection task, the approach reduces the error "
     "from 6.8% to 1.5%.", None),
    ("We have evaluated this approach on BarSet and achieve 96.1% accuracy. We show that on a per-digit recognition task, we "
     "improve upon the state-of-the-art and achieve 97.84% accuracy.", "BarSet"),
])
def test_results_a_sentence_borrows_the_set_named_before_unless_its_values_are_on_other_data(text, dataset):
    rows = plain_rows(text, [("BarSet", D)], "Foo")
    assert rows and rows[-1][1] == dataset


@pytest.mark.parametrize("text, expected", [
    ("We introduce BarSet, a multimodal dataset of 229 recordings. FooNet reaches 98.6% detection accuracy on our novel dataset.", "BarSet"),
    ("We introduce BarSet, a multimodal dataset of 229 recordings. FooNet reaches 98.6% detection accuracy on the proposed benchmark.", "BarSet"),
    ("We study recordings of robots. FooNet reaches 98.6% detection accuracy on our novel dataset.", None),
])
def test_results_our_dataset_is_the_one_set_the_paper_introduces(text, expected):
    rows = plain_rows(text, [("FooNet", P), ("BarSet", I)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [(expected, "98.6")]


def test_results_a_respectively_list_written_after_the_values_keeps_them_off_the_sets_before():
    text = ("We reach accuracies of 97.7% and 94.6% on BarA and BarB, respectively. "
            "We also show a grasp success rate of 95.4% and 93% on household and adversarial objects, respectively.")
    rows = plain_rows(text, [("BarA", D), ("BarB", D)], "FooNet")
    assert [(r[1], r[3]) for r in rows] == [("BarA", "97.7"), ("BarB", "94.6"), (None, "95.4"), (None, "93")]


def test_results_sets_named_before_still_pair_with_both_datasets_respectively():
    text = "Experiments are run on BarA and BarB. We obtain error rates of 2.9% and 1.5% on both datasets, respectively."
    assert [(r[1], r[3]) for r in plain_rows(text, [("BarA", D), ("BarB", D)], "FooNet")] == [("BarA", "2.9"), ("BarB", "1.5")]


def test_results_a_split_after_the_last_value_of_a_list_is_the_sentences_set():
    text = "FooSeg attains state-of-the-art results at all three BarCity benchmarks, reaching 67.8% PQ, 42.6% AP, and 85.2% mIoU on the test set."
    rows = plain_rows(text, [("FooSeg", P), ("BarCity", D), ("PQ", X), ("AP", X), ("mIoU", X)], "FooSeg")
    assert [(r[1], r[3]) for r in rows] == [("BarCity", "67.8"), ("BarCity", "42.6"), ("BarCity", "85.2")]


def test_results_values_paired_respectively_on_unknown_names_lose_their_set_and_are_dropped():
    text = "We set a new state of the art with FID 42.17, LPIPS 0.3868, FID 30.35, LPIPS 0.5076 respectively on Flower and Animal Faces."
    assert plain_rows(text, [("FID", X), ("LPIPS", X)], "FooGAN") == []


@pytest.mark.parametrize("text, expected", [
    ("Demonstrations on the BarKITTI dataset [2] achieve an average pose error of 3.8 m across all 35 localization events.",
     ("Foo", "BarKITTI")),
    ("Our model reaches an average AUROC of 98.6% across BarA and BarB.", ("Foo", None)),
])
def test_results_trials_are_no_sets_and_a_citation_of_the_set_credits_no_one_else(text, expected):
    rows = plain_rows(text, [("BarKITTI", D), ("BarA", D), ("BarB", D), ("average pose error", X), ("AUROC", X)], "Foo")
    assert [(r[0], r[1]) for r in rows] == [expected]


def test_results_an_online_blind_test_set_is_a_split_of_the_sentences_set():
    text = "Our results on BarSet 1.0 shared task show that FooNet achieves a label accuracy of 77.25% on the online blind test set."
    assert [(r[2], r[4]) for r in credited_rows(text, [("BarSet 1.0", D), ("FooNet", P), ("label accuracy", X)], "FooNet")] == [("BarSet 1.0", "77.25")]


@pytest.mark.parametrize("tail, expected", [
    ("with ResNet-101 and ResNeXt-101, respectively.", ["BarVID", "BarVID"]),
    ("on the small and large splits, respectively.", [None, None]),
])
def test_results_a_respectively_list_of_backbones_keeps_the_one_set_before(tail, expected):
    text = f"Extensive experiments are conducted on BarVID dataset. More remarkably, our FooNet achieves 81.8% and 83.2% mAP {tail}"
    rows = results_of(text, [("BarVID", D), ("FooNet", P), ("mAP", X), ("ResNet-101", M), ("ResNeXt-101", M)], "FooNet")
    assert [r.dataset for r in rows] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("On the Stanford question answering dataset", "Stanford question answering"),
    ("On the long-tailed iNaturalist-$2019$ dataset", "iNaturalist-$2019$"),
    ("On the public dataset", "BarSet"),  # a description names no set of its own: the one before stands
])
def test_results_a_set_closed_by_a_set_noun_is_the_sentences_set(phrase, expected):
    text = f"Experiments are run on BarSet. {phrase}, FooNet obtains 80.4% F1."
    rows = results_of(text, [("BarSet", D), ("FooNet", P), ("F1", X)], "FooNet")
    assert [(r.dataset, r.value) for r in rows] == [(expected, "80.4")]
    assert rows[0].confidence >= 0.5


def test_results_a_name_in_apposition_to_a_set_noun_is_a_set_not_the_papers_method():
    text = "We evaluate the architecture using BarDB, a novel dataset for such queries. Our approach reaches an answer accuracy of 90% on BarDB."
    rows = credited_rows(text, [("BarDB", P), ("answer accuracy", X)], "BarDB")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("(proposed)", True, "BarDB", "90")]


@pytest.mark.parametrize("split", ["the entire test set", "the whole test set", "the full validation set"])
def test_results_an_entire_test_set_is_a_split_of_the_sentences_set(split):
    text = f"On a translation task from the BarSet dataset, FooNet achieves a BLEU score of 34.8 on {split}."
    assert ranked_rows(text, [("BarSet", D), ("FooNet", M), ("BLEU score", X)]) == [("FooNet", False, "BarSet", "BLEU score", "34.8")]


def test_results_an_unnamed_set_after_the_value_still_loses_the_sentences_set():
    text = "On a translation task from the BarSet dataset, FooNet achieves a BLEU score of 34.8 on our in-house news set."
    assert [r[2] for r in ranked_rows(text, [("BarSet", D), ("FooNet", M), ("BLEU score", X)])] != ["BarSet"]


@pytest.mark.parametrize("written, expected", [("Bar-Set 2.0", None), ("Bar-Set 2.0-style scenes", "Bar-Set 2.0")])
def test_results_a_set_a_model_was_trained_with_is_not_where_it_scores(written, expected):
    text = (f"We release Bar-Set 2.0, a synthetic dataset. Experiments suggest that a FooNet trained with only synthetic data from {written} "
            "plans grasps with a success rate of 93% on eight known objects.")
    rows = results_of(text, [("Bar-Set 2.0", Role.INTRODUCED_DATASET), ("success rate", X)], "FooNet")
    assert [(r.dataset, r.value) for r in rows] == [(expected, "93")]


def test_results_values_each_with_its_metric_before_one_set_are_all_on_it():
    text = "FooNet achieves 51.2% MRR, 46.8% Hits@1 on the BarKG dataset, and 37.8% MRR, 28.6% Hits@1 on BazKG."
    named = [("FooNet", P), ("BarKG", D), ("BazKG", D), ("MRR", X), ("Hits@1", X)]
    assert ranked_metric_rows(text, named) == [("MRR", "51.2", "BarKG", "absolute"), ("Hits@1", "46.8", "BarKG", "absolute"),
                                  ("MRR", "37.8", "BazKG", "absolute"), ("Hits@1", "28.6", "BazKG", "absolute")]


@pytest.mark.parametrize(
    "text",
    [
        "FooNet achieves the mIoU of 65.0 and 67.4, respectively, on BarSet with the VGG and ResNet backbones, while BazSet is left for later work.",
        "FooNet achieves an mIoU of 65.0% and 67.4% on BarSet for 1-shot and 5-shot settings respectively.",
    ],
)
def test_results_a_list_paired_with_settings_takes_the_one_set_its_sentence_names(text):
    named = [("FooNet", P), ("BarSet", D), ("mIoU", X)]
    assert [(v, d) for _, v, d, _ in ranked_metric_rows(text, named)] == [("65.0", "BarSet"), ("67.4", "BarSet")]


@pytest.mark.parametrize(
    "text",
    [
        # the values pair with the sets, one of them unknown
        "FooNet improves accuracy by 2.0% and 1.3% on the BarSet and QuxSet datasets, respectively.",
        "FooNet improves accuracy by 2.0% and 1.3% on BarSet and our new dataset, respectively.",
        # a set no recogniser knows stands nearer the values than the known one
        "FooNet improves accuracy by 2.0 and 1.3 points with A and B on Qux-VOS, respectively, and by 2.0 points on BarSet.",
    ],
)
def test_results_a_set_of_a_list_of_sets_is_not_lent_to_the_values(text):
    named = [("FooNet", P), ("BarSet", D), ("accuracy", X)]
    assert all(d != "BarSet" for _, v, d, _ in ranked_metric_rows(text, named) if v == "1.3")


def test_results_a_signed_aside_between_a_value_and_its_set_keeps_the_set():
    rows = results_of("FooBot improves the relation F1 to 62.1% (+1.9%) on BarSet and 71.9% (+3.0%) on QuxSet.",
                      [("FooBot", P), ("F1", X), ("BarSet", D), ("QuxSet", D)], "FooBot")
    assert [(r.dataset, r.value, r.kind) for r in rows] == [("BarSet", "62.1", "absolute"), ("BarSet", "1.9", "improvement"),
                                                            ("QuxSet", "71.9", "absolute"), ("QuxSet", "3.0", "improvement")]
