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

from ..model import Role
from .doc import Candidate
from .shapes import STOP_NAMES
from .words import word_set

__all__ = ["eponymous_techniques"]

_LANGUAGES = word_set("cues", "languages")

# Led by the capital, which the engine skips to in C (a pattern led by a lookbehind is tried at
# every character); the lookbehind then keeps it after a lower-case word or a comma.
_EPONYM = re.compile(
    r"[A-Z](?<=[a-z,;] [A-Z])[a-z]{2,}(?:-[A-Z][a-z]{2,})?(?:['\u2019]s)? "
    r"(?:method|algorithm|iteration|correction|approximation|procedure|quadrature|transform|decomposition|sampler|estimator)s?"
    r"(?![\w\-])"
)
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][a-z\-]*,?\s\Z")
_OWN_CLAUSE = re.compile(
    r"\b(?:[Oo]ur|novel|new|proposed|called|termed|dubbed|named)\b"
    r"|\b[Ww]e\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design|derive|devise|call|term|name)"
)
_CLAUSE_END = re.compile(r".*[.;:!?]\s", re.DOTALL)


def eponymous_techniques(text: str, found: list[Candidate], tend: int = 0) -> list[Candidate]:
    """Techniques named after a person, with their kind noun ("the Galerkin method"): methods,
    unless the clause presents them as the paper's own or a rule already claimed the words."""
    out: list[Candidate] = []
    for m in _EPONYM.finditer(text, tend):
        s, e = m.span()
        word = m.group().split(" ", 1)[0].split("-", 1)[0].removesuffix("'s").removesuffix("\u2019s")
        if word.endswith(("ian", "ean", "ing")) or word.lower() in STOP_NAMES or word in _LANGUAGES:
            continue
        if not _LOWER_WORD_BEFORE.search(text, max(tend, s - 30), s):
            continue  # "quasi-Monte Carlo procedures": the lower-case word before holds a capital
        if text.startswith(" (", e) or text.startswith("(", e):
            continue  # "fast Walsh-Hadamard transform (FWHT)": the acronym is the name
        before = text[max(tend, s - 45) : s]
        clause = _CLAUSE_END.match(before)
        if _OWN_CLAUSE.search(before, clause.end() if clause else 0):
            continue  # "we propose the Double-Basis estimator", "called the Chromatic sampler"
        if any(c.start < e and s < c.end for c in found):
            continue  # "the Frank-Wolfe algorithm": the catalogue's name stands
        # "these two Gibbs algorithms": the technique is one, named in the singular (no kind noun ends in "s")
        out.append(Candidate(Role.METHOD, s, e - (text[e - 1] == "s"), "context:eponym", 0.6))
    return out
