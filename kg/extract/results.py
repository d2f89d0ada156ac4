"""Reported results: (method, dataset, metric, value, unit) tuples with their evidence.

Runs after the other components, on their resolved mentions: a value written next to a metric
("84.1% top-1 accuracy", "a BLEU of 28.4", "FID 3.2") becomes a result; the dataset is the one
the sentence names it on (else the nearest in the sentence), the method is the named method the
sentence credits (its subject), or the paper's own proposed method when the sentence speaks of it
("our model", "we", "the proposed method"). Only absolute scores rank; relative claims ("improves
FID by 2.1", "a 15% gain over X") are kept as improvements over the named baseline. Ranges, "up
to", "over", "more than" and numbers of other quantities (speed-ups, parameter counts, sizes)
are not scores unless the metric is that quantity.

:func:`find_results` is the algorithm, a pure function of the text and the mentions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..model import Mention, Result, Role

_DIRECTION_FILE = Path(__file__).with_name("data") / "metric_direction.json"

__all__ = ["ResultSpan", "find_results", "paper_results", "higher_is_better", "GENERIC_METRIC", "parse_number"]

#: Metric words the guidelines do not list as named metrics but a leaderboard needs.
GENERIC_METRIC = re.compile(
    r"(?<![\w-])(?:(?:top-?[15]|overall|average|mean|balanced|test|validation|classification|zero-shot|few-shot|"
    r"linear[- ]probe?|exact[- ]match|word|character|label|pixel|frame|instance|(?:macro|micro|weighted)[- ]?)\s*)?"
    r"(?:accuracy|accuracies|error rate|error|success rate|F1(?:[- ]score)?|F-?measure|precision|recall|AUC|"
    r"win rate|pass rate|hit rate|score)(?![\w-])",
    re.I,
)

_NUM = r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_UNIT = r"(?:\s?(?P<unit>%|percent\b|pp\b|points?\b|dB\b|ms\b|mm\b|cm\b|[x×](?![\w])))?"
VALUE = re.compile(_NUM + _UNIT)

# What stands right before a number that is no score of its own.
_NOT_SCORE_BEFORE = re.compile(
    r"(?:\bup to|\bover|\bmore than|\bless than|\bfewer than|\bat least|\bat most|\babove|\bbelow|\bnearly|\balmost|"
    r"\bapproximately|\baround|\broughly|\bunder|\bbetween|~|≈|<|>|≤|≥|\bfrom|\btop|\bwithin|\bfirst|\blast|\bevery)\s*$",
    re.I,
)
_IMPROVEMENT_BEFORE = re.compile(
    r"(?:\bby|\bimprov\w*(?:\s+\w+){0,3}\s+(?:by|of)|\bgains?\s+of|\bincrease\w*\s+(?:of|by)|\bboost\w*\s+(?:of|by)|"
    r"\breduc\w*(?:\s+\w+){0,3}\s+by|\bdecreas\w*\s+(?:\w+\s+)?by|\boutperform\w*(?:\s+\S+){0,6}\s+by|\+|\bmargin\s+of|"
    r"\bsurpass\w*(?:\s+\S+){0,6}\s+by)\s*$",
    re.I,
)
_IMPROVEMENT_AFTER = re.compile(
    r"^\s*(?:%|points?|pp|percent)?\s*(?:(?!on\b|in\b|for\b|with\b|at\b)[\w-]+\s+){0,2}?(?:absolute\s+|relative\s+)?(?:higher|lower|better|worse|improvements?|gains?|"
    r"increase|decrease|reduction|relative|more|less|fewer|faster|slower|smaller|larger|over|above|below)\b",
    re.I,
)
# Numbers of other quantities: "1.2M parameters", "3x faster", "10K images", "2019", "Table 3".
_OTHER_QUANTITY_AFTER = re.compile(
    r"^\s*(?:[KMBkmb]\b|million|billion|thousand|parameters|params|layers|images|videos|samples|examples|"
    r"hours|days|epochs|steps|times|GPUs?|tokens|words|sentences|languages|classes|categories|subjects|"
    r"participants|users|papers|tasks|datasets|benchmarks|models|frames|seconds|minutes|[x×]\s*(?:faster|speed|less|fewer|more|smaller))",
    re.I,
)
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:Table|Fig\.?|Figure|Section|Sec\.|Eq\.?|Equation|et al\.?,?)\s*|\[)$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:%\s*)?(?:-|–|to)\s*\d")
_OUR = re.compile(
    r"\b(?:we|our|ours|the proposed|this (?:model|method|approach|framework|system|work|paper)|"
    r"proposed (?:model|method|approach|framework|system))\b",
    re.I,
)
_COMPARED = re.compile(r"\b(?:than|over|compared (?:to|with)|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|against|relative to)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


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


def parse_number(text: str) -> float | None:
    """ "84.1" -> 84.1, "1,234.5" -> 1234.5; None if not a number."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


class _Named(NamedTuple):
    start: int
    end: int
    name: str
    role: Role


def _named(mentions: Sequence[Mention], field: str) -> list[_Named]:
    out = []
    for m in mentions:
        if m.field == field and m.role in (Role.METRIC, Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED):
            out.append(_Named(m.start, m.end, m.canonical or m.text, m.role))
    return sorted(out)


def _metric_spans(text: str, s: int, e: int, named: list[_Named]) -> list[_Named]:
    """Metric names in the sentence: mentioned metrics, plus generic metric words not inside one."""
    out = [n for n in named if n.role is Role.METRIC and s <= n.start < e]
    for m in GENERIC_METRIC.finditer(text, s, e):
        if not any(n.start <= m.start() < n.end or m.start() <= n.start < m.end() for n in out):
            word = m.group(0)
            if word.lower() == "score":
                continue  # "score" alone names no metric
            out.append(_Named(m.start(), m.end(), word, Role.METRIC))
    return sorted(out)


def find_results(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention], *,
                 field: str = "abstract", proposed_name: str | None = None) -> list[ResultSpan]:
    """Every result stated in ``text`` (one field of a paper) with ``sentences`` as (start, end)
    offsets into it and the paper's resolved ``mentions`` (offsets relative to the same field)."""
    named = _named(mentions, field)
    out: list[ResultSpan] = []
    for s, e in sentences:
        if not any(ch.isdigit() for ch in text[s:e]):
            continue
        metrics = _metric_spans(text, s, e, named)
        if not metrics:
            continue
        out.extend(_sentence_results(text, s, e, metrics, named, proposed_name))
    return out


def _sentence_results(text, s, e, metrics, named, proposed_name) -> list[ResultSpan]:
    values = [v for v in VALUE.finditer(text, s, e) if _is_score(text, s, v)]
    if not values:
        return []
    datasets = [n for n in named if n.role in (Role.DATASET, Role.INTRODUCED_DATASET) and s <= n.start < e]
    methods = [n for n in named if n.role in (Role.METHOD, Role.PROPOSED) and s <= n.start < e]
    respectively = bool(_RESPECTIVELY.search(text, s, e))
    out = []
    shared = _coordinated_metrics(text, values, metrics)
    for i, v in enumerate(values):
        metric = shared[i]
        if metric is None:
            continue
        unit = _unit(v)
        kind = "improvement" if _is_improvement(text, s, v) else "absolute"
        dataset = _dataset_for(text, v, datasets, i if respectively else None, len(values))
        method, proposed, baseline, rule = _method_for(text, s, v, methods, proposed_name, kind)
        conf = 0.8 if dataset else 0.6
        out.append(ResultSpan(
            metric=metric.name, value=v.group("num"), number=parse_number(v.group("num")) or 0.0, unit=unit,
            kind=kind, dataset=dataset.name if dataset else None, method=method, proposed=proposed,
            baseline=baseline, start=v.start("num"), end=v.end("num"), sentence_start=s, sentence_end=e,
            rule=f"results:{kind}:{rule}", confidence=conf,
        ))
    return out


def _unit(v: re.Match) -> str:
    unit = (v.group("unit") or "").strip()
    if unit.lower() == "percent":
        return "%"
    if unit in ("×", "x"):
        return "x"
    return unit


def _is_score(text: str, s: int, v: re.Match) -> bool:
    num = v.group("num")
    before = text[max(s, v.start() - 40) : v.start()]
    after = text[v.end() : v.end() + 40]
    if _YEAR.match(num) and not v.group("unit"):
        return False
    if _REFERENCE_BEFORE.search(before) or _NOT_SCORE_BEFORE.search(before):
        return False
    if v.start() > 0 and text[v.start() - 1] in "-–/^_":  # "ResNet-50", "1/2", "x^2"
        return False
    if _RANGE_AFTER.match(after) or _OTHER_QUANTITY_AFTER.match(after):
        return False
    if (v.group("unit") or "").strip() in ("x", "×"):
        return False  # speed-ups and ratios
    return True


def _is_improvement(text: str, s: int, v: re.Match) -> bool:
    before = text[max(s, v.start() - 60) : v.start()]
    after = text[v.end() : v.end() + 30]
    return bool(_IMPROVEMENT_BEFORE.search(before) or _IMPROVEMENT_AFTER.match(after))


_COORD_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|vs\.?\s+)$")


def _coordinated_metrics(text: str, values: list[re.Match], metrics: list[_Named]) -> list[_Named | None]:
    """The metric of each value; values written as one list ("92.3% and 88.1% accuracy",
    "28.4, 30.1 and 27.9 BLEU") share the metric the list names."""
    own = [_metric_for(text, v, metrics) for v in values]
    out = list(own)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and _COORD_GAP.match(text[values[j].end() : values[j + 1].start()]):
            j += 1
        if j > i:
            group_metric = own[j] or own[i]
            for k in range(i, j + 1):
                out[k] = out[k] or group_metric
        i = j + 1
    return out


def _metric_for(text: str, v: re.Match, metrics: list[_Named]) -> _Named | None:
    """The metric a value measures: written right after it ("84.1% top-1 accuracy", "28.4 BLEU"),
    or before it ("a BLEU of 28.4", "FID: 3.2", "accuracy of 84.1%"), the closer one winning."""
    best, dist = None, None
    for m in metrics:
        if m.start >= v.end():
            gap = text[v.end() : m.start]
            if len(gap) > 25 or re.search(r"[;.]|\band\b|\bon\b|\bin\b", gap):
                continue
            d = len(gap)
        elif m.end <= v.start():
            gap = text[m.end : v.start()]
            if len(gap) > 45 or ";" in gap or re.search(r"\d", gap):
                continue
            d = len(gap) + 3
        else:
            continue
        if dist is None or d < dist:
            best, dist = m, d
    return best


def _dataset_for(text: str, v: re.Match, datasets: list[_Named], index: int | None, n_values: int) -> _Named | None:
    if not datasets:
        return None
    if index is not None and len(datasets) == n_values:
        return datasets[index]  # "84.1% and 79.2% on A and B, respectively"
    after = [d for d in datasets if d.start >= v.end() and re.match(r"^[^.;]{0,40}?\b(?:on|in|for|of|at)\b", text[v.end() : d.start])]
    if after:
        return after[0]
    return min(datasets, key=lambda d: abs(d.start - v.start()))


def _method_for(text, s, v, methods, proposed_name, kind):
    """(method, is the paper's own, baseline, rule) for a value."""
    before = [m for m in methods if m.end <= v.start()]
    after = [m for m in methods if m.start >= v.end()]
    baseline = None
    for m in after:
        if _COMPARED.search(text[max(s, m.start - 40) : m.start]):
            baseline = m.name
            break
    subject = None
    for m in reversed(before):
        if not _COMPARED.search(text[max(s, m.start - 40) : m.start]):
            subject = m
            break
        if baseline is None:
            baseline = m.name
    our = _OUR.search(text, s, v.start())
    if subject is not None and not (our and our.start() > subject.end):
        return subject.name, subject.role is Role.PROPOSED, baseline, "named"
    if our or kind == "improvement":
        return (proposed_name or "(proposed)"), True, baseline, "ours"
    if subject is None and after and baseline is None and re.match(r"^\s*(?:%\s*)?(?:with|by|using|for)\b", text[v.end() : after[0].start]):
        return after[0].name, after[0].role is Role.PROPOSED, None, "by"
    return None, False, baseline, "unattributed"


@lru_cache(maxsize=1)
def _directions() -> tuple[re.Pattern, re.Pattern]:
    data = json.loads(_DIRECTION_FILE.read_text(encoding="utf-8"))

    def words(names: list[str]) -> re.Pattern:
        alt = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
        return re.compile(rf"(?<![\w@]){alt}(?![\w@])")

    return words(data["lower"]), words(data["higher"])


@lru_cache(maxsize=4096)
def higher_is_better(metric: str) -> bool | None:
    """Whether larger values of ``metric`` are better (``data/metric_direction.json``); None if unknown.
    The entry ending last (the head of the phrase), then the longest, decides: "top-1 error" is
    lower-is-better, "top-1 accuracy" higher, "attack success rate" lower."""
    name = re.sub(r"[-_/]+", " ", metric.lower()).strip()
    lower, higher = _directions()
    lo = max(((m.end(), len(m.group(0))) for m in lower.finditer(name)), default=None)
    hi = max(((m.end(), len(m.group(0))) for m in higher.finditer(name)), default=None)
    if lo and hi:
        return None if lo == hi else hi > lo
    return False if lo else True if hi else None


def _proposed_name(mentions: Sequence[Mention]) -> str | None:
    """The paper's own method as it names it: its first proposed mention, the title's first."""
    own = [m for m in mentions if m.role is Role.PROPOSED]
    if not own:
        return None
    first = min(own, key=lambda m: (m.field != "title", m.start))
    return first.canonical or first.text


def paper_results(title: str, abstract: str, mentions: Sequence[Mention], split_sentences) -> tuple[Result, ...]:
    """Every result of one paper: :func:`find_results` over its title and abstract, as
    :class:`~kg.model.Result` records with their sentence and the metric's direction.
    ``split_sentences(text) -> [(start, end)]`` is the pipeline's sentence splitter."""
    proposed = _proposed_name(mentions)
    out = []
    for field, text in (("title", title), ("abstract", abstract)):
        if not text or not any(ch.isdigit() for ch in text):
            continue
        for r in find_results(text, split_sentences(text), mentions, field=field, proposed_name=proposed):
            method = r.method if r.method != "(proposed)" else None
            out.append(Result(
                metric=r.metric, value=r.value, number=r.number, unit=r.unit, kind=r.kind, dataset=r.dataset,
                method=method, proposed=r.proposed, baseline=r.baseline, field=field, start=r.start, end=r.end,
                sentence=text[r.sentence_start : r.sentence_end].strip(), rule=r.rule, confidence=r.confidence,
                higher_is_better=higher_is_better(r.metric),
            ))
    return tuple(out)
