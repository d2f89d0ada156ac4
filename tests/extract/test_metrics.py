"""Metric values and the datasets they were measured on, on hand-written sentences."""

from __future__ import annotations

import re

import pytest

from kg.extract.doc import Candidate
from kg.extract.metrics import (
    attach_values, datasets_measured_on, find_metric_values, measure_phrases, renamed_metric_variants,
    unmeasured_acronyms,
)
from kg.extract.sentences import split_sentences
from kg.model import Role


def _metric(text: str, name: str) -> Candidate:
    i = text.index(name)
    return Candidate(Role.METRIC, i, i + len(name), "catalogue", 0.9)


@pytest.mark.parametrize(
    "text, name, value",
    [
        ("We reach an FID of 12.4 on faces.", "FID", "12.4"),
        ("It improves mAP by 6.8% on the set.", "mAP", None),
        ("It yields 6.8% mAP on novel classes.", "mAP", "6.8%"),
        ("The error drops to 32.67 mm MPJPE.", "MPJPE", "32.67 mm"),
        ("PSNR: 31.2 dB on the test split.", "PSNR", "31.2 dB"),
    ],
)
def test_metrics_attach_adjacent_values(text: str, name: str, value: str | None) -> None:
    (c,) = attach_values(text, [_metric(text, name)])
    assert c.value == value


@pytest.mark.parametrize(
    "text, name, value",
    [
        ("Our model obtains a CIDEr of 120.5 on the benchmark.", "CIDEr", "120.5"),
        ("It achieves a WER of 4.1% on clean speech.", "WER", "4.1%"),
        ("It reaches a BRISQ score of 0.61.", "BRISQ", "0.61"),
        ("The system runs at up to 45 FPS on a laptop.", "FPS", "45"),
        ("It runs at 30fps on one GPU.", "fps", "30"),
    ],
)
def test_metrics_unknown_names_by_value_shape(text: str, name: str, value: str) -> None:
    found = {text[c.start : c.end]: c for c in find_metric_values(text)}
    assert found[name].role is Role.METRIC and found[name].value == value


@pytest.mark.parametrize(
    "text, absent",
    [
        ("We use a batch of 32 images.", "batch"),
        ("It needs a GPU of 24 GB.", "GPU"),  # hardware, not a metric
        ("We test on 30FPS, 480p videos.", "FPS"),  # a property of the input, not a reported speed
        ("We learn an ENS of 4 large LSTM models.", "ENS"),  # a count, not a value
        ("It improves on the previous SOTA of 48% to 60%.", "SOTA"),
    ],
)
def test_metrics_ignore_non_metric_numbers(text: str, absent: str) -> None:
    assert absent not in {text[c.start : c.end] for c in find_metric_values(text)}


def test_metrics_dataset_a_metric_was_measured_on() -> None:
    text = "It gains +5% in FID on DanceSet and 2% in FD metric on TalkBank."
    found = datasets_measured_on(text, [_metric(text, "FID"), _metric(text, "FD")])
    assert {text[c.start : c.end] for c in found} == {"DanceSet", "TalkBank"}
    assert all(c.role is Role.DATASET for c in found)


def test_metrics_top_k_error_and_accuracy_are_metrics_by_their_shape() -> None:
    from kg.extract.metrics import find_metric_values

    text = "T\n\nThe top-5 error falls to 3.1% and Top-1 accuracy rises; we keep the top 3 candidates."
    got = {text[c.start : c.end] for c in find_metric_values(text, 3)}
    assert {"top-5 error", "Top-1 accuracy"} <= got
    assert not any("candidates" in g for g in got)
    glued = "T\n\nIt improves the Top1 accuracy of GoogLeNet by 1.1%."  # no "op-" or "op " in the text
    assert {glued[c.start : c.end] for c in find_metric_values(glued, 3)} == {"Top1 accuracy"}
    split = "T\n\nWe raise the top-1 validation accuracy to 79.3% and reach a Top5-Error of 6.4%, not Top5-Errors."
    assert {split[c.start : c.end] for c in find_metric_values(split, 3)} == {"top-1 validation accuracy", "Top5-Error"}


def test_metrics_a_dataset_after_a_metric_gain_is_the_dataset_measured_on() -> None:
    from kg.extract.doc import Candidate
    from kg.extract.metrics import datasets_measured_on
    from kg.model import Role

    text = "T\n\nWe see a 2.3% mAP boost on QVOC07 and 3 BLEU points on ZMT19 with ours."
    found = [Candidate(Role.METRIC, text.index("mAP"), text.index("mAP") + 3, "catalogue", 0.9),
             Candidate(Role.METRIC, text.index("BLEU"), text.index("BLEU") + 4, "catalogue", 0.9)]
    assert {text[c.start : c.end] for c in datasets_measured_on(text, found)} == {"QVOC07", "ZMT19"}


@pytest.mark.parametrize(
    "text, names",
    [
        ("We reach 98.6% for 3D-PCK@150.", {"3D-PCK@150"}),
        ("It gains in Hits@20 and AMOTA@0.2 over the baseline.", {"Hits@20", "AMOTA@0.2"}),
        ("The BEV-mAP rises and so does 2D-PCK.", {"BEV-mAP", "2D-PCK"}),
        ("It lifts mAP@0.5:0.95 by two points.", {"mAP@0.5:0.95"}),
        # the short forms of Recall@K and Precision@K at any cut-off
        ("It improves R@100 and R@0.3, and P@20 over the baseline.", {"R@100", "R@0.3", "P@20"}),
    ],
)
def test_metrics_a_catalogue_metric_with_a_threshold_or_glued_dimension_is_one_metric(text: str, names: set[str]) -> None:
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.metrics import qualified_metrics

    found = qualified_metrics(text, 0, load_catalogue())
    assert {text[c.start : c.end] for c in found} == names
    assert all(c.role is Role.METRIC for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Write to team@1.org or visit us.",  # an address, not a metric
        "A 3D-CNN with ResNet@2 layers.",  # names that are not catalogue metrics
        "The BEV-Net and 3D-UNet backbones.",
        "It scores 0.71 IoU at threshold 0.5.",  # nothing glued: left to the catalogue
    ],
)
def test_metrics_qualified_names_need_a_catalogue_metric_inside(text: str) -> None:
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.metrics import qualified_metrics

    assert qualified_metrics(text, 0, load_catalogue()) == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("We introduce a new automatic evaluation metric called OxfordEval that measures the win-rate.", ["OxfordEval"]),
        ("We propose three novel metrics: ZetaP and ZetaQ, which return one value.", ["ZetaP"]),  # the list rule adds ZetaQ
        ("We define a novel measure, CMetric, to classify driver behaviors.", ["CMetric"]),
        ("To assess understanding, we introduce reasoning graph accuracy, which quantifies similarity.", ["reasoning graph accuracy"]),
        ("We propose a new formulation \u2013 accumulated prediction sensitivity, which measures fairness.", ["accumulated prediction sensitivity"]),
        ("We introduce a novel statistical metric, Quill Dimension Conflict, to quantify conflict.", ["Quill Dimension Conflict"]),
        ("A new performance measure called the Quill Sensitivity Norm (QSN) is introduced.", ["Quill Sensitivity Norm"]),
        ("We propose the expected quill time (EQT) as a metric to evaluate pens.", ["EQT"]),
        ("We define the Jaccard Quill (JQ), as a new evaluation metric that counts pens.", ["JQ"]),
        ("We use the quill ratio (QR) as a measure to assess pens.", ["QR"]),
    ],
)
def test_metrics_a_name_a_sentence_introduces_as_a_metric_is_one(text: str, names: list[str]) -> None:
    from kg.extract.metrics import named_metrics

    assert [text[c.start:c.end] for c in named_metrics(text, 0)] == names


@pytest.mark.parametrize(
    "text",
    [
        "We report the metrics: FID and IS, which are standard.",  # known metrics listed, nothing new named
        "The score (F1) is reported.",
        "We propose a new loss called FooLoss for training.",  # a loss is no metric
        "We introduce a graph network, which measures nothing.",  # no measure's head noun
        "We introduce the sparse attention score, which scores tokens.",  # "the ...": not a name
        "We propose a novel similarity measure, SimEdgy, which captures transitivity.",  # a model of similarity
        "We report a new metric, The Best, for each run.",  # a sentence word, not a name
        "We use the variance (VQ) as a measure of confidence.",  # a quantity the method computes
        "We learn the quill distance (QD) as a metric learning objective.",
        "We treat the quill graph (QG) as a metric space.",
    ],
)
def test_metrics_named_metrics_need_a_metric_noun_and_a_new_name(text: str) -> None:
    from kg.extract.metrics import named_metrics

    assert named_metrics(text, 0) == []


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        ("Low-Cost Evaluation of Example Sentences",
         "We introduce a new automatic evaluation metric called ZetaEval that measures the win-rate of generated "
         "sentences. ZetaEval shows high alignment with human judgments.", "ZetaEval"),
        # an acronym said to be a metric ("... (EQST) as a metric"), though "Our EQST model" reads as a method
        ("Modeling the Expected Time to Find a Quill",
         "Here we propose the expected quill search time (EQST) as a metric to evaluate robot motion plans. "
         "We derive a closed form solution for the EQST. Our EQST model shows that the slap method is faster.", "EQST"),
    ],
)
def test_metrics_a_metric_the_paper_names_is_a_metric_not_its_own_method(title: str, abstract: str, name: str) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(title, abstract)])
    assert {m.role for m in ms if m.text == name} == {Role.METRIC}


@pytest.mark.parametrize(
    "text, short, kept",
    [
        ("Long exposures can improve the signal-to-noise ratio (SNR) but blur moving scenes.", "SNR", False),
        ("The test only concerns the control of the false discovery rate (FDR). We prove it.", "FDR", False),
        ("The Success Rate (SR) has achieved an average increase of 11 absolute points.", "SR", True),
        ("We define a Quill Alignment Error (QAE). Our pens reduce QAE on two sets.", "QAE", False),
        ("We define a Quill Alignment Error (QAE). We evaluate all pens by QAE.", "QAE", True),
        ("We define a Quill Alignment Error (QAE). Our pens reach a QAE of 0.3 mm.", "QAE", True),
    ],
)
def test_metrics_a_defined_metric_acronym_needs_an_evaluation_or_a_figure(text: str, short: str, kept: bool) -> None:
    i = text.index(f"({short})") + 1
    found = [Candidate(Role.METRIC, i, i + len(short), "acronyms:metric", 0.75)]
    assert bool(unmeasured_acronyms(text, found, split_sentences(text))) is not kept


@pytest.mark.parametrize(
    "word, kept",
    [("BLEU-4", True), ("COMET-22", True), ("ROUGE-L", True), ("SPICE-U", True), ("F1-Measure", True), ("mAP-50", True),
     ("AP-NPQL", False), ("TIFA-GCL", False), ("COMET-III", False), ("FAD-Net", False), ("AUC-Bandit", False)],
)
def test_metrics_a_suffix_naming_something_else_makes_a_catalogue_metric_another_name(word: str, kept: bool) -> None:
    text = f"We report {word} on the test set."
    i = text.index(word)
    found = [Candidate(Role.METRIC, i, i + len(word), "catalogue:variant", 0.85)]
    assert bool(renamed_metric_variants(text, found)) is not kept


def test_metrics_a_speed_is_measured_on_hardware_not_on_a_dataset() -> None:
    text = "T\n\nIt runs at 8 FPS on Quillbox and improves FID on FooFaces and FD on GPU."
    found = datasets_measured_on(text, [_metric(text, "FPS"), _metric(text, "FID"), _metric(text, "FD")])
    assert {text[c.start : c.end] for c in found} == {"FooFaces"}


@pytest.mark.parametrize(
    "text, names",
    [("The robot reaches a 93% grasp success rate on novel objects.", ["grasp success rate"]),
     ("It achieves a 16.8\\% false detection rate, below the baselines.", ["false detection rate"]),
     ("It reduces the average rotation error by 41% over PoseNet.", ["average rotation error"]),
     ("We obtain error rates of 3.4% and 17.4% on CIFAR.", ["error rates"]),
     ("A 27% reduction in trajectory L2 error is seen.", ["trajectory L2 error"]),
     ("SPG achieves the Top-1 localization error rate of 43.8%.", ["Top-1 localization error rate"]),
     ("It has a true positive rate of 95%, and a false positive rate of 4%.", ["true positive rate", "false positive rate"]),
     ("It has an accuracy of 84.29% with only 4.84% false-positive rate.", ["false-positive rate"]),
     ("The sensor is found to have an RMS error of 14.6% in the tests.", ["RMS error"]),
     ("It reaches a normalized RMS error of 1.36% for the force.", ["normalized RMS error"]),
     # bare or generic measures, hyper-parameters and judgements name no metric
     ("It gets 90% accuracy and an 81.7% success rate.", []),
     ("It yields a 3% gain in classification accuracy and a test error of 2%.", []),
     ("Then our method improves model accuracy by 7.3%.", []),
     ("We use a learning rate of 0.1 and reach an acceptable error of 15 mm.", []),
     ("The test has a positive rate of 12% among the patients.", []),
     # a record or a published figure, and a task's accuracy, are the plain measure (one leaderboard table)
     ("Our system achieves a new record accuracy of 99.63%.", []),
     ("It achieves the best published accuracy of 94.2% on Foo101.", []),
     ("97.45% verification accuracy on FooFaces is achieved.", [])],
)
def test_metrics_a_qualified_measure_phrase_next_to_a_figure_is_a_metric(text: str, names: list[str]) -> None:
    assert [text[c.start : c.end] for c in measure_phrases(text, 0)] == names


@pytest.mark.parametrize("gap", range(8, 24))
def test_metrics_a_measure_phrase_is_read_whole_wherever_an_earlier_head_word_stands(gap: int) -> None:
    # the phrase is tried in a window after each head word: one ending mid-phrase read "word error"
    text = "We report accuracy" + " " * gap + " and a 12% word error rates drop."
    assert [text[c.start : c.end] for c in measure_phrases(text, 0)] == ["word error rates"]


def test_metrics_a_measure_phrase_at_the_start_of_the_text_is_read() -> None:
    text = "error rates of 3.4% on CIFAR are reached by ResNet"
    assert [text[c.start : c.end] for c in measure_phrases(text, 0)] == ["error rates"]


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Stochastic AUC Maximization\n\nWe study AUC maximization for imbalanced data.", {"AUC"}),
        ("T\n\nThe model is trained with an MSE loss and a perceptual term.", {"MSE"}),
        ("T\n\nWe train with the MSE loss and report MSE on three benchmarks.", set()),  # also reported
        ("T\n\nOur detector reaches 45.1 AP and 60.2 AP50 on COCO.", set()),
    ],
)
def test_a_metric_only_qualifying_an_objective_is_no_metric(text: str, gone: set[str]) -> None:
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher
    from kg.extract.metrics import objective_metrics

    found = [c for c in CatalogueMatcher(None, load_catalogue()).match(text, title_end=text.find("\n")) if c.role is Role.METRIC]
    assert found
    assert objective_metrics(text, found) == gone


@pytest.mark.parametrize(
    "text, known, names",
    [
        ("Gains of 3.8 F1 / 5.2 EM on average.", "F1", ["EM"]),
        ("It achieves 95.7% UAS and 94.1% LAS on the treebank.", "LAS", ["UAS"]),
        ("We reach 45.1 AP, 60.2 APx and 30.1 APq.", "AP", ["APx", "APq"]),
        ("We reach 45.1 AP on COCO and 3 GPUs suffice.", "AP", []),  # no value-name pair beside it
    ],
)
def test_acronyms_reported_with_values_beside_a_metric_are_metrics(text: str, known: str, names: list[str]) -> None:
    from kg.extract.metrics import valued_siblings

    at = text.index(known)
    got = valued_siblings(text, [Candidate(Role.METRIC, at, at + len(known), "catalogue", 0.9)])
    assert sorted(text[c.start : c.end] for c in got) == sorted(names)


@pytest.mark.parametrize("text", [
    "Gains of 3.8 F1 / 123456789012.5 EM on average.",  # a sibling's value longer than the window before a name
    "Gains of 3.8 F1 / 5.2          EM on average.",  # a run of spaces between a value and its name
    "Gains of 3.8 F1 / 5.2\n\n\n\n\n\n\n\n\n\n\nEM on average.",
])
def test_a_sibling_however_far_its_value_is_metric_too(text: str) -> None:
    # each sibling is read again for siblings of its own from where its value starts (an error before: its value
    # was searched again in the 12 characters before its name, and not found)
    from kg.extract.metrics import valued_siblings

    at = text.index("F1")
    got = valued_siblings(text, [Candidate(Role.METRIC, at, at + 2, "catalogue", 0.9)])
    assert [text[c.start : c.end] for c in got] == ["EM"]


def test_a_metric_named_only_as_the_base_of_a_reward_is_no_metric() -> None:
    from kg.extract.metrics import objective_metrics

    text = "T\n\nSummarizers depend on a ROUGE-based reward and perplexity-based filters."
    found = [Candidate(Role.METRIC, text.index(w), text.index(w) + len(w), "catalogue", 0.9) for w in ("ROUGE", "perplexity")]
    assert objective_metrics(text, found) == {"ROUGE", "perplexity"}


def test_a_benchmark_score_with_a_value_is_the_metric_benchmark_score() -> None:
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.metrics import benchmark_scores

    text = "T\n\nOur pruned model achieves a GLUE score of 83.0 and an MME-P score of 1265.8."
    got = benchmark_scores(text, find_metric_values(text, 1), load_catalogue())
    assert {text[c.start : c.end] for c in got} == {"GLUE score", "MME-P"}  # MME-P is no catalogue benchmark


@pytest.mark.parametrize(
    "text, gone",
    [
        ("A vision sensor capable of capturing images at 1000 frames per second. Quill moves.", {"frames per second"}),
        ("Spins are measurable with a camera of 350 fps in real time.", {"fps"}),
        ("Patterns are projected onto the object with higher fps than possible with a camera.", {"fps"}),
        ("The sequences were recorded at 60 fps with full resolution.", {"fps"}),
        # a speed the method runs at, whatever camera it reads
        ("Our tracker runs at 30 fps with a single camera.", set()),
        ("It achieves 25 fps on a camera stream and 30 fps on stored frames.", set()),
        ("We record videos at 60 fps, and our model processes them at 20 fps.", set()),
    ],
)
def test_a_frame_rate_of_a_camera_or_recording_is_no_metric(text: str, gone: set[str]) -> None:
    from kg.extract.metrics import capture_rates

    found = [Candidate(Role.METRIC, m.start(), m.end(), "catalogue:exact", 0.9)
             for m in re.finditer(r"fps|frames per second", text)]
    assert capture_rates(text, found, split_sentences(text)) == gone


def test_a_camera_frame_rate_is_not_reported_end_to_end() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "Quill Spin Estimation for a Table Tennis Robot",
        "The ball's orientation is estimated with a mean error of 2.4 degrees. Spins up to 175 rps are "
        "measurable with a camera of 350 fps in real time.",
    )])
    assert not [m for m in ms if m.role is Role.METRIC and m.text == "fps"]


@pytest.mark.parametrize(
    "text, names",
    [("Our probe beats the baseline by an average of 15.4 UUAS points absolute.", ["UUAS"]),
     ("It surpasses the best result by 3.0 DVPQ points.", ["DVPQ"]),
     ("Our models gain 7.4 LAS points on average.", ["LAS"]),
     ("Each scan holds 2048 LiDAR points.", []),  # a count of points
     ("We sample 12 GPU points per run.", [])],
)
def test_an_acronym_counted_in_points_is_a_metric(text: str, names: list[str]) -> None:
    from kg.extract.metrics import find_metric_values

    assert [text[c.start : c.end] for c in find_metric_values(text) if c.rule == "metrics:points"] == names


@pytest.mark.parametrize("text", [
    "We propose the expected quill time (EQT)\nas a metric to evaluate pens.",
    "We propose the expected quill time (EQT) as\na metric to evaluate pens.",
    "We propose the expected quill time (EQT)\tas a metric to evaluate pens.",
])
def test_metrics_said_as_metric_across_a_line_break(text: str) -> None:
    # the pattern takes any white space around "as"; its gate asked for " as " (spaces), so a line break hid it
    from kg.extract.metrics import named_metrics

    assert [text[c.start : c.end] for c in named_metrics(text, 0)] == ["EQT"]


def test_metrics_counted_in_points_across_a_line_break() -> None:
    # the pattern takes any white space before "points"; its gate asked for " points"
    from kg.extract.metrics import find_metric_values

    text = "It surpasses the best result by 3.0 DVPQ\npoints."
    assert [text[c.start : c.end] for c in find_metric_values(text) if c.rule == "metrics:points"] == ["DVPQ"]
