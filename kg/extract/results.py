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

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Mention, Result, Role
from .doc import state
from .words import load

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
    r"^(?:\s*[*×x]\s*\d|-?bits?\b|-(?:shot|way|layer|head|dimensional|d\b|D\b|step|stage|class|fold|gram|hop|frame|second|minute|hour|day|year)s?\b|"
    r"\s*(?:px|pixels?|resolution|dimensions?|bits?)\b)|"
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
    prev: tuple[re.Match, _Named] | None = None
    for group in _groups(text, values):
        members = [values[i] for i in group]
        metric_of = _group_metrics(text, members, metrics, respectively)
        if prev and metric_of[0] is None and _ELLIPSIS_GAP.match(text[prev[0].end() : members[0].start()]):
            metric_of = [m or prev[1] for m in metric_of]  # "an FID of 12.5 on COCO and 10.1 on LSUN"
        if metric_of[-1] is not None:
            prev = (members[-1], metric_of[-1])
        dataset_of = _group_datasets(text, members, datasets, respectively)
        # "by 4.2%, 8.8% and 4.7%": the cue before the first value speaks for the whole list
        kind = "improvement" if any(_is_improvement(text, s, v) for v in members[:1] + members[-1:]) else "absolute"
        for v, metric, dataset in zip(members, metric_of, dataset_of):
            if metric is None:
                continue
            method, proposed, baseline, rule = _method_for(text, s, v, methods, proposed_name, kind)
            out.append(ResultSpan(
                metric=metric.name, value=v.group("num"), number=parse_number(v.group("num")) or 0.0, unit=_unit(v),
                kind=kind, dataset=dataset.name if dataset else None, method=method, proposed=proposed,
                baseline=baseline, start=v.start("num"), end=v.end("num"), sentence_start=s, sentence_end=e,
                rule=f"results:{kind}:{rule}", confidence=0.8 if dataset else 0.6,
            ))
    return out


def _groups(text: str, values: list[re.Match]) -> list[list[int]]:
    """Indices of the values written as one list ("92.3% and 88.1%", "4.2%, 8.8% and 4.7%")."""
    groups: list[list[int]] = []
    for i, v in enumerate(values):
        if groups and _unit(values[i - 1]) == _unit(v) and _COORD_GAP.match(text[values[i - 1].end() : v.start()]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _group_metrics(text: str, members: list[re.Match], metrics: list[_Named], respectively: bool) -> list[_Named | None]:
    """The metric of each value of a list: "4.2%, 8.8% and 4.7% ... the MPJPE, PA-MPJPE and PVE
    metrics, respectively" pairs them in order; otherwise the list shares the metric it names."""
    if respectively and len(members) > 1:
        after = [m for m in metrics if m.start >= members[-1].end()][: len(members)]
        if len(after) == len(members) and after[-1].start - members[-1].end() < 120:
            return after
    own = [_metric_for(text, v, metrics) for v in members]
    shared = own[-1] or own[0]
    return [m or shared for m in own]


def _group_datasets(text: str, members: list[re.Match], datasets: list[_Named], respectively: bool) -> list[_Named | None]:
    if respectively and len(members) > 1:
        after = [d for d in datasets if d.start >= members[-1].end()]
        for cands in (after[: len(members)], datasets):
            if len(cands) == len(members):
                return list(cands)
    return [_dataset_for(text, v, datasets) for v in members]


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
    if re.search(r"[*×]\s*$|\d\s*x\s*$", before):  # "512 * 768", "256x256"
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


# What may stand between a value and the metric written after it ("84.1% top-1 accuracy",
# "28.4 BLEU points", "+6.1% in FID") or before it ("an FID of 52.3", "accuracy: 84.1%",
# "improves mAP by 6.8%", "FID from 12.1 to 9.8").
_AFTER_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*(?:(?:absolute|relative|higher|lower|better|average|mean|overall)\s+)?$", re.I)
_IN_METRIC_GAP = re.compile(r"^\s*(?:%|points?|pp|percent)?\s*(?:gains?\s+|improvements?\s+|increase\s+|reduction\s+|decrease\s+)?(?:in|on the|in terms of)\s+(?:the\s+)?$", re.I)
_BEFORE_GAP = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:scores?\s+|metric\s+|values?\s+)?"
    r"(?:(?:of|=|:|is|was|are|were|reaches|reached|reaching|achieves|achieved|achieving|at|to|by|improves?|improved|"
    r"increases?|increased|reduces?|reduced|drops?|dropped|rises?|rose|from|of about|of only|of up to|by up to|"
    r"improvement of|gain of|boost of|increase of|reduction of)\s*)*"
    r"(?:about|around|only|just|a|an|the|\+|-|−)?\s*$",
    re.I,
)
# Between a value and a later one that shares its metric: "12.5 on COCO and 10.1 (on LSUN)".
_ELLIPSIS_GAP = re.compile(r"^\s*(?:%\s*)?(?:(?:on|in|for)\s+[^\d.;]{1,40}?)?(?:,\s*)?(?:and|while|whereas|but|vs\.?)\s+(?:\w+\s+){0,2}?$")
_COORD_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|vs\.?\s+)$")


def _metric_for(text: str, v: re.Match, metrics: list[_Named]) -> _Named | None:
    """The metric a value measures: written right after it ("84.1% top-1 accuracy", "28.4 BLEU"),
    or before it ("a BLEU of 28.4", "FID: 3.2", "accuracy of 84.1%"), the closer one winning."""
    best, dist = None, None
    for m in metrics:
        if m.start >= v.end():
            gap = text[v.end() : m.start]
            if len(gap) > 25 or not (_AFTER_GAP.match(gap) or _IN_METRIC_GAP.match(gap)):
                continue
            d = len(gap)
        elif m.end <= v.start():
            gap = text[m.end : v.start()]
            if len(gap) > 45 or not _BEFORE_GAP.match(gap):
                continue
            d = len(gap) + 3
        else:
            continue
        if dist is None or d < dist:
            best, dist = m, d
    return best


def _dataset_for(text: str, v: re.Match, datasets: list[_Named]) -> _Named | None:
    if not datasets:
        return None
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
    if subject is None and baseline is None:
        # an abstract reports its own method's numbers unless it credits someone else's
        return proposed_name, True, None, "default-own"
    return None, False, baseline, "unattributed"


@lru_cache(maxsize=1)
def _directions() -> tuple[re.Pattern, re.Pattern]:
    data = load("metric_direction")

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


def paper_results(title: str, abstract: str, mentions: Sequence[Mention], split_sentences=None, *,
                  sentences: dict[str, list[tuple[int, int]]] | None = None) -> tuple[Result, ...]:
    """Every result of one paper: :func:`find_results` over its title and abstract, as
    :class:`~kg.model.Result` records with their sentence and the metric's direction.
    The sentences of each field come from ``sentences`` ({"title": [...], "abstract": [...]},
    offsets into the field), else from ``split_sentences(text) -> [(start, end)]``."""
    proposed = _proposed_name(mentions)
    out = []
    for field, text in (("title", title), ("abstract", abstract)):
        if not text or not any(ch.isdigit() for ch in text):
            continue
        spans = sentences[field] if sentences is not None else split_sentences(text)
        for r in find_results(text, spans, mentions, field=field, proposed_name=proposed):
            method = r.method if r.method != "(proposed)" else None
            out.append(Result(
                metric=r.metric, value=r.value, number=r.number, unit=r.unit, kind=r.kind, dataset=r.dataset,
                method=method, proposed=r.proposed, baseline=r.baseline, field=field, start=r.start, end=r.end,
                sentence=text[r.sentence_start : r.sentence_end].strip(), rule=r.rule, confidence=r.confidence,
                higher_is_better=higher_is_better(r.metric),
            ))
    return tuple(out)


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
        title, abstract = text[:tend], text[tend + 2 :]
        st.results = paper_results(title, abstract, st.mentions or (), sentences=field_sentences(st.sents or [], tend))
        return doc

    return component
