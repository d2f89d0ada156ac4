"""A known method with modifiers written right after an own naming cue
(kg.extract.proposed_cued_modified), a fallback reading: "a solution called weighted permission
Shapley value" is the paper's; the bare "Shapley value" stays someone else's."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.proposed_cued_modified import cued_modified_known
from kg.model import Paper, Source

_TITLE = "Diffusion Incentives in Cooperative Games"


def _cued(abstract: str, known: frozenset[str] = frozenset({"shapley value", "dqn"})) -> str | None:
    text = layout(_TITLE, abstract)
    c = cued_modified_known(text, len(_TITLE), set(known))
    return None if c is None else text[c.start : c.end]


def test_modified_known_name_after_a_naming_cue():
    assert _cued("We proposed a solution called weighted permission Shapley value. It works.") == (
        "weighted permission Shapley value")
    assert _cued("To this end we introduce the model-free DQN, which learns fast.") == "model-free DQN"


def test_prior_use_generic_or_known_modified_names_are_not_taken():
    assert _cued("Finally, a popular algorithm called Multi-Pass DQN is employed to find a policy.") is None
    assert _cued("We present the first parallel DQN for this task.") is None  # an order word, no name
    assert _cued("The so-called weighted Shapley value is classic.") is None
    assert _cued("A solution called weighted Shapley value is ours.", frozenset({"shapley value", "weighted shapley value"})) is None
    assert _cued("A solution called Shapley value is ours.") is None  # no modifier


def test_extraction_reads_the_cued_name_where_no_rule_found_one():
    abstract = ("Existing solutions such as the Shapley value fail here. Hence, we have already proposed a solution "
                "called weighted permission Shapley value. Under this solution, inviting all neighbours is dominant.")
    (ex,) = extract_papers([Paper(title=_TITLE, abstract=abstract, source=Source("t", 1))])
    lists = ex.surface_lists()
    assert "weighted permission Shapley value" in lists["proposed"]
    assert "Shapley value" in lists["methods"]
