"""Whether a defined acronym is the paper's own, read from its sentence (for :mod:`kg.extract.acronyms`).

- presented: a first-person presenting verb ("we devise a ... (ACR)", "... by introducing ...",
  "we rethink X and propose ..."; the own system as its subject too: "this approach designs a ...
  (GSM) module"), "novel"/"proposed"/"our" just before it, the paper's own system as the sentence's
  subject, the paper's own thing in apposition ("Our proposal, ... (ACR)"), an item listed after a
  counted new plural ("two novel losses, the ... (SIS) loss and ..."), or a passive after it
  ("(RMIN) framework is developed"); used as a known thing instead after "using the", "by
  introducing the" (:func:`presented_or_used`, :func:`presents_here`, :func:`passive_presents`,
  and the confidence of the claim, :func:`presented_confidence`);
- a part of the paper's own system: named after a verb of composition, in a list of components,
  taken up after a sentence that counts new parts ("... with two novel modules. The first is a
  ... (DAPM)"), or a module, block or layer the own system uses; a module, block, branch or
  component in lower case too ("with wavelet-dense residual blocks (WDRB)"); not a plural class
  ("(GPs)"), a model family or in a sentence citing others (:func:`own_part`);
- named as the paper's own whatever its long form says ("that we term ... (GEODE)", "the proposed
  QRA method"): :func:`named_as_own`.
- named by the title: the title leads with the long form ("Generalized Ideal Parent (GIP): ...",
  "Learning Series-Parallel Lookup Tables for ..." with "we propose a framework of series-parallel
  lookup tables (SPLUT)"), the fallback where the sentence rules give no role: :func:`title_named`.

The role decision that reads these is :func:`kg.extract.acronyms.classify`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

import re
from functools import lru_cache

from .folded import Folded
from .long_form_words import family_long_form
from .long_forms import Definition
from .proposed_names import OUR_SUBJECT, PRESENTED_VERBS
from .shapes import SYSTEM_NOUN_FORMS, norm
from .words import alternation, word_set

__all__ = ["BASED_AFTER", "DEFINITE", "METHODISH", "PRESENT_ADJ", "PRESENT_GERUND", "PRESENT_VERB", "PRESENT_VERB_ANY", "coined", "last_word", "named_as_own", "own_module", "own_part", "referred_as_own",
           "passive_presents", "PREPOSITIONS", "present_and", "present_same_as", "presented_confidence", "presented_or_used", "presents_here", "system_inside",
           "title_case_hyphened", "title_named", "used_before"]

# Precompiled: a module-level ``re.findall(pattern, ...)`` pays a cache lookup per call.
_LETTERS: Final = re.compile(r"[A-Za-z]+")
_HYPHENED: Final = re.compile(r"[A-Za-z][A-Za-z\-]*")
# "we devise a ... (ACR)", "we emphasize ... (ACR)": the sentence presents the technique.
# A character of the stretch between a presenting word and a definition, when no relative
# pronoun or preposition intervenes ("we present X that treats Bayesian optimization (BO)").
_COMPARES: Final = re.compile(r"\b(?:" + alternation("acronyms", "comparing_words") + r")\b")
# (A link word inside a hyphened word links nothing: "an end-to-end trainable framework".)
_NO_LINK: Final = r"(?:(?!(?<![\w\-])(?:" + alternation("acronyms", "no_link_words") + r")(?![\w\-]))[^.;:])"
# "Specifically, this approach designs a ... (GSM) module": the paper's own system as subject
# presents as "we" does.
_OWN_SUBJECT: Final = (r"(?:" + OUR_SUBJECT + r"|\b(?:[Tt]his|[Oo]ur|[Tt]he\s+proposed)\s+(?:[\w\-]+\s+)?"
                r"(?:approach|method|framework|model|system|network|architecture|algorithm|pipeline))")
_VERB_HEAD: Final = (_OWN_SUBJECT + r"\s+(?:have\s+|has\s+)?(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?(?:"
              + alternation("acronyms", "presenting_verbs") + r")(?:s|d|ed)?\b")  # "we designed a ... (MEB)" too


class _PresentVerb:
    """"we devise a ... (ACR)", and across "KIND:" ("we introduce two frameworks: ... (RWDTP)", with no
    "(X), using the ... (CLDE)" after the colon: what a named item uses); the colon form is tried
    only on a stretch with a colon (one regex with both forms cost every definition more)."""

    plain = re.compile(_VERB_HEAD + _NO_LINK + r"*$")
    colon = re.compile(_VERB_HEAD + r"(?:\s+[\w\-']+){0,6}?\s+(?:" + alternation("acronyms", "colon_kinds") + r")\s*:"
                       + r"(?:(?!\)\s*,?\s*\w+ing\b)" + _NO_LINK + r")*$")

    def search(self, before: str) -> bool:
        return bool(self.plain.search(before) or (":" in before and self.colon.search(before)))


PRESENT_VERB: Final = _PresentVerb()
# No relative clause or preposition between the verb and the definition: in "we present X that
# treats Bayesian optimization (BO)", BO is what X works on, not what is presented.
PRESENT_GERUND: Final = re.compile(
    r"\bby (?:introducing|proposing|designing|devising|developing|adding)\b" + _NO_LINK + r"*$"
)
# "we rethink residual predictions and propose Learnable Residual Attention (LRA)": the first
# person's second verb presents.
# (A colon inside the first verb's object does not end the clause: "we split the task into two subtasks:
# ... and ... reasoning, and propose a Deeply Supervised Encoder Distillation (DSED) network".)
_PRESENT_AND: Final = re.compile(
    OUR_SUBJECT + r"\b[^.;]*\band\s+(?:" + alternation("acronyms", "presenting_verbs")
    + r")s?\b" + _NO_LINK + r"*$"
)
DEFINITE: Final = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# a first-person presenting verb anywhere in a sentence
PRESENT_VERB_ANY: Final = re.compile(_VERB_HEAD)
_PROPOSE_THE: Final = re.compile(
    r"(?:" + OUR_SUBJECT + r"\s+(?:have\s+|has\s+)?(?:\w+ly\s+)?(?:propose|present|introduce|design|devise|develop)(?:s|d|ed)?"
    r"|\bby (?:introducing|proposing|designing|devising|developing))\s+the\s+\Z"
)
# "we propose a novel adversarial attack - the Perturbation-Constrained Flow Attack (PCFA)": the
# definite article of an apposition to a new thing names that thing, not a known one.
_APPOSED_THE: Final = re.compile(
    r"\b(?:novel|new|(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+)?(?:" + alternation("acronyms", "presenting_verbs")
    + r")s?\s+(?:a|an))\b[^.;()]{0,60}?(?:\s[\-\u2013\u2014]{1,2}|[,\u2013\u2014])\s*the\s+\Z"
)
# "we propose an end-to-end deep clustering algorithm, i.e., Locally Normalized ... (LNSCC)": the
# presented thing named after "i.e."/"namely" (the verb rule stops at the dots and the hyphen's "to").
_PRESENT_SAME_AS: Final = re.compile(
    _VERB_HEAD + r"\s+(?:a|an|the)\s+[^.;:()]{0,80}?\b(?:" + "|".join(sorted(word_set("acronyms", "methodish")))
    # (or its of-phrase: "we present a new framework of second order online collaborative filtering, i.e., ...")
    + r")s?(?:\s+of\s+[^.;:(),]{1,60})?\s*,?\s*(?:i\.e\.|namely)\s*,?\s*\Z"
)
PRESENT_ADJ: Final = re.compile(
    r"\b(?:novel|new|(?<!recently )(?<!previously )(?<!originally )(?<!already )proposed|our|innovative)\b(?:\s+(?!(?:to|for|of|on|in|with|from|by|via|that|which|such|as"
    r"|between|among|into|than)\b)\S+){0,4}\s*$",
    re.IGNORECASE,
)
# (searched through its case-sensitive twin: :class:`~.folded.Folded`, 4.9 -> 1.1 us a call)
_PRECEDED_BY_USE: Final = Folded(re.compile(
    r"(?:\b(?:"
    + alternation("acronyms", "used_before")
    + r")\s+)(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
))
METHODISH: Final = word_set("acronyms", "methodish")
# A sentence whose subject is the paper's own system: "Specifically, Teller first ...".
_OPENING: Final = re.compile(r"^\s*(?:[A-Z][^,.;]{0,80},\s*)?(?:the |our )?")
# "Recent dynamic hypergraph neural networks (DHGNNs) are designed to ...": others' work.
_PRIOR_BEFORE: Final = re.compile(r"\b(?:[Rr]ecent|[Ee]xisting|[Pp]revious|[Pp]rior|[Cc]onventional|[Tt]raditional|[Cc]lassical)\b")
_PASSIVE_AFTER: Final = re.compile(rf"\)\s*(?:[a-z]+\s+)?(?:is|are)\s+(?:\w+ly\s+)?{PRESENTED_VERBS}\b")
_CLAUSE_WORDS: Final = frozenset({"that", "which", "to", "for", "with", "in", "on", "as", "and", "by", "where", "consisting",
                           "composed", "comprising", "based"})
# "Our proposal, LONG (ACR)", "our proposed algorithm, LONG (ACR)": the paper's own thing in
# apposition names it as a presenting verb would.
_OWN_APPOSED: Final = re.compile(
    r"\b(?:[Oo]ur|[Tt]he proposed)\s+(?:proposed\s+)?(?:[\w\-]+\s+)?(?:proposal|method|model|approach|algorithm"
    r"|framework|system|network|scheme|technique|architecture)\s*,\s*\Z"
)


def present_and(before: str) -> bool:
    """"we formulate X ... and propose an end-to-end framework ... (ACR)": the first person's second verb presents."""
    return _PRESENT_AND.search(before[-160:]) is not None


def present_same_as(before: str) -> bool:
    """Does ``before`` end in "we propose a KIND, i.e.," (see ``_PRESENT_SAME_AS``)?"""
    return ("i.e." in before[-12:] or "namely" in before[-12:]) and _PRESENT_SAME_AS.search(before[-160:]) is not None


def last_word(phrase: str) -> str:
    """The last word of a phrase, lower-cased ("" when it has none)."""
    words = _LETTERS.findall(phrase)
    return words[-1].lower() if words else ""


def used_before(before: str) -> bool:
    """A use verb right before the definition ("using the", "adopt a"): the thing is a known one."""
    return _PRECEDED_BY_USE.search(before[-40:]) is not None


def presents_here(before: str, passive: bool) -> bool:
    """A presenting verb, the paper's own apposition ("Our proposal, exemplar based censored
    mixture model (EBCM), ...") or a passive after the definition presents it."""
    return bool(passive or PRESENT_VERB.search(before[-100:]) or _OWN_APPOSED.search(before[-60:]))


def passive_presents(text: str, d: Definition, before: str, long: str) -> bool:
    """"a Recurrent Meta Induction Network (RMIN) framework is developed": a passive after the
    definition presents it, unless the sentence calls it prior work ("Recent ... (DHGNNs) are
    designed") or it qualifies an approach ("A Reinforcement Learning-based (RL) approach")."""
    return (_PASSIVE_AFTER.match(text, d.short_end) is not None and not _PRIOR_BEFORE.search(before)
            and not long.endswith("based"))


def presented_confidence(short: str, next_word: str, before: str, passive: bool) -> float:
    """How strong a presented definition's own claim is. A coined short form the verb itself
    presents ("We propose an image cascade network (ICNet)") is as strong as "we propose X" and
    outweighs the catalogue -- not where it qualifies the noun presented ("(IoU) estimation
    modules"). A passive after it is weaker than the first person: a catalogue name stays the
    catalogue's ("a Model Predictive Controller (MPC) is designed")."""
    if coined(short) and (not next_word or next_word in _CLAUSE_WORDS) and PRESENT_VERB.search(before[-100:]):
        return 0.8
    return 0.7 if passive else 0.75


# "... corresponding to two novel unsupervised losses, the single-image saliency (SIS) loss and the
# co-occurrence (COOC) loss": the items listed after a counted new plural are the new things.
_NEW_COUNTED: Final = re.compile(
    r"\b(?:two|three|four|five|several)\s+(?:novel|new)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+s\s*[,:]\s*"
    r"(?:(?:\(?[a-z1-9]\)|[1-9]\.)\s*)?(?:(?:a|an|the)\s+)?" + _NO_LINK + r"*$"
)


def presented_or_used(before: str, own_names: set[str]) -> tuple[bool, bool]:
    """Does the sentence before a definition present it (first person, "novel", the paper's own
    system as subject, an item listed after "two novel KINDs,"), and does it use it as a known
    thing ("using the", "by introducing the")?"""
    if "novel" in before or "new" in before:
        if _NEW_COUNTED.search(before[-200:]) is not None and not _PRIOR_BEFORE.search(before):
            return True, False
    own_before = False
    if own_names and (opening := _OPENING.match(before)):
        # the sentence's first word after its opening (a bounded slice: norm costs per character)
        subject = norm(before[opening.end() : opening.end() + 100]).split(" ")[0]
        own_before = any(subject == n or subject.startswith(n + "-") for n in own_names if n) and not _COMPARES.search(before)
    presenting = (
        bool(PRESENT_VERB.search(before[-100:]) or PRESENT_GERUND.search(before[-100:]) or PRESENT_ADJ.search(before[-30:])
             or _PRESENT_AND.search(before[-160:]) or present_same_as(before))
        or own_before
    )
    # Both expressions end at the definition; their longest match is under 40 characters.
    used = bool(_PRECEDED_BY_USE.search(before[-40:]))
    if DEFINITE.search(before[-40:]) and not _PROPOSE_THE.search(before) and not _APPOSED_THE.search(before[-90:]):
        used = True  # "by introducing the minimum spanning tree (MST)": a known thing
    return presenting, used


# "X, which combines a Temporal Alignment Module (TAM) with ...", "Our model consists of ...":
# a verb of composition after the paper's own system.
_COMPOSE: Final = re.compile(
    r"\b(?:combin|consist|compris|contain|includ|integrat|incorporat|featur|equip|compos|coupl|unif|introduc"
    # "has" as a verb of its own, not an auxiliary ("The GCPP method has been implemented, adapting a ...")
    r"|(?:has|have)\b(?!\s+(?:been|not|also|\w+ed)\b)|with\b)\w*[^.;]*\Z"
)
_OUR_SYSTEM: Final = re.compile(
    r"\b(?:[Oo]ur|[Tt]he proposed|(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+)?(?:"
    + alternation("acronyms", "presenting_verbs") + r")(?:s|d|ed)?\s+(?:a|an)(?:\s+[\w\-]+){0,3}?)\s+(?:[\w\-]+\s+){0,2}?(?:"
    # "we propose a coarse-to-fine style-based generator consisting of ...": a system noun heads it
    + "|".join(sorted(METHODISH | word_set("acronyms", "own_system_heads"))) + r")s?\b"
)


_PLURAL_CLASS: Final = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z]s")
_CITED_BEFORE: Final = re.compile(r"\bet al\b|\[\d|\(\s*[A-Z][\w\-]+(?:\s+(?:and|&)\s+[A-Z][\w\-]+)?,?\s+(?:19|20)\d\d\s*\)")
# "The first is a ...", "The second one, a ...": an opening that takes up one of the parts counted in
# the sentence before ("... with two novel modules.", "Our framework has three components.").
_ORDINAL_OPENING: Final = re.compile(r"\s*(?:[Tt]he\s+)?(?:first|second|third|fourth|former|latter|last|other)(?:\s+one)?\s*(?:is|,)\s+")
_COUNTED_BEFORE: Final = re.compile(
    r"\b(?:two|three|four|five|several)\s+(?:(?:novel|new|key|main|core|major|complementary|dedicated|specially\s+designed|"
    r"proposed|effective|lightweight|learnable|plug-and-play)\s+)+(?:[\w\-]+\s+)?(?:components|modules|parts|blocks|branches|"
    r"mechanisms|strategies|losses|networks|sub-?networks|stages|units|designs|techniques)\b[^.;]*[.:]\s"
)


def _counted_before(text: str, s0: int) -> bool:
    """Does one of the two sentences before ``s0`` end by counting new parts ("... with two novel
    modules.")? (The second sentence may be the one that took up the first part: "The first is ...")"""
    window = text[max(0, s0 - 400) : s0]
    found = None
    for found in _COUNTED_BEFORE.finditer(window):
        pass
    return found is not None and window.count(". ", found.end() - 2) <= 2


# "incorporates the Large Multimodal Model (LMM)", "powered by ...", "based on ...": a known one.
_PART_USED: Final = re.compile(
    r"\b(?:by|on|from|via|using|like|to|for|in)\s+(?:\w+ing\s+)?(?:(?:a|an|the)\s+)?\Z|\b(?:compare|contrast|against)"
    # "combines the performance of X (ACR)": X is what is combined, not a part ("consists of X" is)
    r"|(?<!consists )(?<!consist )(?<!consisting )(?<!composed )(?<!comprised )(?<!series )(?<!stack )(?<!cascade )\bof\s+(?:the\s+)?\Z"
    # "adapt the recently introduced Convolutional Kernel Network (CKN)": someone else's
    r"|\b(?:recently|previously|originally|already)\s+(?:introduced|proposed|developed|presented)\s+\Z", re.IGNORECASE
)
# "... combining MPC with LLMs to enhance decision-making and Human Machine Interaction (HMI)": what a
# purpose clause names is the system's goal, not one of its parts.
_GOAL_BEFORE: Final = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:enhance|improve|boost|support|enable|facilitate|achieve|increase|strengthen|ensure)\b[^.;()]*\Z")
_PART_HEADS: Final = frozenset({"module", "block", "layer", "unit", "head", "branch", "component", "bank", "cell", "gate"})
# (not "unit", "layer", "cell", "gate": "gated recurrent units (GRUs)", "a fully connected layer (FC)")
_NAMED_PART_HEADS: Final = frozenset({"module", "block", "branch", "component", "modules", "blocks", "branches", "components"})
_USES: Final = re.compile(r"\b(?:uses|employs|adopts|utili[sz]es|leverages)\b[^.;]*\Z")
_COMPARED: Final = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|compared|comparison|than|versus|vs)\b")
_COMPONENTS_LISTED: Final = re.compile(
    r"\b(?:components?|modules?|parts?|stages?|branches?|sub-?networks?|designs?)\s*:[^.;]*\Z|\b(?:consist(?:s|ing)? of|compris\w+|composed of)\b[^.;]*\Z"
)
# "is designed with two sub-methods, the Global ... (GCPP) and ...": a counted plural kind of part,
# then its items; it lists parts only after a verb of composition (own_part's check: not "follows two
# earlier methods, A (X) and B (Y)")
_COUNTED_PARTS: Final = re.compile(
    r"\b(?:two|three|four|five|six|several|multiple)\s+(?:[\w\-]+\s+){0,2}?(?:sub-?)?(?:components|modules|parts|stages|branches"
    r"|networks|methods|steps|phases|blocks|units|layers|mechanisms|strategies|losses|agents|algorithms|procedures|models)\s*[:,(][^.;]*\Z"
)


def own_part(text: str, d: Definition, sentence: tuple[int, int], own_names: AbstractSet[str]) -> bool:
    """A part the paper names in a sentence about its own system: the long form is capitalised
    (but for a kind noun at its end: "Cross-view Fusion block"), and before it the sentence names
    the paper's system (an own name, "our model") and then a verb of composition, with no
    comparison in between. Weak (0.7): a part the catalogue knows stays a method."""
    long = text[d.long_start : d.long_end]
    words = _HYPHENED.findall(long)
    kind_last = bool(words) and words[-1].lower() in METHODISH
    if kind_last:
        words = words[:-1]
    before = text[sentence[0] : d.long_start]
    plainly_listed: object = _COMPONENTS_LISTED.search(before)  # "three components: a semantic encoder (SE), ..."
    listed = plainly_listed or _COUNTED_PARTS.search(before)
    # "a ... network with wavelet-dense residual blocks (WDRB)": a part noun heading the long form
    # names a part whatever its case
    part_head = last_word(long) in _NAMED_PART_HEADS  # (plurals listed: "branches" less its "s" is no "branch")
    if len(words) < 2 or not (listed or part_head or all(w[0].isupper() for w in words)) or (words[-1].lower() == "learning" and not kind_last):
        return False  # "combines ... Reinforcement Learning (RL)": a paradigm, not a part
    short = text[d.short_start : d.short_end]
    if ((_PLURAL_CLASS.fullmatch(short) and not part_head) or family_long_form(long, last_word(long))
            or _CITED_BEFORE.search(before)):
        # "with sparse Gaussian Processes (GPs)", "on Inertial Measurement Units (IMUs)", "integrating deep
        # Neural Networks (NN)": a class of models or devices (not "several Invertible Scale Blocks
        # (ISBs)"); "we adapt TP-Transformer (Schlag et al., 2019), ... with ... (TPR)": someone's system
        return False
    subject = _OUR_SYSTEM.search(before)
    at = subject.end() if subject else -1
    if at < 0 and (ordinal := _ORDINAL_OPENING.match(before)) and _counted_before(text, sentence[0]):
        # "... this paper proposes the CFPNet ... with two novel modules. The first is a
        # direct-attention-based propagation module (DAPM)": the parts the sentence before counted
        at, plainly_listed = ordinal.end(), True
    if at < 0 and (anaphor := _ANAPHOR.match(before)) and _presents_before(text, sentence[0]):
        at = anaphor.end()  # "We propose X ... . This is then integrated into Global Fusion Embedding (GF)"
    starts = [at] if at >= 0 else []
    # "Each RDM consists of ... (IRBs)" after "... Modules (RDMs)": the singular names it too
    low_before = before.lower()
    for n in own_names | {n[:-1] for n in own_names if len(n) > 3 and n.endswith("s")}:
        if n:
            i = low_before.rfind(n)
            if i >= 0 and (i == 0 or not before[i - 1].isalnum()):
                starts.append(i + len(n))
                at = max(at, i + len(n))
    # "X-Former uses a Memory Compression Module (MCM)": a named module, block or layer the paper's
    # own system uses is one of its parts; a network or model it uses is someone else's.
    part_used = last_word(long) in _PART_HEADS and _USES.search(before, max(at, 0))
    compared = _COMPARES.search(before) and not (part_used and not _COMPARED.search(before))
    # "which consists of the Domain Adversarial Learning Branch (DALB) and the ...": the article of a
    # listed part is no sign of a known thing.
    # A verb of composition after any mention of the own system: "Our method introduces two modules:
    # a ... (SSI) module and a ... (SDI) module" (SSI, presented just before, is no new subject).
    # (Searched once, from the first start: a match after any start is one after the first.)
    composed = bool(starts) and _COMPOSE.search(before, min(starts)) is not None
    return (at >= 0 and bool(composed or part_used or plainly_listed) and not compared
            and not (DEFINITE.search(before) and not listed) and not _PART_USED.search(before)
            and not _GOAL_BEFORE.search(before, max(at, 0)))


# "the Information Distillation Module (IDM) refines ...": a capitalised module or block the
# abstract names with "the" and spells out is a part of the paper's own system (a unit or layer is
# as often a known one: "the Rectified Linear Unit (ReLU)", "the Inertial Measurement Unit (IMU)").
_MODULE_HEADS: Final = frozenset({"module", "block"})
_EARLIER_WORK: Final = re.compile(r"\b(?:recently|previously|originally|earlier|existing|popular|widely|standard)\b", re.IGNORECASE)
_THE_JUST_BEFORE: Final = re.compile(r"\b[Tt]he\s+(?:proposed\s+|novel\s+|new\s+|lightweight\s+)?\Z")


def own_module(text: str, d: Definition, before: str, own_names: set[str]) -> bool:
    """A Title Case long form of three words or more ending in "Module" or "Block", right after
    "the", in a paper that names its own system, not used, compared or said to be earlier work.
    Weak (0.7): a module the catalogue knows ("the Convolutional Block Attention Module") stays a method."""
    long = text[d.long_start : d.long_end]
    words = _HYPHENED.findall(long)
    if len(words) < 3 or words[-1].lower() not in _MODULE_HEADS or not all(w[0].isupper() for w in words):
        return False
    return (bool(own_names) and _THE_JUST_BEFORE.search(before) is not None and not _PART_USED.search(before)
            and not _COMPARES.search(before) and not _PRIOR_BEFORE.search(before)
            and not _EARLIER_WORK.search(before))


# "a procedure ... that we refer to as stochastically controlled stochastic gradient (SCSG)", "We
# refer to this modeling approach as the Granger Constraints DBN (GCDBN)": the paper names its own
# thing. Not "we refer to it / these / the above maps / this problem as" (tasks, concepts, outputs).
_REFERRED_AS: Final = re.compile(
    r"\b[Ww]e\s+(?:will\s+|shall\s+)?refer\s+to\s+(?:(?:this|our|the\s+(?:new|proposed|resulting))"
    r"(?:\s+(?!(?:problem|task|setting|scenario|challenge|phenomenon|issue|effect|dataset|benchmark|corpus)s?\b)[\w\-]+){1,4}?\s+)?"
    r"as\s+(?:(?:a|an|the)\s+)?(?:\\\w+\{|[\"\'\u2018\u201c])?\Z"
)


def referred_as_own(before: str) -> bool:
    """Does a first-person "we refer to (this approach) as" name the long form right after it?"""
    tail = before[-120:]
    # (the literal test first: the pattern, tried at every "we" of every definition's sentence, cost ~5 us a call)
    return "refer" in tail and _REFERRED_AS.search(tail) is not None


# A sentence opening with a word that points back ("This is then integrated into ...", "It
# combines ...") speaks of what the sentence before it presented.
_ANAPHOR: Final = re.compile(r"\s*(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,2},\s+)?(?:This|It|They|These)\b(?!\s+(?:paper|work|study|problem|task|issue|challenge)s?\b)")


def _presents_before(text: str, s0: int) -> bool:
    """Does the sentence ending at ``s0`` present the paper's own thing (first-person presenting verb)?"""
    prev = text.rfind(". ", 0, max(0, s0 - 2))
    return PRESENT_VERB_ANY.search(text, prev + 1, s0) is not None


def coined(short: str) -> bool:
    """A short form shaped like a coined name, not a family's initials: hyphenated or mixing
    case ("LP-KPN", "SFNet"), unlike "CNN", "LLMs"."""
    return "-" in short or any(c.islower() for c in short.rstrip("s"))


def system_inside(text: str, d: Definition) -> bool:
    """"a Span-based Unified NER framework via contrastive learning (SUNER)": a system noun among the
    long form's words makes it a method's name, whatever task acronym it holds (a hyphened part,
    "Model-Heterogeneous Personalized FL", is no such noun)."""
    return any(w.lower() in SYSTEM_NOUN_FORMS for w in text[d.long_start : d.long_end].split())


def title_case_hyphened(phrase: str) -> bool:
    """Every word capitalised, a hyphenated one by its first part as titles write it ("Multi-level
    Refinement Registration Network"): enough to make a network long form a name, not more."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


# "a ... Learning approach (R-CMK) against false pairs": a preposition after the bracket opens a phrase
# of the named thing, not an attribute the acronym qualifies.
PREPOSITIONS: Final = frozenset({"against", "via", "through", "under", "over", "across", "without", "within", "towards", "toward",
                "into", "at", "from", "by"})


# "that we term ", "which we call ", "a new approach, called ": the paper names the phrase after it.
# (A participle alone names someone's thing as well: "a simulation method called meshless shape
# matching (MSM)", "also called re-identification (ReID)"; "a new approach, called" or "our first
# objective, termed" name the paper's own.)
# (The novelty word must head the named noun phrase: not "novel agents, and is called zero-shot
# coordination (ZSC)".)
_NAMED_JUST_BEFORE: Final = re.compile(
    r"(?:\b[Ww]e\s+(?:term(?:ed)?|call(?:ed)?|name[ds]?|dub(?:bed)?|coin(?:ed)?)"
    r"|\b(?:novel|new|[Oo]ur|proposed)\s+(?:(?!(?:and|or|is|are|was|were|which|that)\b)[\w\-]+\s+){0,4}?"
    r"(?!(?:and|or|is|are|was|were|which|that)\b)[\w\-]+,?\s+(?:called|named|termed|dubbed|coined))\s+(?:(?:it|this)\s+)?(?:the\s+)?\Z"
)
# "For this optimization problem which we call optimal perimeter guarding (OPG)": a problem named.
_PROBLEM_NAMED: Final = re.compile(r"\b(?:problem|task|setting|challenge|question)s?\b[^.;:()]{0,40}\Z")
# "the problem of assist-as-needed (AAN) control": a task, whatever "the proposed AAN scheme" says later.
_PROBLEM_OF: Final = re.compile(r"\b(?:problem|task|challenge)s?\s+of\s+(?:the\s+)?\Z")
# "(ReCal) technique", "(NCM) model": the kind of thing named, right after the bracket.
_KIND_RIGHT_AFTER_OWN: Final = re.compile(r"\)\s*(?:method|model|framework|technique|algorithm|approach|scheme|system|network|architecture)s?\b")


# Before and after an acronym the abstract calls its own (one pattern each, read at every place the
# acronym stands, instead of a pattern compiled for each acronym).
_PROPOSED_JUST_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+(?:newly\s+)?proposed\s+\Z")
_OUR_JUST_BEFORE: Final = re.compile(r"\b[Oo]ur\s+\Z")
_OWN_KIND_AFTER: Final = re.compile(r"\s+(?:method|model|framework|technique|algorithm|approach)\b")
_NAME_GOES_ON: Final = re.compile(r"[\w\-]")


@lru_cache(maxsize=64)
def _own_use(text: str, short: str) -> bool:
    """Does the abstract call the acronym its own ("the proposed QRA method", "our ReCal technique";
    not "our ASR system": a task the paper's system serves)? Kept per text and acronym: it reads
    every place the acronym stands, and an acronym defined many times would read them again."""
    if len(short) < 2:
        return False
    at = text.find(short)
    while at >= 0:
        end = at + len(short)
        before = text[max(0, at - 80) : at]
        if (_PROPOSED_JUST_BEFORE.search(before) and not _NAME_GOES_ON.match(text, end)) or (
            _OUR_JUST_BEFORE.search(before) and _OWN_KIND_AFTER.match(text, end)
        ):
            return True
        at = text.find(short, at + 1)
    return False


def named_as_own(text: str, d: Definition, before: str) -> bool:
    """A definition the paper names ("a method that we term ... (GEODE)"), presents with its kind
    right after the bracket ("we present the ... calibration (ReCal) technique") or calls its own
    anywhere ("the proposed QRA method"); ``before``: its sentence up to the long form."""
    # ("we refer to this approach as": the one "refer to" pattern, :func:`referred_as_own`)
    named = _NAMED_JUST_BEFORE.search(before[-100:]) or referred_as_own(before)
    return bool((named and not _PROBLEM_NAMED.search(before[-60:]))
                or (_KIND_RIGHT_AFTER_OWN.match(text, d.short_end) and PRESENT_VERB.search(before[-100:]))
                or (_own_use(text, text[d.short_start : d.short_end]) and not _PROBLEM_OF.search(before[-30:])))


# The title names the paper's own contribution: a long form the title leads with, as a whole phrase
# (at its start or after a colon, an article or "Learning" before it; then the title's end, a colon, a
# bracket or a function word), is the paper's own name, whatever the abstract's sentence says
# ("Generalized Ideal Parent (GIP): ...", "Discriminative Optimization: Theory and ..."). Not inside a
# longer phrase ("Hyperbolic Variational Graph Auto-Encoder" does not name "Variational Graph
# Auto-Encoder (VGAE)" as the paper's), nor after "using"/"via"/"with" (what the paper uses: "...
# Control using Model Predictive Control", 25 of 40 such titles on fresh corpus text).
_TITLE_OPEN: Final = re.compile(r"(?:^|:\s+)(?:(?:a|an|the|learning)\s+)?\Z")
_TITLE_CLOSE: Final = re.compile(r"(?:s|es)?(?:\s+(?:model|network|framework|method|approach|algorithm|system)s?)?(?:\s*$|\s*[:(,]|\s+(?:for|to|and|with|in|on|via|using|from|under|of|by)\b)")
# The acronym used as a kind of thing others have ("Existing MFBO methods", "naive MFBO methods"), or a
# sentence that calls it prior work: the field the title names, not the paper's contribution.
_GENERIC_USE: Final = re.compile(
    r"\b(?:[Ee]xisting|[Pp]revious|[Pp]rior|[Rr]ecent|[Tt]raditional|[Cc]onventional|[Cc]lassical|[Ss]tandard|[Pp]opular"
    r"|[Nn]aive|[Vv]anilla|[Oo]riginal|[Mm]ost|[Mm]any|[Oo]ther)\s+(?:[\w\-]+\s+){0,2}?\(?(?P<a>[\w\-+]+)\b"
    r"|(?P<b>[\w\-+]+)\)?\s+(?:methods|models|algorithms|approaches|techniques|frameworks|variants|literature|community|research)\b"
)


def title_named(text: str, d: Definition, tend: int, s0: int) -> bool:
    """Does the title (``text[:tend]``) lead with the definition's long form (see ``_TITLE_OPEN``),
    the acronym of three letters or more ("RL", "LP", "OF" are a field's), never used as others'
    kind of thing, its sentence (from ``s0``) not calling it a task, earlier work or what the paper
    uses ("a new ... task, termed as ...", "standard model predictive control (MPC)", "known as")?"""
    long, short = text[d.long_start : d.long_end], text[d.short_start : d.short_end]
    if (tend <= 0 or len(long.split()) < 2 or sum(c.isalpha() for c in short) < 3 or BASED_AFTER.match(text, d.short_end)
            or _PLURAL_SHORT.search(short)):  # "(PSRs)", "(GPs)": a class of things the paper works with
        return False
    title, key = norm(text[:tend]), norm(long)
    at = title.find(key)
    if at < 0 or not _TITLE_OPEN.search(title, 0, at) or not _TITLE_CLOSE.match(title, at + len(key)):
        return False
    before = text[max(s0, d.long_start - 80) : d.long_start]
    if d.short_start > tend and not (PRESENT_VERB_ANY.search(text, s0, d.long_start) or _NOVEL.search(text, s0, d.long_start)):
        return False  # defined in the abstract: its sentence presents something (a title often leads with the task)
    if (_TASK_NAMED.search(before) or _USED_JUST_BEFORE.search(before) or _NAMED_BY_OTHERS.search(before)
            or _EARLIER_WORK.search(before) or _PRIOR_BEFORE.search(before)):
        return False
    if (_CONCESSIVE.match(text, s0) or DEFINITE.search(before) and _OF_AFTER.match(text, d.short_end)
            or _EXTENDED.search(before) or _ESTABLISHED_AFTER.match(text, d.short_end)
            or _WIDELY_AFTER.match(text, d.short_end) or _TASK_AFTER.match(text, d.short_end)):
        # "While model-mediated teleoperation (MMT) is ...", "the uniform complete observability (UCO) of",
        # "we extend Deep Lagrangian Networks (DeLaN)", "Model Predictive Control (MPC) has proven
        # effective", "(DDA), which is widely used": the title names what the paper studies or builds on
        return False
    colon = text.find(":", 0, tend)
    prefix = norm(text[:colon]) if colon >= 0 else ""
    if prefix and norm(short) in prefix and prefix != norm(short) and at > len(prefix):
        return False  # "MAC++: ... with Maximal Cliques": the title's own name is built on it
    return not any(short in (m.group("a"), m.group("b")) for m in _GENERIC_USE.finditer(text, tend) if short in m.group())


_NOVEL: Final = re.compile(r"\b(?:[Nn]ovel|[Nn]ew|[Pp]roposed)\b")
_PLURAL_SHORT: Final = re.compile(r"[A-Z]s$")
_EXTENDED: Final = re.compile(
    r"\b(?:extends?|extending|extension of|inspired by|advances in|improv(?:e|es|ing)|generali[sz](?:e|es|ing)"
    r"|(?:presented|proposed|introduced|developed|described) in)\s+"
    r"(?:(?:the|a|an|our|this)\s+)?(?:(?!(?:to|into)\b)[\w\-]+\s+){0,3}?\Z", re.IGNORECASE
)
_ESTABLISHED_AFTER: Final = re.compile(
    r"\)\s*(?:(?:has|have)\s+(?:been|proven|shown|attracted|drawn|become|emerged|gained|received|achieved|demonstrated)"
    r"|(?:is|are)\s+(?:an?\s+)?(?:promising|popular|widely|well|commonly|effective|powerful|established|one of|increasingly))\b"
)
_WIDELY_AFTER: Final = re.compile(r"\)\s*,?\s*(?:which|that)\s+(?:is|are|has been|have been)\s+(?:\w+\s+)?(?:widely|commonly|popular|well)\b")
_CONCESSIVE: Final = re.compile(r"\s*(?:While|Although|Though|Whereas|Despite)\b")
_OF_AFTER: Final = re.compile(r"\)\s*(?:of|for)\b")
# "(IRN) based", "(IRN)-based": the acronym qualifies a noun ahead (also read by acronym_methods)
BASED_AFTER: Final = re.compile(r"\)?\s*-?\s*based\b")
# "a new visual restoration task, termed as ... (HVITA)", "the problem of ...": a task named, not a method
# "This scenario is defined as ... (IMVDA)", "we tackle Online Domain Adaptation (OnDA)", "the task of
# detecting ... (HOI)", "Automatic Check-Out (ACO) aims to": a task named, not a method
_TASK_NAMED: Final = re.compile(r"\b(?:task|problem|setting|challenge|scenario)s?\s*,?\s*(?:is\s+)?(?:termed|called|named|dubbed|known|referred|defined)\b[^.;:()]{0,20}\Z"
                         r"|\b(?:task|problem)s?\s+(?:is\s+(?:that\s+)?)?of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?\Z"
                         r"|\b(?:tackles?|tackling|address(?:es)?\s+the\s+(?:task|problem)\s+of)\s+(?:the\s+)?\Z")
_TASK_AFTER: Final = re.compile(r"\)\s*(?:aims?|refers?|is\s+defined|is\s+(?:an?|the)\s+(?:\w+\s+)?(?:task|problem))\b")
_USED_JUST_BEFORE: Final = re.compile(
    r"\b(?:using|uses|use|used|based on|via|adopts?|adopting|employs?|employing|leverag\w+|utili[sz]\w+|built on|builds on"
    r"|application of|applying|apply)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+)?\Z"
)
_NAMED_BY_OTHERS: Final = re.compile(r"\b(?:known as|(?<!we )called|(?<!we )referred to as)\s+(?:the\s+)?\Z")
