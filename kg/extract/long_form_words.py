"""What a long form's own words say it names, whatever the sentence around it: a name written as
one (Title Case, a coined word), a model family or qualifier ("large language model", "Graph Neural
Networks", "differentially private"), or a technique ("echo state networks", "eigenvalue
decomposition"). The role decision that reads these tests is :func:`kg.extract.acronyms.classify`.
"""

from __future__ import annotations

import re
from typing import Final

from .shapes import is_name_like
from .words import phrases, word_set

__all__ = ["GENERIC_LONG", "title_case", "family_long_form", "named_long_form", "technique_named"]

GENERIC_LONG: Final = word_set("acronyms", "generic_long")
# Precompiled: a module-level ``re.findall(pattern, ...)`` pays a cache lookup per call.
_LETTERS: Final = re.compile(r"[A-Za-z]+")
_HYPHENED: Final = re.compile(r"[A-Za-z][A-Za-z\-]*")
_FAMILY_WORDS: Final = word_set("acronyms", "family_words")
_TECHNIQUE_HEADS: Final = word_set("acronyms", "technique_heads")
# Two-word ends that name a technique family whose head alone is a task or weak noun
# ("mean-field variational inference (MFVI)", but not "natural language inference (NLI)").
_TECHNIQUE_TAILS: Final = frozenset(phrases("acronyms", "technique_tails"))
_ADJECTIVE_END: Final = re.compile(r"(?:al|ive|ous|ed|ate|ic|ary|able|ible)$")


def title_case(phrase: str) -> bool:
    """Every word capitalised ("Self-Evaluated Template Network")."""
    words = _LETTERS.findall(phrase)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def family_long_form(long: str, head: str) -> bool:
    """A model family or a qualifier, not one technique: "Neural Networks", "Vision-Language
    Models", "Bayesian Neural Networks", "large language model", "differentially private"."""
    words = _HYPHENED.findall(long)
    if head in {"llm", "llms", "vlm", "vlms"} or not words or _ADJECTIVE_END.search(words[-1].lower()):
        return True
    return head in GENERIC_LONG and (len(words) < 3 or words[-2].lower() in _FAMILY_WORDS)


def named_long_form(long: str, head: str) -> bool:
    """A long form written as a name: every word capitalised ("Nonparametric Belief
    Propagation") or holding a coined word ("PatchMatch belief propagation"); not a model
    family ("Large Language Models", "Graph Neural Networks"), a paradigm ("Federated Learning")
    nor a problem formalism ("Markov Decision Process")."""
    words = _HYPHENED.findall(long)
    if len(words) < 2 or head in GENERIC_LONG or head.startswith("process") or head in {"llm", "llms", "vlm", "vlms", "learning"}:
        return False
    return title_case(long) or any(is_name_like(w) for w in long.split())


def technique_named(long: str, head: str) -> bool:
    """A technique the paper names by an acronym it uses again, not one it presents: the long
    form ends in a technique noun ("echo state networks (ESN)", "Gaussian Process Regression
    (GPR)", "eigenvalue decomposition (EVD)"), is two words or more, and is no model family
    ("large language model (LLM)") or problem formalism ("Markov decision process (MDP)")."""
    tail = " ".join(w.lower() for w in _HYPHENED.findall(long)[-2:])
    if (head not in _TECHNIQUE_HEADS and tail not in _TECHNIQUE_TAILS) or head in {"llm", "llms", "vlm", "vlms"}:
        return False
    words = _HYPHENED.findall(long)
    family = head in GENERIC_LONG or head.startswith("process")
    if len(words) < 2 or (family and words[-2].lower() in _FAMILY_WORDS):
        return False
    return True
