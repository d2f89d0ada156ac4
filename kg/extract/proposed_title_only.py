"""The paper's own system named only in its title (the last fallback of :mod:`kg.extract.proposed_fallback`).

Some abstracts present their system unnamed ("This paper proposes an unpaired learning method for
image enhancement") while the title names it, and no abstract rule can see the name:

- before the title's colon: "Deep Photo Enhancer: Unpaired Learning for Image Enhancement ...",
  "The Smooth Curvature Flexure Model: An Accurate ...";
- ending the title after "with / using / via", when an agent noun ends it: "AMR Parsing with
  Action-Pointer Transformer" (not "... using Graph Networks", "... with Deep Network", "... using
  Generative Models": after a link a system noun mostly says what kind of thing the paper uses).

Read only in a paper where no rule found an own name, and only when the name is shaped as a system:
two to four capitalised words ending in a system noun or an agent noun ("Enhancer", "Transformer",
"Agent"; not one generic word before it, "Graph Network"), none the abstract writes (a phrase the abstract uses is read by the title rules), none a
name the catalogue knows ("Graph Networks"), and the abstract presents a thing of its own without a
name ("we propose a ... method"). A topic opener ("Beyond", "Towards") or a gerund ("Revisiting")
makes the title's phrase a topic, not a name; a verb or pronoun inside, a clause ("Neighbors Are
Not Strangers: ...").
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .proposed_title import _CLAUSE_WORDS
from .proposed_unnamed import PRESENTS_UNNAMED_SOURCE
from .shapes import STOP_NAMES, SYSTEM_HEADS, TASK_HEADS, norm

__all__ = ["TOPIC_OPENERS", "title_only_system"]

_WORD: Final = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
_NAME: Final = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})"
# "Deep Photo Enhancer: ...", "The Smooth Curvature Flexure Model: ..."
_BEFORE_COLON: Final = re.compile(rf"\s*(?:(?:The|An?)\s+)?{_NAME}\s*:\s+\S")
# "... with Action-Pointer Transformer", "... with the Citation Network Topic Model" (ending the title)
_AFTER_LINK: Final = re.compile(rf"\s(?:with|using|via)\s+(?:(?:the|an?)\s+)?{_NAME}\s*\Z")
# "This paper proposes an unpaired learning method", "we present a new system": an own thing, unnamed.
_PRESENTS_UNNAMED: Final = re.compile(PRESENTS_UNNAMED_SOURCE + r"s?\b")  # (proposed_unnamed's, plural kinds too)
_HEADS: Final = SYSTEM_HEADS | {"filter", "estimator"}
# Agent nouns name a system ("Enhancer", "Tracker", "Planner"); these words end like one and do not.
_NOT_AGENT: Final = frozenset({"prior", "layer", "paper", "order", "error", "number", "matter", "border", "corner", "chapter",
                        "center", "cluster", "other", "power", "vector", "factor", "tensor", "parameter", "member",
                        "manner", "character", "barrier", "buffer", "user", "letter", "water", "color", "behavior",
                        "behaviour", "sensor", "operator", "minor", "major", "interior", "exterior", "poster"})
#: Words that open a title's topic, not a name ("Towards ...", "Beyond ..."); the fallback's title rules read them too.
TOPIC_OPENERS: Final = frozenset({"towards", "toward", "beyond", "on", "from", "when", "why", "how", "what", "learning"})
_TOPIC: Final = TOPIC_OPENERS | {"rethinking", "revisiting", "improving", "fast", "simple", "efficient", "scalable", "accurate", "robust"}


def _agent_noun(w: str) -> bool:
    """Is the lower-case ``w`` an agent noun ("enhancer", "detector"; not "parameter", "vector", nor a
    task head: "transfer")?"""
    return len(w) >= 6 and w.endswith(("er", "or")) and w not in _NOT_AGENT and w not in TASK_HEADS


def _system_head(word: str, agent_only: bool = False) -> bool:
    """Does ``word`` name a system: a system noun or an agent noun ("Enhancer", "Detector")? With
    ``agent_only``, a singular agent noun only ("Transformer", "Aggregator": not "Network", "Models")."""
    w = word.lower()
    if agent_only:
        return w == "agent" or _agent_noun(w)
    w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return w in _HEADS or _agent_noun(w)


def title_only_system(text: str, tend: int, others: set[str]) -> Candidate | None:
    """The system the title names and the abstract presents unnamed (see the module doc), or None.
    ``others``: names (normalized) that are not the paper's (the catalogue's, the task acronyms)."""
    title = text[:tend]
    if not any(c.islower() for c in title):
        return None
    # (the title's shapes first: most titles have neither, and the abstract's scan is the dearer test)
    found = [m for m in (_BEFORE_COLON.match(title), _AFTER_LINK.search(title.rstrip())) if m is not None]
    if not found or _PRESENTS_UNNAMED.search(text, tend) is None:
        return None
    abstract = text[tend:].lower()
    for m in found:
        name = m.group("name")
        words = name.split()
        if (words[0].lower() in _TOPIC or words[0].lower().endswith("ing")
                or not _system_head(words[-1], agent_only=m.re is _AFTER_LINK)
                or any(w.lower() in STOP_NAMES for w in words[:-1]) and len(words) == 2
                or any(w.lower() in _CLAUSE_WORDS for w in words)):  # "Neighbors Are Not Strangers:": a clause
            continue
        if name.lower() in abstract or norm(name) in others or norm(" ".join(words[-2:])) in others:
            continue  # the abstract writes it (the title rules read that), or a known name
        if len(words) > 2 and words[-1].endswith("s") and " ".join(words[1:]).lower() in abstract:
            continue  # "Linearized Neural Networks" over "neural networks": a family the abstract writes, modified
        return Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:fallback-title-only", 0.75)
    return None
