"""Who a value is credited to: the paper's method, a compared system or baseline, others, people, parts
of a system. The sentences are made up in the shapes of corpus abstracts the audits of sessions 7-16
read (regrouped from the per-session audit files)."""

from __future__ import annotations

import pytest

from kg.extract.result_credit import proposed_name
from kg.extract.results import find_results
from kg.leaderboard import ranked
from kg.model import Mention, Role
from results_support import (
    canonical_credits, canonical_mentions, credited_rows, own_mentions, plain_rows,
    ranked_kind_rows, ranked_rows, results_of, sentences, unit_rows,
)

D, I, M, P, X = Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def test_results_name_trained_is_a_part_not_the_subject():
    # the recognisers mark "BarFace" in "BarFace-trained" (the test helper marks only whole words)
    text = "The proposed system based on a cascade for segmentation and BarFace-trained features achieved an accuracy of 86.8%."
    at = text.index("BarFace")
    mentions = [Mention(Role.METHOD, "BarFace", "abstract", at, at + 7, "", "test", 1.0),
                Mention(Role.METRIC, "accuracy", "abstract", text.index("accuracy"), text.index("accuracy") + 8, "", "test", 1.0)]
    rows = find_results(text, sentences(text), mentions, proposed_name="FooSys")
    assert [(r.method, r.value) for r in rows] == [("FooSys", "86.8")]


def test_results_backbone_is_not_the_subject():
    text = ("FooVOS outperforms the previous methods by increasing the J&F score by 4.0 and 1.9 points using BarNet and BarSwin "
            "as the backbone on BazSet, respectively, and +2.0 mAP on BazSet by using BarSwin backbone.")
    rows = unit_rows(text, [("FooVOS", P), ("BarNet", M), ("BarSwin", M), ("BazSet", D), ("mAP", X)], "FooVOS")
    assert rows and all(r[0] != "BarSwin" for r in rows)


@pytest.mark.parametrize("text, who, value", [
    ("Specifically, FooTL achieved an accuracy of 78.1%, whereas simple fine-tuning achieved an accuracy of 73.4%.", "simple fine-tuning", "73.4"),
    ("Whereas vanilla training achieves an AUC of 83.7% for this task, our model achieves an AUC of 88.2%.", "vanilla training", "83.7"),
    ("Our findings suggest that Transformer language models struggle to perform well, achieving 66.91% accuracy.", "Transformer language models", "66.91"),
])
def test_results_others_systems_as_the_clause_subject_take_the_credit(text, who, value):
    rows = plain_rows(text, [("FooTL", P), ("AUC", X)], "FooTL")
    assert (who, value) in [(r[0], r[3]) for r in rows]
    assert ("FooTL", value) not in [(r[0], r[3]) for r in rows]


@pytest.mark.parametrize("text", [
    "Our findings suggest that general multilingual models struggle to perform well, achieving 66.91% accuracy.",
    "While some models show promising results (70% accuracy), they all fall short of FooTL.",
    "Different decoupling approaches are investigated, achieving an accuracy of 10.58 mN along the X axis.",
])
def test_results_systems_described_as_a_kind_are_no_ones_row(text):
    # a plural subject with no capital or digit after its first letter describes systems, names none: an unnamed
    # baseline's value, kept as evidence but not ranked
    assert all(r[0] is None for r in plain_rows(text, [("FooTL", P)], "FooTL"))
    assert ranked_rows(text, [("FooTL", P)], "FooTL") == []


def test_results_prior_methods_as_the_subject_stay_unnamed():
    rows = plain_rows("Previous models achieve only 61% accuracy on BarSet.", [("BarSet", D)], "FooNet")
    assert [(r[0], r[3]) for r in rows] == [(None, "61")]


def test_results_human_accuracy_credits_people():
    text = "FooQA reaches an accuracy of 89.4% on BarQA in comparison to the human accuracy of 88.9%."
    rows = plain_rows(text, [("FooQA", P), ("BarQA", D)], "FooQA")
    assert [(r[0], r[3]) for r in rows] == [("FooQA", "89.4"), ("human", "88.9")]


@pytest.mark.parametrize("text, expected", [
    ("Our model reaches state-of-the-art results on tasks including object detection (52.8 AP on BarCOCO) and semantic segmentation "
     "(53.1 mIoU on BarADE).", [("(proposed)", "52.8"), ("(proposed)", "53.1")]),
    ("FooTrack outperforms BarTrack by 7.6% on BarVOT while being 3x faster (100 FPS) on a CPU.", [("FooTrack", "100")]),
    ("FooDet reaches 86.9% accuracy. It outperforms existing detectors (77.9%).", [("FooDet", "86.9"), ("existing detectors", "77.9")]),
])
def test_results_only_a_compared_system_takes_the_value_in_parentheses_after_it(text, expected):
    rows = plain_rows(text, [("FooTrack", P), ("FooDet", P), ("BarTrack", M), ("AP", X), ("mIoU", X), ("FPS", X), ("BarCOCO", D), ("BarADE", D),
                        ("BarVOT", D)], None)
    assert [(r[0], r[3]) for r in rows] == expected


def test_results_the_own_method_written_after_our_method_is_credited():
    rows = plain_rows("Experiments show that our method FooFormer outperforms previous approaches by 2% mIoU for map segmentation.", [("mIoU", X)])
    assert [(r[0], r[3]) for r in rows] == [("FooFormer", "2")]


@pytest.mark.parametrize("text, named, expected", [
    ("FooSeg significantly outperforms the recent open-vocabulary method of BarSeg by +19.9 mIoU on BarVOC.",
     [("FooSeg", P), ("BarSeg", M)], "FooSeg"),
    ("Moreover, increasing image resolutions, FooViT can reach 86.5% accuracy on BarNet, being better than BarViT.", [("BarViT", M)], "FooViT"),
    # a subject no recogniser marked in this sentence, before "can not only achieve ... but also attain"
    ("The FooVNet can not only achieve real-time prediction (34 ms per image), but also attain an accuracy of 99.06%.", [("BazConv", P)], "FooVNet"),
    ("On BarNet, whereas BarGAN gains 0.42 improvement of NLL over BarMLE, our best model gains more.", [], "BarGAN"),
    ("Our model outperforms previous models on BarNet, approaching the human-level accuracy of 84.4%.", [], "human"),
])
def test_results_the_system_the_sentence_makes_its_subject_is_credited(text, named, expected):
    rows = plain_rows(text, named + [("BarVOC", D), ("BarNet", D), ("mIoU", X), ("NLL", X)], "Foo")
    assert [r[0] for r in rows] == [expected]


def test_results_a_relative_clause_scores_the_system_it_follows():
    text = ("On the BarMix benchmark, our proposed FooNet reaches an SI-SNRi of 24.0 dB outperforming the state-of-the-art "
            "solution BazNet which reaches an SI-SNRi of 22.3 dB.")
    rows = credited_rows(text, [("BarMix", D), ("FooNet", P), ("BazNet", M), ("SI-SNRi", X)], "FooNet")
    assert [(r[0], r[4]) for r in rows] == [("FooNet", "24.0"), ("BazNet", "22.3")]


def test_results_a_system_the_method_is_applied_to_is_no_subject():
    text = "Specifically, when applied to an unconditional BazGAN, it improves the FID from $13.03$ to $9.01$ on BarSet."
    assert [(r[0], r[1], r[4]) for r in credited_rows(text, [("BazGAN", M), ("FID", X), ("BarSet", D)])] == [(None, True, "9.01")]


@pytest.mark.parametrize("paren, expected", [
    ("(91.4% accuracy compared to 87.2% for the winner)", (None, True)),
    ("(87.2% accuracy)", ("all entries", False)),
])
def test_results_a_parenthesis_comparing_the_subjects_score_credits_the_subject(paren, expected):
    text = f"In a recent recognition competition, it outperformed all entries {paren}."
    rows = credited_rows(text, [("accuracy", X)])
    assert (rows[0][0], rows[0][1]) == expected


def test_results_others_best_published_result_in_parentheses_is_not_ranked():
    text = "Our model achieves 6.5% error on the test set, which is close to the best published result for BarSet (5.9%) using a deep network."
    rows = ranked_rows(text, [("BarSet", D), ("error", X)], "FooNet")
    assert [(r[1], r[4]) for r in rows] == [(True, "6.5")]


@pytest.mark.parametrize("subject, expected", [
    ("For comparison, a phrase-based SMT system achieves", []),
    ("A strong neural baseline reaches", []),
    ("For comparison, our system achieves", [(True, "33.3")]),
    ("A novel model of ours achieves", [(True, "33.3")]),
])
def test_results_an_unnamed_system_as_subject_is_not_the_papers_method(subject, expected):
    text = f"FooNet is trained on BarSet. {subject} a BLEU score of 33.3 on BarSet."
    assert [(r[1], r[4]) for r in ranked_rows(text, [("BarSet", D), ("BLEU score", X)], "FooNet")] == expected


@pytest.mark.parametrize("tail, who", [("(1.918 for human)", "human"), ("(1.918 for humans)", "humans")])
def test_results_a_score_for_human_in_parentheses_credits_people(tail, who):
    text = f"We build the BarSet dataset for FooNet. The average score is 1.454 {tail}."
    rows = ranked_rows(text, [("FooNet", P), ("BarSet", D), ("score", X)], "FooNet")
    assert [(r[0], r[1], r[4]) for r in rows] == [("FooNet", True, "1.454"), (who, False, "1.918")]


def test_results_a_compared_name_after_such_as_is_the_name_alone():
    text = "On BarSet, FooNet reaches an error of 6.5%. It substantially outperforms shallow models such as SVMs (11.6%)."
    rows = ranked_rows(text, [("BarSet", D), ("FooNet", P), ("error", X)], "FooNet")
    assert [(r[0], r[4]) for r in rows] == [("FooNet", "6.5"), ("SVMs", "11.6")]


@pytest.mark.parametrize("subject, expected", [
    ("In contrast, a state-of-the-art feature squeezing technique can only achieve", []),
    ("With FooNet, a 7B model can obtain", [("FooNet", True, "55")]),
])
def test_results_an_unnamed_technique_with_a_modal_verb_is_not_the_papers_method(subject, expected):
    text = f"FooNet detects attacks on BarSet. {subject} 55% accuracy on BarSet."
    assert [(r[0], r[1], r[4]) for r in ranked_rows(text, [("BarSet", D), ("accuracy", X), ("FooNet", P)], "FooNet")] == expected


def test_results_an_architecture_with_the_papers_method_credits_the_method():
    text = "On BarSet classification, ResNet-50 architecture with FooDrop achieves 78.13% accuracy."
    rows = ranked_rows(text, [("BarSet", D), ("accuracy", X), ("ResNet-50", M), ("FooDrop", P)], "FooDrop")
    assert [(r[0], r[1], r[4]) for r in rows] == [("FooDrop", True, "78.13")]


def test_results_a_baseline_compared_after_the_value_leaves_it_the_papers():
    text = "The FW layer combined with a CNN on the BarSet database achieves an error rate of 18.1%, a relative improvement of 4% over the baseline CNN."
    rows = [r for r in results_of(text, [("BarSet", D), ("error rate", X), ("CNN", M)], "FW") if r.kind == "absolute"]
    assert [(r.method, r.proposed, r.value) for r in rows] == [("FW", True, "18.1")]


def test_results_a_named_systems_possessive_score_and_the_written_subject_after_it():
    text = "We evaluate on BarSet. Furthermore, in comparison to X-Ray's success rate of 84%, FooBot achieves a success rate of 95% in retrieving items."
    rows = ranked_rows(text, [("BarSet", D), ("X-Ray", M), ("success rate", X)], "FooBot")
    assert [(r[0], r[1], r[4]) for r in rows] == [("X-Ray", False, "84"), ("FooBot", True, "95")]


def test_results_a_whereas_clause_after_the_papers_score_is_others():
    text = ("We demonstrate on BarSet that a policy trained on data from our strategy achieves a success rate of 77.5%, whereas policies "
            "trained using data collected without it fail to transfer, with a success rate of only 2.5%.")
    rows = ranked_rows(text, [("BarSet", D), ("success rate", X)], "FooNet")
    assert [(r[1], r[4]) for r in rows] == [(True, "77.5")]


def test_results_a_system_superior_to_a_named_baseline_keeps_the_score():
    text = "On BarSet, ViT achieves results superior to CNN baselines with 80.45% accuracy."
    rows = ranked_rows(text, [("BarSet", D), ("ViT", M), ("CNN", M), ("accuracy", X)])
    assert [(r[0], r[4]) for r in rows] == [("ViT", "80.45")]


def test_results_compared_systems_in_parentheses_are_a_table_in_one_sentence():
    text = ("FooNet achieves the top-1 accuracy of 73.2% on BarSet, compared to Tucker decomposition (67.4% / 0.30x), "
            "Trained Rank Pruning (70.6% / 0.28x), and universally slimmable networks (71.4% / 0.26x).")
    rows = ranked_kind_rows(text, [("BarSet", D), ("FooNet", P), ("top-1 accuracy", X)], "FooNet")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("FooNet", "BarSet", "top-1 accuracy", "73.2"), ("Tucker decomposition", "BarSet", "top-1 accuracy", "67.4"),
        ("Trained Rank Pruning", "BarSet", "top-1 accuracy", "70.6"), ("universally slimmable networks", "BarSet", "top-1 accuracy", "71.4")]


@pytest.mark.parametrize("compared", [
    "much higher than that of a singlelayer recognition architecture (92.56%)",
    "compared to the baseline (92.56%)",
    "while incurring a minimal accuracy drop (1%)",
    "over pre-training on QuxSet (92.56%)",
])
def test_results_a_parenthesis_after_no_system_name_is_no_compared_score(compared):
    text = f"On BarSet, FooNet achieves an accuracy of 96.90%, {compared}."
    rows = ranked_kind_rows(text, [("BarSet", D), ("QuxSet", D), ("FooNet", P), ("accuracy", X)], "FooNet")
    assert [r[4] for r in rows] == ["96.90"]


@pytest.mark.parametrize("abstract, names, expected", [
    ("We use two deep networks, namely SP-Net and M-Net, to predict the parameters.", ["SP-Net", "M-Net"], None),
    ("We propose Rank Mimicking (RM) and Prediction-guided Feature Imitation (PFI) for distilling detectors.", ["RM", "PFI"], None),
    ("We propose FooNet and FooNet-L, two detectors.", ["FooNet", "FooNet-L"], "FooNet"),
    ("We propose a framework (FastKGE), incorporating an incremental adapter (IncLoRA) mechanism.", ["FastKGE", "IncLoRA"], "FastKGE"),
])
def test_results_a_paper_naming_the_parts_of_its_system_credits_the_unnamed_whole(abstract, names, expected):
    assert proposed_name(own_mentions(abstract, names), abstract, "A study of detection") == expected


def test_results_the_parts_of_a_system_a_name_title_names_credit_the_title_head():
    abstract = "We propose LRA and LDRA, two residual predictors."
    assert proposed_name(own_mentions(abstract, ["LRA", "LDRA"]), abstract, "LRA&LDRA: Rethinking Residual Predictions") == "LRA&LDRA"


@pytest.mark.parametrize("written, canonical", [("MobileNetV2", "MobileNet"), ("Markov Random Field", "MRF")])
def test_results_a_method_is_credited_as_written_when_its_catalogue_name_says_less(written, canonical):
    text = f"On BarSet, {written} reaches 86.1% accuracy."
    assert canonical_credits(text, [("BarSet", D, None), (written, M, canonical), ("accuracy", X, None)]) == [(written, False, "86.1")]


def test_results_a_plural_or_a_case_change_keeps_the_catalogue_name():
    text = "On BarSet, transformers reach 86.1% accuracy."
    assert canonical_credits(text, [("BarSet", D, None), ("transformers", M, "Transformer"), ("accuracy", X, None)]) == [("Transformer", False, "86.1")]


def test_results_a_name_written_inside_a_longer_name_of_the_text_is_the_longer_name():
    text = "We present Grid R-CNN, a detector. On BarSet, Grid R-CNN achieves a 4.1% AP gain compared to Faster R-CNN."
    named = [("BarSet", D, None), ("Grid R-CNN", P, None), ("Faster R-CNN", M, None), ("AP", X, None)]
    mentions = canonical_mentions(text, named)
    inner = text.rindex("Grid R-CNN") + len("Grid ")
    mentions = [m for m in mentions if not (m.text == "Grid R-CNN" and m.start == inner - 5)]  # the recogniser saw only "R-CNN" there
    mentions.append(Mention(M, "R-CNN", "abstract", inner, inner + 5, "", "test", 1.0))
    rows = [(r.method, r.proposed, r.value) for r in find_results(text, sentences(text), mentions, proposed_name="Grid R-CNN")]
    assert rows == [("Grid R-CNN", True, "4.1")]


@pytest.mark.parametrize("title, abstract, expected", [
    ("Weakly Supervised Neuro-Symbolic Module Networks for Numerical Reasoning",
     "We propose the Weakly Supervised Neuro-Symbolic Module Network (WNSMN), trained with answers only.", "WNSMN"),
    ("Richer Convolutional Features for Edge Detection",
     "We propose an edge detector using richer convolutional features (RCF).", "RCF"),
    # the title names a task after "in", a technique after "with": no name of the paper's own
    ("Preventing Overconfidence in Neural Machine Translation",
     "Neural Machine Translation (NMT) models are overconfident. We add a margin objective.", None),
    ("Fine-grained Entity Typing with Virtual Adversarial Training",
     "We propose a regularization module based on virtual adversarial training (VAT).", None),
])
def test_results_the_acronym_an_abstract_defines_for_the_approach_its_title_opens_with_is_its_name(title, abstract, expected):
    assert proposed_name([], abstract, title) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a compared system in apposition to "the state-of-the-art model", its size in parentheses
    ("On BarSet, FooNet succeeds, outperforming the state-of-the-art model, QuxNet (7B parameters), by 24% in success rate.",
     [("FooNet", True, "QuxNet", "24")]),
    # a system whose cost the sentence compares with is no subject
    ("FooNet-B only uses 43% GFLOPs of QuxNet-B but achieves 2.4% top-1 accuracy improvement on BarSet.",
     [("FooNet-B", True, "QuxNet-B", "2.4")]),
    # the metric written again before the next compared system: each margin over its own system
    ("Our technique improves the mAP of QuxNet by 3.8% and mAP of BazNet by 2.2% on BarSet.",
     [("(proposed)", True, "QuxNet", "3.8"), ("(proposed)", True, "BazNet", "2.2")]),
])
def test_results_a_compared_system_written_in_other_ways_is_the_baseline(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("FooNet-B", P, None), ("QuxNet", M, None), ("QuxNet-B", M, None),
             ("BazNet", M, None), ("success rate", X, None), ("top-1 accuracy", X, None), ("mAP", X, None)]
    rows = [(r.method, r.proposed, r.baseline, r.value) for r in find_results(sentence, sentences(sentence), canonical_mentions(sentence, named))
            if ranked(r.confidence)]
    assert rows == expected


@pytest.mark.parametrize("sentence, expected", [
    # the paper's method put in a named system: the end of the change is the paper's, the system its baseline
    ("By simply using FooNet for QuxNet, the top-1 accuracy on BarSet is boosted from 72.0% to 76.2%.", ("FooNet", True, "QuxNet", "76.2")),
    # a prefix attached to the compared name ("R101-") is part of it
    ("We boost the performance of R101-QuxNet on BarSet from 35.7 mAP to 37.9 mAP.", ("FooNet", True, "QuxNet", "37.9")),
    ("On BarSet, we also adopt FooNet in QuxNet, improving the detection mAP by 2.2%.", ("FooNet", True, "QuxNet", "2.2")),
])
def test_results_a_system_the_papers_method_is_put_in_is_the_baseline(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("QuxNet", M, None), ("top-1 accuracy", X, None), ("mAP", X, None)]
    rows = [(r.method, r.proposed, r.baseline, r.value) for r in find_results(sentence, sentences(sentence), canonical_mentions(sentence, named),
                                                                              proposed_name="FooNet") if ranked(r.confidence)]
    assert expected in rows and not any(r[0] == "QuxNet" and r[3] == expected[3] for r in rows)


@pytest.mark.parametrize("sentence, expected", [
    # the system the paper's method runs on is no subject
    ("On BarSet, we obtain 80.1% top-1 accuracy on QuxNet, outperforming BazNet by 1.2%.", [("FooNet", True, "1.2")]),
    # (a drop is evidence only, unranked, as the results gold keeps degradations doubtful: test_result_degradations)
    ("On BarSet, FooNet reduces 53% FLOPs on QuxNet with only 0.90% top-1 accuracy drop.", []),
    # a name no recogniser found heads the value's clause after the system it leverages
    ("Leveraging QuxNet, with only 35 examples from BarSet, NovaRescue achieved 48.69% top-1 accuracy.", [("NovaRescue", False, "48.69")]),
    # "exceeds" compares
    ("On BarSet, the proposed FooNet exceeds the state-of-the-art QuxNet by 2.9% top-1 accuracy.", [("FooNet", True, "2.9")]),
    # an adjective of the system is a variant of it, no host: "the pruned QuxNet achieves"
    ("On BarSet, the pruned QuxNet achieves 10.88% top-1 accuracy.", [("QuxNet", False, "10.88")]),
])
def test_results_a_system_the_papers_method_runs_on_is_no_subject(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("QuxNet", M, None), ("BazNet", M, None), ("top-1 accuracy", X, None)]
    rows = [(r.method, r.proposed, r.value) for r in find_results(sentence, sentences(sentence), canonical_mentions(sentence, named),
                                                                   proposed_name="FooNet") if ranked(r.confidence)]
    assert rows == expected


@pytest.mark.parametrize("long_form", ["Flow Alignment Module", "Cross-view Fusion Block", "representation calibration head"])
def test_results_an_acronym_defined_for_a_module_is_a_part_not_the_system(long_form):
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention

    abstract = f"We propose a {long_form} (FAM) to align features. Our network reaches 80.4% mIoU on BarSet."
    at = abstract.index("FAM")
    assert proposed_name([Mention(P, "FAM", "abstract", at, at + 3, "", "test", 1.0)], abstract, "Fast Scene Parsing") is None


def test_results_a_unit_or_a_loss_names_the_method():
    from kg.extract.result_credit import proposed_name
    from kg.model import Mention

    abstract = "We propose a Parametric Rectified Linear Unit (PReLU). We reach 4.94% top-5 error on BarSet."
    at = abstract.index("PReLU")
    assert proposed_name([Mention(P, "PReLU", "abstract", at, at + 5, "", "test", 1.0)], abstract, "Delving Deep") == "PReLU"


def test_results_a_value_coordinated_after_a_parenthesised_metric_keeps_its_written_subject():
    text = "FooBar achieves improvements of 6.67% (BLEU) and 7.47% (ROUGE) on average."
    assert [r.method for r in results_of(text, [("BLEU", X), ("ROUGE", X)], None)] == ["FooBar", "FooBar"]


@pytest.mark.parametrize("text, named, value, who", [
    ("For verification, the equal error rate is 7% for BarSVM and 13% for BazPCA.", [("BarSVM", M), ("BazPCA", M)], "13", "BazPCA"),
    # the end of a change "for" a named system is the paper's method applied to it
    ("On BarSet, rank-1 accuracy is improved from 55.3% to 80.5% for QuxNet, and from 73.8% to 82.3% for BazNet.",
     [("BarSet", D), ("BazNet", M)], "80.5", "FooNet"),
    ("On BarSet, rank-1 accuracy is improved from 55.3% to 80.5% for QuxNet, and from 73.8% to 82.3% for BazNet.",
     [("BarSet", D), ("BazNet", M)], "82.3", "FooNet"),
    # a name after a word of its own is a part of the set-up ("for linear SVM"); "using" names a tool
    ("In particular FooNet attains a classification accuracy of 93.7% for linear BarSVM on BazSet.", [("BazSet", D), ("BarSVM", M)], "93.7", "FooNet"),
    ("Fine-tuned on an annotated dataset, FooNet achieves an F1 score of 94.6% and a false positive rate of 2.3% using BarGPT.",
     [("BarGPT", M)], "2.3", "FooNet"),
])
def test_results_a_name_right_after_a_value_is_its_system(text, named, value, who):
    rows = ranked_rows(text, named, "FooNet")
    assert [r[0] for r in rows if r[4] == value] == [who]


@pytest.mark.parametrize("text, named, who, baseline", [
    ("Notably, BarCLR with FooL achieves 68.2% top-1 accuracy on BazNet-1K, outperforming its BarCLR baseline by 6.4%.",
     [("BarCLR", M), ("BazNet-1K", D)], "FooL", "BarCLR"),
    ("Experiments show that the BarNet-50 equipped with FooL achieves a boost in performance (+2.8% top-1 accuracy on BazSet).",
     [("BarNet-50", M), ("BazSet", D)], "FooL", "BarNet-50"),
    # a variant of the paper's own name (same stem) keeps its gain
    ("FooL-Large is 3.2% more accurate on BazSet than BarNet.", [("FooL-Large", M), ("BarNet", M), ("BazSet", D)], "FooL-Large", "BarNet"),
])
def test_results_a_gain_of_a_named_system_is_the_papers_when_it_has_a_name(text, named, who, baseline):
    rows = [r for r in results_of(text, named, "FooL") if r.kind == "improvement" and ranked(r.confidence)]
    assert [(r.method, r.baseline) for r in rows] == [(who, baseline)]
