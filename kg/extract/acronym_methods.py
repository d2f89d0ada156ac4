"""Whether a defined acronym names someone else's method, by what the text says around it: listed
among methods, said to be one, varied or extended, cited, or an estimator named with "the" (for
:func:`kg.extract.acronyms.classify`)."""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .catalogue_data import load_catalogue
from .acronym_presented import BASED_AFTER, PRESENT_VERB_ANY, last_word
from .folded import Folded
from .long_form_words import family_long_form, title_case
from .long_forms import Definition
from .shapes import TASK_HEADS
from .words import word_set

__all__ = ["DERIVED_FROM", "GENERIC_QUALIFIER", "cited_after", "definite_kind", "listed_method", "others_technique", "qualified_known", "stated_method"]

# "(NPG) method", "(OPH) scheme": the kind noun right after the acronym ("(V2A) generation models"
# names a task's models, "a few-shot font generation (FFG) method" a method for a task).
_KIND_RIGHT_AFTER: Final = re.compile(
    r"\)\s*(?:method|algorithm|scheme|technique|procedure|solver)s?\b"
    # "delayed-UCB1 (DUCB1) and delayed-UCB-V (DUCBV) algorithms": a sibling before the shared plural noun
    r"|\)\s*(?:,|,?\s+(?:and|or))\s+[^().;,]{1,40}\([^()]{1,15}\)\s*(?:methods|algorithms|schemes|techniques|procedures|solvers)\b"
)
_IS_A_METHOD: Final = re.compile(
    r"\)\s+(?:is|are|has been|have been)\s+(?:(?:a|an|the|one|of|currently|now|among|most|widely|very|popular"
    r"|successful|effective|standard|common|classic|classical|powerful|used|useful|well-known|established)\s+){1,6}"
    # "Correlated topic models (CTM) are useful tools for ...": a tool the text says others use
    r"(?:methods?|algorithms?|techniques?|approach(?:es)?|estimators?|procedures?|heuristics?|policies|strategies|tools"
    r"|acquisition functions?)\b"
)

# Words that put a technique before the paper's own: it is varied, extended, or called classical.
# (searched through its case-sensitive twin: :class:`~.folded.Folded`, 3.6 -> 1.6 us a call)
DERIVED_FROM: Final = Folded(re.compile(
    r"(?:\b(?:variant|version|extension|generali[sz]ation|modification|adaptation|instance)s? of"
    r"|\b(?:based on|built (?:up)?on|inspired by|derived from|extends|extending|generali[sz]es|generali[sz]ing)"
    r"|\b(?:classical|classic|standard|vanilla|original|traditional|conventional|well-known|popular|celebrated"
    # "a generalization of the recent communication-efficient primal-dual framework (COCOA)"
    r"|(?<![Oo]ur )(?:recent|existing|previous|prior|state-of-the-art|widely[- ]used)))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:classical|classic|standard|vanilla|original|popular|well-known)\s+)?\Z",
    re.IGNORECASE,
))


# An estimator or classifier is as often the paper's own part or a generic kind ("a hand pose
# estimator (HPE)", "such a deep abstaining classifier (DAC)") as a known one; the definite article
# names the established one ("the maximum likelihood estimator (MLE)", "tested with the deep object
# pose estimator (DOPE)").
_DEFINITE_HEADS: Final = word_set("acronyms", "technique_heads_definite")
_THE_END: Final = re.compile(r"(?<![Oo]ur )\bthe\s+\Z")


def definite_kind(before: str, long: str, head: str) -> bool:
    """"the maximum likelihood estimator (MLE)": an estimator or classifier the text names with "the"."""
    return head in _DEFINITE_HEADS and len(long.split()) >= 2 and _THE_END.search(before[-12:]) is not None


# "an extension to the existing technique of supervised principal components (SPCs)": a kind noun
# the text calls existing or standard, then the name: someone else's technique, whatever its case.
_KIND_OF_BEFORE: Final = re.compile(
    r"\b(?:existing|standard|classical|classic|well-known|popular|established|conventional|traditional)\s+"
    r"(?:techniques?|methods?|algorithms?|approach(?:es)?|procedures?)\s+(?:of|called|named|known as)\s+(?:the\s+)?\Z"
)


def others_technique(
    text: str, d: Definition, before: str, long: str, head: str, kind_after: bool, presenting: bool
) -> tuple[Role, float, str] | None:
    """A technique someone else made, by what the sentence says about it (the long form is no
    family nor qualifier: the caller checks)."""
    if _KIND_OF_BEFORE.search(before[-80:]) or DERIVED_FROM.search(before[-60:]) and (title_case(long) or "-" in long or kind_after):
        # "a variant of Spatial Pyramid Matching (SPM)", "the classical Friedman-Rafsky (FR) test",
        # "a variant of the doubly robust (DR) estimator": what the paper starts from is a method.
        return Role.METHOD, 0.6, "acronyms:derived-from"
    if not presenting and (_KIND_RIGHT_AFTER.match(text, d.short_end) or _IS_A_METHOD.match(text, d.short_end)) \
            and head != "learning" and head not in TASK_HEADS:
        # "Natural Policy Gradient (NPG) method", "the one permutation hashing (OPH) scheme of Li et
        # al.", "Adversarial training (AT) is one of the most successful methods": what the text
        # calls a method, and does not present as its own, is someone else's.
        return Role.METHOD, 0.6, "acronyms:kind-after"
    return None


# "approaches such as ...", "baselines, e.g., ...": what the sentence lists after a method noun
# (earlier items of the list may come between the cue and the definition; no other noun of kind
# between the method noun and the cue: "methods for tasks such as ...").
_LISTED_AMONG_METHODS: Final = re.compile(
    r"\b(?:methods?|approach(?:es)?|algorithms?|techniques?|baselines?|schemes?|estimators?|solvers?|optimi[sz]ers?|strateg(?:y|ies)|heuristics?|rules|defen[cs]es|attacks|networks|architectures)"
    r"(?:\s+(?!(?:we|our|is|are|was|were|tasks?|problems?|applications?|settings?|domains?|fields?|areas?|datasets?)\b)"
    r"[\w\-]+){0,6}?,?\s+(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely)"
    r"\s+(?:[^.;:(),]{1,60}(?:\([^()]{1,20}\))?\s*(?:,\s*|,?\s*(?:and|or)\s+))*(?:the\s+)?\Z"
)


_LIST_CUE: Final = re.compile(r"such as|including|like|e\.g\.|i\.e\.|namely")
_SAME_AS: Final = re.compile(r"i\.e\.|namely")  # cues that name the thing itself, not examples of its kind
_OWN_LIST: Final = re.compile(r"\b(?:novel|new|our|proposed|[Ww]e)\b")


def stated_method(text: str, d: Definition) -> bool:
    """"Graph Contrastive Learning (GCL) is an effective method": the text says it is a method
    (a lower-case paradigm is not one: "reinforcement learning (RL) is a powerful technique")."""
    if not _IS_A_METHOD.match(text, d.short_end):
        return False
    long = text[d.long_start : d.long_end]
    return not (last_word(long) == "learning" and long[1:].islower())


def listed_method(text: str, d: Definition, sentence: tuple[int, int]) -> bool:
    """A definition listed as an example of a kind of method ("information-theoretic approaches
    such as entropy search (ES)", "clustering methods ..., such as L0-Sparse Subspace Clustering
    (L0-SSC)"): a method even when its head is a task noun; a model family is not ("models such as
    large language models (LLMs)")."""
    if d.long_start - sentence[0] < 12 or not _LIST_CUE.search(text, max(sentence[0], d.long_start - 200), d.long_start):
        return False
    before = text[max(sentence[0], d.long_start - 200) : d.long_start]
    m = _LISTED_AMONG_METHODS.search(before)
    if not m or _OWN_LIST.search(before, max(0, m.start() - 15), m.start() + 40):
        return False  # "three novel techniques, namely ...": the paper's own, the other rules' call
    if _SAME_AS.search(m.group()) and PRESENT_VERB_ANY.search(before, 0, m.start()):
        return False  # "we propose an end-to-end clustering algorithm, i.e., ... (LNSCC)": what is proposed
    long, head = text[d.long_start : d.long_end], last_word(text[d.long_start : d.long_end])
    if (head == "learning" and long.islower()) or BASED_AFTER.match(text, d.short_end):
        return False  # "such as reinforcement learning (RL)": a paradigm; "(IRN) based": a qualifier
    return " " in long.strip() and not family_long_form(long, head)


# "Vision Transformer (ViT) (Dosovitskiy et al. 2021)", "Echo State Networks (ESN) [4]": an author-year
# bracket or a numbered reference (square brackets only: "(3)" may number a list item or an equation).
_CITED_AFTER: Final = re.compile(
    r"\)\s*(?:\((?:[A-Z][\w\-'\u00C0-\u024F]+(?:\s+et\s+al\.?)?(?:,?\s+(?:and|&)\s+[A-Z][\w\-'\u00C0-\u024F]+)?,?\s+(?:19|20)\d\d[a-z]?"
    r"(?:\s*;\s*[^()]{1,60})?)\)"
    r"|\[\d{1,3}(?:\s*[,\-\u2013]\s*\d{1,3})*\])"
)


def cited_after(text: str, d: Definition) -> bool:
    """Is the acronym followed by a reference ("(ViT) (Dosovitskiy et al. 2021)", "(ESN) [4]")?"""
    return _CITED_AFTER.match(text, d.short_end) is not None


# A qualifier that only says how big or how usual the method is ("deep", "large"): no kind of its own
# (acronyms._NAMED_NN_FAMILY keeps such a network out of the named families).
GENERIC_QUALIFIER: Final = r"(?:deep|artificial|feed-?forward|shallow|simple|large|standard|conventional|traditional)\b"
_GENERIC_QUALIFIER: Final = re.compile(GENERIC_QUALIFIER)
_LINK_WORD: Final = re.compile(r"\b(?:with|of|for|to|in|on|and|or|by|from|via|using)\b")
_TRAILING_CAPS: Final = re.compile(r"[A-Z][A-Z0-9]{2,}s?\Z")


def qualified_known(text: str, d: Definition) -> bool:
    """A qualified kind of a catalogued method, its acronym ending in the method's own: "continuous
    density hidden Markov models (CD-HMMs)", "distributed model predictive control (DMPC)" (the long
    form ends in the catalogue's full name of HMM, MPC). Such an acronym names the variant the way the
    catalogue's acronym names the method (three capitals at least: "LM", "NN" are no names); a
    deep or large one is the family itself ("deep convolutional neural networks (DCNNs)"). Lower-case
    long forms only: a Title Case one is as often what the paper presents."""
    short = text[d.short_start : d.short_end]
    if title_case(text[d.long_start : d.long_end]):
        # "synthesis of Measurement-Robust Control Barrier Functions (MR-CBFs)", "We implement a Multiple
        # Timescale Long Short-Term Memory (MT-LSTM) network": a capitalised kind is as often the paper's own
        return False
    long = " ".join(text[d.long_start : d.long_end].lower().split())
    if _GENERIC_QUALIFIER.match(long):
        return False  # "deep convolutional neural networks (DCNNs)": the family, not a kind of it
    tail = long.replace("-", " ").removesuffix("s")
    catalogue = load_catalogue()
    for i in range(1, len(short) - 2):
        if _TRAILING_CAPS.fullmatch(short[i:]) is None:
            continue
        entry = catalogue.lookup(short[i:]) or catalogue.lookup(short[i:].removesuffix("s"))
        if entry is None or entry.type != "method" or not entry.full_name:
            continue
        full = " ".join(entry.full_name.lower().replace("-", " ").split())
        if tail.endswith(" " + full) and not _LINK_WORD.search(tail[: -len(full)]):
            return True  # (not "fuse radar measurements with Visual Inertial Odometry (RVIO)": a clause, no qualifier)
    return False
