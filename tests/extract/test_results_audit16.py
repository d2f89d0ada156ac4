"""Result tuples from session 16's read of fresh corpus abstracts (results16): sets written once for a
list of values, and changes whose frame no rule read. The sentences are made up in the shapes those
abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.leaderboard import ranked
from kg.model import Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _rows(text: str, named: list[tuple[str, Role]], proposed: str | None = "FooNet"):
    return [(r.metric, r.value, r.dataset, r.kind) for r in results_of(text, named, proposed) if ranked(r.confidence)]


def test_results_audit16_values_each_with_its_metric_before_one_set_are_all_on_it():
    text = "FooNet achieves 51.2% MRR, 46.8% Hits@1 on the BarKG dataset, and 37.8% MRR, 28.6% Hits@1 on BazKG."
    named = [("FooNet", P), ("BarKG", D), ("BazKG", D), ("MRR", X), ("Hits@1", X)]
    assert _rows(text, named) == [("MRR", "51.2", "BarKG", "absolute"), ("Hits@1", "46.8", "BarKG", "absolute"),
                                  ("MRR", "37.8", "BazKG", "absolute"), ("Hits@1", "28.6", "BazKG", "absolute")]


@pytest.mark.parametrize(
    "text",
    [
        "FooNet achieves the mIoU of 65.0 and 67.4, respectively, on BarSet with the VGG and ResNet backbones, while BazSet is left for later work.",
        "FooNet achieves an mIoU of 65.0% and 67.4% on BarSet for 1-shot and 5-shot settings respectively.",
    ],
)
def test_results_audit16_a_list_paired_with_settings_takes_the_one_set_its_sentence_names(text):
    named = [("FooNet", P), ("BarSet", D), ("mIoU", X)]
    assert [(v, d) for _, v, d, _ in _rows(text, named)] == [("65.0", "BarSet"), ("67.4", "BarSet")]


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
def test_results_audit16_a_set_of_a_list_of_sets_is_not_lent_to_the_values(text):
    named = [("FooNet", P), ("BarSet", D), ("accuracy", X)]
    assert all(d != "BarSet" for _, v, d, _ in _rows(text, named) if v == "1.3")


@pytest.mark.parametrize(
    "text, want",
    [
        ("FooNet outperforms BarNet by an absolute 6% accuracy on BarSet.", [("accuracy", "6", "BarSet", "improvement")]),
        ("FooNet improves the accuracy on BarSet by a relative 20%.", [("accuracy", "20", "BarSet", "improvement")]),
        ("On BarSet, FooNet improves the accuracy by an absolute 10%.", [("accuracy", "10", "BarSet", "improvement")]),
        ("FooNet outperforms BarNet by an absolute 9.4% in accuracy on BarSet.", [("accuracy", "9.4", "BarSet", "improvement")]),
    ],
)
def test_results_audit16_a_margin_qualified_absolute_or_relative_is_a_change(text, want):
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("accuracy", X), ("F1", X)]
    assert _rows(text, named) == want


def _credits(text: str, named: list[tuple[str, Role]], proposed: str | None = "FooNet"):
    return [(r.method, r.proposed, r.value, r.baseline) for r in results_of(text, named, proposed) if ranked(r.confidence)]


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
def test_results_audit16_the_start_of_a_change_is_the_score_of_the_system_the_change_is_of(text, want):
    named = [("FooNet", P), ("RetinaNet", M), ("ResNet-50", M), ("BazPolicy", M), ("BazNet", M), ("BarSet", D), ("mAP", X), ("success rate", X)]
    assert _credits(text, named) == want


def test_results_audit16_a_change_of_no_named_system_adds_no_start():
    text = "On BarSet, FooNet improves the mAP from 36.2% to 39.0%."
    assert _credits(text, [("FooNet", P), ("BarSet", D), ("mAP", X)]) == [("FooNet", True, "39.0", None)]


@pytest.mark.parametrize("long_form", ["Flow Alignment Module", "Cross-view Fusion Block", "representation calibration head"])
def test_results_audit16_an_acronym_defined_for_a_module_is_a_part_not_the_system(long_form):
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention

    abstract = f"We propose a {long_form} (FAM) to align features. Our network reaches 80.4% mIoU on BarSet."
    at = abstract.index("FAM")
    assert proposed_name([Mention(P, "FAM", "abstract", at, at + 3, "", "test", 1.0)], abstract, "Fast Scene Parsing") is None


def test_results_audit16_a_unit_or_a_loss_names_the_method():
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention

    abstract = "We propose a Parametric Rectified Linear Unit (PReLU). We reach 4.94% top-5 error on BarSet."
    at = abstract.index("PReLU")
    assert proposed_name([Mention(P, "PReLU", "abstract", at, at + 5, "", "test", 1.0)], abstract, "Delving Deep") == "PReLU"


def test_results_audit16_a_value_coordinated_after_a_parenthesised_metric_keeps_its_written_subject():
    text = "FooBar achieves improvements of 6.67% (BLEU) and 7.47% (ROUGE) on average."
    assert [r.method for r in results_of(text, [("BLEU", X), ("ROUGE", X)], None)] == ["FooBar", "FooBar"]


@pytest.mark.parametrize("prep", ["in", "on"])
def test_results_audit16_a_metric_written_as_its_long_form_after_in_or_on_is_the_values(prep):
    text = f"FooNet outperforms prior methods by 13.8% {prep} Average Displacement Error (ADE) and 10.4% {prep} Final Displacement Error (FDE)."
    assert _rows(text, [("FooNet", P), ("ADE", X), ("FDE", X)]) == [("ADE", "13.8", None, "improvement"), ("FDE", "10.4", None, "improvement")]


def test_results_audit16_a_margin_over_the_next_compared_system_keeps_the_written_subject():
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
def test_results_audit16_a_change_naming_no_measure_takes_the_abstracts_one_score(text, want):
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("BazSet", D), ("QuxSet", D), ("accuracy", X), ("error rate", X)]
    assert _rows(text, named) == want


def test_results_audit16_a_gain_a_value_heads_takes_the_abstracts_one_score():
    text = "FooNet reaches 84.3% accuracy on BarSet. It also gives a 0.7% improvement on BazSet over BarNet."
    named = [("FooNet", P), ("BarNet", M), ("BarSet", D), ("BazSet", D), ("accuracy", X)]
    assert _rows(text, named) == [("accuracy", "84.3", "BarSet", "absolute"), ("accuracy", "0.7", "BazSet", "improvement")]


@pytest.mark.parametrize(
    "text, want",
    [
        # "and" after a value starts another item, not a comparison ("... and gap orientations up to 45°")
        ("FooNet reaches a success rate of 80% and gap orientations up to 45 degrees.", [("success rate", "80", None, "absolute")]),
        # an average over trials is no margin over them
        ("FooNet reaches an average success rate of 92.2% over a total of 90 trials.", [("success rate", "92.2", None, "absolute")]),
        # a level reached at least is hedged
        ("FooNet reaches a success rate of 90% and more on five materials.", []),
    ],
)
def test_results_audit16_scores_written_with_and_or_over_after_them(text, want):
    assert _rows(text, [("FooNet", P), ("success rate", X)]) == want


def test_results_audit16_a_margin_right_after_the_compared_state_of_the_art_is_a_change_of_the_score_before():
    text = "FooNet reaches 33.69 dB PSNR on BarSet, exceeding the previous SOTA 0.38 dB with 8.4% of its cost; 40.30 dB PSNR on BazSet21, exceeding the previous SOTA 0.28 dB."
    named = [("FooNet", P), ("BarSet", D), ("BazSet21", D), ("PSNR", X)]
    assert _rows(text, named) == [("PSNR", "33.69", "BarSet", "absolute"), ("PSNR", "0.38", "BarSet", "improvement"),
                                  ("PSNR", "40.30", "BazSet21", "absolute"), ("PSNR", "0.28", "BazSet21", "improvement")]
