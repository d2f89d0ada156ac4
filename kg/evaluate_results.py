"""Scoring extracted result tuples against a results gold file (``tests/data/results/README.md``).

A gold record is ``{"title", "results": [{method, dataset, metric, value, unit, kind, ...}],
"doubtful": [...]}``. Per paper, predicted and gold tuples are paired one to one under each view:

- ``dataset+metric+value``: the number (compared as a number: ".673" = "0.673"), the metric and
  the dataset (none on both sides also matches);
- ``+method``: the same plus the credited method ("(proposed)" in the gold is the paper's own,
  unnamed method);
- ``absolute``: ``dataset+metric+value`` over absolute results only (what leaderboards rank).

Names match relaxed, as the SciREX dev set does: ignoring case and dashes, one name containing
the other as whole words ("BLEU score" ~ "BLEU", "COCO dataset" ~ "COCO"); "ignoring dashes" also
joins what a dash or space separates ("CIFAR10" ~ "CIFAR-10" ~ "CIFAR 10": the gold writes a set as
the abstract does, kg by its catalogue name). A gold tuple with no metric (the sentence names none,
"RCO improves knowledge distillation by 2.14%") matches on the other fields whatever metric is
predicted, since an extractor always reports one. A prediction matching a gold ``doubtful`` tuple is
neither rewarded nor penalised.
"""

from __future__ import annotations

from collections.abc import Callable

from .evaluate import EvalReport, KeyScore, PaperErrors, names_match
from .model import title_key

__all__ = ["RESULT_VIEWS", "score_results", "is_results_gold", "predicted_results"]

OWN = "(proposed)"


def is_results_gold(records: list[dict]) -> bool:
    """True for a results gold file (records carry ``results``), not an entity gold file."""
    return bool(records) and all(isinstance(r.get("results"), list) for r in records)


def predicted_results(extractions) -> list[dict]:
    """The ``predicted`` records :func:`score_results` takes, from :class:`kg.model.Extraction` s:
    each paper's results sure enough to be emitted (:func:`kg.leaderboard.ranked`), the others being
    evidence only. ``kg eval`` and the suite's floors score the same rows this way."""
    from .leaderboard import ranked

    return [{"title": e.paper.title,
             "results": [{"method": r.method, "proposed": r.proposed, "dataset": r.dataset, "metric": r.metric, "value": r.value,
                          "unit": r.unit, "kind": r.kind, "baseline": r.baseline} for r in e.results if ranked(r.confidence)]}
            for e in extractions]


def _num(v) -> float | None:
    try:
        return float(str(v).replace(",", "").strip().rstrip("%"))
    except ValueError:
        return None


def _method_match(gold: dict, pred: dict) -> bool:
    g, p = gold.get("method"), pred.get("method")
    if g == OWN:
        return bool(pred.get("proposed")) and not p
    return names_match(g, p)


def _same_result(g: dict, p: dict) -> bool:
    return _num(g.get("value")) == _num(p.get("value")) and _num(g.get("value")) is not None \
        and (g.get("metric") is None or names_match(g.get("metric"), p.get("metric"))) and names_match(g.get("dataset"), p.get("dataset"))


RESULT_VIEWS: dict[str, tuple[Callable[[dict], bool], Callable[[dict, dict], bool]]] = {
    "dataset+metric+value": (lambda t: True, _same_result),
    "+method": (lambda t: True, lambda g, p: _same_result(g, p) and _method_match(g, p)),
    "absolute": (lambda t: t.get("kind") == "absolute", _same_result),
}


def _pair(gold: list[dict], doubtful: list[dict], pred: list[dict], same) -> tuple[int, list[dict], list[dict]]:
    used: set[int] = set()
    tp, missed = 0, []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            tp += 1
    false = [p for i, p in enumerate(pred) if i not in used and not any(_same_result(d, p) for d in doubtful)]
    return tp, missed, false


def _show(t: dict) -> str:
    who = t.get("method") or (OWN if t.get("proposed") else "?")
    return f"{who} | {t.get('dataset') or '-'} | {t.get('metric')} = {t.get('value')}{t.get('unit') or ''} ({t.get('kind')})"


def score_results(gold: list[dict], predicted: list[dict]) -> EvalReport:
    """Precision / recall / F1 of result tuples per view. ``predicted`` records are
    ``{"title", "results": [{method, proposed, dataset, metric, value, unit, kind}]}``."""
    by_title = {title_key(p.get("title", "")): p for p in predicted}
    scores = {k: KeyScore() for k in RESULT_VIEWS}
    papers, unmatched, paired = [], [], 0
    for g in gold:
        p = by_title.get(title_key(g["title"]))
        if p is None:
            unmatched.append(g["title"])
        else:
            paired += 1
        errs = PaperErrors(g["title"])
        for view, (keep, same) in RESULT_VIEWS.items():
            gold_items = [t for t in g.get("results") or () if keep(t)]
            pred_items = [t for t in (p or {}).get("results") or () if keep(t)]
            tp, missed, false = _pair(gold_items, [t for t in g.get("doubtful") or () if keep(t)], pred_items, same)
            s = scores[view]
            s.tp, s.fn, s.fp = s.tp + tp, s.fn + len(missed), s.fp + len(false)
            if view == "+method":
                if missed:
                    errs.missed["results"] = [_show(t) for t in missed]
                if false:
                    errs.false["results"] = [_show(t) for t in false]
        papers.append(errs)
    return EvalReport(scores, papers, unmatched, paired)
