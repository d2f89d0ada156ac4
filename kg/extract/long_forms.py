"""Acronym definitions, "Long Form (LF)", found with the Schwartz & Hearst (2003) algorithm as in
scispaCy's abbreviation detector: :func:`find_definitions` and :func:`long_form_start`. A variant
short form is defined too: a lower-case letter before an acronym ("coarse TSM (c-TSM)"), or two
acronyms joined ("spatio-temporal lasso (STL-MTL)") where the words before spell one part and the
text uses the other by itself (:func:`variant_short`). A long form never runs from the title into
the abstract. What a definition names is :mod:`kg.extract.acronyms`' call.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .ascii_twin import ascii_twin
from .literals import word_spans
from .shapes import GREEK_PREFIX, TextMemo, is_acronym, norm

__all__ = ["Definition", "acronym_words", "find_definitions", "long_form_start", "stripped_end", "variant_short"]

_DIGIT_WORD: Final = re.compile(r"[A-Za-z][234][A-Za-z]")
_REPEATED: Final = re.compile(r"([A-Z])([23])(?=[A-Z])")
# "(ACR)" or "(ACR," / "(ACR;": the short form must be one acronym-like word.
# A Greek prefix may lead it: "(ε-BAL)", "($\\alpha$-MDF)".
_SHORT: Final = r"(?:[\u0370-\u03ff]-?|\$\\[A-Za-z]+\$-?)?[A-Za-z0-9][\w\-+.]*?[\w+]"
_PAREN: Final = re.compile(r"\(\s*(" + _SHORT + r")\s*[);,]")
# "(RCDTP and RWDTP)", "(GCV, LOOCV)": two short forms of coordinated long forms in one bracket.
# (Possessive runs of non-space characters fail fast; is_acronym then checks each.)
_PAIR: Final = re.compile(r"\((?P<a>[^\s(),;&]{2,16}+)\s*(?:,|&|and\b|or\b)\s*(?P<b>[^\s(),;&]{2,16}+)\)")
_WORD: Final = re.compile(r"[\w][\w\-'+./]*")
_WORD_ASCII: Final = ascii_twin(_WORD)  # for ASCII text: the same words, found faster
_CAPITALS_WORD: Final = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]+s?(?![\w\-])")


class Definition(NamedTuple):
    """An acronym and its long form, as offsets into the text."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int


_SPACED: Final = re.compile(r"\S+")
_BRACKETS: Final = re.compile(r"[()]")


def long_form_start(short: str, text: str, end: int) -> int | None:
    """Start of the long form of ``short`` (see :func:`_long_form_start`); a digit may also stand
    for a word, as in "audio-to-motion (A2M)" or "peer-for-peer (P4P)"."""
    found = _long_form_start(short, text, end)
    if found is None and (not short[0].isascii() or short[0] == "$") and (greek := GREEK_PREFIX.match(short)):
        # "ε-Bayes-optimal active learning (ε-BAL)" spells the letter; "attention-based
        # Multimodal Differentiable Filter ($\\alpha$-MDF)" spells only the rest.
        short = short[greek.end() :]
        found = _long_form_start(short, text, end)
    if found is None and _DIGIT_WORD.search(short):
        found = _long_form_start(short.replace("2", "t").replace("4", "f"), text, end)
        if found is None:
            # "randomized max-margin compositions (RM2C)", "asynchronous advantage actor-critic
            # (A3C)": a digit after a capital repeats it.
            found = _long_form_start(_REPEATED.sub(lambda m: m.group(1) * int(m.group(2)), short), text, end)
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
    word = _WORD_ASCII if text.isascii() else _WORD
    words = list(word.finditer(text, near, end))
    if near > lo and words and text[near - 1].isalnum() and words[0].start() == near:
        words = words[1:]  # a word the window cut
    if len(words) < limit and near > lo:
        words = list(word.finditer(text, lo, end))
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


# "the coarse TSM (c-TSM)": a lower-case letter or two, a hyphen, then capitals: a variant of an
# acronym, spelled like any other short form.
_LOWER_LED: Final = re.compile(r"[a-z]{1,2}-[A-Z][A-Z0-9]+s?$")
# "spatio-temporal lasso (STL-MTL)", "a deterministic decoder (DD-VAE)", "Model Predictive Control
# (GNN-MPC)": two acronyms joined, one spelled by the words before the bracket, the other an
# acronym the text uses by itself (the kind or base the new name is built on).
_COMPOUND: Final = re.compile(r"([A-Z][A-Za-z0-9]*)-([A-Z][A-Za-z0-9]*)$")


def _compound_start(short: str, text: str, end: int, bracket: int) -> int | None:
    """Start of the long form of a compound short form "A-B" (see ``_COMPOUND``): the long form
    spells one part, the other part stands as a word of its own elsewhere in the text."""
    m = _COMPOUND.match(short)
    if m is None:
        return None
    for spelled, other in ((m.group(1), m.group(2)), (m.group(2), m.group(1))):
        if not (is_acronym(spelled) and is_acronym(other)) or len(other) < 2:
            continue
        if not any(w < bracket or w > bracket + len(short) + 2 for w, _ in word_spans(text, other, plural=True)):
            continue
        start = long_form_start(spelled, text, end)
        if start is not None and len(text[start:end].split()) >= 2:
            return start
    return None


def variant_short(text: str, d: Definition) -> bool:
    """Is the short form a variant of another acronym ("c-TSM", "DD-VAE", "GNN-MPC") whose
    long form spells only its own part? Such a name is coined where it is defined."""
    short = text[d.short_start : d.short_end]
    if _LOWER_LED.match(short):
        return True
    return "-" in short and _long_form_start(short, text, d.long_end) != d.long_start


def stripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def find_definitions(text: str) -> list[Definition]:
    """Every "long form (SHORT)" in ``text`` whose short form is acronym-like. Kept per text: the
    acronym rules and the resolver both read them."""
    kept = _DEFINITIONS.get(text)
    if kept is not None:
        return list(kept)
    out: list[Definition] = []
    for m in _PAREN.finditer(text):
        short = m.group(1)
        greek = GREEK_PREFIX.match(short) if not short[0].isascii() or short[0] == "$" else None
        if not (is_acronym(short) or _LOWER_LED.match(short)) or len(short) - (greek.end() if greek else 0) > 12:
            continue
        end = stripped_end(text, m.start())
        start = long_form_start(short, text, end)
        if start is not None and "\n\n" in text[start:end]:
            start = None  # a long form does not run from the title into the abstract
        if start is None and "-" in short:
            start = _compound_start(short, text, end, m.start())
        if start is None:
            continue
        long = text[start:end]
        if len(long.split()) < 2 and "-" not in long:
            continue  # "Teller (T)"; a one-word long form is rarely a definition
        out.append(Definition(m.start(1), m.end(1), start, end))
    if "and " in text or ", " in text or "&" in text or " or " in text:
        _paired(text, out)
    _DEFINITIONS.keep(text, tuple(out))
    return out


_DEFINITIONS: Final = TextMemo()


def _paired(text: str, out: list[Definition]) -> None:
    """Adds the definitions of "return-conditioned and return-weighted decision tree policies
    (RCDTP and RWDTP)": each short form spells a long form before the bracket, the first's
    starting no later than the second's (examples in a bracket, "(MNIST and CIFAR-10)", do not)."""
    known = {d.short_start for d in out}
    added = False
    for m in _PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not (is_acronym(a) and is_acronym(b)) or max(len(a), len(b)) > 12:
            continue
        end = stripped_end(text, m.start())
        sb = long_form_start(b, text, end)
        sa = long_form_start(a, text, end) if sb is not None else None
        if sa is None or sa > sb or len(text[sb:end].split()) < 2 or len(text[sa:end].split()) < 3:  # type: ignore[operator]
            continue
        for which, start in (("a", sa), ("b", sb)):
            if m.start(which) not in known:
                out.append(Definition(m.start(which), m.end(which), start, end))  # type: ignore[arg-type]
                added = True
    if added:
        out.sort()


def acronym_words(text: str, start: int, end: int) -> list[str]:
    """The all-capitals words of ``text[start:end]``, normalised as task acronyms are."""
    return [norm(m.group()) for m in _CAPITALS_WORD.finditer(text, start, end)]
