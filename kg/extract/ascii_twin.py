"""ASCII twins of the rules' patterns: the same matches on ASCII text, found faster.

On a str pattern, ``\\w``, ``\\b``, ``\\d`` and ``\\s`` look each character up in the Unicode
database; compiled with ``re.ASCII`` they test a small table instead (the scan of "we propose a
new model" costs about a fifth less). On a text that is all ASCII the two read the same except for
``\\s``, which in Unicode also takes the separators ``\\x1c``-``\\x1f``: the twin spells its ``\\s``
out with them. A rule picks the twin where ``text.isascii()`` (a flag CPython keeps on every str,
read in constant time), as in ``(_WORD_ASCII if text.isascii() else _WORD).search(text)``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ascii_twin", "ascii_source"]

#: What ``\\s`` takes in a str pattern and not under ``re.ASCII``, among ASCII characters.
_SEPARATORS: Final = "\\x1c-\\x1f"
#: An inline flag group that turns on case-insensitive matching: "(?i:...)", "(?ai)".
_INLINE_IGNORECASE: Final = re.compile(r"\(\?[aiLmsux]*i[aiLmsux]*[-:)]")


def ascii_source(source: str) -> str | None:
    """``source`` with every ``\\s`` reading the same under ``re.ASCII`` as without it on ASCII text
    (``\\s`` -> ``[\\s\\x1c-\\x1f]``, ``\\S`` -> ``[^\\s\\x1c-\\x1f]``), or None where that cannot be
    written (a ``\\S`` inside a class, as in ``[\\S-]``)."""
    out: list[str] = []
    in_class, i, size = False, 0, len(source)
    while i < size:
        ch = source[i]
        if ch == "\\" and i + 1 < size:
            pair = source[i : i + 2]
            if pair == "\\s":
                pair = "\\s" + _SEPARATORS if in_class else "[\\s" + _SEPARATORS + "]"
            elif pair == "\\S":
                if in_class:
                    return None
                pair = "[^\\s" + _SEPARATORS + "]"
            out.append(pair)
            i += 2
            continue
        out.append(ch)
        i += 1
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the class's end
            if source.startswith("^", i):
                out.append("^")
                i += 1
            if source.startswith("]", i):
                out.append("]")
                i += 1
    return "".join(out)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that finds on any ASCII text exactly what ``pattern`` finds, compiled with
    ``re.ASCII``; ``pattern`` itself where no such twin is sure (a non-ASCII character under
    ``re.IGNORECASE``, which Unicode folds onto ASCII letters: "K" (Kelvin) matches "k")."""
    source = ascii_source(pattern.pattern)
    flags = pattern.flags & ~re.UNICODE
    if source is None or (not source.isascii() and (flags & re.IGNORECASE or _INLINE_IGNORECASE.search(source))):
        return pattern
    return re.compile(source, flags | re.ASCII)
