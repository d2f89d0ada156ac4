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


# Views of the results of a made-up sentence, one per shape the result tests compare.

def plain_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(method, dataset, metric, value, kind) of every result."""
    return [(r.method, r.dataset, r.metric, r.value, r.kind) for r in results_of(text, named, proposed)]


def unit_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(method, dataset, metric, value, unit, kind) of every result."""
    return [(r.method, r.dataset, r.metric, r.value, r.unit, r.kind) for r in results_of(text, named, proposed)]


def metric_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(metric, value, kind) of every result."""
    return [(r.metric, r.value, r.kind) for r in results_of(text, named, proposed)]


def credited_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(method, proposed, dataset, metric, value, kind) of the results of confidence 0.5 or more."""
    return [(r.method, r.proposed, r.dataset, r.metric, r.value, r.kind) for r in results_of(text, named, proposed) if r.confidence >= 0.5]


def ranked_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(method, proposed, dataset, metric, value) of the ranked results."""
    return [(r.method, r.proposed, r.dataset, r.metric, r.value) for r in ranked_results(text, named, proposed)]


def ranked_kind_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = None) -> list[tuple]:
    """(method, proposed, dataset, metric, value, kind) of the ranked results."""
    return [(r.method, r.proposed, r.dataset, r.metric, r.value, r.kind) for r in ranked_results(text, named, proposed)]


def ranked_metric_rows(text: str, named: list[tuple[str, Role]], proposed: str | None = "FooNet") -> list[tuple]:
    """(metric, value, dataset, kind) of the ranked results (the paper's method: FooNet unless said)."""
    return [(r.metric, r.value, r.dataset, r.kind) for r in ranked_results(text, named, proposed)]


def ranked_credits(text: str, named: list[tuple[str, Role]], proposed: str | None = "FooNet") -> list[tuple]:
    """(method, proposed, value, baseline) of the ranked results (the paper's method: FooNet unless said)."""
    return [(r.method, r.proposed, r.value, r.baseline) for r in ranked_results(text, named, proposed)]


def own_mentions(text: str, names: list[str]) -> list[Mention]:
    """A proposed-method mention at the first occurrence of each of ``names``."""
    return [Mention(Role.PROPOSED, n, "abstract", m.start(), m.end(), "", "test", 1.0) for n in names for m in [re.search(re.escape(n), text)]]


def canonical_mentions(text: str, named: list[tuple[str, Role, str | None]]) -> list[Mention]:
    """Mentions of each (surface, role, canonical name) at every occurrence of the surface."""
    return [Mention(role, surface, "abstract", m.start(), m.end(), "", "test", 1.0, canonical)
            for surface, role, canonical in named for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?![\w-])", text)]


def canonical_credits(text: str, named: list[tuple[str, Role, str | None]], own: str | None = None) -> list[tuple]:
    """(method, proposed, value) of the ranked results over :func:`canonical_mentions`."""
    return [(r.method, r.proposed, r.value) for r in find_results(text, sentences(text), canonical_mentions(text, named), proposed_name=own)
            if ranked(r.confidence)]
