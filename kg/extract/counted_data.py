"""What a name is said to hold, counted in units of data ("PlotQA with 28.9 million question-answer pairs"): a dataset."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["counted_as_data"]

# "X contains 35k annotated videos": units of data, not parts of a model (parameters, layers).
_COUNTED_DATA: Final = re.compile(
    r"\s*,?\s+(?:with|contain(?:s|ing)|compris(?:es|ing)|consist(?:s|ing) of|includ(?:es|ing)|cover(?:s|ing)|has|have)\s+"
    r"(?:(?:over|more than|nearly|about|around|approximately|roughly|up to|almost)\s+)?\d[\d,.]*\s*(?:[kKM]\b|million|thousand|billion)?"
    r"\s*(?:[a-zA-Z][\w\-]*\s+){0,3}?(?:" + "|".join((
        "pairs", "images", "videos", "questions", "samples", "examples", "sentences", "documents", "dialogues", "dialogs",
        "conversations", "utterances", "hours", "clips", "annotations", "instances", "scenes", "frames", "articles",
        "texts", "tables", "triples", "triplets", "records", "plots", "recordings", "tweets", "posts", "reviews",
        "captions", "trajectories", "episodes", "demonstrations", "photos", "photographs", "scans", "sequences",
        "words", "tokens", "entries", "facts", "passages", "prompts", "problems", "queries", "cases", "subjects",
        "speakers", "participants", "patients")) + r")\b"
)
# "we train NaVid with 510k navigation samples": a model given data, not data.
_TRAINED_BEFORE: Final = re.compile(r"\b(?:train|fine-?tune|pre-?train|finetune|optimi[sz]e|supervise|equip|feed)(?:s|d|ed)?\s+(?:the\s+|our\s+)?\Z", re.IGNORECASE)


def counted_as_data(text: str, start: int, end: int) -> bool:
    """Does ``text`` say the name at ``text[start:end]`` holds a count of data units, right after it,
    not as what a model is trained with?"""
    return _COUNTED_DATA.match(text, end) is not None and not _TRAINED_BEFORE.search(text, max(0, start - 30), start)
