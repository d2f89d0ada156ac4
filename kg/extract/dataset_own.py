"""Which found set names does the paper build? Those its sentence presents as new.

The cue rules read a set name from the noun beside it ("the dataset DoIT", "two datasets A and
B", "a Challenging DVD dataset") and call it someone else's unless their own narrow test says
otherwise. The guidelines call a set introduced when the paper builds, collects or releases it;
the sentence says so in the noun phrase that leads to the name:

- an own or new noun phrase: "a newly curated dataset, DoIT", "a novel depth-of-field (DOF)
  dataset, SYNDOF", "manually constructed Chinese character dataset Degraded-IC13", "our
  benchmark X";
- a presenting verb of "we" with its object: "we construct two datasets named HHI and CoChair",
  "we release a new corpus, X", and with the name before the noun, "we propose a Challenging DVD
  dataset".

:func:`presented_sets` gives the mentions so presented an introduced-dataset candidate, strong
enough (0.8) to be an own claim in :func:`kg.extract.resolve.resolve`. A name the catalogue
knows is left to :mod:`kg.extract.proposed_roles` (a well-known set is used unless it is the
paper's), and a name a citation follows ("the X dataset [12]") is someone else's.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .sentences import sentence_before
from .shapes import norm

__all__ = ["presented_sets"]

_NOUN: Final = r"(?:data\s?sets?|benchmarks?|corpus|corpora|databases?|treebanks?|testbeds?)"
# "construct(s|ed)", "built", "make(s) available", "produce(d)": the verbs by which a paper builds a set
_VERBS: Final = (r"(?:introduc|present|releas|propos|construct|collect|build|creat|curat|contribut|establish|compil"
          r"|assembl|produc|generat)(?:e|es|ed|s|d)?|built|make\s+available|made\s+available")
# the words of a noun phrase before its noun: no function word ("our results on the dataset X" is no NP)
_GAP: Final = r"(?:(?!(?:and|or|on|in|of|for|with|at|to|from|by|the|a|an|this|that|these|which|is|are|was|were)\b)\(?[\w\-]+\)?\s+)"
_OWN_NP: Final = (
    rf"(?:\b[Oo]ur|\b(?:[Aa]n?|the\s+first|two|three|four)\s+(?:\w+ly\s+)?(?:new|novel)"
    rf"|\b(?:newly|manually|carefully)\s+(?:collected|constructed|curated|built|created|compiled|assembled|annotated))\s+{_GAP}{{0,5}}?"
)
_WE_VERB: Final = (rf"\b[Ww]e\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+|additionally\s+)?(?:{_VERBS})\s+")
_WE_NP: Final = rf"{_WE_VERB}(?:(?:an?|the|two|three|four|five|several)\s+)?{_GAP}{{0,5}}?"
# what may stand between the noun and the name: a comma, a colon, a naming word, the earlier items of a list
_NAMING: Final = r"\s*(?:,|:|\s(?:named|called|dubbed|termed))?\s*"
_EARLIER_ITEMS: Final = r"(?:[A-Z0-9][\w\-+.]*(?:\s[A-Z0-9][\w\-+.]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
_PRESENTED_BEFORE: Final = re.compile(rf"(?:{_OWN_NP}|{_WE_NP}){_NOUN}{_NAMING}{_EARLIER_ITEMS}\Z")
# "we propose a Challenging DVD dataset": the name between the article and the noun
_WE_A_BEFORE: Final = re.compile(rf"{_WE_VERB}(?:an?|our)\s+(?:(?:new|novel|large-scale)\s+)?\Z")
_NOUN_AFTER: Final = re.compile(rf"\s+{_NOUN}\b")
_CITATION_AFTER: Final = re.compile(r"\s*(?:\[\d|\((?:[A-Z][\w\-']+(?: et al\.?)?,? (?:19|20)\d\d))")


def presented(text: str, tend: int, start: int, end: int) -> bool:
    """Does the sentence present the set named at ``text[start:end]`` as the paper's new one?
    ("We build a new corpus, ZorbQA", "our benchmark ZorbQA"; not "on the benchmark ZorbQA")"""
    if _CITATION_AFTER.match(text, end):
        return False  # "the X dataset [12]": cited, someone else's
    before = sentence_before(text, tend, start, 200)
    return bool(_PRESENTED_BEFORE.search(before) or (_WE_A_BEFORE.search(before) and _NOUN_AFTER.match(text, end)))


def presented_sets(text: str, tend: int, names: list[Candidate], known: set[str]) -> list[Candidate]:
    """Introduced-dataset candidates for the abstract's dataset mentions that their sentence
    presents as new, except names the catalogue knows (``known``, normalized)."""
    out = []
    for c in names:
        if c.role is not Role.DATASET or c.start < tend or c.rule.startswith("catalogue"):
            continue
        if norm(text[c.start : c.end]) in known or not presented(text, tend, c.start, c.end):
            continue
        out.append(c._replace(role=Role.INTRODUCED_DATASET, rule="datasets:presented", confidence=0.8))
    return out


_SQUASH: Final = re.compile(r"[\s\-_.]")
_BRACKETED_AFTER: Final = re.compile(r"\s*\(\s*([^()\s]{2,20})\s*\)")


def own_set_spellings(text: str, names: list[Candidate], role_of: dict[str, Role]) -> None:
    """A set name that writes an introduced one another way is introduced too: the same letters
    without hyphens or spaces ("we build a new dataset NYTH ... NYT-H has a larger test set"), or
    the long form its bracketed acronym abbreviates ("we created Transparent Object Depth Dataset
    (TODD)" with TODD the paper's). Updates ``role_of`` (normalized name -> role)."""
    own = {k for k, r in role_of.items() if r is Role.INTRODUCED_DATASET}
    if not own:
        return
    squashed = {_SQUASH.sub("", k) for k in own}
    for c in names:
        key = norm(text[c.start : c.end])
        if role_of.get(key) is not Role.DATASET or c.rule.startswith("catalogue:") and c.rule != "catalogue:variant":
            continue
        acr = _BRACKETED_AFTER.match(text, c.end)
        if _SQUASH.sub("", key) in squashed or (acr is not None and norm(acr.group(1)) in own):
            role_of[key] = Role.INTRODUCED_DATASET
