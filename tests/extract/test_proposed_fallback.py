"""The per-paper fallback for the paper's own method (kg.extract.proposed_fallback): read only
where no rule found an own name, with the gates of the closest rule relaxed."""

from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.doc import layout
from kg.extract.proposed_fallback import fallback_proposed
from kg.extract.sentences import split_sentences
from kg.model import Paper, Role, Source


def _fallback(title: str, abstract: str, others: frozenset[str] = frozenset(), tasks: frozenset[str] = frozenset()):
    text = layout(title, abstract)
    c = fallback_proposed(text, len(title), split_sentences(text), set(others), set(tasks))
    return None if c is None else (text[c.start : c.end], c.rule)


def _lists(title: str, abstract: str) -> dict[str, list[str]]:
    (ex,) = extract_papers([Paper(title=title, abstract=abstract, source=Source("t", 1))])
    return ex.surface_lists()


def test_acronym_of_a_lower_case_long_form_after_the_proposal_verb():
    got = _fallback("Steering Policies", "Prior work is slow. We propose latent noise steering by reward (LNSR): "
                    "adapting the policy by running RL over its noise space.")
    assert got == ("LNSR", "proposed:fallback-acronym")


def test_acronym_of_a_thing_the_paper_uses_is_not_its_own():
    # a preposition or a verb between the verb and the long form: the paper works with it
    assert _fallback("Planning", "We propose a new planner using a vector symbolic architecture (VSAR), which helps.") is None
    assert _fallback("Planning", "We propose a new approach to the problem of a partially observed decision process (PODP).") is None


def test_acronym_that_qualifies_a_noun_or_is_plural_is_no_name():
    assert _fallback("Flying", "We propose a new method to control an unmanned aerial vehicle (UAV) carrying a camera.") is None
    assert _fallback("Flying", "We present a controller for micro aerial vehicles (MAVs), which fly.") is None


def test_acronym_of_a_task_after_a_kind_noun_passes_only_when_an_apposition_calls_it_a_method():
    # after a kind noun ("an approach for"), a task-shaped long form is the task the paper works on
    abstract_task = "We propose a new approach for gradient trace estimation (GTE) in robots."
    assert _fallback("Robots", abstract_task) is None
    abstract_method = "This paper proposes Gradient Trace Estimation (GTE), a method that learns search directions."
    assert _fallback("Robots", abstract_method) == ("GTE", "proposed:fallback-acronym")
    # a task the title names is outranked by the same frame
    assert _fallback("Gradient Trace Estimation: Theory", abstract_method,
                     tasks=frozenset({"gradient trace estimation"})) == ("GTE", "proposed:fallback-acronym")


def test_acronym_the_catalogue_knows_is_not_taken():
    assert _fallback("Robots", "We propose a large shape model (LSM), which helps.", others=frozenset({"lsm"})) is None


def test_acronym_called_a_metric_is_not_a_method():
    assert _fallback("Attacks", "We introduce Adversarial Word Preference (AWP), a metric that ranks words.") is None


def test_passive_proposal_subject_acronym():
    got = _fallback("Joints", "In this study, a high-capacity linear spring compensator (LSC), which uses springs, was developed.")
    assert got == ("LSC", "proposed:fallback-acronym")


def test_named_lower_case_phrase_in_a_sentence_that_presents():
    got = _fallback("Dialogue Generation", "In this paper, we propose a novel training paradigm, called negative "
                    "smoothing, to keep the model away from generic responses.")
    assert got == ("negative smoothing", "proposed:fallback-named")


def test_named_phrase_of_a_problem_or_prior_work_is_not_taken():
    assert _fallback("Paths", "Our method turns the task into a graph variant termed the token motion problem, which is easy.") is None
    assert _fallback("Tracks", "Our previous study developed a new mechanism called Mono Belt, an elastic track.") is None
    assert _fallback("Entities", "We propose a new corpus for named entity recognition in Thai.") is None


def test_named_phrase_needs_a_presenting_sentence():
    assert _fallback("Sampling", "Sampling methods, called Gibbs chains, are common in the field.") is None


def test_two_word_title_prefix_before_a_system_noun():
    assert _fallback("Texture Blender: A Network for Synthesis of Texture", "We train a network.") == (
        "Texture Blender", "proposed:fallback-title-prefix")
    assert _fallback("Word Map: A Text-Based Map for Navigation", "We build a map.") == (
        "Word Map", "proposed:fallback-title-prefix")


def test_title_prefix_that_is_a_task_or_a_survey_is_not_taken():
    assert _fallback("Pose Estimation: A Network for Hands", "We train a network.") is None
    assert _fallback("Deep Learning: A Survey of Methods", "We review.") is None
    assert _fallback("Feature Correspondence: A Markov Chain Monte Carlo Study", "We study.") is None


def test_resolver_takes_the_fallback_and_drops_the_task_with_its_words():
    title = "Gradient Trace Estimation: Theory and Applications to Registration"
    abstract = ("Many problems are hard. To overcome this, this paper proposes Gradient Trace Estimation (GTE), "
                "a method that learns search directions from data. GTE is fast.")
    got = _lists(title, abstract)
    assert "GTE" in got["proposed"]
    assert not any(t.lower() == "gradient trace estimation" for t in got["tasks"])


def test_resolver_reads_no_fallback_where_a_rule_found_an_own_name():
    title = "Texture Blender: A Network for Synthesis of Texture"
    abstract = "We propose FooNet, a network that blends textures. FooNet outperforms prior work."
    got = _lists(title, abstract)
    assert "FooNet" in got["proposed"] and "Texture Blender" not in got["proposed"]


def test_presented_name_outranks_the_title_task_with_its_words():
    # (kg.extract.resolve._tasks_not_names: a name the paper presents as its own is no task)
    title = "Staged Token Mixing"
    abstract = "We introduce Staged Token Mixing, a simple incremental approach to sequence learning. It works."
    got = _lists(title, abstract)
    assert "Staged Token Mixing" in got["proposed"]
    assert "Staged Token Mixing" not in got["tasks"]


def test_acronym_before_its_method_noun():
    got = _fallback("Planning", "We present an exploring/growing tree (EGT) planner that balances exploration.")
    assert got == ("EGT", "proposed:fallback-acronym")


def test_acronym_of_a_measure_or_of_a_recent_proposal_is_not_taken():
    assert _fallback("Calibration", "In this work, we propose the local spread error (LSE) to span the gap.") is None
    assert _fallback("Vectors", "The Spread Vector (SV) method was recently proposed for estimating regressions.") is None
    assert _fallback("Planes", "We build upon the Fast Plane Filtering (FPF) algorithm that extracts planes.") is None


def test_named_phrase_often_called_or_running_on_is_not_taken():
    assert _fallback("Ridge", "Our view is analogous to l2 regression, often called Quill regression, in terms of priors.") is None
    assert _fallback("Frames", "We propose a novel framework called the Warped Matching based Frame Network to interpolate.") is None
    assert _fallback("Stereo", "We open a new direction, which we call non-rigid stereo (NRS) problem. We solve it.") is None
    assert _fallback("Sensing", "We develop a new system that we call dual rotating laser (DRL) sensor. It is cheap.") is None


def test_coined_name_in_apposition_to_our_method():
    got = _fallback("Planning", "Agents must plan. Our approach for intent-aware planning, iPLANx, lets agents infer intents.")
    assert got == ("iPLANx", "proposed:fallback-our")
    # a list after a verb is no apposition
    assert _fallback("Debiasing", "Our approach outperforms the vanilla, LfFx, and LDD methods by margins.") is None


def test_coined_name_leading_the_title():
    abstract = "Skeletons are hard to find in clutter. We learn a flow to the skeleton and read it off."
    assert _fallback("GlimFlow for Skeletons in Clutter", abstract) == ("GlimFlow", "proposed:fallback-title-coined")
    assert _fallback("Re-Bind: Re-Aligned Sequence Models for Signs", abstract) == ("Re-Bind", "proposed:fallback-title-coined")
    assert _fallback("Multi-Glyph GAN for Font Transfer", abstract) == ("Multi-Glyph GAN", "proposed:fallback-title-coined")


def test_title_lead_that_is_a_topic_a_kind_or_a_known_name_is_not_taken():
    abstract = "Robots must map their world. We study the question in depth and report what we find."
    assert _fallback("Sim-to-Field for Tactile Sensing", abstract) is None  # a hyphened compound before a link
    assert _fallback("Large-Scale: Learning at Scale", abstract) is None  # an English compound
    assert _fallback("SLAMX via Variable Reduction", abstract) is None  # a bare acronym may be a task
    # a kind of a known thing the abstract names alone
    assert _fallback("Online GridSLAM for Legged Robots", "We extend the GridSLAM system to walk.") is None
    assert _fallback("Online GridSLAM for Legged Robots", "We present Online GridSLAM here.") == (
        "Online GridSLAM", "proposed:fallback-title-coined")
    assert _fallback("Introducing GridSLAM: Mapping", abstract) is None
    assert _fallback("GridFlow for Mapping", abstract, others=frozenset({"gridflow"})) is None  # the catalogue's
    assert _fallback("MAPPER FLOW: MAPPING AT SCALE", abstract) is None  # a title in capitals


def test_title_lead_named_as_a_task_a_metric_or_data_is_not_taken():
    assert _fallback("GlimQA: Ranking Concepts", "We introduce a novel few-shot question-answering task (GlimQA).") is None
    assert _fallback("n-GlimCI: A new Metric for Uncertainty", "Uncertainty matters. We study it.") is None
    assert _fallback("GlimSet for Parsing", "We train parsers on the GlimSet dataset and report gains.") is None
    assert _fallback("Grid-SLAMX: Jointly Mapping", "The Grid-SLAMX problem is posed as an optimisation.") is None


def test_resolver_reads_the_coined_title_name_where_nothing_else_is_found():
    lists = _lists("GlimFlow for Skeletons in Clutter", "Skeletons are hard to find in clutter. We learn a flow and read it off.")
    assert "GlimFlow" in lists["proposed"]


def test_acronym_after_the_kind_noun_of_the_proposal_object():
    # "the method of X (ACR)", "a framework for X (ACR)": the object's kind noun, then the long form
    got = _fallback("Traffic Forecasting", "In this paper, we present the method of spatio-temporal graph neural "
                    "controlled differential equation (STG-NCDE). It forecasts traffic.")
    assert got == ("STG-NCDE", "proposed:fallback-acronym")
    got = _fallback("Distributional Regression", "We close this gap by proposing a framework for distributional "
                    "regression using inverse flow transformations (DRIFT), which includes neural models.")
    assert got == ("DRIFT", "proposed:fallback-acronym")


def test_acronym_after_a_kind_noun_that_names_a_task_is_not_taken():
    assert _fallback("Entities", "We propose a framework for named entity recognition (NER), which helps.") is None
    # what the object uses is not the object: a verb between
    assert _fallback("Robots", "We propose a method of planning that uses a rapidly exploring random tree (RRT), which helps.") is None
