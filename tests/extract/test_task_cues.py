"""Abstract cues that a task phrase is one of the paper's tasks, on made-up sentences."""

from __future__ import annotations

import re

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract.task_cues import application_context, evaluated_phrases, prior_work_phrases, title_coordinated
from kg.extract.task_spans import task_phrases
from kg.model import Role

from task_support import rule_tasks as _tasks


def _spans(fn, abstract: str) -> list[str]:
    text = layout("A Title", abstract)
    tend = len("A Title")
    return [text[s:e] for s, e in fn(text, tend, task_phrases(text, tend, len(text)))]


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("Previous leaf vein segmentation methods need labels.", ["leaf vein segmentation"]),
        ("Most existing sonar image registration approaches are slow.", ["sonar image registration"]),
        ("Existing methods for crop yield forecasting ignore weather.", ["crop yield forecasting"]),
        ("State-of-the-art lip contour tracking techniques drift.", ["lip contour tracking"]),
        # the same phrase twice: its first mention only
        ("Prior bird song classification models and prior bird song classification systems fail.",
         ["bird song classification"]),
        # a compound first word is no verb
        ("Existing post-training weight quantization methods lose accuracy.", ["post-training weight quantization"]),
    ],
)
def test_task_cues_prior_work_names_the_field(abstract: str, expected: list[str]) -> None:
    assert _spans(prior_work_phrases, abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "Leaf vein segmentation methods need labels.",  # no word places the methods before this paper
        "Previous leaf vein segmentation is slow.",  # no method noun: the adjective qualifies the task
        "Our leaf vein segmentation methods need labels.",  # the paper's own methods
    ],
)
def test_task_cues_prior_work_not_taken(abstract: str) -> None:
    assert _spans(prior_work_phrases, abstract) == []


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("Extensive experiments on sarcasm detection confirm it.", ["sarcasm detection"]),
        ("It further improves performance in kidney localization.", ["kidney localization"]),
        ("When applied on handwritten glyph recognition, it helps.", ["handwritten glyph recognition"]),
        ("We report state-of-the-art results for rainfall nowcasting prediction.", ["rainfall nowcasting prediction"]),
        ("Results on the tasks of shadow removal are strong.", ["shadow removal"]),
        ("Experiments on five text classification benchmarks show it.", ["text classification"]),  # a count between
    ],
)
def test_task_cues_evaluated_on_names_a_task(abstract: str, expected: list[str]) -> None:
    assert _spans(evaluated_phrases, abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "We train on sarcasm detection data.",  # no evaluation word before the phrase
        "It shows good performance in addressing continuous labeling.",  # a clause, not a task's name
        "Sarcasm detection experiments are reported.",  # the phrase before the cue word
    ],
)
def test_task_cues_evaluated_on_not_taken(abstract: str) -> None:
    assert _spans(evaluated_phrases, abstract) == []


def test_task_cues_find_tasks_adds_the_evaluated_task_after_the_title_task() -> None:
    tasks = _tasks(
        "Sparse Filters for Tremor Signal Classification",
        "We propose sparse filters for tremor signal classification. "
        "Experiments on gait event detection show gains over baselines.",
    )
    assert tasks == ["tremor signal classification", "gait event detection"]


def test_task_cues_find_tasks_adds_the_prior_work_task() -> None:
    tasks = _tasks(
        "A Cheap Fix",
        "Colour matters to artists. Existing sketch colorization methods need paired data. We describe a cheap fix.",
    )
    assert tasks == ["sketch colorization"]


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("It does well on difficult shape completion.", ["shape completion"]),
        ("It brings gains on basic image classification.", ["image classification"]),
        ("It brings gains on the downstream detection.", []),  # one word left: no task phrase
    ],
)
def test_task_cues_evaluative_words_end_a_task_phrase(text: str, phrases: list[str]) -> None:
    assert [text[s:e] for s, e in task_phrases(text, 0, len(text))] == phrases


# --- session 8 (tasks8): a catalogue task widened by the modifiers the text repeats -------------


def _widened(text: str, name: str) -> list[str]:
    from kg.extract.doc import Candidate
    from kg.extract.task_cues import widened_catalogue_tasks
    from kg.model import Role

    found = []
    i = text.lower().find(name)
    while i >= 0:
        found.append(Candidate(Role.TASK, i, i + len(name), "catalogue", 0.9))
        i = text.lower().find(name, i + 1)
    return [f"{text[c.start : c.end]}|{c.rule}" for c in widened_catalogue_tasks(text, found, text.lower())]


def test_task_cues_catalogue_task_widened_by_a_repeated_modifier() -> None:
    text = "Noisy Speech Recognition\n\nWe study noisy speech recognition. Noisy speech recognition is hard."
    assert _widened(text, "speech recognition") == [
        "Noisy Speech Recognition|catalogue:widened", "noisy speech recognition|catalogue:widened",
        "Noisy speech recognition|catalogue:widened",  # a sentence's first word may be the modifier
    ]


def test_task_cues_catalogue_task_not_widened_by_a_modifier_used_once() -> None:
    text = "A Title\n\nSpeech recognition matters. We test on noisy speech recognition, then on speech recognition again."
    assert _widened(text, "speech recognition") == [
        "Speech recognition|catalogue", "speech recognition|catalogue", "speech recognition|catalogue"
    ]


def test_task_cues_catalogue_task_not_widened_inside_a_method_name() -> None:
    # "... Recognition Network" names a method: the words before it are the method's, not the task's
    text = "Deep Speech Recognition Network\n\nOur deep speech recognition network is fast. A deep speech recognition model."
    assert _widened(text, "speech recognition")[0] == "Speech Recognition|catalogue"


@pytest.mark.parametrize(
    "title, name, expected",
    [
        # the title names its task with a modifier that opens its part: the title's wording, once
        ("Distillation for Language Model Compression", "model compression", "Language Model Compression|catalogue:widened"),
        ("Supercharging Multimodal AutoML", "automl", "Multimodal AutoML|catalogue:widened"),
        # a coordination, a longer name, an evaluative word: the catalogue's name
        ("Safe and Preferable Human-Robot Interaction", "human-robot interaction", "Human-Robot Interaction|catalogue"),
        ("A Study of the CNN/Daily Mail Reading Comprehension Task", "reading comprehension", "Reading Comprehension|catalogue"),
        ("Towards Robust Speech Recognition", "speech recognition", "Speech Recognition|catalogue"),
    ],
)
def test_task_cues_catalogue_task_in_the_title_widened_by_the_title_modifier(title: str, name: str, expected: str) -> None:
    assert _widened(f"{title}\n\nWe study it here.", name) == [expected]


@pytest.mark.parametrize(
    "sentence, phrase, expected",
    [
        ("Depth sensing plays an important role in autonomous driving.", "autonomous driving", True),
        ("It has many applications such as crowd counting.", "crowd counting", True),
        # a later item of the list the cue opens
        ("It is used in fields such as crowd counting, leaf segmentation and gait recognition.", "gait recognition", True),
        ("This is vital to the safety of autonomous driving.", "autonomous driving", True),
        ("Data for autonomous driving research is scarce.", "autonomous driving", True),
        # what the paper does, or X applied: not a setting
        ("Recent advances in gait recognition rely on silhouettes.", "gait recognition", False),
        ("We study the field of gait recognition.", "gait recognition", False),
        ("Many applications of black-box optimization evaluate points in parallel.", "black-box optimization", False),
        ("It has many applications such as crowd counting. We study gait recognition.", "gait recognition", False),
        ("Object detection applications in remote sensing need small objects.", "Object detection", False),
    ],
)
def test_task_cues_application_context_reads_the_setting_a_phrase_is_named_in(sentence: str, phrase: str, expected: bool) -> None:
    text = layout("A Title", sentence)
    start = text.index(phrase)
    assert application_context(text, start, start + len(phrase)) is expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Monocular Object Instance Segmentation and Depth Ordering With CNNs", ["Depth Ordering"]),
        ("Visual localization and loop closing using decision trees", ["loop closing"]),
        ("Heavy Load Transportation and Humanoid Navigation", ["Heavy Load Transportation"]),
        # What the paper does besides the task, a single word, an evaluative lead: no task.
        ("Mechanical Design and Performance Evaluation of an Exoskeleton", []),
        ("Modeling and Force Control of a Wheel", []),
        ("Accurate and Robust Visual Localization", []),
        ("Monocular Depth Estimation and Deep Learning", []),  # a field
    ],
)
def test_title_conjunct_beside_a_task_is_a_task(title: str, expected: list[str]) -> None:
    text = title + "\n\nAbstract."
    tasks = (r"Instance Segmentation|Visual localization|Humanoid Navigation|Mechanical Design|Force Control|Visual Localization"
             r"|Depth Estimation")
    chosen = [Candidate(Role.TASK, *m.span(), "tasks:title", 0.6) for m in re.finditer(tasks, title)]
    assert [text[c.start : c.end] for c in title_coordinated(text, len(title), chosen)] == expected


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("We add an additional motion estimation.", "motion estimation"),
        ("It flags incorrect next action prediction early.", "next action prediction"),
        ("It supports the subsequent point classification.", "point classification"),
    ],
)
def test_task_phrase_drops_a_word_of_reference(sentence: str, phrase: str) -> None:
    """"additional", "incorrect", "subsequent", "particular": words that point at one instance, no
    kind of task; the phrase starts after them."""
    text = "T\n\n" + sentence
    assert [text[s:e] for s, e in task_phrases(text, 3, len(text))] == [phrase]


@pytest.mark.parametrize(
    "text, start, phrase",
    [
        ("Joker: Conditional 3D Head Synthesis With Extreme Facial Expressions", 0, "Conditional 3D Head Synthesis"),
        ("T\n\nWe study conditional image generation from layouts.", 3, "conditional image generation"),
    ],
)
def test_task_phrase_keeps_conditional(text: str, start: int, phrase: str) -> None:
    """"conditional" names a kind of task (generation given an input), no quality of the method."""
    assert [text[s:e] for s, e in task_phrases(text, start, len(text))][-1] == phrase
