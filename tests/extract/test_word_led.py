"""The letter-led rewrites of kg.extract.word_led match where the patterns they replaced matched."""

import re

from kg.extract import task_spans
from kg.extract.title_clause import TITLE_LINK
from kg.extract.words import alternation

_TEXTS = [
    "Towards Robust Detection for Tracking in the Wild", "xfor y", "For\u0130n x", "\u0131n the wild", "Learning to Rank via IR",
    "a_for b", "9for x", "TOWARDS Y for Z", "Information in Vision", "before x", "\u0130N X", "\u212aey With Keys",
    "the task of clickbait spoiling", "subtask of the x", "The novel problem of online matching", "xthe task of a",
    "a new\ttask of\n\nthe b", "(problem of 9 things)", "_task of x", "\u00e9task of x", "task of the task of x",
    "pose estimation quality", "detection  results", "segmentation resultsx", "tracking LATENCY.", "parsing \u017fpeed",
    "generation steps_", "estimation heads", "recognition models", "detection error", "detection errors",
]


def test_title_link_matches_as_before():
    old = re.compile(r"\b(for|towards?|to|in|of|on|via|with|using|by|through|from|as)\b", re.IGNORECASE)
    for t in _TEXTS:
        assert [(m.span(), m.group(1)) for m in TITLE_LINK.finditer(t)] == [(m.span(), m.group(1)) for m in old.finditer(t)]


def test_task_of_ends_as_before():
    old = re.compile(r"\b(?:[Tt]he\s+)?(?:new\s+|novel\s+)?(task|problem)\s+of\s+(?:the\s+)?(?=[a-z0-9])")
    for t in _TEXTS:
        for start in range(len(t)):
            new = [(m.end(), m.group(1)) for m in task_spans._TASK_OF.finditer(t, start)]
            assert new == [(m.end(), m.group(1)) for m in old.finditer(t, start)], (t, start)


def test_after_bad_matches_as_before():
    old = re.compile(r"\s+(?:" + alternation("tasks", "after_head_not_task") + r")\b", re.IGNORECASE)
    for t in _TEXTS:
        for i in range(len(t)):
            assert bool(task_spans._AFTER_BAD.match(t, i)) == bool(old.match(t, i)), (t, i)
