"""Own names the paper lists or names as parts of its method, beside the rules of
:mod:`kg.extract.proposed`:

- :func:`plural_apposition`: the names listed after a plural kind noun the paper presents ("we
  introduce two novel ensemble selection methods, QO-ES and QDO-ES, and ...");
- :func:`titled_parts`: a title-case phrase the paper introduces with an indefinite article in a
  sentence about its own work ("a framework consisting of a Paper Agent that ... and a Code Agent
  that ...", "a Recursive Selection Refinement module is presented", "to build an Equivariant
  Autoencoder with ...", "a novel Conditioning Augmentation technique that"), or that the paper's
  own system employs ("Our method employs a Focused-view Fusion Network with ..."). Context only: a
  name the catalogue knows stays someone else's.
"""

from __future__ import annotations

import re
from typing import Final

from collections.abc import Callable

from ..model import Role
from .doc import Candidate
from .proposed_names import _CAP, _LOW_HYPHEN_NAME, _PRIOR, _PROPOSAL_VERB, PRESENTED_VERBS, USE_VERB, USE_VERBS, WE_OR_OUR
from .sentences import sentence_at
from .shapes import DATASET_NOUNS, LM_FAMILY_ACRONYMS, NETWORK_ACRONYMS, STOP_NAMES, SYSTEM_NOUNS, TASK_HEADS, is_name_like

__all__ = ["SYSTEM_NOUN_RE", "own_composed", "plural_apposition", "titled_ok", "titled_parts", "verb_titled_ok"]

# "two novel ensemble selection methods, QO-ES and QDO-ES, and ...": a plural kind noun, then the
# list of the names it presents (each one name-shaped word; "and" before the last), also in brackets
# ("two partial label learning algorithms (PL-A and PL-B)").
_NAME_ITEM: Final = rf"(?:{_CAP}|{_LOW_HYPHEN_NAME})"
_APPOS_PLURAL: Final = re.compile(
    rf"e?s\s*[,:(]\s*(?P<list>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|&)\s+{_NAME_ITEM})"
    r"(?=\s*[,.;:)]|\s+(?:for|to|that|which|with|in|on)\b)"
)
_LIST_ITEM: Final = re.compile(_NAME_ITEM)
# "novel"/"new" in the noun phrase itself ("two new LAEO datasets"), not anywhere before it.
_NEW_LIST: Final = re.compile(r"\b(?:novel|new)\s+(?:[\w\-]+\s+){0,3}\Z", re.IGNORECASE)
# "adaptation via two techniques: Distillation and Retrospection": a means the sentence names.
_MEANS_BEFORE: Final = re.compile(r"\b(?:via|with|using|by|through|from)\s+(?:[\w\-]+\s+){0,4}\Z")


# "a pair of highly scalable components for 3D neural fields: Lightplane Renderer and Splatter", "two
# approaches to extracting invariant features from these embeddings—Gram Pooling and Equivariant
# Attention": a plural kind noun, a few words of what they are for, then after a colon or a dash a
# list of title-case names (every word capitalised, "and" before the last).
_TITLED_ITEM: Final = r"[A-Z][\w\-+]*(?:\s+[A-Z][\w\-+]*){0,3}"
_COLON_LIST: Final = re.compile(
    r"(?:e?s)\b[^.;:()\u2014\u2013]{0,80}?(?:\s*:\s*|\s*[\u2014\u2013]\s*|\s+--?\s+)"
    rf"(?P<list>{_TITLED_ITEM}(?:\s*,\s*{_TITLED_ITEM})*\s*,?\s+(?:and|&)\s+{_TITLED_ITEM})"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:for|to|that|which|with|in|on)\b)"
)
_TITLED_ITEM_RE: Final = re.compile(_TITLED_ITEM)
_MARK: Final = re.compile(r"[:.;()\u2014\u2013]| -")


# "SymAgent consists of two modules: Agent-Planner and Agent-Executor", "Our framework comprises three
# components, A, B and C": the paper's own system (an own name, "our"/"the proposed"/"this" and a
# system noun) opens the clause, a verb of composition, then a counted kind noun.
_COMPOSED_OF: Final = (r"(?:consists?\s+of|consisting\s+of|is\s+composed\s+of|composed\s+of|is\s+made\s+up\s+of|compris(?:es|e|ing)"
                r"|contains?|includes?|(?:is|are)\s+(?:designed|built|equipped)\s+with|integrates?|incorporates?|features?|has|have)")
_OWN_COMPOSED: Final = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|where|which|that)\s+)(?P<subj>(?:[Oo]ur|[Tt]he\s+proposed|[Tt]his)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:framework|model|method|approach|system|network|architecture|pipeline|algorithm|agent|module|design)"
    r"|(?P<name>[\w\-]*[A-Z][\w\-]*))\s+(?:\w+ly\s+)?" + _COMPOSED_OF
    + r"\s+(?:two|three|four|five|six|several|multiple)\s+(?:[\w\-]+\s+){0,2}\Z"
)


_TITLED_COMPOUND: Final = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def own_composed(clause: str, own: Callable[[], frozenset[str]]) -> bool:
    """Does ``clause`` (the sentence up to a plural kind noun) say the paper's own system is
    composed of the things the noun counts? A capitalised subject must be one of ``own()`` (the own
    names in lower case, asked for only then)."""
    m = _OWN_COMPOSED.search(clause)
    return m is not None and (m.group("name") is None or m.group("name").lower() in own())


def plural_apposition(text: str, tend: int, s0: int, at: int, anchor_end: int, emit,
                      own: Callable[[], frozenset[str]] = frozenset) -> None:
    """The names listed after the plural kind noun at ``at`` when the paper presents them: "novel"
    or "new" before the noun, a sentence that proposes, or the own system composed of them
    (:func:`own_composed`); no prior-work word before the noun ("two popular methods, A and B")
    and no use verb in the sentence ("we experiment with three first person video datasets: A, B
    and C", "using attention mechanisms, LIME, and SHAP")."""
    m = _APPOS_PLURAL.match(text, anchor_end)
    listed = _LIST_ITEM
    if m is None:
        # The list expression is tried only when a colon or a dash comes before the clause ends (one
        # scan that stops at the first mark: most plural nouns are followed by neither).
        mark = _MARK.search(text, anchor_end, anchor_end + 90)
        if mark is None or mark.group() in ".;()":
            return
        m = _COLON_LIST.match(text, anchor_end)
        if m is None:
            return
        listed = _TITLED_ITEM_RE
    s0 = max(s0, tend)
    composed = own_composed(text[s0:at], own)
    items = listed.findall(m.group("list"))
    if not any(" " in item or is_name_like(item) or (composed and _TITLED_COMPOUND.fullmatch(item)) for item in items):
        # "three modules: Blur, Difference, and Quantization": plain words, no names ("SymAgent
        # consists of two modules: Agent-Planner and ...": a capitalised compound names a part)
        return
    pre = text[max(s0, at - 80) : at]
    if (_PRIOR.search(pre) or USE_VERB.search(text, s0, at) or _MEANS_BEFORE.search(pre)
            or not (_NEW_LIST.search(pre) or _PROPOSAL_VERB.search(text, s0, at) or composed)):
        return
    role = Role.INTRODUCED_DATASET if text[at:anchor_end].lower() in DATASET_NOUNS else Role.PROPOSED
    for item in listed.finditer(m.group("list")):
        # the listed names are the presented things, plain capitalised words too ("Gram Pooling")
        emit(m.start("list") + item.start(), item.group(), "proposed:apposition", 0.85, True, role,
             plain_words_ok=listed is _TITLED_ITEM_RE)


_PART_NOUN: Final = r"(?:modules?|blocks?|layers?|units?|mechanisms?|components?|branch(?:es)?|heads?|agents?|techniques?|strateg(?:y|ies)|schemes?)\b"
_PRESENTED: Final = rf"(?:is|are)\s+(?:\w+ly\s+)?{PRESENTED_VERBS}\b"
# "a Paper Agent that", "an Equivariant Autoencoder with", "a Recursive Selection Refinement module
# is presented": capitalised plain words after "a"/"an", then a part noun, a relative clause, or
# a presenting passive.
_INDEF_TITLED: Final = re.compile(
    r"[Aa]n?\s+(?:(?:novel|new|dedicated|learnable|lightweight)\s+)?"
    r"(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3})"
    rf"(?=(?P<part>\s+{_PART_NOUN}(?:\s+{_PRESENTED})?)|\s+{_PRESENTED}|,?\s+(?:that|which)\s|\s+with\s+[a-z]+[\s,.;])"
)
_FAMILIES: Final = LM_FAMILY_ACRONYMS | NETWORK_ACRONYMS  # the initials of a family's long form
_NOT_PART_LAST: Final = frozenset({"learning", "program", "programs", "programming", "problem", "problems"})
# A passive presents the part when the part opens its clause ("In addition, a ... module is
# presented"), not when it sits deep in another ("A control problem using an X and a Y is presented").
_CLAUSE_OPENING: Final = re.compile(r"\W*(?:(?:[\w\-]+\s+){0,3}[\w\-]+,\s*)?\Z")
_PASSIVE: Final = re.compile(rf"\s+(?:{_PART_NOUN}\s+)?{_PRESENTED}")
# "We apply group convolutions to build an Equivariant Autoencoder": a purpose the paper states.
_TO_BUILD: Final = re.compile(r"\bto\s+(?:build|design|develop|construct|create|devise)\s+\Z")
_USED_JUST_BEFORE: Final = re.compile(r"\b(?:" + USE_VERBS + r")(?:\s+\w+){0,2}\s*\Z")
# "Our method employs a Focused-view Fusion Network with ...": what the paper's own system (its
# subject) is built with is its part; the catalogue keeps the known ones ("our model uses a Vision
# Transformer").
_OWN_USES: Final = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:[\w\-]+\s+)?(?:method|model|framework|approach|system|network"
                       r"|architecture|pipeline|algorithm)\s+(?:employs|uses|adopts|incorporates|integrates|features|contains|includes)\s+\Z")
# What the part is a tool of, not a part: "via a User Study", "by a Randomized Walsh-Hadamard
# Transform", "with an Optimal Transport mechanism", "as a Quadratic Program".
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:with|via|as|from|by|into|through|on|in|for|under|over|using)\s+\Z")
# "LeRet, a Language-empowered Retentive network", "AVOD, an Aggregate View ...": an apposition
# that spells out a name already given (its own long form, not a part).
_NAME_APPOSED: Final = re.compile(r"(?<![a-z])[A-Z][\w\-+]*\)?\s*,\s*\Z")


def titled_ok(name: str, part_follows: bool) -> bool:
    """Capitalised plain words, two or more besides a generic last word ("Spatially-Enhanced
    Feedforward Network"); no all-capitals word (an acronym-led phrase is the acronym rules'), no
    dataset noun last, and no task head last unless a part noun follows ("a Pair-Aware
    Representation module")."""
    words = name.split()
    core = words[:-1] if words[-1].lower() in STOP_NAMES else words
    if len(core) < 2 or any(w.lower() in STOP_NAMES or w.isupper() for w in core):
        return False
    last = words[-1].lower()
    return last not in DATASET_NOUNS and (part_follows or last not in TASK_HEADS)


def _part_ok(name: str, part_follows: bool) -> bool:
    """:func:`titled_ok`, and a part's own limits: no coined word inside, not a family, not a field
    or a problem form last."""
    if not titled_ok(name, part_follows):
        return False
    words = name.split()
    core = words[:-1] if words[-1].lower() in STOP_NAMES else words
    if any(is_name_like(w) for w in core):
        return False  # "a Simulink Library ModelRob that": a coined word is the name, the verb rules' to read
    if "".join(w[0] for w in words).lower() in _FAMILIES:
        return False  # "a Large Language Model component": a family of models
    # "a Reinforcement Learning agent": a field qualifies the part; "a Mixed Integer Linear Program":
    # the form a problem is cast in.
    return words[-1].lower() not in _NOT_PART_LAST


# "In Int2Ba, an Intention Recognizer, a Coupled Intention Chain Net, and a Dynamic Basket Planner are
# specifically designed to ...": a list of title-case parts, each with "a"/"an", that a passive presents.
_TITLED_WORDS: Final = r"[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3}"
_TITLED_LIST: Final = re.compile(
    rf"[Aa]n?\s+{_TITLED_WORDS}(?:\s*,\s*an?\s+{_TITLED_WORDS})*\s*,?\s+and\s+an?\s+{_TITLED_WORDS}"
    rf"(?=\s+(?:{_PART_NOUN}\s+)?{_PRESENTED})"
)
_LIST_TITLED_ITEM: Final = re.compile(rf"\ban?\s+(?P<name>{_TITLED_WORDS})")
# What every ``_TITLED_LIST`` match holds ("and a Dynamic"): led by a literal, which the engine finds
# in C, where the list's own pattern is tried at every "a" of the text (most abstracts hold no such list).
_AND_A_TITLED: Final = re.compile(r"and\s+an?\s+[A-Z][a-z]")


def titled_list(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """The items of a list of title-case parts that a passive presents, the list opening its clause
    ("In Int2Ba, an Intention Recognizer, a Coupled Intention Chain Net, and a Dynamic Basket Planner
    are specifically designed to ..."): each a part of the paper's method (see :func:`titled_parts`,
    which reads one part; each item passes its tests)."""
    out = []  # type: ignore[var-annotated]
    if _AND_A_TITLED.search(text, tend) is None:
        return out
    for m in _TITLED_LIST.finditer(text, tend):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        s0 = max(sentence_at(sents, m.start())[0], tend)
        if _CLAUSE_OPENING.match(text, s0, m.start()) is None or _PRIOR.search(text, s0, m.start()):
            continue
        items = [i for i in _LIST_TITLED_ITEM.finditer(text, m.start(), m.end())]
        if all(_part_ok(i.group("name"), False) for i in items):
            out += [Candidate(Role.PROPOSED, i.start("name"), i.end("name"), "proposed:parts", 0.75) for i in items]
    return out


def titled_parts(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """Title-case parts the paper introduces with "a"/"an" (see ``_INDEF_TITLED``) in a sentence
    in its own voice ("we", "our") or one that says the part is presented; never right after a use
    verb ("we use a Gaussian Mixture Model that") nor after a prior-work word."""
    out = []
    for m in _INDEF_TITLED.finditer(text, tend):
        # The article must start a word: checked here, not by a lookbehind, so that the expression
        # starts with a character set the regex engine skips to in C (a third of the cost).
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        name = m.group("name")
        if not _part_ok(name, bool(m.group("part"))):
            continue
        s0 = max(sentence_at(sents, m.start())[0], tend)
        if m.group("part") and text.startswith("(", m.end("part") + (text[m.end("part"):m.end("part") + 1] == " ")):
            continue  # "a ... Reverse Attention module (PRA)": the acronym rules read the definition
        after = text[m.end("name") : m.end("name") + 60]
        lead = text[max(s0, m.start() - 40) : m.start()]
        passive = _PASSIVE.match(after) is not None and _CLAUSE_OPENING.match(text, s0, m.start()) is not None
        own_uses = _OWN_USES.search(lead) is not None
        if not (passive or own_uses or _PROPOSAL_VERB.search(text, s0, m.start())
                or (_TO_BUILD.search(lead) and WE_OR_OUR.search(text, s0, m.start()))):
            continue
        if ((_USED_JUST_BEFORE.search(lead) and not own_uses) or _PREPOSITION_BEFORE.search(lead) or _NAME_APPOSED.search(lead)
                or _PRIOR.search(text, s0, m.start())):
            continue
        out.append(Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:parts", 0.75))
    return out + titled_list(text, tend, sents)


# "we introduce the Action Transformer model", "an Assisted Reward Design method": the kind of
# system a title-case name right after the presenting verb is.
SYSTEM_NOUN_RE: Final = rf"(?:{'|'.join(sorted(SYSTEM_NOUNS))})\b"
# "we propose a Step-wise Integration Mechanism to ...", "the Adaptive Preferences Algorithm that
# ...": three title-case words or more after an article make a name; two ("a Bayesian Model to")
# are as often a kind of thing.
_TITLED_MIN_WORDS: Final = 3
# "a Subgraph-Aware Training framework for KGC (SATKGC)", "a Facial Decoupled Diffusion model ...
# called FD2Talk": an acronym or a naming verb later in the clause gives the system its name; the
# title-case words before its kind noun only spell it out ("... algorithm [1]": someone else's).
_NAMED_LATER: Final = re.compile(r"[^.;]{0,160}?(?:\(|\[\d|\b(?:called|named|dubbed|termed|coined)\b)")
# "a Training-Free Counterfactual Debiasing framework TFCD", "an Exemplar-based Dialogue Generation
# model, EDGE": the coined word after the kind noun is the name.
_KIND_THEN_WORD: Final = re.compile(rf"\s+{SYSTEM_NOUN_RE}\s*,?\s*([\w\-]+)")
# "a Hidden Markov Model architecture", "a Deep Belief Net model": a model family heading the
# words before a kind noun says what type the system is, not its name.
_FAMILY_HEADS: Final = frozenset({"model", "models", "net", "nets", "network", "networks", "machine", "machines", "process",
                           "processes", "field", "fields", "filter", "filters", "chain", "chains"})


def _system_named_here(text: str, m: re.Match) -> bool:
    """Is the title-case name ``m`` found before a kind noun or a clause (the two weaker shapes of
    :func:`verb_titled_ok`) the system's name? Not when an acronym or a naming verb follows in the clause,
    or a citation ("a Matrix Exponentiated Gradient algorithm [1]"), a coined word right after the
    kind noun, a "-based" modifier ends it, "Model" ends it before a clause, or (before a kind noun) a
    model family heads it or it has fewer than three words ("a Monte Carlo algorithm"; two after "the": "the Action
    Transformer model")."""
    name = m.group("name")
    words = name.split()
    if _NAMED_LATER.match(text, m.end("name")) or words[-1].lower().endswith(("-based", "-shaped", "-like")):
        return False
    if not m.group("kind"):
        # "a Bayesian Mixture Model to fit", "a Neural Additive Model to make predictions": a model
        # named by its kind of model is as often a known family as the paper's own
        return words[-1].lower() not in ("model", "models")
    after = _KIND_THEN_WORD.match(text, m.end("name"))
    if (after and is_name_like(after.group(1))) or words[-1].lower() in _FAMILY_HEADS:
        return False
    # "we introduce the Action Transformer model", "we propose the novel Deep Scenes architecture": the
    # definite article presents one system, so two words name it ("a Monte Carlo algorithm" is a kind).
    definite = (m.group("art") or "").startswith("the")
    return len(words) >= (2 if definite else _TITLED_MIN_WORDS)


def verb_titled_ok(text: str, m: re.Match) -> bool:
    """Is the title-case phrase ``m`` right after a presenting verb (``_VERB_TITLED`` of
    :mod:`kg.extract.proposed`: groups art, name, kind, clause) a name? Before a part noun, or
    without an article before a clause word, :func:`titled_ok`; after an article before a clause
    word (three words or more) or before a system kind noun, :func:`_part_ok` and
    :func:`_system_named_here`."""
    clause = (m.group("clause") or "").lstrip()
    name, art = m.group("name"), m.group("art")
    if clause.startswith((",", "as ")) and not art:
        return False  # "we present Lazy Harbor Trees, which plan ports": article-less words need a plainer clause
    n = len(name.split())
    part_follows = not clause or (clause.startswith("to") and n >= 3)  # "we develop Multi-view X Inpainting to fill"
    if not (m.group("kind") or (clause and art)):
        return titled_ok(name, part_follows)
    return (not clause or n >= _TITLED_MIN_WORDS) and _system_named_here(text, m) and _part_ok(name, part_follows)
