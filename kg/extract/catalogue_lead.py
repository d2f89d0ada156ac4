"""The capitalised words before a catalogue match: whether they lead a longer name the match is
only part of ("Non-dominated Sorting Genetic Algorithm" holds no "Genetic Algorithm" of the
catalogue's; "the Order Neuron LSTM" is a longer name ending in LSTM), read by
:mod:`kg.extract.catalogue_match` for each match (split from it to keep that module small)."""

from __future__ import annotations

import re
from typing import Final

from .shapes import STOP_NAMES
from .words import word_set

__all__ = ["PREV_WORD", "capitalised_lead", "inside_longer_name", "longer_name_word", "title_modifier_before"]

PREV_WORD: Final = re.compile(r"(\S+)\s+\Z")


def longer_name_word(text: str, s: int, floor: int = 0) -> re.Match | None:
    """The capitalised word before the name at ``s`` that is not the first of its sentence
    ("Non-dominated Sorting Genetic Algorithm", "Joint Compatibility Branch and Bound"), or None."""
    m = PREV_WORD.search(text, max(0, s - 40), s)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).endswith((".", ":", "!", "?", ")", ",", ";")):
        return None
    before = text[floor : m.start(1)].rstrip()
    return m if before and not before.endswith((".", "!", "?", ":", "||")) and not before.endswith("\n") else None


def inside_longer_name(text: str, s: int, floor: int = 0) -> bool:
    """Is the name at ``s`` led by a capitalised word that is not the first of its sentence?"""
    return longer_name_word(text, s, floor) is not None


# In a title every word is capitalised: a word before a Title Case method name extends it only when
# it is no function word, verb form or title opening ("Interactive Matching Network", "Physically
# Embodied Gaussian Splatting"; not "Using Householder ...", "Towards ...", "DaViT: ...").
# Nor an adverb or a word of praise ("An Effective Kalman Filter", "A Strengthened Branch and Bound").
# (three letters at least: "Is", "Do" never lead)
_TITLE_MODIFIER: Final = re.compile(r"(?<![\w\-:])(?:[A-Z][a-z]+-)?[A-Z][a-z]{2,}(?<!ing)(?<!ly) \Z")
_NOT_TITLE_MODIFIERS: Final = frozenset(
    "versus beyond against like than meets meet are does can effective efficient improved simple fast faster"
    " robust scalable stable strengthened general better modified accelerated practical unified local".split()
)


def title_modifier_before(text: str, s: int) -> bool:
    """Is the Title Case name at ``s`` in the title led by a capitalised word that extends it
    (issue 11, class 5: a name inside another), not by a function word or the title's start?"""
    m = _TITLE_MODIFIER.search(text, max(0, s - 30), s)
    if m is None or m.start() == 0 or text[m.start() - 1] != " ":
        return False
    word = m.group().strip().lower()
    before = text[: m.start()].rstrip()  # (a title is one line: after a colon is a title opening too)
    return word not in STOP_NAMES and word not in _NOT_TITLE_MODIFIERS and bool(before) and not before.endswith(":")


_LEAD_WORD: Final = re.compile(r"[A-Z][a-z]{2,}")
# "the English RoBERTa and GPT-2 models", "a German BERT": a language says which checkpoint of the
# named model, it starts no longer name.
_LANGUAGE_WORDS: Final = word_set("cues", "natural_languages")
_NUMBER_BEFORE: Final = re.compile(r"\d\s+\Z")


def capitalised_lead(text: str, s: int, floor: int) -> int | None:
    """Where a longer name led by Title Case words ends in the method name at ``s`` begins ("the
    Order Neuron LSTM", "a Graph Transformer"): up to two capitalised words, none the first of
    its sentence nor a function word; ``None`` when the name stands alone or the words are led
    by yet another capitalised word (where that longer name begins is not clear)."""
    if s < 4 or text[s - 1] != " ":
        return None
    word = text[text.rfind(" ", 0, s - 1) + 1 : s - 1]
    if not (len(word) > 2 and word[0].isupper() and word[1:].islower() and word[1:].isalpha()):
        return None  # most names follow a lower-case word: no regex for them
    lead = None
    for _ in range(2):
        m = longer_name_word(text, s, floor)
        if m is None or not _LEAD_WORD.fullmatch(m.group(1)) or m.group(1).lower() in STOP_NAMES \
                or m.group(1) in _LANGUAGE_WORDS:
            break
        lead = s = m.start(1)
    if lead is not None and (inside_longer_name(text, lead, floor) or _NUMBER_BEFORE.search(text, max(0, lead - 12), lead)):
        return None  # "Co-Segmentation Inspired GAN", "7 Billion CodeLlama": no name begins at the lead
    return lead
