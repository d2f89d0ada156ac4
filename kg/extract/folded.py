"""Case-insensitive patterns read through a case-sensitive twin on the lower-cased text.

Python's regex engine skips in C every alternative whose first character is a case-sensitive
literal that differs from the text's; under ``re.IGNORECASE`` it has no such test and enters every
alternative at every position. A pattern of lower-case words ("for|towards?|to|in|of|on|via") so
costs two to three times as much as the same pattern without the flag on the lower-cased text. On an
ASCII text ``lower()`` moves no offset, no word boundary and no class test (``\\w``, ``\\s``,
``\\d``), so the twin finds the same spans; each match it finds is then taken by the pattern itself
at that offset, so callers get the pattern's own match on the original text (its groups keep their
case). Other text is read by the pattern itself.

A pattern with a case-sensitive part (``(?-i:[a-z]{3,}tion)``) gets a looser twin (``loose``): it
matches wherever the pattern matches, and a place where only the twin matches is passed over.
"""

from __future__ import annotations

import re
import re._parser as _parser
from typing import Final, Iterator

from .shapes import lower_same_length

__all__ = ["Folded", "lower_twin"]

_END: Final = 1 << 62
# Characters that IGNORECASE matches to an ASCII letter other than their own lower case (dotted and
# dotless i, long s, Kelvin sign): a twin would miss what they match.
_ASCII_FOLDING: Final = frozenset({0x130, 0x131, 0x17F, 0x212A})


def _lowered(text: str) -> str:
    """``text.lower()`` of an ASCII text (never None: lowering ASCII keeps its length); kept per text
    for long ones (a doc's text is read by many rules)."""
    return lower_same_length(text) if len(text) > 200 else text.lower()  # type: ignore[return-value]


def _lower_source(source: str) -> str:
    """A pattern's source with its upper-case letters lowered, escapes kept ("\\S" stays "\\S")."""
    return re.sub(r"\\.|\(\?P|[A-Z]", lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), source)


def _case_free(items, sensitive: bool = False, negated: bool = False) -> bool:
    """Whether a parsed pattern holds no upper-case letter (nor a letter that folds to an ASCII one),
    no ``(?i:...)`` and no ``(?-i:...)`` inside a negative lookaround (``negated``: there a part that
    matches more makes the whole match less); inside a ``(?-i:...)`` (``sensitive``: a loose twin reads
    it on the lower-cased text, where it matches more), nothing that a wider match would fail: no
    negated class or assertion, no back-reference. (Where the twin is not loose, :func:`lower_twin`
    refuses every ``(?-i:...)``.)"""
    for op, arg in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            if chr(arg) != chr(arg).lower() or arg in _ASCII_FOLDING or (sensitive and name == "NOT_LITERAL"):
                return False
        elif name == "RANGE":
            lo, hi = arg
            if any(chr(c) != chr(c).lower() for c in range(lo, min(hi, 0x2FF) + 1)) or any(lo <= c <= hi for c in _ASCII_FOLDING):
                return False
        elif name == "NEGATE" and sensitive or name == "GROUPREF" and sensitive:
            return False
        elif name == "SUBPATTERN":
            _group, add, delete, sub = arg
            if add & re.IGNORECASE or delete & re.IGNORECASE and negated or not _case_free(sub, sensitive or bool(delete & re.IGNORECASE), negated):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            if (sensitive and name == "ASSERT_NOT") or not _case_free(arg[1], sensitive, negated or name == "ASSERT_NOT"):
                return False
        elif not all(_case_free(sub, sensitive, negated) for sub in _parts(name, arg)):
            return False
    return True


def _parts(name: str, arg) -> list:
    """The sub-patterns of a parsed item other than a group or an assertion (a class, branch, repeat)."""
    if name in ("IN", "ATOMIC_GROUP"):
        return [arg]
    if name == "BRANCH":
        return list(arg[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return [arg[2]]
    if name == "GROUPREF_EXISTS":
        return [p for p in arg[1:] if p is not None]
    return []


def _ranges(items) -> Iterator[tuple[int, int]]:
    """The character ranges of a parsed pattern, at any depth."""
    for op, arg in items:
        name = str(op)
        if name == "RANGE":
            yield arg
        elif name == "SUBPATTERN":
            yield from _ranges(arg[3])
        elif name in ("ASSERT", "ASSERT_NOT"):
            yield from _ranges(arg[1])
        else:
            for sub in _parts(name, arg):
                yield from _ranges(sub)


def _range_lowers(lo: int, hi: int) -> bool:
    """Whether a range lowered at its ends holds the lower case of what it held: one of upper-case
    letters only ("[A-Z]", "[B-F]") or with none. "[A-z]" would become "[a-z]" (no "_" nor "^"),
    "[Z-a]" no range at all."""
    return hi < 0x41 or lo > 0x5A or (lo >= 0x41 and hi <= 0x5A)


def lower_twin(pattern: re.Pattern, loose: bool = False) -> re.Pattern:
    """The case-sensitive copy of an IGNORECASE ``pattern``, its letters lowered: on a lower-cased
    ASCII text it matches where ``pattern`` matches on the text. ``loose``: its case-sensitive parts
    (``(?-i:[a-z]{3,}tion)``) read the lower-cased text too, so the twin matches at least where the
    pattern does. Raises ``ValueError`` for a pattern it would not hold for."""
    if not all(_range_lowers(lo, hi) for lo, hi in _ranges(_parser.parse(pattern.pattern, pattern.flags))):
        raise ValueError(f"{pattern.pattern[:40]}...: a range its lowered ends would change")
    source = _lower_source(pattern.pattern)
    if loose:
        source = source.replace("(?-i:", "(?:")  # (the check below reads the scopes in the pattern's own parse)
    twin = re.compile(source, pattern.flags & ~re.IGNORECASE)
    if not pattern.flags & re.IGNORECASE or twin.flags & re.IGNORECASE or "(?-i" in source \
            or not _case_free(_parser.parse(_lower_source(pattern.pattern), pattern.flags)):
        raise ValueError(f"{pattern.pattern[:40]}...: no case-sensitive twin")
    return twin


class Folded:
    """An IGNORECASE ``pattern`` searched through its case-sensitive ``twin`` on ASCII text: the
    same matches (the pattern's own), found cheaper. E.g. ``Folded(TITLE_LINK).finditer(title)``."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: re.Pattern, loose: bool = False) -> None:
        if _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
            # (an empty match would hold finditer at its place: "\b", "(?=a)" match no empty text)
            raise ValueError(f"{pattern.pattern[:40]}...: a pattern that may match nothing has no twin here")
        self.pattern = pattern
        self.twin = lower_twin(pattern, loose)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        """``pattern.search(text, pos, endpos)``."""
        if not text.isascii():
            return self.pattern.search(text, pos, endpos)
        return self._search(text, _lowered(text), pos, endpos)

    def _search(self, text: str, low: str, pos: int, endpos: int) -> re.Match | None:
        twin, match = self.twin.search, self.pattern.match
        while (m := twin(low, pos, endpos)) is not None:
            found = match(text, m.start(), endpos)
            if found is not None:
                return found
            pos = m.start() + 1  # (a looser twin's match the pattern does not make)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        """``pattern.match(text, pos, endpos)``."""
        if not text.isascii():
            return self.pattern.match(text, pos, endpos)
        return self.pattern.match(text, pos, endpos) if self.twin.match(_lowered(text), pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
        """``pattern.finditer(text, pos, endpos)`` (no match is empty)."""
        if not text.isascii():
            yield from self.pattern.finditer(text, pos, endpos)
            return
        low = _lowered(text)
        while (m := self._search(text, low, pos, endpos)) is not None:
            yield m
            pos = m.end()
