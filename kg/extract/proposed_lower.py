"""Lower-case own names (beside the rules of :mod:`kg.extract.proposed`, which call these).

In apposition right after a presenting verb (:func:`lower_apposed`, at the end of "we propose"):

- "we present a method, partial likelihood Thompson sampling, that ...": a kind noun the verb
  presents, then the name between commas;
- 'we propose "associative domain adaptation", a novel technique for ...': a quoted name, then
  an apposition that calls it new; unquoted too ("we develop population variational Bayes, a new
  approach for ...").

The name is two to four words led by a lower-case word, with no function word inside: a phrase
running on into the sentence ("a method, which in turn ...") is not a name.

After a naming verb in a sentence where the paper proposes (:func:`_lower_named`: "we propose a
new concept, called wavefront collision, ..."); not after "so-called" unless the paper's own thing
leads the sentence to it (:func:`so_called_own`: "we employ the so-called hyperbolic cross
approximation" names a known term).

The title's opening phrase presented bare by the paper's own verb (:func:`title_reused`: "Shrinkage
Fields for ..." over "we propose shrinkage fields, a ...").

A quoted name right before its kind noun where the paper presents it (:func:`quoted_kind`: 'we
propose a new "spread penalty" regularizer', 'Our "recurring span search" approach').
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .anchors import IndexedScan
from .doc import Candidate
from .proposed_names import _FIRST_PERSON_PROPOSAL, _METHOD_NOUNS, _NOUN_RE, _PRIOR, _PROPOSAL_VERB, USE_VERB
from .sentences import sentence_at
from .shapes import DATASET_NOUNS, STOP_NAMES, TASK_HEADS, is_name_like, lower_keeping_offsets, singular

__all__ = ["lower_apposed", "_lower_named", "_prior_since_own", "_OUR_OR_WE", "used_namely_role", "title_reused", "quoted_kind"]

_LOWER_WORD: Final = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_ANY_WORD: Final = r"[A-Za-z][a-z0-9]*(?:-[A-Za-z0-9]+)*"
_NAME: Final = rf"{_LOWER_WORD}(?:\s+{_ANY_WORD}){{1,3}}"
# A title "Lower Bounds for ...", "Asymptotic Analysis of ...": the paper's results, not a method.
_RESULT_NOUNS: Final = frozenset({"bound", "bounds", "theory", "guarantee", "guarantees", "rates", "results"})
_TOPIC_WORDS: Final = frozenset({"towards", "toward", "beyond", "on", "from", "when", "why", "how", "what"})
_KINDS: Final = "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS))
# (the name may end in an acronym: "a new and challenging approach, context-aware ZSL, that ...")
_NAME_OR_ACRONYM_END: Final = rf"{_LOWER_WORD}(?:\s+{_ANY_WORD}){{0,2}}\s+(?:{_ANY_WORD}|[A-Z][A-Z0-9]+s?)"
_KIND_THEN_NAME: Final = re.compile(
    rf"(?:a|an)\s+(?:novel\s+|new\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?(?P<kind>{_KINDS}),\s+(?P<name>{_NAME_OR_ACRONYM_END}),\s+"
    r"(?=(?:that|which|for|to|based|with|a|an)\b)"
)
_QUOTED_THEN_NEW: Final = re.compile(
    rf"(?<=\s)(?:\"|\u201c|``)(?P<name>{_NAME})(?:\"|\u201d|''),?\s+(?:a|an)\s+(?:novel|new)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?P<kind>{_KINDS})\b"
)
# "we develop population variational Bayes, a new approach for ...": the name right after the verb,
# then an apposition that calls it new and says its kind.
_NAME_THEN_NEW: Final = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an)\s+(?:novel|new)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<kind>{_KINDS})\b"
)
# "we propose part-aware sampling, a method that uses ...": the name right after the verb, then an
# apposition of a method kind that a relative clause defines (not a dataset: "X, a corpus that" is read
# by the dataset rules; not a task: "video echoing, a task that" fails the task-head test).
_NAME_THEN_KIND_CLAUSE: Final = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<kind>{'|'.join(sorted(_METHOD_NOUNS))})\s+(?:that|which)\b"
)
_FUNCTION: Final = frozenset({"and", "or", "to", "for", "of", "on", "in", "with", "from", "by", "via", "that", "which", "is",
                       "are", "was", "were", "can", "as", "at", "into", "the", "a", "an", "we", "our", "this", "its",
                       # a naming verb starts the lower-named rule's name ("an approach, called motion template,")
                       "called", "named", "termed", "dubbed", "coined", "namely",
                       # a participle phrase says what the thing rests on ("a method, based upon X,")
                       "based", "using", "inspired", "built", "such", "including", "e.g", "i.e",
                       "without", "within", "through", "across", "under", "over", "between", "beyond", "toward", "towards"})


def lower_apposed(text: str, at: int) -> list[Candidate]:
    """The lower-case name apposed to what the presenting verb ending at ``at`` presents (none or one)."""
    # Each expression is tried only where its first character stands (most verbs are followed by neither).
    if text.startswith(("a ", "an "), at):
        m = _KIND_THEN_NAME.match(text, at)
    elif text.startswith(("\"", "\u201c", "``"), at):
        m = _QUOTED_THEN_NEW.match(text, at)
    elif text[at : at + 1].islower():
        m = _NAME_THEN_NEW.match(text, at) or _NAME_THEN_KIND_CLAUSE.match(text, at)
    else:
        return []
    if m is None:
        return []
    words = m.group("name").split()
    if (any(w.lower() in _FUNCTION for w in words) or words[-1].lower() in STOP_NAMES or words[0].endswith("ing")
            or (m.re in (_NAME_THEN_NEW, _NAME_THEN_KIND_CLAUSE) and words[-1].lower() in TASK_HEADS)):  # "we study video echoing, a new task"
        # ... nor a participle clause ("a novel approach, requiring only mild assumptions,")
        return []
    role = Role.INTRODUCED_DATASET if m.group("kind") in DATASET_NOUNS else Role.PROPOSED
    return [Candidate(role, m.start("name"), m.end("name"), "proposed:lower-apposed", 0.8)]


_FUNCTION_WORDS: Final = r"(?:and|or|to|for|of|on|in|with|from|by|via|that|which|is|are|was|were|can|as|at|into|over|under|the|a|an|whose|where)"
_OUR_OR_WE: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]he proposed)\b")
_OUR_OR_WE_SCAN: Final = IndexedScan(_OUR_OR_WE, 16)  # its longest attempt reads 14 characters

# "a new method, called adaptive dither voting, for ...", "a novel query scheme dubbed bimodal
# query is used": a lower-case name, two to four words (or one hyphenated word) up to a
# punctuation mark or a function word.
_LOWER_NAMED: Final = re.compile(
    r"(?:called|dubbed|named|termed|coined|referred to as|which we (?:call|term|name|dub)"
    # "a general method that we call covering technique": the relative clause as "which we call"
    r"|(?<=that )we (?:call|term|name|dub)(?= [a-z])"
    # (not proposed._NAMING's "we refer to": a lower-case phrase after "this problem as" is a task, and a
    # bare "we refer to this as the experiment-rich regime" names one too; see the comment there)
    r"|[Ww]e (?:call|term|name|dub|refer to) (?:it|them|(?:this|these|our)(?! (?:problem|task|setting|question)s?\b)"
    r" [a-z]+)(?: as)?)"
    r"\s+(?:as\s+)?(?:the\s+)?(?!" + _FUNCTION_WORDS + r"\b)"
    r"((?:[a-z][a-z0-9]*-)?[a-zA-Z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s+(?!" + _FUNCTION_WORDS + r"\b)[A-Za-z][\w\-]*){0,3}?)"
    r"(?=\s*[,.;:]|\s+" + _FUNCTION_WORDS + r"\b)"
)


def _prior_since_own(text: str, s0: int, at: int) -> bool:
    """A prior-work word between the sentence's last "our"/"we" (or its start ``s0``) and ``at``:
    one before the paper's own words qualifies other methods, not the name at ``at``."""
    ours = _OUR_OR_WE_SCAN.last(text, s0, at)  # indexed: a long sentence is read once, not per name
    return bool(_PRIOR.search(text, ours.end() if ours else s0, at))


# (not "networks": "a family of Bayesian networks that we call quartet-learnable" names a property)
_METHOD_BEFORE_THAT: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(_METHOD_NOUNS - {'network', 'model', 'models'}))}|procedure|objective)s?,?\s+that\s+\Z"
)
_ACRONYM_AHEAD: Final = re.compile(r"[^,.;:()]{0,60}\(")
_NAME_ENDS: Final = re.compile(r"\s*(?:[,.;:]|and\b|which\b|that\b)")
_ET_AL: Final = re.compile(r"\bet al\b")


SO_CALLED_BEFORE: Final = re.compile(r"\b[Ss]o[\s\-]+\Z")
_OWN_WORD: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ovel|[Nn]ew|[Tt]his (?:paper|work))\b")
_BUILT_ON: Final = re.compile(r"\b(?:based on|built on|using|uses?|requires?|satisf(?:y|ies)|employs?|adopts?|relies on|rely on|follows?)\b")


def so_called_own(text: str, s0: int, at: int) -> bool:
    """"so-called" names a known term unless the paper's own thing leads the sentence (from ``s0``)
    to it ("We also release our toolbox, so-called TISE", "..., yielding the so-called SVDNet"),
    with nothing it is built on between ("we propose a method ... based on the so-called MDH")."""
    own = _OWN_WORD.search(text, s0, at)
    return own is not None and not _BUILT_ON.search(text, own.end(), at)


def _single_named(text: str, tend: int, at: int, naming: str, word: str) -> bool:
    """One plain word after a naming verb is a coined name when the title uses it too ("patch
    classifiers, termed actemes" under "From Actemes to Action"); not after "named" (an adjective
    in "named entities"), "referred to as" (a term the text defines), "so-called" (an established
    term) or a citation in the sentence."""
    stem = word.lower().removesuffix("s")
    if len(stem) < 4 or naming.startswith(("named", "referred")) or text.endswith(("so-", "so "), max(0, at - 20), at):
        return False
    if re.search(r"(?<![\w\-])" + re.escape(stem) + r"(?:s|es)?(?![\w\-])", text[:tend].lower()) is None:
        return False
    return _ET_AL.search(text, max(tend, at - 300), at) is None


def _lower_named(text: str, tend: int, sents: list[tuple[int, int]], at: int) -> list[Candidate]:
    """The paper's own lower-case name after a naming verb, in a sentence where the paper
    proposes ("we propose a new concept, called wavefront collision, ..."); a name other
    rules read (capitalised, or defining an acronym) and a task-shaped phrase are left alone."""
    m = _LOWER_NAMED.match(text, at)
    if not m or _ACRONYM_AHEAD.match(text, m.end(1)):
        return []  # "referred to as iterative projection and matching (IPM)": the acronym rules' definition
    name = m.group(1)
    words = name.split()
    # "which we call Bayesian Stein networks": a kind noun ends a name the paper gives in its own
    # naming when a capitalised word inside it makes it more than a description.
    own_kind_name = (m.group().startswith(("we ", "We ", "which we ")) and len(words) >= 3 and words[-1].lower() in STOP_NAMES
                     and any(w[0].isupper() for w in words[1:-1]))
    if ((len(words) < 2 and "-" not in name and not _single_named(text, tend, at, m.group(), name))
            or words[-1].lower() in TASK_HEADS or (words[-1].lower() in STOP_NAMES and not own_kind_name)):
        return []
    if is_name_like(words[0]) or text.startswith(" (", m.end(1)) or text.startswith("(", m.end(1)):
        return []  # "called MCNet ...", "called informed importance tempering (IIT)": other rules' names
    s0 = max(tend, sentence_at(sents, at)[0])
    if SO_CALLED_BEFORE.search(text, max(s0, at - 6), at) and not so_called_own(text, s0, at):
        return []  # "we employ the so-called hyperbolic cross approximation": a known term
    # "we refer to this algorithm as magnetic HMC": the paper naming a thing itself presents it, when
    # the name ends the clause ("the motion which we call testing motion influences ..." runs on).
    own_naming = m.group().startswith(("we ", "We ", "which we "))
    if own_naming and not _NAME_ENDS.match(text, m.end(1)):
        return []
    if text.startswith("that ", at - 5) and not _METHOD_BEFORE_THAT.search(text, max(0, at - 40), at):
        # "a key property that we call pseudo-concavity", "a new problem that we call ...": a notion;
        # "a general method that we call covering technique" names the paper's method.
        return []
    if not (own_naming or _PROPOSAL_VERB.search(text, s0, at) or _FIRST_PERSON_PROPOSAL.search(text, s0, at)) or (
        _prior_since_own(text, s0, at)
    ):
        return []
    # The kind is read before the name only: the words after a lower-case name run on into the
    # sentence ("called V-shape observation, and train the CNN using a ... dataset").
    before = _NOUN_RE.findall(text[max(s0, at - 80) : at].lower())[-6:]
    role = Role.INTRODUCED_DATASET if any(w in DATASET_NOUNS for w in before) else Role.PROPOSED
    return [Candidate(role, m.start(1), m.end(1), "proposed:lower-named", 0.8)]


_NEW_THING: Final = re.compile(r"\b(?:novel|new|first)\b", re.IGNORECASE)
_OUR_NEAR: Final = re.compile(r"\b(?:[Oo]ur|the proposed)\b")
# Verbs that bring in an existing thing before a "namely" ("we resort to information-theoretic principles,
# namely the Information Competing Process (ICP)", "we combine ... with stochastic competition-based
# activations, namely Stochastic Local Winner-Takes-All (LWTA) units"): what "namely" names is drawn on.
_DRAWN_ON: Final = re.compile(r"\b(?:resort\w*\s+to|turn\w*\s+to|draw\w*\s+(?:on|upon|from)|inspired\s+by|borrow\w*|combin\w*|integrat\w*)\b")


def used_namely_role(text: str, s0: int, at: int) -> Role | None:
    """METHOD when the "namely" at ``at`` lists what its sentence (from ``s0``) uses, compares or
    evaluates on ("including alternative backbone models, namely mBART and NLLB-200") or draws on
    ("we resort to ... principles, namely the Information Competing Process (ICP)"): a use verb
    and nothing presented (no novel/new/first, no first-person proposal verb, no "our" or "the
    proposed" just before: "Our learned features, namely C3D" are the paper's own). The caller makes
    it a dataset after a data noun ("we evaluate it on two ... datasets, namely WikiHop and MedHop").
    (Its "presents" test differs from the one proposed._prior_named_role reads first after a data
    noun: see the comment there.)"""
    if (USE_VERB.search(text, s0, at) or _DRAWN_ON.search(text, s0, at)) and not (
        _NEW_THING.search(text, s0, at) or _PROPOSAL_VERB.search(text, s0, at) or _OUR_NEAR.search(text, max(s0, at - 50), at)
    ):
        return Role.METHOD
    return None


# The title's opening words up to a link word, a colon or a dash ("Shrinkage Fields for ...",
# "Disentangled Multi-Context Meta-Learning: ..."): two to six capitalised words.
_TITLE_OPENING: Final = re.compile(
    r"\s*((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){1,5})"
    r"(?=\s*(?::|\Z)|\s+(?:for|with|via|in|on|through|using|by|from|to|as|under|at|and|of)\s|\s+[-\u2013\u2014])"
)
# "we propose ", "this paper introduces ": the paper itself presenting, with no article after the
# verb: a bare phrase there is a name ("we propose shrinkage fields"); after an article it is a
# description as often ("we propose a likelihood ratio test to ...", "an attentive semantic
# alignment method": the annotators list those under doubtful).
_OWN_PRESENTS: Final = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study)|[Tt]he paper)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:propose|present|introduce|develop|devise)(?:s|d)?\s+\Z"
)
# What may follow the name: a clause boundary or a linking word, not an apposition that makes it a
# problem class ("we propose stochastic rank-1 bandits, a class of online learning problems").
_PHRASE_ENDS: Final = re.compile(
    r"\s*(?:[.;:(]|\Z)|\s*,(?!\s+(?:a|an|the)\s+(?:new\s+|novel\s+)?(?:class|family|kind|type|problem|task|setting|variant|generalization)s?\b)"
    r"|\s+(?:for|that|which|to|in|with|based|on|as|is|are)\b"
)
# "we propose minimal work as a novel grasp quality metric": the paper's own measure or problem, not a method.
_NOT_METHOD_AFTER: Final = re.compile(
    r"\s*(?:,|:|as|is|which is)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:metric|measure|score|task|problem|dataset|benchmark|class|family)s?\b"
)


def title_reused(text: str, tend: int) -> list[Candidate]:
    """The title's opening phrase that the abstract presents again, in any case, right after the
    paper's own presenting verb and no article ("Shrinkage Fields for ..." over "we propose
    shrinkage fields, a ..."): the abstract's mention is the paper's name. Not a gerund or topic
    opening ("Learning Deep Features"), nor a task-shaped phrase ("... segmentation")."""
    m = _TITLE_OPENING.match(text, 0, tend)
    if not m:
        return []
    phrase, p0 = m.group(1), m.start(1)
    words = phrase.lower().split()
    if words[0] in ("a", "an", "the"):  # "An Aligned Subtree Kernel for ..."
        phrase = phrase.split(None, 1)[1]
        p0 = m.end(1) - len(phrase)
        words = words[1:]
    # "A Unified Framework for ...": a kind noun ends a description (the capitalised title rules
    # read such names where the abstract writes them capitalised).
    if (len(words) < 2 or words[-1] in _RESULT_NOUNS or (len(words) == 2 and words[-1] == "analysis")
            or words[-1].removesuffix("s") in _METHOD_NOUNS or words[-1] in STOP_NAMES
            or words[0].endswith("ing") or words[0] in _TOPIC_WORDS
            # (rstrip on purpose: "analysis" reads "analysi" and passes, as three words or more: "we
            # introduce principal differences analysis" names a method; a task head in the list fails)
            or words[-1].rstrip("s") in TASK_HEADS):
        return []
    # (offsets in ``lowered`` are offsets in ``text``: "İ".lower() is two characters)
    lowered = lower_keeping_offsets(text)
    low = lowered[p0 : p0 + len(phrase)]
    a = lowered.find(low, tend)
    while a >= 0:
        e = a + len(phrase)
        if text.startswith("s", e) and not text[e + 1 : e + 2].isalnum():
            e += 1
        if (_OWN_PRESENTS.search(text, max(tend, a - 60), a) and not text[e : e + 1].isalnum() and text[e : e + 1] != "-"
                and _PHRASE_ENDS.match(text, e)
                # (a bracket ahead: the acronym rules read "hierarchical semantic contrast (HSC)" and
                # "image-based regularization for action smoothness (1-RAS)")
                and not _ACRONYM_AHEAD.match(text, e) and not _NOT_METHOD_AFTER.match(text, e)):
            return [Candidate(Role.PROPOSED, a, e, "proposed:title-reused", 0.8)]
        a = lowered.find(low, a + 1)
    return []


# 'we propose a "bi-block reduction" method', 'Our "recurring span search" approach': a quoted
# lower-case name right before its kind noun.
# (The opening quote leads: "(?<=\s)(?:\"|\u201c|``)" with the lookbehind after the quote's first
# character, so the scan skips in C to quotes, where a pattern led by a lookbehind is tried at every character.)
_QUOTED_KIND: Final = re.compile(
    rf"[\"\u201c`](?<=\s[\"\u201c`])(?:(?<=[\"\u201c])|(?<=`)`)(?P<name>{_LOWER_WORD}(?:\s+{_ANY_WORD}){{0,3}})(?:\"|\u201d|'')\s+(?:{_KINDS}|regularizer)s?\b"
)
_OUR_JUST_BEFORE: Final = re.compile(r"\b(?:[Oo]ur|the proposed)\s+(?:[a-z][\w\-]*\s+){0,2}\Z")
# (not "we use/employ/adopt": 'we employ a "calibration objects" technique' uses a known one)
_WE_PRESENT: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur)\s+(?:\w+\s+)?(?:propose|present|introduce|design|devise|develop|build)s?\b")


def quoted_kind(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """Quoted lower-case names followed by their kind where the paper presents them: a first-person
    proposal verb earlier in the sentence ("we propose a new "spread penalty" regularizer", "... and an
    effective yet simple "key volume proposal" method") or "our" just before. A quoted word alone
    ('a "fine-to-coarse" registration') or a phrase the paper only uses is not its name."""
    if '"' not in text and "\u201c" not in text and "``" not in text:
        return []
    out = []
    for m in _QUOTED_KIND.finditer(text, tend):
        name = m.group("name")
        words = name.split()
        # (one quoted word, hyphenated or not, is a manner: 'a "prior-less" approach', 'an "easy-to-difficult" scheme')
        if len(words) < 2 or any(w.lower() in _FUNCTION for w in words):
            continue
        s0 = max(tend, sentence_at(sents, m.start())[0])
        own = _OUR_JUST_BEFORE.search(text, max(s0, m.start() - 40), m.start()) or (
            _PROPOSAL_VERB.search(text, s0, m.start()) or _WE_PRESENT.search(text, s0, m.start()))
        if own and not _prior_since_own(text, s0, m.start()):
            kind = m.group().split()[-1]
            role = Role.INTRODUCED_DATASET if kind in DATASET_NOUNS or singular(kind) in DATASET_NOUNS else Role.PROPOSED  # "corpus"
            out.append(Candidate(role, m.start("name"), m.end("name"), "proposed:quoted-kind", 0.8))
    return out
