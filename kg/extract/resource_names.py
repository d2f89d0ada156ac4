"""Resource names written with their noun: capitalised words before "dataset", "corpus",
"benchmark" and the like make one name ("the Webis Clickbait Spoiling Corpus 2022", "the Penn
Treebank Character dataset", "the Labeled Faces in the Wild dataset"), the paper's own when the
sentence presents it ("we introduce the X corpus") and no citation follows the noun ("the X
benchmark (Author et al. 2021)", "the X dataset [12]": someone else's). Called by the dataset-noun
rule of :mod:`kg.extract.cues` at each resource noun.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .shapes import SHORT_FORM_AFTER, STOP_NAMES

__all__ = ["capitalised_resource", "connected_resource", "plain_words_before"]


# "the Webis Clickbait Spoiling Corpus 2022", "the Penn Treebank": capitalised words ending in a
# capitalised resource noun (and perhaps a year or version) make one name.
_CAPS_BEFORE: Final = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]*\s+){1,5})\Z")
_RESOURCE_TAIL: Final = re.compile(r"(?:[a-rt-z][a-z]*)?(?: (?:(?:19|20)\d\d|v?\d+(?:\.\d+)*))?(?![\w\-])(?! [A-Z])")
_PRESENTS: Final = re.compile(
    r"\b(?:(?:a|an|the first)\s+(?:\w+\s+){0,3}?(?:new|novel)\s+(?:[\w\-]+\s+){0,3}?(?:dataset|corpus|benchmark|treebank"
    r"|collection|database|resource)|[Ww]e\s+(?:\w+ly\s+)?(?:introduce|present|release|propose|construct|collect|build"
    r"|create|curate|establish)(?:e?s)?)\b(?!\s+(?:on|upon)\b)",  # "we build on the X benchmark": X is used
)
# "the Jiminy Cricket benchmark (Hendrycks et al. 2021)", "the X dataset [12]": a cited resource is
# someone else's, whatever verb presents it.
_CITATION_AFTER: Final = re.compile(
    r"\s*[(\[](?:[A-Z][A-Za-z\-']+(?: et al\.?| (?:and|&) [A-Z][A-Za-z\-']+)?,? (?:19|20)\d\d[a-z]?|\d+(?:\s*[,\u2013-]\s*\d+)*)[)\]]"
)


def _role(text: str, tend: int, s: int, noun_end: int) -> Role:
    """The paper's own data when its sentence presents the resource named at ``s`` (its noun
    ending at ``noun_end``) and no citation follows the noun, else someone else's."""
    sent_start = max(tend, text.rfind(". ", 0, s) + 1)
    if _PRESENTS.search(text, sent_start, s) and not _CITATION_AFTER.match(text, noun_end):
        return Role.INTRODUCED_DATASET
    return Role.DATASET


def capitalised_resource(text: str, tend: int, at: int, anchor_end: int) -> list[Candidate]:
    """The name ending in the capitalised resource noun at ``text[at:anchor_end]``."""
    m = _CAPS_BEFORE.search(text, max(tend, at - 80), at)
    tail = _RESOURCE_TAIL.match(text, anchor_end)
    if not m or not tail or (text[anchor_end - 1:anchor_end] == "a" and text[anchor_end:anchor_end + 1].isalpha()):
        return []  # (a plural takes no letters after it: "Corporation" is no "Corpora")
    s = m.start(1)
    words = m.group(1).split()
    while words and words[0].lower() in STOP_NAMES:  # "The", "Our"
        s = text.index(words[1], s + len(words[0])) if len(words) > 1 else at
        words.pop(0)
    if not words or (s == 0 or text[:s].rstrip().endswith((".", "!", "?"))) and len(words) < 2:
        return []  # a capitalised sentence opener alone ("Benchmark results ...") is no name
    e = tail.end()
    role = _role(text, tend, s, e)
    if len(words) == 1 and text[at:anchor_end] == "Dataset" and not SHORT_FORM_AFTER.match(text, e):
        # "the KITTI Dataset", "the Reuters Dataset": one word names the set, the noun says what it is
        # (longer names keep it: "the Waymo Open Dataset", "the Leeds Sport Dataset"; and so does the
        # end of a long form the rule cut, "the Actor-Action Dataset (A2D)"). A plain word is cut too,
        # wrong with or without the noun ("a Diagnostic Dataset for ...", "VIRAT 1.0 Ground Dataset"):
        # 3 of the 10 cuts in corpus lines 1-20,000; the others are names ("Tafsir", "SUNRGBD", "PoseTrack").
        e = s + len(words[0])
    return [Candidate(role, s, e, "context:resource-name", 0.8 if role is Role.INTRODUCED_DATASET else 0.75)]


# "the Penn Treebank Character dataset", "the Stanford Natural Language Inference corpus": two
# to five capitalised words right before a lower-case dataset noun, mid-sentence, are one name
# even when none of them is name-shaped and the last is a task word.
_PLAIN_WORDS_BEFORE: Final = re.compile(r"(?<![\w\-])(?:the|a|an|on|of|from|in|new|public)\s+((?:[A-Z][a-z][\w\-]*\s+){2,5})\Z")


_TAIL_AFTER_CONNECTOR: Final = re.compile(r"[A-Z][\w\-]*\s+(?:of|in|on|from)\s+\Z")


def plain_words_before(text: str, tend: int, at: int, anchor_end: int) -> list[Candidate]:
    """Plain capitalised words right before the lower-case resource noun at ``at``, as one name."""
    m = _PLAIN_WORDS_BEFORE.search(text, max(tend, at - 80), at)
    if not m or any(w.lower() in STOP_NAMES for w in m.group(1).split()):
        return []
    if _TAIL_AFTER_CONNECTOR.search(text, max(tend, m.start() - 30), m.end() - len(m.group(1))):
        return []  # "Close-Up Frames of Full-Body Subjects dataset": the end of a longer name
    s, e = m.start(1), m.start(1) + len(m.group(1).rstrip())
    return [Candidate(_role(text, tend, s, anchor_end), s, e, "context:dataset-noun", 0.7)]


# "the Labeled Faces in the Wild dataset": capitalised words joined by "in the" / "of" / "for"
# before a dataset noun make one name (a list of plain names is the other rules').
_CONNECTED_BEFORE: Final = re.compile(
    # (the first capitalised word written out, led by its capital, which the engine skips to in C:
    # the same matches as r"(?<![\w\-])((?:[A-Z][\w\-]*\s+)+...", which it tried at every character)
    r"([A-Z](?<![\w\-][A-Z])[\w\-]*\s+(?:[A-Z][\w\-]*\s+)*(?:(?:of|in|for|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+)+)+)\Z"
)
_APPOSED_TO_NAME: Final = re.compile(r"[A-Z][\w\-]*,\s*(?:the\s+)?\Z")


def connected_resource(text: str, tend: int, at: int, anchor_end: int) -> list[Candidate]:
    """Capitalised words joined by "of" / "in the" right before the resource noun at ``at``, as one name."""
    m = _CONNECTED_BEFORE.search(text, max(tend, at - 80), at)
    if not m:
        return []
    s, words = m.start(1), m.group(1).split()
    if _APPOSED_TO_NAME.search(text, max(tend, s - 30), s):
        return []  # "CUFFS, the Close-Up Frames of Full-Body Subjects dataset": the long form of a name
    if words[0].lower() in STOP_NAMES:  # "The Labeled ...": the article is no part of the name
        s = text.index(words[1], s + len(words[0]))
    e = m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
    role = _role(text, tend, s, anchor_end)
    return [Candidate(role, s, e, "context:resource-name", 0.8 if role is Role.INTRODUCED_DATASET else 0.75)]
