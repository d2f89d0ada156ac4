"""Extractions -> one networkx MultiDiGraph: one node per paper and per distinct entity.

Identity resolution:
- datasets, metrics, tasks and methods named by several papers meet in one node, keyed by their
  catalogue name or normalized surface form;
- a method (or dataset) a paper proposes gets a node scoped to that paper, so two papers'
  "HACK" stay two methods; another paper naming it links to that node when exactly one paper
  in the graph proposes that name, and to the shared node otherwise.

The node and edge attributes are the contract documented in ``docs/graph-model.md``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from ..model import EntityType, Extraction, Mention, Paper, Role, normalize_name
from ..vocab import ID
from .ids import absolute_url, entity_id, org_id, paper_id, scoped_entity_id, url_id, url_key

__all__ = ["build_graph", "RELATION_OF_ROLE", "COMPARISON_RULE_WORDS"]

RELATION_OF_ROLE: dict[Role, str] = {
    Role.PROPOSED: "proposes",
    Role.INTRODUCED_DATASET: "introduces",
    Role.DATASET: "uses_dataset",
    Role.METHOD: "mentions_method",
    Role.TASK: "addresses_task",
    Role.METRIC: "reports_metric",
    Role.CODE_URL: "has_code",
    Role.OTHER_URL: "has_webpage",
}

#: A method mention whose rule name contains one of these also yields a ``compares_with`` edge.
COMPARISON_RULE_WORDS = ("compar", "outperform", "baseline", "versus", "surpass")

_INTRODUCING = {Role.PROPOSED: Role.METHOD, Role.INTRODUCED_DATASET: Role.DATASET}


def _name(m: Mention) -> str:
    return m.canonical or m.text


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Build the graph; deterministic for a given input order."""
    extractions = list(extractions)
    g = nx.MultiDiGraph()
    pids = [paper_id(e.paper) for e in extractions]
    papers_by_id = dict(zip(pids, (e.paper for e in extractions)))

    # who introduces which name: (entity type, key) -> paper ids
    introducers: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for pid, ex in zip(pids, extractions):
        for m in ex.mentions:
            if m.role in _INTRODUCING:
                introducers[(m.role.entity_type, normalize_name(_name(m)))].add(pid)

    surfaces: dict[str, Counter] = defaultdict(Counter)
    edges: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    values: dict[tuple[str, str, str], list[str]] = defaultdict(list)

    for pid, ex in zip(pids, extractions):
        _add_paper(g, pid, ex.paper)
        paper_mentions = []
        for m in ex.mentions:
            node = _node_for(g, m, ex.paper, pid, introducers, papers_by_id)
            surfaces[node][m.text] += 1
            rel = RELATION_OF_ROLE[m.role]
            edges[(pid, rel, node)].append(m)
            if m.value:
                values[(pid, rel, node)].append(m.value)
            if m.role is Role.METHOD and any(w in m.rule for w in COMPARISON_RULE_WORDS):
                edges[(pid, "compares_with", node)].append(m)
            if m.field in ("title", "abstract"):
                paper_mentions.append(
                    {"field": m.field, "start": m.start, "end": m.end, "role": m.role.value, "text": m.text, "entity": node}
                )
        g.nodes[pid]["mentions"] = paper_mentions
        if ex.paper.organization:
            oid = org_id(ex.paper.organization)
            if oid not in g:
                g.add_node(oid, kind=EntityType.ORGANIZATION.value, label=ex.paper.organization, iri=str(ID[oid]))
            edges[(pid, "affiliated_with", oid)] = []

    for (src, rel, dst), ms in edges.items():
        evidence = [
            {
                "field": m.field,
                "start": m.start,
                "end": m.end,
                "sentence": m.sentence,
                "rule": m.rule,
                "confidence": round(float(m.confidence), 4),
                "text": m.text,
            }
            for m in ms
        ]
        vals = values.get((src, rel, dst), [])
        g.add_edge(
            src,
            dst,
            key=rel,
            relation=rel,
            evidence=evidence,
            confidence=max((e["confidence"] for e in evidence), default=1.0),
            value=vals[0] if vals else None,
        )

    for node, counts in surfaces.items():
        data = g.nodes[node]
        if data["kind"] in (EntityType.REPOSITORY.value, EntityType.WEBPAGE.value):
            continue
        label = data["label"]
        data["aliases"] = sorted({s for s in counts if s != label}, key=str.casefold)
    for node, data in g.nodes(data=True):
        if data["kind"] != "paper":
            data["papers"] = len({u for u, _ in g.in_edges(node) if g.nodes[u]["kind"] == "paper"})
            data.setdefault("aliases", [])
    return g


def _add_paper(g: nx.MultiDiGraph, pid: str, p: Paper) -> None:
    if pid in g:  # the same paper twice in one build (readers dedup; be safe)
        return
    g.add_node(
        pid,
        kind="paper",
        label=p.title,
        iri=str(ID[pid]),
        title=p.title,
        abstract=p.abstract,
        date=p.date,
        year=p.year,
        organization=p.organization,
        upvotes=p.upvotes,
        authors=list(p.authors),
        author_count=p.author_count if p.author_count is not None else (len(p.authors) or None),
        arxiv_id=p.arxiv_id,
        doi=p.doi,
        venue=p.venue,
        url=absolute_url(p.url) if p.url else None,
        keywords=list(p.keywords),
        sources=[f"{s.path}#{s.record}" for s in (p.sources or (p.source,))],
    )


def _node_for(
    g: nx.MultiDiGraph,
    m: Mention,
    paper: Paper,
    pid: str,
    introducers: dict[tuple[EntityType, str], set[str]],
    papers_by_id: dict[str, Paper],
) -> str:
    kind = m.role.entity_type
    name = _name(m)
    if kind in (EntityType.REPOSITORY, EntityType.WEBPAGE):
        node = url_id(kind, m.text)
        if node not in g:
            g.add_node(node, kind=kind.value, label=m.text, iri=str(ID[node]), url=absolute_url(m.text), url_key=url_key(m.text))
        return node
    introduced_by = None
    if m.role in _INTRODUCING:
        node = scoped_entity_id(kind, name, paper)
        introduced_by = pid
    else:
        owners = introducers.get((kind, normalize_name(name)), set())
        if len(owners) == 1:
            owner = next(iter(owners))
            node = scoped_entity_id(kind, name, papers_by_id[owner])
            introduced_by = owner
        else:
            node = entity_id(kind, name)
    if node not in g:
        g.add_node(node, kind=kind.value, label=name, iri=str(ID[node]))
    if introduced_by:
        g.nodes[node]["introduced_by"] = introduced_by
    return node
