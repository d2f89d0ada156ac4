"""The graph stage of a streamed build: a corpus too big for one networkx graph, chunk by chunk.

:func:`~kg.graph.build.build_graph` needs the whole corpus for one decision only: which papers
introduce which names (a name introduced by exactly one paper resolves to that paper's node).
Pass 1 gathers that in a :class:`Resolution`, chunk by chunk, as papers are extracted. Pass 2
builds each chunk's graph with it (:func:`chunk_graph`): its papers, edges and evidence are
final, while the entities they reference carry only this chunk's share of their attributes
(surface forms, paper counts). An :class:`EntityTable` merges those shares; its
:meth:`EntityTable.graphs` yields the entity nodes with their final attributes, in batches.

The chunk graphs' paper statements plus the entity graphs' entity statements are exactly the
statements of ``build_graph``'s graph of the same papers in the same order (tests/graph/test_stream.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from ..memory import paused_gc
from ..model import Extraction
from .build import _URL_KINDS, Resolution, _add_paper, _Collected, _edge_list, _graph_of, _Ids

__all__ = ["Resolution", "ChunkShare", "EntityTable", "chunk_graph"]

_URL_KIND_VALUES = frozenset(k.value for k in _URL_KINDS)


@dataclass
class ChunkShare:
    """What one chunk contributes to the entities: their attributes as first seen in the chunk,
    surface forms, number of the chunk's papers linked to each, and relation counts."""

    nodes: dict[str, dict] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    papers: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    paper_count: int = 0


def chunk_graph(pids: Sequence[str], extractions: Sequence[Extraction], resolution: Resolution) -> tuple[nx.MultiDiGraph, ChunkShare]:
    """The graph of one chunk's papers (entity nodes with this chunk's attributes only) and its share."""
    with paused_gc():
        ids = _Ids(resolution)
        c = _Collected()
        for pid, ex in zip(pids, extractions):
            _add_paper(c, ids, pid, ex)
        share = ChunkShare()
        papers_of: dict[str, set[str]] = defaultdict(set)
        for src, rel, dst in c.edges:
            papers_of[dst].add(src)  # every edge starts at a paper
            share.relations[rel] += 1
        for metric, ps in c.result_papers.items():
            papers_of[metric].update(ps)
        for node, data in c.nodes.items():
            if data["kind"] == "paper":
                share.paper_count += 1
            else:
                share.nodes[node] = data
                share.papers[node] = len(papers_of.get(node, ()))
        share.surfaces = {node: set(counts) for node, counts in c.surfaces.items()}
        # the entity dicts are shared with ``share``: the chunk's writers only read them
        g = _graph_of(c.nodes, _edge_list(c))
    return g, share


class EntityTable:
    """The entities of a whole corpus, merged from the chunks' shares in chunk order."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.surfaces: dict[str, set[str] | str] = {}
        self.papers: Counter = Counter()
        self.relations: Counter = Counter()
        self.paper_count = 0

    def add(self, share: ChunkShare) -> None:
        # build_graph's rules, across chunks: the first chunk naming an entity sets its label; a
        # later introduced_by replaces an earlier one; higher_is_better is the first one stated
        nodes = self.nodes
        for node, data in share.nodes.items():
            have = nodes.get(node)
            if have is None:
                nodes[node] = data
                continue
            if data.get("introduced_by"):
                have["introduced_by"] = data["introduced_by"]
            if data.get("higher_is_better") is not None:
                have.setdefault("higher_is_better", data["higher_is_better"])
            if data.get("percent_scale"):
                have["percent_scale"] = True
        surfaces = self.surfaces
        for node, texts in share.surfaces.items():
            have = surfaces.get(node)
            if have is None and len(texts) == 1:
                surfaces[node] = next(iter(texts))  # most entities have one surface form: no set
            elif have is None:
                surfaces[node] = texts
            elif type(have) is str:
                surfaces[node] = {have, *texts} if len(texts) > 1 or have not in texts else have
            else:
                have.update(texts)
        self.papers.update(share.papers)
        self.relations.update(share.relations)
        self.paper_count += share.paper_count

    def summary(self) -> dict:
        """:meth:`kg.api.KnowledgeGraph.summary` of the whole graph."""
        kinds = Counter(d["kind"] for d in self.nodes.values())
        return {"papers": self.paper_count, "entities": dict(sorted(kinds.items())), "relations": dict(sorted(self.relations.items()))}

    def graphs(self, batch: int) -> Iterator[tuple[nx.MultiDiGraph, set[str]]]:
        """The entity nodes with their final attributes, ``batch`` per graph, each graph with the
        ids of the stub paper nodes it holds (only so that ``introduced_by`` is stated)."""
        items = iter(self.nodes.items())
        while part := list(islice(items, batch)):
            g = nx.MultiDiGraph()
            stubs: set[str] = set()
            for node, data in part:
                d = dict(data)
                surfaces = self.surfaces.get(node)
                if surfaces is not None and d["kind"] not in _URL_KIND_VALUES:
                    label = d["label"]
                    forms = (surfaces,) if type(surfaces) is str else surfaces
                    d["aliases"] = sorted({s for s in forms if s != label}, key=lambda s: (s.casefold(), s))
                d["papers"] = self.papers.get(node, 0)
                d.setdefault("aliases", [])
                g.add_node(node, **d)
                if d.get("introduced_by"):
                    stubs.add(d["introduced_by"])
            for pid in stubs:
                g.add_node(pid, kind="paper", label="", title="")
            yield g, stubs
