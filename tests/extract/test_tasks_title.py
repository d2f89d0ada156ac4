"""Task phrases read from the title (its phrases and links, its clause, gerund and "for Y" parts, the
abstract's wording of a title task), on hand-written titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.task_spans import task_phrases
from kg.extract.tasks import padded_abstract
from kg.extract.task_title import title_for_phrase

from task_support import rule_tasks as _tasks


def test_tasks_title_keeps_a_modifier_the_abstract_repeats() -> None:
    title = "Novel Barn Detection: A Benchmark"
    assert "novel barn detection" in _tasks(title, "We introduce novel barn detection, a new task for farm photos.")
    assert "novel barn detection" not in _tasks(title, "We introduce barn detection for farm photos.")


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


def test_tasks_title_wording_kept_when_the_abstract_drops_an_inner_word() -> None:
    # The abstract abbreviates "3D hand pose estimation" to "3D pose estimation": the title names the task,
    # and the shorter form is not a second task.
    found = _tasks("Stable 3D Hand Pose Estimation in Cluttered Scenes", "3D pose estimation is hard in clutter. We use priors.")
    assert found == ["3d hand pose estimation"]


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


def test_tasks_cell_detection_title_drops_the_method_after_through() -> None:
    tasks = _tasks("Cell Detection through Causal Feature Extraction: A Novel Method", "We detect cells with a causal extractor.")
    assert "causal feature extraction" not in tasks


def test_tasks_title_task_takes_the_abstract_wording_as_long_as_the_title() -> None:
    title = "COINS: A Large-Scale Dataset for Comprehensive Instructional Video Analysis"
    abstract = ("Existing datasets for instruction video analysis are small. We build a toolbox for "
                "video analysis. We hope COINS helps instruction video analysis.")
    assert _tasks(title, abstract)[0] == "instruction video analysis"


def test_tasks_weak_title_phrase_after_a_method_link_is_no_fallback() -> None:
    assert _tasks("Robust Control via Contrastive Learning", "We add a loss and study its effect.") == []


def test_tasks_title_gerund_before_the_task_noun_is_a_verb() -> None:
    title = "Integrating Classification and Segmentation through Shared Pretraining"
    assert all(not t.startswith("integrating") for t in _tasks(title, "We pretrain one model for many tasks."))


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
    "title, phrase",
    [
        ("Active and passive learning of linear separators", "Active and passive learning"),
        ("Minimum Regret Search for Single- and Multi-Task Optimization", "Single- and Multi-Task Optimization"),
        ("A Robot for Long-Distance and Complex-Line Sewer Pipe Inspection", "Long-Distance and Complex-Line Sewer Pipe Inspection"),
        # A task noun before "and" is a task of its own; an evaluative word is no modifier of the task.
        ("Object Detection and Semantic Segmentation for Cars", "Semantic Segmentation"),
        ("Fast and Accurate Image Classification", "Image Classification"),
        # "Joint" before the coordinated modifiers names the one task that does both.
        ("Seeing Glass: Joint Point-Cloud and Depth Completion for Transparent Objects", "Joint Point-Cloud and Depth Completion"),
        ("Joint Depth and Normal Estimation from Raw Data", "Joint Depth and Normal Estimation"),
    ],
)
def test_tasks_title_phrase_keeps_a_coordinated_modifier(title: str, phrase: str) -> None:
    assert [title[s:e] for s, e in task_phrases(title, 0, len(title))][-1] == phrase


@pytest.mark.parametrize(
    "title, abstract, expected, cut",
    [
        # A tail opening on the first conjunct's head would drop what both conjuncts share.
        ("Aerial Bird Detection and Tracking with Small Drones",
         "Detection and tracking of birds near wind farms is hard. We fly small drones over the farms.",
         "aerial bird detection and tracking", "detection and tracking"),
        # A tail past a link inside the phrase is the object, not the task.
        ("Shape Estimation of Inflatable Robot Arms with Strain Sensors",
         "Inflatable robot arms are light and safe. We fit their shape to strain readings.",
         "shape estimation of inflatable robot arms", "inflatable robot arms"),
    ],
)
def test_tasks_title_tail_keeps_shared_modifiers_and_the_head(title: str, abstract: str, expected: str, cut: str) -> None:
    found = _tasks(title, abstract)
    assert expected in found
    assert cut not in found


def test_tasks_title_tail_still_drops_leading_praise() -> None:
    # The tail rule itself stays: the abstract's three-word tail of a longer title phrase wins.
    found = _tasks("Lightning Fast Robust Scene Text Recognition", "Robust scene text recognition reads words in photos.")
    assert "robust scene text recognition" in found


@pytest.mark.parametrize(
    "title, abstract, expected, prefix",
    [
        ("Warehouse Robot Path Tracking Control with Learned Friction Models",
         "Warehouse robots must follow paths closely. We learn friction models from logged runs.",
         "warehouse robot path tracking control", "warehouse robot path tracking"),
        ("Frugal Sensor Fusion Calibration for Field Robots",
         "Field robots carry many sensors. We calibrate them with few motions.",
         "frugal sensor fusion calibration", "frugal sensor fusion"),
    ],
)
def test_tasks_title_compound_of_task_nouns_is_one_task(title: str, abstract: str, expected: str, prefix: str) -> None:
    # The phrase grammar ends a phrase at each task noun; the title's task is the whole compound.
    found = _tasks(title, abstract)
    assert expected in found
    assert prefix not in found
