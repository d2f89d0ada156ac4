"""Coordinated lists: once one item of "A, B, C and D" is a dataset (or a metric), so are its
name-shaped siblings.

Papers list what they evaluate on and what they report together: "on SVAMP, ASDiv, MAWPS and
GSM8K", "EPE, Fl-all and AEE". The catalogue (or a cue) settles one item; this component
walks the list from it, both ways, and gives the role to every sibling no rule has claimed:

- datasets: a sibling may be a plain capitalised word ("Caltech", "Omniglot") since the list
  says what it is, with a version or year after it ("Market 1501");
- metrics: a sibling must be name-shaped and short ("AEE", "Fl-all", "SSIM"); so must the
  items after "in terms of" / "as measured by", which are metrics even when none is known.

A list stops at a word that is not a name, at a name followed by a noun it qualifies ("GRBM
representations"), and at a sentence start; a list holding a name another rule gives another
role (a method in "ResNet, COCO and ViT") is left alone, as is one whose nearest noun before
it names something else ("methods such as A, B").
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .cue_lists import ADJ_SUFFIX, CLASS_NOUN_AFTER, METHOD_CONTEXT, NATURAL_LANGUAGES, NOT_NAMES, is_modifier
from .doc import Candidate, state
from .folded import Folded
from .shapes import PLURAL_ACRONYM, STOP_NAMES, is_name_like, walk_list
from .span_index import SpanIndex

__all__ = ["coordinated", "lists_component"]

_CAP: Final = r"[A-Z0-9](?:(?:[\w+.@]|-(?=\w))*[\w+@])?"
# A dataset item may carry a version or year: "Market 1501", "SFEW 2.0", "VOT 2018"; it may open with
# a short lower-case prefix before a capital ("iCoseg", "nuScenes", "vKITTI2", "subImageNet", "i-LIDS"),
# but not a hyphenated word ("non-IID", "multi-GPU": adjectives).
_DATA_ITEM: Final = rf"(?:[a-z]-?(?=[A-Z])|[a-z]{{2,5}}(?=[A-Z]))?{_CAP}(?: (?:v?\d+(?:\.\d+)*)(?![\w.]))?"
_SEP_NEXT: Final = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
_SEP_PREV: Final = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
# "the CAPE and the ClothSeq datasets": a dataset list may repeat its article after "and" (not "or":
# "optimize MLE or the COCO metrics" leaves the list).
_DATA_SEP: Final = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+the\s+|\s+(?:and|or|&)\s+|\s*/\s*)"
_NEXT: Final = {
    Role.DATASET: re.compile(rf"{_DATA_SEP}(?P<name>{_DATA_ITEM})(?![\w\-])"),
    Role.METRIC: re.compile(rf"{_SEP_NEXT}(?P<name>{_CAP})(?![\w\-])"),
}
_PREV: Final = {
    Role.DATASET: re.compile(rf"(?<![\w\-])(?P<name>{_DATA_ITEM}){_DATA_SEP}\Z"),
    Role.METRIC: re.compile(rf"(?<![\w\-])(?P<name>{_CAP}){_SEP_PREV}\Z"),
}
_NEXT_CAPITAL: Final = re.compile(r" [A-Z]")
_VERSION_ONLY: Final = re.compile(r"^[Vv]?\d[\d.]*$")  # "V1 & V2": the second version of the name before
_BASED_ON: Final = re.compile(r"\s+based\b")
_TAIL_OF_NAME: Final = re.compile(
    r"(?<![\w\-])(?!(?:and|or|on|of|in|the|The|On|In)\b)[A-Z0-9][\w\-+.]*(?:\s+(?:in|of|for|with|at|the))*[ &]+\Z"
)
_METHODS_LISTED: Final = re.compile(
    METHOD_CONTEXT.pattern + r"[\s,:(]*(?:such as|like|including|e\.g\.,?|i\.e\.,?|namely)?[\s,:(]*\Z"
)
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:]\s+|\n)\Z")
_KNOWN: Final = {Role.DATASET: (Role.DATASET, Role.INTRODUCED_DATASET), Role.METRIC: (Role.METRIC,)}
_RULE: Final = {Role.DATASET: "lists:dataset", Role.METRIC: "lists:metric"}


class _OtherRole(Exception):
    """A list item is claimed for another role: the list is not one of this role."""


def _item_ok(text: str, s: int, e: int, role: Role) -> bool:
    name = text[s:e]
    first = name.split(" ")[0]
    if _NEXT_CAPITAL.match(text, e):
        return False  # "CMU Motion Capture": the first word of a longer name
    if (_VERSION_ONLY.match(first) or name in NOT_NAMES or first in NOT_NAMES or ADJ_SUFFIX.search(first)
            or CLASS_NOUN_AFTER.match(text, e) or (role is Role.DATASET and name in NATURAL_LANGUAGES)):
        return False
    if is_modifier(text, e) or _BASED_ON.match(text, e):
        return False  # "GRBM representations", "SOLO based on ResNet-50"
    if _TAIL_OF_NAME.search(text, max(0, s - 40), s):
        return False  # "Stanford Dogs", "Visual Relationship Detection": the end of a longer name
    if role is Role.METRIC:
        # "AEE", "Fl-all", "Hit@3"; a plain capitalised word ("Mask") is no metric name, nor a
        # plural acronym ("accelerations measured by IMUs": devices)
        return len(name) <= 12 and not PLURAL_ACRONYM.fullmatch(name) and (is_name_like(name) or (
            is_name_like(name, allow_capitalized=True) and any(ch in name for ch in "-@0123456789")))
    if _SENTENCE_START.search(text, max(0, s - 3), s):
        return is_name_like(first)  # a capitalised sentence opener is no name by itself
    if is_name_like(first):
        return True
    # A plain capitalised word ("Caltech"), not a title-case compound ("English-German") nor the
    # first word of a longer name ("Universal Dependencies").
    return (first[:1].isupper() and first[1:].isalpha() and first[1:].islower() and len(first) >= 3
            and first.lower() not in STOP_NAMES)


def _walk(text: str, tend: int, c: Candidate, role: Role, claimed: SpanIndex) -> list[tuple[int, int]]:
    """The unclaimed siblings of ``c`` in its list; raises :class:`_OtherRole` for a mixed list."""

    def item(s: int, e: int) -> bool | None:
        roles = {r for a, b, r in claimed.overlapping(s, e)}
        if roles - set(_KNOWN[role]):
            raise _OtherRole
        if roles:
            return False
        return True if _item_ok(text, s, e, role) else None

    chain, start = walk_list(text, c.start, c.end, _NEXT[role], _PREV[role], item, tend, steps=8, back=50)
    if chain and role is Role.DATASET and _METHODS_LISTED.search(text, max(tend, start - 40), start):
        return []  # "models such as A, B and C": the noun right before says what is listed
    return chain


def coordinated(text: str, found: list[Candidate], tend: int, role: Role) -> list[Candidate]:
    """Candidates of ``role`` for the unclaimed siblings of every ``role`` candidate's list."""
    known = sorted((c for c in found if c.role in _KNOWN[role] and c.start >= tend and c.confidence >= 0.6),
                   key=lambda c: c.start)
    if not known:
        return []
    claimed = SpanIndex((c.start, c.end, c.role) for c in found if c.role is not Role.TASK)  # (a text of thousands of names: a window each)
    out: list[Candidate] = []
    for c in known:
        try:
            chain = _walk(text, tend, c, role, claimed)
        except _OtherRole:
            continue
        for s, e in chain:
            out.append(Candidate(role, s, e, _RULE[role], 0.6))
            claimed.add((s, e, role))
    return out


# "in terms of PSNR, SSIM and Blorp-all", "as measured by X": what follows is measured.
# ("\b(?:in terms of|as measured by|measured by|metrics? ...)" led by its first letter, which the
# engine skips to in C: a pattern led by "\b" is tried at every character)
_MEASURED: Final = re.compile(
    r"[iam](?<!\w[iam])(?:(?<=i)n terms of|(?<=a)s measured by|(?<=m)easured by|(?<=m)etrics? (?:such as|like|including))"
    r"\s+(?:the\s+)?"
)
_MEASURE_ITEM: Final = re.compile(rf"{_CAP}(?![\w\-])")
# A result or a comparison in the clause before "in terms of": the names after it are what results
# are reported in ("outperforms all baselines in terms of MRR and Hit@3", "improves by 4% in terms of MF").
# (searched through its case-sensitive twin, :class:`~.folded.Folded`: 5.4 -> 3.2 us a call)
_RESULT_BEFORE: Final = Folded(re.compile(
    r"\b(?:outperform\w*|surpass\w*|improv\w*|perform\w*|results?|better|worse|superior|achiev\w*|evaluat\w*"
    r"|compar\w*|gains?|competitive|state-of-the-art|SOTA|best|higher|lower|effective\w*|efficien\w*|reduc\w*"
    r"|increas\w*|boost\w*|accura\w*|quality|experiments?|benchmark\w*|significant\w*)\b(?:[^.;!?]|\.\d)*\Z",
    re.IGNORECASE,
))


def measured_names(text: str, found: list[Candidate], tend: int) -> list[Candidate]:
    """Metric names in the list after "in terms of" / "measured by" (each name-shaped and short;
    the list ends at the first item that is not one)."""
    out: list[Candidate] = []
    claimed = [(c.start, c.end) for c in found]
    i = text.find(" terms of ", tend)
    j = text.find("measured by", tend)
    k = text.find("metric", tend)
    if i < 0 and j < 0 and k < 0:
        return out  # cheap exit: most abstracts have none of the cues
    for m in _MEASURED.finditer(text, tend):
        if not m.group().startswith("metric") and not _RESULT_BEFORE.search(text, max(tend, m.start() - 100), m.start()):
            continue  # "an upper bound in terms of VCD", "as measured by the ACC": no result is compared
        end = m.end()
        first = True
        while True:
            sep = None if first else _NEXT[Role.METRIC].match(text, end)
            item = _MEASURE_ITEM.match(text, end) if first else sep
            if item is None:
                break
            s, e = (item.start(), item.end()) if first else (item.start("name"), item.end("name"))
            if not _item_ok(text, s, e, Role.METRIC):
                break
            if not any(a < e and s < b for a, b in claimed):
                out.append(Candidate(Role.METRIC, s, e, "lists:measured", 0.65))
            end, first = e, False
    return out


@Language.factory("kg_lists", requires=["doc._.kg_candidates"], assigns=["doc._.kg_candidates"])
def lists_component(nlp: Language, name: str):
    """Reads every dataset and metric found so far; appends their unclaimed list siblings."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        found = st.candidates
        found.extend(coordinated(st.text, found, st.title_end, Role.DATASET))
        found.extend(measured_names(st.text, found, st.title_end))
        found.extend(coordinated(st.text, found, st.title_end, Role.METRIC))
        return doc

    return component
