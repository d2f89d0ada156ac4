"""Others' methods recognised by the frames around them (the method frames of :mod:`kg.extract.cues`).

- compared against: "outperforms X and Y", "compared with X", "than X" (also "3 points higher
  accuracy than X", "an improvement of 58% over X", "improves upon X");
- built on: "based on X", "fine-tuned from X", "leveraging X";
- libraries and toolkits: "the open-source library X", "the X toolkit";
- a kind noun: "a X algorithm", "the X method" (also title-case words: "the Block Coordinate
  Descent algorithm"), "the PG and RG methods", "the monolingual model PhoBERT for ...";
- cited: "X (Author et al., 2019)" (a dataset when a dataset noun stands beside it);
- shaped as a method: model sizes ("LLaMA-2-13B", "Jais 13B"), trace parameters ("TD(0)");
- coordinated: names listed with a method the catalogue knows ("RoBERTa, X and Y").

("X-based" is not a cue: on corpus abstracts it named sensors and signals, "EEG-based".)
"an MBRL method" names a field (an acronym with "a/an"), "a DAG model" a mathematical object.
Each ``*_at`` rule is called by :func:`kg.extract.cues.find_cued_names` at its anchor word.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .cue_lists import (
    ADJ_SUFFIX, CAP, CLASS_NOUN_AFTER, DS, INDEFINITE, LANGUAGES, LIST, LISTED,
    NOT_NAMES, emit_list, is_modifier, nearest_kind, titled_name,
)
from .doc import Candidate
from .long_forms import long_form_start
from .shapes import STOP_NAMES, holds_digit, is_name_like, is_title_case_compound, walk_list
from . import eponyms

__all__ = ["compared_at", "built_on_at", "library_at", "kind_noun_at", "cited_names", "shaped_methods", "coordinated_methods"]

_COMPARE_VERBS: Final = (
    r"outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|better than|faster than|superior to"
    r"|(?:improvements?|gains?|advantage|speedup) over|against|versus|vs\.?"
)
_COMPARE_VERB: Final = rf"(?i:{_COMPARE_VERBS}|compar(?:e|es|ed|ing|ison) (?:with|to|against))\s+"
_QUALIFIERS: Final = (r"the|strong|existing|recent|previous|prior|competing|popular|leading|state-of-the-art|SOTA|baselines?"
               r"|methods|models|approaches|such as|like|including|e\.g\.,?")
_COMPARE: Final = re.compile(_COMPARE_VERB + rf"(?:(?:{_QUALIFIERS})[\s,(]+){{0,4}}(?P<list>{LIST})")
# The looser comparison frames: more words may say which one ("than the recently proposed X",
# "over vanilla X") and "compare our approach with X" may part the verb from its preposition.
_WIDE_QUALIFIERS: Final = (
    rf"(?:(?:{_QUALIFIERS}|recently\s+proposed|representative|standard|vanilla|original|mainstream|widely[- ]used|well-known)"
    r"[\s,(]+){0,4}"
)
_COMPARE_WIDE: Final = re.compile(
    rf"(?i:{_COMPARE_VERBS}|compar(?:e|es|ed|ing|ison)\s+(?:(?!with\b|to\b|against\b)[\w\-]+\s+){{0,3}}?(?:with|to|against))\s+"
    + _WIDE_QUALIFIERS + rf"(?P<list>{LIST})"
)
_LIST_AFTER: Final = re.compile(r"\s+" + _WIDE_QUALIFIERS + rf"(?P<list>{LIST})")
# "higher accuracy than", "3x faster at inference than", "more accurate than", "fewer parameters
# than": a comparison of performance, up to three words before "than". Not a comparison of data
# ("larger than", "more diverse than ImageNet") nor "rather/other than".
_COMPARATIVE_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?i:(?:higher|lower|better|worse|stronger|faster|slower|cheaper|fewer|less)(?:\s+[\w\-.%]+){0,3}"
    r"|more\s+(?:accurate|efficient|robust|effective|stable|precise|scalable|compact|faithful|reliable)(?:ly)?)\s+\Z"
)
# "an improvement of 58% over", "+2.1 mAP over", "by a large margin over", "a 3x speedup over":
# a gain in the clause before "over" ("over 10 datasets" and "over time" have none).
_GAIN_BEFORE: Final = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s*(?:%|x|\u00d7|points?|pp|dB)|\b(?i:improv\w*|gains?|margins?|boosts?|speed-?ups?)\b)"
    r"[^.;:()\n]{0,40}\Z"
)
# "improves upon X", "improving over X" ("improves on X" is as often "on a dataset").
_IMPROVES_UPON: Final = re.compile(r"(?i:improv(?:es|ing|ed|e))\s+(?:upon|over)" + _LIST_AFTER.pattern)
# The name is atomic: "(?!\s+[A-Z])" must not be met by cutting it short ("based on PROMETHEE II"
# gave "PROMETHE", "the RoboCup Rescue simulator" "RoboCu").
_BUILT_ON_VERBS: Final = (r"based on|built (?:up)?on|on top of|initiali[sz]ed (?:from|with)|fine-tun(?:e|es|ed|ing)|distill(?:s|ed|ing)? from"
                   r"|backbones? (?:such as|like|of)|adopt(?:s|ing)?|leverag(?:e|es|ing)|employ(?:s|ing)?|extend(?:s|ing)?")
_BUILT_ON_ARTICLES: Final = r"\s+(?:(?:the|a|an|pre-?trained|powerful|strong|off-the-shelf)\s+){0,2}"
_BUILT_ON: Final = re.compile(rf"(?i:{_BUILT_ON_VERBS}){_BUILT_ON_ARTICLES}(?P<name>(?>{CAP}))(?!\s+[A-Z])")
# a Title Case name also after "using", "utilize", "apply" (the anchors of data/cues.json "built")
_BUILT_ON_TITLED: Final = re.compile(
    rf"(?i:{_BUILT_ON_VERBS}|using|utiliz(?:e|es|ing)|appl(?:y|ies|ying)){_BUILT_ON_ARTICLES}"
    r"(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*){1,3})"
    r"(?![\w\-]|\s+[A-Z]|\s+(?:and|&|of|for|from|with|in|on|to)\s+[A-Z])"  # not "ID Consistent Texture Inpainting and Refinement"
)
# "using the Individual Typology Angle (ITA) metric": what the name is, said after it; "using a
# Efficient Temporal Module (ETM)": a part, most often the paper's own; "using Unmanned Aerial
# Vehicles": a kind of machine.
_NOT_A_METHOD_AFTER: Final = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?i:metrics?|measures?|scores?|index|dataset|benchmark|corpus)\b")
_PART_HEADS: Final = (" Module", " Block", " Layer", " Unit", " Vehicle", " Vehicles", " Systems")
_ACRONYM_AFTER: Final = re.compile(r"\s*\((?P<acr>[A-Z][\w\-*]*)\)")
_NEW_BEFORE: Final = re.compile(r"\b(?:a|an|our)\s+(?:novel|new|proposed)\s+\Z|\b(?:our|the proposed)\s+\Z")
_NAME_BEFORE_KIND: Final = re.compile(
    r"\b(?:a|an|the|our|its|their|with|of|by)\s+(?:[a-z][\w\-]*\s+)?(?:(?P<cap>[A-Z][a-z]+)\s+)?"
    rf"(?P<name>{CAP})\s+\Z"
)
_SIZE_HINT: Final = re.compile(r"[BMK](?<=\d[BMK])\b")  # "\d[BMK]\b", led by the rarer letter (a scan 3x faster)
_SIZED: Final = re.compile(r"(?<![\w\-])[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[BMK](?:-[A-Za-z][\w.]*)*(?![\w\-.])")
# "AceGPT 7B", "Jais 13B", "Llama 2 70B": a name, an optional version and a size in billions of
# parameters written with spaces (only "B": "LAION 400M" and "YFCC 100M" are datasets); not a
# figure or table panel ("Figure 3B") nor a count of something ("Model 7B parameters").
_SIZED_SPACED: Final = re.compile(
    r"(?<![\w\-])(?!(?:Fig|Figure|Table|Tab|Section|Sec|Appendix|Eq|Equation|Step|Stage|Phase|Part|Chapter|Level"
    r"|Type|Class|Group|Case|Task|Track|Model|Version|Block|Layer|Exp|Experiment|Setting|Split|Round|Day|Lemma"
    r"|Theorem|Algorithm|Line|Row|Column|Panel|Example)\b)"
    r"[A-Z][A-Za-z][\w.]*(?:-[\w.]+)*(?:\s\d+(?:\.\d+)?)?\s\d+(?:\.\d+)?B(?![\w\-.]|\s+(?:parameters|params|tokens))"
)
# "the open-source library Lale", "the GAN library, Mimicry.": a library or toolkit named after
# its noun (one word; its own capital suffices, the noun says it is a name).
_AFTER_LIB_NOUN: Final = re.compile(
    rf"(?i:library|toolkit|toolbox|package)(?:\s*,\s*|\s+)(?:called\s+|named\s+)?(?P<name>{CAP})"
    r"(?=\s*[,.;:)]|\s+(?:to|for|and|which|that|with|in|is|was|provides|offers|supports)\b)"
)
_LIB_BEFORE: Final = re.compile(r"\b(?:novel|new|our|proposed|first|a|an|any|each|every)\s+(?:[\w\-]+\s+){0,3}\Z", re.IGNORECASE)
_LIB_NAME_BEFORE: Final = re.compile(rf"\b(?:the|with|using|in)\s+(?P<name>{CAP})\s+\Z")
# "A, B and C" beside a name the catalogue knows as a method: the others are methods too.
_COORD_NEXT: Final = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?P<name>{CAP})(?![\w\-])")
_COORD_PREV: Final = re.compile(rf"(?<![\w\-])(?P<name>{CAP})(?:\s*,\s*|\s+(?:and|or|&)\s+)\Z")
# "an MBRL method", "a new SSL method": an acronym with an indefinite article names a field
# the method belongs to; "the TRADES method" names one.
_FIELD_ACRONYM: Final = re.compile(r"^[A-Z]{2,5}s?$")
_VERSION_WORD: Final = re.compile(r"^[Vv]\d")

# "TD(0)", "Sarsa(λ)", "Q(lambda)", "LSTD(λ)": an algorithm written with its trace parameter is a
# method whatever the words around it; a "(0)" needs two letters before it ("F(0)" is a value),
# and math ("$TD(0)$") or complexity classes ("O(n)") are not matched.
_PARAM_NAME: Final = re.compile(
    r"(?<![\w\-$\\{])(?!Omega|Theta)(?:[A-Z][A-Za-z\-]{1,9}\((?:0|λ|\\lambda|lambda)\)|[A-Z]\((?:λ|\\lambda|lambda)\))(?![\w$}])"
)

# "a novel algorithm, Retrace(lambda)"; not "a new version of TD(lambda)", "our new Q(lambda),
# called PQ(lambda)", "a novel Fuzzy Sarsa(λ) Learning approach" (the name is part of another)
_NOVEL_BEFORE: Final = re.compile(r"\b(?:novel|new|our)\b(?:(?!\bof\b)[^.;()])*[a-z,]\s*\Z", re.IGNORECASE)
_NOT_OWN_AFTER: Final = re.compile(r",?\s*(?:called|named|[A-Z])")


def shaped_methods(text: str, tend: int) -> list[Candidate]:
    """Names whose shape says they are methods: an algorithm written with its trace parameter,
    a model with its size."""
    out: list[Candidate] = []
    params = "(0)" in text or "λ)" in text or "lambda)" in text  # what every match holds: skips the scan
    for m in _PARAM_NAME.finditer(text, tend) if params else ():
        # "we derive a novel algorithm, Retrace(lambda)": the paper's own
        own = _NOVEL_BEFORE.search(text, max(tend, m.start() - 40), m.start()) and not _NOT_OWN_AFTER.match(text, m.end())
        role = Role.PROPOSED if own else Role.METHOD
        out.append(Candidate(role, m.start(), m.end(), "context:parameter-name", 0.75))
    if holds_digit(text) and _SIZE_HINT.search(text, tend):  # (the size's digit: the answer is kept per text)
        for m in _SIZED.finditer(text, tend):
            end = m.end() - len(m.group()) + len(m.group().rstrip("."))
            out.append(Candidate(Role.METHOD, m.start(), end, "context:model-size", 0.75))
        for m in _SIZED_SPACED.finditer(text, tend):
            out.append(Candidate(Role.METHOD, m.start(), m.end(), "context:model-size", 0.7))
    return out


def compared_at(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    """Methods a comparison names: "outperforms X and Y", "compared with X", "higher accuracy than X"."""
    m = _COMPARE.match(text, at)
    if m:
        # right after the verb a Title Case name of 2-4 words stands alone ("faster than Hyperband
        # and Bayesian Optimization", "outperforms Random Search"); "vs." compares anything ("Los
        # Angeles vs. San Francisco")
        vouched = text[at : at + 2].lower() != "vs" and text[at : at + 7].lower() != "versus"
        emit_list(text, out, m, Role.METHOD, "context:compared", 0.65, False, vouched=vouched)
        return
    m = _COMPARE_WIDE.match(text, at) or (_compared_apart(text, tend, at) if text[at] in "toiTOI" else None)
    if m and not text[m.start("list")].isdigit():  # not "less than 1 MPa": a quantity
        found: list[Candidate] = []
        emit_list(text, found, m, Role.METHOD, "context:compared", 0.65, False)
        out.extend(c for c in found if _compared_name(text, text[c.start : c.end]))


def _compared_name(text: str, name: str) -> bool:
    """Does an item of a looser comparison frame name one method? Not a plural acronym ("LLMs",
    "Vid-LLMs"), a field or device ("RL", "GPS": :data:`NOT_NAMES`), "SoTA", one the text defines as a lower-case
    learning paradigm ("reinforcement learning (RL)"), nor two names run together ("ResNet CNN",
    "RoPE-based Transformer"): families, fields and merged names (issue 11, classes 5 and 8)."""
    words = name.split()
    if (_PLURAL_END.search(name) or name in NOT_NAMES or name.lower() in STOP_NAMES
            or any(ADJ_SUFFIX.search(w) for w in words)
            or len(words) > 1 and all(is_name_like(w) for w in words)):
        return False
    at = text.find(f"({name})")
    start = long_form_start(name, text, len(text[:at].rstrip())) if at > 0 else None
    long = text[start:at].strip() if start is not None else ""
    return not (long[1:].islower() and long.endswith("learning"))


_PLURAL_END: Final = re.compile(r"(?:^|-)[A-Z]{2,}s$")


def _compared_apart(text: str, tend: int, at: int) -> re.Match | None:
    """The list a comparison names when the words that make it one stand apart from "than" or
    "over": "3.2 points higher accuracy than X", "more accurate than X", "an improvement of 58%
    over X", "improves upon X" (issue 11, class 3: the compared-against frame)."""
    word = text[at : at + 4].lower()
    if word == "than":
        return _LIST_AFTER.match(text, at + 4) if _COMPARATIVE_BEFORE.search(text, max(tend, at - 45), at) else None
    if word == "over":
        return _LIST_AFTER.match(text, at + 4) if _GAIN_BEFORE.search(text, max(tend, at - 50), at) else None
    return _IMPROVES_UPON.match(text, at)


def built_on_at(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    """A method the work builds on: "based on X", "fine-tuned from X", "leveraging X"."""
    m = _BUILT_ON.match(text, at)
    if m:
        s, e = m.start("name"), m.end("name")
        suffix = ADJ_SUFFIX.search(text, s, e)
        e = suffix.start() if suffix else e  # "DETR-like": DETR
        if is_name_like(text[s:e]) and text[s:e] not in NOT_NAMES and (suffix or not is_modifier(text, e)):
            out.append(Candidate(Role.METHOD, s, e, "context:built-on", 0.6))
        return
    # "we employ Knowledge Distillation", "extend the Yawipa Wiktionary Parser (Wu and Yarowsky,
    # 2020)": a Title Case name of 2-4 words (not a field, a dataset noun nor one going on)
    m = _BUILT_ON_TITLED.match(text, at)
    if m is None:
        return
    name, e = m.group("name"), m.end("name")
    if titled_name(text, name, e) and not is_modifier(text, e) and not _NOT_A_METHOD_AFTER.match(text, e) \
            and not name.endswith(_PART_HEADS) and not _tail_of_long_form(text, name, e):
        out.append(Candidate(Role.METHOD, m.start("name"), e, "context:built-on", 0.6))


def _tail_of_long_form(text: str, name: str, end: int) -> bool:
    """Is ``name`` the tail of a longer Title Case name its acronym spells ("Motion Planning using Lower Bounds
    (MPLB)", "Policy Search using Continuous Kernel Observations (EPSCKO)")? The verb is inside that name.
    (The name's initials, not :func:`kg.extract.long_forms.long_form_start`: the letter scan also makes
    "CLIP Metric" the tail of "Token Reduction using CLIP Metric (TRIM)", which changes output --
    2 of 20,000 corpus abstracts, both false built-on spans dropped: a change for an extraction task.)"""
    acr = _ACRONYM_AFTER.match(text, end)
    if acr is None:
        return False
    initials = "".join(w[0] for w in name.split()).upper()
    return len(acr.group("acr")) > len(initials) and acr.group("acr").upper().endswith(initials)


def library_at(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    """A library or toolkit: "the open-source library X", "the GAN library, X.", "the X toolkit"."""
    m = _AFTER_LIB_NOUN.match(text, at)
    if m and not _LIB_BEFORE.search(text, max(tend, at - 60), at):
        name = m.group("name")
        if name not in LANGUAGES and name not in NOT_NAMES and (
            is_name_like(name) or is_name_like(name, allow_capitalized=True) and not is_modifier(text, m.end())
        ):
            out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:library", 0.65))
    if anchor_end < len(text) and text[anchor_end].isalnum():
        return
    # "the Lale library": a capitalised word before the noun, after "the".
    m = _LIB_NAME_BEFORE.search(text, max(tend, at - 30), at)
    if m and m.group("name") not in LANGUAGES and m.group("name").lower() not in STOP_NAMES:
        out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:library", 0.65))


_TECHNIQUE_KINDS: Final = frozenset({"algorithm", "method", "solver", "estimator", "optimizer"})
_TITLED_BEFORE_KIND: Final = re.compile(r"\b(?:[Tt]he|a|an)\s+(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){1,3})\s+\Z")


_CAP_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _cap_word_before(text: str, lo: int, at: int) -> bool:
    """What every :data:`_NAME_BEFORE_KIND` match in ``text[lo:at]`` holds: space before ``at``
    and, before that, a word opening as ``CAP`` does (the window's last word is the name). Tested
    first: most kind nouns follow a lower-case word, and the search tries every window position."""
    window = text[lo:at]
    last = window.rstrip()
    return 0 < len(last) < len(window) and last.rsplit(None, 1)[-1][0] in _CAP_FIRST


def kind_noun_at(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    """"a GS-LRM reconstructor", "an adaptive Perp-Neg algorithm": a name before the noun that
    says what kind of thing it is (mid-sentence title case marks a name here); "the monolingual
    model PhoBERT for ...", "an analysis algorithm, SSI-CPAST.": a name-shaped word right after it.
    "the Galerkin method": a person's name before a technique noun (:mod:`kg.extract.eponyms`)."""
    if text[at] in "mae" and text[at:anchor_end] in eponyms.HEADS:
        eponyms.eponym_at(text, tend, at, out)
    if anchor_end < len(text) and not text[anchor_end].isalnum():
        _name_after_kind(text, tend, at, anchor_end, out)
    if anchor_end != len(text) and text[anchor_end].isalnum():
        if text[anchor_end] == "s" and (anchor_end + 1 == len(text) or not text[anchor_end + 1].isalnum()):
            _names_before_plural_kind(text, tend, at, out)  # "the PG and RG methods"
            if text.startswith(" (", anchor_end + 1):
                _names_in_bracket_after(text, tend, at, anchor_end + 1, out)  # "some methods (ROME and MEMIT)"
        return
    m = _NAME_BEFORE_KIND.search(text, max(tend, at - 40), at) if _cap_word_before(text, max(tend, at - 40), at) else None
    name = m.group("name") if m else ""
    if m and not m.group("cap") and _FIELD_ACRONYM.match(name) \
            and INDEFINITE.search(text, m.start(), m.start("name")):
        return  # "a NAS algorithm", "a CF model": a field; the catalogue knows "an EM algorithm"
    if m and (is_name_like(name) or is_title_case_compound(name)) and not ADJ_SUFFIX.search(name) \
            and name not in NOT_NAMES:
        s0 = m.start("cap") if m.group("cap") else m.start("name")
        if _NEW_BEFORE.search(text, max(tend, m.start() - 12), s0):
            # "we propose a novel GradAlign algorithm": the paper's own
            out.append(Candidate(Role.PROPOSED, s0, m.end("name"), "context:kind-noun", 0.8))
        else:
            out.append(Candidate(Role.METHOD, s0, m.end("name"), "context:kind-noun", 0.65))
    elif text[at:anchor_end] in _TECHNIQUE_KINDS and (t := _TITLED_BEFORE_KIND.search(text, max(tend, at - 70), at)):
        # "based on the Block Coordinate Descent algorithm": a title-case technique after "the"
        # (not the paper's own: "our new ...", "the proposed ...")
        words = t.group("name").split()
        if not any(w.lower() in STOP_NAMES for w in words) and not _OWN_BEFORE.search(text, max(tend, t.start() - 40), t.start("name")):
            out.append(Candidate(Role.METHOD, t.start("name"), t.end("name"), "context:kind-noun", 0.65))


# "the monolingual model PhoBERT for Vietnamese", "a fast modal analysis algorithm, SSI-CPAST.": a
# name-shaped word (not a plain capitalised one) right after a singular kind noun, ending a clause.
_NAME_AFTER_KIND: Final = re.compile(
    rf"(?:\s*,\s*|\s+)(?P<name>{CAP})(?=\s*[,.;:)]|\s+(?:for|to|and|which|that|with|in|on|is|was|as|has|achieves)\b)"
)
_DETERMINED: Final = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w\-]+\s+){0,4}\Z", re.IGNORECASE)
# The paper's own words in the clause before a name; kind_noun_at reads it too (cues.py had a
# narrower twin of this name before kind_noun_at, shadowed by this one at call time: dropped).
_OWN_BEFORE: Final = re.compile(r"\b(?:our|novel|new|proposed|we|this)\b[^.;]*\Z", re.IGNORECASE)


def _name_after_kind(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _NAME_AFTER_KIND.match(text, anchor_end)
    if not m or not _DETERMINED.search(text, max(tend, at - 50), at):
        return
    if _OWN_BEFORE.search(text, max(tend, at - 50), at):
        return  # "we propose an algorithm X", "this network X": the naming rules read the paper's own
    name = m.group("name")
    if _FIELD_ACRONYM.match(name):
        return  # "the backbone PLMs", "network DP": a kind or a field more often than a name
    if is_name_like(name) and name not in NOT_NAMES and name not in LANGUAGES and not ADJ_SUFFIX.search(name):
        out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:after-kind", 0.6))


# "the PG and RG methods", "both GraphX, Flow2 and KD-Net models": two or more names before a
# plural kind noun, after a determiner.
_NAMES_BEFORE_PLURAL: Final = re.compile(
    # ("(?:\b(?:the|both|with|of|and)\s+|\()" led by its first characters, which the engine skips to
    # in C: a search led by "\b" tries every character of its window)
    r"[tbwoa(](?:(?<=\()|(?<!\w[tbwoa])(?:(?<=t)he|(?<=b)oth|(?<=w)ith|(?<=o)f|(?<=a)nd)\s+)"
    rf"(?P<list>{CAP}(?:\s*,\s*{CAP})*\s*,?\s+(?:and|or)\s+{CAP})\s+\Z"
)
_CAP_RE: Final = re.compile(CAP)  # a list's items (it opens with a capital or digit: never "and", "or")


def _names_before_plural_kind(text: str, tend: int, at: int, out: list[Candidate]) -> None:
    window = text[max(tend, at - 80) : at]
    words = window.rsplit(None, 2)
    if not (len(words) >= 2 and window[-1].isspace() and words[-1][0] in _CAP_FIRST and words[-2] in ("and", "or")):
        return  # (what every match ends in, "... and RG ": tested first, most plural kind nouns follow no list)
    m = _NAMES_BEFORE_PLURAL.search(text, max(tend, at - 80), at)
    if not m:
        return
    # an "X-based" member names a kind ("CRF, BiLSTM-CRF, and Transformer-based models"), no method
    items = [i for i in _CAP_RE.finditer(m.group("list")) if not ADJ_SUFFIX.search(i.group())]
    # a name-shaped member vouches for a capitalised one: "(Viterbi and BCJR decoders"
    strong = any(is_name_like(i.group()) for i in items)
    if all(is_name_like(i.group(), allow_capitalized=strong) and i.group() not in NOT_NAMES and i.group() not in LANGUAGES
           for i in items):
        for i in items:
            out.append(Candidate(Role.METHOD, m.start("list") + i.start(), m.start("list") + i.end(), "context:kind-noun", 0.65))


# "some methods (ROME and MEMIT)", "strong models (GPT-4, Claude and Gemini)": two or more names
# in a bracket right after a plural kind noun; not the paper's own ("we propose two models (A and B)").
_BRACKET_LIST: Final = re.compile(rf" \((?P<list>{LIST})\)")
_PRESENTED_BEFORE: Final = re.compile(r"\b(?:our|novel|new|proposed|propose|present|introduce|design|develop)\b[^.;]*\Z", re.IGNORECASE)


def _names_in_bracket_after(text: str, tend: int, at: int, end: int, out: list[Candidate]) -> None:
    m = _BRACKET_LIST.match(text, end)
    if not m or not LISTED.search(m.group("list")) or _PRESENTED_BEFORE.search(text, max(tend, at - 50), at):
        return
    found: list[Candidate] = []
    emit_list(text, found, m, Role.METHOD, "context:kind-noun", 0.65, True, modifiers_ok=True)  # the bracket ends the names
    out.extend(c for c in found if not _PLURAL_END.search(text[c.start : c.end]))


# "RotatE (Sun et al., 2019)", "COBWEB (Fisher, 1987)": a name with its citation.
_CITED: Final = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z][\w\-+.]*[\w+])\s*\((?:[A-Z][A-Za-z\-']+)(?: et al\.?| (?:and|&) [A-Z][A-Za-z\-']+)?,?"
    r" (?:19|20)\d\d[a-z]?\)"
)
# "(?:19|20)\d\d[a-z]?\)" found from its closing bracket, a literal the engine skips to in C (a
# pattern led by the digits was tried at every "1" and "2"); the year starts 4 or 5 characters back.
_YEAR_PAREN: Final = re.compile(r"\)(?:(?<=(?:19|20)\d\d\))|(?<=(?:19|20)\d\d[a-z]\)))")
_DS_WORD: Final = re.compile(rf"\b{DS}\b", re.IGNORECASE)


def cited_names(text: str, tend: int) -> list[Candidate]:
    """Name-shaped words followed by an author-year citation: methods, or datasets when a
    dataset noun stands right before or after ("the benchmark ARLUE (Abdul et al., 2021)")."""
    out = []
    for y in _YEAR_PAREN.finditer(text, tend):  # few abstracts cite: find "2019)" first, then look back
        end = y.end()
        start = end - 6 if "a" <= text[end - 2] <= "z" else end - 5
        if start < tend:
            continue  # the year begins in the title
        m = next((c for c in _CITED.finditer(text, max(tend, start - 90), end) if c.end() == end), None)
        if m is None:
            continue
        name = m.group("name")
        if not is_name_like(name) or name in NOT_NAMES:
            continue
        near = text[max(tend, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 25]
        role = Role.DATASET if _DS_WORD.search(near) else Role.METHOD
        out.append(Candidate(role, m.start("name"), m.end("name"), "context:cited", 0.65))
    return out


def coordinated_methods(text: str, found: list[Candidate], tend: int = 0) -> list[Candidate]:
    """Name-shaped words listed with a catalogue method ("RoBERTa, XLM and DistilBERT",
    "H2O, and MLJAR"): methods too. Words some rule already claimed keep their role."""
    known = sorted((c for c in found if c.role is Role.METHOD and c.rule.startswith("catalogue") and c.start >= tend),
                   key=lambda c: c.start)
    if not known:
        return []
    claimed = [(c.start, c.end, c.role) for c in found]
    out: list[Candidate] = []

    def item(s: int, e: int) -> bool | None:
        """True: a new method; False: already claimed as a method; None: the list ends here
        (or is not a list of methods, when a member is a dataset)."""
        name = text[s:e]
        roles = {r for a, b, r in claimed if a < e and s < b}
        if roles - {Role.METHOD, Role.PROPOSED}:
            raise _NotMethods
        if roles:
            return False
        if (name in NOT_NAMES or not is_name_like(name) or _VERSION_WORD.match(name) or CLASS_NOUN_AFTER.match(text, e)
                or is_modifier(text, e) or ADJ_SUFFIX.search(name)):
            return None
        return True

    for c in known:
        try:
            chain, start = walk_list(text, c.start, c.end, _COORD_NEXT, _COORD_PREV, item, tend, steps=6, back=40)
        except _NotMethods:
            continue  # "(SGD, MultiWOZ2.2, DSTC2)": a list of datasets one of which shares a method's name
        if nearest_kind(text, tend, start) is Role.DATASET:
            continue  # "datasets (e.g., SGD, M2M)": the noun before the list says what it lists
        for s, e in chain:
            out.append(Candidate(Role.METHOD, s, e, "context:coordinated", 0.6))
            claimed.append((s, e, Role.METHOD))
    return out


class _NotMethods(Exception):
    """A coordinated list turned out to hold a dataset."""
