"""Techniques named after a person, with their kind noun: "the Galerkin method", "the common
Bonferroni correction", "Newton-Raphson iteration", "the Laplace approximation", "Prim's algorithm".

A capitalised word (or two joined by a hyphen, "Gauss-Seidel"), after a lower-case word in mid-
sentence, right before a technique noun (method, algorithm, iteration, correction, approximation,
procedure, quadrature, transform, decomposition, sampler, estimator) names a well-known technique
even when no catalogue lists it (issue 11: others' methods missed). Left out:

- a word led by another capitalised one ("Monte Carlo method", "Natural Language Processing
  methods") or by a lower-case word holding a capital ("quasi-Monte Carlo"): where the name begins is
  not clear, and such phrases are mostly longer names of their own;
- adjectives in -ian/-ean ("Gaussian approximation", "Bayesian method") and gerunds ("Boosting
  methods"): families, not names;
- the paper's own ("we propose the X estimator", "called the X sampler"), a name followed by its
  acronym in brackets (the acronym rules name it), and words another rule already claimed ("the
  Frank-Wolfe algorithm": the catalogue's name stands).

A plural ("two Gibbs algorithms") names the one technique, in the singular.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .shapes import STOP_NAMES
from .anchors import trie_regex
from .words import word_set

__all__ = ["HEADS", "RULE", "eponym_at", "eponymous_techniques", "unclaimed"]

_LANGUAGES: Final = word_set("cues", "languages")

#: The technique nouns (``data/cues.json`` anchors them: "method", "algorithm" and "estimator" as
#: kind nouns, the rest as ``epo``), so the rule looks back from the few places they occur.
HEADS: Final = frozenset(
    "method algorithm iteration correction approximation procedure quadrature transform decomposition sampler estimator".split()
)
_HEADS: Final = re.compile(r"(?<= )(?:" + trie_regex(sorted(HEADS)) + r")")
# (led by the capital, which the engine skips to in C; a pattern led by a lookbehind is tried at
# every character of the window)
_NAME_BEFORE: Final = re.compile(r"[A-Z](?<![\w\-][A-Z])[a-z]{2,}(?:-[A-Z][a-z]{2,})?(?:['\u2019]s)? \Z")
_HEAD_WORD: Final = re.compile(r"[a-z]+")
_LOWER_WORD_BEFORE: Final = re.compile(r"(?:^|\s)[a-z][a-z\-]*,?\s\Z")
_OWN_CLAUSE: Final = re.compile(
    r"\b(?:[Oo]ur|novel|new|proposed|called|termed|dubbed|named)\b"
    r"|\b[Ww]e\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design|derive|devise|call|term|name)"
)
_CLAUSE_END: Final = re.compile(r".*[.;:!?]\s", re.DOTALL)


def eponym_at(text: str, tend: int, at: int, out: list[Candidate]) -> None:
    """Appends the technique whose kind noun begins at ``at`` when a person's name leads it
    ("the Galerkin method"); see the module docstring for what is left out."""
    head = _HEAD_WORD.match(text, at)
    if head is None or (head.group() not in HEADS and not (head.group()[-1] == "s" and head.group()[:-1] in HEADS)):
        return  # "transformer", "methodology": another word
    e = head.end()
    if e < len(text) and (text[e] == "-" or text[e].isalnum()):
        return
    m = _NAME_BEFORE.search(text, max(tend, at - 40), at)
    if m is None:
        return
    s = m.start()
    word = m.group().split("-", 1)[0].rstrip().removesuffix("'s").removesuffix("\u2019s")
    if word.endswith(("ian", "ean", "ing")) or word.lower() in STOP_NAMES or word in _LANGUAGES:
        return
    if not _LOWER_WORD_BEFORE.search(text, max(tend, s - 30), s):
        return  # "quasi-Monte Carlo procedures": the word before is no lower-case word
    if text.startswith(" (", e) or text.startswith("(", e):
        return  # "fast Walsh-Hadamard transform (FWHT)": the acronym is the name
    before = text[max(tend, s - 45) : s]
    clause = _CLAUSE_END.match(before)
    if _OWN_CLAUSE.search(before, clause.end() if clause else 0):
        return  # "we propose the Double-Basis estimator", "called the Chromatic sampler"
    # "these two Gibbs algorithms": the technique is one, named in the singular (no kind noun ends in "s")
    out.append(Candidate(Role.METHOD, s, e - (head.group() not in HEADS), RULE, 0.6))


RULE: Final = "context:eponym"


def eponymous_techniques(text: str, found: list[Candidate], tend: int = 0) -> list[Candidate]:
    """Techniques named after a person, with their kind noun ("the Galerkin method"): methods,
    unless the clause presents them as the paper's own or ``found`` already claims the words
    ("the Frank-Wolfe algorithm": the catalogue's name stands)."""
    out: list[Candidate] = []
    for h in _HEADS.finditer(text, tend):
        eponym_at(text, tend, h.start(), out)
    return unclaimed(out, found)


def unclaimed(eponyms: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The eponyms no candidate of another rule in ``found`` overlaps."""
    others = [c for c in found if c.rule != RULE]
    return [c for c in eponyms if not any(o.start < c.end and c.start < o.end for o in others)]
