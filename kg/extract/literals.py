r"""Finding one name (a literal string) in a text without compiling a pattern for it.

Rules that look for a name the text itself supplies ("(?<![\w\-])" + re.escape(name) + ...)
compiled a pattern per name: ~500 compiles per 3,000 corpus abstracts, ~9 us an abstract, and
each compile pushed a fixed pattern out of ``re``'s 512-entry cache (refilled in first-in order,
whatever is used most). These helpers find the name with ``str.find`` and test what the pattern
tests around it, giving the same offsets:

- ``word_start(text, name)``: the first ``(?<![\w\-])name(?![\w\-])`` ("SC" as a word, not
  inside "SCAN"; where a rule only asks whether the word is there);
- ``word_spans(text, name, plural=True)``: the spans ``re.finditer`` finds for
  ``(?<![\w\-])names?(?![\w\-])`` ("RSEN", "RSENs");
- ``word_then(text, name, after)``: is ``(?<![\w\-])name`` somewhere followed by ``after``
  ("RSEN block")?
- ``caseless_starts(text, phrase)``: where ``re.IGNORECASE`` finds ``re.escape(phrase)``;
- ``caseless_lowered(text, phrase)``: ``text.lower()`` where ``str.find`` on it finds what
  ``re.IGNORECASE`` finds (a caseless whole-word search: ``word_spans`` on it);
- ``joins(ch)``: is ``ch`` in ``[\w\-]``?

The one home of these scans (``shapes.word_spans`` was a second copy of ``word_spans``).
"""

from __future__ import annotations

import re
from typing import Final

from .word_led import CASE_FOLDS

__all__ = ["joins", "word_start", "word_spans", "word_then", "caseless_lowered", "caseless_starts"]

# The only characters beyond ASCII that re.IGNORECASE matches to an ASCII letter (word_led.CASE_FOLDS).
# Without them in the text, a match of an ASCII phrase lies on ASCII characters, where
# ``str.lower`` and the engine agree; no other character changes length when lowered.
_FOLDS_TO_ASCII: Final = "".join(CASE_FOLDS.values())


def joins(ch: str) -> bool:
    """Is ``ch`` in ``[\\w\\-]`` (a word character or a hyphen)? (Lowering a character keeps
    the answer: checked for every code point.)"""
    return ch.isalnum() or ch in "_-"


def word_start(text: str, name: str) -> int:
    """Offset of the first ``re.search(r"(?<![\\w\\-])" + re.escape(name) + r"(?![\\w\\-])", text)``
    match, -1 if none; ``name`` not empty."""
    n = len(name)
    i = text.find(name)
    while i >= 0:
        if not (i and joins(text[i - 1])) and not (i + n < len(text) and joins(text[i + n])):
            return i
        i = text.find(name, i + 1)
    return -1


def word_spans(text: str, name: str, *, plural: bool = False) -> list[tuple[int, int]]:
    r"""Spans of ``re.finditer(r"(?<![\w\-])" + re.escape(name) + ("s?" if plural else "") + r"(?![\w\-])", text)``;
    ``name`` not empty. (A greedy "s?" gives nothing back: without the "s", the lookahead meets it.)"""
    out: list[tuple[int, int]] = []
    n, i = len(text), text.find(name)
    while i >= 0:
        end = i + len(name)
        if plural and end < n and text[end] == "s":
            end += 1
        if not (i and joins(text[i - 1])) and not (end < n and joins(text[end])):
            out.append((i, end))
            i = text.find(name, end)  # (matches do not overlap)
        else:
            i = text.find(name, i + 1)
    return out


def word_then(text: str, name: str, after: re.Pattern) -> bool:
    r"""Does ``re.search(r"(?<![\w\-])" + re.escape(name) + after.pattern, text)`` find a match?"""
    i = text.find(name)
    while i >= 0:
        if not (i and joins(text[i - 1])) and after.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def caseless_lowered(text: str, phrase: str) -> str | None:
    """``text.lower()`` when finding ``phrase.lower()`` in it finds what ``re.IGNORECASE`` finds
    (the same offsets and lengths), else None (and for an empty phrase, found at every offset)."""
    if not phrase or not phrase.isascii() or (not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)):
        return None
    return text.lower()


def caseless_starts(text: str, phrase: str, *, overlapping: bool = False) -> list[int]:
    """Starts of ``re.finditer(re.escape(phrase), text, re.IGNORECASE)`` (each match is
    ``len(phrase)`` long); with ``overlapping``, of a search from one past each start instead."""
    low = caseless_lowered(text, phrase)
    out: list[int] = []
    if low is None:
        find = re.compile(re.escape(phrase), re.IGNORECASE).search
        m = find(text)
        while m is not None:
            out.append(m.start())
            # (an empty phrase matches at the text's end too: a search from past it would find it again)
            nxt = m.start() + 1 if overlapping or not phrase else m.end()
            m = find(text, nxt) if m.start() < len(text) else None
        return out
    p = phrase.lower()
    step = 1 if overlapping else len(p)
    i = low.find(p)
    while i >= 0:
        out.append(i)
        i = low.find(p, i + step)
    return out
