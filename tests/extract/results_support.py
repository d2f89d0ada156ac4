"""Running the result finder on a made-up sentence, shared by the result tests (no tests here)."""

from __future__ import annotations

import re

from kg.extract.results import find_results
from kg.leaderboard import ranked
from kg.model import Mention, Result, Role


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans split at ". X" (made-up test text has no abbreviations)."""
    out, s = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", text):
        out.append((s, m.start()))
        s = m.end()
    return out + [(s, len(text))]


def results_of(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[Result]:
    """The results found in ``text`` when every occurrence of each named surface is a mention of
    its role, as the recognisers would mark them."""
    mentions = []
    for surface, role in named:
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            mentions.append(Mention(role, surface, "abstract", m.start(), m.end(), "", "test", 1.0))
    return find_results(text, sentences(text), mentions, proposed_name=proposed)


def ranked_results(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[Result]:
    """The results of :func:`results_of` confident enough to rank on a leaderboard."""
    return [r for r in results_of(text, named, proposed) if ranked(r.confidence)]
