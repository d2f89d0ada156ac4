"""Acronym definitions, "Long Form (LF)" and "LF (Long Form)", found with the Schwartz & Hearst
(2003) algorithm as in scispaCy's abbreviation detector (:mod:`kg.extract.long_forms`), then sorted
by what the long form is:

- ends in a task noun ("head pose estimation (HPE)"), is what the title's "for"/"in" names ("...
  for Automatic Short Answer Grading"), or is built on a task acronym ("document-level ECI (DECI)"):
  a task; the acronym is not a method. Listed after a method noun ("approaches such as entropy
  search (ES)") or said to be a method ("(GCL) is an effective method"), it is a method whatever
  its head;
- ends in a metric noun ("... Position Error (MPJPE)") or is followed by "metric": a metric;
- ends in a dataset noun: a dataset;
- otherwise a technique. It is the paper's own (proposed) when the sentence presents it
  (first person, "novel", "proposed", "Our proposal, ...", or the paper's own system as subject), a method when
  described as an established one ("(SAA), a popular method for ..."), else left to the
  catalogue. A long form ending in "model"/"network" is generic ("large language model")
  unless capitalised ("Self-Evaluated Template Network");
- a part the paper names in a sentence about its own system is proposed: after a verb of
  composition ("X combines a Temporal Alignment Module (TAM) with ..."; the system may be "This"/"It"
  right after a sentence that presents it), in a list of components ("three components: a semantic
  encoder (SE), ..."), or a named module, block or layer the own system uses ("X-Former uses a
  Memory Compression Module (MCM)");
- a variant short form ("the coarse TSM (c-TSM)", "a deterministic decoder (DD-VAE)",
  :func:`kg.extract.long_forms.variant_short`) is the paper's own unless its sentence calls it
  prior work or uses it;
- a technique the paper varies, extends, is based on or calls classical or recent is a method ("a
  variant of Spatial Pyramid Matching (SPM)", "the classical Friedman-Rafsky (FR) test");
- a search or optimisation procedure, or a Title Case model, that the paper defines, does not
  present and uses again is a method ("Bayesian optimization (BO) ... BO needs");
- a field, device or formalism ("Artificial Intelligence (AI)", "Global Positioning System (GPS)",
  cues.json ``not_names``) is no method; an acronym followed by a reference ("(ViT) (Dosovitskiy et
  al. 2021)", "(ESN) [4]") names someone's published method;
- two short forms in one bracket ("(RCDTP and RWDTP)") are both what the second is.

The proposal decision needs the paper's own names, so :func:`classify` takes them; the
component runs after ``kg_proposed`` and reads them from ``doc._.kg_candidates``.
This module holds the role decision and the task long forms; what in the sentence presents a
definition as the paper's own, or names a part of its system, is in :mod:`kg.extract.acronym_presented`,
what says it is someone else's method (listed, stated, varied, cited) in :mod:`kg.extract.acronym_methods`,
and what the long form's own words say it names (a name, a family, a technique) in
:mod:`kg.extract.long_form_words`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .acronym_methods import (
    DERIVED_FROM, GENERIC_QUALIFIER, cited_after, definite_kind, listed_method, others_technique, qualified_known, stated_method,
)
from .acronym_presented import (
    DEFINITE, METHODISH, PRESENT_ADJ, PRESENT_GERUND, PRESENT_VERB, coined, last_word, named_as_own, own_module, own_part, passive_presents, referred_as_own,
    PREPOSITIONS, present_and, present_same_as, presented_confidence, presented_or_used, presents_here, system_inside,
    title_case_hyphened, title_named, used_before,
)
from .catalogue_data import Catalogue, pipeline_catalogue
from .cue_lists import NOT_NAMES
from .doc import Candidate, state
from .long_form_words import GENERIC_LONG, family_long_form, named_long_form, technique_named, title_case
from .long_forms import Definition, acronym_words, find_definitions, long_form_start, variant_short
from .proposed_names import _PRIOR, OUR_SUBJECT, USE_VERB, WE_OR_OUR
from .sentences import sentence_at, split_sentences
from .literals import word_start
from .shapes import STOP_NAMES, SYSTEM_NOUN_FORMS, TASK_HEADS, WEAK_HEADS, is_name_like, norm
from .words import alternation, word_set

__all__ = ["Definition", "find_definitions", "long_form_start", "classify", "acronym_candidates", "METRIC_HEADS",
           "acronyms_component"]

METRIC_HEADS: Final = word_set("acronyms", "metric_heads")
_DATASET_HEADS: Final = word_set("acronyms", "dataset_heads")
_MEASURE_USED_AS: Final = word_set("acronyms", "measure_used_as")
# "we release X, a dataset ... based on the Schema-Guided Dialogue (SGD) corpus": the set it is made from is used
_SOURCE_BEFORE: Final = re.compile(r"\b(?:based (?:up)?on|built (?:up)?on|derived from|drawn from|sourced from|extends|extending"
                            r"|(?:extension|subset|version) of)\s+(?:the\s+)?\Z")
# "we release the future motion (FM) dataset", "we collect a ... (XYZ) corpus": verbs that present data
_RELEASE_VERB: Final = re.compile(
    OUR_SUBJECT + r"\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:release|collect|curate|provide|contribute|publish|compile|gather)(?:s|d|ed)?\b[^.;:()]*$"
)

# Precompiled: a module-level ``re.findall(pattern, ...)`` pays a cache lookup per call.
_LETTERS: Final = re.compile(r"[A-Za-z]+")
_TASK_OF: Final = re.compile(r"\b(?:task|problem|field|area)s? of\s+(?:the\s+)?\Z")
_METHODISH_ALT: Final = "|".join(sorted(METHODISH))  # the method kind nouns as regex alternatives
# "Reverse Dictionary (RD) is the task of ...", "(SfM) is a classical problem": the text says it is a task
# (no method noun on the way: "(BO) is a method for problems").
_IS_A_TASK: Final = re.compile(
    r"\)\s+(?:is|are|refers to)\s+(?:(?:a|an|the|one)\s+)(?:(?!(?:" + _METHODISH_ALT
    + r"|technique|procedure|paradigm|formalism|tool|for|of|in|to)s?\b)[\w\-]+\s+){0,3}?(?:task|problem)s?(?![\w\-])"
)
# The definition opens its sentence, so it is the subject of what follows ("Understanding the flow of
# information in Deep Neural Networks (DNNs) is a challenging problem" says no such thing of DNNs).
_OPENS_SENTENCE: Final = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:(?:The|A|An)\s+)?\Z")


def _said_to_be_task(text: str, d: Definition) -> bool:
    """"Reverse Dictionary (RD) is the task of ...": a definition opening its sentence said to be a task."""
    return _IS_A_TASK.match(text, d.short_end) is not None and _OPENS_SENTENCE.search(text[max(0, d.long_start - 12) : d.long_start]) is not None
_PARTS_BEFORE: Final = re.compile(r"(?:components?|modules?|parts?|stages?|branches?)\s*:\s*(?:\(?\w\)\s*)?\Z|\bconsists? of\s+(?:a|an|the)?\s*\Z")
# A title that begins by spelling out "... Network (DaGAN)" names the paper's own system; one that
# begins with "Explanation Regularisation (ER)" or "Recommender Systems" names its topic.
_OWN_SYSTEM_HEADS: Final = word_set("acronyms", "own_system_heads")
# "(SAA), a popular method for ...": an established technique, described as one.
_KNOWN_AFTER: Final = re.compile(
    r"\)\s*,\s*(?:a|an|the)\s+(?:(?:popular|standard|classic|classical|well-known|widely[- ]used|common|commonly"
    r"[- ]used|established|traditional|conventional|simple|powerful)\s+)+(?:[\w\-]+\s+){0,2}?"
    r"(?:method|algorithm|approach|technique|model|framework|estimator|heuristic|procedure)s?\b"
)
_WORD_AFTER: Final = re.compile(r"\)\s*-?\s*([A-Za-z]+)")
# "two components: Facial Motion Latent Generation (FMLG) based on a transformer": what a listed
# part is built on follows; the acronym does not qualify a noun as in "(RL) based method".
_BASED_ON_AFTER: Final = re.compile(r"\)\s+based\s+(?:on|upon)\b")


def is_task_long_form(text: str, d: Definition) -> bool:
    """Does the long form name a task ("head pose estimation (HPE)"), not a method built for one?"""
    long = text[d.long_start : d.long_end]
    words = [w.lower() for w in _LETTERS.findall(long)]
    if words and words[-1] in ("task", "tasks", "problem", "problems"):
        return True  # "zero-shot CIR task (ZS-CIR)"
    if _TASK_OF.search(text, max(0, d.long_start - 30), d.long_start) or _said_to_be_task(text, d):
        return True  # "the joint task of document level cIE (DocIE)", "Reverse Dictionary (RD) is the task of"
    if words and _in_title_task_slot(text, d, long, words):
        return True  # "Graph Transformer for Automatic Short Answer Grading": what the title's "for" names
    if not words or words[-1] not in TASK_HEADS or words[-1] in WEAK_HEADS:
        return False
    if any(w in SYSTEM_NOUN_FORMS for w in words):
        return False  # "Efficient Disentanglement framework for Talking head generation (EDTalk)"
    if _PARTS_BEFORE.search(text, max(0, d.long_start - 40), d.long_start):
        return False  # "two components: Facial Motion Latent Generation (FMLG) ...": a part of the system
    if title_case(long) and DERIVED_FROM.search(text[max(0, d.long_start - 60) : d.long_start]):
        return False  # "a variant of Spatial Pyramid Matching (SPM)": a technique one starts from
    after = _WORD_AFTER.match(text, d.short_end)
    if after and after.group(1).lower() in _DATASET_HEADS and _NAME_AFTER.match(text, after.end()):
        return True  # "general face recognition (GFR) dataset LFW": the dataset is LFW, GFR its task
    # "... Generation (CGG) framework" and "... Animation (3D-FA) dataset" name things; "(THG) methods" does not.
    return not (after and (after.group(1) in METHODISH or after.group(1).lower() in _DATASET_HEADS))


# "X for Automatic Short Answer Grading", "... in Event Causality Identification: ...": the phrase after
# "for"/"in" ("Convergence of X" analyses a method) at the title's end (or before its colon or "with/via/using") is what the paper works on.
_TITLE_SLOT_BEFORE: Final = re.compile(r"(?:^|\s)(?:for|in|towards?)\s+(?:the\s+)?\Z", re.IGNORECASE)
_TITLE_SLOT_AFTER: Final = re.compile(r"\s*(?:$|[:?]|\s(?:with|via|using|through|by|from|under|and)\b)", re.IGNORECASE)
_ACTIVITY_ENDS: Final = ("ing", "tion", "sion", "ment", "ysis")
_KIND_RIGHT_AFTER_ANY: Final = re.compile(r"\)\s*(?:" + _METHODISH_ALT + r")s?\b")
_NOT_TASK_HEADS: Final = METHODISH | _OWN_SYSTEM_HEADS | word_set("acronyms", "technique_heads") | GENERIC_LONG


def _in_title_task_slot(text: str, d: Definition, long: str, words: list[str]) -> bool:
    """Does the title name the long form after "for"/"in" (its task slot), as a whole phrase? A
    technique or system head ("for Graph Neural Networks", "of Gaussian Processes") is no task."""
    if len(words) < 2 or not (words[-1] in TASK_HEADS or words[-1].endswith(_ACTIVITY_ENDS)) or words[-1] in _NOT_TASK_HEADS:
        return False
    cut = text.find("\n\n")
    if cut < 0 or d.long_start < cut or _KIND_RIGHT_AFTER_ANY.match(text, d.short_end):
        return False  # "for the Information Bottleneck": an object, not an activity; "(IB) method": a method
    title = text[:cut]
    i = title.lower().find(long.lower())
    while i >= 0:
        if _TITLE_SLOT_BEFORE.search(title, 0, i) and _TITLE_SLOT_AFTER.match(title, i + len(long)):
            return True
        i = title.lower().find(long.lower(), i + 1)
    return False


_NAME_AFTER: Final = re.compile(r"\s+(?:[A-Z][A-Z0-9]+|[A-Z]\w*\d\w*)(?![\w\-])")


_TASK_NOUN_AFTER: Final = re.compile(r"\)\s*,?\s*(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:task|problem|setting|challenge)s?\b")


def presented_task_shaped(text: str, d: Definition, sentence: tuple[int, int]) -> bool:
    """"we introduce Self-Refining Retrieval (SRR), a method ...": a long form with a task head
    that a proposal verb presents names the paper's method (a paper proposes methods, not tasks,
    unless it says "a new task") when it is Title Case or its acronym is used again later; and
    whatever its case, when the paper names it as its own (:func:`named_as_own`)."""
    long = text[d.long_start : d.long_end]
    before = text[sentence[0] : d.long_start]
    if _TASK_NOUN_AFTER.match(text, d.short_end):
        return False
    if ((title_case(long) or title_case_hyphened(long) or reused(text, d))
            and bool(PRESENT_VERB.search(before[-100:]) or PRESENT_GERUND.search(before[-100:]) or present_same_as(before)
                     or present_and(before))
            and not DEFINITE.search(before)):
        return True
    return named_as_own(text, d, before)


def reused(text: str, d: Definition) -> bool:
    """Is the short form used again after its definition ("... (HAN) for ranking. HAN beats X")?
    A paper reuses the acronym of what it presents as a name; a family it merely mentions
    ("a large language model (LLM)") it rarely presents with a proposal verb."""
    short = text[d.short_start : d.short_end]
    return word_start(text[d.short_end + 1 :], short) >= 0


# cues.json "not_names" (fields, devices, formalisms: "AI", "GPS", "MDP"); "ML" and "DL" also stand for
# techniques ("Maximum Likelihood (ML)", "Dictionary Learning (DL)") that no head noun tells apart.
_FIELD_SHORTS: Final = NOT_NAMES - {"ML", "DL"}


def classify(
    text: str, d: Definition, sentence: tuple[int, int], own_names: set[str]
) -> tuple[Role, float, str] | None:
    """The role of a defined acronym, its confidence and the rule name; None when it names a task or
    is only a modifier ("the Key-Value (KV) cache"). One its sentence leaves open or someone's is the
    paper's own where the title leads with it (:func:`kg.extract.acronym_presented.title_named`)."""
    got = _by_words(text, d, sentence, own_names)
    if got is None and title_case_model(text, d) and not _QUALIFIER_AFTER.match(text, d.short_end):
        # "Probabilistic Graphical Models (PGMs) encodes", "Decision Tree (DT) ensembles": a model,
        # network or tree written as a name, whatever words follow the acronym
        got = Role.METHOD, 0.6, "acronyms:title-case-model"
    if got is not None and got[0] is Role.METHOD and text[d.short_start : d.short_end] in _FIELD_SHORTS:
        long = text[d.long_start : d.long_end]
        head = last_word(long)
        if not (technique_named(long, head) or head in _SEARCH_HEADS):
            # "Artificial Intelligence (AI)", "Global Positioning System (GPS)": a field or a device;
            # but "nonlinear programming (NLP)", "guided policy search (GPS)" are techniques
            return None
    # (no title: find gives -1, which title_named turns down first thing)
    if (got is None or got[0] is Role.METHOD and got[2] not in ("acronyms:listed", "acronyms:known")) \
            and title_named(text, d, text.find("\n\n"), sentence[0]) and not is_task_long_form(text, d):
        return Role.PROPOSED, 0.75, "acronyms:title-named"
    return got


# The heads of a Title Case long form that names one model ("Energy-Based Model", "Reward-Weighted
# Regression", "Neural Texture Fields"); a family word before the head makes it a family instead
# ("Large Language Models", "Deep Neural Networks", "Foundation Models").
_MODEL_HEADS: Final = frozenset("model models network networks tree trees regression field fields machine machines".split())
_MODEL_FAMILY_BEFORE: Final = frozenset(
    "language vision-language multimodal multi-modal foundation generative diffusion neural decision large deep".split())


def title_case_model(text: str, d: Definition) -> bool:
    """Is the long form a Title Case name of one model, not a family or a task? Three
    letter runs or more, a hyphen splitting them ("Energy-Based Model (EBM)", "Probabilistic
    Graphical Models (PGMs)", "Data Augmentation Generative Adversarial Network (DAGAN)"); not "Large
    Language Models (LLMs)", "Neural Networks (NNs)" nor "Markov Decision Processes (MDPs)"."""
    long = text[d.long_start : d.long_end]
    words = _LETTERS.findall(long)
    if len(words) < 3 or not title_case(long) or words[-1].lower() not in _MODEL_HEADS:
        return False
    return words[-2].lower() not in _MODEL_FAMILY_BEFORE and not is_task_long_form(text, d)


# "(MRGCN) based framework", "(CAN)-bus data": the acronym qualifies what follows, as in _by_words.
_QUALIFIER_AFTER: Final = re.compile(r"\)\s*(?:-|based\b)")


def _by_words(
    text: str, d: Definition, sentence: tuple[int, int], own_names: set[str]
) -> tuple[Role, float, str] | None:
    """:func:`classify` by the words of the definition and its sentence."""
    long = text[d.long_start : d.long_end]
    short = text[d.short_start : d.short_end]
    head = last_word(long)
    stated = listed_method(text, d, sentence) or stated_method(text, d)
    if short.lower() in STOP_NAMES and not (short.isupper() and (stated and len(short) > 1 or len(short) >= 3 and title_case(long))):
        # "(at)", "(SOTA)"; but "Adversarial training (AT) is one of the ... methods" names one, and
        # "Class-Awareness Neutralizer (CAN)" spells its title-case long form
        return None
    if stated:
        # "Adversarial training (AT) is one of the most successful methods": said to be a method
        return Role.METHOD, 0.6, "acronyms:listed"
    before = text[sentence[0] : d.long_start]  # the sentence up to the long form
    if referred_as_own(before) and head not in _DATASET_HEADS:
        return Role.PROPOSED, 0.8, "acronyms:referred"
    if is_task_long_form(text, d):
        if presented_task_shaped(text, d, sentence):
            return Role.PROPOSED, 0.8, "acronyms:presented"
        return None
    after = _WORD_AFTER.match(text, d.short_end)
    next_word = after.group(1) if after else ""
    if (head in METRIC_HEADS and next_word not in _MEASURE_USED_AS) or next_word.lower() in ("metric", "metrics", "measure"):
        # "Individual Typology Angle (ITA) metric"; not "a maximin agglomeration score (MAS) loss",
        # "Click-through Rate (CTR) prediction", "a Gromov-Wasserstein Distance (GWD)-based task":
        # a measure the method computes, or the thing it qualifies, is no evaluation metric
        return Role.METRIC, 0.75, "acronyms:metric"
    if head in _DATASET_HEADS or next_word.lower() in _DATASET_HEADS:
        if (PRESENT_VERB.search(before[-80:]) or _RELEASE_VERB.search(before[-80:])) and not _SOURCE_BEFORE.search(before[-40:]):
            return Role.INTRODUCED_DATASET, 0.8, "acronyms:presented"
        return Role.DATASET, 0.7, "acronyms:dataset"
    if next_word == "based" and not (head in METHODISH and head not in GENERIC_LONG and text.startswith(") based on", d.short_end)) \
            and not (_BASED_ON_AFTER.match(text, d.short_end)
                                     and _PARTS_BEFORE.search(text, max(0, d.long_start - 40), d.long_start)):
        return None  # "a reinforcement learning (RL) based method": RL qualifies the method
    if variant_short(text, d) and not _PRIOR.search(text, sentence[0], d.long_start) \
            and not USE_VERB.search(text, sentence[0], d.long_start) \
            and not DERIVED_FROM.search(text[max(sentence[0], d.long_start - 60) : d.long_start]):
        # "the coarse TSM (c-TSM)", "a deterministic decoder (DD-VAE)": a new acronym built on one the
        # text uses is the paper's own variant (unless the sentence calls it prior work or uses it).
        return Role.PROPOSED, 0.8, "acronyms:own-variant"
    # "we present structure preserving metric learning (SPML), an algorithm ...": the paper says
    # what kind of thing the acronym names, right after it.
    kind_after = bool(_KIND_AFTER.match(text, d.short_end) or _APPOS_KIND_AFTER.match(text, d.short_end))
    if head == "learning" and long.islower() and not (
        _APPOS_KIND_AFTER.match(text, d.short_end) and PRESENT_VERB.search(before[-100:])
    ) and not ((kind_after or len(long.split()) >= 3) and _VERB_THE_END.search(before[-80:])) and not (kind_after and PRESENT_ADJ.search(before[-30:])):
        # ... but "a novel weighted domain-invariant representation learning (WDIRL) framework" and
        # "we propose the context-aware safe reinforcement learning (CASRL) method" or "we propose the
        # masked intra-sequence contrastive learning (MIC) to ..." (three words or more; the definite
        # article after the verb: a name, unlike "we propose a deep reinforcement learning (DRL) framework") are.
        return None  # "reinforcement learning (RL)": a paradigm the method belongs to
    if next_word.islower() and next_word not in STOP_NAMES and next_word.removesuffix("s") not in METHODISH \
            and not next_word.endswith("ly") and not (kind_after and not _task_after(next_word)) and next_word not in ("and", "or") \
            and next_word not in _VERBS_AFTER and next_word not in PREPOSITIONS \
            and not (next_word.endswith("ed") and head not in _DEVICE_HEADS and DERIVED_FROM.search(before[-60:])):
        # ("a variant of difference target-propagation (DTP) modified to ...": a participle after
        # what the paper starts from is no attribute noun; "based on a ... Gripper (FAG) mounted on"
        # names a device)
        if not _presented_with_kind(text, d, sentence, long):
            # "(KV) cache", "(MHA) flexibility": an attribute, not a named technique; but "the
            # Information Distillation Module (IDM) refines": a verb after an own module
            if own_module(text, d, before, own_names):
                return Role.PROPOSED, 0.7, "acronyms:own-module"
            return None
        got = _by_sentence(text, d, sentence, before, own_names, head, next_word, kind_after)
        return got if got is not None and got[0] is Role.PROPOSED else None
    if " " not in long.strip() and "-" not in long:
        return None
    return _by_sentence(text, d, sentence, before, own_names, head, next_word, kind_after)


# Heads of a device a text builds on, not a technique ("a classical Cable-Driven Parallel Robot (CDPR) carried by").
_DEVICE_HEADS: Final = frozenset(
    "robot robots gripper grippers arm arms hand hands actuator actuators manipulator manipulators sensor sensors"
    " camera cameras device devices vehicle vehicles drone drones platform platforms".split()
)


def _task_after(word: str) -> bool:
    """"text-to-video (T2V) generation methods", "(CTR) prediction models": a task noun right
    after the acronym makes it the task's qualifier, whatever kind noun follows the task."""
    return word in TASK_HEADS and word not in WEAK_HEADS


# "we introduce a Loss Adjusted Exploration (LAE) policy that ...": the presented phrase ends in one
# or two plain words of its kind, then the clause goes on (not "(KV) cache eviction policy").
_SHORT_KIND_AFTER: Final = re.compile(
    r"\)\s*(?:[a-z][a-z\-]*\s+)?(?!(?:problem|task|setting|challenge|question)s?\b)[a-z][a-z\-]*"
    r"(?=\s*[,.;:]|\s+(?:that|which|to|for|with|in|on|is|are|based|and)\b)"
)
# The presenting verb right before the article: what it presents is the defined phrase itself, not
# what a phrase in between uses ("presents a visual odometry approach using a Pixel Processor Array (PPA) camera").
_VERB_ARTICLE_END: Final = re.compile(
    OUR_SUBJECT + r"\s+(?:\w+ly\s+|also\s+|further\s+|then\s+)?(?:"
    + alternation("acronyms", "presenting_verbs") + r")(?:s|d|ed)?\s+(?:a|an|the)\s+(?:novel\s+|new\s+)?\Z"
)
_VERB_THE_END: Final = re.compile(
    OUR_SUBJECT + r"\s+(?:\w+ly\s+)?(?:" + alternation("acronyms", "presenting_verbs")
    + r")s?\s+the\s+\Z"
)
_EARLIER: Final = re.compile(r"\b(?:[Rr]ecently|[Pp]reviously|[Ee]arlier|[Oo]riginally)\b")  # "Recently, the ... (S-MISO) is introduced"
_AS_MEASURE: Final = re.compile(r"\bas an? (?:new\s+|novel\s+)?(?:measure|metric|criterion|index)\b")  # "... is introduced as a measure"
_CLAUSE_THE: Final = re.compile(r"(?:^|[,;:]\s*)\s*[Tt]he\s+\Z")


def _presented_with_kind(text: str, d: Definition, sentence: tuple[int, int], long: str) -> bool:
    """A capitalised long form of two or more words that a first-person presenting verb presents
    right after its article ("we introduce a Loss Adjusted Exploration (LAE) policy that"), its acronym
    used again: the word after the bracket is the kind of the named thing, not an attribute the
    acronym qualifies (a known technique in "we devise an Incremental Dynamic Inversion (INDI)
    controller" is seldom named again)."""
    before = text[sentence[0] : d.long_start]
    return (title_case(long) and len(long.split()) >= 2 and _SHORT_KIND_AFTER.match(text, d.short_end) is not None
            and _VERB_ARTICLE_END.search(before[-80:]) is not None and reused(text, d))


def _by_sentence(
    text: str, d: Definition, sentence: tuple[int, int], before: str, own_names: set[str], head: str, next_word: str,
    kind_after: bool,
) -> tuple[Role, float, str] | None:
    """The role of a multi-word technique-shaped definition (the long form and the words right
    after it left it open, :func:`classify`), by what its sentence says: presented as the
    paper's own or a part of it, said to be established, or named as someone else's technique;
    ``before``: the sentence up to the long form."""
    long = text[d.long_start : d.long_end]
    short = text[d.short_start : d.short_end]
    presenting, used = presented_or_used(before, own_names)
    # "a novel Graph-based Residual AggregatIon Network (GRAIN) is proposed": the passive after it
    # presents the name even where "novel" already did (a long form ending in "network" needs it).
    passive_after = passive_presents(text, d, before, long)
    passive = not presenting and passive_after
    if (passive and used and _CLAUSE_THE.search(before[-40:]) and not used_before(before) and not _EARLIER.search(before)
            and not _AS_MEASURE.search(text, d.short_end, d.short_end + 80)):
        # "..., the Spatial Temporal Re-embedding (STR) module is devised": the passive presents the
        # subject its clause opens with ("a mechanism for solving the MDPs (MDPs) is proposed" does not)
        used = False
    presenting = presenting or passive
    if not presenting and cited_after(text, d) and not family_long_form(long, head):
        return Role.METHOD, 0.6, "acronyms:cited"  # "the Vision Transformer (ViT) (Dosovitskiy et al. 2021)": someone's published work
    title = text[: text.find("\n\n")] if "\n\n" in text else ""
    if (title and norm(title).startswith(norm(long)) and d.long_start > len(title)
            and head in _OWN_SYSTEM_HEADS):
        return Role.PROPOSED, 0.8, "acronyms:title-long-form"  # the title spells out the paper's own name
    # "a large language model (LLM)" is a family; "a Self-Evaluated Template Network (SETN)" a name.
    generic = head in {"llm", "llms", "vlm", "vlms"} or (
        head in GENERIC_LONG and not title_case(long) and not title_case_hyphened(long)
        and not (presents_here(before, passive_after) and (reused(text, d) or coined(short) or passive_after))
        # "we propose a ... network (HAN). HAN ...", "we present a ... prediction network (LP-KPN)"
        and not (len(long.split()) >= 4 and _VERB_ARTICLE_END.search(before[-80:]) and not family_long_form(long, head))
        # "we propose a sequential relational anticipation model (SRAM)": the verb presents the phrase itself
        # (four words or more: "a graph convolutional network (GCN)" names a family)
    )
    if (not presenting or used) and own_part(text, d, sentence, own_names):  # "consists of a" is no use; "KPG comprises two components: the ..." neither
        return Role.PROPOSED, 0.7, "acronyms:own-part"
    if (not presenting or used) and own_module(text, d, before, own_names):
        return Role.PROPOSED, 0.7, "acronyms:own-module"
    if (not presenting and long[:1].isupper() and _KIND_LINK.search(before[-160:]) and head not in {"llm", "llms"}
            and not _WELL_KNOWN_AFTER.match(text, d.short_end)):  # "a framework for Variational Bayes (VB), a widely used"
        return Role.PROPOSED, 0.75, "acronyms:kind-link"
    if presenting and not used and not generic:
        if _dataset_near(text, d, sentence) and head not in METHODISH:
            # (not "in our dataset, we present a ... prediction network (LP-KPN)": its head says method)
            return Role.INTRODUCED_DATASET, 0.75, "acronyms:presented"
        return Role.PROPOSED, presented_confidence(short, next_word, before, passive), "acronyms:presented"
    if not presenting and _KNOWN_AFTER.match(text, d.short_end):
        return Role.METHOD, 0.7, "acronyms:known"  # "Sample average approximation (SAA), a popular method"
    if (used or not presenting) and (technique_named(long, head) or definite_kind(before, long, head)) and not (
            head in _NOMINAL_HEADS and any(is_name_like(w) for w in long.split()) and WE_OR_OUR.search(before)):
        return Role.METHOD, 0.6, "acronyms:technique"  # "echo state networks (ESN) ... ESN learns"
    if not presenting and named_long_form(long, head) and not WE_OR_OUR.search(before):
        # Only outside the paper's first person: "we use ID-aware guidance to calculate ID-aware
        # Score Distillation (ISD)" may name the paper's own part.
        return Role.METHOD, 0.6, "acronyms:named-long"  # "PArticle Message PASsing (PAMPAS) algorithm"
    if not generic and not family_long_form(long, head):
        found = others_technique(text, d, before, long, head, kind_after, presenting)
        if found is not None:
            return found
    if (not presenting and not generic and head in _SEARCH_HEADS and not family_long_form(long, head)
            and reused(text, d)):
        # "Bayesian optimization (BO) ... BO needs", "Network Architecture Search (NAS)": a search or
        # optimisation procedure the paper names, does not present and uses again is someone's technique.
        return Role.METHOD, 0.5, "acronyms:reused-search"
    if not presenting and qualified_known(text, d):
        # "parameter estimation in continuous density hidden Markov models (CD-HMMs)": a kind of a
        # catalogued method, named by an acronym built on the method's own, in someone else's words
        return Role.METHOD, 0.5, "acronyms:qualified-known"
    if not presenting and _NAMED_NN_FAMILY.fullmatch(long):
        # "a Bayesian neural network (BNN)", "spiking neural networks (SNNs)": a kind of neural
        # network with an established acronym is a method (the guidelines' "GAN", "NeRF"); a deep or
        # artificial one is the generic family (issue 11, class 8).
        return Role.METHOD, 0.5, "acronyms:network-family"
    # A defined acronym the paper does not present is most often a generic family ("LLMs", "PET")
    # or a task; on the seeds 2 of 17 were named methods. The catalogue knows the established ones.
    return None


_NAMED_NN_FAMILY: Final = re.compile(
    r"(?!" + GENERIC_QUALIFIER + r")"
    r"[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}\s+[Nn]eural\s+[Nn]etworks?",
    re.IGNORECASE,
)


# Heads of a named search or optimisation procedure (a "... selection" is as often a task:
# "online portfolio selection (OPS)").
_SEARCH_HEADS: Final = frozenset({"search", "optimization", "optimisation", "minimization", "minimisation", "model"})
_VERBS_AFTER: Final = word_set("cues", "verbs_s") | word_set("acronyms", "verbs_after")


# A technique named by what it does ("adversarial training", "belief propagation", "feature
# hashing") is someone else's, but one holding a coined word in the paper's first person names
# its own step: "we use ID-aware guidance to calculate ID-aware Score Distillation (ISD)".
_NOMINAL_HEADS: Final = frozenset(word_set("acronyms", "technique_heads_nominal"))


_KIND_NOUNS: Final = "|".join(sorted(METHODISH | word_set("acronyms", "kind_after")))
# "(VF) solution to", "(SWWL) graph kernel": a kind noun, after at most one modifier.
_KIND_AFTER: Final = re.compile(
    r"\)\s*(?:(?!(?:a|an|the|and|or|of|for|to|in|on|with|by|is|are|was|were|has|have|can|that|which)\b)[a-z][\w\-]*\s+){0,3}?"
    r"(?:" + _KIND_NOUNS + r")s?\b"
)
# "(SPML), an algorithm for ...": an apposition that says what kind of thing it is.
_APPOS_KIND_AFTER: Final = re.compile(
    r"\)\s*,\s*(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + _KIND_NOUNS + r")\b"
)
# "we propose a framework for Grounding and Learning Instances ... (GLIDE)", "we propose a novel
# reinforcement learning algorithm of CVaR-Proximal-Policy-Optimization (CPPO)": the presented
# thing is a kind noun whose name follows after "for/of/called"; the no-link words of
# PRESENT_VERB would otherwise read the definition as what the thing works on.
_KIND_LINK: Final = re.compile(
    OUR_SUBJECT + r"\s+(?:\w+ly\s+)?(?:" + alternation("acronyms", "presenting_verbs")
    + r")s?\s+(?:(?:a|an)\s+(?:novel\s+|new\s+)?(?:[\w\-]+\s+){0,3}?(?:" + _KIND_NOUNS
    + r")\s+(?:for|of|called|named|termed|dubbed)\s+"
    # "We propose two approaches for learning in these domains: Reinforced Inter-Agent Learning (RIAL)"
    + r"|(?:two|three|four|several)\s+(?:novel\s+|new\s+)?(?:[\w\-]+\s+){0,3}?(?:" + _KIND_NOUNS
    + r")(?:s|es)\b[^.;:]{0,60}:\s*)\Z"
)

_WELL_KNOWN_AFTER: Final = re.compile(
    r"\)\s*,\s*(?:a|an|the)\s+(?:popular|standard|classic|classical|well-known|widely|common|commonly|established"
    r"|traditional|conventional)\b"
)


def _dataset_near(text: str, d: Definition, sentence: tuple[int, int]) -> bool:
    """A dataset noun just before the long form or right after the acronym ("a dataset, X (X)")."""
    before = _LETTERS.findall(text[max(sentence[0], d.long_start - 40) : d.long_start].lower())[-4:]
    after = _LETTERS.findall(text[d.short_end : min(sentence[1], d.short_end + 40)].lower())[:3]
    return any(w in _DATASET_HEADS for w in before + after)


def task_acronyms(
    text: str, defs: list[Definition], task_spans: AbstractSet[tuple[int, int]] = frozenset(),
    sents: list[tuple[int, int]] | None = None, own: AbstractSet[str] = frozenset(),
) -> set[str]:
    """Short forms whose long form is a task ("head pose estimation (HPE)" -> "hpe"), by its
    head noun or because the catalogue knows the long form as a task (``task_spans``). A part of
    the paper's own system (:func:`own_part`: "two key components: Effective Dense Interpolation
    Strategy (EDIS) and Multimodal Semantic-Aware Clustering (MSAC)") names no task."""
    sents = split_sentences(text) if sents is None else sents
    return {
        norm(text[d.short_start : d.short_end])
        for d in defs
        if (is_task_long_form(text, d) and not presented_task_shaped(text, d, sentence_at(sents, d.long_start))
            and not listed_method(text, d, sentence_at(sents, d.long_start)) and not stated_method(text, d)
            and not own_part(text, d, sentence_at(sents, d.long_start), own))
        or (d.long_start, d.long_end) in task_spans
    }


_PLURAL_KIND_AFTER: Final = re.compile(r"\)\s*(?:" + _METHODISH_ALT + r")s\b|\)\s*strategies\b")
_PAIRED: Final = re.compile(r"\s*(?:,|&|and|or)\s*")  # ... not "(MAMBPO), utilizing the ... (CLDE)" below
# (no relative pronoun between: "(RDEC), that integrates virtual adversarial training (VAT)" relates
# VAT to RDEC, it does not coordinate them)
_COORDINATED: Final = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:(?:a|an|the)\s+)?(?:(?![a-z]+ing\s|(?:that|which|who|whose)\s)[a-z][\w\-]*\s+){0,3}\Z")


def classify_all(
    text: str, defs: list[Definition], sents: list[tuple[int, int]], own: set[str]
) -> list[Candidate]:
    """Candidates for every definition; "A (X) and B (Y)" gives Y the role of X."""
    out: list[Candidate] = []
    prev: tuple[Definition, Candidate | None] | None = None
    for d in defs:
        got = classify(text, d, sentence_at(sents, d.short_start), own)
        cand = Candidate(got[0], d.short_start, d.short_end, got[2], got[1]) if got else None
        if got is not None and got[0] is Role.PROPOSED:
            # "we propose the ... (DALCC) which consists of the ... Branch (DALB)": a name just
            # presented is the paper's own system for the definitions after it.
            own = own | {norm(text[d.short_start : d.short_end])}
        if prev is not None and prev[1] is not None and _COORDINATED.search(text, prev[0].short_end, d.long_start):
            if cand is None or cand.role is not prev[1].role:
                cand = prev[1]._replace(start=d.short_start, end=d.short_end, rule="acronyms:coordinated")
        elif (prev is not None and prev[1] is None and cand is not None and cand.role is Role.PROPOSED
              and _PLURAL_KIND_AFTER.match(text, d.short_end) and _COORDINATED.search(text, prev[0].short_end, d.long_start)):
            # "we introduce the Coarse View Synthesis (CVS) and Progressive ... (PNVI) strategies": the
            # plural kind noun after the second names both
            out.append(cand._replace(start=prev[0].short_start, end=prev[0].short_end, rule="acronyms:coordinated"))
        if cand is not None:
            out.append(cand)
        prev = (d, cand)
    for d, nxt in zip(defs, defs[1:]):
        if nxt.short_start - d.short_end < 8 and _PAIRED.fullmatch(text, d.short_end, nxt.short_start):
            # "(RCDTP and RWDTP)": the first is what the second is (the words after the bracket say)
            read = [c._replace(start=d.short_start, end=d.short_end) for c in out if (c.start, c.end) == (nxt.short_start, nxt.short_end)]
            out = [c for c in out if (c.start, c.end) != (d.short_start, d.short_end)] + read
    return out


@Language.factory(
    "kg_acronyms",
    requires=["doc._.kg_sents", "doc._.kg_candidates"],
    assigns=["doc._.kg_candidates", "doc._.kg_task_acronyms"],
)
def acronyms_component(nlp: Language, name: str):
    """Reads the proposed names and catalogue tasks found so far; appends acronym candidates and
    sets the task acronyms (the resolver drops them from every name role)."""

    # The pipeline's catalogue: a defined acronym the catalogue knows as a method with the same long
    # form is that method, whatever the long form's head says (:func:`catalogued_method`).
    catalogue = pipeline_catalogue(nlp)

    def component(doc: Doc) -> Doc:
        st = state(doc)
        found = st.candidates
        own = {norm(st.text[c.start : c.end]) for c in found if c.role is Role.PROPOSED}
        task_spans = {(c.start, c.end) for c in found if c.role is Role.TASK}
        st.task_acronyms, new = acronym_candidates(st.text, st.sents, own, task_spans, catalogue)  # type: ignore[arg-type]
        found.extend(new)
        return doc

    return component


def catalogued_method(text: str, d: Definition, catalogue: Catalogue | None) -> bool:
    """Does the catalogue know this definition as one method, by its acronym and the same long form
    ("Structure-from-Motion (SfM)", "Retrieval Augmented Generation (RAG)") or by its long form
    ("Semi-Global Matching (SGM)")? Such an established technique is a name the guidelines count as a
    method ("NeRF", "SDS"), though its long form ends in a task noun or is catalogued as a task too.
    An acronym the catalogue knows in another sense ("automated essay scoring (AES)": AES the cipher)
    is not one."""
    if catalogue is None:
        return False
    long = norm(text[d.long_start : d.long_end])
    entry = catalogue.lookup(text[d.short_start : d.short_end])
    if entry is not None and entry.type == "method" and not entry.ambiguous:
        return any(norm(f) == long for f in (*entry.surface_forms, entry.full_name or ""))
    entry = catalogue.lookup(text[d.long_start : d.long_end])
    return entry is not None and entry.type == "method" and not entry.ambiguous


def acronym_candidates(
    text: str, sents: list[tuple[int, int]], own: set[str], task_spans: set[tuple[int, int]],
    catalogue: Catalogue | None = None,
) -> tuple[frozenset[str], list[Candidate]]:
    """The task acronyms of ``text`` and the candidates for its other definitions."""
    defs = find_definitions(text)
    tasks: AbstractSet[str] = task_acronyms(text, defs, task_spans, sents, own)
    catalogued = [d for d in defs if catalogued_method(text, d, catalogue)]  # (looked up once a definition)
    if tasks and catalogued:
        tasks = tasks - {norm(text[d.short_start : d.short_end]) for d in catalogued}
    # "document-level ECI (DECI)": a long form built on a task acronym names a task too.
    # ("a Knowledge Graph-enhanced NLI (KGNLI) model" names a model, "we propose variational CTC
    # (Var-CTC)" the paper's method).
    tasks |= {norm(text[d.short_start : d.short_end]) for d in defs
              if tasks and any(w in tasks for w in acronym_words(text, d.long_start, d.long_end))
              and not _KIND_RIGHT_AFTER_ANY.match(text, d.short_end) and not system_inside(text, d)
              # "we propose variational CTC (Var-CTC)": what a proposal verb presents is a method
              and not presented_task_shaped(text, d, sentence_at(sents, d.long_start))}
    tasks = frozenset(tasks)
    known = {(d.long_start, d.long_end) for d in catalogued}
    defs = [d for d in defs if ((d.long_start, d.long_end) not in task_spans or (d.long_start, d.long_end) in known) and norm(text[d.short_start : d.short_end]) not in tasks]
    return tasks, classify_all(text, defs, sents, own)  # type: ignore[return-value]
