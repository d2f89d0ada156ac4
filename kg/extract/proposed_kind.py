"""Coined names the paper presents beside a kind noun (issue 23, proposed recall on unseen abstracts).

A sentence in which the paper presents its own work ("we propose", "this paper develops") often
names the thing beside the noun saying what kind of thing it is, in three frames the other rules
do not read:

- kind noun, then the name: "We propose a security analysis framework DITECTOR based on these
  issues", "proposes a simple, effective, and theoretically-sound strategy Knowe: to learn ...";
- the name, then the kind noun, after "the" ("we introduce the computationally efficient ACB
  algorithm"; after "a" the name is as often a family the thing belongs to: "a new near-online MOT
  method", "a bi-level one-shot NAS method");
- the name right after the verb, then an apposition with a kind noun: "and develop Turbo, a simple
  constraint solver entirely programmed on GPUs".

The name must look coined (capitals inside or all capitals, a digit) or, in the first and third
frames, be one capitalised word that does not open the sentence. The claim is read from context
(``proposed:kind-framed``, 0.8): a name the catalogue knows keeps its role."""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .ascii_twin import ascii_twin
from .doc import Candidate
from .shapes import STOP_NAMES, is_name_like

__all__ = ["kind_framed", "prior_demoted"]

RULE: Final = "proposed:kind-framed"
_KIND: Final = r"(?:framework|method|algorithm|strategy|model|system|approach|tool|solver|technique|scheme|architecture|pipeline|agent|engine|policy)"
# The verb stems _PRESENTING ends in, as literals (case as written): a sentence holding none cannot match.
_PRESENTING_STEMS: Final = ("propos", "present", "introduc", "develop", "design", "devis", "buil", "creat")
# the paper presenting its own work, the verb before the name in the sentence
_PRESENTING: Final = re.compile(
    # (the subject led by its first letter, which the engine skips to in C, as in
    # proposed_names._PROPOSAL_VERB: a pattern led by "\b" is tried at every character)
    r"[WwTt](?<!\w[WwTt])(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work|study|article)|(?<=[Tt])he paper)\b[^.;]{0,200}?\b"
    r"(?:" + "|".join(_PRESENTING_STEMS) + r")\w*\b"
)
# A kind noun anywhere, case as written: each frame below holds one, so a clause without one is not scanned.
_KIND_WORD: Final = re.compile(_KIND)
_NAME: Final = r"[A-Za-z][\w\-]*[\w]"
# (led by the verbs' first letters, which the engine skips to in C; the same matches as
# r"\b(?:propos|present|introduc|develop|design|devis|build|buil|creat)\w*", which it tried at every character)
_VERB: Final = r"[pidbc](?<!\w[pidbc])(?:(?<=p)(?:ropos|resent)|(?<=i)ntroduc|(?<=d)(?:evelop|esign|evis)|(?<=b)uil|(?<=c)reat)\w*"
# the verb, an article and up to five words of description before the kind noun ("proposes a simple,
# effective, and theoretically-sound strategy Knowe:"); no "of" or "based on" between: the noun must
# be the thing presented, not a thing it builds on ("a method ... based on the cognitive architecture ACT-R")
_KIND_THEN_NAME: Final = re.compile(
    rf"{_VERB}\s+(?:a|an|the|our)\s+(?:(?!of\b|on\b|for\b|to\b|with\b|the\b|a\b|an\b)[a-z][\w\-]*,?\s+){{0,5}}?{_KIND}\s+(?P<name>{_NAME})"
    r"(?=\s*[:,(]|\s+(?:that|which|to|for|based|with|is|in)\b)"
)
_NAME_THEN_KIND: Final = re.compile(
    rf"{_VERB}\s+the\s+(?:(?!of\b|on\b|for\b|to\b|with\b|the\b|a\b|an\b)[a-z][\w\-]*\s+){{0,3}}(?P<name>{_NAME})\s+{_KIND}s?\b"
)
_NAME_APPOSED: Final = re.compile(rf"{_VERB}\s+(?P<name>{_NAME}),?\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,4}}?{_KIND}s?\b")
# after the name: a list of capitalised words ("our framework Behaviors, Objectives and ... (BOBCAT)"),
# or a passive of use ("the approach GLISp is employed"): not a name the paper presents
_NOT_AFTER: Final = re.compile(r",\s*[A-Z]|\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:employed|used|adopted|applied|utili[sz]ed)\b")

# "the model-free algorithm OLIVE (Jiang et al., 2017)": someone's published work.
_CITED: Final = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b")

# The presenting clause and the frames it opens, with their ASCII twins for ASCII text (the same
# matches, a fifth faster: kg.extract.ascii_twin).
_PRESENTING_ASCII: Final = ascii_twin(_PRESENTING)
_FRAMES: Final = ((_KIND_THEN_NAME, True), (_NAME_THEN_KIND, False), (_NAME_APPOSED, True))
_FRAMES_ASCII: Final = tuple((ascii_twin(pattern), plain_ok) for pattern, plain_ok in _FRAMES)


def _coined(name: str) -> bool:
    """Capitals inside or all capitals ("DITECTOR", "ACB"), or a digit: a word made up as a name."""
    return is_name_like(name) and (any(ch.isupper() for ch in name[1:]) or any(ch.isdigit() for ch in name))


def _capitalised(name: str) -> bool:
    """One capitalised word of lower-case letters after its first ("Knowe", "Turbo")."""
    return name[:1].isupper() and name[1:].islower() and name.isalpha() and len(name) >= 3


# "The DecisionxLLM module evaluates ...", "The MPCxLLM module then adjusts ...": a coined part the
# sentence opens with, a part noun after it and a verb: a named part of the paper's system.
_PART_SUBJECT: Final = re.compile(
    rf"(?:^|(?<=[.;]\s))\s*The\s+(?P<name>{_NAME})\s+(?:module|component|block|unit|branch|sub-?network|head)\s+"
    r"(?:then\s+|further\s+|also\s+|first\s+|finally\s+)?[a-z]+(?:s|ed)\b"
)


def kind_framed(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """The coined names of the abstract's presenting sentences framed by a kind noun, and the
    coined parts a sentence opens with ("The DecisionxLLM module evaluates ...")."""
    out: list[Candidate] = []
    for s0, s1 in sents:
        # (a match opens with optional space and "The": tested in Python first, as most sentences do not)
        if s1 > tend and (text.startswith("The", p0 := max(s0, tend)) or text[p0 : p0 + 1].isspace()) \
                and (m := _PART_SUBJECT.match(text, p0, s1)) and _coined(m.group("name")):
            out.append(Candidate(Role.PROPOSED, m.start("name"), m.end("name"), RULE, 0.8))
    ascii_text = text.isascii()
    for s0, s1 in sents:
        if s1 <= tend:
            continue
        s0 = max(s0, tend)
        if not any(text.find(stem, s0, s1) >= 0 for stem in _PRESENTING_STEMS):
            continue  # (no verb stem in the sentence, no presenting clause: most sentences skip the scan)
        p = (_PRESENTING_ASCII if ascii_text else _PRESENTING).search(text, s0, s1)
        if not p or not _KIND_WORD.search(text, p.start(), s1):
            continue  # (every frame holds a kind noun before s1: no noun, no frame to scan for)
        for pat, plain_ok in _FRAMES_ASCII if ascii_text else _FRAMES:
            for m in pat.finditer(text, p.start(), s1):
                name = m.group("name")
                a = m.start("name")
                before = text[max(s0, a - 20) : a].split()
                if (name.lower() in STOP_NAMES or name.lower().endswith("-based") or _CITED.match(text, m.end("name"))
                        or _NOT_AFTER.match(text, m.end("name")) or (before and is_name_like(before[-1]))
                        or not (_coined(name) or (plain_ok and _capitalised(name) and a > s0))):
                    continue
                out.append(Candidate(Role.PROPOSED, a, m.end("name"), RULE, 0.8))
    return out


# A weak own claim (an acronym's definition read as presented, a part, "the proposed X module"):
_WEAK_OWN: Final = {"acronyms:presented", "acronyms:own-part", "proposed:the-proposed", "acronyms:coordinated", "acronyms:technique"}
# "existing DGNNs", "traditional MPC systems", "other NS techniques": the name as others' work.
_PRIOR_CUE: Final = re.compile(r"\b(?:existing|previous|prior|traditional|conventional|other|classical|standard)\s+(?:[\w\-]+\s+)?\Z", re.I)


def prior_demoted(text: str, tend: int, out: list[Candidate]) -> list[Candidate]:
    """``out`` with a weak own claim made a method where the paper names itself in its title
    ("TESA: ...") and the abstract writes the claimed name as others' work ("Dynamic graph neural
    networks (DGNNs) are designed to ... existing DGNNs mainly consider ..."): the title's name is
    the paper's; the other is what it improves on."""
    if not any(c.role is Role.PROPOSED and c.rule == "proposed:title-prefix" for c in out):
        return out
    weak: dict[str, bool] = {}  # each claimed name -> are all its claims weak?
    for c in out:
        if c.role is Role.PROPOSED:
            s = text[c.start : c.end]
            weak[s] = weak.get(s, True) and c.rule in _WEAK_OWN
    demoted = set()
    for s, only_weak in weak.items():
        if not only_weak:
            continue
        i = text.find(s, tend)
        while i >= 0:
            if _PRIOR_CUE.search(text, max(tend, i - 30), i):
                demoted.add(s)
                break
            i = text.find(s, i + len(s))
    if not demoted:
        return out
    return [c._replace(role=Role.METHOD) if c.role is Role.PROPOSED and text[c.start : c.end] in demoted else c for c in out]
