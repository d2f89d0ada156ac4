"""Leaderboards: the absolute results papers report, grouped by (dataset, metric, unit, edition or
setting, metric cut-off: :mod:`kg.leaderboard_variants`) and ranked by the metric's direction, each
row with the sentence that states it. Results below :data:`RANK_CONFIDENCE` are left out.

Only absolute scores rank ("our model reaches 84.1% top-1"); improvements ("+2.1 FID over X")
are shown with their baseline but never ranked. Values compare only within one unit: "84.1%" and
"0.841" land in different tables, since nothing in the text makes the scale certain; a unit-less
"45.2" of a metric reported in percent (mAP, accuracy, F1, ...) cannot be a fraction and ranks as "%". A metric
whose direction is unknown (``kg:higherIsBetter`` absent) gives no ranked table.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass

import networkx as nx

from .leaderboard_variants import unranked, variants
from .model import normalize_name

__all__ = ["LeaderboardRow", "Leaderboard", "leaderboards", "improvements", "RANK_CONFIDENCE", "ranked"]

#: Results below this confidence stay in the graph as evidence but are neither ranked, listed as
#: improvements nor scored by ``kg eval``: their attribution lost a piece (a value whose sentence
#: names sets but none of them for it). Chosen on the dev result sets (tests/data/results2, results3
#: and the dev half of tests/data/results) together.
RANK_CONFIDENCE = 0.5


def ranked(confidence: float) -> bool:
    """Whether a result of this confidence counts as a result (leaderboards, ``kg eval``)."""
    return confidence >= RANK_CONFIDENCE


@dataclass(frozen=True)
class LeaderboardRow:
    """One ranked result. ``method`` is the credited method's name (None: the paper's own,
    unnamed method); ``paper`` is the paper's node id."""

    dataset: str
    metric: str
    rank: int
    value: float
    unit: str
    higher_is_better: bool
    method: str | None
    paper: str
    title: str
    evidence: str
    written: str  # the value as the paper writes it
    own_method: bool
    edition: str = ""  # the dataset's edition or setting the table is about ("2007", "multi-label")
    metric_variant: str = ""  # the metric's cut-off as written ("pass@10"), when its name merges several

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Leaderboard:
    """A ranked table: results on one dataset, one metric, one unit."""

    dataset: str
    metric: str
    unit: str
    higher_is_better: bool
    rows: tuple[LeaderboardRow, ...]
    edition: str = ""  # "2007" for PASCAL VOC 2007, "multi-label" for COCO multi-label classification
    metric_variant: str = ""  # "pass@10" when the metric node merges pass@1, pass@10, ...

    @property
    def papers(self) -> int:
        return len({r.paper for r in self.rows})

    @property
    def shown_dataset(self) -> str:
        """The dataset as the table shows it: "PASCAL VOC 2007", "COCO multi-label"."""
        return f"{self.dataset} {self.edition}" if self.edition else (self.dataset or "")

    @property
    def shown_metric(self) -> str:
        """The metric as the table shows it: its cut-off ("pass@10") when the node merges several."""
        return self.metric_variant or self.metric or ""

    @property
    def title(self) -> str:
        """ "PASCAL VOC 2007 · mAP", "HumanEval · pass@10": the table's dataset and metric as shown."""
        return f"{self.shown_dataset} · {self.shown_metric}"


def _name(g: nx.MultiDiGraph, node: str | None) -> str | None:
    return g.nodes[node]["label"] if node and node in g.nodes else None


def _matches(g: nx.MultiDiGraph, node: str | None, wanted: str | None) -> bool:
    if wanted is None:
        return True
    if node is None or node not in g.nodes:
        return False
    d = g.nodes[node]
    key = normalize_name(wanted)
    return key == normalize_name(d["label"]) or key in {normalize_name(a) for a in d.get("aliases") or ()}


# Scores bounded by 1 that papers write on a 0-100 scale without a unit (BLEU 28.4, METEOR 9.65), and
# CIDEr, written x100 the same way ("129.8 CIDEr-D" and "133.4% CIDEr-D score" are one scale)
_POINTS = re.compile(r"(?:bleu|meteor|rouge|spice|chrf|sari|cider)(?:[-_ ]?[\w@]{1,3})?", re.I)


def _scale(g: nx.MultiDiGraph, res: dict) -> str:
    """The unit a value ranks in: as written, except that a unit-less value above 1 of a metric
    reported in percent ("mAP 45.2") can only be a percentage and ranks with the "%" values, and a
    "%" value above 1 of a score bounded by 1 written without a unit ("METEOR 9.65%") ranks with
    its unit-less values: above 1, both can only be on the 0-100 scale."""
    unit = res.get("unit") or ""
    d = g.nodes[res["metric"]]
    if not unit and res["number"] > 1 and d.get("percent_scale"):
        return "%"
    if unit == "%" and res["number"] > 1 and not d.get("percent_scale") and _POINTS.fullmatch(d.get("label") or ""):
        return ""
    return unit


def _firm(res: dict) -> bool:
    """Whether a result's attribution is sure enough to show (:data:`RANK_CONFIDENCE`);
    the others stay in the graph as evidence."""
    return ranked(res["evidence"].get("confidence", 1.0))


def _papers_on_task(g: nx.MultiDiGraph, task: str) -> set[str]:
    return {u for u, v, rel in g.edges(keys=True) if rel == "addresses_task" and _matches(g, v, task)}


def leaderboards(
    g: nx.MultiDiGraph, *, dataset: str | None = None, metric: str | None = None, task: str | None = None,
    min_papers: int | None = None,
) -> list[Leaderboard]:
    """Ranked tables, largest first. Without a filter only tables of at least 2 papers are
    returned (``min_papers`` overrides); with one, every matching table."""
    if min_papers is None:
        min_papers = 1 if (dataset or metric or task) else 2
    papers = _papers_on_task(g, task) if task else None
    best: dict[tuple[str, ...], dict[tuple[str, str | None], dict]] = defaultdict(dict)
    for pid, d in g.nodes(data=True):
        if d.get("kind") != "paper" or not d.get("results") or (papers is not None and pid not in papers):
            continue
        for res in d["results"]:
            if res["kind"] != "absolute" or not res.get("dataset") or not _firm(res):
                continue
            hib = g.nodes[res["metric"]].get("higher_is_better")
            if hib is None or not _matches(g, res["dataset"], dataset) or not _matches(g, res["metric"], metric):
                continue
            key = (res["dataset"], res["metric"], _scale(g, res), *variants(g, res, d.get("label") or ""))
            if unranked(key[3]):  # accuracies under attack: no threat model to compare them under
                continue
            who = (pid, res.get("method"))
            kept = best[key].get(who)  # a paper's best value for one method (settings, splits)
            if kept is None or (res["number"] > kept["number"] if hib else res["number"] < kept["number"]):
                best[key][who] = res
    tables = [_table(g, key, rows) for key, rows in best.items()]
    tables = [t for t in tables if t.papers >= min_papers]
    return sorted(tables, key=lambda t: (-t.papers, -len(t.rows), t.dataset.casefold(), t.metric.casefold(), t.unit))


def _table(g: nx.MultiDiGraph, key: tuple[str, ...], results: dict[tuple[str, str | None], dict]) -> Leaderboard:
    ds, metric, unit, edition, metric_variant = key
    hib = bool(g.nodes[metric]["higher_is_better"])
    ordered = sorted(results.items(), key=lambda kv: (-kv[1]["number"] if hib else kv[1]["number"], kv[0][0]))
    rows, rank, prev = [], 0, None
    for i, ((pid, method), res) in enumerate(ordered, 1):
        if res["number"] != prev:
            rank, prev = i, res["number"]  # ties share a rank ("1, 1, 3")
        rows.append(LeaderboardRow(
            dataset=_name(g, ds), metric=_name(g, metric), rank=rank, value=res["number"], unit=unit,
            higher_is_better=hib, method=_name(g, method), paper=pid, title=g.nodes[pid]["label"],
            evidence=res["evidence"]["sentence"], written=res["value"], own_method=bool(res.get("proposed")),
            edition=edition, metric_variant=metric_variant,
        ))
    return Leaderboard(_name(g, ds), _name(g, metric), unit, hib, tuple(rows), edition, metric_variant)


def improvements(g: nx.MultiDiGraph, *, dataset: str | None = None, metric: str | None = None) -> list[dict]:
    """Relative results (gains over a baseline), shown beside the tables but never ranked."""
    out = []
    for pid, d in g.nodes(data=True):
        for res in d.get("results") or () if d.get("kind") == "paper" else ():
            if res["kind"] != "improvement" or not _firm(res) or not _matches(g, res["metric"], metric):
                continue
            if dataset is not None and not _matches(g, res.get("dataset"), dataset):
                continue
            out.append({
                "paper": pid, "title": d["label"], "metric": _name(g, res["metric"]), "dataset": _name(g, res.get("dataset")),
                "method": _name(g, res.get("method")), "baseline": _name(g, res.get("baseline")), "value": res["value"],
                "unit": res.get("unit") or "", "evidence": res["evidence"]["sentence"],
            })
    return out
