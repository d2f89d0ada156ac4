"""The paper's own contributions: the methods it proposes and the datasets it introduces.

Rules, each a regular expression over the title or abstract, all requiring a name-shaped
span (see :func:`kg.extract.shapes.is_name_like`):

- the title's rules (``title-prefix``, ``title-lead``, ``title-presented``): see
  :mod:`kg.extract.proposed_title`;
- ``naming``: "called / named / dubbed / termed / coined / namely NAME" (also "that we called"; not
  "so-called NAME", a known term, unless the paper's own thing leads the sentence to it: "our
  toolbox, so-called TISE"; a long form with commas gives its acronym: "called Lift, Match, and
  Keep (LMK)");
- ``lower-named``: a lower-case name after a naming verb in a sentence that proposes ("a new
  method, called adaptive dither voting, for ..."); one plain word only when the title uses it
  too ("patch classifiers, termed actemes" under "From Actemes to Action"); "that we call" only after a
  method noun ("a general method that we call covering technique");
- ``quoted-kind``: a quoted lower-case name before its kind noun where the paper presents it ('we
  propose a new "spread penalty" regularizer'); ``title-reused``: the title's opening phrase after
  "we propose" ("we propose shrinkage fields"): both in :mod:`kg.extract.proposed_lower`;
- ``verb``: "we propose / present / introduce ... NAME," with NAME directly after the verb (past
  tense too; "NAME an ..." without the comma; "NAME iteration, a ...");
- ``verb-kind``: "we propose a Lock-Release pretraining strategy": a coined word before a kind noun, and
  ``verb-kind-name``: "a novel ... learning method MAFedHGL.": a coined name right after it;
  a capitalised quoted name after the verb ("we propose a ``Rewrite + ReAct + Reflect'' strategy")
  is read by ``verb`` too;
- ``apposition``: "a new framework, NAME," and "NAME, a novel ..." in a sentence that presents
  (a prior method in apposition, "a state-of-the-art method, X", becomes a plain method);
- ``the-proposed``: "the proposed NAME";
- ``passive``: "a NAME and a ... loss are introduced";
- ``parts``: "two networks, i.e., NAME1 and NAME2" in a sentence that proposes; a title-case part
  right after the verb ("we design a Pair-Aware Representation module", "we propose Multi-sourced
  Value Maps to ...") and one coordinated with it ("the Snake Mamba Block (SMB) and X Network");
- ``bracketed``: "we propose a new evaluation dataset (NAME) and an algorithm (NAME2)" (not a
  definition: the letters need not spell the words before). Markdown emphasis ("**NAME**")
  around a name is ignored;
- ``verb-bracketed``: "we propose a novel Deep Complementary Joint Model (DeepRS) for ...": a
  coined name in brackets after the presented phrase (context only: the catalogue's names stay
  others');
- ``our``, ``outperforms``: "our MTSNet achieves", "GSMN outperforms ...", "DAggerFM, a modified
  variant of DAgger" (:mod:`kg.extract.proposed_our`);
- the verb rules also read a presenting verb coordinated after another of the same "we" ("We turn
  to meta-learning and propose Hydra, ..."); names listed after a plural kind noun ("two novel
  methods, A and B") and title-case parts ("consisting of a Paper Agent that ...") are read by
  :mod:`kg.extract.proposed_parts`.

The name tests the rules share (:func:`valid_name`, :func:`name_role`) are in
:mod:`kg.extract.proposed_names`. Generic model families ("LLM", "VLMs") are never a paper's own name.

Whether a name is a method, a dataset or a metric is read from the nearest noun around it
("a new benchmark called X", "X, a large-scale dataset of ...", "X, a metric that ...").
When a spelled-out name is followed by its acronym ("Large Motion Model (LMM)") the acronym
is taken as the name.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .ascii_twin import ascii_twin
from .long_forms import long_form_start
from .anchors import Anchors
from .doc import Candidate, state, title_end
from .proposed_names import (
    _CAP, _FIRST_PERSON_PROPOSAL, _LOW_HYPHEN_NAME, _LOWER_PART, _METHOD_NOUNS, _NOUN_RE, _PHRASE, _PRIOR, _PROPOSAL_VERB, _WE, USE_VERB,
    brought_in, name_role, unbracketed_acronym, valid_name, with_capital_kind,
)
from .proposed_lower import _OUR_OR_WE, SO_CALLED_BEFORE as _SO_CALLED_BEFORE, _lower_named, so_called_own, _prior_since_own, lower_apposed, quoted_kind, used_namely_role
from .proposed_bracket import bracketed_coined
from .proposed_kind import kind_framed
from .proposed_parts import SYSTEM_NOUN_RE, own_composed, plural_apposition, titled_ok, titled_parts, verb_titled_ok
from .proposed_our import our_names, outperforming
from .proposed_title import title_names
from .sentences import MAX_SENTENCE_CHARS, sentence_at, split_sentences
from .shapes import DATASET_NOUNS, FIELD_ACRONYMS, LM_FAMILY_ACRONYMS, STOP_NAMES, is_acronym, is_name_like, with_plurals
from .words import alternation, anchor_kinds

__all__ = ["find_proposed", "name_role", "valid_name", "proposed_component"]

_ANY: Final = r"[A-Za-z0-9](?:[\w\-+.]*[\w+])?"
_METHOD_ALT: Final = "|".join(sorted(_METHOD_NOUNS))
_VERSION: Final = re.compile(r"^v?\d+(?:\.\d+)*$")
_NAMING: Final = re.compile(
    r"(?:called|named|dubbed|termed|coined|namely|entitled|codenamed|denoted as|referred to as|refer to as|referred as|known as"
    # "which we call an MCTSnet", "a layer we call the Task Routing Layer": the first person names its own
    # ("We dub it X" opens a sentence too: "[Ww]e")
    r"|which we (?:call|name|term|dub)(?: an?(?= [A-Z]))?|[Ww]e called(?: an?(?= [A-Z]))?|[Ww]e (?:call|term|dub) (?=the [A-Z])"
    r"|[Ww]e (?:call|name|term|dub) (?:it|them|this(?: [a-z]+)? (?:" + _METHOD_ALT + r")|this|our \w+)(?: an?(?= [A-Z]))?"
    # (proposed_lower._LOWER_NAMED has its own "we refer to": a lower-case name after "this problem as"
    # is a task, a capitalised one here a name the paper coins -- "We refer to this problem as TBP with
    # Dueling Choices (TBP-DC)"; one shared pattern changed 2 of 20,000 dumped abstracts)
    r"|[Ww]e refer to (?:it|them|this \w+|these \w+|our \w+) as)"
    rf"\s*,?\s*(?:as\s+|it\s+)?(?:the\s+)?[\"'\u201c`]*({_ANY}(?: {_CAP}){{0,3}})"
)
# "we propose", "This paper introduces", "we developed" (past tense too): the presenting head every
# verb rule starts with, matched once per anchor; the rules below read on from its end.
_VERB_HEAD: Final = re.compile(
    r"(?:[Ww]e|[Tt]his (?:paper|work|study|article)|[Hh]ere,? we)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    # (a comma may follow the verb: "We introduce, HaRT, a large-scale transformer model")
    r"(?:" + alternation("proposed", "presenting_verbs") + r")(?:s|d|ed)?,?\s+"
)
# "We turn to meta-learning and propose Hydra, ...": the presenting verb coordinated after another
# verb of the same "we" (plain words between, no punctuation: one clause).
_VERB_HEAD_AND: Final = re.compile(
    r"[Ww]e\s+[a-z]+(?:\s+[\w\-]+){0,6}?\s+(and\s+)(?:then\s+)?(?:"
    + alternation("proposed", "presenting_verbs") + r")\s+"
)
# their ASCII twins for ASCII text (kg.extract.ascii_twin), and the two heads that end in "and ... verb"
_VERB_HEAD_ASCII: Final = ascii_twin(_VERB_HEAD)
_VERB_HEAD_AND_ASCII: Final = ascii_twin(_VERB_HEAD_AND)
_VERB_HEADS_AND: Final = (_VERB_HEAD_AND, _VERB_HEAD_AND_ASCII)
# "... NAME," right after the verb ("we propose X an automatic ...": an apposition whose comma
# the source lost).
_VERB: Final = re.compile(
    r"(?:the\s+)?(?:[\"\u201c]|\*\*?|_)?"
    rf"({_PHRASE}|{_LOW_HYPHEN_NAME})(?:[\"\u201d]|\*\*?|_)?(?=\s*(?:[,(:;\u2014\u2013]|--|\.\s|\.$| which\b| that\b| to\b| for\b| as\b| with\b| in\b| an?\s"
    r"| (?:framework|model|method|approach|system|network|architecture|pipeline|algorithm|module|dataset|benchmark|corpus)\b))"
)
# "... a Lock-Release pretraining strategy": a coined word before a kind noun.
_VERB_A: Final = re.compile(
    r"(?:a|an)\s+(?:novel\s+|new\s+)?"
    r"([A-Za-z0-9][\w\-+.]*[\w+])\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + _METHOD_ALT + r")\b"
)
# "... a novel Deep Complementary Joint Model (DeepRS) for ...", "a new self-supervised ... depth
# estimation (SGDepth) method": a name in brackets after the presented phrase (no preposition or
# clause between, so the name is the phrase's, not what it works on), then a clause boundary.
_VERB_BRACKET: Final = re.compile(
    r"(?:a|an)\s+(?:(?!(?:for|of|with|on|in|to|by|via|using|from|and|or|that|which|than|between)\b)[\w\-]+\s+){1,8}?"
    r"\(\s*(?P<name>[A-Za-z0-9][\w\-+.]*[\w+](?: [A-Z][\w\-+.]*[\w+])?)\s*\)"  # "(HetGAT Enc-Dec)" too
    r"(?=\s*[,.;:]|\s+(?:[a-z][\w\-]*\s+){0,3}?(?:" + _METHOD_ALT + r")\b"
    r"|\s+(?:for|to|that|which|with|in|on|based)\b)"
)
# "we design a Pair-Aware Representation module", "we propose Multi-sourced Value Maps to model ...":
# a title-case phrase of plain words right after the presenting verb is the paper's own part when a
# part noun follows it, or (without an article) a clause word; "and" adds a second one ("the Snake
# Mamba Block (SMB) and Spatially-Enhanced Feedforward Network.").
_TITLED: Final = r"[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3}"
_PART_NOUNS: Final = r"(?:modules?|blocks?|layers?|units?|mechanisms?|components?|branch(?:es)?|heads?|strateg(?:y|ies)|schemes?)\b"
_VERB_TITLED: Final = re.compile(
    rf"(?:(?P<art>(?:a|an|the)\s+(?:novel\s+|new\s+)?))?(?P<name>{_TITLED})"
    rf"(?=\s+{_PART_NOUNS}|(?P<kind>\s+{SYSTEM_NOUN_RE})|(?P<clause>\s+to\s+[a-z]|\s*,?\s+(?:that|which)\b|\s+as\s+an?\s"
    r"|\s*\(\s*[A-Z]))"
)
_AND_TITLED: Final = re.compile(
    rf"(?:\s*\(\s*[A-Za-z0-9][\w\-]*\s*\))?\s+and\s+(?:(?:a|an|the)\s+)?(?P<name>{_TITLED})"
    rf"(?=\s*[.,;]|\s+{_PART_NOUNS}|\s*\(|\s+to\s+[a-z])"
)
# "we propose a ``Rewrite + ReAct + Reflect'' strategy", "we introduce a new dataset "Poses in the
# Wild"": a capitalised name in quotes right after the presenting verb (and an article, a few words).
_VERB_QUOTED: Final = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:``|\"|\u201c)(?P<name>[A-Z0-9][^\"\u201d'`()]{0,58}?[\w+*])(?:''|\"|\u201d)"
)
_QUOTED_NOT_NAME: Final = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,2}?(?:task|problem|setting|phenomenon|challenge)s?\b")
_QUOTED_KIND_BEFORE: Final = re.compile(r"\b(?:task|problem|setting|notion|concept|phenomenon|term|question)s?\b")
# ("namely ACE 1 and ACE 2": a number after the name is part of it, as after the first.)
_AND_NAME: Final = re.compile(r"\s+and\s+([A-Za-z0-9][\w\-+.]*[\w+](?: \d+(?:\.\d+)?)?)(?=\s*[).,;:])")
# "a novel multi-scale ... learning method MAFedHGL.": a kind noun, then a coined name and a clause boundary.
_KIND_THEN_COINED: Final = re.compile(
    r"(?:a|an)\s+(?:novel\s+|new\s+)?(?:[\w\-]+\s+){0,7}?(?:" + _METHOD_ALT + r")\s+"
    r"(?P<name>[A-Za-z][\w\-]*[A-Za-z0-9])(?=\s*[.,;:]|\s+(?:that|which|to|for|with|trained|based|is|can)\b)"
)
_KIND_THEN_COINED_ASCII: Final = ascii_twin(_KIND_THEN_COINED)  # for ASCII text: the same, faster
_LOWER_COINED: Final = re.compile(r"([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*),\s+(?:a|an)\s+(?:novel|new)\b")
_DEGREES: Final = re.compile(r"\d+-?(?:DOFs?|DoFs?|D)$")  # "three degree-of-freedom (3-DOF)", "(3D)"
# "... EigenPro iteration, a ...": a coined name, then one word of its kind.
_VERB_NOUN: Final = re.compile(r"([A-Za-z0-9][\w\-+.]*[\w+]) [a-z]+,")
# "we propose the MIMLBOOST and MIMLSVM algorithms": two coined names sharing one plural kind noun.
_VERB_PAIR: Final = re.compile(
    rf"(?:the\s+)?({_CAP})\s+and\s+({_CAP})\s+(?:[a-z][\w\-]*\s+)?(?:{_METHOD_ALT})s\b"
)
# Every rule starts at an anchor word (``data/proposed.json``); its expression is tried only there.
_ANCHOR_WORDS: Final = anchor_kinds("proposed")
_ANCHORS: Final = Anchors(_ANCHOR_WORDS)  # type: ignore[arg-type]
# ", a deep convolutional network architecture": an apposition naming the kind of the name before it.
_APPOSED_KIND: Final = re.compile(r"\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,4}?(?:" + "|".join(_ANCHOR_WORDS["noun"]) + r")\b")
_APPOS_PRE: Final = re.compile(r"\b(?:a|an|[Oo]ur|the first|novel|new)\s+(?:[\w\-]+\s+){0,5}?\Z")
_APPOS_AFTER_NOUN: Final = re.compile(
    r"(?P<noun>" + "|".join(_ANCHOR_WORDS["noun"]) + ")"  # the "noun" anchors: the rule starts at one
    # (", i.e., NAME" and ", namely NAME" name it as the comma does: "the first ... framework, i.e., EASING, to")
    r"(?P<sep>\s*,\s*(?:i\.e\.|namely)\s*,?\s*|\s*[,:]\s*[\"\u201c]?|\s+[\"\u201c]|\s+[\-\u2013\u2014]{1,2}\s*|\s*[\u2013\u2014]\s*|\s+)"
    rf"(?P<name>{_PHRASE}|{_LOW_HYPHEN_NAME})[\"\u201d]?\s*(?=[,(]|\.\s|\.$|which\b|that\b|with\b|for\b|to\b|and\b|is\b|(?<=\s)[\-\u2013\u2014])"
)
_AND_OR_IS: Final = re.compile(r"\s*(?:and|is)\b")
_PLAIN_KIND_PRE: Final = re.compile(r"\b(?:[Aa]n?|[Oo]ur|novel|new)\s+(?:(?!(?:the|of|on|to|in|for|with)\s)[\w\-]+\s+){0,5}?\Z")
_APPOS_BEFORE: Final = re.compile(rf"(?<![\w\-])(?P<name>{_PHRASE})\s*(?:\([^()]{{0,120}}\))?\s*\Z")
_APPOS_LEAD: Final = re.compile(r"(?:,\s*|\s+is\s+|\s*[\u2014\u2013]\s*)\Z")
_THE_PROPOSED: Final = re.compile(
    r"(?:the|our) (?:newly )?proposed\s+("
    + _PHRASE
    + r")(?=\s*[,.;:()]|\s+[a-z]+(?:s|ed|ly)\b|\s+(?:"
    + alternation("proposed", "after_the_proposed_name")
    + r")\b)"
)
# "our proposed distance-driven Multiplexer-CNN method": one lower-case modifier, then a name
# that must be followed by its kind noun.
_THE_PROPOSED_MODIFIED: Final = re.compile(
    r"(?:the|our) (?:newly )?proposed\s+[a-z][\w\-]*\s+(" + _CAP + r")(?=\s+(?:" + _METHOD_ALT + r")\b)"
)
_LOWER_CONTINUES: Final = re.compile(
    r" (?!(?:and|or|to|for|of|on|in|with|from|by|via|that|which|is|are|was|were|can|as|at|into|over|under|which)\b)[a-z]"
)
_RELATIVE: Final = re.compile(r"\b(?:which|that|who|whose)\b")
_INDEFINITE_NAME: Final = re.compile(rf"\b(?:a|an)\s+({_CAP})(?=\s)")
_PARTS_LIST: Final = re.compile(
    rf",?\s*(?:i\.e\.|namely|called|named|dubbed)\s*,?\s*(?P<list>{_CAP}(?:\s*,\s*(?:and\s+)?{_CAP})*(?:\s*,?\s*and\s+{_CAP})?)"
)
# "a parametric optimization method, SNOPT," names a tool the paper takes; the paper's own
# things come with "novel"/"new"/"our" or in a sentence that proposes.
_NEW: Final = re.compile(r"\b(?:novel|new|our|first)\b", re.IGNORECASE)
# "we propose a new evaluation dataset (FAIR) and an algorithm (TRUST)": a kind noun, then
# the name in brackets (not a definition: the letters need not spell the words before).
_NOUN_THEN_NAME: Final = re.compile(rf"\s*\(\s*({_CAP})\s*\)")
_KIND_NEXT: Final = re.compile(r" (?:" + "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS)) + r")\b")
# Model families and fields written as acronyms are no one's own name (the guidelines leave them
# doubtful): "our video planner LLM", "the proposed safe RL algorithm".
_FAMILIES: Final = with_plurals(LM_FAMILY_ACRONYMS) | FIELD_ACRONYMS
# "Long Form Words (ACR)" right after a captured phrase: the acronym is the name.
_PAREN_AFTER: Final = re.compile(r"[^.,;:()]{0,60}?\(\s*([A-Za-z0-9][\w\-+.]*[\w+])\s*\)")
# "Broadly-Exploring, Local-policy Trees (BELT)": a long form with a comma inside (its letters must
# spell it, see _acronym_after).
_PAREN_AFTER_COMMA: Final = re.compile(r"[^.;:()]{0,60}?\(\s*([A-Za-z0-9][\w\-+.]*[\w+])\s*\)")


def _apposed_to_kind(text: str, phrase: str, end: int) -> bool:
    """"We present Growing Neural Gas, a new unsupervised network": title-case words the verb
    presents in apposition to their kind are a name, plain words or not -- but not a phrase cut
    before its kind noun ("Deep Neural Network, a model" is no name)."""
    return " " in phrase and _APPOSED_KIND.match(text, end) is not None and _trim(phrase) == phrase


def _trim(phrase: str) -> str:
    """Drop trailing words that are not part of a name ("DAWN The" cannot happen; "X Model" can)."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in STOP_NAMES:
        words.pop()
    return " ".join(words)


def _acronym_after(text: str, start: int, end: int, relaxed: bool = False) -> tuple[int, int] | None:
    """The span of "(ACR)" when ``text[start:end]`` begins the long form of that acronym.

    ``relaxed`` (after a naming verb: "named Speech to Lip (Speech2Lip)") skips the letter check of
    an acronym right after the phrase; one after a comma ("called Lift, Match, and Keep (LMK)")
    keeps it.
    """
    m = _PAREN_AFTER.match(text, end)
    if m is None:
        m, relaxed = _PAREN_AFTER_COMMA.match(text, end), False
    if not m or not is_name_like(m.group(1)):
        return None
    short = m.group(1)
    if relaxed:
        return m.start(1), m.end(1)
    long_start = long_form_start(short, text, m.start() + m.group().index("(")) if short else None
    if long_start is None or long_start > end or long_start < start - 40:
        return None
    return m.start(1), m.end(1)


_OUR_KNOWN: Final = re.compile(r"\b[Oo]ur\s+(?:[\w\-]+\s+){1,3}(?:is|are)\s+(?:also\s+)?\Z")
def _naming_match(text: str, tend: int, at: int) -> re.Match | None:
    """The naming at ``at``; "known as" only after the paper's own thing ("Our method is known as X")."""
    if text.startswith("known", at) and not _OUR_KNOWN.search(text, max(tend, at - 60), at):
        return None
    if _SO_CALLED_BEFORE.search(text, max(tend, at - 6), at) and not _so_called_own(text, tend, at):
        return None  # "to compute so-called Generalized Hypertree Decompositions", "their so called "Fisher kernel"": a known term
    m = _NAMING.match(text, at)
    if m and _ARTICLE_NAMED.search(text, at, m.start(1)) and not is_name_like(m.group(1).split()[0]) \
            and not _ACRONYM_NEXT.match(text, m.end(1)):
        return None  # "we call it a Neural  Analog ...", "we call the Gaussian and Wishart ...": a plain word may be cut
    return m


def _so_called_own(text: str, tend: int, at: int) -> bool:
    """:func:`kg.extract.proposed_lower.so_called_own` in the sentence holding ``at``."""
    return so_called_own(text, _sentence_start(text, tend, at), at)


def _sentence_start(text: str, tend: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, at most a sentence's length back (a text with no
    ". " read from its start at every name was quadratic)."""
    lo = max(tend, at - MAX_SENTENCE_CHARS)
    return max(lo, text.rfind(". ", lo, at) + 1)


_WE_NAME: Final = re.compile(r"(?:which )?[Ww]e (?:call|name|term|dub)")
# "We call this a topological Voronoi cell", "We call this key contribution outcome-centric evaluation": a sentence
# opening with the naming reads lower-case words as no name (the capitalised ones are read: "We dub it ShapeNetX")
_WE_NAMES: Final = re.compile(r"We (?:call|name|term|dub)")
_ARTICLE_NAMED: Final = re.compile(r"[Ww]e (?:call|name|term|dub)\w*(?: (?:it|them|this|our \w+))? (?:an?|the) ")
_ACRONYM_NEXT: Final = re.compile(r"[\w\- ]{0,60}?\(")
_SO_CALLED: Final = re.compile(r"(?:so-|so )called\s*\Z|\bnamed\s*\Z")
# "Our method, which we refer to as dynamic token pruning (DTP)": the paper's own kind of thing names it.
# "Our tests are built on a novel representation ... called conditional moment embedding (CMME)": the
# new thing the sentence names is the paper's own.
# (Not a new task or problem: "a new visual restoration task, termed as ... (HVITA)".)
_NOVEL_THING: Final = re.compile(r"\b[Aa] (?:novel|new) [a-z][\w\-]*\b(?![^,;]*\b(?:tasks?|problems?|settings?)\b)")
_OUR_KIND: Final = re.compile(r"\b(?:[Oo]ur|[Tt]he proposed)\s+(?:[\w\-]+\s+)?(?:" + _METHOD_ALT + r")\b")


def _proposes_lower_named(text: str, tend: int, start: int) -> bool:
    """"we propose a class of schemes called informed importance tempering (IIT)": a lower-case
    long form after a naming word is the paper's name only in a sentence that proposes it
    ("a so-called partial ancestral graph (PAG)", "named entity recognition (NER)" are not)."""
    s0 = _sentence_start(text, tend, start)
    before = text[s0:start].rstrip(" \"'\u201c`,")
    return not _SO_CALLED.search(before) and bool(_PROPOSAL_VERB.search(before) or _OUR_KIND.search(before)
                                                  or _NOVEL_THING.search(before))


def _novel_apposition(text: str, tend: int, at: int, emit) -> None:
    """A name right before ", a novel ...", " is a novel ..." or a dash and "a novel ..." is presented."""
    lead = _APPOS_LEAD.search(text, max(tend, at - 12), at)
    if lead and (m := _APPOS_BEFORE.search(text, max(tend, lead.start() - 160), lead.start())):
        emit(m.start("name"), m.group("name"), "proposed:apposition", 0.8, False)


def find_proposed(text: str, tend: int | None = None, sents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Names the paper introduces, as candidates with role PROPOSED or INTRODUCED_DATASET."""
    tend = title_end(text) if tend is None else tend
    sents = split_sentences(text) if sents is None else sents
    out = title_names(text, tend, sents) + our_names(text, tend, sents)
    out += outperforming(text, tend) + titled_parts(text, tend, sents) + bracketed_coined(text, tend, sents)
    out += quoted_kind(text, tend, sents) + kind_framed(text, tend, sents)

    def emit(start: int, phrase: str, rule: str, conf: float, strong: bool, role: Role | None = None, plain_words_ok: bool = False) -> None:
        phrase = _trim(phrase.rstrip(".-"))
        acr, said_at = None, start
        if (phrase[:1].isupper() or (rule == "proposed:naming" and _proposes_lower_named(text, tend, start))) and not (
            " " not in phrase and is_name_like(phrase)
        ):
            acr = _acronym_after(text, start, start + len(phrase), relaxed=rule == "proposed:naming")
        if acr is not None:
            start, phrase = acr[0], text[acr[0] : acr[1]]
            strong = True
        elif (cut := unbracketed_acronym(text, start, start + len(phrase))) > start:  # "... Disentanglement CID,"
            start, phrase = cut, phrase[cut - start :]
        if not valid_name(phrase, strong_context=strong, plain_words_ok=plain_words_ok) or phrase.lower() in _FAMILIES:
            return  # "our video planner LLM (GPT-4)": a family, not a name
        end = start + len(phrase) if acr or rule != "proposed:naming" else with_capital_kind(text, start, start + len(phrase))
        if " " not in phrase and not is_name_like(phrase) and _LOWER_CONTINUES.match(text, end) and not _KIND_NEXT.match(text, end):
            # "called Russian roulette sampling": the capitalised word only starts a phrase;
            # "the Face-Intersect algorithm" is a name followed by its kind.
            return
        if role is None:
            # the kind is read around the whole phrase: "a new ... method called Causal ATTention Multiple
            # Instance Learning (CATTMIL) to alleviate the dataset bias" names a method
            role = name_role(text, start, end, sentence_at(sents, start), said_at)
        out.append(Candidate(role, start, end, rule, conf))
    for kind, at, anchor_end in _ANCHORS.finditer(text, tend):
        head = _verb_head(text, at) if kind == "verb" else None
        if kind == "verb" and head is None:
            continue  # "we show", "we use": no presenting verb
        if head is not None:
            _verb_variants(text, head.end(), out, emit)
        if kind == "naming" or kind == "verb":
            m = _naming_match(text, tend, at) if kind == "naming" else _VERB.match(text, head.end())  # type: ignore[union-attr]
            if m:
                conf = 0.9 if kind == "naming" else 0.85
                role = _prior_named_role(text, tend, sents, at) if kind == "naming" else None
                if kind == "verb" and head.re in _VERB_HEADS_AND:  # type: ignore[union-attr]
                    # "we combined ... datasets and propose MultiFED, a federated approach": the kind
                    # is read in the clause of the presenting verb, not the first verb's.
                    end = m.start(1) + len(m.group(1))
                    role = name_role(text, m.start(1), end, (head.end(1), sentence_at(sents, at)[1]))  # type: ignore[union-attr]
                if kind == "verb" and brought_in(text, at, head.end(), m.end(1)):  # type: ignore[union-attr]
                    role = Role.METHOD
                # "which we dub Shape-Guided Diffusion": the first person naming its own thing makes
                # plain title-case words a name ("called Dynamic Programming" may be a known term).
                plain = _apposed_to_kind(text, m.group(1), m.end(1)) if kind == "verb" else _WE_NAME.match(text, at) is not None
                emit(m.start(1), m.group(1), f"proposed:{kind}", conf, True, role, plain)
                if kind == "naming" and (second := _AND_NAME.match(text, m.end(1))):
                    # "(namely Max-Wel and Max-Rev)": both are named
                    emit(second.start(1), second.group(1), "proposed:naming", conf, True, role)
            if kind == "naming" and not _WE_NAMES.match(text, at):
                out.extend(_lower_named(text, tend, sents, at))
        elif kind == "noun":
            _apposition(text, tend, sents, at, anchor_end, out, emit)
        elif kind == "novel":
            _novel_apposition(text, tend, at, emit)
        elif kind == "passive":
            _passive(text, max(sentence_at(sents, at)[0], tend), at, emit)
        elif kind == "parts":
            # "two cascaded networks, i.e., CoarseNet and RefineNet", in a sentence that proposes.
            m = _PARTS_LIST.match(text, anchor_end)
            s0 = sentence_at(sents, at)[0]
            if m and (_FIRST_PERSON_PROPOSAL.search(text, max(s0, tend), at) or own_composed(text[max(s0, tend) : at], lambda: _own_so_far(text, out))):
                for item in re.finditer(_CAP, m.group("list")):
                    emit(m.start("list") + item.start(), item.group(), "proposed:parts", 0.8, False)
            elif not m:  # "two components: A and B" (read from the plural ending, as after a kind noun)
                plural_apposition(text, tend, s0, at, anchor_end - 1, emit, lambda: _own_so_far(text, out))
        elif kind == "proposed":
            m = _THE_PROPOSED.match(text, at) or _THE_PROPOSED_MODIFIED.match(text, at)
            if m:
                emit(m.start(1), m.group(1), "proposed:the-proposed", 0.8, False)
    return out


def _verb_head(text: str, at: int) -> re.Match[str] | None:
    """The presenting verb's head at a "we"/"this paper" anchor ("We propose", "we combine ... and
    propose"), read through the patterns' ASCII twins on an ASCII text (the same matches, faster)."""
    if text.isascii():
        return _VERB_HEAD_ASCII.match(text, at) or _VERB_HEAD_AND_ASCII.match(text, at)
    return _VERB_HEAD.match(text, at) or _VERB_HEAD_AND.match(text, at)


def _passive(text: str, s0: int, at: int, emit) -> None:
    """"In addition, a Blend-Net and a sync loss are introduced": new things in the subject (the
    sentence from ``s0`` to the passive verb at ``at``)."""
    if _RELATIVE.search(text, s0, at):
        return  # "a detector, which utilizes a GMM, is developed": the GMM is used
    for m in _INDEFINITE_NAME.finditer(text, s0, at):
        if is_name_like(m.group(1)) and not (_LOWER_CONTINUES.match(text, m.end(1)) and not _KIND_NEXT.match(text, m.end(1))):
            # ... not "a DC motor and a gear are proposed": the name only qualifies a noun
            emit(m.start(1), m.group(1), "proposed:passive", 0.8, False)


def _own_so_far(text: str, out: list[Candidate]) -> frozenset[str]:
    """The own names found so far (title, "our X"), lower case: the subject of "X consists of two
    modules: A and B" (:func:`kg.extract.proposed_parts.own_composed`)."""
    return frozenset(text[c.start : c.end].lower() for c in out if c.role is Role.PROPOSED)


def _verb_variants(text: str, at: int, out: list[Candidate], emit) -> None:
    """The presenting-verb rules beside ``_VERB``, read from ``at`` (the end of the verb)."""
    if text.startswith(("a ", "an "), at) and (m := _VERB_A.match(text, at)):
        # "we propose a Lock-Release pretraining strategy": a coined word before the kind noun.
        word = m.group(1)
        if not _LOWER_PART.search(word) and not word.isupper() and is_name_like(word, allow_capitalized=True) and (
            is_name_like(word) or "-" in word
        ):
            out.append(Candidate(Role.PROPOSED, m.start(1), m.end(1), "proposed:verb-kind", 0.75))
    if (m := _VERB_NOUN.match(text, at)) and is_name_like(m.group(1)):
        # "we introduce EigenPro iteration, a ...": a coined name, then one word of its kind.
        emit(m.start(1), m.group(1), "proposed:verb", 0.85, True)
    if (m := _LOWER_COINED.match(text, at)) and m.group(1).lower() not in STOP_NAMES:
        # "we introduce max-rank, a novel correction": a lower-case coined name in apposition to
        # a new thing (a hyphen or a digit inside; plain words are the lower-named rule's).
        out.append(Candidate(name_role(text, m.start(1), m.end(1), (at, min(len(text), m.end() + 120))),
                             m.start(1), m.end(1), "proposed:verb-lower", 0.8))
    if text.startswith(("a ", "an "), at) and (m := (_KIND_THEN_COINED_ASCII if text.isascii() else _KIND_THEN_COINED).match(text, at)) \
            and _coined_name(m.group("name")):
        # "proposes a novel ... graph learning method MAFedHGL.", "we develop a field-of-view prediction
        # model HumanFoV trained on ...": a coined name right after the kind noun of what is presented.
        emit(m.start("name"), m.group("name"), "proposed:verb-kind-name", 0.8, True)
    if (m := _VERB_PAIR.match(text, at)) and is_name_like(m.group(1)) and is_name_like(m.group(2)):
        for group in (1, 2):
            emit(m.start(group), m.group(group), "proposed:verb", 0.85, True)
    _titled_parts(text, at, out)
    out.extend(lower_apposed(text, at))  # "we present a method, partial sampling, that ..."
    if ((m := _VERB_QUOTED.match(text, at)) and _quoted_name_ok(m.group("name")) and not _QUOTED_NOT_NAME.match(text, m.end())
            and not _QUOTED_KIND_BEFORE.search(text, at, m.start("name"))):
        start, end = m.start("name"), m.end("name")
        acr = _acronym_after(text, start, end)
        if acr is not None:
            start, end = acr
        role = name_role(text, start, end, (at, min(len(text), m.end() + 120)))
        out.append(Candidate(role, start, end, "proposed:verb", 0.85))
    if text.startswith(("a ", "an "), at) and (m := _VERB_BRACKET.match(text, at)):
        # "we propose a novel Deep Complementary Joint Model (DeepRS) for ...": a coined name in
        # brackets after the presented phrase; a definition whose letters spell the words before
        # it ("a deep Q-network (DQN)") is the acronym component's.
        name = m.group("name")
        if is_name_like(name.split()[0]) and name.lower() not in STOP_NAMES and sum(c.isalpha() for c in name) >= 2 and (
            not is_acronym(name) or long_form_start(name, text, text.rindex("(", 0, m.start("name"))) is None
        ) and not _VERSION.match(name) and not _DEGREES.match(name):
            emit(m.start("name"), name, "proposed:verb-bracketed", 0.8, True)


def _coined_name(name: str) -> bool:
    """A coined name ("MAFedHGL", "HumanFoV", "Graph-Q"): name-like with a lower-case letter, not
    capitals alone (digits aside: "GPT4", "T5"), which are as often a family or a prior model the
    kind noun is built on ("a DNN model")."""
    return (is_name_like(name) and not name.rstrip("s").isupper() and name.lower() not in STOP_NAMES
            and name.lower().rstrip("s") not in _FAMILIES)


def _quoted_name_ok(name: str) -> bool:
    """A quoted name: capitalised words (joined by short function words or "+"), at most six."""
    words = name.split()
    if len(words) > 6 or name.lower() in _FAMILIES or not words[-1][0].isupper() and not words[-1][0].isdigit():
        return False
    if len(words) == 1:
        return is_name_like(name, allow_capitalized=True) and name.lower() not in STOP_NAMES
    return all(w[0].isupper() or w[0].isdigit() or w in ("+", "&", "-", "and", "of", "in", "the", "for", "to", "on")
               for w in words)


def _titled_parts(text: str, at: int, out: list[Candidate]) -> None:
    """Title-case parts the paper presents (see ``_VERB_TITLED``); context only, so a name the
    catalogue knows ("a Graph Neural Network module") stays a method."""
    m = _VERB_TITLED.match(text, at)
    if m is None:
        return
    if (m.group("clause") or "").lstrip().startswith("("):
        pass  # "the Snake Mamba Block (SMB) and ...": the verb rule reads the acronym
    elif not verb_titled_ok(text, m):
        return  # "a Bayesian Model to ...": a kind of thing, not a named part
    else:
        out.append(Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:parts", 0.75))
    if (second := _AND_TITLED.match(text, m.end("name"))) and titled_ok(second.group("name"), False):
        out.append(Candidate(Role.PROPOSED, second.start("name"), second.end("name"), "proposed:parts", 0.75))


# "(RDEC), that integrates virtual adversarial training (VAT), ..., with a clustering method called":
# the thing the paper's method is joined with is an existing one (not "with a novel module called").
_JOINED_WITH: Final = re.compile(r"\b(?:integrat|combin|incorporat|fus|coupl|unif)\w*\b[^.;]*\bwith\s+(?:(?!novel\b|new\b|our\b|proposed\b)[\w\-]+\s+){0,5}\Z")


_LAST_OWN_WORD: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ovel|[Nn]ew|[Tt]his (?:paper|work))\b(?!.*\b(?:[Ww]e|[Oo]ur|[Nn]ovel|[Nn]ew)\b)")
_PURPOSE: Final = re.compile(r"\bto\s+(?!be\b)[a-z]+\b")


def _purposed_so_called(text: str, s0: int, at: int) -> bool:
    """"we present ... techniques to compute so-called Generalized Hypertree Decompositions (GHDs)": a
    so-called term the paper's own words aim at ("to compute") after its last own word is a known one,
    used (not "to present a new design ..., the so-called Prismatic Compliant Joint")."""
    if not _SO_CALLED_BEFORE.search(text, max(s0, at - 6), at):
        return False
    own = _LAST_OWN_WORD.search(text, s0, at)
    return own is not None and _PURPOSE.search(text, own.end(), at) is not None


def _prior_named_role(text: str, tend: int, sents: list[tuple[int, int]], at: int) -> Role | None:
    """Method or dataset when a naming verb at ``at`` names prior work ("two popular grasp
    datasets, namely Cornell and Jacquard"); None when the name is the paper's own. A prior word
    before the paper's "our"/"we" ("unlike the popular approaches, our method, called SPIN")
    qualifies other methods, not the named one."""
    s0 = max(tend, sentence_at(sents, at)[0])
    if _prior_since_own(text, s0, at) or _JOINED_WITH.search(text, s0, at) or _purposed_so_called(text, s0, at):
        return Role.DATASET if _after_data_noun(text, tend, at) else Role.METHOD
    # "results on two benchmark datasets, namely CIFAR10 and CIFAR100": "namely" only lists the
    # datasets a sentence uses unless the sentence presents something (new, our, we, propose).
    if not text.startswith("namely", at):
        return None
    data = _after_data_noun(text, tend, at)
    # (A stricter test than used_namely_role's: any "we"/"our" in the sentence keeps a listed dataset
    # the paper's own. Reading used_namely_role's test here instead changed 2 of 20,000 dumped
    # abstracts, "WMT'14" and "PASCAL VOC 2007" becoming used datasets: an output change, left.)
    if data and not (_NEW.search(text, s0, at) or _PROPOSAL_VERB.search(text, s0, at) or _OUR_OR_WE.search(text, s0, at)):
        return Role.DATASET
    role = used_namely_role(text, s0, at)
    return Role.DATASET if role is not None and data else role


def _after_data_noun(text: str, tend: int, at: int) -> bool:
    """A dataset noun among the words just before ``at`` ("two popular grasp datasets, namely")."""
    return any(w in DATASET_NOUNS for w in _NOUN_RE.findall(text[max(tend, at - 60) : at].lower()))


def _own_baseline(text: str, s0: int, pre: re.Match) -> bool:
    """Is the only prior word before an apposed name "baseline", in a phrase the paper proposes
    ("we also propose a baseline method, CRUDParser, which ..."): the paper's own baseline, not
    someone else's ("compared with a strong baseline method, LOAM," is)."""
    words = pre.group()
    prior = _PRIOR.search(words)
    if prior is None or not prior.group().lower().startswith("baseline") or _PRIOR.search(words, prior.end()):
        return False
    verb = None
    for verb in _PROPOSAL_VERB.finditer(text, s0, pre.start() + 1):
        pass
    return verb is not None and pre.start() - verb.end() <= 2


def _apposition(
    text: str, tend: int, sents: list[tuple[int, int]], at: int, anchor_end: int, out: list[Candidate], emit
) -> None:
    """"a new framework, NAME," and "a new dataset (NAME)" at the kind noun starting at ``at``;
    ``emit`` checks and records a name (see :func:`find_proposed`)."""
    if text.startswith("s", anchor_end) or text.startswith("es", anchor_end):
        plural_apposition(text, tend, sentence_at(sents, at)[0], at, anchor_end, emit, lambda: _own_so_far(text, out))
        return
    m = _APPOS_AFTER_NOUN.match(text, at)
    pre = _APPOS_PRE.search(text, max(tend, at - 80), at) if m or text.startswith(" (", anchor_end) else None
    if pre is None:
        return  # both rules need an article or "our"/"new" before the noun (most kind nouns have none)
    s0 = max(sentence_at(sents, at)[0], tend)
    proposes = _NEW.search(pre.group()) or _PROPOSAL_VERB.search(text, s0, at)  # new, or a proposing sentence
    presented = proposes or (_WE.search(text, s0, at) and not USE_VERB.search(text, s0, at))
    bracket = _NOUN_THEN_NAME.match(text, anchor_end)
    if (bracket and is_name_like(bracket.group(1)) and not _PRIOR.search(pre.group()) and proposes
            and ((long_form_start(bracket.group(1), text, anchor_end) or -1) < s0
                 or (not is_acronym(bracket.group(1)) and re.search(r"\b[A-Z]", pre.group()[2:])))):
        # "a new evaluation dataset (FAIR) and an algorithm (TRUST)"; a definition
        # ("a large language model (LLM)") is the acronym component's, but a capitalised one it does
        # not read ("a novel Mixture of Predictors network (MopNet)": not acronym-shaped) is ours
        # ("a convolutional neural network (ConvNet)" is not).
        noun = text[at:anchor_end].lower()
        role = Role.INTRODUCED_DATASET if noun in DATASET_NOUNS else Role.PROPOSED
        out.append(Candidate(role, bracket.start(1), bracket.end(1), "proposed:bracketed", 0.75))
    if m and presented and _AND_OR_IS.match(text, m.end("name")) and not (
        # "an optimistic policy optimization algorithm POWERS and show ...", "A novel latent factor model
        # SLFA is then proposed": a name right after its kind ends at "and"/"is" where an article leads
        # the kind's own words and the paper presents it ("a novel method, Syntax and Semantics Aware
        # ..." runs on past "and"; "to the robot HRP-2 and", "on the benchmark DISFA and" name others')
        not m.group("sep").strip() and _PLAIN_KIND_PRE.search(pre.group()) and proposes
    ):
        return
    if m and presented:
        noun = m.group("noun")
        role = Role.INTRODUCED_DATASET if noun in DATASET_NOUNS else Role.PROPOSED
        if _PRIOR.search(pre.group()) and not _own_baseline(text, s0, pre):  # "a state-of-the-art method, LOAM,": someone else's
            role = Role.DATASET if noun in DATASET_NOUNS else Role.METHOD
        plain = not m.group("sep").strip()  # "a new framework X": X must look like a name by itself
        emit(m.start("name"), m.group("name"), "proposed:apposition", 0.85, not plain, role)


@Language.factory("kg_proposed", requires=["doc._.kg_sents"], assigns=["doc._.kg_candidates"])
def proposed_component(nlp: Language, name: str):
    """Appends candidates for the names the paper introduces."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        st.candidates.extend(find_proposed(st.text, st.title_end, st.sents))
        return doc

    return component
