"""Task phrases, on hand-written titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.task_spans import problem_phrases, task_of_phrases, task_phrases
from kg.extract.tasks import MAX_TASKS, find_tasks, padded_abstract
from kg.extract.task_title import title_for_phrase


def _tasks(title: str, abstract: str) -> list[str]:
    text = layout(title, abstract)
    return [text[c.start : c.end].lower() for c in find_tasks(text, len(title))]


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


def test_tasks_title_keeps_a_modifier_the_abstract_repeats() -> None:
    title = "Novel Barn Detection: A Benchmark"
    assert "novel barn detection" in _tasks(title, "We introduce novel barn detection, a new task for farm photos.")
    assert "novel barn detection" not in _tasks(title, "We introduce barn detection for farm photos.")


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


def test_tasks_title_phrase_with_a_weak_head_that_leads_the_title() -> None:
    found = _tasks("Feature Augmentation in Latent Space", "We study feature augmentation for small data sets.")
    assert found[:1] == ["feature augmentation"]
    # ... but a weak head after "via" is the method.
    assert "contrastive learning" not in _tasks("Depth Estimation via Contrastive Learning", "Prior work often relies on contrastive learning.")


@pytest.mark.parametrize(
    "title, abstract, expected, absent",
    [
        # "X as Y": Y is how the task is cast, not a task.
        ("Relation Extraction as Span Pair Prediction", "We cast relation extraction as span pairs.",
         "relation extraction", "span pair prediction"),
        # "X for Y" keeps X when X ends in a strong task noun.
        ("Scene Graph Generation for Robot Planning", "Scene graphs help robots. We generate them.",
         "scene graph generation", None),
        # A weak-head title phrase gives its longest tail the abstract uses.
        ("Curvature Aware Constrained Optimization Methods", "We solve constrained optimization problems on manifolds.",
         "constrained optimization", None),
    ],
)
def test_tasks_title_links(title: str, abstract: str, expected: str, absent: str | None) -> None:
    found = _tasks(title, abstract)
    assert expected in found
    if absent:
        assert absent not in found


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
    "title, abstract, expected",
    [
        # A title without a task noun: its leading clause, up to a method or place link.
        ("Negotiating Right of Way Among Delivery Drones",
         "Delivery drones share air space. We study how drones agree on the right of way.",
         ["negotiating right of way"]),
        # "Towards" goes, and so does an evaluative word the abstract does not repeat; "via" ends it.
        ("Towards Fair Allocation of Charging Slots via Auctions",
         "Electric fleets compete for chargers. We allocate charging slots fairly with auctions.",
         ["allocation of charging slots"]),
        ("Efficient Sampling of Rare Events in Molecular Simulations",
         "Rare events are hard to sample. We speed up sampling.",
         ["sampling of rare events"]),
        # "Leveraging X for Y": Y is the subject.
        ("Leveraging Satellite Images for Estimating Crop Yields",
         "Crop yields matter. We estimate yields from satellite images.",
         ["estimating crop yields"]),
        # After a "Name:" prefix.
        ("GridFix: Restoration of Faded Street Maps with Priors",
         "Old maps fade. We restore street maps with learned priors.",
         ["restoration of faded street maps"]),
        # A leading "-able" adjective praises the tool unless the abstract keeps it.
        ("MapKit: An Interface for Customizable Street Map Maintenance",
         "Old maps fade. Our interface eases street map maintenance.",
         ["street map maintenance"]),
    ],
)
def test_tasks_title_clause_without_a_task_noun(title: str, abstract: str, expected: list[str]) -> None:
    assert _tasks(title, abstract)[: len(expected)] == expected


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("A Modular Framework for Warehouse Robots", "Warehouse robots need software. We present a framework."),  # a method
        ("Learning to Walk with Compliant Legs", "Legged robots walk. We learn gaits."),  # "Learning to" leads a method
        ("FlexArm: Modular Arms for Soft Robots", "Soft robots need arms. FlexArm is modular."),  # no nominalization
        ("Deep Learning with Noisy Sensors", "We train deep networks on noisy sensor data for deep learning."),  # a field
        ("Why Attention Is Not Enough", "Attention is popular. We show limits of attention."),  # a verb: a claim
        ("Tidal Glacier Calving", "Glaciers lose ice to the sea. We model icebergs."),  # the abstract never names the head
    ],
)
def test_tasks_title_clause_not_taken(title: str, abstract: str) -> None:
    assert _tasks(title, abstract) == []


def test_tasks_title_clause_not_when_a_task_phrase_is_set_aside_inside() -> None:
    # "Citation Recommendation" is the title's task phrase; the whole title is no task.
    found = _tasks("Graph Refinement for Citation Recommendation", "We refine citation graphs. Editors like recommendation.")
    assert "graph refinement for citation recommendation" not in found


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


def test_tasks_title_wording_kept_when_the_abstract_drops_an_inner_word() -> None:
    # The abstract abbreviates "3D hand pose estimation" to "3D pose estimation": the title names the task,
    # and the shorter form is not a second task.
    found = _tasks("Stable 3D Hand Pose Estimation in Cluttered Scenes", "3D pose estimation is hard in clutter. We use priors.")
    assert found == ["3d hand pose estimation"]


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


@pytest.mark.parametrize(
    "title",
    [
        "Provably",
        "Towards Systematic",
        "Efficiently  Computationally   Efficient",
        "Name: Towards for",
        "Scalable and Provably Efficient",
        "On  The  Surprisingly  Robust ",
    ],
)
def test_tasks_title_clause_survives_odd_titles(title):
    from kg.extract import extract_papers
    from kg.model import Paper, Source

    abstract = "We study this. It is efficient and scalable, and we show it works on many problems."
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    for m in ex.mentions:
        text = title if m.field == "title" else abstract
        assert text[m.start:m.end] == m.text


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


def test_tasks_cell_detection_title_drops_the_method_after_through() -> None:
    tasks = _tasks("Cell Detection through Causal Feature Extraction: A Novel Method", "We detect cells with a causal extractor.")
    assert "causal feature extraction" not in tasks


def test_tasks_title_task_takes_the_abstract_wording_as_long_as_the_title() -> None:
    title = "COINS: A Large-Scale Dataset for Comprehensive Instructional Video Analysis"
    abstract = ("Existing datasets for instruction video analysis are small. We build a toolbox for "
                "video analysis. We hope COINS helps instruction video analysis.")
    assert _tasks(title, abstract)[0] == "instruction video analysis"


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


def test_tasks_weak_title_phrase_after_a_method_link_is_no_fallback() -> None:
    assert _tasks("Robust Control via Contrastive Learning", "We add a loss and study its effect.") == []


def test_tasks_title_gerund_before_the_task_noun_is_a_verb() -> None:
    title = "Integrating Classification and Segmentation through Shared Pretraining"
    assert all(not t.startswith("integrating") for t in _tasks(title, "We pretrain one model for many tasks."))


def test_tasks_a_task_noun_before_models_is_no_task() -> None:
    text = "Aligners induce alignments from machine translation models."
    assert task_phrases(text, 0, len(text)) == []


def test_tasks_weak_head_named_three_times_is_a_task() -> None:
    abstract = ("Prior work proposed speculative decoding. To perform speculative decoding, a draft model proposes "
                "tokens. Experiments show faster speculative decoding.")
    assert "speculative decoding" in _tasks("Draft Heads", abstract)
    assert "speculative decoding" not in _tasks("Draft Heads", "Prior work proposed speculative decoding. We add heads.")


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # A second action noun after "and" shares the first one's modifiers: one task.
        ("River Flood Detection and Forecasting with Graph Networks",
         "Coastal towns need warnings. We model rivers with graph networks.",
         "river flood detection and forecasting"),
        ("PolyX: Joint Leaf Localization and Segmentation",
         "Plants are imaged daily. We localize leaves and segment them.",
         "leaf localization and segmentation"),
        # ... and so does a kind noun after it ("... Forecasting Toolkit").
        ("River Flood Detection and Forecasting Toolkit",
         "Coastal towns need warnings. We release a toolkit.",
         "river flood detection and forecasting"),
    ],
)
def test_tasks_title_coordinated_action_nouns_are_one_task(title: str, abstract: str, expected: str) -> None:
    assert expected in _tasks(title, abstract)


def test_tasks_title_and_with_a_non_action_noun_is_not_joined() -> None:
    # "and Rivers" is no action noun: the task stops at "forecasting".
    tasks = _tasks("River Flood Detection and Rivers", "Coastal towns need warnings. We model rivers.")
    assert "river flood detection" in tasks
    assert not any("rivers" in t for t in tasks)


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # A gerund opening the part after the name: the gerund and its object, up to "with".
        ("FooNet: Learning Smooth Crane Paths with Spline Tables",
         "Cranes move loads. We learn smooth crane paths from spline tables.",
         "learning smooth crane paths"),
        # After "for", articles inside: the gerund phrase is the task.
        ("A Kernel Method for Sorting the Colours of Beads",
         "Beads come in many colours. Our kernel sorts them.",
         "sorting the colours of beads"),
        # Learning or training a model is the problem, even with a plural model noun as object.
        ("Learning Mixtures of Crane Models with Splines",
         "Cranes move loads. We fit mixtures of crane models.",
         "learning mixtures of crane models"),
    ],
)
def test_tasks_title_gerund_clause_names_the_task(title: str, abstract: str, expected: str) -> None:
    assert _tasks(title, abstract) == [expected]


@pytest.mark.parametrize(
    "title, abstract",
    [
        # "Leveraging X", "Achieving X": how the paper helps, not what it does.
        ("FooNet: Leveraging Spline Tables with Cranes", "Cranes move loads. We use spline tables."),
        ("FooNet: Achieving Smooth Crane Paths with Splines", "Cranes move loads along paths. We use splines."),
        # The object's head never recurs in the abstract.
        ("FooNet: Learning Smooth Crane Paths with Splines", "Cranes move loads. We use splines."),
        # A gerund before a plural method noun qualifies a name ("Matching Adversarial Networks").
        ("Hoisting Crane Networks", "Cranes move loads. Our crane networks hoist them."),
    ],
)
def test_tasks_title_gerund_clause_not_taken(title: str, abstract: str) -> None:
    assert _tasks(title, abstract) == []


def test_tasks_title_for_part_without_a_task_noun() -> None:
    # "for Y" names the task even when Y has no task noun; the abstract uses its head.
    tasks = _tasks("A Spline Controller for Quadruped Robot Balance",
                   "Robots walk on rough ground. Our controller keeps their balance.")
    assert tasks == ["quadruped robot balance"]


def test_tasks_title_for_part_with_an_action_head_in_a_paper_without_tasks() -> None:
    # The abstract never uses "tolerance", but the paper has no other task: the "for Y" part
    # with an action noun at its head names it.
    tasks = _tasks("A Spline Controller for Crane Fault Tolerance", "Cranes move heavy loads. Our controller is stable.")
    assert tasks == ["crane fault tolerance"]


@pytest.mark.parametrize(
    "title",
    [
        "A Spline Controller for Heavy Crane Hardware",  # a thing, not an action
        "A Spline Controller for Crane Fault Tolerance and its Application",  # a clause, not a phrase
    ],
)
def test_tasks_title_for_part_without_support_not_taken(title: str) -> None:
    assert _tasks(title, "Cranes move heavy loads. Our controller is stable.") == []


def test_tasks_title_applications_part_in_a_paper_without_tasks() -> None:
    # "with Applications to Y" names a task the method serves, as "for Y" does.
    tasks = _tasks("Spline Tables with Applications to Crane Fault Tolerance", "Cranes move heavy loads. Our tables are small.")
    assert "crane fault tolerance" in tasks
    # ... and so does "An Approach to Y".
    assert "crane fault tolerance" in _tasks("A Spline Approach to Crane Fault Tolerance", "Cranes move heavy loads. Our tables are small.")


def test_tasks_title_in_part_in_a_paper_without_tasks() -> None:
    # The loose reading takes the "in Y" part too ...
    assert "crane fault tolerance" in _tasks("Spline Tables in Crane Fault Tolerance", "Cranes move heavy loads. Our tables are small.")
    # ... unless the abstract names a shorter task inside Y: Y is then that task's setting.
    assert "crane fault tolerance" not in _tasks("Spline Tables in Crane Fault Tolerance",
                                                 "Cranes move heavy loads. Our tables help fault tolerance.")


def test_tasks_title_loose_part_after_a_rejected_one() -> None:
    # "in Symmetry of ... and its Application" is no task, but the "Application to Y" inside it is.
    tasks = _tasks("Spline Tables in Symmetry of Crane Models and its Application to Crane Fault Tolerance",
                   "Cranes move heavy loads. Our tables are small.")
    assert "crane fault tolerance" in tasks


def test_tasks_title_for_part_naming_a_setting_not_taken() -> None:
    # "environment" ends like an action noun ("-ment") but names where the work happens.
    assert _tasks("A Spline Controller for Unexplored Crane Environment", "Cranes move heavy loads. Our controller is stable.") == []


def test_tasks_title_for_part_without_support_not_taken_beside_two_tasks() -> None:
    # Two tasks read from the abstract already: the unsupported "for Y" part stays out.
    tasks = _tasks("A Spline Controller for Crane Fault Tolerance",
                   "We study image segmentation and depth estimation. Image segmentation and depth estimation help cranes.")
    assert tasks == ["image segmentation", "depth estimation"]


def test_tasks_title_for_part_ends_before_based_on() -> None:
    # "Based on" introduces the method, as "via" does.
    title = "A Spline Controller for Crane Fault Tolerance Based on Splines"
    text = layout(title, "Cranes move heavy loads. Our controller keeps fault tolerance high.")
    a, b = title_for_phrase(text, len(title), padded_abstract(text, len(title)))
    assert text[a:b] == "Crane Fault Tolerance"


@pytest.mark.parametrize(
    "title, abstract",
    [
        # A plural head names what a method serves ("for Exponential Families").
        ("Fast Inference for Sparse Crane Families", "Cranes form families. We infer them fast."),
        # The input domain, not a task.
        ("Kernels for Relational Data", "Relational data is everywhere. Our kernels use it."),
        # An evaluative first word: the rule stays out.
        ("Kernels for Efficient Crane Locomotion", "Cranes move. Our kernels drive locomotion."),
        # The abstract never uses the head.
        ("A Spline Controller for Quadruped Robot Locomotion", "Robots walk on rough ground. Our controller is stable."),
    ],
)
def test_tasks_title_for_part_not_taken(title: str, abstract: str) -> None:
    text = layout(title, abstract)
    assert title_for_phrase(text, len(title), padded_abstract(text, len(title))) is None


def test_tasks_title_clause_with_a_for_part_gives_the_purpose() -> None:
    # The title's leading clause holds a method and its purpose: the purpose is the task.
    tasks = _tasks(
        "Margin Smoothing for Label Robustness",
        "We study label robustness of classifiers. Margin smoothing keeps label robustness high under noise.",
    )
    assert tasks[0] == "label robustness"


def test_tasks_title_clause_keeps_its_from_part() -> None:
    # "from" names the source the action works on: part of the task, not a method link.
    tasks = _tasks(
        "Recovering Sparse Spectra from Few Samples",
        "We show how to recover sparse spectra from few samples, with guarantees on the samples needed.",
    )
    assert tasks[0] == "recovering sparse spectra from few samples"


def test_tasks_title_clause_without_its_from_part_when_that_part_spoils_it() -> None:
    # "from a single blurry photo" makes the clause too long and brings an article: the clause
    # cut at "from" stands, as before.
    tasks = _tasks(
        "Inferring Indoor Layouts from a Single Blurry Photo",
        "We infer indoor layouts of rooms. Our model predicts indoor layouts well.",
    )
    assert tasks == ["inferring indoor layouts"]


def test_tasks_title_clause_led_by_a_gerund_keeps_its_for_part() -> None:
    # A gerund's object is what the paper does: the purpose after "for" does not replace it.
    title = "Benchmarking Mapping and Planning for Warehouse Logistics"
    tasks = _tasks(title, "We benchmark mapping and planning stacks for logistics in warehouses.")
    assert tasks == [title.lower()]


def test_tasks_catalogue_task_in_the_title_without_a_task_noun_is_emitted() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "Dereverberation for Distant Microphone Arrays",
        "Reverberation degrades distant speech. We propose a multi-channel dereverberation method and evaluate it "
        "on recordings from three rooms.",
    )])
    assert "dereverberation" in {m.text.lower() for m in ms if m.role.value == "tasks"}


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # "under/from/over Y" that the abstract also writes: the task's condition or input.
        ("Crane Scheduling under Wind Gusts", "Wind gusts stop cranes. We study crane scheduling under wind gusts.",
         "crane scheduling under wind gusts"),
        ("Crane Scheduling from Sensor Logs", "Ports keep sensor logs. Our crane scheduling reads them.",
         "crane scheduling from sensor logs"),
        # Y the abstract never writes, or a model: the task alone.
        ("Crane Scheduling under Wind Gusts", "Storms stop cranes. We study crane scheduling.", "crane scheduling"),
        ("Crane Scheduling from Language Models", "Language models plan. We study crane scheduling with language models.",
         "crane scheduling"),
    ],
)
def test_tasks_title_task_keeps_its_setting_part(title: str, abstract: str, expected: str) -> None:
    assert _tasks(title, abstract)[0] == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # An adjective that names a kind of problem stays in a title's task...
        ("Robust Barn Detection in Fog", "robust barn detection"),
        ("Automatic Barn Labeling for Farms", "automatic barn labeling"),
        # ... one that praises the method does not.
        ("Efficient Barn Detection in Fog", "barn detection"),
    ],
)
def test_tasks_title_keeps_an_adjective_naming_the_kind_of_task(title: str, expected: str) -> None:
    assert _tasks(title, "Barns are hard to see. We build a detector.")[0] == expected


def test_tasks_title_clause_keeps_an_adjective_naming_the_kind_of_task() -> None:
    # "Systematic" praises and goes; "Safe" says which learning problem it is and stays.
    abstract = "Barns move in storms. We model barn dynamics from drone images."
    assert _tasks("Systematic Learning of Barn Dynamics Using Drones", abstract) == ["learning of barn dynamics"]
    assert _tasks("Safe Learning of Barn Dynamics Using Drones", abstract) == ["safe learning of barn dynamics"]


def test_tasks_title_kind_adjective_before_a_lone_weak_head_praises() -> None:
    # "Robust Modeling": a weak head alone; the adjective praises the model, no task phrase.
    assert task_phrases("Robust Modeling of Barns", 0, 24) == []
    assert [t for t in _tasks("Robust Barn Tracking", "Barns move. We track barns.")] == ["robust barn tracking"]


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


@pytest.mark.parametrize(
    "title, phrase",
    [
        ("Active and passive learning of linear separators", "Active and passive learning"),
        ("Minimum Regret Search for Single- and Multi-Task Optimization", "Single- and Multi-Task Optimization"),
        ("A Robot for Long-Distance and Complex-Line Sewer Pipe Inspection", "Long-Distance and Complex-Line Sewer Pipe Inspection"),
        # A task noun before "and" is a task of its own; an evaluative word is no modifier of the task.
        ("Object Detection and Semantic Segmentation for Cars", "Semantic Segmentation"),
        ("Fast and Accurate Image Classification", "Image Classification"),
    ],
)
def test_tasks_title_phrase_keeps_a_coordinated_modifier(title: str, phrase: str) -> None:
    assert [title[s:e] for s, e in task_phrases(title, 0, len(title))][-1] == phrase
