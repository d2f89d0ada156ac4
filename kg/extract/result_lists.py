"""How a sentence's values are written together: asides in parentheses, lists sharing a unit or a
metric, and tables written in prose (values beside set names that borrow the sentence's one
metric). Used by :mod:`kg.extract.results`; pure functions of the text and the named spans."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..model import normalize_name
from .result_metrics import Named, metric_name
from .result_credit import compared_name
from .result_patterns import COORD_GAP, NUMBER_BEFORE, PHYSICAL_UNIT

__all__ = ["split_asides", "groups", "set_headed_metric", "compared_paren_metric", "changed_in", "unit_of", "in_other", "compared_metrics", "rival_sets", "rival_credit", "Rivals"]

# A compared system's score written after the paper's in a comparison clause, then the system it is "for"
# ("54.0 on a books dataset compared to 57.3 for standard fine-tuning", "72.7% accuracy on Kinetics compared to
# 72.0% and 65.6% with RGB and Flow streams respectively"): the gap from the score before, and the names after.
_COMPARED_VALUE_GAP: Final = re.compile(r"^\s*(?:\\?%\s*)?(?:[A-Za-z][\w@.-]*\s+){0,3}?(?:(?:on|in|for)\s+[^;%\d()]{1,40}?\s*)?,?\s*"
                                 r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?)\s+(?:an?\s+|the\s+)?$")
_COMPARED_VALUE_LIST_GAP: Final = re.compile(r"^\s*(?:\\?%)?\s*(?:,\s*(?:and\s+)?|and\s+)$")
_COMPARED_FOR_AFTER: Final = re.compile(r"\s*(?:\\?%)?\s*(?:for|with|by|using)\s+(?:the\s+|an?\s+)?(?P<names>(?![\d(])[^,;.()%]{2,60}?)"
                                 r"(?:,?\s+respectively)?\s*(?=[,;.)]|\s+(?:on|in|at|upon|which|that|who|where|while|when|whereas|but|than|under|from|by)\b|$)")
# "the baseline", "previous methods", "existing approaches": no system named
_GENERIC_SYSTEM: Final = re.compile(r"^(?:(?:previous|prior|existing|best|strongest|current|other|competing|conventional|traditional|"
                             r"closest|nearest|rival|leading|top|state[- ]of[- ]the[- ]art|SOTA|baseline|recent|all|these|those|their|its|our)\s+)*"
                             r"(?:baselines?|models?|methods?|approach(?:es)?|systems?|works?|results?|ones?|techniques?|"
                             r"state[- ]of[- ]the[- ]art|SOTA|competitors?|others?)$", re.I)

_Named = Named
_ON_SET_GAP: Final = re.compile(r"\s*(?:\\?%)?\s+(?:on|in)\s+(?:the\s+)?")
_PAREN_HEAD: Final = re.compile(r"\S\s*\(\s*[+$]*\s*$")  # "CIFAR-100 (+" before a value
_PAREN_CLOSE: Final = re.compile(r"\s*(?:\\?%)?\s*\)")
_PAREN_OPEN: Final = re.compile(r"\(\s*$")
_VS_GAP: Final = re.compile(r"^\s*(?:\\?%)?\s*(?:vs\.?|versus)\s+$")
_VS_CUE: Final = re.compile(r"\b(?:than|over|outperform\w*|surpass\w*|beat\w*|compared\s+(?:to|with)|against|improv\w*|boost\w*)\s+", re.I)
_THRESHOLD_BEFORE: Final = re.compile(r"(?:\bat|[=@])\s*$")
_COMMA_LESS_GAP: Final = re.compile(rf"(?:{COORD_GAP.pattern})|^\s+\+?$")
# r"\s*" + re.escape(word) + r"\b(?![\^_])" matched as str.lstrip, str.startswith and this (no pattern
# compiled per word; the word opens with a letter, so "\s*" can only take every leading space)
_WORD_END: Final = re.compile(r"\b(?![\^_])")
_POINTS_AFTER_PERCENT: Final = re.compile(r"^\s*(?:percentage\s+)?(?:points?|pts|pp)\b")
_CHANGE_CUE: Final = re.compile(r"\b(?:improv|gain|boost|increas|reduc|decreas|lift|rais|lower|outperform|surpass)\w*", re.I)


def split_asides(text: str, values: list[re.Match]) -> tuple[list[re.Match], dict[int, list[re.Match]]]:
    """Values written in parentheses right after another ("94.6% (95.6% for the ensemble)") are
    asides of it: same metric and dataset, and no member of a list being paired respectively."""
    main: list[re.Match] = []
    asides: dict[int, list[re.Match]] = {}
    for v in values:
        gap = text[main[-1].end() : v.start()] if main else ""
        # "a mAP of 22.7 by a large margin (+4.3%)": a signed gain in parentheses, no other number between
        signed = (re.fullmatch(r"[^;()]{0,120}\(\s*\$?\+", gap) is not None and not re.search(r"(?<![\w.-])\d", gap)
                  and not asides.get(main[-1].start()))
        if main and (re.match(r"^\s*%?\s*\([^()]{0,12}$", gap) or signed) and ")" in text[v.end() : v.end() + 40]:
            asides.setdefault(main[-1].start(), []).append(v)
        else:
            main.append(v)
    return main, asides


def groups(text: str, values: list[re.Match]) -> list[list[int]]:
    """Indices of the values written as one list ("92.3% and 88.1%", "4.2%, 8.8% and 4.7%")."""
    out: list[list[int]] = []
    # an abstract with no comma at all lost its commas in the corpus ("13.36% 9.96% and 1.01% on FH37K FH41K and
    # CelebA-logic"): there a bare space between two values separates members of a list
    coord = _COMMA_LESS_GAP if values and "," not in text else COORD_GAP
    for i, v in enumerate(values):
        gap = re.sub(r"\s*\([^()]*\)", "", text[values[i - 1].end() : v.start()]) if i else ""
        word = re.match(r"\s*([A-Za-z][\w@.-]*)(?=[\s,])", gap)
        if word and word.group(1) in (after := text[v.end() : v.end() + 40]) \
                and after.startswith(word.group(1), lead := len(after) - len(after.lstrip())) \
                and _WORD_END.match(after, lead + len(word.group(1))):
            gap = gap[word.end(1) :]  # "3.77 FID and 2.45 FID": the metric repeated on each member
        if i and unit_of(values[i - 1]) == "%":
            gap = _POINTS_AFTER_PERCENT.sub("", gap)  # "a gain of 0.4%, 1.4% points, and 2.4%": percentage points, one list
        # "2.0 and 1.3 points": a unit written once, on the last member, is the list's
        if out and unit_of(values[i - 1]) in (unit_of(v), "") and coord.match(gap):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def set_headed_metric(text: str, v: re.Match, metrics: list[_Named], datasets: list[_Named]) -> _Named | None:
    """The metric of a value written alone beside a set's name, as in a table written in prose
    ("in accuracy, including CIFAR-100 (+3.33%), ImageNet (+0.92%)", "test error is improved,
    including 0.8% on ImageNet, 3% on Tiny ImageNet"): the one metric the sentence names, before it."""
    window = max(0, v.start() - 8)
    head = _PAREN_HEAD.search(text[window : v.start()])
    if head is not None and _PAREN_CLOSE.match(text, v.end(), v.end() + 4):
        beside = any(d.end == window + head.start() + 1 for d in datasets)  # "CIFAR-100 (+3.33%)"
    elif _THRESHOLD_BEFORE.search(text[max(0, v.start() - 4) : v.start()]) or PHYSICAL_UNIT.match(unit_of(v)):
        return None  # "mAP at tIoU=0.5 on A": a threshold; "reduces Goal Process by 1.5m on B": another quantity
    else:  # "0.8% on ImageNet"; a bare integer ("bag size 64 on FooB") is a setting, no value of the table
        beside = (bool(v.group("unit")) or "." in v.group("num")) and any(
            d.start > v.end() and _ON_SET_GAP.fullmatch(text, v.end(), d.start) for d in datasets)
    # "at 0.5 IoU": a metric with a number before it is a threshold, no metric of the sentence's values
    before = [m for m in metrics if m.end <= v.start() and not NUMBER_BEFORE.search(text[max(0, m.start - 6) : m.start])]
    if not beside or not before or any(m.start >= v.end() for m in metrics):
        return None
    return before[-1] if len({normalize_name(metric_name(m.name)) for m in before}) == 1 else None


# the rest of a compared system's parenthesis after its score: ")", "/ 0.30x)", "% accuracy)" is not (a metric of its own)
_COMPARED_PAREN_REST: Final = re.compile(r"\s*(?:\\?%)?\s*(?:\)|/[^()/%]{0,15}\))")


def compared_paren_metric(text: str, s: int, v: re.Match, metrics: list[_Named]) -> _Named | None:
    """The metric of a compared system's score written alone in parentheses after its name, a table in
    prose of systems ("73.2% top-1 accuracy, compared to Tucker decomposition (67.4% / 0.30x), Trained
    Rank Pruning (70.6% / 0.28x)", "45.1 AP, outperforming DETR (42.0)"): the one metric the sentence
    names before it (a name written as one: "than a singlelayer architecture (92.56%)" is no system's table)."""
    if not _COMPARED_PAREN_REST.match(text, v.end()) or compared_name(text, s, v, proper=True) is None:
        return None
    before = [m for m in metrics if m.end <= v.start() and not NUMBER_BEFORE.search(text[max(0, m.start - 6) : m.start])]
    if not before or any(m.start >= v.end() and m.start < text.find(")", v.end()) for m in metrics):
        return None
    return before[-1] if len({normalize_name(metric_name(m.name)) for m in before}) == 1 else None


def changed_in(text: str, metric: _Named, v: re.Match) -> bool:
    """Whether the words between a metric and a value it is borrowed by say the metric changed
    ("test error ... is improved across settings, including 0.8% on ImageNet")."""
    # "a relative improvement of 2.2% in top-1 accuracy on A, ... and 9.0% on B": the cue may head the metric
    return _CHANGE_CUE.search(text, max(0, metric.start - 40), v.start()) is not None


def unit_of(v: re.Match) -> str:
    """A value's unit in one spelling: "%" for "percent" and "\\%", "x" for "×" and for "times" ("2.54 times that of")."""
    unit = (v.group("unit") or "").strip()
    if unit.lower().startswith("percent") or unit.strip("$") in ("%", "\\%"):
        return "%"
    if unit in ("×", "x", "times"):
        return "x"
    return "points" if unit == "pts" else unit  # "by 16.2 pts": points


_IN_AFTER: Final = re.compile(r"\s*(?:\\?%|points?|pts|pp)?\s+in\s+(?!(?:all|both|each|most|average)\b)\w")


def in_other(text: str, prev: re.Match, prev_metric: Named | None, v: re.Match) -> bool:
    """Whether ``v`` says "in" what it measures, as the value before it did, but names no metric: "by 43% in
    untangling accuracy and 200% in completion time" (``v`` having no metric of its own)."""
    return prev_metric is not None and prev_metric.start >= prev.end() and _IN_AFTER.match(text[prev.end() : prev_metric.start]) is not None \
        and _IN_AFTER.match(text, v.end()) is not None


class Rivals(NamedTuple):
    """The values of a comparison clause: the metric they share (None: their own) and the system each is
    credited to (None: an unnamed baseline's; ``own_first``: the first is the paper's own, credited as usual)."""
    metric: Named | None
    names: list[str | None]
    own_first: bool = False


def compared_values(text: str, prev: tuple[re.Match, Named] | None, members: list[re.Match]) -> Rivals | None:
    """The systems a list of values compared with the score before it is credited to, one per value
    ("54.0 ... compared to 57.3 for standard fine-tuning": "standard fine-tuning"; "compared to 72.0% and 65.6%
    with RGB and Flow streams respectively": "RGB", "Flow streams"), else None (an unnamed baseline, "compared
    to 57.3 for the baseline", stays nobody's: the usual credit)."""
    if prev is None or not _COMPARED_VALUE_GAP.match(text[prev[0].end() : members[0].start()]):
        return None
    if any(not _COMPARED_VALUE_LIST_GAP.match(text[a.end() : b.start()]) for a, b in zip(members, members[1:])):
        return None
    after = _COMPARED_FOR_AFTER.match(text, members[-1].end())
    if after is None or unit_of(prev[0]) != unit_of(members[0]):
        return None  # ("79.6% compared to 12 ms": another measure)
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", after.group("names")) if n.strip()]
    # ("for general purpose detectors": a plural lower-case noun is a kind of system, none named)
    if len(names) != len(members) or any(_GENERIC_SYSTEM.match(n) or re.fullmatch(r"[^A-Z\d]*[a-z]+[^s]s", n) for n in names):
        return None
    return Rivals(prev[1], names)


def vs_pair(text: str, s: int, members: list[re.Match], metrics: list[Named], methods: list[Named]) -> Rivals | None:
    """A pair in parentheses after a comparison, the paper's score then the compared system's ("much higher
    prediction accuracy than LDKL (95.2% vs. 89.53%)"): both absolute scores of the metric written last before
    it, the second the system named after the comparison cue (one name; else an unnamed baseline's)."""
    if len(members) != 2 or not _VS_GAP.match(text[members[0].end() : members[1].start()]) \
            or not _PAREN_OPEN.search(text, max(s, members[0].start() - 4), members[0].start()) or not _PAREN_CLOSE.match(text, members[1].end()):
        return None
    clause = max(s, text.rfind(";", s, members[0].start()) + 1)
    cue = None
    for cue in _VS_CUE.finditer(text, clause, members[0].start()):
        pass
    before = [m for m in metrics if clause <= m.start and m.end <= members[0].start()]
    if cue is None or not before:
        return None
    names = [m.name for m in methods if cue.end() <= m.start and m.end <= members[0].start()]
    return Rivals(before[-1], [None, names[0] if len(set(names)) == 1 else None], own_first=True)


def compared_metrics(text, s, prev, members, metric_of, compared, metrics, methods) -> tuple[Rivals | None, list]:
    """A group's rivals (:func:`compared_values`, :func:`vs_pair`) and its metrics, a value naming none taking a
    compared system's in parentheses (``compared``: :func:`compared_paren_metric` of each) or the rivals' one."""
    metric_of = [m or c for m, c in zip(metric_of, compared)]
    rivals = compared_values(text, prev, members) or vs_pair(text, s, members, metrics, methods)
    return rivals, [m or rivals.metric for m in metric_of] if rivals is not None else metric_of


def rival_sets(rivals: Rivals | None, dataset_of: list) -> list:
    """The sets of a group: a pair "(95.2% vs. 89.53%)" is one score each on one set."""
    if rivals is None or not rivals.own_first:
        return dataset_of
    return [next((d for d in dataset_of if d is not None), None)] * len(dataset_of)


def rival_credit(rivals: Rivals | None, members: list[re.Match], v: re.Match, own_name: str | None, credit: tuple) -> tuple:
    """The credit of a value of a comparison (``credit``: the one the sentence gives it; an aside's stays)."""
    if rivals is None or v not in members:
        return credit
    i = members.index(v)
    if rivals.own_first and i == 0:  # ("than LDKL (95.2%": no score of LDKL's)
        rule = credit[3]
        if rule in ("compared-paren", "baseline-value", "possessive") or credit[0] == rivals.names[1]:
            return own_name or "(proposed)", True, rivals.names[1], "vs-pair"
        return credit
    if rivals.names[i] is None:
        return None, False, None, "baseline-value"  # "outperforms the state of the art (79.8% vs 68.0%)": nobody's to rank
    return rivals.names[i], False, None, "compared-for"
