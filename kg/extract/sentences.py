"""Sentence spans by regular expression, kept as character offsets (``kg_sentences``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from .doc import state
from .words import phrases

__all__ = ["split_sentences", "sentence_at", "sentences_component"]

# A sentence ends at ". ! ?" followed by space and a capital, digit or bracket, or at a blank line
# (between title and abstract). "e.g. X", "et al. (2020)" and "Fig. 3" do not end sentences.
# The one leading character class lets the regex engine skip to candidate characters in C
# (written as two alternatives it tried both at every character, at twice the cost).
_SENT_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z0-9\[\"'])|(?<=\n)\s*\n)")
_NOT_END = phrases("sentences", "not_sentence_ends")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``text``, by regular expression."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[m.start()] == "." and text.endswith(_NOT_END, max(start, m.start() - 7), m.start() + 1):
            continue
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text) or not out:
        out.append((start, len(text)))
    return out


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
