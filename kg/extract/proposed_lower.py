"""Lower-case own names in apposition right after a presenting verb (beside the rules of
:mod:`kg.extract.proposed`, which call :func:`lower_apposed` at the end of "we propose"):

- "we present a method, partial likelihood Thompson sampling, that ...": a kind noun the verb
  presents, then the name between commas;
- 'we propose "associative domain adaptation", a novel technique for ...': a quoted name, then
  an apposition that calls it new.

The name is two to four words led by a lower-case word, with no function word inside: a phrase
running on into the sentence ("a method, which in turn ...") is not a name.
"""

from __future__ import annotations

import re

from ..model import Role
from .doc import Candidate
from .proposed_names import _METHOD_NOUNS
from .shapes import DATASET_NOUNS, STOP_NAMES

__all__ = ["lower_apposed"]

_LOWER_WORD = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_ANY_WORD = r"[A-Za-z][a-z0-9]*(?:-[A-Za-z0-9]+)*"
_NAME = rf"{_LOWER_WORD}(?:\s+{_ANY_WORD}){{1,3}}"
_KINDS = "|".join(sorted(_METHOD_NOUNS | DATASET_NOUNS))
_KIND_THEN_NAME = re.compile(
    rf"(?:a|an)\s+(?:novel\s+|new\s+)?(?:[a-z][\w\-]*\s+)?(?P<kind>{_KINDS}),\s+(?P<name>{_NAME}),\s+"
    r"(?=(?:that|which|for|to|based|with|a|an)\b)"
)
_QUOTED_THEN_NEW = re.compile(
    rf"(?:\"|\u201c|``)(?P<name>{_NAME})(?:\"|\u201d|''),?\s+(?:a|an)\s+(?:novel|new)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?P<kind>{_KINDS})\b"
)
_FUNCTION = frozenset({"and", "or", "to", "for", "of", "on", "in", "with", "from", "by", "via", "that", "which", "is",
                       "are", "was", "were", "can", "as", "at", "into", "the", "a", "an", "we", "our", "this", "its",
                       # a naming verb starts the lower-named rule's name ("an approach, called motion template,")
                       "called", "named", "termed", "dubbed", "coined", "namely",
                       # a participle phrase says what the thing rests on ("a method, based upon X,")
                       "based", "using", "inspired", "built", "such", "including", "e.g", "i.e",
                       "without", "within", "through", "across", "under", "over", "between", "beyond", "toward", "towards"})


def lower_apposed(text: str, at: int) -> list[Candidate]:
    """The lower-case name apposed to what the presenting verb ending at ``at`` presents (none or one)."""
    # Each expression is tried only where its first character stands (most verbs are followed by neither).
    if text.startswith(("a ", "an "), at):
        m = _KIND_THEN_NAME.match(text, at)
    elif text.startswith(("\"", "\u201c", "``"), at):
        m = _QUOTED_THEN_NEW.match(text, at)
    else:
        return []
    if m is None:
        return []
    words = m.group("name").split()
    if any(w.lower() in _FUNCTION for w in words) or words[-1].lower() in STOP_NAMES or words[0].endswith("ing"):
        # ... nor a participle clause ("a novel approach, requiring only mild assumptions,")
        return []
    role = Role.INTRODUCED_DATASET if m.group("kind") in DATASET_NOUNS else Role.PROPOSED
    return [Candidate(role, m.start("name"), m.end("name"), "proposed:lower-apposed", 0.8)]
