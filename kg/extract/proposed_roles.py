"""Whose is a name the catalogue knows? The paper's own when the abstract introduces it.

The catalogue lists names from the literature; a paper that introduces one of them ("ARA*: ..."
as its title, "We present Growing Neural Gas, a new ...", "a new model layer, OpenMax, which
...") is that name's source, and the name is its own there. :func:`introduced_known` reads,
once per abstract, the strongest evidence about each catalogued name from every place the text
names it; :func:`kg.extract.resolve.resolve` applies the role to every mention.

The paper introduces a name where the text at one of its mentions is one of:

- the title's "Name:" prefix, with the abstract naming it again;
- "we propose / present / introduce Name" with the name in apposition or defined after it
  ("we present ARA*, an anytime ...", "we propose X (Y)");
- "Name, a new / novel ...";
- "a new / novel / our KIND, Name" with a comma or colon ("a new model layer, OpenMax,"; "Our
  model, GAT-PCM,"), or "a KIND, Name" after a proposal verb in the same sentence ("we propose
  ... a simple policy gradient algorithm, Pairwise Proximal Policy Optimization (P3O)");
- "a new / novel Long Form (Name)" ("a novel Diverse and Interactive Message Passing (DIMP) is
  proposed").

A name the abstract also treats as someone else's (compared against, built on, listed as an
example, cited, "a popular method") stays someone else's: against both kinds of evidence the
catalogue decides. Context alone ("our ResNet-50 encoder", "the proposed X") is no
introduction.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .catalogue_data import Catalogue
from .doc import Candidate
from .proposed_names import _PRIOR, _PROPOSAL_VERB, USE_VERB
from .long_forms import long_form_start
from .redefined import _spelled_forms, _stems
from .sentences import sentence_before
from .shapes import norm
from .words import anchor_kinds

__all__ = ["introduced_known", "OTHERS_RULES"]

# The cues that read a name as someone else's: against them an introduction is not enough.
OTHERS_RULES: Final = frozenset({"context:compared", "context:built-on", "context:examples", "context:cited",
                          "acronyms:known", "context:library"})
_KINDS: Final = "|".join(sorted(anchor_kinds("proposed")["noun"], key=len, reverse=True))
# "... a novel Diverse and Interactive Message Passing (": the long form before a bracketed name.
_LONG_FORM: Final = re.compile(r"(?:[A-Z][\w\-]*\s+(?:(?:and|of|for|with|in|on|the|to|via|-)\s+)*){1,8}\(\s*\Z")
_NEW_LONG_FORM: Final = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:novel|new)\s+(?:[A-Z][\w\-]*\s+(?:(?:and|of|for|with|in|on|the|to|via|-)\s+)*){1,8}\(\s*\Z")
# The words of a noun phrase between its article and its kind noun: no function word ("our approach on
# three public datasets:" is no apposition).
_NP_WORDS: Final = r"(?:\s+(?!(?:on|in|of|for|to|with|from|by|and|or|at|as|is|are|was|were|the|that|which)\b)[\w\-]+)"
_NEW_KIND: Final = re.compile(rf"(?:\b(?:[Aa]n?|[Oo]ur)\s+(?:\w+\s+)?(?:new|novel)\b|\bthe first\b|\b[Oo]ur\b){_NP_WORDS}{{0,3}}?\s+(?:{_KINDS})\s*[,:]\s*[\"\u201c]?\Z")
_A_KIND: Final = re.compile(rf"\b(?:a|an){_NP_WORDS}{{0,4}}?\s+(?:{_KINDS})\s*[,:]\s*[\"\u201c]?\Z")
_VERB_BEFORE: Final = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+)?"
    r"(?:propose|present|introduce|develop|design|devise)[sd]?\s+[\"\u201c]?\Z"
)
_APPOSED_AFTER: Final = re.compile(r"[\"\u201d]?\s*(?:,\s*(?:an?|the|which|whose)\b|\(|:)")
_NEW_AFTER: Final = re.compile(r"[\"\u201d]?\s*,\s*(?:an?|our)\s+(?:\w+ly\s+)?(?:new|novel)\b")
# a capitalised word or a joined part right after: the mention starts a longer name ("a stochastic
# volatility model, Gaussian Copula Process Volatility (GCPV)")
_NAME_GOES_ON: Final = re.compile(r"(?:\s+[A-Z0-9]|-\w|\w)")
_TITLE_PREFIX: Final = re.compile(r"\s*:")
_MADE_BEFORE: Final = re.compile(r"\bto\s+(?:construct|build|create|obtain|derive|form)\s+\Z")
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:of|by|with|to|from|in|on|for|as|at|into|than|over|using|via)\s+(?:the\s+)?\Z")
# where a name in apposition ends: "a new defense method, TRADES, to ...", "Our model, X. ..."
_APPOSITION_ENDS: Final = re.compile(r"[\"\u201d]?\s*(?:[,.;:()]|$)")
_WORD_BEFORE: Final = re.compile(r"(\S+)(\s*)\Z")
# The words a name's phrase may follow: function words, naming and presenting verbs. After any other
# word the mention ends a longer name or phrase ("Self-Rewarding PPO", "the tactile cartpole",
# "local mixup, a novel variant of mixup").
_OPEN_WORD: Final = re.compile(
    r"(?:the|a|an|our|this|these|its|their|and|or|of|by|with|to|from|in|on|for|as|at|that|which|namely|i\.e\.|e\.g\."
    r"|call(?:ed)?|name[sd]?|dub(?:bed)?|term(?:ed)?|coin(?:ed)?|is|are|was|were|be|here|then|finally|moreover|furthermore|also"
    r"|(?:propos|present|introduc|develop|design|devis|build|buil|creat|releas|construct|offer)\w*)", re.IGNORECASE)
# after a bracketed acronym: it qualifies a noun ("(BP) style algorithm", "(RNN) layers") or a
# naming follows ("(CNN), called Spindle Net")
_QUALIFIES: Final = re.compile(r"\s*\)\s*-?\s*(?:based|style|like|layers|blocks|modules|units|cells)\b")
_NAMED_LATER: Final = re.compile(r"\s*\)\s*,?\s*(?:called|named|dubbed|termed|coined)\b")


def _starts_phrase(text: str, tend: int, start: int) -> bool:
    """Does a name's phrase start at ``start`` (after punctuation, a function word or a presenting
    verb), rather than inside a longer name or phrase ("Pointer- LSTM", "Self-Rewarding PPO")?"""
    m = _WORD_BEFORE.search(text, max(tend, start - 40), start)
    if m is None:
        return True
    word, gap = m.groups()
    if not gap:
        return word[-1] in "([\"\u201c'`*"  # joined: "(P3O", "**X**"; not "Pointer-LSTM"
    return word[-1] in ".!?,:;([\"\u201c" or bool(_OPEN_WORD.fullmatch(word))


def _catalogue_sense(catalogue: Catalogue, name: str, long_form: str) -> bool:
    """Is ``long_form`` the catalogue's spelling of ``name`` ("Scale Invariant Feature Transform"
    for SIFT: a content word in common with the entry's full name or a long alias)?"""
    entry = catalogue.lookup(name)
    stems = _stems(long_form)
    return entry is not None and any(stems & _stems(f) for f in _spelled_forms(entry))


# "We propose the coupled generative adversarial nets (": a long form right after the paper's proposal verb
_PROPOSED_LONG_FORM: Final = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:\w+ly\s+|also\s+|first\s+)?(?:propose|present|introduce|develop)[sd]?\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:novel|new)\s+)?(?P<long>(?:[\w\-]+\s+){1,7}[\w\-]+)\s*\(\s*\Z"
)
# the title's opening phrase ("Coupled Generative Adversarial Networks", "... for ...", "...: ...")
_TITLE_LEAD_END: Final = re.compile(r"\s+(?:for|via|with|in|on|from|by|using|through|towards?|and)\s+|\s*[:?]\s")


def _name_stems(phrase: str) -> set[str]:
    """:func:`_stems`, with "nets" the stem of "networks" ("adversarial nets" spells "Adversarial Networks")."""
    return {"netwo" if w == "nets" else w for w in _stems(phrase)}


def _defines_title_name(text: str, tend: int, start: int, end: int, before: str) -> bool:
    """Does the paper's proposal verb lead straight to the long form of the bracketed name, whose
    words are the title's opening phrase ("Coupled Generative Adversarial Networks" over "We propose
    the coupled generative adversarial nets (CoGAN) framework")? The paper is the name's source,
    though the catalogue knows the name (a name spelled by the catalogue, "a novel Convolutional
    Neural Network (CNN)", is introduced only where the title is that name too). The name spells the
    whole long form: "an observability analysis of a vision-aided inertial navigation system (VINS)"
    under "Observability Analysis of a Vision-aided ..." presents an analysis, not VINS."""
    window = before[-120:]
    m = _PROPOSED_LONG_FORM.search(window) if text[start - 1 : start] == "(" and text[end : end + 1] == ")" else None
    if m is None:
        return False
    at = start - len(window)  # where ``window`` starts in ``text``
    if long_form_start(text[start:end], text, at + m.end("long")) != at + m.start("long"):
        return False  # the name spells only the long form's end ("a multi-label long short-term memory (LSTM)")
    lead = text[:tend].strip()
    if (cut := _TITLE_LEAD_END.search(lead)) is not None:
        lead = lead[: cut.start()]
    long_stems = _name_stems(m.group("long"))
    return len(long_stems) >= 2 and long_stems == _name_stems(lead)


def _introduces(text: str, tend: int, start: int, end: int, catalogued: list[tuple[int, int]],
                catalogue: Catalogue | None = None) -> bool:
    """Does the text at this mention introduce the name as the paper's own? ``catalogued``: the
    spans the catalogue matched; with ``catalogue``, a long form spelling the entry's name is its
    definition, no new name ("a novel Scale Invariant Feature Transform (SIFT) detector")."""
    if start == 0:
        return bool(_TITLE_PREFIX.match(text, end))
    if start < tend or not _starts_phrase(text, tend, start) or _NAME_GOES_ON.match(text, end):
        return False
    before = sentence_before(text, tend, start, 240)
    if _VERB_BEFORE.search(before[-80:]) and _APPOSED_AFTER.match(text, end):
        # ... not "We propose Support Vector Machines, a very popular method, as ..."
        return not _PRIOR.search(text, end, min(len(text), end + 40))
    if _MADE_BEFORE.search(before[-40:]) and _NEW_AFTER.match(text, end):
        # "We apply the double estimator to Q-learning to construct Double Q-learning, a new off-policy
        # ... algorithm": what a purpose clause makes, called new, is the paper's (the verb of using
        # before it is about the parts)
        return True
    last_verb = None
    for last_verb in _PROPOSAL_VERB.finditer(before):
        pass
    if USE_VERB.search(before, last_verb.end() if last_verb else 0):
        return False  # "we leverage 3D Gaussian splatting, a novel ...", "presents experiments using a model, X"
    if _NEW_AFTER.match(text, end):
        return not _PREPOSITION_BEFORE.search(before)  # not "the decoding of BART, a novel scheme is ..."
    if _defines_title_name(text, tend, start, end, before):
        return True  # "We propose the coupled generative adversarial nets (CoGAN) framework" under that title
    if (lf := _LONG_FORM.search(before)) is not None:
        lf_start = start - len(before) + lf.start()
        if (any(s == lf_start for s, _ in catalogued) or _QUALIFIES.match(text, end) or _NAMED_LATER.match(text, end)
                or (catalogue is not None and _catalogue_sense(catalogue, text[start:end], before[lf.start() :]))):
            # the catalogue's own long form ("a novel Convolutional Neural Network (CNN) ..."), a
            # qualifier ("a novel Belief Propagation (BP) style algorithm"), a name given later
            return False
        if _NEW_LONG_FORM.search(before):
            # Three words spell a family ("a novel Deep Neural Network (DNN) architecture"); a
            # coined name takes more ("a novel Hierarchical Sparse Shape Descriptor (HSSD)").
            return len(_stems(before[lf.start() :])) >= 4
        before = before[: lf.start()]  # "algorithm, Pairwise Proximal Policy Optimization (P3O)"
    elif not _APPOSITION_ENDS.match(text, end):
        return False  # "a new algorithm: Q-learning with dynamic ...": the name is part of a description
    if _NEW_KIND.search(before[-90:]):
        return True
    # "we propose ... a simple policy gradient algorithm, P3O" (not "trained in a fast simulator, SUMO")
    return bool((a := _A_KIND.search(before[-90:])) and _PROPOSAL_VERB.search(before, 0, len(before) - len(a.group()))
                and not _PREPOSITION_BEFORE.search(before, 0, len(before) - len(a.group())))


def introduced_known(text: str, tend: int, names: list[Candidate], known: set[str],
                     catalogue: Catalogue | None = None) -> dict[str, Candidate]:
    """The catalogue's names (``known``, normalized) this abstract introduces as its own, each
    with a candidate in its own role (a catalogue dataset is an introduced dataset), unless a cue
    reads the name as someone else's somewhere in the abstract."""
    if not known:
        return {}
    spans: dict[str, list[Candidate]] = {}
    for c in names:
        key = norm(text[c.start : c.end])
        if key in known:
            spans.setdefault(key, []).append(c)
    catalogued: list[tuple[int, int]] | None = None
    out: dict[str, Candidate] = {}
    for key, cs in spans.items():
        cat = next((c for c in cs if c.rule.startswith("catalogue") and c.role in (Role.METHOD, Role.DATASET)), None)
        if cat is None:
            continue  # a metric, or a name only other rules read
        in_abstract = any(c.start >= tend for c in cs)
        introduced = None
        for at, end in sorted({(c.start, c.end) for c in cs}):
            if (at > 0 or in_abstract) and _may_introduce(text, at, end):
                if catalogued is None:
                    catalogued = [(c.start, c.end) for c in names if c.rule.startswith("catalogue")]
                if _introduces(text, tend, at, end, catalogued, catalogue):
                    introduced = (at, end)
                    break
        if introduced is None or _others(text, tend, names, cs):
            continue
        # the kind an own rule read from the words around the name ("a novel ... (RACE) framework"),
        # else the catalogue's
        claimed = next((c.role for c in cs if c.role in (Role.PROPOSED, Role.INTRODUCED_DATASET)), None)
        role = claimed or (Role.INTRODUCED_DATASET if cat.role is Role.DATASET else Role.PROPOSED)
        out[key] = Candidate(role, introduced[0], introduced[1], "proposed:introduced", 0.85)
    return out


def _may_introduce(text: str, start: int, end: int) -> bool:
    """A cheap test before :func:`_introduces`: every introduction has a comma, colon or bracket
    right after the name or right before it (most mentions have neither)."""
    after = text[end : end + 3].lstrip("\"\u201d ")[:1]
    before = text[max(0, start - 3) : start].rstrip("\"\u201c ")[-1:]
    return start == 0 or after in (",", "(", ":", ")") or before in (",", ":", "(")


def _others(text: str, tend: int, names: list[Candidate], cs: list[Candidate]) -> bool:
    """Does a cue read the name of the mentions ``cs`` as someone else's: a cue on one of its
    spans (its span may be cut: "ARA" in "with ARA*"), or a prior word just before one ("the
    standard LSTM architecture")?"""
    if any(o.start < c.end and c.start < o.end for o in names if o.rule in OTHERS_RULES for c in cs):
        return True
    return any(_PRIOR.search(before := sentence_before(text, tend, c.start, 240), max(0, len(before) - 30))
               for c in cs if c.start >= tend)
