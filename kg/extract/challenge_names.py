"""A challenge a paper reports results on is the set it evaluates on ("competitive performance on
the Waymo Sim Agents Challenge", "gains of 6% on the Backgrounds Challenge", "SOTA result on the
Waymo Open Motion Challenge"): the guidelines' datasets include benchmarks, and the challenge's
whole name is the benchmark's (not the catalogue's "Waymo Open" inside it).

Only after "on the": "in the DARPA Robotics Challenge" is an event a robot took part in, not a
set (of "on the ... Challenge" in 87,691 corpus abstracts, 17 uses, nearly all benchmarks:
MegaFace, StarCraft Multi-Agent, Habitat, Criteo Display Ad).
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate

__all__ = ["challenge_names"]

_ON_CHALLENGE: Final = re.compile(r"\bon the (?P<name>(?:[A-Z][\w\-]*\s){1,5}Challenge(?:\s(?:19|20)\d\d)?)(?![\w\-])")


def challenge_names(text: str, tend: int) -> list[Candidate]:
    """The challenges the abstract reports on, by their whole names, as datasets."""
    if "Challenge" not in text:
        return []
    return [Candidate(Role.DATASET, m.start("name"), m.end("name"), "datasets:challenge", 0.8)
            for m in _ON_CHALLENGE.finditer(text, tend)]
