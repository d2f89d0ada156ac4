"""The learned further tasks (:mod:`kg.extract.task_more`): the shipped weights' decisions on
made-up abstracts, and the weights read once and scored the same way every time."""

from __future__ import annotations

import json
import math

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract.task_more import RULE, THRESHOLD, WEIGHTS, load_weights, more_tasks, overlaps, pool_candidates
from kg.extract.title_clause import name_key
from kg.extract.title_span import span_score
from kg.model import Role

TITLE = "Sparse Priors for Widget Segmentation"


def _case(abstract: str, *phrases: str, rule: str = "pool:phrase") -> tuple[str, list[Candidate], list[Candidate]]:
    """The text, its chosen task ("widget segmentation", the abstract's first mention) and a pool
    of each phrase's first abstract mention."""
    text = layout(TITLE, abstract)
    s = text.index("widget segmentation", len(TITLE))
    chosen = [Candidate(Role.TASK, s, s + len("widget segmentation"), "tasks:title", 0.85)]
    pool = [Candidate(Role.TASK, text.index(p, len(TITLE)), text.index(p, len(TITLE)) + len(p), rule, 0.0) for p in phrases]
    return text, chosen, pool


def _added(text: str, tasks: list[Candidate], pool: list[Candidate], names: set[str] = frozenset()) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.rule) for c in more_tasks(text, len(TITLE), tasks, pool, names)[len(tasks) :]]


REPEATED_BESIDE = ("We study widget segmentation and boat detection in harbour scenes. Our method improves boat "
                   "detection accuracy. Boat detection is hard.")


def test_a_phrase_listed_beside_the_task_and_repeated_is_added() -> None:
    text, chosen, pool = _case(REPEATED_BESIDE, "boat detection")
    assert _added(text, chosen, pool) == [("boat detection", RULE)]


def test_a_vague_phrase_named_once_after_via_is_not_added() -> None:
    text, chosen, pool = _case("We study widget segmentation in harbour scenes. The model is trained via several "
                               "widget classification.", "several widget classification")
    assert _added(text, chosen, pool) == []


def test_a_field_named_as_where_something_matters_is_no_candidate() -> None:
    # task_cues.application_context: "plays an important role in X" names the field, not the task.
    text, chosen, pool = _case("We study widget segmentation, which plays an important role in autonomous driving. "
                               "Autonomous driving needs it.", "autonomous driving", rule="catalogue:task")
    cands, _ = pool_candidates(text, len(TITLE), chosen, pool)
    assert "autonomous driving" not in [text[c.start : c.end].lower() for c in cands]


def test_no_addition_past_three_tasks_or_over_a_name() -> None:
    text, chosen, pool = _case(REPEATED_BESIDE, "boat detection")
    full = chosen + [Candidate(Role.TASK, 0, 6, "tasks:title", 0.85), Candidate(Role.TASK, 7, 13, "tasks:title", 0.85)]
    assert more_tasks(text, len(TITLE), full, pool) is full
    assert _added(text, chosen, pool, names={"boat detection"}) == []


def _surfaces(text: str, cands: list[Candidate]) -> list[str]:
    return [text[c.start : c.end] for c in cands]


def test_a_phrase_inside_or_holding_a_chosen_task_is_a_candidate_told_apart() -> None:
    # "domain generalization" beside "imbalanced domain generalization": gold often lists the
    # shorter form too; the features say which way they nest (the chosen task itself is no candidate).
    text, chosen, _ = _case(REPEATED_BESIDE)
    s = chosen[0].start
    inside = Candidate(Role.TASK, s + len("widget "), chosen[0].end, "pool:phrase", 0.0)
    again = Candidate(Role.TASK, s, chosen[0].end, "pool:phrase", 0.0)
    cands, feats = pool_candidates(text, len(TITLE), chosen, [inside, again])
    assert _surfaces(text, cands) == ["segmentation"]
    assert feats[0].get("inside_task") == 1.0 and "holds_task" not in feats[0]
    wide = "Harbour widget segmentation"
    text = layout(TITLE, f"We study widget segmentation. {wide} is hard. {wide} matters.")
    s = text.index("widget segmentation", len(TITLE))
    chosen = [Candidate(Role.TASK, s, s + len("widget segmentation"), "tasks:title", 0.85)]
    h = text.index(wide)
    cands, feats = pool_candidates(text, len(TITLE), chosen, [Candidate(Role.TASK, h, h + len(wide), "pool:phrase", 0.0)])
    assert _surfaces(text, cands) == [wide] and feats[0].get("holds_task") == 1.0


def test_of_two_overlapping_candidates_only_the_better_is_added() -> None:
    abstract = REPEATED_BESIDE + " Harbour boat detection is harder."
    text, chosen, pool = _case(abstract, "boat detection", "Harbour boat detection")
    got = _added(text, chosen, pool)
    assert len(got) == 1 and "boat detection" in got[0][0].lower()


def test_shipped_weights_load_once_and_score_as_their_dot_product() -> None:
    load_weights.cache_clear()
    first = load_weights()
    assert load_weights() is first and load_weights.cache_info().misses == 1
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    text, chosen, pool = _case(REPEATED_BESIDE, "boat detection")
    _, feats = pool_candidates(text, len(TITLE), chosen, pool)
    z = data["intercept"] + sum(data["weights"].get(k, 0.0) * v for k, v in feats[0].items())
    scores = {span_score(feats[0], load_weights()) for _ in range(3)}
    assert scores == {1 / (1 + math.exp(-z))} and scores.pop() >= THRESHOLD


def test_script_labels_gains_and_decides_without_scikit_learn() -> None:
    from script_support import load_script

    script = load_script("train_task_more")
    row = {"tasks": ["widget segmentation"], "surf": ["boat detection", "Boat Tracking", "harbour scenes"],
           "gold": {"tasks": ["widget segmentation|widget parsing", "boat detection"], "doubtful": ["harbour scenes"]}}
    assert [script.gain_label(s, row) for s in row["surf"]] == [1, 0, -1]
    assert script.gain_label("widget parsing", row) == -1  # a second form of a gold task kg hits: neither way
    probs = [0.9, 0.5, 0.2]
    assert script.decide(row, probs, 0.4) == ["widget segmentation", "boat detection", "Boat Tracking"]
    assert script.decide(row, probs, 0.4, max_add=1) == ["widget segmentation", "boat detection"]
    assert script.decide(row, probs, 0.95) == ["widget segmentation"]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("boat detection", "boat detections", True),  # a plural holds its singular
        ("thermal scene parsing", "rgb\u2013thermal scene parsing", True),  # from a word's start after a dash
        ("feature extraction", "modal/feature extraction", True),
        ("convex optimization", "nonconvex optimization", True),  # a prefixed word holds the plain one
        ("linear bandit", "bilinear bandits", True),
        ("nli", "online learning", False),  # a single word strictly inside another word: not
        ("ner", "text generation", False),
    ],
)
def test_overlapping_phrases_hold_a_lone_word_only_at_a_word_edge(a: str, b: str, same: bool) -> None:
    assert overlaps(a, b) is same and overlaps(b, a) is same


def test_a_chosen_acronym_task_blocks_no_phrase_holding_its_letters() -> None:
    text = layout(TITLE, "We study NER and text generation in harbour scenes. Text generation is hard. Our model "
                  "improves text generation.")
    s = text.index("NER")
    chosen = [Candidate(Role.TASK, s, s + 3, "tasks:abstract", 0.6)]
    g = text.index("text generation")
    cands, _ = pool_candidates(text, len(TITLE), chosen, [Candidate(Role.TASK, g, g + 15, "pool:phrase", 0.0)])
    assert [text[c.start : c.end] for c in cands] == ["text generation"]


def test_a_name_blocks_its_phrase_whatever_dash_or_case_the_text_writes() -> None:
    abstract = REPEATED_BESIDE.replace("boat detection", "boat\u2013detection").replace("Boat detection", "Boat\u2013detection")
    text, chosen, pool = _case(abstract, "boat\u2013detection")
    assert _surfaces(text, pool_candidates(text, len(TITLE), chosen, pool)[0]) == ["boat\u2013detection"]
    # the resolver's key of the name "Boat-Detection" (title_clause.name_key), as it passes the names
    assert pool_candidates(text, len(TITLE), chosen, pool, {name_key("Boat-Detection")}) == ([], [])


def test_a_chosen_tasks_plural_is_no_second_task() -> None:
    # "task allocations" beside the title's "Task Allocation": the same task in the plural, which
    # the catalogue frame alone scores over the threshold.
    title = "Game Theory for Widget Allocation in Drone Swarms"
    text = layout(title, "Two game theoretical algorithms have been developed. The cooperative one lets the "
                         "drones vote their preferred widget allocations for their neighbors.")
    s, p = text.index("Widget Allocation"), text.index("widget allocations")
    chosen = [Candidate(Role.TASK, s, s + len("Widget Allocation"), "catalogue:task", 0.85)]
    pool = [Candidate(Role.TASK, p, p + len("widget allocations"), "pool:catalogue:task", 0.0)]
    assert more_tasks(text, len(title), chosen, pool) == chosen
