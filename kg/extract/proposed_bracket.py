"""A coined name in brackets after the capitalised phrase it names, in a sentence that presents it.

"a novel Graph-based Residual Aggregation Network (PathNet) aiming to ...", "Lateral Inhibition
Pooling (LIPooling) is proposed to ...", "we describe a novel Sorted Noise-Contrastive Estimation
(SortedNCE) loss", "we propose “Cell Variational Information Bottleneck Network (cellVIB)”", "the
algorithm Planning on Sequenced Manifolds (PSM*) is developed": the bracket holds a coined name
whose letters need not spell the phrase (an acronym that does is :mod:`kg.extract.acronyms`' call).
The phrase is presented by one of: a passive presenting verb right after the bracket, "a novel" /
"a new" right before the phrase, or a first-person presenting verb right before it. Context only
(0.8): a name the catalogue knows ("a Capsule Network (CapsNet) ... are proposed") stays a method.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .long_forms import long_form_start
from .sentences import sentence_at
from .shapes import DATASET_NOUNS, FIELD_ACRONYMS, LM_FAMILY_ACRONYMS, STOP_NAMES, is_acronym, is_name_like, with_plurals
from .words import alternation

__all__ = ["bracketed_coined"]

# "(PathNet)", "(PSM*)", "($\texttt{SSRL}$)": one coined word, a LaTeX wrapper around it ignored.
_BRACKET: Final = re.compile(
    r"\(\s*(?:\$?\\(?:textbf|texttt|textit|textsc|mathrm|mathbf|mathtt)\{)?"
    r"(?P<name>[A-Za-z0-9][\w\-+.*]*?[\w+*])\}?\$?\s*\)"
)
# The capitalised phrase right before the bracket: capitalised words (a hyphenated one by its first
# part), short function words between them ("Planning on Sequenced Manifolds").
_CAP_WORD: Final = r"[A-Z][\w\-]*"
_PHRASE_BEFORE: Final = re.compile(
    rf"(?<![\w\-])(?P<phrase>{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|of|on|for|and|in|with|to|via|based|by)){{0,7}}?\s+{_CAP_WORD})"
    r"[\"\u201c\u201d'\u2018\u2019]?\s*\Z"
)
_PASSIVE_AFTER: Final = re.compile(
    r"[\"\u201d'\u2019]?\s*(?:[a-z]+\s+)?(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:proposed|presented|introduced|developed|designed|devised|built|constructed|created)\b"
)
_NOVEL_BEFORE: Final = re.compile(r"\b(?:a|an)\s+(?:novel|new)\s+[\"\u201c\u2018']?\Z")
_VERB_BEFORE: Final = re.compile(
    r"(?:\b[Ww]e|\b[Tt]his (?:paper|work|study|article))\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:" + alternation("proposed", "presenting_verbs") + r")(?:s|d|ed)?\s+(?:(?:a|an|the)\s+)?(?:novel\s+|new\s+)?"
    r"[\"\u201c\u2018']?\Z"
)
# "Recently, Vision Transformer (ViT) was proposed": someone else's, earlier.
_PRIOR: Final = re.compile(r"\b(?:[Rr]ecent(?:ly)?|[Pp]reviously|[Ee]xisting|[Pp]rior|[Oo]riginally|[Cc]onventional|[Tt]raditional|[Cc]lassical)\b")
# Families and fields in the bracket are no coined name (:data:`kg.extract.shapes.LM_FAMILY_ACRONYMS`);
# "PLM", "LMM" and "MARL" were never in this rule's copy and are kept out, so output stays as it was.
_FAMILIES: Final = with_plurals(LM_FAMILY_ACRONYMS - {"plm", "lmm"}) | (FIELD_ACRONYMS - {"marl"})
_NEXT_WORD: Final = re.compile(r"[\"\u201d'\u2019]?\s*([a-z]+)")
# "the Neural Orthogonality (NORTH*) suite of neurogenesis strategies": what the suite holds is its kind.
_OF_METHODS: Final = re.compile(r"[\"\u201d'\u2019]?\s*[a-z]+\s+of\s+(?:[\w\-]+\s+){0,3}?(?:strategies|methods|algorithms|techniques|models|approaches|networks)\b")
_VERSIONISH: Final = re.compile(r"^(?:v?\d+(?:\.\d+)*|\d+-?(?:DOFs?|DoFs?|D))$")


def bracketed_coined(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates for coined names in brackets after the phrase a sentence presents (see the module)."""
    out: list[Candidate] = []
    at = text.find("(", tend)
    while at >= 0:
        m = _BRACKET.match(text, at)
        at = text.find("(", at + 1)
        if m is None:
            continue
        name = m.group("name")
        if not is_name_like(name) or name.lower() in STOP_NAMES or name.lower() in _FAMILIES or _VERSIONISH.match(name):
            continue
        if name.rstrip("s").isupper() and name.rstrip("s").isalpha():
            # "Open Source (OSS) Vizier": capitals alone are an abbreviation, the acronym component's.
            # (Tested before the phrase search: four brackets in five hold capitals alone.)
            continue
        s0 = max(sentence_at(sents, m.start())[0], tend)
        ph = _PHRASE_BEFORE.search(text, max(s0, m.start() - 140), m.start())
        if ph is None:
            continue
        if is_acronym(name) and long_form_start(name, text, m.start()) is not None:
            continue  # a definition whose letters spell the words before it: the acronym component's
        lead = text[max(s0, ph.start() - 120) : ph.start()]
        presented = (_PASSIVE_AFTER.match(text, m.end()) or _NOVEL_BEFORE.search(lead) or _VERB_BEFORE.search(lead))
        if not presented or _PRIOR.search(text, s0, ph.start()):
            continue
        # The phrase's head or the word after the bracket says what it names ("... Dataset (X)",
        # "(X) benchmark"); words further on are what it works on ("for single-corpus tasks").
        kinds = {ph.group("phrase").split()[-1].lower()} | ({nxt.group(1)} if (nxt := _NEXT_WORD.match(text, m.end())) else set())
        role = Role.INTRODUCED_DATASET if kinds & DATASET_NOUNS and not _OF_METHODS.match(text, m.end()) else Role.PROPOSED
        out.append(Candidate(role, m.start("name"), m.end("name"), "proposed:bracket-coined", 0.8))
    return out
