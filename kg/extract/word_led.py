"""Case-insensitive word alternations led by their first letters: ``\\b(?:for|to|in)`` written so the
regex engine skips in C to the letters that may start a match, instead of trying every alternative
at every character of the text (a search led by ``\\b`` is; the scan costs about half or more).

The rewrite is exact: a match starts at the same place and spans the same text (the first letter
is consumed by the lead class, checked again by a lookbehind in each alternative; the lookbehind
``(?<!\\w.)`` is the ``\\b`` before it). Used by :mod:`kg.extract.task_cues` (evaluation cues) and
:mod:`kg.extract.title_clause` (the title's link words). :func:`by_first_letter` groups a long
alternation under its first letters (the engine tries each alternative in turn, with no trie).
"""

from __future__ import annotations

from typing import Final

__all__ = ["CASE_FOLDS", "by_first_letter", "word_led"]

#: What IGNORECASE matches to i, k and s besides their two cases (dotted and dotless I, Kelvin, long
#: s): the only characters beyond ASCII it matches to an ASCII letter (each code point tested). The one
#: list: :mod:`kg.extract.literals` and :mod:`kg.extract.urls` read it too.
CASE_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def word_led(alternatives: list[str]) -> str:
    """``\\b(?:a|b|...)`` for a case-insensitive pattern, each alternative beginning with a lower-case
    ASCII letter ("for", "towards?"), led by those letters (in any case, and the characters
    IGNORECASE folds to them) instead; the alternatives are tried in the order given."""
    assert all(a[:1].isascii() and a[:1].islower() for a in alternatives)
    lead = "".join(c + c.upper() + CASE_FOLDS.get(c, "") for c in sorted({a[0] for a in alternatives}))
    return rf"(?-i:[{lead}])(?<!\w.)(?:" + "|".join(f"(?<={a[0]}){a[1:]}" for a in alternatives) + ")"


def by_first_letter(alternatives: list[str]) -> str:
    """``(?:a|b|...)`` of regex fragments each opening with a lower-case ASCII letter ("results?",
    "quality"), grouped under those letters: "(?:q(?:uality)|r(?:esults?|ates?)|...)". The same words
    match (a match is tested, not which alternative made it), but a word is tried against the
    fragments of its own first letter only: ``task_spans._AFTER_BAD``, 46 words after each task noun."""
    assert all(a[:1].isascii() and a[:1].islower() and "|" not in a for a in alternatives)
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"
