"""The name an abstract makes the subject of its claims: "DCR samples hard false positives ...",
"We show that DSRL is highly sample-efficient", "SituFormer achieves a new state of the art".

A document-level rule: such a subject is the paper's own when this abstract also defines it
("... refinement (DCR) network") or the title names it, and the abstract presents something of
its own (a first-person presenting verb). Context only (:mod:`kg.extract.resolve`): a name the
catalogue knows stays someone else's ("BERT achieves ..."). Confidence 0.7, under the 0.75 at which
an own name's long form stops being a task: "augmented reality (AR) ... AR is" keeps its task.
"""

from __future__ import annotations

import re

from ..model import Role
from .doc import Candidate
from .sentences import sentence_at
from .proposed_names import _LOWER_PART, _METHOD_NOUNS
from .shapes import STOP_NAMES, TASK_HEADS, is_name_like, word_spans

__all__ = ["subject_names", "title_apposed"]

# A sentence's subject, or the subject of a "we show that" clause: one name-shaped word, then
# a verb in the present tense ("is", "achieves", "samples"), adverbs allowed between.
_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|\b(?:that|[Tt]hus|[Hh]ence)\s+)"
    r"(?:(?:Specifically|Moreover|Furthermore|In addition|Finally|Then|First|Second|Third|Overall|Empirically|Experimentally),?\s+)?"
    r"(?:(?:[Tt]he|[Oo]ur)\s+)?"
    r"(?P<name>[A-Za-z0-9][\w\-+.]*[\w+])\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|not only\s+){0,2}"
    r"(?P<verb>is|are|can|(?!(?:has|was|does|uses?)\b)[a-z]{3,}(?<![su])s)\b"
)
# The abstract presents work of its own ("we propose", "this paper introduces", "the proposed").
_PRESENTS = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study|article))\s+(?:\w+\s+)?(?:propose|present|introduce|design|devise|develop|describe)[sd]?\b"
    r"|\b[Tt]he proposed\b"
)
# Names written by someone else: a citation after the name, or "X et al.".
_CITED = re.compile(r"\s*(?:\[\d|\(\s*[A-Z][a-z]+(?: et al\.)?,? \d{4}|et al\.)")


def subject_names(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """Name-shaped subjects of present-tense claims that this abstract defines or whose title
    names them, in an abstract that presents its own work (role PROPOSED, context only)."""
    abstract_start = tend
    if not _PRESENTS.search(text, abstract_start):
        return []
    out: list[Candidate] = []
    seen: set[str] = set()
    for m in _SUBJECT.finditer(text, abstract_start):
        name = m.group("name")
        if name in seen or not is_name_like(name) or _LOWER_PART.search(name):
            continue  # "our LP-based approaches": a name's use, not a name
        if not _first_presented(text, abstract_start, sents, name):
            continue
        if any(_CITED.match(text, e) for _, e in _spans(text, abstract_start, name)):
            continue  # "FedAvg [12] is ...": someone else's
        seen.add(name)
        out.append(Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:subject", 0.7))
    return out


def _spans(text: str, start: int, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands as a word of its own after ``start`` (not inside "CGAPoseNet+GCAN")."""
    return [(start + s, start + e) for s, e in word_spans(text[start:], name)
            if text[start + e : start + e + 1] not in ("+", "/") and text[start + s - 1 : start + s] not in ("+", "/")]


# A word that presents the thing named after it in the same sentence.
_CUE = re.compile(
    r"\b(?:(?:[Ww]e|[Tt]his (?:paper|work|study|article))\s+(?:\w+ly\s+)?(?:propose|present|introduce|design|devise|develop|build)[sd]?"
    r"|[Nn]ovel|[Nn]ew|[Pp]roposed|[Oo]ur|called|named|dubbed|termed)\b"
)
# Between the cue and the name: a word of use or a preposition makes the name what the own thing
# works with ("a novel technique ... using electro-rheological fluid (ERF)").
_BETWEEN_STOP = re.compile(
    r"\b(?:using|uses?|based|on|of|for|with|by|via|from|to|in|into|over|than|and|or|that|which|recently|existing|standard|popular|well-known|classical|conventional|previous|prior)\b"
)

# After the first mention: a hyphen or a version (the name is part of what the paper presents).
_MODIFIER_AFTER = re.compile(r"\)?-|\s+v?\d")
_NAMING = frozenset({"called", "named", "dubbed", "termed"})
_PROBLEM = re.compile(r"\b(?:problems?|tasks?|phenomen(?:on|a)|settings?|issues?)\b")
_PRIOR_BEFORE = re.compile(r"\b(?:recently|previously|originally|widely|commonly|already)\s+$")


def _first_presented(text: str, start: int, sents: list[tuple[int, int]], name: str) -> bool:
    """Does the abstract's first sentence with ``name`` present it: a presenting cue at most eight
    words before it, no word of use or preposition between ("we propose a ... refinement (DCR)")?"""
    first = next(iter(_spans(text, start, name)), None)
    if first is None:
        return False
    s0 = max(sentence_at(sents, first[0])[0], start)
    cues = list(_CUE.finditer(text, s0, first[0]))
    if not cues:
        return False
    if _PRIOR_BEFORE.search(text, max(s0, cues[-1].start() - 20), cues[-1].start()):
        return False  # "the recently proposed NDT-OM"
    if cues[-1].group() in _NAMING and _PROBLEM.search(text, s0, cues[-1].start()):
        return False  # "This problem is called cross domain imitation learning (CDIL)": a task
    if text[max(s0, cues[-1].start() - 3) : cues[-1].start()].endswith(("so-", "so ")):
        return False  # "the so-called implicit hitting set (IHS) solvers": a known term
    if _MODIFIER_AFTER.match(text, first[1]):
        return False  # "an electromyography (EMG)-driven exoskeleton", "O2ARC 3.0 interface"
    between = text[cues[-1].end() : first[0]]
    return len(between.split()) <= 8 and not _BETWEEN_STOP.search(between)


# "Texture Mixer: A Network for Controllable Synthesis ...", "QUIC & DIRTY: A Quadratic Approximation
# Approach for ...": a title-case title head whose subtitle says, with an article, what kind of
# method it is names the paper's own method (the subtitle is the head's apposition).
_TITLE_APPOSED = re.compile(
    r"^\s*(?P<name>[A-Z][\w\-+.]*(?:\s+(?:&\s+)?[A-Z][\w\-+.]*){1,3})\s*:\s+(?:A|An)\s+"
    r"(?:[\w\-]+,?\s+){0,4}?(?P<kind>[A-Za-z]+)\s+(?:for|to|of|with|that|based|via|in|on)\b"
)
_NOT_OWN_KIND = frozenset({"survey", "review", "study", "perspective", "tutorial", "analysis", "overview",
                           "comparison", "case", "benchmark", "dataset", "challenge", "primer", "introduction"})

# A word of a sentence rather than a name: a gerund, an adverb, a pronoun, a plural or verb "-s".
_SLOGAN_WORD = re.compile(r"(?:ing|ly|(?<![sui])s)$|^(?:Your|You|We|Our|My|It|Is|Are|Do|Does)$")


def title_apposed(text: str, tend: int) -> list[Candidate]:
    """The title head whose subtitle is "A/An ... <method noun> for ..." (role PROPOSED, context only)."""
    m = _TITLE_APPOSED.match(text, 0, tend)
    if m is None:
        return []
    kind = m.group("kind").lower()
    kind = kind[:-1] if kind.endswith("s") else kind
    words = m.group("name").split()
    if kind in _NOT_OWN_KIND or kind not in _METHOD_NOUNS or words[-1].lower() in TASK_HEADS or words[-1].endswith("ing"):
        return []  # "Federated Learning: A Framework for ...": a field, not a name
    if any(w.lower() in STOP_NAMES or _SLOGAN_WORD.search(w) for w in words if w != "&"):
        return []  # "Classes Matter:", "View Vertically:", "Ask Your Neurons:": a slogan, not a name
    return [Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:title-apposed", 0.8)]
