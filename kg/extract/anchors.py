"""Finding many literal words in one regex scan: :func:`trie_regex` and :class:`Anchors`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .shapes import lower_same_length

__all__ = ["trie_regex", "Anchors"]


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of ``words`` arranged as a character trie ("gen(?:eration|der)").

    Python's regex engine tries alternatives one by one at every position; sharing
    prefixes makes a list of a hundred words about as cheap as one.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


class Anchors:
    """Literal anchor words, each with a kind, found in one trie-regex scan.

    Rules then try their own expression only at the anchors: a full-text regex scan per rule
    costs more than spaCy's tokenizer. ``finditer`` yields ``(kind, start, end)`` for anchors
    that begin a word.
    """

    def __init__(self, kinds: dict[str, Iterable[str]], *, ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self.kind_of = {(w.lower() if ignore_case else w): k for k, words in kinds.items() for w in words}
        # Anchors begin words: the lookbehind lets the engine try the alternation only at word
        # starts (a few times faster than trying it at every character).
        at_word_start = "(?<![^\\W_])" if all(w[:1].isalnum() for w in self.kind_of) else ""
        self.pattern = re.compile(at_word_start + trie_regex(self.kind_of))
        self.pattern_anycase = re.compile(self.pattern.pattern, re.IGNORECASE)
        self._at_word_start = bool(at_word_start)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """``(kind, start, end)`` of each anchor; with ``ignore_case`` "Experiments" is "experiments"."""
        endpos = len(text) if endpos is None else endpos
        scan, pattern, anycase = text, self.pattern, False
        if self.ignore_case:
            low = lower_same_length(text)
            scan, pattern, anycase = (low, self.pattern, False) if low is not None else (text, self.pattern_anycase, True)
        kind_of = self.kind_of
        if self._at_word_start and not anycase:
            # The lookbehind already kept anchors to word starts (lower case keeps which
            # characters are letters or digits), and the scanned text is in the index's case.
            for m in pattern.finditer(scan, pos, endpos):
                yield kind_of[m.group()], m.start(), m.end()
            return
        for m in pattern.finditer(scan, pos, endpos):
            at = m.start()
            word = m.group().lower() if self.ignore_case else m.group()
            if at > 0 and text[at - 1].isalnum() and word[0].isalnum():
                continue  # inside a word
            yield kind_of[word], at, m.end()
