"""Finding many literal words in one regex scan: :func:`trie_regex` and :class:`Anchors`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from .shapes import WORD_RUN, lower_same_length

__all__ = ["trie_regex", "Anchors", "WholeWords", "IndexedScan"]


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


class WholeWords:
    """Words (each beginning and ending in a letter or digit) found as whole words: ``spans``
    returns the spans ``pattern.finditer`` finds, ``pattern`` being ``\\b(trie)\\b``."""

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        if not all(w[:1].isalnum() and w[-1:].isalnum() for w in words):
            raise ValueError("WholeWords: every word must begin and end in a letter or digit")
        trie = trie_regex(words)
        self.pattern = re.compile(r"\b(" + trie + r")\b")
        # Found with the character before them: a scan led by a character class skips in C to
        # the non-word characters, where the lookbehind ``\b`` is tried at every one (a quarter cheaper).
        self._after = re.compile(r"\W(" + trie + r")\b")
        # Each word's runs of word characters: a whole-word occurrence makes each a run of the text.
        self._one_run = frozenset(w for w in words if WORD_RUN.fullmatch(w))
        self._more_runs = tuple((w, frozenset(WORD_RUN.findall(w))) for w in words if not WORD_RUN.fullmatch(w))

    def spans(self, text: str, start: int = 0, end: int | None = None,
              runs: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """``[m.span() for m in self.pattern.finditer(text, start, end)]``. (Matches end in a word
        character, so the character before the next one is never inside the last.) ``runs``, the
        set of ``text``'s runs of word characters (:func:`kg.extract.shapes.word_runs`), lets the
        words no run spells be skipped without a scan."""
        end = len(text) if end is None else end
        if runs is not None and (end >= len(text) or not _is_word(text[end])):
            return self._spans_of_runs(text, start, end, runs)
        first = self.pattern.match(text, 0, end) if start == 0 else None
        found = [first.span(1)] if first else []
        at = first.end() if first else max(start - 1, 0)
        return found + [m.span(1) for m in self._after.finditer(text, at, end)]


    def _spans_of_runs(self, text: str, start: int, end: int, runs: frozenset[str]) -> list[tuple[int, int]]:
        """:meth:`spans` by str.find for the words whose runs are all in ``runs``: at each start the
        longest word (the trie's greedy match), then the next that starts after it ends. (``end``
        is the text's end or before a non-word character, so a word ending there is a run.)"""
        words: Iterable[str] = self._one_run.intersection(runs)
        if self._more_runs:
            words = [*words, *(w for w, parts in self._more_runs if parts <= runs)]
        found = []
        size, find = len(text), text.find
        for w in words:
            i = find(w, start, end)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not _is_word(text[i - 1])) and (j == size or not _is_word(text[j])):
                    found.append((i, -j))  # sorted: at each start the longest first
                i = find(w, i + 1, end)
        found.sort()
        out: list[tuple[int, int]] = []
        taken_to = -1
        for i, j in found:
            if i >= taken_to:
                out.append((i, -j))
                taken_to = -j
        return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w tests


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
        trie = trie_regex(self.kind_of)
        self.pattern = re.compile(at_word_start + trie)
        self.pattern_anycase = re.compile(self.pattern.pattern, re.IGNORECASE)
        self._at_word_start = bool(at_word_start)
        # The same anchors found from the character before them: a pattern led by a character
        # class lets the engine skip in C over the letters and digits no anchor follows, where the
        # lookbehind above is tried at every character (a fifth cheaper on corpus abstracts).
        self._after_lead = re.compile("[\\W_](" + trie + ")")
        # On an ASCII text those leads are the characters outside [0-9A-Za-z]: a class the engine
        # tests from a bitmap, where "\W" looks up each character's Unicode category (the scan
        # costs a quarter less; a fifth of corpus abstracts hold a non-ASCII character).
        self._after_lead_ascii = re.compile("[^0-9A-Za-z](" + trie + ")")
        self._trie = re.compile(trie)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[str, int, int]]:
        """``(kind, start, end)`` of each anchor; with ``ignore_case`` "Experiments" is "experiments".
        (The generator is returned, not delegated to by ``yield from``: one layer less per anchor.)"""
        endpos = len(text) if endpos is None else endpos
        scan, pattern, anycase = text, self.pattern, False
        if self.ignore_case:
            low = lower_same_length(text)
            scan, pattern, anycase = (low, self.pattern, False) if low is not None else (text, self.pattern_anycase, True)
        if self._at_word_start and not anycase:
            # The scanned text is in the index's case, and lower case keeps which characters are
            # letters or digits, so an anchor starts right after a character that is neither.
            return self._after_leads(scan, pos, endpos)
        return self._word_starts(text, scan, pattern, pos, endpos)

    def _word_starts(self, text: str, scan: str, pattern: re.Pattern, pos: int, endpos: int) -> Iterator[tuple[str, int, int]]:
        """The matches of ``pattern`` in ``scan`` that begin a word of ``text``, as ``(kind, start, end)``."""
        kind_of = self.kind_of
        for m in pattern.finditer(scan, pos, endpos):
            at = m.start()
            word = m.group().lower() if self.ignore_case else m.group()
            if at > 0 and text[at - 1].isalnum() and word[0].isalnum():
                continue  # inside a word
            yield kind_of[word], at, m.end()

    def _after_leads(self, scan: str, pos: int, endpos: int):
        """What ``self.pattern.finditer(scan, pos, endpos)`` finds, as ``(kind, start, end)``:
        each anchor is found with the character before it (the "lead"), or at the very start."""
        kind_of = self.kind_of
        if pos <= 0:
            m = self._trie.match(scan, 0, endpos)
            if m is not None:
                yield kind_of[m.group()], 0, m.end()
            pos = m.end() if m is not None else 1
        search = (self._after_lead_ascii if scan.isascii() else self._after_lead).search
        at = pos - 1  # the lead of an anchor at ``pos`` is the character before it
        while (m := search(scan, at, endpos)) is not None:
            s, e = m.span(1)
            yield kind_of[scan[s:e]], s, e
            # Matches do not overlap: the next anchor starts at ``e`` or later, so its lead is
            # the anchor's own last character at the earliest (when that is not a letter or digit).
            at = e - 1 if not scan[e - 1].isalnum() else e


class IndexedScan:
    """``pattern.finditer(text, pos, endpos)`` over long windows of one text, read from a single
    whole-text scan: rules that search the sentence before each of many mentions stay linear.

    Exact for a pattern that matches no empty string and whose attempt at ``i`` reads no character
    outside ``text[i - 1 : i + reach]`` (literal words between ``\\b``s): such an attempt ends the
    same in ``text`` and in ``text[:endpos]`` while ``i + reach <= endpos``. The last ``reach``
    characters are scanned with the pattern itself, and so is a window whose start a whole-text
    match straddles (a scan from inside a match may find what the whole-text scan stepped over).
    """

    def __init__(self, pattern: re.Pattern, reach: int) -> None:
        self.pattern, self.reach = pattern, reach
        # (the text indexed last, its matches, their starts): rules read one text at a time; one
        # tuple, replaced whole, so that a thread never reads one text's matches with another's starts
        self._index: tuple[str | None, list[re.Match], list[int]] = (None, [], [])

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """The matches ``self.pattern.finditer(text, pos, endpos)`` yields (same spans and groups)."""
        matches, i, j, resume = self._window(text, pos, endpos)
        for k in range(i, j):
            yield matches[k]
        yield from self.pattern.finditer(text, resume, endpos)

    def last(self, text: str, pos: int, endpos: int) -> re.Match | None:
        """The last match ``finditer`` yields, or None."""
        matches, i, j, resume = self._window(text, pos, endpos)
        tail = None
        for tail in self.pattern.finditer(text, resume, endpos):
            pass
        return tail or (matches[j - 1] if j > i else None)

    def _window(self, text: str, pos: int, endpos: int) -> tuple[list[re.Match], int, int, int]:
        """The text's whole-text matches, the index range of those that start in ``[pos, endpos -
        reach)``, and where the pattern itself takes over; an empty range and ``pos`` when the
        pattern is to be run itself (a short window, or a match straddling ``pos``)."""
        if endpos - pos <= 8 * self.reach:
            return [], 0, 0, pos  # cheaper run directly
        indexed, matches, starts = self._index
        if text is not indexed:
            matches = list(self.pattern.finditer(text))
            starts = [m.start() for m in matches]
            self._index = (text, matches, starts)
        i = bisect_left(starts, pos)
        if i and matches[i - 1].end() > pos:
            return [], 0, 0, pos
        j = bisect_left(starts, endpos - self.reach, i)
        return matches, i, j, max(endpos - self.reach, matches[j - 1].end() if j > i else pos)
