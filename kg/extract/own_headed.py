"""An own acronym that the abstract writes with a head noun after it: the name is acronym plus head.

"we introduce the Forced Attention (FAt) Transformer which ..." then "FAt Transformers are applied
to two downstream tasks": the presenting rules stop at the bracket and take "FAt", but the paper's
name for its system is the acronym with the head it keeps ("FAt Transformer"). Decided once per
abstract: only when the abstract writes "ACR Head" again outside the bracket, and the head is a
system word ("Transformer", "Network", "System", "Model"); the bracketed acronym then gives way to
the headed mentions.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .shapes import SYSTEM_HEADS

__all__ = ["headed_own_acronyms"]

_HEAD_AFTER: Final = re.compile(r"\)\s+([A-Z][a-z]+?)(?:s)?\b")
_HEADS: Final = SYSTEM_HEADS | {"module", "block", "encoder", "decoder"}  # (parts a paper names with its acronym too)


def headed_own_acronyms(text: str, tend: int, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each bracketed own acronym followed by a system head, and written again as
    "ACR Head" in the abstract, replaced by those headed mentions (see the module doc).

    >>> t = "Forced Attention"
    >>> a = " We introduce the Forced Attention (FAt) Transformer which works. FAt Transformers are applied."
    >>> s = (t + a).index("FAt)")
    >>> out = headed_own_acronyms(t + a, len(t), [Candidate(Role.PROPOSED, s, s + 3, "proposed:verb", 0.85)])
    >>> [(t + a)[c.start : c.end] for c in out]
    ['FAt Transformers']
    """
    out = list(found)
    for c in found:
        if c.role is not Role.PROPOSED or c.start <= tend or text[c.start - 1 : c.start] != "(":
            continue
        m = _HEAD_AFTER.match(text, c.end)
        if m is None or m.group(1).lower() not in _HEADS:
            continue
        acr, head = text[c.start : c.end], m.group(1)
        again = [h for h in re.finditer(rf"(?<![\w(-]){re.escape(acr)}\s+{re.escape(head)}s?\b", text[tend:])
                 if tend + h.start() != c.start]
        if not again:
            continue
        out = [k for k in out if k is not c]
        out += [Candidate(Role.PROPOSED, tend + h.start(), tend + h.end(), "proposed:headed-acronym", c.confidence) for h in again]
    return out
