"""Which values the paper's own name is credited with: an own name the abstract alone defines names what is
stated from its sentence on, not a value stated before it (a title's name is the paper's from the start). The
abstracts are made up in the shapes corpus abstracts use."""

from __future__ import annotations

import re

import pytest

from results_support import sentences
from kg.extract.result_credit import proposed_name
from kg.extract.result_names import own_name_from, own_name_then
from kg.extract.results import paper_results
from kg.leaderboard import ranked
from kg.model import Mention, Role

P, X, D = Role.PROPOSED, Role.METRIC, Role.DATASET


def _mentions(title: str, abstract: str, named: list[tuple[str, Role]]) -> list[Mention]:
    out = []
    for field, text in (("title", title), ("abstract", abstract)):
        for surface, role in named:
            for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                out.append(Mention(role, surface, field, m.start(), m.end(), "", "test", 1.0))
    return out


def _credits(title: str, abstract: str, named: list[tuple[str, Role]]) -> list[tuple]:
    rows = paper_results(title, abstract, _mentions(title, abstract, named), sentences)
    return [(r.method, r.proposed, r.value) for r in rows if ranked(r.confidence)]


NAMED = [("FooSet", D), ("accuracy", X), ("g-SC", P)]


@pytest.mark.parametrize("proposal", [
    "we propose a generalization of scaling (g-SC)",
    # "called" names the thing this sentence proposes, not what the abstract described before
    "we propose a generalization of scaling called g-SC",
])
def test_result_credit_an_own_name_defined_after_the_value_is_not_credited_with_it(proposal):
    abstract = ("We give a combinatorial construction that embeds trees. On FooSet, this algorithm obtains an accuracy of 91.2%. "
                f"To embed general spaces, {proposal}. It is exact.")
    assert _credits("Tradeoffs for Embeddings", abstract, NAMED) == [(None, True, "91.2")]


def test_result_credit_the_own_name_is_placed_where_it_is_written_as_a_word():
    abstract = "The SCAN set is used. On it, this algorithm obtains 91.2%. We propose scaling (SC)."
    assert own_name_from("SC", abstract).since == abstract.index("(SC)") + 1


@pytest.mark.parametrize("title, abstract", [
    # a name given later to what was described is the own name from the start
    ("Tradeoffs for Embeddings", "We give a combinatorial construction that embeds trees. On FooSet, this algorithm obtains an "
     "accuracy of 91.2%. We call this construction scheme g-SC. It is exact."),
    # an own name defined before the value
    ("Tradeoffs for Embeddings", "We propose a generalization of scaling (g-SC). It is exact. On FooSet, our method obtains an "
     "accuracy of 91.2%."),
    # a title's own name, before the abstract writes it
    ("g-SC: Tradeoffs for Embeddings", "We give a combinatorial construction that embeds trees. On FooSet, our method obtains an "
     "accuracy of 91.2%. The code of g-SC is public."),
])
def test_result_credit_an_own_name_written_or_given_before_the_value_is_credited_with_it(title, abstract):
    assert _credits(title, abstract, NAMED) == [("g-SC", True, "91.2")]


def test_result_credit_the_own_name_knows_where_the_abstract_first_writes_it():
    abstract = "Trees embed well. We propose a hyperbolic scaling method (HSM) for graphs. HSM is exact."
    mentions = _mentions("Tradeoffs for Embeddings", abstract, [("hyperbolic scaling method", P)])
    name = proposed_name(mentions, abstract, "Tradeoffs for Embeddings")
    assert name == "HSM" and name.since == abstract.index("HSM")


def test_result_credit_the_place_of_the_own_name_counts_in_its_abstract_only():
    abstract = "Trees embed well. On FooSet, this algorithm obtains 91.2%. We propose a hyperbolic scaling method (HSM) for graphs."
    name = own_name_from("HSM", abstract)
    assert own_name_then(name, abstract, abstract.index("91.2%") + 6) is None
    assert own_name_then(name, abstract, len(abstract)) == "HSM"
    # a result of the title is not placed by the abstract's offsets
    assert own_name_then(name, "HSM: 91.2% on FooSet", 20) == "HSM"
    assert type(own_name_then(name, abstract, len(abstract))) is str


def test_result_credit_an_own_name_pickles_as_its_name():
    import pickle

    name = own_name_from("HSM", "We propose a hyperbolic scaling method (HSM).")
    back = pickle.loads(pickle.dumps(name))
    assert back == "HSM" and type(back) is str
