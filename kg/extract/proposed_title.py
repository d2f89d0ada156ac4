"""The paper's own name read from its title (the abstract's rules are in :mod:`kg.extract.proposed`).

- ``title-prefix``: "NAME: rest of title" (a lower-case coined NAME, "textless-lib:", only when the
  abstract presents it); confirmed when the abstract uses NAME too, or when NAME is one coined word
  the abstract never uses ("Dexonomy:"), a name with a version ("Agbots 2.0:", "Mask TextSpotter
  v3:"), or "Long Name (ACR):" with ACR in the abstract;
- ``title-lead``: "NAME for Source-Free Domain Adaptation" when the abstract presents NAME;
- ``title-presented``: a coined word of the title that the abstract presents right after a
  presenting verb, whatever the subject ("The paper presents CoFormer");
- ``title-phrase``: a title opening with a title-case phrase that ends in a system noun ("Chained
  Gaussian Processes", "Dual Path Networks for ...") whose abstract names or presents that phrase
  again, capitalised and without an acronym after it ("We term these models 'Chained Gaussian
  Processes'"): the abstract's mention is proposed;
- ``title-long-form``: a title opening with (or, with no system noun, being) the long form of an acronym the
  abstract defines and uses again ("Graph Wave Networks" over "graph wave networks (GWNs) ... GWNs achieve") or
  defines in a sentence of the paper's own work ("we derive a multi-kernel correlation filter (MKCF) based
  tracker"): the acronym is the paper's name (weak, 0.75: a name the catalogue knows stays its own role);
- ``title-vouched``: a phrase of capitalised plain words right after a first-person presenting verb that the
  title writes too, ending at a clause boundary ("We introduce Incremental Sequence Learning, a simple ..."
  under "Incremental Sequence Learning"): plain words name a system only where the title says so (not in lower
  case, not before a kind noun: "a novel online instance classifier refinement algorithm" is no name; not
  where a bracket names it: the acronym rules read that);
- ``title-defined``: the acronym a title opening with its title-case long form defines ("Learnable
  Adaptive Cosine Estimator (LACE) for ...", "Maps from Motion (MfM): ..."), at the abstract's use or the title's;
- ``title-reused`` (:func:`kg.extract.proposed_lower.title_reused`): the title's opening phrase
  that the abstract presents bare, in any case, after "we propose" ("we propose shrinkage fields");
- ``title-acronym``: an acronym the abstract never defines, opening a sentence that says what it is
  ("ALVIS is a ... architecture"), whose letters spell the title's opening words ("Associative
  Learning via Inhibitory Search").
"""

from __future__ import annotations

import re
import re._parser as _parser
from typing import Final

from ..model import Role
from .ascii_twin import ascii_twin
from .counted_data import counted_as_data
from .doc import Candidate
from .proposed_lower import title_reused
from .proposed_unnamed import unnamed_system as _unnamed_system
from .proposed_names import (
    _CAP, _FIRST_PERSON_PROPOSAL, _LOW_NAME, _LOWER_PART, _METHOD_NOUNS, _NOUN_RE, _PRIOR, _PROPOSAL_VERB,
    _VERSION_WORD, _WE, USE_VERBS, name_role, valid_name,
)
from .sentences import sentence_at
from .literals import caseless_lowered, caseless_starts, joins, word_spans, word_start
from .long_forms import long_form_start
from .shapes import (
    DATASET_NOUNS, LM_FAMILY_ACRONYMS, NETWORK_ACRONYMS, STOP_NAMES, TASK_HEADS, is_acronym, is_name_like, lower_keeping_offsets,
)
from .words import alternation, word_set

__all__ = ["title_names"]

# "NAME: rest", "NAME - rest" (a spaced dash separates like a colon); "NAME:Rest" (a colon the source
# wrote without its space: "Fader Networks:Manipulating Images by Sliding Attributes").
_TITLE: Final = re.compile(
    rf"^\s*((?:{_CAP}|{_LOW_NAME})(?: {_CAP}){{0,3}}(?: {_VERSION_WORD})?)(?:\s*\(({_CAP})\))?(?:\s*:\s+|\s*:(?=[A-Z][a-z])|\s+[-\u2013\u2014]{{1,2}}\s+)(.*)$",
    re.DOTALL,
)
_LAST_TITLE: tuple[str | None, re.Match | None] = (None, None)


def _title_match(title: str) -> re.Match | None:
    """``_TITLE.match(title)``, kept for the last title read: most of the title rules ask it of one title."""
    global _LAST_TITLE
    last = _LAST_TITLE
    if last[0] == title:
        return last[1]
    # (a title with no colon and no dash, two in five, has no separator for the match: not scanned)
    m = _TITLE.match(title) if ":" in title or "-" in title or "\u2013" in title or "\u2014" in title else None
    _LAST_TITLE = (title, m)  # one assignment: a reader never sees one title with another's match
    return m


# "NAME for Source-Free Domain Adaptation": one name-shaped word leading the title before a link.
_TITLE_LEAD: Final = re.compile(rf"^\s*((?:{_CAP}|{_LOW_NAME}))\s+(?:for|with|via|in|on|as)\s+\S")
_VERSION: Final = re.compile(r"^v?\d+(?:\.\d+)*$")
_TOPIC_OPENERS: Final = word_set("proposed", "topic_openers")
_CLAUSE_WORDS: Final = frozenset({"your", "our", "my", "you", "we", "it", "its", "their", "they", "this", "what", "how", "why", "when",
                           "do", "does", "is", "are", "can", "not"})
_SURVEY: Final = re.compile(r"^(?:an?\s+)?(?:survey|review|overview|tutorial|position|primer|perspective)\b", re.IGNORECASE)
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


def _spans_any_case(text: str, phrase: str) -> list[int]:
    """Starts of what ``re.finditer(re.escape(phrase), text, re.IGNORECASE)`` finds, by str.find where
    that finds the same (compiling a pattern per title cost more than the title rules); as before,
    none for an empty phrase in an ASCII text."""
    return caseless_starts(text, phrase) if phrase or not text.isascii() else []


def _named_in(abstract: str, phrase: str) -> list[int]:
    """Where the abstract writes ``phrase`` as a name: capitalised where no sentence begins."""
    return [
        at for at in _spans_any_case(abstract, phrase)
        if abstract[at].isupper() and not re.search(r"(?:^|[.!?]\s+)$", abstract[:at])
    ]


def _presented_in(abstract: str, phrase: str) -> bool:
    """Does the abstract present ``phrase`` (any case) right after a presenting verb (or a naming word) and an
    optional article, or "our" ("we propose zoneout", "our shape adaptors")?"""
    # The search for _PRESENTED_BEFORE + phrase + _PRESENTED_AFTER, split at the phrase: a pattern
    # compiled per phrase with the verb list in it cost more than all the title rules.
    for at in caseless_starts(abstract, phrase, overlapping=True):  # (each match is as long as the phrase)
        if _PRESENTED_AFTER.match(abstract, at + len(phrase)) and _PRESENTED_BEFORE.search(abstract, 0, at):
            return True
    return False


def _title_candidates(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    title = text[:tend]
    m = _title_match(title)
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
    apposed, unnamed_system = _unnamed_system(phrase, m.group(3), abstract) if in_abstract is None else (False, False)
    if in_abstract is None and (not any(c.islower() for c in title) or (any(w.lower() in _CLAUSE_WORDS for w in words) and not apposed)):
        # "THINK VISUALLY: QUESTION ANSWERING ...": a title in capitals shows no name by its shape;
        # "Recycle Your Wav2Vec2 Codebook: ...": a pronoun makes the prefix a clause, not a name.
        return []
    # "Dexonomy: ...": one coined capitalised word the abstract never uses, as a word either,
    # over an abstract that presents something; "Agbots 2.0: ...": a name with a version.
    coined = (
        len(words) == 1 and len(phrase) >= 4 and phrase[0].isupper() and phrase[1:].islower()
        and phrase.lower() not in STOP_NAMES and in_abstract is None and _WE.search(abstract) is not None
    )
    versioned = 1 < len(words) <= 3 and _VERSION.match(words[-1]) is not None and words[0][0].isupper()
    # "Sparse Query Network (SQN): ..." whose abstract uses "SQN".
    acronym_used = bool(m.group(2)) and is_name_like(m.group(2)) and _find_word(abstract, m.group(2)) is not None
    # "Deep Traffic Benchmark: ..." whose abstract names "Deep Traffic": the words before the
    # resource noun are the name the abstract uses.
    head_named = len(words) > 2 and words[-1].lower() in DATASET_NOUNS and bool(_named_in(abstract, " ".join(words[:-1])))
    # "Subspace Network: ..." whose abstract presents "the Subspace Network": a generic last word
    # ("Network", "Code") after a name the abstract writes with it.
    generic_last = (len(words) > 1 and words[-1].lower() in STOP_NAMES and in_abstract is not None
                    and valid_name(" ".join(words[:-1]), strong_context=True, plain_words_ok=True)
                    and bool(_named_in(abstract, phrase) or _presented_in(abstract, phrase)))
    # "Para-Lane: Multi-Lane Dataset Registering ...": a hyphened coined word over a title whose
    # rest opens with a dataset noun's phrase names that dataset, used in the abstract or not.
    data_titled = len(words) == 1 and _HYPHENED_CAPS.fullmatch(phrase) is not None and bool(_DATA_TITLE_REST.match(m.group(3)))
    if not (coined or acronym_used or head_named or generic_last or data_titled or unnamed_system
            or valid_name(phrase, strong_context=in_abstract is not None, plain_words_ok=True)):
        return []
    if not (versioned or acronym_used or head_named or data_titled) and not any(is_name_like(w) for w in words) and (" " in phrase or not coined):
        # Plain words ("Fourier Head", "Robustness"): the abstract must use them as a name, capitalised
        # where a sentence does not begin.
        # ... or present them in any case right after a presenting verb ("Zoneout: ..." over "we
        # propose zoneout, a novel method"): the title and the abstract name one thing.
        used = _named_in(abstract, phrase) or _presented_in(abstract, phrase) or unnamed_system
        if not used:
            return []
    rest = _NOUN_RE.findall(m.group(3).lower())
    if phrase.split()[-1].lower() in DATASET_NOUNS | {"challenge"}:
        role = Role.INTRODUCED_DATASET  # "VizWiz Grand Challenge: ...", "X Benchmark: ..."
    elif any(w in DATASET_NOUNS for w in rest) and not any(w in _METHOD_NOUNS for w in rest + [words[-1].lower()]):
        # ... unless the name itself ends in a method noun ("Unified World Models: ... on Large Robotic Datasets")
        role = Role.INTRODUCED_DATASET
    elif in_abstract is not None:
        a = tend + in_abstract
        role = name_role(text, a, a + len(phrase), sentence_at(sents, a))
        if role is Role.PROPOSED and any(counted_as_data(abstract, at, at + len(phrase)) for at in _spans_any_case(abstract, phrase)):
            role = Role.INTRODUCED_DATASET  # "we propose PlotQA with 28.9 million question-answer pairs"
    else:
        role = Role.PROPOSED
    conf = 0.95 if in_abstract is not None else 0.8
    out = [Candidate(role, start, end, "proposed:title-prefix", conf)]
    if m.group(2) and is_name_like(m.group(2)):  # "AutoGluon-Multimodal (AutoMM): ..."
        out.append(Candidate(role, m.start(2), m.end(2), "proposed:title-prefix", conf))
    if " " in phrase:
        # The abstract's capitalised mentions of a several-word title name are that name: an
        # abstract rule that reads only its first word ("we introduce Dress Code, which ...")
        # loses to the longer span.
        out += [Candidate(role, tend + a, tend + a + len(phrase), "proposed:title-prefix", conf) for a in _named_in(abstract, phrase)]
    return out


_HYPHENED_CAPS: Final = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+")
# The title's rest up to its first dataset noun: "A Multi-Lane Dataset", "Large-Scale Benchmark for".
_DATA_TITLE_REST: Final = re.compile(
    r"(?:(?:A|An|The)\s+)?(?:[A-Z0-9][\w\-]*\s+){0,5}?(?i:datasets?|benchmarks?|corpus|corpora|database)\b"
)


# "textless-lib: a Library for ...": a lower-case coined word (a hyphen or a digit inside).
_LOWER_TITLE: Final = re.compile(r"^\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*)\s*:\s+\S")


# A presenting verb and the space after it, before the name it presents (the verb list built once).
_PRESENTED: Final = r"\b(?:" + alternation("proposed", "presenting_verbs") + r")(?:s|d|ed)?\s+"
# What _presented_in reads before and after the phrase (the lead ends where the phrase begins).
# (Not a task the paper introduces: "we introduce visual deprojection: the task of ...".) A naming
# word presents it too: "Trace Lasso: ..." over "This norm, called the trace Lasso, uses ...".
_PRESENTED_BEFORE: Final = re.compile(
    r"(?:" + _PRESENTED + r"(?:(?:a|an|the)\s+)?|\b(?:our|the proposed)\s+|\b(?:called|named|dubbed|termed)\s+(?:the\s+)?)\Z", re.IGNORECASE
)
_PRESENTED_AFTER: Final = re.compile(
    r"s?(?![\w\-])(?!\s*[:,(\u2014\u2013-]?\s*(?:(?:a|an|the)\s+)?(?:new\s+|novel\s+)?(?:task|problem|setting|challenge)s?\b)",
    re.IGNORECASE,
)


def _lower_title_prefix(text: str, tend: int) -> list[Candidate]:
    """A lower-case title prefix is the paper's own name when the abstract presents it right after
    a presenting verb ("we introduce textless-lib, a ... library")."""
    m = _LOWER_TITLE.match(text, 0, tend)
    if not m:
        return []
    name = re.escape(m.group(1))
    if not re.search(_PRESENTED + rf"{name}\b", text[tend:]):
        return []
    return [Candidate(Role.PROPOSED, m.start(1), m.end(1), "proposed:title-prefix", 0.9)]


def _title_lead(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """"CoNMix for Source-Free Domain Adaptation": a name-shaped word leading the title before
    "for/with/via/in/on/as" that the abstract presents (in a sentence with a proposal verb, or
    as its subject: "CoNMix outperforms ..."). Weak: a name the catalogue knows ("BERT for X")
    stays a method."""
    m = _TITLE_LEAD.match(text, 0, tend)
    if not m or not is_name_like(m.group(1)) or _title_match(text[:tend]):
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


# "The paper presents CoFormer (...)", "we have developed the eROSI robot": any subject.
_PRESENTS: Final = re.compile(
    r"\b(?:presents?|proposes?|introduces?|presented|proposed|introduced|develops?|developed)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:novel|new)\s+)?\Z"
)


# (compiled once and read at offsets: no regex-cache lookup per call, no copy of the abstract's rest)
_TITLE_WORD: Final = re.compile(r"(?<![\w\-])[A-Za-z0-9][\w\-+.]*[\w+]")
_TITLE_WORD_ASCII: Final = ascii_twin(_TITLE_WORD)  # for ASCII text: the same words, found faster
_AFTER_PRESENTED: Final = re.compile(r"\s*(?:[,.;:(]|$|([A-Za-z]+))")
_PRESENTED_KINDS: Final = _METHOD_NOUNS | DATASET_NOUNS | {"robot"}


def _title_presented(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """A coined name-shaped word of the title, not all capitals ("CoFormer", "eROSI"), that the
    abstract presents right after a presenting verb whatever the subject ("The paper presents
    CoFormer"); the title rules only read a name leading the title. Context-only."""
    out = []
    title = text[:tend]
    for w in (_TITLE_WORD_ASCII if title.isascii() else _TITLE_WORD).finditer(title):
        name = w.group()
        if not is_name_like(name) or name.isupper() or _LOWER_PART.search(name) or name[:1].isdigit():
            continue
        for us, _ in word_spans(text[tend:], name):
            a = tend + us
            s0 = max(sentence_at(sents, a)[0], tend)
            verb = _PRESENTS.search(text, max(s0, a - 40), a)
            nxt = _AFTER_PRESENTED.match(text, a + len(name))
            if not nxt or (nxt.group(1) and nxt.group(1) not in _PRESENTED_KINDS):
                continue  # "a PAC-Bayes risk bound", "the LoCO AUV": the word only starts a phrase
            if verb and not _PRIOR.search(text, max(s0, verb.start() - 25), verb.start()):
                role = name_role(text, a, a + len(name), sentence_at(sents, a))
                out.append(Candidate(role, w.start(), w.end(), "proposed:title-presented", 0.8))
                break
    return out


# "Chained Gaussian Processes", "Dual Path Networks for ...": a title that opens with a title-case
# phrase ending in a system noun (plural allowed), alone or before a link word.
_SYSTEM_HEADS: Final = ("networks?|nets?|models?|processes|process|machines?|readers?|transformers?|autoencoders?"
                 "|encoders?|decoders?|GANs?|trees?|forests?|filters?")
_TITLE_PHRASE: Final = re.compile(
    r"^\s*((?:[A-Z][\w\-]*\s+){1,4}(?i:" + _SYSTEM_HEADS + r"))(?=\s*$|\s+(?:for|with|via|in|on)\s)",
)
_TERMS: Final = re.compile(r"\b(?:[Ww]e\s+(?:call|term|name|dub|coin)|(?:called|termed|named|dubbed)\b|[Oo]ur\s+proposed|[Tt]he\s+proposed)")


_CAP_WORD_BEFORE: Final = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w\-]*\s+\Z")


def _title_phrase(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """The title's opening name phrase where the abstract names or presents it again ("We term these
    models 'Chained Gaussian Processes'", "we propose ... Dual Path Networks"): proposed, at the
    abstract's mention (the title's own span is a title, not a mention of the name)."""
    m = _TITLE_PHRASE.match(text, 0, tend)
    if not m or _title_match(text[:tend]):
        return []
    phrase = m.group(1).strip()
    if text.isascii() and phrase.rstrip("s").lower() not in text[tend:].lower():
        return []  # not in the abstract in any case (compiling the pattern below costs more)
    for us, ue in _stem_spans(text[tend:], phrase.rstrip("s")):
        a, found = tend + us, text[tend + us : tend + ue]
        if found.islower() or re.match(r"\s*\(", text[a + len(found) :]) or _CAP_WORD_BEFORE.search(text, max(tend, a - 30), a):
            # "neural machine translation models": a phrase; "Large Motion Model (LMM)": the acronym
            # names it; "Very Fast Decision Tree": the end of a longer name, not the title's phrase
            continue
        s0, s1 = sentence_at(sents, a)
        if _TERMS.search(text, max(s0, tend), a) or (
            _PROPOSAL_VERB.search(text, max(s0, tend), a) and not _PRIOR.search(text, max(s0, tend), a)
        ):
            return [Candidate(Role.PROPOSED, a, a + len(found), "proposed:title-phrase", 0.8)]
    return []


def _stem_spans(text: str, stem: str) -> list[tuple[int, int]]:
    r"""Spans ``re.finditer(r"(?<![\w\-])" + re.escape(stem) + r"s?(?![\w\-])", text, re.IGNORECASE)``
    finds; by str.find where that finds the same (a pattern compiled per title cost more than the title rules)."""
    if (low := caseless_lowered(text, stem)) is None:
        return [u.span() for u in re.finditer(rf"(?<![\w\-]){re.escape(stem)}s?(?![\w\-])", text, re.IGNORECASE)]
    return word_spans(low, stem.lower(), plural=True)  # (joins gives a character's answer to its lower case)


# "ALVIS is a ... architecture": an acronym-shaped word as a sentence's subject, said to be a thing.
_ACRONYM_WORD: Final = re.compile(r"[A-Z][\w\-]*[A-Z][\w\-]*")
_A_AFTER_IS: Final = re.compile(r"\s+an?\s")
# Where the title's opening phrase may end: its end, a link word, a colon or question mark.
_TITLE_PHRASE_ENDS: Final = re.compile(r"\s+(?:for|via|with|in|on|from|by|using|through|towards?|and)\s+|\s*[:?]\s")


def _subjects_said_to_be(text: str, tend: int):
    """``(start, word)`` of each word opening a sentence before "is a"/"was an" (found by
    str.find: a regex over every abstract cost more than the rest of the title rules)."""
    for verb in (" is ", " was "):
        i = text.find(verb, tend)
        while i >= 0:
            if not text[i - 1].isupper():  # most words before "is" end in lower case: one index test
                i = text.find(verb, i + 1)
                continue
            j = max(text.rfind(" ", tend, i), text.rfind("\n", tend, i)) + 1 or tend
            if text[j : j + 1].isupper() and _ACRONYM_WORD.fullmatch(text, j, i) and _A_AFTER_IS.match(text, i + len(verb) - 1):
                k = j - 1
                while k >= tend and text[k].isspace():
                    k -= 1
                if k < tend or text[k] in ".!?":
                    yield j, text[j:i]
            i = text.find(verb, i + 1)


def _title_acronym(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """An acronym the abstract never defines, opening a sentence that says what it is ("ALVIS is a
    reinforcement-based connectionist architecture"), whose letters spell the title's opening
    words ("Associative Learning via Inhibitory Search"): the title spells out the paper's own
    name. At the abstract's mention."""
    title = text[:tend].rstrip()
    for a, name in _subjects_said_to_be(text, tend):
        if len(name) < 3 or not is_acronym(name) or f"({name}" in text:
            continue
        if word_start(title, name) >= 0:
            continue  # the title uses the acronym itself: the title rules' name
        ends = [len(title), *(e.start() for e in _TITLE_PHRASE_ENDS.finditer(title))]
        if any(long_form_start(name, title, e) == 0 and len(title[:e].split()) >= 2 for e in ends):
            role = name_role(text, a, a + len(name), sentence_at(sents, a))
            return [Candidate(role, a, a + len(name), "proposed:title-acronym", 0.8)]
    return []


# "graph wave networks (GWNs)": the acronym in brackets right after a long form.
# (a plural's "'s" inside: "products of hidden Markov models (PoHMM's)")
_BRACKET_ACRONYM: Final = re.compile(r"\s*\(\s*([A-Za-z][\w\-]*[A-Za-z0-9])(?:['\u2019]s)?\s*\)")
_ARTICLE: Final = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# The long form ends in a kind of system: a title opening with a field or task ("Reinforcement
# Learning with ...", "Finite Element Analysis of ...") spells a topic's acronym, not a name.
# "we extend Deep Lagrangian Networks (DeLaN)", "We explore different latent variable models (LVMs)",
# "(BNBP), an integer-valued stochastic process, is employed": someone else's, used.
_USED_HERE: Final = re.compile(r"\b(?:" + USE_VERBS + r"|extend\w*|explor\w*|shows? that|study|studies|investigat\w*)\b")
_USED_AFTER: Final = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:employed|used|adopted|applied|utili[sz]ed)\b")
# The definition's sentence claims the phrase as the paper's ("we will derive a multi-kernel correlation
# filter (MKCF) based tracker", "The resulting ... (MMFs)"): an acronym used once still names the system.
_OWN_CLAIM: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|article)|[Tt]he resulting|[Tt]he proposed)\b")
_SYSTEM_HEAD_END: Final = re.compile(r"\b(?i:" + _SYSTEM_HEADS + r"|modules?|layers?|units?|blocks?|estimators?|operators?|architectures?|mechanisms?)\Z")
# Its longest match ("architectures"): a match ends the phrase, so it starts no earlier than this before
# the end, and the search starts there ("\b" still reads the character before): not at every character.
_SYSTEM_HEAD_REACH: Final = _parser.parse(_SYSTEM_HEAD_END.pattern).getwidth()[1]
# An acronym is defined once or twice: reading every "long form (X)" of a hostile abstract, each
# searching its sentence before it, is quadratic.
_DEFINITIONS_READ: Final = 3
# Model families a title may open with ("Large Language Models for ..."): never the paper's name.
# The shared lists plus network kinds a title opens with ("Generative Adversarial Networks for ...",
# "Spiking Neural Networks ...") and "RL" alone.
_FAMILY_ACRONYMS: Final = LM_FAMILY_ACRONYMS | NETWORK_ACRONYMS | {"gan", "snn", "ann", "nn", "rl"}
_NO_WHOLE_HEADS: Final = frozenset(h.rstrip("s") for h in TASK_HEADS) | {"learning", "analysis", "problem", "system"}


def _title_long_form(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """The title's opening phrase ("Graph Wave Networks", "Approximated Bilinear Modules for ...")
    that the abstract spells out before an acronym it uses again ("facilitating the design of
    graph wave networks (GWNs) ... GWNs achieve") or defines in a sentence claiming it ("we derive
    a multi-kernel correlation filter (MKCF) based tracker"): the acronym names the paper's own
    system (the definition's sentence is often not a presenting one). Not where the sentence calls it prior
    work; weak (0.75), so a name the catalogue knows ("Graph Neural Networks (GNNs)") stays others'."""
    title = text[:tend].rstrip()
    if text.find("(", tend) < 0 or _title_match(title):
        return []  # no definition; a "Name: ..." title names itself
    lead = _ARTICLE.match(title)
    t0 = lead.end() if lead else 0
    low = None  # made at the first phrase read (most titles have none)
    ends = sorted({len(title), *(e.start() for e in _TITLE_PHRASE_ENDS.finditer(title))})
    for e in ends:
        phrase = title[t0:e].strip()
        # the whole title needs no system noun ("Multiresolution Matrix Factorization"), but for a task's head
        whole = e == len(title) and phrase.split()[-1].lower().rstrip("s") not in _NO_WHOLE_HEADS
        if not 2 <= len(phrase.split()) <= 8 or not phrase[:1].isupper() or not (
                whole or _SYSTEM_HEAD_END.search(phrase, len(phrase) - _SYSTEM_HEAD_REACH)):
            continue  # "Reinforcement Learning with ...", "Image Based Rendering for ...": a field or task
        stem = phrase.lower()
        stem = stem[:-1] if stem.endswith("s") else stem
        if low is None:
            # offsets in ``low`` are offsets in ``text``: a letter whose lower case is longer ("İ") stays
            low = lower_keeping_offsets(text)
        i, defined = low.find(stem, tend), 0
        while i >= 0 and defined < _DEFINITIONS_READ:
            j = i + len(stem)
            j += low.startswith("s", j)
            m = _BRACKET_ACRONYM.match(text, j)
            if m and (i == tend or not joins(low[i - 1])) and not joins(low[j:j + 1] or " "):
                defined += 1
                acr = m.group(1)
                s0, s1 = sentence_at(sents, i)
                if (long_form_start(acr, text, j) == i and acr.lower().rstrip("s") not in _FAMILY_ACRONYMS
                        and (word_start(text[m.end() :], acr) >= 0 or _OWN_CLAIM.search(text, max(s0, tend), i))
                        and not _PRIOR.search(text, max(s0, tend), i) and not _USED_HERE.search(text, max(s0, tend), i)
                        and not _USED_AFTER.search(text, m.end(), s1)):
                    return [Candidate(name_role(text, m.start(1), m.end(1), (s0, s1)), m.start(1), m.end(1),
                                      "proposed:title-long-form", 0.75)]
            i = low.find(stem, i + 1)
    return []


# A title opening with "Long Form (ACR)" ("Recursive Spatial Transformer (ReST) for Alignment-Free Face
# Recognition"): the long form's words capitalised but for link words; not a qualifier ("Gaussian Mixture
# Model (GMM) Based Object Detection").
_TITLE_DEFINED: Final = re.compile(
    r"(?:(?:A|An|The)\s+(?:[Nn]ovel\s+|[Nn]ew\s+)?)?(?P<long>[A-Z][\w\-]*(?:\s+(?:[A-Z0-9][\w\-]*|of|for|and|from|with|in|on|to|via)){1,7})"
    r"\s*\(\s*(?P<acr>[A-Za-z][\w\-]*[A-Za-z0-9])\s*\)(?!\s*[-\u2013]?\s*[Bb]ased\b)"
)


def _title_defined(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """The acronym a title opening with its title-case long form defines ("Learnable Adaptive Cosine
    Estimator (LACE) for Image Classification"), when the abstract uses it and does not call it
    prior work or used: the paper's own name, at the abstract's first mention (weak, 0.75: a name
    the catalogue knows stays its own role). "Long Form (ACR): ..." titles are the title-prefix rule's."""
    title = text[:tend].rstrip()
    if "(" not in title or _title_match(title):
        return []
    m = _TITLE_DEFINED.match(title)
    if m is None:
        return []
    acr, long = m.group("acr"), m.group("long")
    words = long.split()
    spelled = long_form_start(acr, title, m.end("long"))
    if (not is_name_like(acr) or acr.lower().rstrip("s") in _FAMILY_ACRONYMS or words[-1].lower() in TASK_HEADS
            or spelled is None or len(title[m.start("long") : spelled].split()) > 2):
        return []  # a task's or a family's acronym, or letters that spell only the long form's end
    a = word_start(text[tend:], acr)
    if a < 0:
        # the abstract never uses it: the title's mention ("Practical Projective Structure From Motion (P2SfM)")
        t = m.start("acr")
        return [Candidate(name_role(text, t, t + len(acr), (0, tend)), t, t + len(acr), "proposed:title-defined", 0.75)]
    a += tend
    sentence = sentence_at(sents, a)
    s0 = max(sentence[0], tend)
    if _PRIOR.search(text, s0, a) or _USED_HERE.search(text, s0, a):
        return []
    return [Candidate(name_role(text, a, a + len(acr), sentence), a, a + len(acr), "proposed:title-defined", 0.75)]


# "we introduce a novel ...", "This paper presents the ...": the presenting head a vouched phrase follows.
# (anchored at the end: it is searched only in the window before a capitalised title pair)
_PRESENT_HEAD_END: Final = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:propose|present|introduce|describe|develop|devise|design)(?:s|d)?\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:novel|new|simple|general|unified|generic)\s+)?\Z"
)
_PLAIN_WORD: Final = re.compile(r"[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*(?=[\s,.;:()\u2014\u2013]|$)")
# Where the presented phrase ends: a clause boundary (not a kind noun: "a Monte Carlo algorithm", "a
# Deep Boltzmann Machine model of ..." present a thing of a known family, not a name).
_VOUCHED_END: Final = re.compile(
    r"\s*(?:[,.;:(\u2014\u2013]|\s-\s|$)|\s+(?:which|that|to|for|with|in|on|as|is|are)\b"
)
_BRACKET_AFTER: Final = re.compile(r"\s*(?:[a-z][\w\-]*\s+)?\(")
# The sentence goes on to name it: a bracket or a naming word soon after ("... for Diffusion(SSD)",
# "... for VTON, termed FLDM-VTON", "..., SNRI, which").
_NAMED_NEXT: Final = re.compile(r"[^.;()]{0,50}?(?:\(|\b(?:termed|called|named|dubbed|coined|referred to as|denoted)\b)|\s*,\s*[A-Z][\w\-]*[A-Z][\w\-]*\s*,")
_KIND_WORDS: Final = frozenset({"method", "model", "models", "framework", "approach", "algorithm", "network", "networks", "system"})
_VOUCH_STOP: Final = frozenset({"and", "or", "of", "for", "to", "in", "on", "with", "by", "via", "from", "the", "a", "an", "we", "our", "which",
                         "that", "this", "these", "method", "model", "framework", "approach", "algorithm", "network", "system"})


def _capitalised_pairs(text: str, tend: int, words: list[str]) -> list[int]:
    """Where the abstract writes two consecutive title words capitalised ("Generative Paragraph"),
    found by str.find (a presenting-verb pattern over every abstract cost more than the title rules)."""
    out = set()
    for w1, w2 in zip(words, words[1:]):
        if not (w1[:1].isalpha() and w2[:1].isalpha()) or w1.lower() in _VOUCH_STOP:
            continue
        pair = f"{w1[:1].upper()}{w1[1:]} {w2[:1].upper()}{w2[1:].rstrip(':,?.')}"
        i = text.find(pair, tend)
        while i >= 0:
            if not joins(text[i - 1]):
                out.add(i)
            i = text.find(pair, i + 1)
    return sorted(out)


def _title_vouched(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """A phrase of two to six plain words presented right after a first-person presenting verb that
    the title writes word for word: the title vouches that the words are a name (at the abstract's
    mention). Capitalised in the abstract too (lower-case words describe), and weak (0.75): a name
    the catalogue knows keeps its role."""
    if _title_match(text[:tend].rstrip()):
        return []  # a "Name: ..." title names the system; the phrase is most often its long form
    words_of_title = text[:tend].split()
    title = " " + " ".join(words_of_title).lower() + " "
    out: list[Candidate] = []
    # sentence start -> end of its first prior-work word: read once a sentence, not once a mention
    # (a sentence repeating the phrase made the reads quadratic)
    prior_end: dict[int, int] = {}
    for a in _capitalised_pairs(text, tend, words_of_title):
        h = _PRESENT_HEAD_END.search(text, max(tend, a - 100), a)
        if h is None:
            continue
        at, words, ends = a, [], []
        for _ in range(6):
            w = _PLAIN_WORD.match(text, at)
            if not w or w.group().lower() in _VOUCH_STOP and not (w.group()[0].isupper() and w.group().lower() in _KIND_WORDS):
                break  # "... Inference Framework": a capitalised kind noun ends the name, inside it
            words.append(w.group().lower())
            ends.append(w.end())
            at = w.end() + 1 if text[w.end() : w.end() + 1] == " " else len(text) + 1
        for k in range(len(words), 1, -1):
            phrase, end = " ".join(words[:k]), ends[k - 1]
            if (f" {phrase} " not in title and f" {phrase}s " not in title and f" {phrase}: " not in title
                    and f" {phrase}s: " not in title):
                continue
            if not _VOUCHED_END.match(text, end) or _prior_before(text, sentence_at(sents, h.start()), h.start(), prior_end):
                break
            if _BRACKET_AFTER.match(text, end) or _NAMED_NEXT.match(text, end):
                break  # "a Pyramid Diffusion model (PyDiff)", "... for VTON, termed X": named otherwise
            name = text[a:end]
            if name.lower() in STOP_NAMES or not all(w[:1].isupper() for w in name.split()):
                break  # lower-case words in the abstract describe; the title capitalises every phrase
            # weak (0.75): a name the catalogue knows ("Multi-Agent Reinforcement Learning") stays its own role
            out.append(Candidate(name_role(text, a, end, sentence_at(sents, a)), a, end, "proposed:title-vouched", 0.75))
            break
    return out


def _prior_before(text: str, sentence: tuple[int, int], at: int, prior_end: dict[int, int]) -> bool:
    """``_PRIOR.search(text, sentence[0], at)``, for ``at`` at a word's start: the sentence's first
    prior-work word ends by ``at`` (found once a sentence, kept in ``prior_end``)."""
    s0, s1 = sentence
    if s0 not in prior_end:
        m = _PRIOR.search(text, s0, s1)
        prior_end[s0] = m.end() if m else s1 + 1
    return prior_end[s0] <= at


def title_names(text: str, tend: int, sents: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates for the paper's own name as its title gives it."""
    return (_title_candidates(text, tend, sents) + _title_lead(text, tend, sents) + _title_presented(text, tend, sents)
            + _title_phrase(text, tend, sents) + _title_acronym(text, tend, sents) + _title_long_form(text, tend, sents) + _title_vouched(text, tend, sents)
            + _title_defined(text, tend, sents) + title_reused(text, tend))
