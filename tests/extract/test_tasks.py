"""Task phrases found in the abstract, the fallbacks and the task limit, on hand-written titles and abstracts
(the title's readings are in test_tasks_title.py)."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.task_spans import problem_phrases, task_of_phrases, task_phrases
from kg.extract.tasks import MAX_TASKS, find_tasks

from task_support import rule_tasks as _tasks


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("We study scene text detection in photos.", ["scene text detection"]),
        ("The generation quality is high.", []),  # "generation" modifies "quality"
        ("It improves video frame interpolation and depth estimation.", ["video frame interpolation", "depth estimation"]),
        ("Existing novel depth estimation methods are slow.", ["depth estimation"]),  # "novel" is evaluative
        ("Existing novel view synthesis methods are slow.", ["novel view synthesis"]),  # ... but names this task
        ("We detect out of distribution data detection errors.", []),  # "detection" modifies "errors"
        ("Out of distribution data detection is hard.", ["Out of distribution data detection"]),
        ("We address data association in multi-robot teams.", ["data association"]),  # a new task noun
        ("The model achieves accurate segmentation.", []),  # a single word is not a task phrase
        ("Object detection rates are low.", []),  # "rates" after the head: a measure of the task
        ("Modern scene text detection is hard.", ["scene text detection"]),  # "modern" praises, like "current"
        ("We study hallucination mitigation.", ["hallucination mitigation"]),  # action nouns of session 6
        ("Weak-to-strong generalization is studied.", ["Weak-to-strong generalization"]),
        ("Short answer grading helps teachers.", ["Short answer grading"]),
        ("It is the prevalent semantic matching.", ["semantic matching"]),  # "prevalent" praises
        ("The shown feature matching works.", ["feature matching"]),  # a participle ends the phrase
        ("Methods like syntactic parsing beat those than head tracking.", ["syntactic parsing", "head tracking"]),  # prepositions end it
    ],
)
def test_tasks_phrases_end_in_a_task_noun(text: str, phrases: list[str]) -> None:
    assert [text[s:e] for s, e in task_phrases(text, 0, len(text))] == phrases


@pytest.mark.parametrize(
    "text, phrases",
    [
        # Written twice with its modifier, "efficient" names the task; once, it only praises.
        ("Efficient ship tracking matters. We study efficient ship tracking.", ["Efficient ship tracking", "efficient ship tracking"]),
        ("Efficient ship tracking matters. We study ship tracking.", ["ship tracking", "ship tracking"]),
        # An adjective shape ("weakly", "conditional") counts too; a verb or link never does.
        ("Weakly supervised barn detection. Weakly supervised barn detection helps.",
         ["Weakly supervised barn detection", "Weakly supervised barn detection"]),
        ("We address spatial verification. We address spatial verification.", ["spatial verification"] * 2),
    ],
)
def test_tasks_phrases_keep_a_modifier_the_document_repeats(text: str, phrases: list[str]) -> None:
    assert [text[s:e] for s, e in task_phrases(text, 0, len(text), text.lower())] == phrases


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # "X for Y": Y is the task; the abstract's wording is preferred.
        ("Sparse Attention Routing for Long Document Summarization",
         "Long document summarization is costly. We route attention sparsely.",
         ["long document summarization"]),
        # The title adds a modifier the abstract drops: the abstract's shorter wording wins.
        ("Few-Shot Sign Language Recognition with Prototypes",
         "Sign language recognition needs data. We use prototypes for few-shot learning.",
         ["sign language recognition"]),
        # The abstract writes the title's phrase after a participle the walker stops at.
        ("Improved Personalized Caption Generation via Feedback",
         "Accurate personalized caption generation is hard. We use feedback.",
         ["personalized caption generation"]),
        # "X for Y" where Y is no task: X is the task.
        ("Interactive Gesture Generation for Real-time Conversations",
         "Agents must move. We model motion. Interactive gesture generation is studied.",
         ["interactive gesture generation"]),
        # "via Z": Z is the method, not a task.
        ("Crop Yield Prediction via Graph Contrastive Learning",
         "We predict yields. Crop yield prediction helps farmers.",
         ["crop yield prediction"]),
    ],
)
def test_tasks_from_title_and_abstract(title: str, abstract: str, expected: list[str]) -> None:
    assert _tasks(title, abstract)[: len(expected)] == expected


def test_tasks_opening_sentence_names_the_task() -> None:
    found = _tasks("A Better Model", "Medical report generation aims to describe scans. We build a better model.")
    assert found == ["medical report generation"]


def test_tasks_at_most_three() -> None:
    abstract = " ".join(f"We focus on {w} detection." for w in ("cat", "dog", "bird", "fish", "frog"))
    assert len(_tasks("Detectors", abstract)) <= MAX_TASKS


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose a new method that is efficient.",  # no task phrase at all
        "Our approach improves generation speed and estimation error.",  # task nouns used as modifiers
    ],
)
def test_tasks_none_without_task_phrases(abstract: str) -> None:
    assert _tasks("A Title", abstract) == []


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("We introduce the task of meme retrieval for forums.", ["meme retrieval"]),
        ("We study the problem of online facility location under noise.", ["online facility location"]),
        ("It eases the task of spoiler writing: a new problem.", ["spoiler writing"]),
        ("This addresses the problem of class imbalance in the data.", []),  # a difficulty, not a task
        ("We consider the task of generating captions for maps.", []),  # a clause
        ("We revisit the problem of learning from scratch.", []),  # too general alone
    ],
)
def test_tasks_task_of_phrases(text: str, phrases: list[str]) -> None:
    assert [text[s:e] for s, e in task_of_phrases(text, 0)] == phrases


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Advances in machine learning help.", []),  # a field, not a task
        ("Sensors use Light Detection and Ranging pulses.", []),  # a capitalised name
        ("We address the *online facility location problem* here.", []),
        ("It improves *online video segmentation* a lot.", ["online video segmentation"]),  # Markdown emphasis
        ("We propose Riemannian optimization for matrices.", ["Riemannian optimization"]),  # a new task noun
    ],
)
def test_tasks_phrase_limits(text: str, phrases: list[str]) -> None:
    text = layout("A Title", text)  # abstract sentences (titles keep capitalised phrases)
    assert [text[s:e] for s, e in task_phrases(text, 9, len(text))] == phrases


@pytest.mark.parametrize(
    "title, abstract, absent, present",
    [
        # The title's words spell its system's longer name: a method, not a task.
        ("DDG-DA: Data Drift Generation for Concept Drift Adaptation", "We model drift.", "data drift generation", None),
        # A name equal to the task's initials is the task's own acronym.
        ("VQA: Visual Question Answering", "Visual question answering needs images.", None, "visual question answering"),
        # A long form spelled with capitals inside words ("CAscade") is a name.
        ("Routing Jobs", "We present a novel CAscade Deep REinforcement learning framework.", "cascade deep reinforcement learning", None),
    ],
)
def test_tasks_names_spelled_out_are_not_tasks(title: str, abstract: str, absent: str | None, present: str | None) -> None:
    found = _tasks(title, abstract)
    if absent:
        assert absent not in found
    if present:
        assert present in found


@pytest.mark.parametrize(
    "abstract, expected",
    [
        # A task phrase the abstract abbreviates early on is one of its subjects.
        ("Pumps break often. Sensor fault diagnosis (SFD) is costly. We study pumps.", ["sensor fault diagnosis"]),
        # ... but not a module's capitalised name, nor a phrase whose initials differ (cut short).
        ("Pumps break often. Our Sensor Fault Diagnosis (SFD) module is fast. We study pumps.", []),
        ("Pumps break often. We use model predictive control (MPC) for pumps. We study pumps.", []),
        # A weak head abbreviated names a technique used ("multi-task learning (MTL)"), not the subject.
        ("Pumps break often. Multi-task learning (MTL) is costly. We study pumps.", []),
    ],
)
def test_tasks_abbreviated_task_phrase(abstract: str, expected: list[str]) -> None:
    assert _tasks("Pump Care", abstract) == expected


def test_tasks_table_and_dataset_can_modify_a_task_noun() -> None:
    text = layout("A Title", "Table structure recognition is hard. Dataset distillation compresses data. See Table 2.")
    assert [text[s:e] for s, e in task_phrases(text, 9, len(text))] == ["Table structure recognition", "Dataset distillation"]


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("We study the online knapsack problem with advice.", ["online knapsack problem"]),  # no action noun: keeps "problem"
        ("We consider the crowd counting problem in drone images.", ["crowd counting"]),
        ("In this work we address the lane detection problem at night.", ["lane detection"]),
        ("We address the domain shift problem between cities.", []),  # a difficulty, not a task
        ("We consider the first problem in detail.", []),
        ("We study the resultant optimization problem.", []),
        ("Routing is hard; the vehicle routing problem is studied.", []),  # no "we study the ..."
        ("This paper formulates the component selection problem for firms.", ["component selection"]),  # third person
        ("We formulate the part assign problem as a matching problem.", []),  # a step of the method
    ],
)
def test_tasks_we_study_the_x_problem(text: str, phrases: list[str]) -> None:
    assert [text[s:e] for s, e in problem_phrases(text, 0)] == phrases


def test_tasks_a_task_phrase_coordinated_with_a_chosen_task_is_a_task() -> None:
    from kg.extract.tasks import find_tasks

    text = "Quill Tracking via Better Models\n\nWe study quill tracking and sign segmentation in long videos."
    got = {text[c.start : c.end].lower() for c in find_tasks(text)}
    assert {"quill tracking", "sign segmentation"} <= got


@pytest.mark.parametrize(
    "abstract, expected, absent",
    [
        ("We add a prior to weights. Results improve across three tasks: plant disease recognition, "
         "tone classification, and fraud detection.",
         {"plant disease recognition", "tone classification", "fraud detection"}, set()),
        ("We add a prior to weights. On glyph recognition and scene segmentation tasks, it helps.",
         {"glyph recognition", "scene segmentation"}, set()),
        ("We add a prior to weights. We apply it to the tasks of claim verification and stance detection.",
         {"claim verification", "stance detection"}, set()),
        # Verbs, gerunds and quantity words lead no task; weak heads ("learning") are no list item.
        ("We add a prior to weights. Robots learn to execute manipulation tasks and accomplishing "
         "grasp detection tasks, over different matching tasks and reinforcement learning tasks.",
         set(), {"execute manipulation", "accomplishing grasp detection", "different matching",
                 "reinforcement learning"}),
    ],
)
def test_tasks_phrases_listed_as_tasks_are_tasks(abstract: str, expected: set[str], absent: set[str]) -> None:
    got = set(_tasks("A Made-Up Title", abstract))
    assert expected <= got
    assert not (absent & got)


def test_tasks_real_world_is_no_part_of_a_task_name() -> None:
    got = _tasks("A Made-Up Title", "Learning real-world robotic stacking planning is hard. We add a prior.")
    assert "robotic stacking planning" in got
    assert not any(t.startswith("real-world") for t in got)


def test_tasks_a_paper_without_a_task_gets_its_lead_phrase() -> None:
    # No title task, no repeated or focal phrase: the first strong task phrase of the opening.
    got = _tasks("Tracking Is All You Need", "Our robots need ridge tracking in fields. We show a bound on it.")
    assert got == ["ridge tracking"]
    # Verb-led, gerund-led and weak-headed phrases are no fallback.
    got = _tasks("On Quiet Things", "Robots try to teach them classification while including path ranking. We show a bound.")
    assert got == []
    got = _tasks("On Quiet Things", "Robots rely on contrastive representation learning. We show a bound.")
    assert got == []


def test_tasks_the_lead_phrase_is_only_a_fallback() -> None:
    got = _tasks("Ridge Tracking for Farm Robots", "We study ridge tracking. Fields need careful furrow detection.")
    assert got == ["ridge tracking"]


@pytest.mark.parametrize(
    "title, task",
    [
        ("Legged Robot State Estimation in Slippery Fields", "legged robot state estimation"),
        ("Lagrangian Bounds for Neural Network Verification", "neural network verification"),
        ("Shadow Removal Using Ghost Cues", "shadow removal"),
        ("Reactive Collision Avoidance for Drone Swarms", "reactive collision avoidance"),
        ("Learned Image Quality Assessment", "learned image quality assessment"),
    ],
)
def test_tasks_more_task_nouns_and_state_network_modifiers(title: str, task: str) -> None:
    assert task in _tasks(title, "We show a bound on it. It holds.")


def test_tasks_the_lead_phrase_needs_its_task_noun_in_the_title() -> None:
    assert _tasks("On Quiet Things", "Our robots need ridge tracking in fields. We show a bound on it.") == []


@pytest.mark.parametrize(
    "title, abstract, task",
    [
        # "unsupervised" keeps the task phrase whole, like "semi-supervised".
        ("Anchor Graphs", "We study unsupervised video-based person re-identification at scale.",
         "unsupervised video-based person re-identification"),
        # "Name: A Tool for X": X is the task.
        ("ProbeKit: An Interactive Tool for Probing Vision Encoder Behaviors Through Latent Edits",
         "The tool lets users probe the behavior of vision encoders.", "probing vision encoder behaviors"),
        ("SpeechKit: a Library for Textless Spoken Language Processing",
         "Textless spoken language processing is a young area. We describe the library.",
         "textless spoken language processing"),
        # "X: A Survey": the topic before the colon.
        ("Detecting and Understanding Toxic Memes: A Survey",
         "Toxic memes combine images and text. We survey the memes literature.", "detecting and understanding toxic memes"),
        # Links count inside their own part of a "Main: subtitle" title.
        ("Cell Detection through Causal Feature Extraction: A Novel Method",
         "We detect cells with a causal feature extractor.", "cell detection"),
        # "the problem of <action> of <object>": the object belongs to the task.
        ("Light Fields", "We investigate the problem of compressive acquisition of a dynamic light field. It is hard.",
         "compressive acquisition of a dynamic light field"),
        # A title task headed by an action noun keeps its "of" object.
        ("Structured Prediction of Network Response", "We predict which nodes respond to an action.",
         "structured prediction of network response"),
        # "analysis" heads a task phrase.
        ("Weighted Representations for Cross-domain Sentiment Analysis",
         "Cross-domain sentiment analysis is a hot topic.", "cross-domain sentiment analysis"),
    ],
)
def test_tasks_generalising_rules_find_the_main_task(title: str, abstract: str, task: str) -> None:
    assert task in _tasks(title, abstract)


@pytest.mark.parametrize(
    "title, abstract, task",
    [
        # "the goal of X" says X is the paper's subject.
        ("Fast Representatives", "The goal of data pruning is to keep the most information. We propose a method.",
         "data pruning"),
        # No task found anywhere: the title's weak-headed phrase, with its "of" object.
        ("Sparse Penalty Optimization of Deep Nets", "We add a penalty to every layer and study its effect.",
         "sparse penalty optimization of deep nets"),
        ("Tiny Models: Chinese Pretraining from Scratch", "We train a small model on a large corpus.", "chinese pretraining"),
        # "Generating X for Y, ...": the gerund and its object.
        ("Polyglot: Generating Paraphrases for Explaining, Testing, and Improving Models",
         "Paraphrases help analysis. We present Polyglot, a paraphrase generator.", "generating paraphrases"),
    ],
)
def test_tasks_fallbacks_and_focus_cues_find_the_task(title: str, abstract: str, task: str) -> None:
    assert task in _tasks(title, abstract)


def test_tasks_a_task_noun_before_models_is_no_task() -> None:
    text = "Aligners induce alignments from machine translation models."
    assert task_phrases(text, 0, len(text)) == []


def test_tasks_weak_head_named_three_times_is_a_task() -> None:
    abstract = ("Prior work proposed speculative decoding. To perform speculative decoding, a draft model proposes "
                "tokens. Experiments show faster speculative decoding.")
    assert "speculative decoding" in _tasks("Draft Heads", abstract)
    assert "speculative decoding" not in _tasks("Draft Heads", "Prior work proposed speculative decoding. We add heads.")


@pytest.mark.parametrize(
    "abstract, phrases",
    [
        # A clause gerund opens a list or a clause: the list's first item is a phrase of its own.
        ("It helps on tasks, including semantic segmentation and object detection.", ["semantic segmentation", "object detection"]),
        ("Models performing image classification are slow.", ["image classification"]),
        # A count is no modifier of a task.
        ("We test it across 279 classification tasks and 10 object manipulation tasks.", ["object manipulation"]),
    ],
)
def test_tasks_abstract_phrases_end_at_a_clause_gerund_or_a_count(abstract: str, phrases: list[str]) -> None:
    text = layout("A Title", abstract)
    tend = len("A Title")
    assert [text[s:e] for s, e in task_phrases(text, tend, len(text))] == phrases
