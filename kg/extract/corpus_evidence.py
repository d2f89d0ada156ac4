"""Corpus-wide evidence per name (issue 11): how a name-shaped string is used across many abstracts.

An experiment, not part of the pipeline (see docs/candidate-model.md, "Corpus-wide evidence").
``scripts/corpus_evidence.py build`` counts, over corpus abstracts in no gold set, the abstracts
where each name-shaped string stands in a method context ("X outperforms", "than X", "we use X",
"X-based") or a dataset context ("on X", "X dataset", "experiments on X"), and how often the rules
emitted it. :func:`additions` then adds, to one paper's rule mentions, the name-shaped strings the
rules left unemitted that the table says are mostly used as methods or as datasets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Mention, Role, normalize_name

__all__ = ["spans", "context_kind", "additions", "Table"]

# A name-shaped word: a capital anywhere, or a digit beside letters; inner hyphens, dots, slashes.
_WORD = r"(?:[A-Z][\w'+]*|[a-z]+[A-Z0-9][\w+]*|[0-9]+[A-Za-z][\w+]*)(?:[-./][\w+]+)*"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ ](?:{_WORD}|[0-9]+(?:\.[0-9]+)?))*(?![\w])")
_SUFFIX = re.compile(r"-(?:based|style|like|type|driven|inspired|pretrained)$", re.I)
_SUFFIX_AFTER = re.compile(r"-(?:based|style|like|driven|inspired)\b", re.I)
_STOP = frozenset(
    "a an the we our this these that those it its in on of for to with by from as at is are be "
    "and or but however moreover furthermore finally first second third then thus here there "
    "such each both all most many some several while when where which what how unlike compared "
    "experiments experimental results extensive code figure table section".split()
)

_METHOD_RIGHT = re.compile(
    r"\s*(?:achieves|achieved|achieve|outperforms|outperformed|outperform|is trained|are trained|was trained|"
    r"were trained|performs|yields|obtains|surpasses)\b", re.I)
_METHOD_LEFT = re.compile(
    r"(?:\bwe (?:train|trained|apply|applied|use|used|employ|employed|adopt|adopted|fine-tune|finetune)(?: the| a)?|"
    r"\bthan(?: the)?|\b(?:outperforms?|outperformed|surpasses)(?: the)?|\bcompared (?:with|to)(?: the)?|\bsuch as|\bbaselines?(?: such as| including)?)\s+$", re.I)
_DATASET_RIGHT = re.compile(r"\s*(?:datasets?|benchmarks?|corpus|corpora|data set|data sets)\b", re.I)
_DATASET_LEFT = re.compile(
    r"\b(?:experiments?|evaluat\w+|results?|tested|test|trained|train|accuracy|performance|state[- ]of[- ]the[- ]art|"
    r"benchmarks?|demonstrated?|validated?|scores?|achiev\w+)\b[^.;]{0,40}\bon(?: the)?\s+$", re.I)


def _words_ok(text: str) -> bool:
    return all(w.lower() not in _STOP for w in text.split()[:1]) and any(c.isalpha() for c in text)


def _sentence_start(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"'(":
        k -= 1
    return k < 0 or text[k] in ".!?:\n"


def _plain_title(word: str) -> bool:
    """"Deep": one capital, first, no digit; as a sentence's first word it says nothing."""
    return word[:1].isupper() and word[1:].islower() or (len(word) == 1 and word.isupper())


def spans(text: str, title: bool = False) -> Iterator[tuple[int, int]]:
    """Name-shaped spans: each run of up to 3 name-shaped words, and in a longer run each
    mixed-case, all-capital or digit-bearing word. A trailing "-based" is cut off."""
    for m in _RUN.finditer(text):
        words = [(m.start() + w.start(), m.start() + w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while words and words[0][2].lower() in _STOP:  # "Our BERT-based" -> "BERT-based"
            words.pop(0)
        if not words:
            continue
        out = []
        if len(words) <= 3:
            out.append((words[0][0], words[-1][1]))
        else:
            out += [(a, b) for a, b, w in words if not _plain_title(w)]
        for s, e in dict.fromkeys(out):
            s2 = _SUFFIX.search(text, s, e)
            e = s2.start() if s2 else e
            piece = text[s:e]
            if not _words_ok(piece):
                continue
            if all(_plain_title(w) for w in piece.split()) and (title or (" " not in piece and _sentence_start(text, s))):
                continue  # a title's or a sentence's capitals say nothing
            yield s, e


def context_kind(text: str, start: int, end: int) -> str:
    """"method", "dataset" or "other": what the words around one occurrence say it is."""
    left, right = text[max(0, start - 80):start], text[end:end + 30]
    if _SUFFIX_AFTER.match(text, end):
        return "method"
    if _DATASET_RIGHT.match(right):
        return "dataset"
    if _METHOD_RIGHT.match(right) or _METHOD_LEFT.search(left):
        return "method"
    if _DATASET_LEFT.search(left):
        return "dataset"
    return "other"


class Table:
    """The corpus table: normalized name -> (method abstracts, dataset abstracts, abstracts,
    abstracts where the rules emitted it as a method or dataset[, as a task or metric]), filtered at
    load: at least
    ``min_abstracts`` context abstracts, ``majority`` of them one kind, context in ``min_share`` of
    its abstracts, emitted by the rules in under ``max_emitted`` of them (and as a task or metric
    in at most ``max_other``)."""

    def __init__(self, rows: dict[str, list[int]], *, min_abstracts: int = 5, majority: float = 0.8,
                 max_emitted: float = 0.5, min_share: float = 0.1, max_other: float = 1.0) -> None:
        self.kind: dict[str, str] = {}
        for key, (meth, data, seen, emitted, *rest) in rows.items():
            ctx = meth + data
            if rest and seen and rest[0] / seen > max_other:
                continue  # the rules call it a task or metric ("NER", "BLEU") in its own abstracts
            # min_share: "Gaussian" is in 1,500 abstracts, a method context in 45 of them (an adjective)
            if ctx < min_abstracts or seen == 0 or emitted / seen >= max_emitted or ctx / seen < min_share:
                continue
            if meth / ctx >= majority:
                self.kind[key] = "method"
            elif data / ctx >= majority:
                self.kind[key] = "dataset"


def additions(title: str, abstract: str, mentions: tuple[Mention, ...], table: Table, *, local: bool = False) -> list[Mention]:
    """Mentions to add: name-shaped strings the rules emitted in no role that the table types
    (with ``local``, only where this occurrence's own context says the same kind)."""
    emitted = {normalize_name(m.text) for m in mentions} | {normalize_name(m.canonical) for m in mentions if m.canonical}
    taken = {(m.field, m.start, m.end) for m in mentions}
    out, added = [], set()
    for field, text in (("title", title), ("abstract", abstract)):
        for s, e in spans(text, field == "title"):
            key = normalize_name(text[s:e])
            kind = table.kind.get(key)
            if kind is None or key in emitted or key in added:
                continue
            if any(f == field and a < e and s < b for f, a, b in taken):
                continue  # part of a name the rules emitted ("VOC" in "PASCAL VOC")
            if local and context_kind(text, s, e) != kind:
                continue
            added.add(key)
            role = Role("methods") if kind == "method" else Role("datasets")
            out.append(Mention(role=role, text=text[s:e], field=field, start=s, end=e, sentence="",
                               rule="corpus_evidence", confidence=0.6))
    return out
