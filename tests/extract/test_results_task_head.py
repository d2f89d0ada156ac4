"""Session rprec40's read of the result credits (rtrain2): a title head that is the task the paper addresses
("Multitask Easy-First Dependency Parsing: ...") names no method; the results of its unnamed system are
"(proposed)". The abstracts are made up in the shape of the one read."""

from __future__ import annotations

from kg.extract.result_credit import proposed_name
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
