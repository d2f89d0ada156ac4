"""Acronym definitions, "Long Form (LF)" and "LF (Long Form)", found with the Schwartz & Hearst
(2003) algorithm as in scispaCy's abbreviation detector, then sorted by what the long form is:

- ends in a task noun ("head pose estimation (HPE)"): a task; the acronym is not a method;
- ends in a metric noun ("... Position Error (MPJPE)"): a metric;
- ends in a dataset noun: a dataset;
- otherwise a technique. It is the paper's own (proposed) when the sentence presents it
  (first person, "novel", "proposed", or the paper's own system as subject), else a method.

The proposal decision needs the paper's own names, so :func:`classify` takes them; the
component runs after ``kg_proposed`` and reads them from the candidates.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role, normalize_name
from .base import TASK_HEADS, Candidate, candidates, is_acronym, sentence_at, sentence_spans

__all__ = ["Definition", "find_definitions", "long_form_start", "classify", "METRIC_HEADS", "acronyms_component"]

METRIC_HEADS = frozenset(
    "error errors score scores distance accuracy rate ratio similarity divergence precision recall".split()
)
_DATASET_HEADS = frozenset("dataset datasets benchmark benchmarks corpus corpora database".split())
_GENERIC_LONG = frozenset("model models network networks".split())

# "(ACR)" or "(ACR," / "(ACR;": the short form must be one acronym-like word.
_PAREN = re.compile(r"\(\s*([A-Za-z0-9][\w\-+.]*?[\w+])\s*[);,]")
_WORD = re.compile(r"[\w][\w\-'+./]*")
_PRESENTING = re.compile(
    r"\b(?:we|our|us|novel|new|proposed|propose|introduce|present|devise|design)\b", re.IGNORECASE
)
_PRECEDED_BY_USE = re.compile(r"(?:\b(?:on|upon|from|with|by|of|via|like|as|and|or|existing|standard|conventional|traditional|popular|pretrained|pre-trained|previous|prior)\s+)(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


class Definition(NamedTuple):
    """An acronym and its long form, as offsets into the text."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int


def long_form_start(short: str, text: str, end: int) -> int | None:
    """Start of the long form of ``short`` in ``text[:end]`` (Schwartz & Hearst), or None.

    Every letter or digit of the short form must appear, in order and scanning backwards, in
    the words before ``end``; the first character must begin a word. At most
    ``min(len(short) + 5, 2 * len(short))`` words are considered.
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if short.endswith("s") and len(chars) > 2 and short[-2].isupper():
        chars = chars[:-1]  # plural acronym: "VLMs"
    if len(chars) < 2:
        return None
    words = list(_WORD.finditer(text, max(0, end - 200), end))
    limit = min(len(chars) + 5, 2 * len(chars))
    words = words[-limit:]
    if not words:
        return None
    window_start = words[0].start()
    window = text[window_start:end].lower()
    si = len(chars) - 1
    li = len(window) - 1
    while si >= 0:
        c = chars[si]
        while li >= 0 and (window[li] != c or (si == 0 and li > 0 and window[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = window_start + li + 1
    # The long form begins at the start of that word.
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    if "(" in text[start:end] or ")" in text[start:end]:
        return None
    return start


def find_definitions(text: str) -> list[Definition]:
    """Every "long form (SHORT)" in ``text`` whose short form is acronym-like."""
    out: list[Definition] = []
    for m in _PAREN.finditer(text):
        short = m.group(1)
        if not is_acronym(short) or len(short) > 12:
            continue
        before = text[: m.start()].rstrip()
        start = long_form_start(short, text, len(before))
        if start is None:
            continue
        long = text[start : len(before)]
        if len(long.split()) < 2 and "-" not in long:
            continue  # "Teller (T)"; a one-word long form is rarely a definition
        out.append(Definition(m.start(1), m.end(1), start, len(before)))
    return out


def _last_word(phrase: str) -> str:
    words = re.findall(r"[A-Za-z]+", phrase)
    return words[-1].lower() if words else ""


def classify(
    text: str, d: Definition, sentence: tuple[int, int], own_names: set[str]
) -> tuple[Role, float, str] | None:
    """The role of a defined acronym, its confidence and the rule name; None for task acronyms."""
    long = text[d.long_start : d.long_end]
    head = _last_word(long)
    if head in TASK_HEADS or head.endswith(("tion", "sis")) and not long[:1].isupper():
        return None
    if head in METRIC_HEADS:
        return Role.METRIC, 0.75, "acronyms:metric"
    if head in _DATASET_HEADS:
        return Role.DATASET, 0.7, "acronyms:dataset"
    s, e = sentence
    sent = text[s:e]
    before = text[s : d.long_start]
    own_subject = any(n and n in normalize_name(sent) for n in own_names)
    presenting = bool(_PRESENTING.search(sent)) or own_subject
    used = bool(_PRECEDED_BY_USE.search(before))
    if presenting and not used and head not in _GENERIC_LONG | {"llm", "llms", "vlm", "vlms"}:
        return Role.PROPOSED, 0.75, "acronyms:presented"
    return Role.METHOD, 0.6, "acronyms:defined"


def task_acronyms(text: str, defs: list[Definition]) -> set[str]:
    """Short forms whose long form is a task ("head pose estimation (HPE)" -> "hpe")."""
    out = set()
    for d in defs:
        head = _last_word(text[d.long_start : d.long_end])
        if head in TASK_HEADS or head.endswith(("tion", "sis")):
            out.add(normalize_name(text[d.short_start : d.short_end]))
    return out


@Language.factory("kg_acronyms", assigns=["doc._.kg_candidates"])
def acronyms_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        text = doc.text
        found = candidates(doc)
        own = {normalize_name(text[c.start : c.end]) for c in found if c.role is Role.PROPOSED}
        sents = sentence_spans(doc)
        defs = find_definitions(text)
        doc.user_data["kg_task_acronyms"] = task_acronyms(text, defs)
        for d in defs:
            sent = sentence_at(sents, d.short_start)
            got = classify(text, d, sent, own)
            if got is not None:
                role, conf, rule = got
                found.append(Candidate(role, d.short_start, d.short_end, rule, conf, None))
        return doc

    return component
