"""Result tuples from session 16's read of the rtrain1 errors (results19): a title head that is a phrase, two
modifier words between a value and its metric, the one evaluation set of a paper. The sentences are made up in
the shapes those abstracts use."""

from __future__ import annotations

import pytest

from results_support import results_of
from kg.extract.result_credit import proposed_name
from kg.leaderboard import ranked
from kg.model import Role

D, P, X = Role.DATASET, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    ("title", "own"),
    [
        ("Multiple-gaze geometry: Inferring 3D locations from gazes", None),  # a lower-case word: a phrase
        ("Robot pebbles: One centimeter modules for programmable matter", None),
        ("Like Father, Like Son: Facial Expression Dynamics for Kinship", "Like Father, Like Son"),
        ("Show and Tell: A Neural Image Caption Generator", "Show and Tell"),  # a slogan stays a name
        ("FooNet: Fast Segmentation", "FooNet"),
    ],
)
def test_results_rtrain19_a_title_head_going_on_in_lower_case_is_no_name(title, own):
    assert proposed_name([], "We study the problem. Our method reaches 59% precision.", title) == own


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("FooNet can achieve a 98.1% suture placement accuracy.", "accuracy"),
        ("FooNet also gets a 90% physical grasp success rate with a robot arm.", "success rate"),
        ("FooNet obtains 34.0% question matching accuracy on the dev set.", "accuracy"),
    ],
)
def test_results_rtrain19_two_modifier_words_may_stand_before_the_metric(text, metric):
    rows = [(r.metric, r.value) for r in results_of(text, [("FooNet", P), (metric, X)], "FooNet") if ranked(r.confidence)]
    assert [m for m, _ in rows] == [metric]


def test_results_rtrain19_two_modifier_words_do_not_cross_a_preposition():
    rows = results_of("FooNet reaches 90% of the success rate of BarNet.", [("FooNet", P), ("success rate", X)], "FooNet")
    assert not [r for r in rows if ranked(r.confidence)]


def test_results_rtrain19_the_one_set_named_for_evaluation_is_a_later_scores():
    text = ("For evaluation of our algorithm, the BarSet dataset is adopted. Our algorithm gives the most accurate "
            "segmentation. The average error rate is 0.77%.")
    rows = [(r.metric, r.value, r.dataset) for r in results_of(text, [("BarSet", D), ("error rate", X)], "FooNet") if ranked(r.confidence)]
    assert rows == [("error rate", "0.77", "BarSet")]


def test_results_rtrain19_a_set_named_with_no_evaluation_is_not_lent():
    text = "The BarSet dataset is popular. Our algorithm gives accurate segmentation. The average error rate is 0.77%."
    rows = [(r.value, r.dataset) for r in results_of(text, [("BarSet", D), ("error rate", X)], "FooNet") if ranked(r.confidence)]
    assert rows == [("0.77", None)]


def _own(abstract: str, name: str) -> str | None:
    from kg.model import Mention

    at = abstract.index(name)
    return proposed_name([Mention(P, name, "abstract", at, at + len(name), "", "test", 1.0)], abstract, "A title")


def test_results_rtrain19_the_initials_a_long_own_name_is_written_by_are_its_name():
    abstract = "We propose Recurrent Highway Networks, which extend the LSTM. On enwik8, RHNs achieve an entropy of 1.27."
    assert _own(abstract, "Recurrent Highway Networks") == "RHNs"
    # two words, or initials never written: the name as written
    assert _own("We propose Highway Networks. HN reach 1.27.", "Highway Networks") == "Highway Networks"
    assert _own("We propose Recurrent Highway Networks. They reach 1.27.", "Recurrent Highway Networks") == "Recurrent Highway Networks"
    # initials another long form is defined by name that one, not the paper's
    other = "We propose Recurrent Highway Networks. Unlike Residual Highway Networks (RHN), they reach 1.27 while RHN reach 1.4."
    assert _own(other, "Recurrent Highway Networks") == "Recurrent Highway Networks"


def test_results_rtrain19_a_score_obtained_by_a_named_system_is_its_own():
    text = "FooNet obtains an error of 7.8%, and we are improving on the 6.67% error obtained by the best BarNet architecture."
    rows = [(r.value, r.method, r.proposed) for r in results_of(text, [("FooNet", P), ("BarNet", Role.METHOD), ("error", X)], "FooNet")
            if ranked(r.confidence)]
    assert ("6.67", "BarNet", False) in rows and ("7.8", "FooNet", True) in rows


@pytest.mark.parametrize(
    ("abstract", "acronym", "own"),
    [
        # the acronym of a task heading a system noun: the system is unnamed
        ("We present a textless speech-to-speech translation (S2ST) system. We train the S2ST model on real data.", "S2ST", None),
        # a lower-case long form whose acronym then acts as a subject names the method
        ("We propose a deep online correction (DOC) framework. DOC does not need gradients.", "DOC", "DOC"),
        # a capitalised long form is a name
        ("We propose a novel Locate-to-Segment (L2S) framework for layers.", "L2S", "L2S"),
    ],
)
def test_results_rtrain19_a_task_acronym_heading_a_system_noun_is_no_name(abstract, acronym, own):
    assert _own(abstract, acronym) == own
