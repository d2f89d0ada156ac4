"""The own-name rules that read what a name does: "our MTSNet achieves", "GSMN outperforms ..."."""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .acronym_presented import PRESENT_ADJ
from .doc import Candidate
from .long_forms import long_form_start
from .proposed_names import _LOWER_PART, _METHOD_NOUNS, _PROPOSAL_VERB, USE_VERB
from .sentences import sentence_at
from .literals import word_start
from .shapes import DATASET_NOUNS, is_name_like

__all__ = ["our_names", "outperforming"]

# "our MTSNet achieves", "our SSMGL approach": a name-shaped word right after "our".
# ("[Oo]ur(?<!\w[Oo]ur)" is "\b[Oo]ur" led by its letters, which the regex engine skips to in C.)
# Led by the literal "ur", which the engine skips to in C (led by "[Oo]" it stopped at every "o");
# a match starts one character after its "our", so one starting at the scan's start is dropped.
_OUR_NAME: Final = re.compile(r"ur(?<=[Oo]ur)(?<!\w[Oo]ur)\s+(?:new\s+|novel\s+|proposed\s+)?([A-Za-z0-9][\w\-+.]*[\w+])(?=[\s,.;:)])")
# What may follow it: a kind noun, or a verb of its own ("our X achieves/outperforms/is ...").
_OUR_FOLLOW: Final = re.compile(
    r"\s+(?:" + "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS | {"achieves", "outperforms", "improves", "obtains",
    "yields", "surpasses", "reaches", "attains", "consists", "produces", "learns", "can", "is", "significantly",
    "consistently", "also", "still", "not", "only", "over", "on", "for", "against", "with", "in", "to"})) + r")\b|\s*[,.;]"
)


def our_names(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """"Our MTSNet consists of ...", "the superiority of our DDN methods": a name-shaped word
    (all capitals only where the paper proposes it) right after "our" and before a kind noun or a verb is the
    paper's own. Context-only: a name the catalogue knows stays a method ("our ResNet-50 encoder")."""
    out = []
    for m in _OUR_NAME.finditer(text, tend):
        if m.start() - 1 < tend:
            continue  # its "o" is before the scan's start
        name = m.group(1).rstrip(".")
        if not is_name_like(name) or _LOWER_PART.search(name) or name[0].isdigit():
            continue  # "our LLM-generated data", "our FOAM-based solution", "our 14DOF biped"
        follow = _OUR_FOLLOW.match(text, m.start(1) + len(name))
        if not follow:
            continue
        end = m.start(1) + len(name)
        bare = name[:-1] if name.endswith("s") else name
        if bare.isupper() and not _own_acronym(text, tend, sents, bare):
            continue  # "our MDP framework", "our POMDP policy": a common term the paper models with
        role = Role.INTRODUCED_DATASET if follow.group().strip() in DATASET_NOUNS else Role.PROPOSED
        out.append(Candidate(role, m.start(1), end, "proposed:our", 0.8))
    return out


# "GSMN outperforms strong baselines", "allows GSMN to outperform ...": the subject of an
# outperforming verb in an abstract is the paper's own system.
_OUTPERFORMS: Final = re.compile(
    r"(?:^|(?<=[.;]\s)|\b(?:that|and|allows?|enables?|making|helps?)\s+)([A-Za-z0-9][\w\-+.]*[\w+])\s+"
    r"(?:\w+ly\s+|also\s+|still\s+)?(?:to\s+)?(?:outperform|surpass)(?:s|es|ed)?\b"
)


# "using DAggerFM, a modified variant of DAgger": a name the paper derives from another.
_VARIANT_OF: Final = re.compile(
    r"(?<![\w\-])([A-Za-z0-9][\w\-+.]*[\w+]),\s+(?:a|an|our)\s+(?:modified|new|novel|improved|simple)\s+"
    r"(?:variant|version|extension|modification)\s+of\b"
)


def outperforming(text: str, tend: int) -> list[Candidate]:
    """Name-shaped subjects of "outperforms"/"surpasses", and names presented as a modified
    variant of another (context only: weaker than the catalogue)."""
    found = []  # type: ignore[var-annotated]
    for verb in ("outperform", "surpass"):
        # Read only the stretch before each verb: a whole-text scan of the expression tried it at
        # every character (a subject and its adverbs fit in 120 characters).
        at = text.find(verb, tend)
        while at >= 0:
            found += [m for m in _OUTPERFORMS.finditer(text, max(tend, at - 120), at + len(verb) + 3)
                      if not any(m.span(1) == f.span(1) for f in found)]
            at = text.find(verb, at + 1)
    if " variant of" in text or " version of" in text or " extension of" in text or " modification of" in text:
        found += list(_VARIANT_OF.finditer(text, tend))
    return [
        Candidate(Role.PROPOSED, m.start(1), m.end(1), "proposed:outperforms", 0.75)
        for m in found
        if is_name_like(m.group(1)) and not _LOWER_PART.search(m.group(1))
    ]


def _own_acronym(text: str, tend: int, sents: list[tuple[int, int]], acr: str) -> bool:
    """An all-capitals name is the paper's own when the first sentence using it proposes it
    ("we propose a deep dynamic boosted forest (DDBF)"); a title's "for MAV applications" is not."""
    # (word_start, not a pattern compiled per name: every all-capitals "our X" name comes here, and the
    # abstract holds it, so a str.find gate passed them all)
    abstract = text[tend:]
    starts = [s for w in (acr, acr + "s") if (s := word_start(abstract, w)) >= 0]
    if not starts:
        return False
    first = tend + min(starts)
    s0 = max(sentence_at(sents, first)[0], tend)
    verb = _PROPOSAL_VERB.search(text, s0, first)
    # "we propose an algorithm ..., using partially observable Markov decision processes (POMDPs)"
    if verb is not None:
        return not USE_VERB.search(text, verb.end(), first)
    # "a novel generative model called the conditional filtered ... network (CFGAN)", "Our learnable
    # ACE (LACE) transforms": a definition whose long form the sentence calls new or its own
    if first > 0 and text[first - 1] == "(":
        long_start = long_form_start(acr, text, first - 1)
        return long_start is not None and long_start >= s0 and PRESENT_ADJ.search(text[max(s0, long_start - 60) : long_start]) is not None
    return False
