"""The sets an abstract names when no other rule found one (issue 11): a fallback, read once per paper.

Most abstracts that evaluate on data name it in a frame a rule knows, or by a catalogue name. Where
no rule found any dataset, one written as "the NAME dataset" (benchmark, corpus, database, data
set; after "the", "on", "using" or "from", and at most a word that says which set) is taken with a
looser idea of a name than the rules use where other evidence is at hand: a plain capitalised word
("the Berkeley dataset", "the Sonar data set"), and after one, lower-case words of the name ("the
Boston housing data set", "Quora duplicate questions dataset"; two at most). After a name-shaped word the
lower-case words say what the set is for ("the MVTec3D anomaly detection benchmark"): the name is
the word alone. A singular noun only ("the DML benchmark datasets" names a kind), no task acronym
the paper defines, no word of another mention.
"""

from __future__ import annotations

import re

from ..model import Role
from .cue_lists import NATURAL_LANGUAGES, NOT_NAMES
from .doc import Candidate
from .shapes import PLURAL_ACRONYM, STOP_NAMES, is_name_like, norm

__all__ = ["fallback_sets"]

_WORD = r"[A-Z0-9][\w\-'\u2019&+]*(?<![.'\u2019])"
_SET = re.compile(
    r"(?<![\w\-])(?:the|on|using|from)\s+"
    r"(?:(?:popular|standard|public|publicly available|well-known|benchmark|real-world|large-scale|challenging"
    r"|widely[- ]used|classic|famous)\s+)?"
    rf"(?P<name>[A-Z][\w\-'\u2019&+]*(?<![.'\u2019])(?:\s(?:{_WORD}|[a-z]{{3,}})){{0,3}})"
    r"\s(?:dataset|benchmark|corpus|database|data set)(?![\w\-])(?!\s+(?:datasets|data sets|benchmarks|corpora)\b)"
)
_FUNCTION_WORDS = frozenset("and for with from into over under the this that its their our".split())
_POSSESSIVE = ("'s", "\u2019s")
_NOUNS = (" dataset", " benchmark", " corpus", " database", " data set")


def fallback_sets(text: str, tend: int, taken: list[Candidate], task_acronyms: frozenset[str] | set[str]) -> list[Candidate]:
    """Dataset candidates of the frame above in the abstract, for a paper with no dataset found."""
    if not any(n in text for n in _NOUNS):
        return []
    out: list[Candidate] = []
    for m in _SET.finditer(text, tend):
        words = m.group("name").split()
        s = m.start("name")
        if len(words) > 1 and words[0].endswith(_POSSESSIVE):  # "NHLBI's Exome Sequencing Project dataset": its set
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        first = words[0]
        if not first[0].isupper() or first.lower() in STOP_NAMES or first in NATURAL_LANGUAGES or first in NOT_NAMES:
            continue
        if any(w.lower() in _FUNCTION_WORDS or w.endswith(_POSSESSIVE) for w in words) or PLURAL_ACRONYM.fullmatch(first):
            continue  # "using LLMs for marketing domain corpus construction", "the UAV's data set"
        if is_name_like(first) and len(words) > 1 and words[1].islower():
            words = words[:1]  # "the MVTec3D anomaly detection benchmark": the name, then its task
        elif sum(w.islower() for w in words) > 2:
            continue  # "the Shifts robust trajectory prediction dataset": where the name ends is unsure
        e = s + len(first) if len(words) == 1 else m.end("name")
        if norm(text[s:e]) in task_acronyms or any(c.start < e and s < c.end for c in taken):
            continue
        out.append(Candidate(Role.DATASET, s, e, "datasets:fallback", 0.6))
    return out
