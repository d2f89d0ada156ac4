"""The explorer's leaderboards: ranked tables from :func:`kg.leaderboard.leaderboards`, as the
compact JSON the page's Leaderboards view reads.

Tables are ranked in Python (the page never compares values); the page only draws them. Names
are linked back to node indexes of the drawn graph (``-1``: the node is not drawn, the page
shows plain text). The largest tables are embedded, each cut to its best rows, and the payload
says what was cut so that the page can say so.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.leaderboard import Leaderboard, improvements, leaderboards

__all__ = ["leaderboard_data", "MAX_TABLES", "MAX_ROWS", "MAX_IMPROVEMENTS"]

#: Most tables embedded (the largest first), rows per table, improvements listed per table.
MAX_TABLES = 300
MAX_ROWS = 50
MAX_IMPROVEMENTS = 20
# The worst value's bar, as a share of the best one's.
_MIN_BAR = 0.15


def leaderboard_data(graph: nx.MultiDiGraph, index: dict[Any, int], *, max_tables: int | None = None,
                     max_rows: int | None = None) -> dict[str, Any]:
    """``{"tables": [...], "total": n}``: the ``max_tables`` (default :data:`MAX_TABLES`) largest
    tables of >= 1 paper, each with its best ``max_rows`` (:data:`MAX_ROWS`) rows.

    A table is ``{"dn", "mn", "u", "h", "d", "m", "p", "n", "rows", "imp"}``: dataset and metric
    names, unit, higher-is-better, dataset and metric node indexes, papers, results in all; each
    row ``[rank, written value, bar 0..1, method index, method name, paper index, title,
    evidence, own method]``; ``imp`` the improvements stated on that dataset and metric (any
    unit), each ``[written value, unit, method index, method name, baseline name, paper index,
    title, evidence]``.
    """
    max_tables = MAX_TABLES if max_tables is None else max_tables
    max_rows = MAX_ROWS if max_rows is None else max_rows
    tables = leaderboards(graph, min_papers=1)
    if not tables:
        return {"tables": [], "total": 0}
    kept = tables[:max_tables]
    gains = _improvements_by_table(graph) if kept else {}
    out = []
    for t in kept:
        ids = _node_ids(graph, t)
        rows = [[r.rank, r.written, bar, index.get(ids["methods"].get((r.paper, r.method)), -1),
                 r.method or "", index.get(r.paper, -1), r.title, r.evidence, r.own_method]
                for r, bar in zip(t.rows[:max_rows], _bars(t))]
        imp = [[g["value"], g["unit"], index.get(g["method_id"], -1), g["method"] or "", g["baseline"] or "",
                index.get(g["paper"], -1), g["title"], g["evidence"]]
               for g in gains.get((t.dataset, t.metric), [])[:MAX_IMPROVEMENTS]]
        out.append({"dn": t.shown_dataset, "mn": t.shown_metric, "u": t.unit, "h": t.higher_is_better,
                    "d": index.get(ids["dataset"], -1), "m": index.get(ids["metric"], -1),
                    "p": t.papers, "n": len(t.rows), "rows": rows, "imp": imp})
    return {"tables": out, "total": len(tables)}


def _bars(t: Leaderboard) -> list[float]:
    """Bar lengths scaled within a table over its values' range: the best value longest whatever
    the metric's direction, the worst ``_MIN_BAR`` (so that close scores still read apart; the
    value is printed beside its bar)."""
    values = [r.value for r in t.rows]
    best, worst = (max(values), min(values)) if t.higher_is_better else (min(values), max(values))
    span = abs(best - worst)
    return [1.0 if not span else round(_MIN_BAR + (1 - _MIN_BAR) * (1 - abs(best - v) / span), 3)
            for v in values]


def _node_ids(graph: nx.MultiDiGraph, t: Leaderboard) -> dict[str, Any]:
    """The node ids behind a table's names, read back from its papers' results (the table has
    names only; labels need not be unique across kinds)."""
    found: dict[str, Any] = {"dataset": None, "metric": None, "methods": {}}
    for r in t.rows:
        for res in graph.nodes[r.paper].get("results") or ():
            if (res.get("kind") != "absolute" or (res.get("unit") or "") != t.unit
                    or _label(graph, res.get("dataset")) != t.dataset
                    or _label(graph, res.get("metric")) != t.metric):
                continue
            found["dataset"], found["metric"] = res["dataset"], res["metric"]
            if _label(graph, res.get("method")) == r.method:
                found["methods"][(r.paper, r.method)] = res.get("method")
    return found


def _improvements_by_table(graph: nx.MultiDiGraph) -> dict[tuple[Any, Any], list[dict[str, Any]]]:
    """Improvements grouped by (dataset, metric) names, with the method's node id."""
    method_ids: dict[tuple[str, str | None], Any] = {}
    for pid, d in graph.nodes(data=True):
        for res in d.get("results") or () if d.get("kind") == "paper" else ():
            if res.get("kind") == "improvement" and res.get("method"):
                method_ids[(pid, _label(graph, res["method"]))] = res["method"]
    grouped: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for g in improvements(graph):
        if g["dataset"] is None:
            continue
        g["method_id"] = method_ids.get((g["paper"], g["method"]))
        grouped[(g["dataset"], g["metric"])].append(g)
    return grouped


def _label(graph: nx.MultiDiGraph, node: Any) -> str | None:
    return graph.nodes[node].get("label") if node is not None and node in graph.nodes else None
