"""Result credit from session 23's read of the opened result sets' errors (results4, results5): the acronym of a
method's long form, a name "our" heads as a subject, a second scoring verb of a written subject. The sentences are
made up in the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of, sentences
from kg.extract.results import find_results
from kg.extract.result_credit import proposed_name
from kg.model import Mention, Role

D, P, X = Role.DATASET, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # a method noun heads the long form: the acronym names the paper's model, not the task it studies
        ("We introduce a neural tensor network (NTN) model which predicts new entries.", "NTN"),
        ("We train a deep belief machine (DBM) model on the data.", "DBM"),
        # (the task's acronym before a system noun stays no name)
        ("We present a textless speech-to-speech translation (S2ST) system. We train the S2ST model on real data.", None),
    ],
)
def test_results_ropen_the_acronym_of_a_method_long_form_is_a_name(abstract, own):
    acronym = abstract[abstract.index("(") + 1 : abstract.index(")")]
    at = abstract.index(f"({acronym})") + 1
    mention = Mention(P, acronym, "abstract", at, at + len(acronym), "", "test", 1.0)
    assert proposed_name([mention], abstract, "A title") == own


def test_results_ropen_our_and_a_name_heading_a_scoring_verb_credit_that_name():
    (r,) = results_of("Despite its simple design, our CGPS boosts the baseline model by 8.8% in mAP on FooSet.",
                      [("mAP", X), ("FooSet", D)])
    assert (r.method, r.proposed, r.value) == ("CGPS", True, "8.8")


def test_results_ropen_a_second_verb_of_a_written_subject_keeps_its_subject():
    text = ("Experimental results show that ViSA achieves an mAP@50 of 27.8% on FooSet and achieves a recall@30 "
            "of 21.3% on BarSet under the most challenging settings.")
    rows = results_of(text, [("mAP@50", X), ("recall@30", X), ("FooSet", D), ("BarSet", D)])
    assert [(r.method, r.value) for r in rows] == [("ViSA", "27.8"), ("ViSA", "21.3")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a preposition's object, then a participle: the value is the clause subject's (the paper's), not the name's
        ("We find that these metrics lead to gains in kNN classification--for example, achieving a test error rate "
         "of 1.3% on FooSet.", ("(proposed)", True)),
        ("We also assess our predictions for recent CNN architectures, achieving an accuracy of 88.2%.", ("FooNet", True)),
        # (the name heading the clause is still its subject)
        ("On FooSet, kNN classification achieves a test error rate of 1.3%.", ("kNN", False)),
    ],
)
def test_results_ropen_a_participle_after_a_prepositions_object_is_the_clause_subjects(text, want):
    (r,) = results_of(text, [("kNN", Role.METHOD), ("CNN", Role.METHOD), ("FooSet", D), ("error rate", X), ("accuracy", X)],
                      "FooNet" if "CNN" in text else None)
    assert (r.method, r.proposed) == want


def test_results_ropen_a_metric_written_after_on_is_no_set():
    text = ("Our final results (1% of the FooSet labeled data) outperform previous state-of-the-art approaches by 2.5 on "
            "BLEU4 and 11.5 on CIDEr scores.")
    rows = results_of(text, [("FooSet", D), ("BLEU4", X), ("CIDEr", X)], "FooNet")
    assert [(r.dataset, r.metric, r.value) for r in rows] == [("FooSet", "BLEU4", "2.5"), ("FooSet", "CIDEr", "11.5")]


def test_results_ropen_correspondingly_pairs_a_list_like_respectively():
    text = ("On the detection challenges of FooSet and BarSet we achieve mAP of 78.2% and 73.9% correspondingly, "
            "surpassing any other published work by a significant margin.")
    rows = results_of(text, [("FooSet", D), ("BarSet", D), ("mAP", X)])
    assert [(r.dataset, r.value) for r in rows] == [("FooSet", "78.2"), ("BarSet", "73.9")]


def test_results_ropen_the_acronym_a_text_defines_for_a_task_is_no_set():
    text = ("We present a novel task of detecting emotional reasoning (ER) in conversations. "
            "We achieve gains of 3.56% accuracy on the ER detection task over the state-of-the-art model.")
    task_at = text.index("detecting emotional reasoning")
    mentions = [Mention(Role.TASK, "detecting emotional reasoning", "abstract", task_at, task_at + 29, "", "test", 1.0)]
    for surface, role in (("ER", D), ("accuracy", X)):
        at = text.index(surface, text.index("gains"))
        mentions.append(Mention(role, surface, "abstract", at, at + len(surface), "", "test", 1.0))
    rows = find_results(text, sentences(text), mentions, proposed_name="FooNet")
    assert [(r.dataset, r.value) for r in rows] == [(None, "3.56")]


def test_results_ropen_a_task_acronym_also_written_before_a_set_noun_stays_a_set():
    from kg.extract.result_sets import not_task_acronyms
    from kg.extract.result_metrics import Named

    text = "Existing Legal Event Detection (LED) methods are weak. Existing LED datasets are small. LED is hard."
    task = Mention(Role.TASK, "Legal Event Detection", "abstract", 9, 30, "", "test", 1.0)
    led = Named(text.index("LED is"), text.index("LED is") + 3, "LED", D)
    assert not_task_acronyms(text, [led], [task], "abstract") == [led]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an example of "our method" is the architecture the method pre-trained: the score is the paper's
        ("Experiments demonstrate the superiority of our method, e.g., the pre-trained ViT-B achieves 84.1% top-1 "
         "accuracy on FooSet.", ("FooNet", True)),
        ("The results confirm our approach, for example, ResNet-50 reaches 77.0% top-1 accuracy on FooSet.", ("FooNet", True)),
        # (a named system heading its own clause stays its own)
        ("On FooSet, the pre-trained ViT-B achieves 81.2% top-1 accuracy.", ("ViT-B", False)),
    ],
)
def test_results_ropen_an_example_of_our_method_is_the_papers(text, want):
    (r,) = results_of(text, [("ViT-B", Role.METHOD), ("ResNet-50", Role.METHOD), ("FooSet", D), ("top-1 accuracy", X)], "FooNet")
    assert (r.method, r.proposed) == want
