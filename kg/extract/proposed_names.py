"""What the own-name rules share: the shape of a name, the kind of thing it names, and the words
that say whose it is.

- :func:`valid_name`: is a phrase a plausible system or dataset name ("MCNet", "Mask TextSpotter
  v3"; "Image Generation" is not);
- :func:`name_role`: proposed method, introduced dataset or metric, from the nearest kind noun;
- the expressions every rule reads: name-shaped words (``_CAP``, ``_PHRASE``), presenting verbs
  ("we propose"), and prior-work words ("existing", "popular") -- a capitalised one inside a
  title-case name ("a novel Motion Prior Network") is part of the name.

Used by :mod:`kg.extract.proposed` (the abstract's rules) and :mod:`kg.extract.proposed_title`
(the title's rules).
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .anchors import IndexedScan
from .long_forms import long_form_start
from .shapes import DATASET_NOUNS, NAMING_VERBS, STOP_NAMES, TASK_HEADS, is_acronym, is_name_like, singular
from .words import alternation, word_set

__all__ = ["valid_name", "name_role"]

_CAP: Final = r"[A-Z0-9](?:[\w\-+.]*[\w+])?"
_VERSION_WORD: Final = r"v\d+(?:\.\d+)*(?![\w\-])"
_PHRASE: Final = rf"{_CAP}(?: {_CAP}){{0,3}}(?: {_VERSION_WORD})?"
_METHOD_NOUNS: Final = word_set("proposed", "method_nouns")
_METRIC_NOUNS: Final = word_set("proposed", "metric_nouns")
_NOUN_RE: Final = re.compile(r"[A-Za-z]+")
# A name may start in lower case when a capital follows ("vqSGD", "mPLUG-Owl").
_LOW_NAME: Final = r"[a-z][a-z0-9]*[A-Z][\w\-+.]*[\w+]"
# ... also after a lower-case prefix and a hyphen ("ege-RoBERTa", "randSel"): the verb and
# apposition rules read it where a capitalised name would stand ("we propose randSel, a ...").
_LOW_HYPHEN_NAME: Final = r"[a-z][a-z0-9]*-?[A-Z][\w\-+.]*[\w+]"
_PRIOR_WORD: Final = re.compile(r"\b(?:" + alternation("proposed", "prior_words") + r")\b", re.IGNORECASE)
_PRIOR_WORD_SCAN: Final = IndexedScan(_PRIOR_WORD, 24)  # indexed: a long sentence is read once; the longest word is 16 characters
_CAPITAL_NEXT: Final = re.compile(r"[\s\-]+[A-Z]")
_CAPITAL_BEFORE: Final = re.compile(r"[A-Z][\w\-]*[\s\-]+\Z")


class _PriorWords:
    """The prior-work words ("existing", "previous", "popular", ...), read as words of the
    sentence: a capitalised one inside a title-case name ("a novel Motion Prior Network", "the
    Strong Baseline Model") is part of the name, not a remark on whose the name is."""

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        for m in _PRIOR_WORD_SCAN.finditer(text, pos, endpos):
            if m.group()[0].isupper() and (
                _CAPITAL_NEXT.match(text, m.end()) or _CAPITAL_BEFORE.search(text, max(pos, m.start() - 40), m.start())
            ):
                continue
            return m
        return None


_PRIOR: Final = _PriorWords()
# the paper as the subject of a verb: "we ...", "this paper/work/study ..."
OUR_SUBJECT: Final = r"\b(?:[Ww]e|[Tt]his (?:paper|work|study))"
_PROPOSAL_VERB: Final = re.compile(
    # (OUR_SUBJECT and "\bby" led by their first letters, which the engine skips to in C: a pattern
    # led by "\b" is tried at every character, at about twice the cost)
    r"[WwTtb](?<!\w[WwTtb])(?:(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work|study))"
    + r"\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?(?:"
    + alternation("proposed", "proposal_verbs")
    + r")s?\b"
    # "we overcome this problem by proposing a ...": the gerund after "by" presents as the verb does.
    r"|(?<=b)y\s+(?:proposing|presenting|introducing|developing|designing|devising)\b)"
)
_WE: Final = re.compile(r"\b[Ww]e\b")
# the verbs of using a thing that already exists ("we use", "adopt", "build on")
USE_VERBS: Final = alternation("proposed", "use_verbs")
USE_VERB: Final = re.compile(r"\b(?:" + USE_VERBS + r")\b")
# "we"/"our" anywhere: the sentence speaks of the paper's own work
WE_OR_OUR: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# the participles of a passive that presents something as the paper's own ("X is proposed")
PRESENTED_VERBS: Final = r"(?:presented|proposed|introduced|designed|developed|devised)"
_FIRST_PERSON_PROPOSAL: Final = re.compile(
    r"\b(?:[Ww]e|[Oo]ur)\s+(?:\w+\s+)?(?:propose|present|introduce|design|devise|develop|build|use|employ|adopt)s?\b"
)
_LOWER_PART: Final = re.compile(r"-[a-z]+(?:-|$)")


def valid_name(phrase: str, *, strong_context: bool, plain_words_ok: bool = False) -> bool:
    """Is ``phrase`` a plausible system/dataset name?

    One word must be name-shaped ("MCNet", "Portrait3D"); a capitalised word ("Medusa") is
    enough only in a strong context (a naming verb right before it). Several words must all
    be capitalised, none a function word, the last not a task noun ("Image Generation").
    """
    words = phrase.split()
    if len(words) > 1 and re.fullmatch(_VERSION_WORD, words[-1]):
        words = words[:-1]  # "Mask TextSpotter v3": a name and its version
    if not words:
        return False
    if len(words) == 1:
        return is_name_like(words[0], allow_capitalized=strong_context)
    if any(w.lower() in STOP_NAMES for w in words):
        return False
    if words[-1].lower() in TASK_HEADS or words[-1].lower() in DATASET_NOUNS:
        return False
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    # "Diffusion Transformer" is a technique, "Group Pose" a name only where a title says so.
    return plain_words_ok or any(is_name_like(w) for w in words)


# Words after a dataset noun that leave it the head of its phrase ("a new corpus called X", "a suite
# of ...", "a benchmark dataset"); any other lower-case word after it makes it a modifier ("corpus
# curation"; "a benchmark Open-ended Physics Environment (OPEn)" still names the benchmark).
_NOT_COMPOUND: Final = frozenset({*NAMING_VERBS, "namely", "i", "e", "of", "for", "with", "and", "or",
                           "that", "which", "we", "is", "are", "to", "in", "on", "as", "the", "a", "an", "s", "at", "from",
                           "by", "into", "over", "under", "containing", "comprising", "consisting", "including", "https",
                           "http", "was", "were", "has", "have", "will", "can"}) | DATASET_NOUNS
_BRACKET_AFTER: Final = re.compile(r"\s*\([^()]{1,150}\)")
_KIND_RIGHT_AFTER: Final = re.compile(r"\)?\s+([A-Za-z]+)\b(?![\-\w])")
_KIND_NOUNS: Final = DATASET_NOUNS | _METHOD_NOUNS
_OF_PHRASE_ENDS: Final = frozenset({"for", "to", "with", "in", "on", "from", "by", "that", "which", "and", "or", "as", "at", "against"})


def _holds_methods(words: list[str], i: int) -> bool:
    """Is ``words[i]`` followed by "of" and a method noun ("a suite of novel strategies")? Only
    inside the of-phrase: "a benchmark of tasks for language agents" holds tasks."""
    if words[i + 1 : i + 2] != ["of"]:
        return False
    for x in words[i + 2 : i + 6]:
        if x in _OF_PHRASE_ENDS:
            return False
        if singular(x) in _METHOD_NOUNS:
            return True
    return False


def name_role(text: str, start: int, end: int, sentence: tuple[int, int], long_start: int | None = None) -> Role:
    """Dataset or method, from the nouns nearest the name inside its sentence. For an acronym whose
    long form starts at ``long_start``, the long form's last word, then the words before it ("a new
    ... method called Causal ATTention Multiple Instance Learning (CATTMIL)": not "Corpus-Invariant
    Tuning (CIT)" read as a corpus). Where this one spot misleads ("X, a medical PLM trained on ...
    corpora", "a dataset of ... objects called X"), :func:`kg.extract.name_kind.own_kind` reads the
    heads of the phrases beside the name and turns the role."""
    s, e = sentence
    if long_start is None or long_start >= start:
        cased = _NOUN_RE.findall(text[max(s, start - 80) : start])[-6:]
    else:
        cased = _NOUN_RE.findall(text[max(s, long_start - 80) : long_start])[-6:]
        cased += _NOUN_RE.findall(text[long_start:start])[-1:]
    before = [w.lower() for w in cased]
    # "PRobELM (Plausibility Ranking Evaluation for Language Models), a benchmark": the bracket after
    # a name holds its long form or acronym, not its kind
    bracket = _BRACKET_AFTER.match(text, end, min(e, end + 160))
    after_at = bracket.end() if bracket else end
    after = _NOUN_RE.findall(text[after_at : min(e, after_at + 120)].lower())[:12]
    kind = _KIND_RIGHT_AFTER.match(text, after_at, e)
    if kind and (w := kind.group(1).lower()) in _KIND_NOUNS and not _holds_methods(after, 0):
        # "the Epic Fail (EF) dataset consisting of ...": the noun right after the name is its kind
        return Role.INTRODUCED_DATASET if w in DATASET_NOUNS else Role.PROPOSED
    for i, w in enumerate(after[:4]):
        if w in _METRIC_NOUNS and after[i + 1 : i + 2] not in (["learning"], ["space"], ["spaces"]):
            return Role.METRIC  # "we introduce X, a metric that ..." (not "X, a metric learning approach")
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w in DATASET_NOUNS:
            if i + 1 < len(before) and cased[i + 1].islower() and before[i + 1] not in _NOT_COMPOUND:
                continue  # "a pretraining corpus curation and assessment platform called X": the noun modifies another
            return Role.INTRODUCED_DATASET
        if w in _METHOD_NOUNS:
            return Role.PROPOSED
    for i, w in enumerate(after):
        if w in DATASET_NOUNS:
            if _holds_methods(after, i):
                continue  # "X, a suite of novel general-purpose strategies": what the suite holds is its kind
            if any(x in _METHOD_NOUNS for x in after[i + 1 : i + 3]):
                continue  # "X, a ... Dataset Distillation method": the dataset noun qualifies the kind
            return Role.INTRODUCED_DATASET
        if w in _METHOD_NOUNS:
            return Role.PROPOSED
    return Role.PROPOSED


# A capitalised system noun right after a plain word: "termed as Segregation Network". (Not lower case:
# "called SPIN model" names SPIN.)
_CAPITAL_KIND: Final = re.compile(r" (?:Network|Networks|Net|Transformer|Transformers|Machine|Machines)\b")


def with_capital_kind(text: str, start: int, end: int) -> int:
    """Where an own name of one plain word ends when a capitalised system noun follows it: the noun is
    part of the name ("termed as Segregation Network": "Segregation Network", not "Segregation")."""
    m = _CAPITAL_KIND.match(text, end)
    return m.end() if m and " " not in text[start:end] and not is_name_like(text[start:end]) else end


_CLAUSE_NEXT: Final = re.compile(r"\s*(?:[,.;:]|\Z)|\s+(?:is|are|which|that)\b")


def unbracketed_acronym(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` starts when it is a long form followed by its acronym
    with no bracket ("we propose Covered Information Disentanglement CID, a framework"): at the acronym,
    the name the paper uses; else ``start``."""
    cut = text.rfind(" ", start, end)
    if cut < 0 or text.count(" ", start, cut) < 1 or not is_acronym(text[cut + 1 : end]) or not _CLAUSE_NEXT.match(text, end):
        return start  # (not "Risk-Averse Nonlinear Steering RRT* (RANS-RRT*)": the name runs on)
    capitals = sum(c.isupper() for c in text[cut + 1 : end])
    if capitals < text.count(" ", start, cut) + 1 or long_form_start(text[cut + 1 : end], text, cut) != start:
        return start  # every word of the long form has its letter
    return cut + 1


# "we introduce Test-Time Training (TTT) in the medical domain for the first time": "introduce" brings an
# existing technique into a field; the name is used there, not presented.
_INTO_FIELD: Final = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:in|into|to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:domain|field|area|community)s?\b")


def brought_in(text: str, verb_start: int, verb_end: int, name_end: int) -> bool:
    """Does "introduce" at ``text[verb_start:verb_end]`` bring the name ending at ``name_end`` into a field?"""
    return "introduc" in text[verb_start:verb_end] and _INTO_FIELD.match(text, name_end) is not None
