"""Acronym definitions, "Long Form (LF)", found with the Schwartz & Hearst (2003) algorithm as in
scispaCy's abbreviation detector: :func:`find_definitions` and :func:`long_form_start`. What a
definition names is :mod:`kg.extract.acronyms`' call.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .shapes import is_acronym, norm

__all__ = ["Definition", "acronym_words", "find_definitions", "long_form_start"]

_DIGIT_WORD = re.compile(r"[A-Za-z][24][A-Za-z]")
# "(ACR)" or "(ACR," / "(ACR;": the short form must be one acronym-like word.
_PAREN = re.compile(r"\(\s*([A-Za-z0-9][\w\-+.]*?[\w+])\s*[);,]")
_WORD = re.compile(r"[\w][\w\-'+./]*")
_CAPITALS_WORD = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]+s?(?![\w\-])")


class Definition(NamedTuple):
    """An acronym and its long form, as offsets into the text."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int


_SPACED = re.compile(r"\S+")
_BRACKETS = re.compile(r"[()]")


def long_form_start(short: str, text: str, end: int) -> int | None:
    """Start of the long form of ``short`` (see :func:`_long_form_start`); a digit may also stand
    for a word, as in "audio-to-motion (A2M)" or "peer-for-peer (P4P)"."""
    found = _long_form_start(short, text, end)
    if found is None and _DIGIT_WORD.search(short):
        found = _long_form_start(short.replace("2", "t").replace("4", "f"), text, end)
    if found is not None and short.isalpha() and short.isupper() and text.count(" ", found, end) < len(short) - 1:
        # "Automatic Short Answer Grading (ASAG)": the backward letter scan stops at "Answer
        # Grading" (A-s-a-G inside it); the words whose initials spell the acronym are the long form.
        n = len(short)
        words = list(_SPACED.finditer(text, max(0, end - 40 * n), end))[-n:]
        if (len(words) == n and len(text[found:end].split()) < n and words[0].start() < found
                and "".join(w.group()[0] for w in words).upper() == short and not _BRACKETS.search(text, words[0].start(), end)):
            return words[0].start()
    return found


def _long_form_start(short: str, text: str, end: int) -> int | None:
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
    limit = min(len(chars) + 5, 2 * len(chars))
    # The last ``limit`` words of the 200 characters before ``end``: read from a window of 16
    # characters a word first (most long forms are short), the whole 200 when that holds fewer.
    lo = max(0, end - 200)
    near = max(lo, end - 16 * limit)
    words = list(_WORD.finditer(text, near, end))
    if near > lo and words and text[near - 1].isalnum() and words[0].start() == near:
        words = words[1:]  # a word the window cut
    if len(words) < limit and near > lo:
        words = list(_WORD.finditer(text, lo, end))
    words = words[-limit:]
    if not words:
        return None
    window_start = words[0].start()
    window = text[window_start:end].lower()
    # Backwards, one str.rfind per character (a Python loop per text character cost more).
    li = len(window)
    for c in reversed(chars[1:]):
        li = window.rfind(c, 0, li)
        if li < 0:
            return None
    first = chars[0]
    li = window.rfind(first, 0, li)
    while li > 0 and window[li - 1].isalnum():  # the first character must begin a word
        li = window.rfind(first, 0, li)
    if li < 0:
        return None
    start = window_start + li
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


def acronym_words(text: str, start: int, end: int) -> list[str]:
    """The all-capitals words of ``text[start:end]``, normalised as task acronyms are."""
    return [norm(m.group()) for m in _CAPITALS_WORD.finditer(text, start, end)]
