"""Tasks without a leading word that grades the method rather than names the task (issue 11, tasks).

"Efficient Mission Planning", "Real-Time Visual-Inertial Localization", "Data-Adaptive Adversarial
Training", "Enhanced 3D Kinematic Modeling of Wheeled Mobile Robots": the paper's method is
efficient, real-time, adaptive or enhanced; the task it addresses is "mission planning",
"visual-inertial localization", "adversarial training". The gold guidelines write tasks as the
noun phrase of the problem ("head pose estimation"), so a chosen task loses such leading words
(``quality_leads`` of ``data/tasks.json`` and "<word>-adaptive" compounds) while two words or more
stay. Words that name a kind of task ("Robust", "Novel View Synthesis", "Energy-efficient
exploration", "Parameter-efficient fine-tuning") are not in the list.
"""

from __future__ import annotations

import re
from typing import Final

from .doc import Candidate
from .words import word_set

__all__ = ["without_quality_leads"]

_LEADS: Final = word_set("tasks", "quality_leads")
_ADAPTIVE: Final = re.compile(r"[a-z]+-adaptive")
_WORD: Final = re.compile(r"\S+")
_LINKS: Final = frozenset({"and", "or", "&", "of", "for", "in", "on", "to", "with"})


def _lead(word: str) -> bool:
    """Does ``word`` (lower case) grade the method ("real-time", "data-adaptive")?"""
    return word in _LEADS or _ADAPTIVE.fullmatch(word) is not None


def stripped(text: str, c: Candidate) -> Candidate:
    """``c`` without its leading quality words ("Efficient mission planning" gives "mission
    planning"), keeping at least two words; ``c`` itself when it has none, is reworded or the
    words left open on a link ("Real-time and model-free object tracking")."""
    if c.canonical is not None:
        return c
    words = list(_WORD.finditer(text, c.start, c.end))
    k = 0
    while k < len(words) - 2 and _lead(words[k].group().lower()):
        k += 1
    if k == 0 or words[k].group().lower() in _LINKS:
        return c  # "Real-time and model-free object tracking": the words qualify together
    return c._replace(start=words[k].start())


def without_quality_leads(text: str, tasks: list[Candidate]) -> list[Candidate]:
    """``tasks`` each without its leading quality words (:func:`stripped`); a task whose stripped
    words another task already holds goes ("real-time hand pose estimation" beside "hand pose
    estimation")."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for c in tasks:
        c = stripped(text, c)
        key = " ".join(text[c.start : c.end].lower().split())
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
