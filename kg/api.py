"""``KnowledgeGraph``: the built graph as Python objects, SPARQL, networkx, rdflib and files."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .errors import GraphLoadError, QueryError
from .model import EntityType, Mention, Relation, normalize_name
from .schema import ROLE_OF_RELATION
from .settings import SETTINGS
from .vocab import PREFIXES

__all__ = ["KnowledgeGraph", "PaperNode", "EntityNode", "load"]


@dataclass(frozen=True)
class PaperNode:
    """A paper in the graph."""

    id: str
    iri: str
    title: str
    abstract: str
    date: str | None = None
    year: int | None = None
    organization: str | None = None
    upvotes: int | None = None
    author_count: int | None = None
    authors: tuple[str, ...] = ()
    arxiv_id: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityNode:
    """A method, dataset, task, metric, repository, webpage or organisation in the graph."""

    id: str
    iri: str
    kind: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    papers: int = 0
    introduced_by: str | None = None
    url: str | None = None


class KnowledgeGraph:
    """A built knowledge graph. Made by :func:`kg.build` or :func:`kg.load`.

    ``report`` is the build report (inputs read, merged, skipped; stage timings) when the graph
    was built in this process, else what ``report.json`` held.
    """

    def __init__(self, graph: nx.MultiDiGraph, *, report: dict | None = None, extractions: list | None = None) -> None:
        self._graph = graph
        self.report = report or {}
        self.extractions = extractions
        self._store = None
        self._folder: Path | None = None  # the build folder kg.load opened, when it has a store

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx graph (read from graph.json on first use when :func:`load` found a store)."""
        if self._graph is None:
            self._graph = _read_graph_json(self._folder / "graph.json")
        return self._graph

    # ---- typed collections -------------------------------------------------------------
    @property
    def papers(self) -> list[PaperNode]:
        """Every paper, in input order."""
        return [_paper_node(n, d) for n, d in self.graph.nodes(data=True) if d["kind"] == "paper"]

    def entities(self, kind: EntityType | str | None = None) -> list[EntityNode]:
        """Entities of one kind (or all), most used first, then by name."""
        k = EntityType(kind).value if kind else None
        out = [_entity_node(n, d) for n, d in self.graph.nodes(data=True) if d["kind"] != "paper" and (k is None or d["kind"] == k)]
        return sorted(out, key=lambda e: (-e.papers, e.name.casefold(), e.id))

    @property
    def methods(self) -> list[EntityNode]:
        return self.entities(EntityType.METHOD)

    @property
    def datasets(self) -> list[EntityNode]:
        return self.entities(EntityType.DATASET)

    @property
    def tasks(self) -> list[EntityNode]:
        return self.entities(EntityType.TASK)

    @property
    def metrics(self) -> list[EntityNode]:
        return self.entities(EntityType.METRIC)

    @property
    def repositories(self) -> list[EntityNode]:
        return self.entities(EntityType.REPOSITORY)

    @property
    def relations(self) -> list[Relation]:
        """Every paper -> entity relation with its evidence as :class:`~kg.model.Mention`."""
        out = []
        for u, v, rel, d in self.graph.edges(keys=True, data=True):
            role = ROLE_OF_RELATION.get(rel)
            ev = tuple(
                Mention(role, e["text"], e["field"], e["start"], e["end"], e.get("sentence", ""), e["rule"], e["confidence"])
                for e in d.get("evidence", ())
            ) if role else ()
            out.append(Relation(u, rel, v, ev, d.get("value")))
        return out

    # ---- lookups ---------------------------------------------------------------------------
    def find(self, name: str, kind: EntityType | str | None = None) -> list[EntityNode]:
        """Entities whose name or an alias equals ``name`` (case, dashes and spaces ignored)."""
        key = normalize_name(name)
        return [e for e in self.entities(kind) if key == normalize_name(e.name) or key in {normalize_name(a) for a in e.aliases}]

    def _one(self, name: str, kind: EntityType) -> EntityNode | None:
        hits = self.find(name, kind)
        return hits[0] if hits else None

    def dataset(self, name: str) -> EntityNode | None:
        """The dataset called ``name`` (or with that alias), the most used one if several."""
        return self._one(name, EntityType.DATASET)

    def method(self, name: str) -> EntityNode | None:
        """The method called ``name`` (several papers may propose one: the most used is returned)."""
        return self._one(name, EntityType.METHOD)

    def task(self, name: str) -> EntityNode | None:
        return self._one(name, EntityType.TASK)

    def metric(self, name: str) -> EntityNode | None:
        return self._one(name, EntityType.METRIC)

    def papers_using(self, name: str) -> list[PaperNode]:
        """Papers linked to any entity called ``name`` (dataset, method, task or metric)."""
        targets = {e.id for e in self.find(name)}
        ids = {u for u, v in self.graph.in_edges(targets) if self.graph.nodes[u]["kind"] == "paper"} if targets else set()
        return [p for p in self.papers if p.id in ids]

    def leaderboard(self, *, dataset: str | None = None, metric: str | None = None, task: str | None = None,
                    min_papers: int | None = None):
        """Ranked tables of the absolute results papers report (:mod:`kg.leaderboard`), largest first.

        Filters match names and aliases ignoring case; without one, only tables of at least two
        papers are returned. Each :class:`~kg.leaderboard.Leaderboard` has ``rows`` with
        ``rank``, ``value``, ``unit``, ``method``, ``paper``, ``title`` and the ``evidence`` sentence.
        """
        from .leaderboard import leaderboards

        return leaderboards(self.graph, dataset=dataset, metric=metric, task=task, min_papers=min_papers)

    def summary(self) -> dict:
        """Counts of papers, entities by kind and relations by type."""
        kinds = Counter(d["kind"] for _, d in self.graph.nodes(data=True))
        rels = Counter(k for _, _, k in self.graph.edges(keys=True))
        return {
            "papers": kinds.pop("paper", 0),
            "entities": dict(sorted(kinds.items())),
            "relations": dict(sorted(rels.items())),
        }

    # ---- SPARQL ------------------------------------------------------------------------------
    @property
    def store(self):
        """The pyoxigraph store behind :meth:`query`: the build folder's on-disk store when
        :func:`load` found a current one (opened read-only), else built on first use."""
        if self._store is None:
            from .export.rdf import to_store
            from .query import open_store

            self._store = open_store(self._folder) if self._folder is not None else to_store(self.graph, provenance=True)
        return self._store

    def query(self, sparql: str, /, **params):
        """Run SPARQL (kg prefixes predeclared; ``params`` bound safely) and return, by query form:
        SELECT: a list of rows (dicts of Python values); ASK: a bool; CONSTRUCT / DESCRIBE: an
        rdflib Graph. Updates raise :class:`~kg.errors.QueryError` (the graph is read-only)."""
        from .query import resolve_query, run_query

        nq = resolve_query(sparql)
        if nq.name != "inline":
            raise QueryError(f"{sparql!r} is not SPARQL text", fix="use g.run(name) for a shipped query, or pass SPARQL")
        return _result_value(run_query(self.store, nq, params))

    def run(self, name: str, /, **params):
        """A shipped query from ``queries/`` (e.g. ``g.run("dataset-usage")``); results as :meth:`query`."""
        from .query import resolve_query, run_query

        return _result_value(run_query(self.store, resolve_query(name), params))

    # ---- conversions and files ------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """The underlying networkx MultiDiGraph (node/edge attributes: ``docs/graph-model.md``)."""
        return self.graph

    def to_rdf(self, *, provenance: bool = False):
        """An rdflib Graph of the facts (an rdflib Dataset with the provenance graph if asked)."""
        from .export.rdf import to_rdflib

        return to_rdflib(self.graph, provenance=provenance)

    def write(self, out_dir: str | Path, formats: Iterable[str] | None = None, **settings) -> dict[str, Path]:
        """Write the outputs and ``report.json`` into ``out_dir``; returns format -> file written.

        ``formats`` and ``settings`` are :class:`~kg.settings.OutputSettings` (``max_nodes``,
        ``jobs``: processes writing side by side; the files are the same for any value);
        unset ones take their defaults from the settings table.
        """
        from .export import write_outputs
        from .settings import OutputSettings

        if formats is not None:
            settings["formats"] = tuple(formats)
        opts = OutputSettings.from_kwargs(**{k: v for k, v in settings.items() if v is not None})
        took: dict[str, float] = {}
        written = write_outputs(self.graph, out_dir, opts.formats, max_nodes=opts.max_nodes, jobs=opts.jobs, timings=took)
        if "appended_papers" in took:  # the text RDF was appended to, not rewritten (kg.export.append)
            self.report["text_rdf_appended"] = {"papers": int(took.pop("appended_papers")),
                                                "old_papers_restated": int(took.pop("restated_papers", 0))}
        self.report.setdefault("timings_s", {}).update({f"write_{k}": round(v, 4) for k, v in took.items()})
        self.report["output_settings"] = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(opts).items()}
        report_path = Path(out_dir) / "report.json"
        report_path.write_text(json.dumps({**self.report, "summary": self.summary()}, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
        written["report"] = report_path
        return written

    def to_html(self, path: str | Path, *, max_nodes: int | None = SETTINGS["max_nodes"].default) -> dict | None:
        """Write only the interactive HTML explorer to ``path``, capped like :meth:`write`
        (``max_nodes=None`` draws every node)."""
        from .export.html import write_html

        return write_html(self.graph, Path(path), max_nodes=max_nodes)

    def __repr__(self) -> str:
        s = self.summary()
        return f"<KnowledgeGraph papers={s['papers']} entities={sum(s['entities'].values())} relations={sum(s['relations'].values())}>"


def _result_value(res):
    """A query result as Python: rows, a bool, or an rdflib Graph of the triples."""
    if res.boolean is not None:
        return res.boolean
    if res.triples is not None:
        import rdflib

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in res.graph_triples:
            g.add(t)
        return g
    return res.rows


def _paper_node(n: str, d: Mapping) -> PaperNode:
    return PaperNode(
        id=n,
        iri=d["iri"],
        title=d["title"],
        abstract=d.get("abstract") or "",
        date=d.get("date"),
        year=d.get("year"),
        organization=d.get("organization"),
        upvotes=d.get("upvotes"),
        author_count=d.get("author_count"),
        authors=tuple(d.get("authors") or ()),
        arxiv_id=d.get("arxiv_id"),
        sources=tuple(d.get("sources") or ()),
    )


def _entity_node(n: str, d: Mapping) -> EntityNode:
    return EntityNode(
        id=n,
        iri=d["iri"],
        kind=EntityType(d["kind"]),
        name=d["label"],
        aliases=tuple(d.get("aliases") or ()),
        papers=d.get("papers", 0),
        introduced_by=d.get("introduced_by"),
        url=d.get("url"),
    )


def load(out_dir: str | Path) -> KnowledgeGraph:
    """Reopen a graph written by ``kg build`` / :meth:`KnowledgeGraph.write` without re-extracting.

    When the folder holds a current store (``kg build`` writes ``store/``), queries run on it at
    once and graph.json is read only when the networkx graph or a typed collection is asked for.
    """
    from .query import store_is_current

    d = Path(out_dir)
    path = d / "graph.json" if d.is_dir() else d
    if not path.is_file():
        raise GraphLoadError(f"{path}: no graph.json here", fix="pass the --out folder of a `kg build` run (it writes graph.json)")
    report_path = path.parent / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.is_file() else {}
    if path.parent == d and store_is_current(d):
        g = KnowledgeGraph(None, report=report)
        g._folder = d
        return g
    return KnowledgeGraph(_read_graph_json(path), report=report)


def _read_graph_json(path: Path) -> nx.MultiDiGraph:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        # graph.json of kg before 0.2 kept the edges under networkx's older "links" key
        edges = "links" if isinstance(data, dict) and "links" in data and "edges" not in data else "edges"
        return nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    except (ValueError, KeyError, nx.NetworkXError) as e:
        raise GraphLoadError(f"{path}: not a kg graph.json ({e})", fix="rebuild it with `kg build`") from e
