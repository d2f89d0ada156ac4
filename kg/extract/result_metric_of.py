"""What metric each reported value measures: the metric written right after or before it
(:func:`metric_for`), the metrics a list of values pairs with in order or shares
(:func:`group_metrics`), the metrics coordinated before one value that share it
(:func:`shared_with`). Used by :mod:`kg.extract.results`; pure functions of the text and the named metrics."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ..model import Role, normalize_name
from .folded import Folded
from .result_credit import change_start
from .result_lists import in_other, unit_of
from .result_metrics import Named, higher_is_better, metric_name, metric_spans, percent_scale
from .result_window import MetricWindow, window
from .result_patterns import COORD_GAP, FROM_TO, NUMBER_BEFORE, SIGNED_ASIDE, VALUE
from .result_metric_patterns import (
    AFTER_GAP, AT_NUMBER_BEFORE, BEFORE_GAP, CHANGED_METRIC_BEFORE, CHANGED_OBJECT_AFTER, CHANGED_OBJECT_BEFORE,
    CHANGED_TO_GAP, CHANGE_IN_AFTER, COPULA_BEFORE, COST_METRIC, DROP_NEAR_AFTER, DROP_NEAR_BEFORE, ELLIPSIS_GAP, HEADED_GAP,
    HEADS_VALUE, HEDGED_BETWEEN, IN_METRIC_GAP, KEPT_METRIC_BEFORE, LIST_ITEM_GAP, LIST_OF_GAP, LONE_NUMBER, LONG_FORM_GAP,
    MEASURES_LISTED_AFTER, MEASURES_LISTED_BEFORE, METRIC_ON_SET_GAP, MODIFIER_GAP, NOUN_AFTER, OF_BY_GAP, OF_IS_GAP,
    ON_METRIC_GAP, OTHER_MEASURE_AFTER, OTHER_MEASURE_BETWEEN, OTHER_SCORE_NAMED, PARALLEL_GAP, PARALLEL_METRICS_GAP,
    RESTATED_BEFORE, SCORED_BEFORE, SET_METRIC_GAP, SHARED_VALUE_GAP, SPEED, UNNAMED_ASPECT_AFTER, UNNAMED_CHANGE_BEFORE,
    UNNAMED_CHANGE_COST, UNNAMED_CHANGE_LIST, UNNAMED_GAIN,
)

__all__ = ["metric_for", "metric_after", "group_metrics", "shared_with", "changes_other", "elliptical_metrics", "sole_metric", "other_acronym",
           "unnamed_change_metric", "abstract_metric"]



def metric_after(text: str, v: re.Match, metrics: list[Named]) -> bool:
    return any(m.start >= v.end() and m.start - v.end() <= 25 for m in metrics)


def group_metrics(text: str, members: list[re.Match], metrics: list[Named], respectively: bool) -> list[Named | None]:
    """The metric of each value of a list: "4.2%, 8.8% and 4.7% ... the MPJPE, PA-MPJPE and PVE
    metrics, respectively" pairs them in order; otherwise the list shares the metric it names."""
    before = [m for m in metrics if m.end <= members[0].start()][-len(members):]
    if len(members) > 1 and len(before) == len(members) and BEFORE_GAP.match(text[before[-1].end : members[0].start()].replace("$", "")):
        # "accuracy and ROC-AUC scores of 86% and 84.4%, respectively", "BLEU-4 / CIDEr of 37.4 / 116.4"
        gaps = [text[a.end : b.start] for a, b in zip(before, before[1:])]
        # ("top-1 and top-5 error rates of 39.7% and 18.9%": a list of metrics "of" a list of values of its length pairs too)
        if all(COORD_GAP.match(g) for g in gaps) and (respectively or all("/" in g for g in gaps) or LIST_OF_GAP.fullmatch(text, before[-1].end, members[0].start())):
            return before  # type: ignore[return-value]
    if len(members) > 1 and len(before) == len(members) and PARALLEL_GAP.match(text[before[-1].end : members[0].start()]) \
            and all(PARALLEL_METRICS_GAP.match(text[a.end : b.start]) for a, b in zip(before, before[1:])) \
            and all(metric_for(text, v, metrics) is None for v in members):
        # "in terms of both mask (mIoU) and boundary (F-score) quality, improving by 2% and 4%": two lists
        # of one length in one clause, the values naming no metric of their own, pair in order
        return before  # type: ignore[return-value]
    if respectively and len(members) > 1:
        after = [m for m in metrics if m.start >= members[-1].end()][: len(members)]
        # (the metrics written as one list: "90.29% / 88.23% segmentation accuracy and 65.52% / 63.89% recognition
        # rate on A and B, respectively" pairs the values with the sets, each list has its one metric)
        if len(after) == len(members) and after[-1].start - members[-1].end() < 120 \
                and all(COORD_GAP.match(text[a.end : b.start]) for a, b in zip(after, after[1:])):
            return after  # type: ignore[return-value]
    if len(members) > 1 and all(re.fullmatch(r"\s*/\s*", text[a.end() : b.start()]) for a, b in zip(members, members[1:])):
        # "19.0%/24.2% ADE/FDE": a slash list of values pairs with the slash list of metrics after it
        after = [m for m in metrics if m.start >= members[-1].end()][: len(members)]
        if len(after) == len(members) and AFTER_GAP.match(text[members[-1].end() : after[0].start]) \
                and all(re.fullmatch(r"\s*/\s*", text[a.end : b.start]) for a, b in zip(after, after[1:])):
            return after  # type: ignore[return-value]
        names = re.match(rf"\s*(?:[\w@.-]+\s*/\s*){{{len(members) - 1}}}[\w@.-]+(?![\w/])", text[members[-1].end() :])
        if names and after and after[0].start == members[-1].end() + len(names.group(0)) - len(names.group(0).lstrip()):
            # "19.0%/24.2% ADE/FDE" with FDE no known metric: each value has the name in its place, or none
            starts = [members[-1].end() + w.start() for w in re.finditer(r"[\w@.-]+", names.group(0))]
            return [next((m for m in after if m.start == st), None) for st in starts]
    own: list = [metric_for(text, v, metrics) for v in members]  # (False: a member measuring no metric)
    for i in range(1, len(members)):
        if own[i] is None and in_other(text, members[i - 1], own[i - 1], members[i]):
            own[i] = False  # "by 43% in untangling accuracy and 200% in completion time": the second measures no metric
    shared = own[-1] or own[0]
    # "an increase of 34.41% in success rate, a 15.15% decrease in the average time steps": a member
    # naming what it changes, no metric, measures that, not the list's metric
    own = [m if m is not None else (False if changes_other(text, v, metrics) else None) for m, v in zip(own, members)]
    if respectively and shared is not None and shared.end <= members[0].start() and \
            re.search(r"[a-z]\s+and\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|(?![\w-]*ing\b)[\w-]+\s+)?$", text[max(0, shared.start - 30) : shared.start]):
        # "the velocity and the accuracy ... by 71% and 44%, respectively": only the last is the metric's
        return [None] * (len(members) - 1) + [shared]
    return [None if m is False else (m or shared) for m in own]


def shared_with(text: str, v: re.Match, metric: Named, metrics: list[Named]) -> list[Named]:
    """ "We improve accuracy and F score by 10%", "precision and recall of 95%": the metrics coordinated
    before the value's metric, which share its value."""
    if metric.end > v.start() or not SHARED_VALUE_GAP.fullmatch(text, metric.end, v.start()):
        return []
    before = [m for m in metrics if m.end <= metric.start]
    out = []  # type: ignore[var-annotated]
    while before and re.fullmatch(r"\s*(?:,|,?\s+and|&)\s+", text[before[-1].end : (out[-1] if out else metric).start]):
        out.append(before.pop())
    return out


def changes_other(text: str, v: re.Match, metrics: list[Named]) -> bool:
    """Whether a value is followed by a change of something no metric names ("15.15% decrease in
    the average time steps")."""
    m = CHANGE_IN_AFTER.match(text, v.end())
    return m is not None and not any(m.start("what") <= x.start < m.end() + 1 for x in metrics)


def metric_for(text: str, v: re.Match, metrics: list[Named]) -> Named | None:
    """The metric a value measures: written right after it ("84.1% top-1 accuracy", "28.4 BLEU"),
    or before it ("a BLEU of 28.4", "FID: 3.2", "accuracy of 84.1%"), the closer one winning."""
    best, dist = None, None
    start = v.start()
    change = change_start(text, 0, v)
    headed: bool | None = None  # whether a metric right before the value heads it ("F1-score of 89.51")
    near = window(text, metrics)
    # (each rule below bounds the words between: 45 characters before, 60 before a change's "from", 50 after)
    reach = near.reach_before(start, _BEFORE_WORDS)
    if change is not None:
        reach = min(reach, near.reach_before(change, _FROM_WORDS))
    for m in near.between(reach, near.reach_after(v.end(), _AFTER_WORDS)):
        if m.start >= v.end():
            if HEADS_VALUE.match(text, m.end):
                # "F1-score of 89.51 Recall of 87.50", "(PSNR 51 SSIM 0.998)": a metric heading a value of its
                # own after this one is not this value's, when a metric heads this value too
                if headed is None:
                    headed = _heads(text, near, start)
                if headed:
                    continue
            gap = text[v.end() : m.start].replace("$", "")  # LaTeX math around a number: "$22.7$"
            if len(gap) <= 25 and (AFTER_GAP.match(gap) or IN_METRIC_GAP.match(gap) or MODIFIER_GAP.match(gap)
                                   or (gap[-1:] == " " and SET_METRIC_GAP.match(gap))
                                   or (gap.endswith("on ") and ON_METRIC_GAP.match(gap) and not text.startswith("/", m.end))):
                pass
            elif re.fullmatch(r"\s*(?:\\?%|points?)?\s*\(\s*", gap) and re.match(r"\s*\)", text[m.end : m.end + 3]):
                # "by 10.7% (AUROC)": the metric alone in parentheses after the value; not when a metric heads the
                # value ("a success rate of 57.6% (Pass@32)": the parenthesis names the setting it was measured at)
                if headed is None:
                    headed = _heads(text, near, start)
                if headed:
                    continue
            elif not (len(gap) <= 50 and LONG_FORM_GAP.match(gap) and text.startswith(")", m.end)):
                continue  # "2.183 average end-point-error (AEPE)": the acronym of the long form
            d = len(gap)
        elif m.end <= start:
            gap = text[m.end : start].replace("$", "")
            if gap.endswith("(") and not re.match(r"\s*\)", text[v.end() : v.end() + 3]):
                continue  # "high accuracy (78%)" is the value in parentheses; "(15 μm)", "(71% smaller RMSE)" are not
            if (num := NUMBER_BEFORE.search(text[max(0, m.start - 6) : m.start])) and not _heads(text, near, m.start - 6 + num.start()):
                # "at 0.5 IoU achieves 66.7%": a metric with a number before it is a threshold (unless that
                # number has a metric of its own: "F1-score of 89.51 Recall of 87.50")
                continue
            if change is not None and m.end <= change:
                # "the error rate of the 13-layer CNN from 16.8% to 12.4%": the change's metric
                before_from = text[m.end : change].rstrip(", ")  # "test accuracy on real data, from 29% to 57%"
                if len(before_from) > 60 or LONE_NUMBER.search(before_from):  # "of the 13-layer CNN from"
                    continue
                d = len(before_from) + 3
            elif len(gap) > 45 or not (BEFORE_GAP.match(gap) or OF_BY_GAP.match(gap) or OF_IS_GAP.match(gap)
                                       or (METRIC_ON_SET_GAP.match(gap) and not LONE_NUMBER.search(gap))
                                       or (CHANGED_TO_GAP.match(gap) and CHANGED_METRIC_BEFORE.search(text, max(0, m.start - 40), m.start))):
                continue
            else:
                d = len(gap) + 3
        else:
            continue
        if dist is None or d < dist:
            best, dist = m, d
    return best


#: the word characters (:mod:`kg.extract.result_window`) each rule of :func:`metric_for` lets stand between a value and
#: its metric: at most 45 characters before it, 60 before the "from" of its change, 50 after it ("$" not counted);
#: a metric heads a value with at most "of" and a sign between (:data:`HEADED_GAP`)
_BEFORE_WORDS, _FROM_WORDS, _AFTER_WORDS, _HEAD_WORDS = 45, 60, 50, 3


def _heads(text: str, near: MetricWindow, p: int) -> bool:
    """Whether a metric heads the value at ``p`` ("F1-score of 89.51", "PSNR 51")."""
    return p >= 0 and any(HEADED_GAP.fullmatch(text, h.end, p) for h in near.ending_near(p, _HEAD_WORDS))


def elliptical_metrics(text, members, metric_of, metrics, prev, prev_list):
    """The metrics a list's values naming none share with the values before them: "from 16.8% to 12.4% on A and from
    34.1% to 31.6% on B", "an FID of 12.5 on COCO and 10.1 on LSUN" (``prev``: the last value with a metric and it;
    ``prev_list``: the metrics of its list)."""
    if prev is None or metric_of[0] is not None:
        return metric_of
    # ("F1 to 62.1% (+1.9%) on A and 71.9% (+3.0%) on B": a signed aside in parentheses is no other measure)
    gap = SIGNED_ASIDE.sub("", text[prev[0].end() : members[0].start()])
    # ("dice scores improving by 2.16%, and Hausdorff scores improving by 11.13%": a measure of its own named between)
    if not ELLIPSIS_GAP.match(FROM_TO.sub("", gap)) or OTHER_SCORE_NAMED.search(gap):
        return metric_of
    # "79.6% at 20 fps, or 79.0% at 62 fps": a "%" value shares no metric with a unit-less one
    if unit_of(prev[0]) != unit_of(members[0]) and "%" in (unit_of(prev[0]), unit_of(members[0])):
        return metric_of
    if OTHER_MEASURE_AFTER.match(text, members[-1].end()) or changes_other(text, members[0], metrics) \
            or in_other(text, prev[0], prev[1], members[0]) or other_acronym(text, members[0], prev[1]):
        return metric_of
    if len(prev_list) == len(members) > 1:
        return list(prev_list)  # "scores of 37.4 / 116.4 with A and 38.3 / 127.6 with B"
    return [m or prev[1] for m in metric_of]


def sole_metric(text, s, members, metric_of, metrics, is_improvement, rows, respectively=False) -> list:
    """The metric of a percentage naming none, in a sentence naming one measure only: "achieving an 8% boost ... than the
    state of the art in policy success rate", "in terms of AUC ..., Skinny Trees outperforms LightGBM by 10.2%", "a word error
    rate of 27.3% on WSJ ..., 21.9% with a lexicon", when the words around it say it is a score or a change of one
    (``is_improvement(text, s, v)``; ``rows``: the sentence's results so far). A list paired respectively with other measures
    ("the distance and the accuracy reached 96.93% and 91.14%, respectively") lends it to none."""
    if None not in metric_of or not metrics:
        return metric_of
    scores = [m for m in metrics if not COST_METRIC.match(m.name)]
    if len(scores) != len(metrics) or len({normalize_name(metric_name(m.name)) for m in scores}) != 1:
        return metric_of  # "with 44% fewer FLOPs": a sentence naming a cost speaks of two measures
    if any(AT_NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start) for m in scores):
        return metric_of  # "AP^r at 0.5 IoU achieves 66.7%": a threshold's measure, the value's is unnamed
    sole = scores[0]
    if respectively and any(MEASURES_LISTED_BEFORE.search(text, max(0, m.start - 30), m.start) or MEASURES_LISTED_AFTER.match(text, m.end) for m in scores):
        return metric_of
    if any(KEPT_METRIC_BEFORE.search(text, max(s, m.start - 80), m.start) for m in scores):
        return metric_of  # "reduce the energy by 60.7% while keeping the accuracy": the metric is kept, the value is of another measure
    if SPEED.match(sole.name) or OTHER_SCORE_NAMED.search(text, s, members[-1].end() + 60):
        return metric_of  # "by 7.6% ... while being 3x faster (100 FPS)"; "and Hausdorff scores improving by 11.13%": a measure no recogniser knows
    # a list is scored as a whole: "the mean errors along x, y and z are 4.1%, 4.7% and 9.8%, respectively"
    scored = _scored(text, s, members[0], is_improvement, rows, sole) or any(_scored(text, s, v, is_improvement, rows, sole) for v in members[1:])
    # and changes something else as a whole: "reduced the completion time (by 59% and 58%)"
    other = any(_changes_named(text, v, sole) for v in members)
    return [m if m is not None or unit_of(v) != "%" or NOUN_AFTER.match(text, v.end()) or OTHER_MEASURE_AFTER.match(text, v.end())
            or changes_other(text, v, metrics) or other or _restated_or_lost(text, s, v) or not scored else sole
            for m, v in zip(metric_of, members)]


def _scored(text, s, v, is_improvement, rows, metric) -> bool:
    """A change, a scoring verb before the value (a copula after the metric), or the next item of a list after an absolute
    score ("27.3% on WSJ, 21.9% with a lexicon")."""
    copula = metric.end <= v.start() and COPULA_BEFORE.search(text, max(s, v.start() - 20), v.start()) is not None \
        and not HEDGED_BETWEEN.search(text, max(s, metric.start - 30), v.start()) and not OTHER_MEASURE_BETWEEN.search(text, metric.end, v.start())
    return is_improvement(text, s, v) or copula or SCORED_BEFORE.search(text, max(s, v.start() - 40), v.start()) is not None \
        or bool(rows and rows[-1].kind == "absolute" and rows[-1].end <= v.start() and LIST_ITEM_GAP.fullmatch(text, rows[-1].end, v.start()))


def _restated_or_lost(text: str, s: int, v: re.Match) -> bool:
    """A degradation ("a minimal accuracy drop (1%)") or a value said again in other terms ("(representing an absolute improvement of 2.7%)")."""
    before = text[max(s, v.start() - 60) : v.start()]
    return DROP_NEAR_BEFORE.search(before) is not None or DROP_NEAR_AFTER.match(text, v.end()) is not None or RESTATED_BEFORE.search(before) is not None


_CHANGED_OBJECT_BEFORE: Final = Folded(CHANGED_OBJECT_BEFORE)  # (through its case-sensitive twin: 20 -> 16 us a call)


def _changes_named(text: str, v: re.Match, metric: Named) -> bool:
    """Whether the words around a change name what changed, and it is not ``metric``: "reducing model training time by
    19.82%", "by 60% in segmentation", "1% higher computational cost", "21% gain on REL"."""
    before = _CHANGED_OBJECT_BEFORE.search(text, max(0, v.start() - 60), v.start())
    what = "what" if before and before.group("what") else "subject"
    if before and not before.start(what) <= metric.start < before.end(what):
        return True
    after = CHANGED_OBJECT_AFTER.match(text, v.end())
    return after is not None and metric.start != after.start(next(g for g in ("what", "where", "acr") if after.group(g)))


def other_acronym(text: str, v: re.Match, metric: Named) -> bool:
    """ "25% gain on RMSE and 21% gain on REL": a change naming an acronym that is not ``metric`` measures that."""
    after = CHANGED_OBJECT_AFTER.match(text, v.end())
    return after is not None and after.group("acr") is not None and after.start("acr") != metric.start


def unnamed_change_metric(text: str, s: int, e: int, sole: Callable[[], str | None]) -> list[Named]:
    """ "On CIFAR and ImageNet, RCO improves knowledge distillation by 2.14% and 1.5% respectively", "a 0.7%
    improvement on CIFAR-100-C": a percentage change of the paper's method that names no measure (nor a cost:
    time, memory, data, ...) is in the one score measure the abstract names elsewhere (``sole()``), if any."""
    changes = [m for h in UNNAMED_CHANGE_BEFORE.finditer(text, s, e) if (m := UNNAMED_CHANGE_LIST.match(text, h.end())) is not None]
    changes += UNNAMED_GAIN.finditer(text, s, e)  # "with a 0.7% improvement on CIFAR-100-C"
    if not changes or UNNAMED_CHANGE_COST.search(text, s, e):
        return []
    percents = [v for v in VALUE.finditer(text, s, e) if unit_of(v) == "%"]
    if any(not any(c.start() <= v.start() < c.end() for c in changes) for v in percents) \
            or any(UNNAMED_ASPECT_AFTER.match(text, v.end()) for v in percents):
        return []  # "..., and reaches 59.3%": other values the lent measure would reach; "by 39% in depth prediction": an aspect named
    name = sole()
    if name is None or not higher_is_better(metric_name(name)):
        return []  # ("outperforms ... by 21%" is no change of an error)
    return [Named(v.end(), v.end(), name, Role.METRIC) for v in percents]


def abstract_metric(text: str, sentences: Sequence[tuple[int, int]], named: list[Named]) -> str | None:
    """The one score measure (percent-scale, no cost) all of ``text`` names, if it names exactly one."""
    names = {normalize_name(m.name): m.name for s, e in sentences for m in metric_spans(text, s, e, named) if not COST_METRIC.match(m.name)}
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    return name if percent_scale(name) else None
