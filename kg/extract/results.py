"""Reported results: (method, dataset, metric, value, unit) tuples with their evidence.

Runs after the other components, on their resolved mentions: a value written next to a metric
("84.1% top-1 accuracy", "a BLEU of 28.4", "FID 3.2") becomes a result; the dataset is the one
the sentence names it on (else the nearest in the sentence), the method is the named method the
sentence credits (its subject), or the paper's own proposed method when the sentence speaks of it
("our model", "we", "the proposed method"). Only absolute scores rank; relative claims ("improves
FID by 2.1", "a 15% gain over X") are kept as improvements over the named baseline; changes for the worse
("a 0.9% top-1 accuracy drop") stay evidence only, as the results gold keeps them doubtful. Ranges, "up
to", "over", "more than" and numbers of other quantities (speed-ups, parameter counts, sizes)
are not scores unless the metric is that quantity (those tests: :mod:`kg.extract.result_scores`).

:func:`find_results` is the algorithm, a pure function of the text and the mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Mention, Result, Role, normalize_name
from .doc import state
from .folded import Folded
from .shapes import has_digit, holds_digit
from .result_credit import change_start, changed_object, in_order, method_for, proposed_name
from .result_names import widened, written_names
from .result_metrics import Named, metric_spans, metric_name, percent_scale, higher_is_better
from .result_lists import compared_paren_metric, compared_metrics, rival_credit, rival_sets, changed_in as _changed_in, groups as _groups, set_headed_metric as _set_headed_metric, split_asides as _split_asides, unit_of as _unit
from .result_metric_of import abstract_metric as _abstract_metric, unnamed_change_metric as _unnamed_change_metric, elliptical_metrics as _elliptical_metrics, group_metrics as _group_metrics, metric_after as _metric_after, shared_with as _shared_with, sole_metric as _sole_metric, other_acronym as _other_acronym
from .result_scores import is_degradation, is_improvement, names_own_change, is_score, not_its_score, not_score_before, parse_number
from .result_sets import elliptical_editions, not_task_acronyms, fullest, group_datasets, over_sets, own_set_phrases, names_other_set, one_identity, set_and_confidence, unknown_named_sets, with_written, written_after_values
from .result_patterns import (  # noqa: F401  (GENERIC_METRIC is part of this module's API)
    GENERIC_METRIC, VALUE, SPREAD, SCORING_VERB, RESPECTIVELY, DIGIT, FROM_TO, PHYSICAL_UNIT, TIME_UNIT,
)
from .result_score_patterns import (
    CHANGE_FROM, COMMA_LESS_ITEM_GAP, COORD_CHANGE_GAP, IMPROVEMENT_AFTER, MARGIN_AFTER_COMPARED, RANGE_END, REACHING,
    RELATIVE_CHANGE_AFTER, RELATIVE_CLAUSE_GAP, VERSUS_GAP,
)
from .result_metric_patterns import CARRIED_SCORE_AFTER, CARRIED_SCORE_BEFORE, COST_METRIC, ELLIPSIS_GAP, NOUN_AFTER, SPEED
from .result_respective import respective_sets
from .result_set_patterns import (
    ACROSS_AFTER, RESULTS_OPENER, COMMENT_CLAUSE, COMPARED_SET_BEFORE, EVALUATION_CUE, HARDWARE_AFTER, LANGUAGE_DIRECTION, LANGUAGE_PAIR, METRIC_NOUN_AFTER,
    NOT_EVAL_SET_BEFORE, ON_SET_BEFORE, PHYSICAL, RESPECTIVELY_ON_NAMES, SET_APPOSITION_AFTER, SET_NOUN_AFTER,
    SET_WORD_AFTER, THESE_SETS, UNNAMED_SET, VALUE_ON_BEFORE,
)

__all__ = ["ResultSpan", "find_results", "paper_results", "higher_is_better", "percent_scale", "GENERIC_METRIC", "parse_number"]

# Searched through their case-sensitive twins on the lower-cased text (:class:`~.folded.Folded`): 3.8 -> 3.1
# and 1.8 -> 1.2 us a call.
_THESE_SETS, _IMPROVEMENT_AFTER = Folded(THESE_SETS), Folded(IMPROVEMENT_AFTER)


class ResultSpan(NamedTuple):
    """One reported value: where it is written, what it measures, on what, by whom."""

    metric: str
    value: str
    number: float
    unit: str
    kind: str  # "absolute" | "improvement"
    dataset: str | None
    method: str | None
    proposed: bool  # the method is the paper's own
    baseline: str | None
    start: int  # offsets of the value in the text searched
    end: int
    sentence_start: int
    sentence_end: int
    rule: str
    confidence: float


#: the confidence of an absolute value of an unnamed baseline ("better than random (11%)", others' best) and of a change
#: for the worse ("a 0.9% top-1 accuracy drop"): below :data:`kg.leaderboard.RANK_CONFIDENCE`, kept as evidence, never listed
UNCREDITED: Final = 0.4


_Named = Named  # the recognisers' names in a sentence (kept under its old name here)

#: the values read in one sentence: more is a table or a dump of numbers ("3.8 F1 / 3.8 F1 / ..." 333 times in one
#: 3,000-character sentence), whose reading (each value's clause, subject, metric) grows with the square of its values;
#: the first ones are read, the rest skipped and counted in :data:`SKIPPED_VALUES` (60,000 corpus abstracts: at most 13)
MAX_SENTENCE_VALUES: Final = 64
SKIPPED_VALUES: Final = [0]  # values left unread since the process started (a counter, never reset)
#: the sentences with a digit and a metric read in one field: each reads the names of the whole field (its sets, the
#: sets before it), so thousands of short ones ("Our model gets 3.8 F1 on SQuAD. " 1,375 times) cost their square;
#: the sentences after are skipped and counted in :data:`SKIPPED_SENTENCES` (60,000 corpus abstracts: at most ~10)
MAX_RESULT_SENTENCES: Final = 128
SKIPPED_SENTENCES: Final = [0]


def find_results(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention], *,
                 field: str = "abstract", proposed_name: str | None = None, own_name: Callable[[], str | None] | None = None) -> list[ResultSpan]:
    """Every result stated in ``text`` (one field of a paper) with ``sentences`` as (start, end) offsets into
    it, the paper's resolved ``mentions`` (offsets in the same field) and its own name (``own_name()`` if given)."""
    own = own_name or (lambda: proposed_name)
    if "±" in text or "\\pm" in text or "+/-" in text or "+-" in text:
        text = _without_spreads(text)
    named = [n._replace(role=Role.DATASET) if n.role is Role.METHOD and ON_SET_BEFORE.search(text, max(0, n.start - 8), n.start)
             and SET_WORD_AFTER.match(text, n.end) else n for n in written_names(mentions, field)]  # "on the SayCan instruction set"
    # "(ER) ... on the ER detection task": a task; "on VOC 2007 and 2012": the year is "VOC 2012"
    named = elliptical_editions(text, not_task_acronyms(text, widened(text, named), mentions, field))
    # "using WikiNLDB, a novel dataset for ...": a name in apposition to a set noun is a set, whatever tagged it
    apposed = {n.name for n in named if n.role in (Role.METHOD, Role.PROPOSED) and SET_APPOSITION_AFTER.match(text, n.end)}
    if apposed:
        named = [n._replace(role=Role.INTRODUCED_DATASET) if n.name in apposed else n for n in named]
        prior_own = own
        own = lambda: None if prior_own() in apposed else prior_own()  # noqa: E731  (the set is not the paper's method)
    own_sets = own_set_phrases(text, named)  # "on our novel dataset": the set the paper introduces
    named = sorted(named + own_sets) if own_sets else named
    # a paper that presents a dataset and no method of its own reports others' scores on it
    own_default = any(m.role is Role.PROPOSED for m in mentions) or not any(m.role is Role.INTRODUCED_DATASET for m in mentions)
    out: list[ResultSpan] = []
    prev_metrics: list[_Named] = []
    sole = _once(lambda: _abstract_metric(text, sentences, named))  # (read once, by the first sentence that asks)
    read = 0
    for i, (s, e) in enumerate(sentences):
        if read == MAX_RESULT_SENTENCES:
            SKIPPED_SENTENCES[0] += 1
            continue
        if not DIGIT.search(text, s, e):
            prev_metrics = []
            continue
        metrics = metric_spans(text, s, e, named)
        if all(COST_METRIC.match(m.name) for m in metrics):
            metrics = metrics + _carried_metric(text, s, e, prev_metrics)  # no metric of a score written
            if "%" in text[s:e] and all(COST_METRIC.match(m.name) for m in metrics):  # (the change search is the function's)
                metrics = metrics + _unnamed_change_metric(text, s, e, sole)  # type: ignore[arg-type]
        prev_metrics = metrics
        if not metrics:
            continue
        read += 1
        context = _context_datasets(text, named, sentences, i)
        out.extend(_sentence_results(text, s, e, metrics, named, own, context, own_default))
    return out


def _without_spreads(text: str) -> str:
    """``text`` with the spread after a mean blanked and its unit moved next to the mean ("88 ± 5 %" -> "88%" and
    spaces): the mean is the score, the spread no value of its own. Same length, so every offset holds."""
    def blank(m: re.Match) -> str:
        unit = (m.group("spread_unit") or "").strip()
        return unit + " " * (len(m.group()) - len(unit))
    return SPREAD.sub(blank, text)


def _carried_metric(text: str, s: int, e: int, prev: list[_Named]) -> list[_Named]:
    """ "UniNet-B5 achieves 84.9% top-1 accuracy on ImageNet. With pretraining, UniNet-B6 achieves
    87.4%": a percentage a sentence naming no metric scores right after a scoring verb, or in
    parentheses after a name ("human recognition (53.3%)"), is in the one percent-scale metric of
    the sentence before."""
    prev = [m for m in prev if not COST_METRIC.match(m.name)]  # "with 44% fewer FLOPs" names no score
    if len({normalize_name(m.name) for m in prev}) != 1 or not percent_scale(prev[0].name):
        return []
    return [_Named(v.end(), v.end(), prev[0].name, Role.METRIC) for v in VALUE.finditer(text, s, e)
            if _unit(v) == "%" and (CARRIED_SCORE_BEFORE.search(text, max(s, v.start() - 30), v.start())
                                    and CARRIED_SCORE_AFTER.match(text, v.end()))]


def _datasets_in(named: list[_Named], s: int, e: int, text: str = "") -> list[_Named]:
    """The datasets named in text[s:e]; an acronym in parentheses right after a name is the same
    set ("the Foo Body Database (FBD)") and is left out."""
    out: list[_Named] = []
    for n in named:
        if n.role in (Role.DATASET, Role.INTRODUCED_DATASET) and s <= n.start < e \
                and not (text and NOT_EVAL_SET_BEFORE.search(text, max(0, n.start - 40), n.start)):
            if text.startswith("-like", n.end) or text.startswith("-style", n.end):
                continue  # "an ImageNet-like test set" is another set
            if text and (HARDWARE_AFTER.match(text, n.end) or METRIC_NOUN_AFTER.match(text, n.end)):
                continue  # "on Samsung S21 GPU": hardware; "on the Q1 grasp quality metric": a metric
            if not (out and text and re.fullmatch(r"\s*\(\s*", text[out[-1].end : n.start])):
                out.append(n)
    return out


def _context_datasets(text: str, named: list[_Named], sentences: Sequence[tuple[int, int]], i: int) -> list[_Named]:
    """The datasets a sentence naming none speaks of: those the previous sentence names ("Experiments
    are run on CIFAR-10 and SVHN. We obtain 2.9% and 1.5% respectively"), else the one dataset the
    whole text names, if it names only one."""
    if i > 0:
        prev = _datasets_in(named, *sentences[i - 1], text)
        if prev and (EVALUATION_CUE.search(text, *sentences[i - 1]) or RESULTS_OPENER.match(text, sentences[i][0])):
            return prev
        respectively = RESPECTIVELY.search(text, *sentences[i]) is not None
        pairs = [] if prev or not respectively else list(LANGUAGE_DIRECTION.finditer(text, *sentences[i - 1]))
        if len(pairs) > 1:
            # "experiments on My-En, Id-En and Tr-En translation. ... BLEU scores of 22.5, 28.0 and 18.1 respectively":
            # the translation directions the values pair with (a list of as many values takes them in order)
            return [_Named(m.start(), m.end(), m.group(), Role.DATASET) for m in pairs]
        if respectively or _THESE_SETS.search(text, *sentences[i]):
            # "... respectively on these tasks": the sets the nearest earlier sentence names (a list
            # paired respectively takes them only if their count is the list's)
            for j in range(i - 2, -1, -1):
                earlier = _datasets_in(named, *sentences[j], text)
                if earlier:
                    return earlier
    every = _datasets_in(named, sentences[0][0], sentences[i][0], text)
    # the one set, named as what the paper evaluates on ("For evaluation ..., Hopkins 155 dataset ... is adopted"), is
    # that of the scores after it ("The average error rate is 0.77%.")
    if one_identity(every) and (every[0].role is Role.INTRODUCED_DATASET or EVALUATION_CUE.search(text, *sentences[i])
                                or any(a <= every[0].start < b and EVALUATION_CUE.search(text, a, b) for a, b in sentences[:i])):
        return [fullest(every)]
    return []


def _sentence_values(text: str, s: int, e: int, named) -> tuple[list[re.Match], list[re.Match]]:
    """The numbers of a sentence and those of them that are scores (at most :data:`MAX_SENTENCE_VALUES`), not
    inside a name ("MultiWOZ 2.1", "SQuAD 1.1")."""
    inside = [(n.start, n.end) for n in named if s <= n.start < e and DIGIT.search(n.name)]
    found = list(VALUE.finditer(text, s, e))
    values = [v for v in found if is_score(text, s, v) and not any(a <= v.start() < b for a, b in inside)]
    if len(values) > MAX_SENTENCE_VALUES:
        SKIPPED_VALUES[0] += len(values) - MAX_SENTENCE_VALUES
        values = values[:MAX_SENTENCE_VALUES]
    return found, values


def _sentence_results(text, s, e, metrics, named, own, context=(), own_default=True) -> list[ResultSpan]:
    found, values = _sentence_values(text, s, e, named)
    if not values:
        return []
    values, asides = _split_asides(text, values)
    datasets, acting, borrowed, unknown_set = _sentence_sets(text, s, e, named, context, metrics)
    metric_names = {normalize_name(m.name) for m in metrics}  # "BLEU" tagged as a method names no method here
    methods = sorted([n for n in named if n.role in (Role.METHOD, Role.PROPOSED) and s <= n.start < e
                      and normalize_name(n.name) not in metric_names]
                     + [d._replace(role=Role.PROPOSED if d.role is Role.INTRODUCED_DATASET else Role.METHOD) for d in acting])
    respectively = bool(RESPECTIVELY.search(text, s, e))
    other_set = names_other_set(text, s, e, named + [d for d in datasets if d not in named])  # a set written as named (no mention) is named too
    sets_named = bool(datasets) and not borrowed  # the sentence names the sets its values are on
    # "88.0% on MapillarySLS" in a sentence naming known sets too: a name no mention covers, right after a value, is its set
    written = written_after_values(text, s, e, named) if sets_named else []
    out = []  # type: ignore[var-annotated]
    prev: tuple[re.Match, _Named] | None = None
    last: tuple[re.Match, str] | None = None  # the previous value and its kind, with or without a metric
    prev_list: list[_Named | None] = []
    hedged: re.Match | None = None  # the last value of a hedged list just passed over
    worse: re.Match | None = None  # the last change for the worse
    last_set: _Named | None = None  # the set of the last score emitted
    for group in _groups(text, values):
        members = [values[i] for i in group]
        following = values[group[-1] + 1].start() if group[-1] + 1 < len(values) else e
        before = prev  # the score before the group ("84.2 on A, outperforming X by 0.6": a change of it)
        metric_of = _elliptical_metrics(text, members, _group_metrics(text, members, metrics, respectively), metrics, prev, prev_list)
        metric_of, headed = _unwritten_metrics(text, s, members, metric_of, metrics, datasets + written, prev)
        # "45.1 AP on COCO, outperforming DETR (42.0)": a compared system's score in parentheses, on the same set
        compared = [None if m else compared_paren_metric(text, s, v, metrics) for m, v in zip(metric_of, members)]
        rivals, metric_of = compared_metrics(text, s, prev, members, metric_of, compared, metrics, methods)  # "57.3 for X", "(95.2% vs. 89.53%)"
        metric_of = _sole_metric(text, s, members, metric_of, metrics, is_improvement, out, respectively)
        if metric_of[-1] is not None:
            prev = (members[-1], metric_of[-1])
            prev_list = metric_of
        dataset_of = rival_sets(rivals, with_written(text, members, group_datasets(text, members, sorted(datasets + written) if written else datasets, respectively,
                                                                borrowed, following, other_set, e, metrics),
                                 [] if respectively and len(members) > 1 else written))  # "1.01% on A B and C respectively": A heads a list
        if last_set is not None and None in dataset_of:  # (", exceeding the previous SOTA 0.38 dB": the margin of the score before, on its set)
            changed = before is not None and _clause_change(text, s, before[0], members)
            dataset_of = [last_set if d is None and (c or rivals or changed or _margin_after_compared(text, s, v)) else d
                          for d, c, v in zip(dataset_of, compared, members)]
        kind = _group_kind(text, s, members, headed, last)
        carried = _carried(text, s, found, values, members[0])
        if hedged is not None and ELLIPSIS_GAP.match(text[hedged.end() : members[0].start()].replace("$", "")):
            carried = "hedged"  # "up to a margin of 3.38 ROUGE-1, 3.72 ROUGE-2 and 3.28 ROUGE-L": the list goes on
        if carried == "hedged":
            hedged = members[-1]
            continue  # "up to 27% in FID and 3% in accuracy": the hedge speaks for the list
        hedged = None
        if carried == "improvement":
            kind = "improvement"
        last = (members[-1], kind)
        triples = [(w, metric, dataset) for v, metric, dataset in zip(members, metric_of, dataset_of)
                   for w in (v, *asides.get(v.start(), ()))]
        if len(members) == 1 and metric_of[0] is not None:
            triples += [(members[0], m, dataset_of[0]) for m in _shared_with(text, members[0], metric_of[0], metrics)]
        list_unit = _unit(members[-1])
        for v, metric, dataset in triples:
            if metric is None or COST_METRIC.match(metric.name) or not_its_score(text, s, v, members[-1], metric, named):
                continue  # "adding only 1.62% of FLOPs": a cost, not a score
            if TIME_UNIT.match(_unit(v)) and percent_scale(metric.name) and higher_is_better(metric_name(metric.name)):
                continue  # "with 1 ms temporal precision": a time is a resolution, no precision score (a "mean square error of 5.8 ms" is one)
            if metric.end <= v.start() and NOUN_AFTER.match(text, v.end()) and not _metric_after(text, v, metrics):
                continue  # "from 11.6 to 2.4 exaflops": the number measures the noun after it
            unset = _no_one_set(text, v, e, metric, datasets if len(members) == 1 and not respectively else ())
            if unset:
                dataset = None
            elif dataset is None and unknown_set:
                continue
            row_kind = "absolute" if rivals is not None else _row_kind(text, s, v, members, kind)
            method, proposed, baseline, rule = rival_credit(rivals, members, v, own(), in_order(
                text, s, v, members, methods, respectively, method_for(text, s, v, methods, own(), row_kind, own_default)))
            dataset, conf = set_and_confidence(text, v, dataset, unset, sets_named, metrics, datasets, values, len(members) == 1 and not respectively)
            conf, worse = _listed_confidence(text, s, v, members, metric, (row_kind, rule, conf), worse)
            out.append(_span(text, s, e, v, metric, dataset, row_kind, (method, proposed, baseline, rule), _unit(v) or list_unit, conf))
            last_set = dataset
    starts = _change_starts(text, s, out, methods, own(), own_default)  # (re-credits the ends in ``out`` in place)
    return out + starts


def _listed_confidence(text: str, s: int, v: re.Match, members: list[re.Match], metric: _Named, row: tuple[str, str, float],
                       worse: re.Match | None) -> tuple[float, re.Match | None]:
    """The confidence of a value given ``row`` = (its kind, its credit rule, its confidence), lowered to
    :data:`UNCREDITED` for a value nobody's to rank or list: an unnamed baseline's score ("the best published result
    (5.9%)"), or a change for the worse (:func:`_for_the_worse`; ``worse``: the last one, then ``v`` if it is one)."""
    kind, rule, conf = row
    if kind == "absolute" and rule in ("baseline-value", "unnamed-other"):
        return min(conf, UNCREDITED), worse
    if kind == "improvement":  # (a change for the better ends the list of a loss before it)
        return (min(conf, UNCREDITED), v) if _for_the_worse(text, s, v, members, metric, worse) else (conf, None)
    return conf, worse


def _for_the_worse(text: str, s: int, v: re.Match, members: list[re.Match], metric: _Named, worse: re.Match | None) -> bool:
    """Whether the change ``v`` (of the list ``members``) is for the worse: its words or its list's say so ("a 0.9%
    top-1 accuracy drop"), or it goes on the list of the loss ``worse`` before it ("drops 6.4% on A and 29.5% on B"),
    unless its own words give its direction ("a 0.3 BLEU drop on A and a 1.5 BLEU gain on B": :func:`names_own_change`)."""
    if is_degradation(text, s, v, metric):
        return True
    if names_own_change(text, s, v, metric):
        return False
    if any(is_degradation(text, s, w, metric) for w in (members[0], members[-1]) if w is not v):  # (``v`` was read above)
        return True
    if worse is None or worse.end() > members[0].start():
        return False
    gap = text[worse.end() : members[0].start()].replace("$", "")
    return ELLIPSIS_GAP.match(gap) is not None and REACHING.search(gap) is None


def _no_one_set(text: str, v: re.Match, e: int, metric: _Named, sets: Sequence[_Named]) -> bool:
    """Whether a value has no set on purpose: a speed (hardware), an average ("98.6% across A and B"), a physical
    trial, or a lone value before a list of the ``sets`` ("a 60% lower error on A and B datasets")."""
    return bool(SPEED.match(metric.name) or ACROSS_AFTER.match(text, v.end()) or PHYSICAL.search(_phrase_after(text, v, e))
                or (sets and over_sets(text, v, list(sets))))


def _row_kind(text: str, s: int, v: re.Match, members: list[re.Match], kind: str) -> str:
    """A value's kind: its list's, unless signed ("accuracies of 98.2% (+3.3%)"), a multiple of a score ("3.8x higher")
    or an aside saying it is a gain ("0.06 N (93% improvement)")."""
    if re.search(r"[+−-]\s*$", text[max(s, v.start() - 2) : v.start()]) or _unit(v) == "x":
        return "improvement"  # (a multiple of a score, "2.54 times that of SGR", is a relative gain)
    if v not in members and _IMPROVEMENT_AFTER.match(text[v.end() : v.end() + 50]) is not None:
        return "improvement"
    return kind


def _unwritten_metrics(text, s, members, metric_of, metrics, sets, prev):
    """The metrics of a list's values that name none, and those a table in prose lends them (``headed``)."""
    headed = None
    if None in metric_of:  # "in accuracy, including CIFAR-100 (+3.3%), ImageNet (+0.9%)": a table in prose
        headed = [None if m else _set_headed_metric(text, v, metrics, sets) for m, v in zip(metric_of, members)]
        metric_of = [m or h for m, h in zip(metric_of, headed)]
    if None in metric_of and prev and _clause_change(text, s, prev[0], members):
        # "40.4% mAP on COCO, which is 3.5% higher than its baseline": the same metric ("a 21% gain on REL": another)
        metric_of = [m or (None if _other_acronym(text, v, prev[1]) else prev[1]) for m, v in zip(metric_of, members)]
    return metric_of, headed


def _clause_change(text: str, s: int, score: re.Match, members: list[re.Match]) -> bool:
    """Whether ``members`` are changes a clause after ``score`` states of it, naming no metric of their own
    ("40.4% mAP on COCO, which is 3.5% higher than its baseline", "95.65% of F1, outperforming X by 17.24%",
    "a Dice score of 71.2% and an improvement of 4.2% over ...")."""
    coord = COORD_CHANGE_GAP.match(text, score.end(), members[0].start())
    if coord is None and RELATIVE_CLAUSE_GAP.match(text, score.end(), members[0].start()) is None:
        return False
    named_change = coord is not None and coord.group("noun") is not None  # "and an improvement of 4.2%": the gap says it
    return all(is_improvement(text, s, v) and (named_change or text.endswith(("by ", "by +"), 0, v.start())
                                                or RELATIVE_CHANGE_AFTER.match(text, v.end()) is not None
                                                or _margin_after_compared(text, s, v)) for v in members)


def _margin_after_compared(text: str, s: int, v: re.Match) -> bool:
    """ "exceeding the previous SOTA 0.19dB": ``v`` is a margin written right after the compared state of the art."""
    return MARGIN_AFTER_COMPARED.search(text, max(s, v.start() - 60), v.start()) is not None


def _group_kind(text: str, s: int, members: list[re.Match], headed: list[_Named | None] | None,
                last: tuple[re.Match, str] | None) -> str:
    """Whether a list of values is "absolute" or an "improvement" (``headed``: the metrics a table in
    prose lends its values; ``last``: the value before the list and its kind)."""
    # "by 4.2%, 8.8% and 4.7%": the cue before the first value speaks for the whole list
    kind = "improvement" if any(is_improvement(text, s, v) for v in members[:1] + members[-1:]) else "absolute"
    if headed and headed[0] is not None and _changed_in(text, headed[0], members[0]) and change_start(text, s, members[0]) is None:
        kind = "improvement"  # "test error is improved ..., including 0.8% on ImageNet"
    if kind == "improvement" and len(members) > 1 and VERSUS_GAP.match(text, members[0].end(), members[1].start()):
        kind = "absolute"  # "by a margin 21.1% vs 17.6% mAP": two scores compared, the margin is their difference
    gap = text[last[0].end() : members[0].start()] if last else ""
    if last and last[1] == "improvement" and ((ELLIPSIS_GAP.match(gap) and not REACHING.search(gap))
                                              or ("," not in text and COMMA_LESS_ITEM_GAP.fullmatch(gap))):
        kind = "improvement"  # "improves by 5.5 mIoU on A and 4.9 on B"; "margins of 4.8% mAP 5.4% AP50" (commas lost)
    return kind


def _sentence_sets(text, s, e, named, context, metrics=()):
    """The sets a sentence's values may be on: (datasets, "datasets" acting as systems, whether the
    sets are borrowed from the context, whether the sentence names a set no mention covers; a metric word
    the recognisers did not mark, "in Hit-Rate", is no such set)."""
    datasets = _datasets_in(named, s, e, text)
    # a "dataset" that scores is the paper's system under a name it also gives a resource
    acting = [d for d in datasets if SCORING_VERB.match(text, d.end)
              and not re.search(r"\b(?:on|in)\s+(?:the\s+)?$", text[max(s, d.start - 8) : d.start])]  # "BLEU on SQuAD reaches"
    # "when comparing with the state-of-the-art CodeGPT": a "dataset" compared against is a system
    acting += [d for d in datasets if d not in acting and COMPARED_SET_BEFORE.search(text, max(s, d.start - 60), d.start)]
    datasets = [d for d in datasets if d not in acting]
    borrowed = not datasets
    if borrowed and context and _trained_on(text, s, e, context):
        context = ()  # "a GQ-CNN trained with only synthetic data from Foo-Set reaches 93%": not measured on the set it names
    # a set named but not evaluated on ("by pretraining on ImageNet-21K") leaves the sentence unnamed
    # ("based on ResNet-101 with FPN": a recognised system, a backbone, is no set either)
    unnamed = [u for u in UNNAMED_SET.finditer(text, s, e) if not any(u.start() <= n.start < u.end() for n in named
                                                                       if n.role in (Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED))]
    # (", indicating that the dataset presents challenging real-world problems": a comment on the results is no setting)
    comment = COMMENT_CLAUSE.search(text, s, e)
    if borrowed and (_THESE_SETS.search(text, s, e) or not unnamed) and not PHYSICAL.search(text, s, comment.start() if comment else e):
        datasets = list(context)  # unless the sentence names a set no mention covers
    # a benchmark named in the sentence that no recogniser knows: its values would get a wrong
    # (missing) dataset, and a leaderboard is better without them
    unknown = unknown_named_sets(text, s, e, named + [m for m in metrics if m not in named]) if borrowed else []
    # a value such a sentence leaves without a dataset is dropped
    unknown_set = bool(unknown) or (borrowed and not datasets and bool(RESPECTIVELY_ON_NAMES.search(text, s, e)))
    if unknown and borrowed:
        datasets = []  # "on Test-Unseen environments": the sentence's own set, not one named elsewhere
    if borrowed and any(n.role in (Role.DATASET, Role.INTRODUCED_DATASET) and s <= n.start < e
                        and text.startswith(("-like", "-style"), n.end) for n in named):
        datasets, unknown_set = [], True  # "on a secret, ImageNet-like test set": another set, not the one before
    # a set named elsewhere in the text is known, where no mention repeats it ("we contribute WoundSeg ... On WoundSeg, ...")
    known = {text[n.start : n.end] for n in named if n.role in (Role.DATASET, Role.INTRODUCED_DATASET)} if unknown else set()
    one_name = len({u.name for u in unknown}) == 1
    if one_name and _UNKNOWN_LIST_AFTER.match(text, unknown[0].end):
        pass  # "0.98 and 0.95 on W4A4KV4 and W4A4KV16": one of several names no recogniser knows, no set to give
    elif one_name and (DIGIT.search(unknown[0].name) or re.match(r"[A-Z]{2,}[a-z]{2,}", unknown[0].name) or SET_NOUN_AFTER.match(text, unknown[0].end) or unknown[0].name in known):
        # the one set the sentence names, as written ("Re-OIE2016", "the Levy-Holt dataset")
        datasets, borrowed = unknown[:1], False
    elif respective := respective_sets(text, s, e, unknown):
        datasets, borrowed = respective, False  # "by 16.2 pts and 15.0 pts for PyTorch-Keras and PyTorch-MXNet ... respectively"
    elif unknown and all(LANGUAGE_PAIR.fullmatch(u.name) or VALUE_ON_BEFORE.search(text, max(s, u.start - 30), u.start) for u in unknown):
        # "by 7.1% on LoKITTI and 4.6% on LoNuScenes": names written right after values are their sets
        # "by 5.5 mIoU for GTA-to-Cityscapes and 4.9 mIoU for Synthia-to-Cityscapes": pairs name their sets
        datasets, borrowed = unknown, False
    return datasets, acting, borrowed, unknown_set


# "on W4A4KV4 and W4A4KV16": an unknown name heading a list of names shaped like it (a digit) is one of several
_UNKNOWN_LIST_AFTER: Final = re.compile(r"\s*(?:,|and\b|or\b|&|/)\s*(?:the\s+)?[A-Z][\w.-]*\d")


def _trained_on(text: str, s: int, e: int, sets: Sequence[_Named]) -> bool:
    """Whether the sentence text[s:e] writes one of ``sets`` (by its written form) as what a model was trained on."""
    for d in sets:
        written = text[d.start : d.end]
        at = text.find(written, s, e)
        while at >= 0:
            whole = not re.match(r"[\w-]", text[at + len(written) : at + len(written) + 1])  # not "ImageNet" of "ImageNet-21K"
            if whole and NOT_EVAL_SET_BEFORE.search(text, max(0, at - 40), at):
                return True
            at = text.find(written, at + 1, e)
    return False


# "Compared to ResNet-50, it reduces ...", "In comparison with BarNet, our ...": a baseline compared before a change
_COMPARED_FRAME_BEFORE: Final = re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|versus)\s+(?:the\s+)?$", re.I)


def _compared_before(text: str, s: int, start: int, baseline: str) -> bool:
    """Whether ``baseline`` is written before ``start`` right after a comparing frame ("Compared to Inception-ResNet-v2,
    it reduces the top-5 error from 4.9% to 4.25%"); "reduces the error rate of the 13-layer CNN from" is no such frame
    (a bare architecture the change is of: the README leaves its start doubtful)."""
    at = text.find(baseline, s, start)
    return at >= 0 and bool(_COMPARED_FRAME_BEFORE.search(text, max(s, at - 30), at))


def _change_starts(text: str, s: int, rows: list[ResultSpan], methods=(), own_name=None, own_default=True) -> list[ResultSpan]:
    """ "raises the pass rate from 44.2 to 89.2 ... when comparing with CodeFoo": the start of a
    change the paper's method reaches is the score of the baseline the sentence names after it, or of
    the system the change is of ("improves RetinaNet from 36.2% to 39.0%": RetinaNet's 36.2%, the end
    the paper's method's with RetinaNet as its baseline, also when the rows credited the end to RetinaNet: ``rows``
    is re-credited in place)."""
    out = []
    for i, r in enumerate(rows):
        change = FROM_TO.search(text, max(s, r.start - 40), r.start) if r.kind == "absolute" else None
        obj, _ = changed_object(text, s, change.start(), methods) if change is not None else (None, False)
        if obj is not None and obj.role is not Role.PROPOSED and own_default and (r.proposed or r.method == obj.name):
            start = CHANGE_FROM.match(text, change.start())  # type: ignore[union-attr]
            rows[i] = r = r._replace(method=own_name, proposed=True, baseline=obj.name, rule=r.rule.rsplit(":", 1)[0] + ":changed-object")
            if start is not None and parse_number(start.group(1)) is not None:
                out.append(r._replace(value=start.group(1), number=parse_number(start.group(1)), start=start.start(1), end=start.end(1),  # type: ignore[arg-type]
                                      method=obj.name, proposed=False, baseline=None, rule="results:absolute:change-start"))
            continue
        # the baseline named after the change ("... when comparing with CodeFoo") or compared before it ("Compared to
        # ResNet-50, our method improves the accuracy from 27.6% to 36.8%"): the start is the named baseline's (README)
        compared = bool(r.baseline) and (r.baseline in text[r.end : r.sentence_end] and r.baseline not in text[s : r.start]  # type: ignore[operator]
                                         or _compared_before(text, s, r.start, r.baseline))  # type: ignore[arg-type]
        change = FROM_TO.search(text, max(s, r.start - 40), r.start) if r.kind == "absolute" and r.proposed and compared else None
        start = CHANGE_FROM.match(text, change.start()) if change else None
        if start is not None and parse_number(start.group(1)) is not None:
            out.append(r._replace(value=start.group(1), number=parse_number(start.group(1)), start=start.start(1), end=start.end(1),  # type: ignore[arg-type]
                                  method=r.baseline, proposed=False, baseline=None, rule="results:absolute:change-start"))
    return out


def _carried(text: str, s: int, found: list[re.Match], values: list[re.Match], first: re.Match) -> str | None:
    """What a number that is no score says of the list it heads ("up to 27% in FID and 3% in
    accuracy", "by more than 4% in MF and 18.6% in AP"): "hedged", "improvement" or None."""
    # the "1" of "ROUGE-1" is part of a name, no number of the list
    prior = [w for w in found if w.end() <= first.start() and not (w.start() and text[w.start() - 1] in "-–/^_@")]
    if not prior or prior[-1] in values:
        return None
    w = prior[-1]
    if _unit(w) != _unit(first) and "%" in (_unit(w), _unit(first)):
        return None  # "at over 61 fps and 98.5% accuracy": the hedge of a speed says nothing of a percentage
    gap = text[w.end() : first.start()].replace("$", "")  # "up to $25.0 \\%$ in accuracy, $9.2 \\%$ in mAP"
    if not ELLIPSIS_GAP.match(gap) or REACHING.search(gap):
        return None
    before = re.sub(r"[{}$+]", "", text[max(s, w.start() - 40) : w.start()])
    if not_score_before(before) and not RANGE_END.search(before):
        return "hedged"  # "by up to 4% in MF and 18.6% in AP": the hedge speaks for the whole list, gains too
    return "improvement" if is_improvement(text, s, w) else None


def _span(text, s, e, v, metric, dataset, kind, credit, unit, confidence) -> ResultSpan:
    method, proposed, baseline, rule = credit
    return ResultSpan(
        metric=_singular(metric.name), value=v.group("num"), number=parse_number(v.group("num")) or 0.0, unit=unit,
        kind=kind, dataset=dataset.name if dataset else None, method=method, proposed=proposed,
        baseline=baseline, start=v.start("num"), end=v.end("num"), sentence_start=s, sentence_end=e,
        rule=f"results:{kind}:{rule}", confidence=confidence,
    )


# "error rates", "AUCs", "mIoUs": a plural the metric is named by in the singular ("accuracies" stays, "FLOPs" is a cost)
_PLURAL_METRIC: Final = re.compile(r"(?:\b(?:rate|score|error)|(?-i:[A-Z]{2,}|IoU))s$")


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and _PLURAL_METRIC.search(name) and not COST_METRIC.match(name) else name


def _phrase_after(text: str, v: re.Match, e: int) -> str:
    """The words right after a value, up to the next comma, semicolon or score ("62% success rate
    in 5 real-world tasks, ..." -> " success rate in 5 real-world tasks")."""
    tail = text[v.end() : min(e, v.end() + 60)]
    cut = re.search(r"[,;]|\d+(?:\.\d+)?\s*%|\d+\.\d+", tail)
    return tail[: cut.start()] if cut else tail


def _once(make: Callable[[], object]) -> Callable[[], object]:
    """``make()`` at the first read, then kept (``functools.cache(make)`` cost more to create, once a paper)."""
    got: list = []
    return lambda: got[0] if got else (got.append(make()) or got[0])  # type: ignore[func-returns-value]


def paper_results(title: str, abstract: str, mentions: Sequence[Mention], split_sentences=None, *,
                  sentences: dict[str, list[tuple[int, int]]] | None = None) -> tuple[Result, ...]:
    """Every result of one paper: :func:`find_results` over its title and abstract, as
    :class:`~kg.model.Result` records with their sentence and the metric's direction.
    The sentences of each field come from ``sentences`` ({"title": [...], "abstract": [...]},
    offsets into the field), else from ``split_sentences(text) -> [(start, end)]``."""
    proposed, out = _once(lambda: proposed_name(mentions, abstract, title)), []  # most papers state no result
    for field, text in (("title", title), ("abstract", abstract)):
        if not text or not has_digit(text):  # (a field asked once: no memo entry)
            continue
        spans = sentences[field] if sentences is not None else split_sentences(text)
        for r in find_results(text, spans, mentions, field=field, own_name=proposed):  # type: ignore[arg-type]
            method = r.method if r.method != "(proposed)" else None
            canonical = metric_name(r.metric)
            if canonical == "error rate" and PHYSICAL_UNIT.match(r.unit):
                canonical = "error"  # "a correspondence error of 2.88cm": a distance, not a rate
            hib = higher_is_better(r.metric)
            out.append(Result(
                metric=r.metric, canonical=canonical, value=r.value, number=r.number, unit=r.unit, kind=r.kind, dataset=r.dataset,
                method=method, proposed=r.proposed, baseline=r.baseline, field=field, start=r.start, end=r.end,
                sentence=text[r.sentence_start : r.sentence_end].strip(), rule=r.rule, confidence=r.confidence,
                higher_is_better=higher_is_better(canonical) if hib is None else hib,
                percent_scale=percent_scale(r.metric) or percent_scale(canonical),
            ))
    # "BIT-VO: Visual Odometry at 300 FPS" and "Our system operates at 300 FPS": the title repeats a result its abstract states
    stated = {(r.number, r.canonical) for r in out if r.field == "abstract"}
    return tuple(r for r in out if r.field != "title" or (r.number, r.canonical) not in stated)


def field_sentences(sents: Sequence[tuple[int, int]], title_end: int) -> dict[str, list[tuple[int, int]]]:
    """The doc's sentence spans split by field, with offsets relative to the title or abstract
    (the abstract starts after the title and a blank line)."""
    offset = title_end + 2
    title = [(s, min(e, title_end)) for s, e in sents if s < title_end]
    abstract = [(s - offset, e - offset) for s, e in sents if s >= offset]
    return {"title": title, "abstract": abstract}


@Language.factory("kg_results", requires=["doc._.kg_mentions", "doc._.kg_sents"], assigns=["doc._.kg_results"])
def results_component(nlp: Language, name: str):
    """Results from the resolved mentions (:func:`paper_results`)."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        text, tend = st.text, st.title_end
        if not holds_digit(text):
            st.results = ()  # what paper_results gives a paper with no digit in its title or abstract (most papers)
            return doc
        title, abstract = text[:tend], text[tend + 2 :]
        st.results = paper_results(title, abstract, st.mentions or (), sentences=field_sentences(st.sents or [], tend))
        return doc

    return component
