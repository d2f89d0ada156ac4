"""The name a paper gives the system it presents when no recogniser marked it as the paper's own: "we
introduce Vigor, a novel ... framework", "This paper proposes the transition-net, a robust ...", "proposes a
lightweight ... detection model YOLOv7-Lrab" (a method mention, not read as the paper's own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention, Role

__all__ = ["presented_name"]

# the paper as the one presenting: "we (also) propose", "this paper introduces", "in this work, we present"
_PRESENTER = r"\b(?:[Ww]e|[Tt]his\s+(?:paper|work|article|letter))\s+(?:also\s+|further\s+|then\s+)?(?:propose|present|introduce|develop)[sd]?\s+"
# a name read whole: a capitalised or mixed-case word ("Vigor", "DeepLab", "YOLOv7-Lrab") or a dashed lower-case
# one ("transition-net"), then an apposition saying what it is (", a ...", " a novel ..."): what the paper presents
_NEW_NAME = re.compile(_PRESENTER + r"(?:the\s+)?(?P<name>[A-Z][\w-]{2,30}|[a-z]+-[a-z]+)"
                       r"(?=\s*,\s*(?:a|an)\s|\s+(?:a|an)\s+(?:novel|new)\b)")
# the words between the presenting verb and a method mention: the system's description, no preposition, ending
# in its kind ("a lightweight real-time ... detection model YOLOv7-Lrab"; not "a framework based on BERT", "a
# compressed MobileNet", "the first VT&R system": a known family the paper adapts)
_DATA_NOUN = re.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|collection|suite)\b", re.I)
_DESCRIBED = re.compile(_PRESENTER + r"(?:a|an|the)\s+(?:(?!(?:on|of|for|with|by|using|via|to|from|in|upon|and|or|than|over|based)\b)[\w-]+\s+){0,9}"
                       r"(?:model|network|method|framework|algorithm|approach|system|architecture|detector|scheme)\s+$")


def presented_name(mentions: Sequence[Mention], abstract: str) -> str | None:
    """The method the abstract presents as its own, by its name written right after the description."""
    if "ropose" not in abstract and "resent" not in abstract and "ntroduce" not in abstract and "evelop" not in abstract:
        return None  # the common case, without a regex
    for m in sorted((m for m in mentions if m.role is Role.METHOD and m.field == "abstract"), key=lambda m: m.start):
        before = abstract[max(0, m.start - 160) : m.start]
        before = re.split(r"[.;:!?]\s", before)[-1]
        if _DESCRIBED.search(before) and not re.match(r"[\s-]*based\b", abstract[m.end :]):
            return m.text
    new = _NEW_NAME.search(abstract)
    if new is None or _DATA_NOUN.search(abstract, new.end(), new.end() + 60):
        return None  # "we introduce ImageNet-X, a new benchmark ...": a set, not a method
    return new.group("name")
