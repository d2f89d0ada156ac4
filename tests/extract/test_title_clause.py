"""Title clauses and the task phrases added in session 5 (kg.extract.title_clause, kg.extract.tasks)."""

from __future__ import annotations

import re

import pytest

from kg.extract.doc import layout
from kg.extract import title_clause
from kg.extract.tasks import find_tasks
from kg.extract.title_clause import find_words, named_twice

from task_support import rule_tasks as _tasks


def test_title_clause_keeps_its_in_part_naming_the_model_studied() -> None:
    # "in Deep Neural Networks" says where the errors are: part of the task, model noun and all.
    tasks = _tasks(
        "Reducing Counting Mistakes in Deep Neural Networks",
        "Deep neural networks make counting mistakes. We reduce such mistakes with a simple penalty.",
    )
    assert tasks[0] == "reducing counting mistakes in deep neural networks"


def test_title_clause_cut_at_in_when_the_in_part_is_a_field() -> None:
    # "in Reinforcement Learning" names the field the paper works in, not the task.
    tasks = _tasks(
        "Rewarding Curiosity in Reinforcement Learning with Learned Models",
        "We reward curiosity of agents. Rewarding curiosity speeds up reinforcement learning agents.",
    )
    assert tasks[0] == "rewarding curiosity"


def test_title_clause_cut_at_in_when_the_in_part_has_an_article() -> None:
    tasks = _tasks("Tracking Small Birds in the Forest", "We track small birds. Tracking small birds in a forest is hard.")
    assert tasks[0] == "tracking small birds"


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Robust barn mapping. We study robust barn mapping.", "robust", True),  # a listed modifier, twice
        ("Robust barn mapping. We study barn mapping.", "robust", False),  # written once
        ("Stylized barn mapping. Stylized barn mapping.", "stylized", True),  # an adjective's shape
        ("Address barn mapping. Address barn mapping.", "address", False),  # a verb never joins the name
    ],
)
def test_title_clause_named_twice_keeps_a_repeated_modifier(text: str, word: str, expected: bool) -> None:
    end = text.index(".")
    assert named_twice(text, None, 0, end, word) is expected


@pytest.mark.parametrize(
    "text, words, span",
    [
        ("we study cross-lingual transfer here", ["cross", "lingual", "transfer"], (9, 31)),  # a hyphen joins words
        ("we study cross  lingual transfer", ["cross", "lingual", "transfer"], (9, 32)),  # so do spaces
        ("non-cross lingual transfer; cross lingual transfer", ["cross", "lingual", "transfer"], (28, 50)),  # whole words
        ("cross lingual transfers", ["cross", "lingual", "transfer"], None),  # ... at both ends
        ("crosslingual transfer", ["cross", "lingual", "transfer"], None),
    ],
)
def test_title_clause_find_words_finds_a_phrase_joined_by_spaces_or_hyphens(text, words, span):
    assert find_words(text, 0, words) == span


# --- session 8 (tasks8): the title's core, the "of" object, nouns that look like verbs ---------


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # no task noun, no nominalization: the title's noun phrase up to its method link
        ("Noisy Top-k Queries in Few Rounds", "We answer top-k queries with noisy comparisons. Few rounds of queries suffice.",
         "noisy top-k queries in few rounds"),
        # "Name: A <method noun> for X": X
        ("SolverX: A Sampling Procedure for Lattice Gauge Configurations",
         "Lattice gauge configurations are costly to draw. We present SolverX, which draws them with a learned proposal.",
         "lattice gauge configurations"),
    ],
)
def test_title_clause_core_when_no_rule_finds_a_task(title: str, abstract: str, expected: str) -> None:
    text = layout(title, abstract)
    found = find_tasks(text, len(title))
    assert [(text[c.start : c.end].lower(), c.rule) for c in found] == [(expected, "tasks:title-core")]


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("Hierarchical Gaussian Processes", "We stack Gaussian processes in a hierarchy. Inference uses variational bounds."),
        ("Transformers Learn Shortcuts Quickly", "We show that transformers learn shortcuts. Shortcuts appear early in training."),
        ("Making Agents Cooperate with Shared Rewards", "Agents rarely cooperate. We share rewards among agents."),
        ("Spline Bases, Knots and Smoothness Priors", "We compare spline bases. Knots and smoothness priors matter."),
        ("Tree Kernels for Natural Language", "Tree kernels compare parse trees of natural language sentences."),
    ],
)
def test_title_clause_core_not_a_method_name_clause_or_list(title: str, abstract: str) -> None:
    # a method's name ("... Processes"), a claim ("Learn ... Quickly"), a clause a lead verb
    # opens ("Making ..."), a list, a method and its input ("... for Natural Language")
    assert _tasks(title, abstract) == []


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        ("Interactive Design of Soft Robot Grippers", "We present a tool for the design of soft robot grippers. Users edit a gripper.",
         "interactive design of soft robot grippers"),
        ("Architecture Search of Sparse Transformers", "Architecture search finds sparse transformers. We search attention patterns.",
         "architecture search of sparse transformers"),
    ],
)
def test_title_clause_task_keeps_of_object_whatever_its_head(title: str, abstract: str, expected: str) -> None:
    assert _tasks(title, abstract)[0] == expected


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        ("Multivariate Time Series Forecasting with Sparse Attention",
         "We study multivariate time series forecasting for sensor grids. Our model attends sparsely.",
         "multivariate time series forecasting"),
        ("Graph Anomaly Detection with Contrastive Views",
         "Graph anomaly detection finds odd nodes. We contrast two views of each graph.", "graph anomaly detection"),
    ],
)
def test_title_clause_series_and_anomaly_are_no_verb_or_adverb(title: str, abstract: str, expected: str) -> None:
    # "series" ends in -s like a verb, "anomaly" in -ly like an adverb: neither ends the phrase
    assert _tasks(title, abstract)[0] == expected


def test_title_clause_core_skips_things_built_and_names_before_a_kind() -> None:
    assert _tasks("Multi-Joint Gripper with Gear Trains", "We build a multi-joint gripper. Gear trains move its joints.") == []
    # ("Name: A Framework for X" gives X; a kind not followed by "for" leaves only the name)
    assert _tasks("Task Weaver: A Framework and Editor for Robots", "Task Weaver helps robot programming with a framework.") == []


def test_title_clause_core_takes_the_subject_before_a_genre_after_the_colon() -> None:
    # "X: Initial Experiments" names the genre after the colon; the subject is before it
    assert _tasks("Robotic Ball Juggling: Initial Experiments", "We juggle balls with a robot arm. Juggling is hard.") == [
        "robotic ball juggling"
    ]


def test_title_clause_of_object_stops_before_based() -> None:
    abstract = "Gait control of legged robots is hard. We use phase oscillators."
    assert _tasks("Gait Control of Hexapod Robots based on Phase Oscillators", abstract)[0] == (
        "gait control of hexapod robots"
    )


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # No task phrase, clause or core: a gerund clause leading the title says what the paper does,
        # up to a link that opens a setting with an article.
        ("Sorting and Stacking Parcels for a Warehouse Crane",
         "Warehouses hold many parcels. Our crane sorts parcels and stacks them.",
         ["sorting and stacking parcels"]),
        # What a method noun is for names the task.
        ("A Bayesian Approach to Collaborative Parcel Stacking",
         "Warehouses hold many parcels. Our method stacks parcels with others.",
         ["collaborative parcel stacking"]),
        # Not when the object's head never recurs in the abstract ...
        ("Sorting and Stacking Parcels for a Warehouse Crane", "Warehouses hold many boxes. Our crane moves boxes.", []),
        # ... nor for "Achieving X" (how the paper helps), nor a model as what a method is for.
        ("FooNet: Achieving Tidy Parcel Stacks with Splines", "Warehouses hold many parcels. We use splines for stacks.", []),
        ("A Bayesian Approach to Deep Networks", "Deep networks are large. Our approach trains networks.", []),
    ],
)
def test_title_clause_activity_when_no_other_reading(title: str, abstract: str, expected: list[str]) -> None:
    assert _tasks(title, abstract) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Learning Robust Policies via Contrastive Learning",
        "ExplainIt!: A Tool for Computing Robust Attributions",
        "Reducing Flipping Errors in Deep Neural Networks",
        "Recovering Low-Rank Tensors from Rank-One Measurements",
        "Scene Collaging \u2014 Analysis and Synthesis (of Natural Images) [extended]",
        "Dense Retrieval ; Re-Ranking , and\tQuestion Answering ? Yes",
        "Friendliness for An Interactive Museum Robot, then  more",
    ],
)
def test_title_clause_cut_patterns_find_what_their_alternatives_find(title: str) -> None:
    # The lookahead that leads each cut pattern only skips characters no alternative opens with.
    plain = re.compile(title_clause._CLAUSE_CUT_ALTS, re.IGNORECASE)
    for pos in range(len(title)):
        got, want = title_clause._CLAUSE_CUT.search(title, pos), plain.search(title, pos)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("a, b", [
    ("Vision\u2013Language Navigation", "vision-language navigation"),  # an en dash
    ("STRASSE  Detection", "Stra\u00dfe detection"),  # case folded, spaces single
    ("\ufb01ne-tuning", "fine tuning"),  # NFKC
])
def test_name_key_meets_a_name_and_a_phrase_however_written(a: str, b: str) -> None:
    assert title_clause.name_key(a) == title_clause.name_key(b) == title_clause.norm_phrase_words(title_clause.name_key(a))
    assert title_clause.name_key("boat detection") == title_clause.norm_phrase_words("Boat-Detection")
