"""The sets an abstract names when no other rule found one (issue 11): a fallback, read once per paper.

Most abstracts that evaluate on data name it in a frame a rule knows, or by a catalogue name. Where
no rule found any dataset, one written as "the NAME dataset" (benchmark, corpus, database, data
set; after "the", "on", "using" or "from", and at most a word that says which set) is taken with a
looser idea of a name than the rules use where other evidence is at hand: a plain capitalised word
("the Berkeley dataset", "the Sonar data set"), and after one, lower-case words of the name ("the
Boston housing data set", "Quora duplicate questions dataset"; two at most). After a name-shaped word the
lower-case words say what the set is for ("the MVTec3D anomaly detection benchmark"): the name is
the word alone. A singular noun, or a plural one after a list whose items all read so ("the Humans
3.6M and Robot Pushing datasets"; "the DML benchmark datasets" names a kind); no task acronym the
paper defines, no word of another mention.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

import re

from ..model import Role
from .ascii_twin import ascii_twin
from .cue_lists import NATURAL_LANGUAGES, NOT_NAMES
from .doc import Candidate
from .shapes import PLURAL_ACRONYM, STOP_NAMES, is_name_like, norm

__all__ = ["fallback_sets"]

_WORD: Final = r"[A-Z0-9][\w\-'\u2019&+]*(?<![.'\u2019])"
# "(?<![\w\-])(?:the|on|using|from)\s+" led by its first letter, which the engine skips to in C
# (a pattern led by a lookbehind is tried at every character: the scans cost half as much)
_LEAD: Final = r"[tofu](?<![\w\-][tofu])(?:(?<=t)he|(?<=o)n|(?<=u)sing|(?<=f)rom)\s+"
_SET: Final = re.compile(
    _LEAD +
    r"(?:(?:popular|standard|public|publicly available|well-known|benchmark|real-world|large-scale|challenging"
    r"|widely[- ]used|classic|famous)\s+)?"
    rf"(?P<name>[A-Z][\w\-'\u2019&+]*(?<![.'\u2019])(?:\s(?:{_WORD}|[a-z]{{3,}})){{0,3}})"
    r"\s(?:dataset|benchmark|corpus|database|data set)(?![\w\-])(?!\s+(?:datasets|data sets|benchmarks|corpora)\b)"
)
_SET_ASCII: Final = ascii_twin(_SET)  # for ASCII text: the same frames, found faster
# "the Con-Text and Drink Bottle datasets": two or more such names before a plural noun
_ONE: Final = rf"[A-Z][\w\-'\u2019&+.]*(?<![.'\u2019])(?:\s(?:[A-Z0-9][\w\-'\u2019&+.]*(?<![.'\u2019])|(?!and\b)[a-z]{{3,}})){{0,2}}"
# The plural nouns _SETS ends in, as literals: a text needs one of them for _SETS to match.
_PLURAL_NOUNS: Final = ("datasets", "benchmarks", "corpora", "databases", "data sets")
_SETS: Final = re.compile(
    rf"{_LEAD}(?P<list>{_ONE}(?:,\s+{_ONE})*,?\s+and\s+{_ONE})"
    r"\s(?:" + "|".join(_PLURAL_NOUNS) + r")(?![\w\-])"
)
_ITEM: Final = re.compile(rf"(?!and\s){_ONE}")
_FUNCTION_WORDS: Final = frozenset("and for with from into over under the this that its their our".split())
_POSSESSIVE: Final = ("'s", "\u2019s")
_NOUNS: Final = (" dataset", " benchmark", " corpus", " database", " data set")


def fallback_sets(text: str, tend: int, taken: list[Candidate], task_acronyms: AbstractSet[str]) -> list[Candidate]:
    """Dataset candidates of the frames above in the abstract, for a paper with no dataset found."""
    if not any(n in text for n in _NOUNS):
        return []
    out: list[Candidate] = []
    for m in (_SET_ASCII if text.isascii() else _SET).finditer(text, tend):
        c = _named(text, m.start("name"), m.end("name"), taken, task_acronyms)
        if c:
            out.append(c)
    # (_SETS ends in a plural noun: a text without one cannot match, most texts skip the scan)
    for m in _SETS.finditer(text, tend) if any(n in text for n in _PLURAL_NOUNS) else ():
        items = [(i.start(), i.end()) for i in _ITEM.finditer(text, m.start("list"), m.end("list"))]
        found = [c for s, e in items if (c := _named(text, s, e, taken, task_acronyms))]
        if len(found) == len(items):  # every item reads as a name: "the Con-Text and Drink Bottle datasets"
            out.extend(found)
    return out


def _named(text: str, s: int, e: int, taken: list[Candidate], task_acronyms: AbstractSet[str]) -> Candidate | None:
    """The set named at ``text[s:e]`` (the words before the noun), as the module docstring reads it."""
    words = text[s:e].split()
    if len(words) > 1 and words[0].endswith(_POSSESSIVE):  # "NHLBI's Exome Sequencing Project dataset": its set
        s = text.index(words[1], s + len(words[0]))
        words = words[1:]
    first = words[0]
    if not first[0].isupper() or first.lower() in STOP_NAMES or first in NATURAL_LANGUAGES or first in NOT_NAMES:
        return None
    if any(w.lower() in _FUNCTION_WORDS or w.endswith(_POSSESSIVE) for w in words) or PLURAL_ACRONYM.fullmatch(first):
        return None  # "using LLMs for marketing domain corpus construction", "the UAV's data set"
    if is_name_like(first) and len(words) > 1 and words[1].islower():
        words = words[:1]  # "the MVTec3D anomaly detection benchmark": the name, then its task
    elif sum(w.islower() for w in words) > 2:
        return None  # "the Shifts robust trajectory prediction dataset": where the name ends is unsure
    if len(words) == 1:
        e = s + len(first)
    if norm(text[s:e]) in task_acronyms or any(c.start < e and s < c.end for c in taken):
        return None
    return Candidate(Role.DATASET, s, e, "datasets:fallback", 0.6)
