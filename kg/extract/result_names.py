"""Names as a result writes them: sets and editions as written ("VOC2007", identified as "PASCAL VOC 2007"),
methods as the sentence writes them, and whole when a recogniser found only part of a longer name the same
text uses; the paper's own name with the place its abstract first writes it, and the own name of a paper no proposed
mention names (quoted, an acronym it builds, the title's)."""

from __future__ import annotations

import re

from collections.abc import Sequence
from typing import Final

from ..model import Mention, Role
from .literals import word_start
from .result_metrics import Named
from .result_patterns import CLAIM_HEAD, METHOD_NOUN, OWN_CALLED, PHRASE_HEAD, QUOTED_OWN_NAME, TITLE_HEAD, TITLE_NOT_METHOD, WE_BUILD_ACRONYM

__all__ = ["OwnName", "head_written_before", "own_name_from", "own_name_then", "title_head", "unmentioned_own_name", "variant_written", "widened", "written_names"]


def widened(text: str, named: list[Named]) -> list[Named]:
    """Method names written inside a longer method name the same text uses elsewhere, as that name: "R-CNN"
    of "Grid R-CNN" (the paper's own), of "R101-Mask R-CNN" (the recogniser found "Mask R-CNN" earlier)."""
    systems = {text[n.start : n.end]: n for n in named if n.role in (Role.METHOD, Role.PROPOSED)}
    if len(systems) < 2:
        return named
    out = []
    for n in named:
        if n.role in (Role.METHOD, Role.PROPOSED):
            short = text[n.start : n.end]
            for written, long_ in systems.items():
                at = written.find(short) if len(written) > len(short) else -1
                if at >= 0 and n.start - at >= 0 and text.startswith(written, n.start - at) \
                        and not (n.start - at > 0 and text[n.start - at - 1].isalnum()):
                    n = long_._replace(start=n.start - at, end=n.start - at + len(written))
                    break
        out.append(n)
    return out


def variant_written(text: str, canonical: str) -> bool:
    """Whether a method's written name says more than its canonical one: a variant ("MobileNetV2" for
    MobileNet) or another form ("Markov Random Field" for MRF); not a change of case or a plural."""
    t, c = text.lower(), canonical.lower()
    return t != c and t != c + "s" and t.rstrip("s") != c


def written_names(mentions: Sequence[Mention], field: str) -> list[Named]:
    """The metrics, sets and methods of one field as a result names them, sorted by place."""
    out = []
    for m in mentions:
        if m.field == field and m.role in (Role.METRIC, Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED):
            # a metric keeps its written form ("ROC-AUC", "AEPE"; the graph resolves aliases), the
            # qualifiers of its canonical name could say something else ("EPE" for "AEPE")
            name = m.text if m.role is Role.METRIC and m.text else (m.canonical or m.text)
            # a set as written ("VOC2007", "DOTA-v1.5", "Nr3D": the catalogue's name may drop the edition
            # or split the value was measured on; the graph still places it on the resolved node), a
            # method's edition too ("ResNet-18", not "ResNet")
            if m.canonical and m.text and (m.role in (Role.DATASET, Role.INTRODUCED_DATASET)
                                           or (m.role is not Role.METRIC and _edition_lost(m.text, m.canonical))):
                name = m.text
            elif m.role in (Role.METHOD, Role.PROPOSED) and m.canonical and m.text and variant_written(m.text, m.canonical):
                name = m.text  # "MobileNetV2", "Markov Random Field": the system as written (the graph still links its node)
            if m.role is Role.METRIC and m.canonical and name.lower() == m.canonical.lower() + "s":
                name = m.canonical  # "mIoUs" -> "mIoU"
            out.append(Named(m.start, m.end, name, m.role, _identity(m, name)))
    return sorted(out)


# "VOC2007", "ICDAR 2015", "Kinetics-400": a name ending in its edition (a year or version number)
_WRITTEN_EDITION = re.compile(r"[A-Za-z][\s_'’-]*(\d{2,4})$")


def _edition_lost(text: str, canonical: str) -> bool:
    """Whether a written name ends in an edition (year or version number) its canonical name drops."""
    if not text or not text[-1].isdigit():
        return False  # the common case, without a regex
    ed = _WRITTEN_EDITION.search(text)
    return ed is not None and not canonical.rstrip().endswith(ed.group(1)) and canonical.lower() != text.lower()


def _identity(m: Mention, name: str) -> str | None:
    """The resolved name that identifies a name kept as written, with the edition it carries
    ("VOC2007" -> "PASCAL VOC 2007"); None when the name is the resolved one."""
    if not m.canonical or name == m.canonical:
        return None
    ed = _WRITTEN_EDITION.search(name) if _edition_lost(name, m.canonical) else None
    return f"{m.canonical} {ed.group(1)}" if ed else m.canonical


class OwnName(str):
    """The paper's own name as its abstract alone defines it, with where that abstract first writes it (``since``)."""

    since: int = 0
    abstract: str = ""

    def __reduce__(self):
        return (str, (str(self),))  # a result sent between processes carries the name only, not the abstract


# "We call this scheme RbCC", "we term the resulting system Foo": a name given to what was described before
_NAMING = re.compile(r"\b(?:call|term|name|dub|coin|refer\s+to|denote)(?:s|ed|ing)?\b", re.I)
# "we propose a generalization of scaling called g-SC": a later proposal that names what it proposes
_PROPOSING = re.compile(r"\b[Ww]e\s+(?:\w+ly\s+|also\s+|further\s+|then\s+)?(?:propose|present|introduce|develop|devise|design)[sd]?\b")


def own_name_from(name: str, abstract: str) -> OwnName:
    """``name`` as an :class:`OwnName` that knows where ``abstract`` first writes it (from the start when that
    sentence names what was described before, "We call this construction scheme Foo", not when it proposes
    the thing it names, "we propose a generalization of scaling called Foo")."""
    own = OwnName(name)
    # (the name as a word: "SC" is not first written inside "SCAN")
    written = word_start(abstract, name) if name else -1
    at = written if written >= 0 else max(0, abstract.find(name))
    opened = abstract.rfind(". ", 0, at) + 1
    named = _NAMING.search(abstract, opened, at) is not None and _PROPOSING.search(abstract, opened, at) is None
    own.since, own.abstract = (0 if named else at), abstract
    return own


def own_name_then(name: str | None, text: str, end: int) -> str | None:
    """The own name for a value whose sentence ends at ``end`` of ``text``: None when ``text`` is the abstract that
    writes the name only after it ("this algorithm obtains 0.989 ... To embed general metric spaces, we propose
    h-MDS": a later contribution is named, not what scored), else the name as a plain string."""
    if name is None:
        return None
    if isinstance(name, OwnName) and name.since > end and name.abstract == text:
        return None
    return str(name)


# "a model ..., which we coin as Stopwatch Hidden Markov model (SHMM)": the paper names what it built, defining an acronym
_WE_COIN = re.compile(r"\b(?:which|that)\s+we\s+(?:call|term|name|dub|coin|refer\s+to)(?:\s+(?:it|this|them))?(?:\s+as)?\s+(?:the\s+)?"
                      r"[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}?\s*\((?P<acr>[A-Z][A-Za-z0-9-]{1,15})\)")


# "In our work we introduce Vigor a novel Data-Efficient 3D Visual Grounding framework", "we present FooNet, a new
# model": a capitalised word the paper presents, in apposition to a novel or new thing, is its own name (not when
# that thing is data: "we present DocEE, a new document-level event extraction dataset")
_WE_INTRODUCE_NAME = re.compile(r"\b[Ww]e\s+(?:propose|present|introduce)\s+(?P<name>[A-Z][\w-]{2,20})\s*,?\s+(?:a|an)\s+(?:novel|new)\b"
                                r"(?![^.,;]{0,80}\b(?:data\s?sets?|benchmarks?|corpus|corpora|databases?|collections?|challenges?)\b)")


def unmentioned_own_name(mentions: Sequence[Mention], abstract: str, title: str) -> str | None:
    """The own name of a paper no proposed mention names: quoted, an acronym built, or a title's head."""
    quoted = QUOTED_OWN_NAME.search(abstract) if '"' in abstract or "“" in abstract else None
    if quoted is None:
        if (called := OWN_CALLED.search(abstract)) is not None:  # "a ... method ... called Between-Class learning (BC learning)"
            acr = called.group("acr")
            return acr if acr and acr[0].lower() == called.group("name")[0].lower() else called.group("name")
        if (coined := _WE_COIN.search(abstract)) is not None:
            return coined.group("acr")  # "..., which we coin as Stopwatch Hidden Markov model (SHMM)"
        if (introduced := _WE_INTRODUCE_NAME.search(abstract)) is not None:
            return introduced.group("name")  # "we introduce Vigor a novel ... framework"
        built = WE_BUILD_ACRONYM.search(abstract)  # "We implemented a Deep Belief Network (DBN)"
        if built is not None and re.match(r"[\s-]*based\b", abstract[built.end() :]):
            built = None  # "we propose a Convolutional Neural Network (CNN) based pipeline": a part of what is built
        return built.group("acr") if built else _title_acronym(mentions, abstract, title) or _scoring_acronym(mentions, abstract) \
            or _title_phrase_called(abstract, title) or title_head(mentions, title)
    name = quoted.group("name").strip()
    acronym = re.search(r"\(([A-Z][\w-]{1,15})\)$", name)  # "multi-label subspace ensemble (MSE)" -> MSE
    name = acronym.group(1) if acronym else name
    # a capitalised name, or a phrase named as "this architecture/model/method": not a concept ("fooling images")
    if re.search(r"[A-Z]", name) or (METHOD_NOUN.search(quoted.group("what") or "") and " " in name):
        return name
    return None


# "... with BimanUal Dexterity from Stabilization (BUDS), which ...": an acronym defined for a capitalised long form
_DEFINED_ACRONYM = re.compile(r"\b(?P<long>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5})\s+\((?P<acr>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")
# "BUDS achieves 76.9%", "BUDS is 56.0% more successful": the acronym heading a sentence's scoring verb
_SCORING_AFTER = r"\s+(?:(?:also|further|still|even)\s+)?(?:achieves|obtains|reaches|attains|outperforms|surpasses|improves|yields|is\s+\d)"


def _scoring_acronym(mentions: Sequence[Mention], abstract: str) -> str | None:
    """The acronym the abstract defines for a capitalised long form and later makes the subject of a scoring verb, as
    the paper's own name when no mention names it: "we instantiate this framework with BimanUal Dexterity from
    Stabilization (BUDS) ... Given only 20 demonstrations, BUDS achieves 76.9%". An acronym a recogniser knows is someone's
    (a task, a set, another's method) is not the paper's."""
    known = {(m.canonical or m.text).lower() for m in mentions} | {m.text.lower() for m in mentions}
    for d in _DEFINED_ACRONYM.finditer(abstract):
        acr = d.group("acr")
        if acr.lower() in known or acr[0] != d.group("long")[0]:
            continue
        # (the acronym written again after its definition first, a literal test: the pattern is compiled per acronym)
        if abstract.find(acr, d.end()) >= 0 and \
                re.search(rf"(?:^|[.,;:]\s+|\b(?:and|that|while|whereas)\s+){re.escape(acr)}{_SCORING_AFTER}", abstract[d.end() :]):
            return acr
    return None


# "a simple-yet-effective method, called ": a method noun naming what follows
# The naming words _METHOD_CALLED needs, the pattern built on them. Each is a literal of the pattern, so a
# text without one (in lower case: under IGNORECASE only "C"/"c", "A"/"a" ... match these letters, no other
# character does) cannot match: the per-title pattern is then neither compiled nor run (a compile a title otherwise).
_CALLED_WORDS: Final = ("called", "named", "termed", "dubbed")
_METHOD_CALLED = r"\b(?:method|approach|algorithm|framework|technique|scheme|strategy|procedure)s?,?\s+(?:" + "|".join(_CALLED_WORDS) + r")\s+"


def _has_called_word(abstract: str) -> bool:
    """Does the abstract hold "called", "named", "termed" or "dubbed" in any case ("Named")?"""
    low = abstract.lower()
    return any(w in low for w in _CALLED_WORDS)


def _title_phrase_called(abstract: str, title: str) -> str | None:
    """The phrase a title opens with, as the abstract writes it after a method noun and "called": "Discrimination-aware
    Channel Pruning for Deep Neural Networks" and "we investigate a simple-yet-effective method, called
    discrimination-aware channel pruning, to ..." -> the abstract's spelling (a concept or a task the abstract names,
    "a problem called partial multi-label learning", is no method noun's)."""
    t = _TITLE_PHRASE.match(title)
    if t is None or not _has_called_word(abstract):
        return None
    called = re.search(_METHOD_CALLED + rf"(?P<name>{re.escape(t.group('phrase'))})(?=\s*[,.;:]|\s+(?:to|that|which|for|in)\b)", abstract, re.I)
    return called.group("name") if called else None


# the phrase a title opens with, up to a preposition: "Weakly Supervised Neuro-Symbolic Module Networks" of
# "... for Numerical Reasoning"; a phrase after "with", "using", "via" is mostly a technique borrowed ("... with
# Virtual Adversarial Training", "... Enabled by Recurrent Neural Network")
_TITLE_PHRASE = re.compile(r"^(?P<phrase>[A-Za-z][\w-]*(?:\s+(?!(?:for|in|on|of|to|with|via|using|by|from|against|and|as|at|over|under|towards?)\b)[A-Za-z][\w-]*){1,6})")


# the paper presents what it defines ("we propose ... (RCF)"), not what it applies ("Applying Reinforcement learning (RL)")
_PRESENTING = re.compile(r"\b(?:propose|present|introduce|develop|design|build|buil)\w*\b", re.I)


def _title_acronym(mentions: Sequence[Mention], abstract: str, title: str) -> str | None:
    """The acronym the abstract defines for the approach the title opens with: "Weakly Supervised Neuro-Symbolic
    Module Networks for ..." and "... Module Network (WNSMN)" -> WNSMN. Not an acronym or a phrase a recogniser
    knows, as a task or as someone's method ("Convolutional Neural Networks at ...", "(CNNs)"; "Document-Level
    Relation Extraction with ...", "(DocRE)"): the paper's own name is what none of them found; and one the sentence
    presents ("we propose ... (RCF)")."""
    if "(" not in abstract:
        return None
    low = abstract.lower()
    known = {m.text.lower() for m in mentions}
    for t in _TITLE_PHRASE.finditer(title):
        phrase = re.sub(r"(?<!s)s$", "", t.group("phrase").lower())  # "Networks", not "Focal Loss"
        if any(k.startswith(phrase) or phrase.startswith(k) for k in known):
            continue
        at = low.find(phrase)
        while at >= 0:
            d = re.match(r"s?\s*\((?P<acr>[A-Z][A-Za-z0-9-]{1,10})\)", abstract[at + len(phrase) :])
            if d and d.group("acr")[0].lower() == phrase[0] and sum(c.isupper() for c in d.group("acr")) >= 2 \
                    and d.group("acr").lower() not in known and _PRESENTING.search(abstract[max(0, at - 100) : at].rsplit(". ", 1)[-1]):
                return re.sub(r"(?<=[A-Z])s$", "", d.group("acr"))  # "(SGANs)": the sentences credit "SGAN"
            at = low.find(phrase, at + 1)
    return None


def _names_head(m: Mention, head: str) -> bool:
    """The introduced dataset ``m`` is what the title's head names ("WFLW: ..."), or part of it."""
    name = (m.canonical or m.text).lower()
    return name in head.lower() or head.lower() in name


def title_head(mentions: Sequence[Mention], title: str) -> str | None:
    """ "Like Father, Like Son: Facial Expression Dynamics for ...": the name before a title's colon
    is the paper's approach, unless the paper presents a dataset or the head names a set or a question."""
    head = TITLE_HEAD.match(title)
    if head is None or any(m.role in (Role.INTRODUCED_DATASET, Role.DATASET) and m.field == "title" for m in mentions) \
            or any(m.role is Role.INTRODUCED_DATASET and _names_head(m, head.group("name")) for m in mentions) \
            or TITLE_NOT_METHOD.search(title) or _claim_head(head.group("name")) or _task_head(mentions, head):
        return None
    return head.group("name")


# "Learn To Remember", "If You Want to Go Far Go Together", "Signed Neuron with Memory": a capitalised head
# joined by "to" or "with" is a coined name (a topic joins by "of", "for", "in": "Robustness of Deep Networks")
_CAPITALISED_HEAD = re.compile(r"[A-Z][\w'’-]*(?:,?\s+(?:(?:to|with)\s+)?[A-Z][\w'’-]*)+")


def _claim_head(head: str) -> bool:
    """Whether a title's head is a claim or a phrase, not a name: "Revisiting Dilated Convolution", "Deep Dive into
    Faces"; a head of capitalised words joined by "to" or "with" names the approach ("Learn To Remember")."""
    if _CAPITALISED_HEAD.fullmatch(head):
        head = re.sub(r"\s(?:to|with|To|With)\s", " ", head)
    return CLAIM_HEAD.search(head) is not None or PHRASE_HEAD.search(head) is not None


def _task_head(mentions: Sequence[Mention], head: re.Match) -> bool:
    """Whether a task the title names spans its whole head: "Multitask Easy-First Dependency Parsing: Exploiting ..."
    names the task the paper's unnamed system addresses, the way "Revisiting ..." names a topic; its results are
    "(proposed)"."""
    lo, hi = head.start("name"), head.end("name")
    return any(m.role is Role.TASK and m.field == "title" and m.start <= lo and m.end >= hi for m in mentions)


# "we propose a signed neuron with memory function": a presenting verb and its article before a written name
_PRESENTING_BEFORE = re.compile(r"\b(?:propose|present|introduce|develop|design)[sd]?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def head_written_before(mentions: Sequence[Mention], abstract: str, title: str, start: int) -> str | None:
    """The head of a "Name: ..." title when the abstract proposes it before its first own mention: "Signed Neuron
    with Memory: ..." and "we propose a signed neuron with memory function ... We further propose a new normalization
    method, named neuron-wise normalization": the title names the paper's method, the later name a part of it."""
    head = title_head(mentions, title)
    if head is None or " " not in head:
        return None
    at = abstract.lower().find(head.lower())
    # (a later sentence names the part: "we propose Middle Code Prediction (MCP)" names the head itself)
    return head if 0 <= at < start and _PRESENTING_BEFORE.search(abstract[max(0, at - 60) : at]) \
        and ". " in abstract[at:start] else None
