"""Sentence spans by regular expression, kept as character offsets (``kg_sentences``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from .ascii_twin import ascii_twin
from .doc import state
from .words import phrases

__all__ = ["split_sentences", "sentence_at", "sentence_before", "sentences_component", "MAX_SENTENCE_CHARS"]

# A sentence ends at ". ! ?" followed by space and a capital, digit or bracket, or at a blank line
# (between title and abstract). "e.g. X", "et al. (2020)" and "Fig. 3" do not end sentences.
# The one leading character class lets the regex engine skip to candidate characters in C
# (written as two alternatives it tried both at every character, at twice the cost).
_SENT_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z0-9\[\"'])|(?<=\n)\s*\n)")
_SENT_END_ASCII: Final = ascii_twin(_SENT_END)  # for ASCII text: the same ends, found faster
_NOT_END: Final = phrases("sentences", "not_sentence_ends")
# Well-known set and method names spelled with "!" ("Yahoo! Answers", "Hogwild!"): their "!" ends
# no sentence. Software names ("MoveIt! Task Constructor") are left out: keeping them whole made the
# following "new ... (MTC)" read as the paper's own method.
_BANG_NAMES: Final = phrases("sentences", "names_with_bang")


# The longest a sentence may be: the longest in the 87,691 corpus abstracts has 2,014 characters.
# Many rules read a sentence up to each candidate in it, so a text with no sentence ends (a pasted
# table, a list run together) cost time by the square of its length; past this, it is cut.
MAX_SENTENCE_CHARS: Final = 3000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``text``, by regular expression; a run
    longer than ``MAX_SENTENCE_CHARS`` is cut after its last comma (else space) within that length."""
    out, start = [], 0  # type: ignore[var-annotated]
    for m in (_SENT_END_ASCII if text.isascii() else _SENT_END).finditer(text):
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[m.start()] == "." and text.endswith(_NOT_END, max(start, m.start() - 7), m.start() + 1):
            continue
        if text[m.start()] == "!" and _bang_name(text, start, m.start()):
            continue
        if end - start > MAX_SENTENCE_CHARS:
            _add(text, start, end, out)
        elif end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text) or not out:
        _add(text, start, len(text), out)
    return out


def _bang_name(text: str, start: int, bang: int) -> bool:
    """Whether the "!" at ``bang`` closes a name of ``_BANG_NAMES`` starting a word."""
    for name in _BANG_NAMES:
        at = bang + 1 - len(name)
        if at >= start and text.startswith(name, at) and (at == 0 or not text[at - 1].isalnum()):
            return True
    return False


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Appends the span ``start``-``end``, in pieces of at most ``MAX_SENTENCE_CHARS``."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(", ", start + MAX_SENTENCE_CHARS // 2, limit) + 1  # after the comma
        if cut <= 0:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut if cut > start else limit
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start or not out:
        out.append((start, end))


# the end of a sentence (or clause) inside a short stretch of text: the mark and the space after it
_SENTENCE_END: Final = re.compile(r"[.!?;]\s+(?=\S)")


def sentence_before(text: str, floor: int, start: int, reach: int) -> str:
    """The sentence's text before ``start``: at most ``reach`` characters, none before ``floor`` (the
    title's end), cut after the last sentence or clause end in them ("We collect ZorbQA; ours is new"
    -> "ours is new" before "new"). For rules that read the few words leading to a name."""
    before = text[max(floor, start - reach) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span in ``spans`` (sorted, as :func:`split_sentences` returns them) containing
    ``offset``: the last one starting at or before it, else the first."""
    if not spans:
        return (0, offset)
    return spans[max(bisect_right(spans, offset, key=_start) - 1, 0)]


_start = itemgetter(0)


@Language.factory("kg_sentences", assigns=["doc._.kg_sents"])
def sentences_component(nlp: Language, name: str):
    """Sentence spans by regex: spaCy's sentencizer walks every token in Python and costs more
    than the tokenizer itself."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        st.sents = split_sentences(st.text)
        return doc

    return component
