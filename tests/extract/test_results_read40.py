"""Session rprec40's read of the result errors (rtrain1, rtrain2): a title head that is the task the paper addresses
("Multitask Easy-First Dependency Parsing: ...") names no method, the results of its unnamed system are
"(proposed)"; a "Results show ..." sentence is on the set the sentence before names. The abstracts are made up in
the shapes of those read."""

from __future__ import annotations

from results_support import results_of

from kg.extract.result_credit import proposed_name
from kg.leaderboard import ranked
from kg.model import Mention, Role

ABSTRACT = "We present a parsing model for dependency trees. This method gives error reduction of 9.9% on BarBank."


def _title_mention(title: str, surface: str, role: Role) -> Mention:
    i = title.index(surface)
    return Mention(role, surface, "title", i, i + len(surface), "", "test", 1.0)


def test_results_a_title_head_the_title_names_as_a_task_is_no_method_name():
    title = "Multitask Easy-First Foo Parsing: Exploiting Complementary Annotations"
    task = _title_mention(title, "Multitask Easy-First Foo Parsing", Role.TASK)
    assert proposed_name([task], ABSTRACT, title) is None


def test_results_a_title_head_with_a_task_after_it_still_names_the_method():
    title = "FooParse: Multitask Easy-First Dependency Parsing"
    task = _title_mention(title, "Multitask Easy-First Dependency Parsing", Role.TASK)
    assert proposed_name([task], ABSTRACT, title) == "FooParse"


def test_results_a_results_sentence_takes_the_set_the_sentence_before_names():
    """ "... such as the vehicle in BarCars dataset. Results show that FooNet ... 15.4% lower MAE": the sentence before
    names the set though with no evaluation word; the "Results show" sentence reports on it."""
    text = ("We demonstrate FooNet on the QuxTech dataset. "
            "We extend the targeted applications to counting other objects, such as the vehicle in BarCars dataset. "
            "Results show that FooNet significantly improves the output quality with 15.4% lower MAE than the previous approach.")
    named = [("FooNet", Role.PROPOSED), ("QuxTech", Role.DATASET), ("BarCars", Role.DATASET), ("MAE", Role.METRIC)]
    rows = [(r.dataset, r.value) for r in results_of(text, named, "FooNet") if ranked(r.confidence)]
    assert rows == [("BarCars", "15.4")]
