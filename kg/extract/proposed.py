"""The paper's own contributions: the methods it proposes and the datasets it introduces.

Rules, each a regular expression over the title or abstract, all requiring a name-shaped
span (see :func:`kg.extract.shapes.is_name_like`):

- ``title-prefix``: "NAME: rest of title" (a lower-case coined NAME, "textless-lib:", only when the
  abstract presents it); confirmed when the abstract uses NAME too, or when
  NAME is one coined word the abstract never uses ("Dexonomy:"), a name with a version
  ("Agbots 2.0:"), or "Long Name (ACR):" with ACR in the abstract;
- ``naming``: "called / named / dubbed / termed / coined / namely NAME" (also "that we called");
- ``lower-named``: a lower-case name after a naming verb in a sentence that proposes ("a new
  method, called adaptive dither voting, for ...");
- ``verb``: "we propose / present / introduce ... NAME," with NAME directly after the verb (past
  tense too; "NAME an ..." without the comma; "NAME iteration, a ...");
- ``verb-kind``: "we propose a Lock-Release pretraining strategy": a coined word before a kind noun;
- ``apposition``: "a new framework, NAME," and "NAME, a novel ..." in a sentence that presents
  (a prior method in apposition, "a state-of-the-art method, X", becomes a plain method);
- ``the-proposed``: "the proposed NAME";
- ``passive``: "a NAME and a ... loss are introduced";
- ``parts``: "two networks, i.e., NAME1 and NAME2" in a sentence that proposes;
- ``bracketed``: "we propose a new evaluation dataset (NAME) and an algorithm (NAME2)" (not a
  definition: the letters need not spell the words before). Markdown emphasis ("**NAME**")
  around a name is ignored.

Whether a name is a method, a dataset or a metric is read from the nearest noun around it
("a new benchmark called X", "X, a large-scale dataset of ...", "X, a metric that ...").
When a spelled-out name is followed by its acronym ("Large Motion Model (LMM)") the acronym
is taken as the name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .acronyms import long_form_start
from .anchors import Anchors
from .doc import Candidate, state, title_end
from .sentences import sentence_at, split_sentences
from .shapes import DATASET_NOUNS, STOP_NAMES, TASK_HEADS, is_acronym, is_name_like, norm, word_spans
from .words import alternation, anchor_kinds, word_set

__all__ = ["find_proposed", "name_role", "valid_name", "proposed_component"]

_CAP = r"[A-Z0-9](?:[\w\-+.]*[\w+])?"
_ANY = r"[A-Za-z0-9](?:[\w\-+.]*[\w+])?"
_PHRASE = rf"{_CAP}(?: {_CAP}){{0,3}}"

_METHOD_NOUNS = word_set("proposed", "method_nouns")
_METRIC_NOUNS = word_set("proposed", "metric_nouns")
_NOUN_RE = re.compile(r"[A-Za-z]+")

# A name may start in lower case when a capital follows ("vqSGD", "mPLUG-Owl").
_LOW_NAME = r"[a-z][a-z0-9]*[A-Z][\w\-+.]*[\w+]"
# "NAME: rest", "NAME - rest" (a spaced dash separates like a colon).
_TITLE = re.compile(
    rf"^\s*((?:{_CAP}|{_LOW_NAME})(?: {_CAP}){{0,3}})(?:\s*\(({_CAP})\))?(?:\s*:|\s+[-\u2013\u2014]{{1,2}})\s+(.*)$",
    re.DOTALL,
)
# "NAME for Source-Free Domain Adaptation": one name-shaped word leading the title before a link.
_TITLE_LEAD = re.compile(rf"^\s*((?:{_CAP}|{_LOW_NAME}))\s+(?:for|with|via|in|on|as)\s+\S")
_VERSION = re.compile(r"^v?\d+(?:\.\d+)*$")
_TOPIC_OPENERS = word_set("proposed", "topic_openers")
_SURVEY = re.compile(r"^(?:an?\s+)?(?:survey|review|overview|tutorial|position|primer|perspective)\b", re.IGNORECASE)
_NAMING = re.compile(
    r"(?:called|named|dubbed|termed|coined|namely|entitled|codenamed|denoted as|referred to as|refer to as"
    r"|which we (?:call|name|term|dub)|we called|we (?:call|name|term|dub) (?:it|them|this|our \w+))"
    rf"\s*,?\s*(?:as\s+|it\s+)?(?:the\s+)?[\"'\u201c`]*({_ANY}(?: {_CAP}){{0,3}})"
)
# "we propose", "This paper introduces", "we developed" (past tense too): the presenting head every
# verb rule starts with, matched once per anchor; the rules below read on from its end.
_VERB_HEAD = re.compile(
    r"(?:[Ww]e|[Tt]his (?:paper|work|study|article)|[Hh]ere,? we)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:" + alternation("proposed", "presenting_verbs") + r")(?:s|d|ed)?\s+"
)
# "... NAME," right after the verb ("we propose X an automatic ...": an apposition whose comma
# the source lost).
_VERB = re.compile(
    r"(?:the\s+)?(?:[\"\u201c]|\*\*?|_)?"
    rf"({_PHRASE})(?:[\"\u201d]|\*\*?|_)?(?=\s*(?:[,(:;\u2014\u2013]|--|\.\s|\.$| which\b| that\b| to\b| for\b| as\b| with\b| in\b| an?\s"
    r"| (?:framework|model|method|approach|system|network|architecture|pipeline|algorithm|module|dataset|benchmark|corpus)\b))"
)
# "... a Lock-Release pretraining strategy": a coined word before a kind noun.
_VERB_A = re.compile(
    r"(?:a|an)\s+(?:novel\s+|new\s+)?"
    r"([A-Za-z0-9][\w\-+.]*[\w+])\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + "|".join(sorted(_METHOD_NOUNS)) + r")\b"
)
# "... EigenPro iteration, a ...": a coined name, then one word of its kind.
_VERB_NOUN = re.compile(r"([A-Za-z0-9][\w\-+.]*[\w+]) [a-z]+,")
# Every rule starts at an anchor word (``data/proposed.json``); its expression is tried only there.
_ANCHOR_WORDS = anchor_kinds("proposed")
_ANCHORS = Anchors(_ANCHOR_WORDS)
_APPOS_PRE = re.compile(r"\b(?:a|an|our|the first|novel|new)\s+(?:[\w\-]+\s+){0,5}?\Z")
_APPOS_AFTER_NOUN = re.compile(
    r"(?P<noun>" + "|".join(_ANCHOR_WORDS["noun"]) + ")"  # the "noun" anchors: the rule starts at one
    r"(?P<sep>\s*[,:]\s*[\"\u201c]?|\s+[\"\u201c]|\s+)"
    rf"(?P<name>{_PHRASE})[\"\u201d]?\s*(?=[,(]|\.\s|\.$|which\b|that\b|with\b|for\b|to\b)"
)
_APPOS_BEFORE = re.compile(rf"(?<![\w\-])(?P<name>{_PHRASE})\s*(?:\([^()]{{0,120}}\))?\s*\Z")
_APPOS_LEAD = re.compile(r"(?:,\s*|\s+is\s+|\s*[\u2014\u2013]\s*)\Z")
_THE_PROPOSED = re.compile(
    r"(?:the|our) (?:newly )?proposed\s+("
    + _PHRASE
    + r")(?=\s*[,.;:()]|\s+[a-z]+(?:s|ed|ly)\b|\s+(?:"
    + alternation("proposed", "after_the_proposed_name")
    + r")\b)"
)
_LOWER_CONTINUES = re.compile(
    r" (?!(?:and|or|to|for|of|on|in|with|from|by|via|that|which|is|are|was|were|can|as|at|into|over|under|which)\b)[a-z]"
)
_RELATIVE = re.compile(r"\b(?:which|that|who|whose)\b")
_PRIOR = re.compile(r"\b(?:" + alternation("proposed", "prior_words") + r")\b", re.IGNORECASE)
_INDEFINITE_NAME = re.compile(rf"\b(?:a|an)\s+({_CAP})(?=\s)")
_PARTS_LIST = re.compile(
    rf",?\s*(?:i\.e\.|namely|called|named|dubbed)\s*,?\s*(?P<list>{_CAP}(?:\s*,\s*(?:and\s+)?{_CAP})*(?:\s*,?\s*and\s+{_CAP})?)"
)
# "a parametric optimization method, SNOPT," names a tool the paper takes; the paper's own
# things come with "novel"/"new"/"our" or in a sentence that proposes.
_NEW = re.compile(r"\b(?:novel|new|our|first)\b", re.IGNORECASE)
_PROPOSAL_VERB = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?(?:"
    + alternation("proposed", "proposal_verbs")
    + r")s?\b"
)
_WE = re.compile(r"\b[Ww]e\b")
_OUR_OR_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
_FUNCTION_WORDS = r"(?:and|or|to|for|of|on|in|with|from|by|via|that|which|is|are|was|were|can|as|at|into|over|under|the|a|an|whose|where)"
_USE_VERB = re.compile(r"\b(?:" + alternation("proposed", "use_verbs") + r")\b")
_FIRST_PERSON_PROPOSAL = re.compile(
    r"\b(?:[Ww]e|[Oo]ur)\s+(?:\w+\s+)?(?:propose|present|introduce|design|devise|develop|build|use|employ|adopt)s?\b"
)
# "we propose a new evaluation dataset (FAIR) and an algorithm (TRUST)": a kind noun, then
# the name in brackets (not a definition: the letters need not spell the words before).
_NOUN_THEN_NAME = re.compile(rf"\s*\(\s*({_CAP})\s*\)")
# "our MTSNet achieves", "our SSMGL approach": a name-shaped word right after "our".
# ("[Oo]ur(?<!\w[Oo]ur)" is "\b[Oo]ur" led by its letters, which the regex engine skips to in C.)
_OUR_NAME = re.compile(r"[Oo]ur(?<!\w[Oo]ur)\s+(?:new\s+|novel\s+)?([A-Za-z0-9][\w\-+.]*[\w+])(?=[\s,.;:)])")
# What may follow it: a kind noun, or a verb of its own ("our X achieves/outperforms/is ...").
_OUR_FOLLOW = re.compile(
    r"\s+(?:" + "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS | {"achieves", "outperforms", "improves", "obtains",
    "yields", "surpasses", "reaches", "attains", "consists", "produces", "learns", "can", "is", "significantly",
    "consistently", "also", "still", "not", "only", "over", "on", "for", "against", "with", "in"})) + r")\b|\s*[,.;]"
)
_KIND_NEXT = re.compile(r" (?:" + "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS)) + r")\b")
_LOWER_PART = re.compile(r"-[a-z]+(?:-|$)")
# "Long Form Words (ACR)" right after a captured phrase: the acronym is the name.
_PAREN_AFTER = re.compile(r"[^.,;:()]{0,60}?\(\s*([A-Za-z0-9][\w\-+.]*[\w+])\s*\)")


def valid_name(phrase: str, *, strong_context: bool, plain_words_ok: bool = False) -> bool:
    """Is ``phrase`` a plausible system/dataset name?

    One word must be name-shaped ("MCNet", "Portrait3D"); a capitalised word ("Medusa") is
    enough only in a strong context (a naming verb right before it). Several words must all
    be capitalised, none a function word, the last not a task noun ("Image Generation").
    """
    words = phrase.split()
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


def _trim(phrase: str) -> str:
    """Drop trailing words that are not part of a name ("DAWN The" cannot happen; "X Model" can)."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in STOP_NAMES:
        words.pop()
    return " ".join(words)


def _acronym_after(text: str, start: int, end: int, relaxed: bool = False) -> tuple[int, int] | None:
    """The span of "(ACR)" when ``text[start:end]`` begins the long form of that acronym.

    ``relaxed`` (after a naming verb: "named Speech to Lip (Speech2Lip)") skips the letter check.
    """
    m = _PAREN_AFTER.match(text, end)
    if not m or not is_name_like(m.group(1)):
        return None
    short = m.group(1)
    if relaxed:
        return m.start(1), m.end(1)
    long_start = long_form_start(short, text, m.start() + m.group().index("(")) if short else None
    if long_start is None or long_start > end or long_start < start - 40:
        return None
    return m.start(1), m.end(1)


def name_role(text: str, start: int, end: int, sentence: tuple[int, int]) -> Role:
    """Dataset or method, from the nouns nearest the name inside its sentence."""
    s, e = sentence
    before = _NOUN_RE.findall(text[max(s, start - 80) : start].lower())[-6:]
    after = _NOUN_RE.findall(text[end : min(e, end + 120)].lower())[:12]
    for i, w in enumerate(after[:4]):
        if w in _METRIC_NOUNS and after[i + 1 : i + 2] not in (["learning"], ["space"], ["spaces"]):
            return Role.METRIC  # "we introduce X, a metric that ..." (not "X, a metric learning approach")
    for w in reversed(before):
        if w in DATASET_NOUNS:
            return Role.INTRODUCED_DATASET
        if w in _METHOD_NOUNS:
            return Role.PROPOSED
    for w in after:
        if w in DATASET_NOUNS:
            return Role.INTRODUCED_DATASET
        if w in _METHOD_NOUNS:
            return Role.PROPOSED
    return Role.PROPOSED


def _find_word(text: str, phrase: str) -> int | None:
    """Offset of ``phrase`` in ``text`` as a whole word, ignoring case; None if absent."""
    low, p = text.lower(), phrase.lower()
    i = low.find(p)
    while i >= 0:
        before = low[i - 1] if i else " "
        after = low[i + len(p)] if i + len(p) < len(low) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return i
        i = low.find(p, i + 1)
    return None


def _title_candidates(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    title = text[:tend]
    m = _TITLE.match(title)
    if not m:
        return _lower_title_prefix(text, tend)
    if _SURVEY.match(m.group(3)):
        return []
    phrase = m.group(1)
    first_word = phrase.split()[0].lower()
    if " " in phrase and (first_word.endswith("ing") or first_word in _TOPIC_OPENERS):
        return []  # "Revisiting DP-Means: ...", "Beyond GNNs: ..." name a topic, not a system
    start = m.start(1)
    end = start + len(phrase)
    abstract = text[tend:]
    in_abstract = _find_word(abstract, phrase)
    words = phrase.split()
    # "Dexonomy: ...": one coined capitalised word the abstract never uses, as a word either,
    # over an abstract that presents something; "Agbots 2.0: ...": a name with a version.
    coined = (
        len(words) == 1 and len(phrase) >= 4 and phrase[0].isupper() and phrase[1:].islower()
        and phrase.lower() not in STOP_NAMES and in_abstract is None and _WE.search(abstract) is not None
    )
    versioned = 1 < len(words) <= 3 and _VERSION.match(words[-1]) is not None and words[0][0].isupper()
    # "Sparse Query Network (SQN): ..." whose abstract uses "SQN".
    acronym_used = bool(m.group(2)) and is_name_like(m.group(2)) and _find_word(abstract, m.group(2)) is not None
    if not (coined or acronym_used or valid_name(phrase, strong_context=in_abstract is not None, plain_words_ok=True)):
        return []
    if not versioned and not acronym_used and not any(is_name_like(w) for w in words) and (" " in phrase or not coined):
        # Plain words ("Fourier Head", "Robustness"): the abstract must use them as a name, capitalised
        # where a sentence does not begin.
        used = [
            m2 for m2 in re.finditer(re.escape(phrase), abstract, re.IGNORECASE)
            if m2.group()[0].isupper() and not re.search(r"(?:^|[.!?]\s+)$", abstract[: m2.start()])
        ]
        if not used:
            return []
    rest = _NOUN_RE.findall(m.group(3).lower())
    if phrase.split()[-1].lower() in DATASET_NOUNS | {"challenge"}:
        role = Role.INTRODUCED_DATASET  # "VizWiz Grand Challenge: ...", "X Benchmark: ..."
    elif any(w in DATASET_NOUNS for w in rest) and not any(w in _METHOD_NOUNS for w in rest):
        role = Role.INTRODUCED_DATASET
    elif in_abstract is not None:
        a = tend + in_abstract
        role = name_role(text, a, a + len(phrase), sentence_at(sents, a))
    else:
        role = Role.PROPOSED
    conf = 0.95 if in_abstract is not None else 0.8
    out = [Candidate(role, start, end, "proposed:title-prefix", conf)]
    if m.group(2) and is_name_like(m.group(2)):  # "AutoGluon-Multimodal (AutoMM): ..."
        out.append(Candidate(role, m.start(2), m.end(2), "proposed:title-prefix", conf))
    return out


# "textless-lib: a Library for ...": a lower-case coined word (a hyphen or a digit inside).
_LOWER_TITLE = re.compile(r"^\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*)\s*:\s+\S")


def _lower_title_prefix(text: str, tend: int) -> list[Candidate]:
    """A lower-case title prefix is the paper's own name when the abstract presents it right after
    a presenting verb ("we introduce textless-lib, a ... library")."""
    m = _LOWER_TITLE.match(text, 0, tend)
    if not m:
        return []
    name = re.escape(m.group(1))
    if not re.search(r"\b(?:" + alternation("proposed", "presenting_verbs") + rf")(?:s|d|ed)?\s+{name}\b", text[tend:]):
        return []
    return [Candidate(Role.PROPOSED, m.start(1), m.end(1), "proposed:title-prefix", 0.9)]


_SO_CALLED = re.compile(r"(?:so-|so )called\s*\Z|\bnamed\s*\Z")


def _proposes_lower_named(text: str, tend: int, start: int) -> bool:
    """"we propose a class of schemes called informed importance tempering (IIT)": a lower-case
    long form after a naming word is the paper's name only in a sentence that proposes it
    ("a so-called partial ancestral graph (PAG)", "named entity recognition (NER)" are not)."""
    s0 = max(tend, text.rfind(". ", tend, start) + 1)
    before = text[s0:start].rstrip(" \"'\u201c`,")
    return not _SO_CALLED.search(before) and bool(_PROPOSAL_VERB.search(before))


def _title_lead(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """"CoNMix for Source-Free Domain Adaptation": a name-shaped word leading the title before
    "for/with/via/in/on/as" that the abstract presents (in a sentence with a proposal verb, or
    as its subject: "CoNMix outperforms ..."). Weak: a name the catalogue knows ("BERT for X")
    stays a method."""
    m = _TITLE_LEAD.match(text, 0, tend)
    if not m or not is_name_like(m.group(1)) or _TITLE.match(text[:tend]):
        return []
    name = m.group(1)
    for u in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text[tend:]):
        a = tend + u.start()
        s0 = max(sentence_at(sents, a)[0], tend)
        if _PROPOSAL_VERB.search(text, s0, sentence_at(sents, a)[1]) or _FIRST_PERSON_PROPOSAL.search(
            text, s0, sentence_at(sents, a)[1]
        ) or not text[s0:a].strip():
            role = name_role(text, a, a + len(name), sentence_at(sents, a))
            return [Candidate(role, m.start(1), m.end(1), "proposed:title-lead", 0.75)]
    return []


def _our_names(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """"Our MTSNet consists of ...", "the superiority of our DDN methods": a name-shaped word
    (all capitals only where the paper proposes it) right after "our" and before a kind noun or a verb is the
    paper's own. Context-only: a name the catalogue knows stays a method ("our ResNet-50 encoder")."""
    out = []
    for m in _OUR_NAME.finditer(text, tend):
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


# "The paper presents CoFormer (...)", "we have developed the eROSI robot": any subject.
_PRESENTS = re.compile(
    r"\b(?:presents?|proposes?|introduces?|presented|proposed|introduced|develops?|developed)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:novel|new)\s+)?\Z"
)


def _title_presented(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """A coined name-shaped word of the title, not all capitals ("CoFormer", "eROSI"), that the
    abstract presents right after a presenting verb whatever the subject ("The paper presents
    CoFormer"); the title rules only read a name leading the title. Context-only."""
    out = []
    for w in re.finditer(r"(?<![\w\-])[A-Za-z0-9][\w\-+.]*[\w+]", text[:tend]):
        name = w.group()
        if not is_name_like(name) or name.isupper() or _LOWER_PART.search(name) or name[:1].isdigit():
            continue
        for us, _ in word_spans(text[tend:], name):
            a = tend + us
            s0 = max(sentence_at(sents, a)[0], tend)
            verb = _PRESENTS.search(text, max(s0, a - 40), a)
            nxt = re.match(r"\s*(?:[,.;:(]|$|([A-Za-z]+))", text[a + len(name) :])
            if not nxt or (nxt.group(1) and nxt.group(1) not in _METHOD_NOUNS | DATASET_NOUNS | {"robot"}):
                continue  # "a PAC-Bayes risk bound", "the LoCO AUV": the word only starts a phrase
            if verb and not _PRIOR.search(text, max(s0, verb.start() - 25), verb.start()):
                role = name_role(text, a, a + len(name), sentence_at(sents, a))
                out.append(Candidate(role, w.start(), w.end(), "proposed:title-presented", 0.8))
                break
    return out


# "GSMN outperforms strong baselines", "allows GSMN to outperform ...": the subject of an
# outperforming verb in an abstract is the paper's own system.
_OUTPERFORMS = re.compile(
    r"(?:^|(?<=[.;]\s)|\b(?:that|and|allows?|enables?|making|helps?)\s+)([A-Za-z0-9][\w\-+.]*[\w+])\s+"
    r"(?:\w+ly\s+|also\s+|still\s+)?(?:to\s+)?(?:outperform|surpass)(?:s|es|ed)?\b"
)


# "using DAggerFM, a modified variant of DAgger": a name the paper derives from another.
_VARIANT_OF = re.compile(
    r"(?<![\w\-])([A-Za-z0-9][\w\-+.]*[\w+]),\s+(?:a|an|our)\s+(?:modified|new|novel|improved|simple)\s+"
    r"(?:variant|version|extension|modification)\s+of\b"
)


def _outperforming(text: str, tend: int) -> list[Candidate]:
    """Name-shaped subjects of "outperforms"/"surpasses", and names presented as a modified
    variant of another (context only: weaker than the catalogue)."""
    found = []
    if "outperform" in text or "surpass" in text:
        found += list(_OUTPERFORMS.finditer(text, tend))
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
    pat = re.compile(rf"(?<![\w\-]){re.escape(acr)}s?(?![\w\-])")
    first = pat.search(text, tend)
    if first is None:
        return False
    s0 = max(sentence_at(sents, first.start())[0], tend)
    verb = _PROPOSAL_VERB.search(text, s0, first.start())
    # "we propose an algorithm ..., using partially observable Markov decision processes (POMDPs)"
    return verb is not None and not _USE_VERB.search(text, verb.end(), first.start())


def find_proposed(text: str, tend: int | None = None, sents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Names the paper introduces, as candidates with role PROPOSED or INTRODUCED_DATASET."""
    tend = title_end(text) if tend is None else tend
    sents = split_sentences(text) if sents is None else sents
    out = _title_candidates(text, tend, sents) + _title_lead(text, tend, sents) + _our_names(text, tend, sents)
    out += _title_presented(text, tend, sents)
    out += _outperforming(text, tend)

    def emit(start: int, phrase: str, rule: str, conf: float, strong: bool, role: Role | None = None) -> None:
        phrase = _trim(phrase.rstrip(".-"))
        acr = None
        if (phrase[:1].isupper() or (rule == "proposed:naming" and _proposes_lower_named(text, tend, start))) and not (
            " " not in phrase and is_name_like(phrase)
        ):
            acr = _acronym_after(text, start, start + len(phrase), relaxed=rule == "proposed:naming")
        if acr is not None:
            start, phrase = acr[0], text[acr[0] : acr[1]]
            strong = True
        if not valid_name(phrase, strong_context=strong):
            return
        end = start + len(phrase)
        if " " not in phrase and not is_name_like(phrase) and _LOWER_CONTINUES.match(text, end) and not _KIND_NEXT.match(text, end):
            # "called Russian roulette sampling": the capitalised word only starts a phrase;
            # "the Face-Intersect algorithm" is a name followed by its kind.
            return
        if role is None:
            role = name_role(text, start, end, sentence_at(sents, start))
        out.append(Candidate(role, start, end, rule, conf))

    for kind, at, anchor_end in _ANCHORS.finditer(text, tend):
        head = _VERB_HEAD.match(text, at) if kind == "verb" else None
        if kind == "verb" and head is None:
            continue  # "we show", "we use": no presenting verb
        if head is not None:
            _verb_variants(text, head.end(), out, emit)
        if kind == "naming" or kind == "verb":
            m = _NAMING.match(text, at) if kind == "naming" else _VERB.match(text, head.end())
            if m:
                conf = 0.9 if kind == "naming" else 0.85
                role = _prior_named_role(text, tend, sents, at) if kind == "naming" else None
                emit(m.start(1), m.group(1), f"proposed:{kind}", conf, True, role)
            if kind == "naming":
                out.extend(_lower_named(text, tend, sents, at))
        elif kind == "noun":
            _apposition(text, tend, sents, at, anchor_end, out, emit)
        elif kind == "novel":
            lead = _APPOS_LEAD.search(text, max(tend, at - 12), at)
            if lead:
                m = _APPOS_BEFORE.search(text, max(tend, lead.start() - 160), lead.start())
                if m:
                    emit(m.start("name"), m.group("name"), "proposed:apposition", 0.8, False)
        elif kind == "passive":
            # "In addition, a Blend-Net and a sync loss are introduced": new things in the subject.
            s0 = max(sentence_at(sents, at)[0], tend)
            if _RELATIVE.search(text, s0, at):
                continue  # "a detector, which utilizes a GMM, is developed": the GMM is used
            for m in _INDEFINITE_NAME.finditer(text, s0, at):
                if is_name_like(m.group(1)):
                    emit(m.start(1), m.group(1), "proposed:passive", 0.8, False)
        elif kind == "parts":
            # "two cascaded networks, i.e., CoarseNet and RefineNet", in a sentence that proposes.
            m = _PARTS_LIST.match(text, anchor_end)
            s0 = sentence_at(sents, at)[0]
            if m and _FIRST_PERSON_PROPOSAL.search(text, max(s0, tend), at):
                for item in re.finditer(_CAP, m.group("list")):
                    emit(m.start("list") + item.start(), item.group(), "proposed:parts", 0.8, False)
        elif kind == "proposed":
            m = _THE_PROPOSED.match(text, at)
            if m:
                emit(m.start(1), m.group(1), "proposed:the-proposed", 0.8, False)
    return out


# "a new method, called adaptive dither voting, for ...", "a novel query scheme dubbed bimodal
# query is used": a lower-case name, two to four words (or one hyphenated word) up to a
# punctuation mark or a function word.
_LOWER_NAMED = re.compile(
    r"(?:called|dubbed|named|termed|coined|referred to as)\s+(?:as\s+)?(?:the\s+)?(?!" + _FUNCTION_WORDS + r"\b)"
    r"((?:[a-z][a-z0-9]*-)?[a-zA-Z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s+(?!" + _FUNCTION_WORDS + r"\b)[A-Za-z][\w\-]*){0,3}?)"
    r"(?=\s*[,.;:]|\s+" + _FUNCTION_WORDS + r"\b)"
)


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


def _prior_since_own(text: str, s0: int, at: int) -> bool:
    """A prior-work word between the sentence's last "our"/"we" (or its start ``s0``) and ``at``:
    one before the paper's own words qualifies other methods, not the name at ``at``."""
    ours = [w.end() for w in _OUR_OR_WE.finditer(text, s0, at)]
    return bool(_PRIOR.search(text, ours[-1] if ours else s0, at))


def _prior_named_role(text: str, tend: int, sents: list[tuple[int, int]], at: int) -> Role | None:
    """Method or dataset when a naming verb at ``at`` names prior work ("two popular grasp
    datasets, namely Cornell and Jacquard"); None when the name is the paper's own. A prior word
    before the paper's "our"/"we" ("unlike the popular approaches, our method, called SPIN")
    qualifies other methods, not the named one."""
    s0 = max(tend, sentence_at(sents, at)[0])
    if not _prior_since_own(text, s0, at):
        return None
    noun_before = _NOUN_RE.findall(text[max(tend, at - 60) : at].lower())
    return Role.DATASET if any(w in DATASET_NOUNS for w in noun_before) else Role.METHOD


_ACRONYM_AHEAD = re.compile(r"[^,.;:()]{0,60}\(")


def _lower_named(text: str, tend: int, sents: list[tuple[int, int]], at: int) -> list[Candidate]:
    """The paper's own lower-case name after a naming verb, in a sentence where the paper
    proposes ("we propose a new concept, called wavefront collision, ..."); a name other
    rules read (capitalised, or defining an acronym) and a task-shaped phrase are left alone."""
    m = _LOWER_NAMED.match(text, at)
    if not m or _ACRONYM_AHEAD.match(text, m.end(1)):
        return []  # "referred to as iterative projection and matching (IPM)": the acronym rules' definition
    name = m.group(1)
    words = name.split()
    if (len(words) < 2 and "-" not in name) or words[-1].lower() in TASK_HEADS or words[-1].lower() in STOP_NAMES:
        return []
    if is_name_like(words[0]) or text.startswith(" (", m.end(1)) or text.startswith("(", m.end(1)):
        return []  # "called MCNet ...", "called informed importance tempering (IIT)": other rules' names
    s0 = max(tend, sentence_at(sents, at)[0])
    if not (_PROPOSAL_VERB.search(text, s0, at) or _FIRST_PERSON_PROPOSAL.search(text, s0, at)) or _prior_since_own(
        text, s0, at
    ):
        return []
    # The kind is read before the name only: the words after a lower-case name run on into the
    # sentence ("called V-shape observation, and train the CNN using a ... dataset").
    before = _NOUN_RE.findall(text[max(s0, at - 80) : at].lower())[-6:]
    role = Role.INTRODUCED_DATASET if any(w in DATASET_NOUNS for w in before) else Role.PROPOSED
    return [Candidate(role, m.start(1), m.end(1), "proposed:lower-named", 0.8)]


def _apposition(
    text: str, tend: int, sents: list[tuple[int, int]], at: int, anchor_end: int, out: list[Candidate], emit
) -> None:
    """"a new framework, NAME," and "a new dataset (NAME)" at the kind noun starting at ``at``;
    ``emit`` checks and records a name (see :func:`find_proposed`)."""
    m = _APPOS_AFTER_NOUN.match(text, at)
    pre = _APPOS_PRE.search(text, max(tend, at - 80), at) if m or text.startswith(" (", anchor_end) else None
    s0 = max(sentence_at(sents, at)[0], tend)
    presented = pre and (
        _NEW.search(pre.group())
        or _PROPOSAL_VERB.search(text, s0, at)
        or (_WE.search(text, s0, at) and not _USE_VERB.search(text, s0, at))
    )
    bracket = _NOUN_THEN_NAME.match(text, anchor_end) if pre else None
    if (bracket and is_name_like(bracket.group(1)) and not _PRIOR.search(pre.group())
            and (_NEW.search(pre.group()) or _PROPOSAL_VERB.search(text, s0, at))
            and ((long_form_start(bracket.group(1), text, anchor_end) or -1) < s0
                 or (not is_acronym(bracket.group(1)) and re.search(r"\b[A-Z]", pre.group()[2:])))):
        # "a new evaluation dataset (FAIR) and an algorithm (TRUST)"; a definition
        # ("a large language model (LLM)") is the acronym component's, but a capitalised one it does
        # not read ("a novel Mixture of Predictors network (MopNet)": not acronym-shaped) is ours
        # ("a convolutional neural network (ConvNet)" is not).
        noun = text[at:anchor_end].lower()
        role = Role.INTRODUCED_DATASET if noun in DATASET_NOUNS else Role.PROPOSED
        out.append(Candidate(role, bracket.start(1), bracket.end(1), "proposed:bracketed", 0.75))
    if m and presented:
        noun = m.group("noun")
        role = Role.INTRODUCED_DATASET if noun in DATASET_NOUNS else Role.PROPOSED
        if _PRIOR.search(pre.group()):  # "a state-of-the-art method, LOAM,": someone else's
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
