"""Output writers, registered by name. ``kg build --formats`` and ``KnowledgeGraph.write`` use them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..errors import ExportError

__all__ = ["Writer", "register_writer", "writers", "write_outputs", "DEFAULT_FORMATS", "node_link"]


@dataclass(frozen=True)
class Writer:
    """One output format: the file it writes in the output folder and the function writing it."""

    name: str
    filename: str
    description: str
    write: Callable[..., dict | None]  # (graph, path, context) -> optional stats


_WRITERS: dict[str, Writer] = {}

#: What ``kg build`` writes when --formats is not given.
DEFAULT_FORMATS = ("turtle", "nquads", "json", "html")


def register_writer(name: str, filename: str, description: str):
    """Decorator registering ``fn(graph, path, ctx)`` as the writer of format ``name``."""

    def deco(fn):
        if name in _WRITERS:
            raise ValueError(f"two writers registered as {name!r}")
        _WRITERS[name] = Writer(name, filename, description, fn)
        return fn

    return deco


def writers() -> dict[str, Writer]:
    """All registered writers by name."""
    return dict(_WRITERS)


class WriteContext:
    """Shared state of one write: builds the pyoxigraph store once for all RDF formats."""

    def __init__(self, graph: nx.MultiDiGraph, max_nodes: int | None = None, title: str = "kg") -> None:
        self.graph = graph
        self.max_nodes = max_nodes
        self.title = title
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from .rdf import to_store

            self._store = to_store(self.graph, provenance=True)
        return self._store


def write_outputs(
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    formats: tuple[str, ...] | list[str] = DEFAULT_FORMATS,
    *,
    max_nodes: int | None = None,
    title: str = "kg",
    on_format: Callable[[str], None] | None = None,
) -> dict[str, Path]:
    """Write ``formats`` into ``out_dir``; returns format name -> file written."""
    unknown = [f for f in formats if f not in _WRITERS]
    if unknown:
        raise ExportError(f"unknown output format(s): {', '.join(unknown)}", fix=f"use any of: {', '.join(_WRITERS)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{out}: cannot create the output folder ({e})", fix="choose a writable --out folder") from e
    ctx = WriteContext(graph, max_nodes=max_nodes, title=title)
    written: dict[str, Path] = {}
    for name in formats:
        w = _WRITERS[name]
        if on_format:
            on_format(name)
        path = out / w.filename
        try:
            w.write(graph, path, ctx)
        except OSError as e:
            raise ExportError(f"{path}: writing {name} failed ({e})", fix="check free disk space and permissions") from e
        written[name] = path
    return written


def node_link(graph: nx.MultiDiGraph) -> dict:
    """The graph as node-link data (``edges`` key "links"), JSON-ready."""
    return nx.node_link_data(graph, edges="links")


@register_writer("json", "graph.json", "node-link JSON of the networkx graph, with evidence on every edge")
def _write_json(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(node_link(graph), fh, ensure_ascii=False, separators=(",", ":"))


def _rdf_writer(fmt: str):
    def write(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
        from .rdf import write_store

        write_store(ctx.store, path, fmt)

    return write


register_writer("turtle", "graph.ttl", "RDF Turtle: the plain facts (default graph)")(_rdf_writer("turtle"))
register_writer("ntriples", "graph.nt", "RDF N-Triples: the plain facts")(_rdf_writer("ntriples"))
register_writer("nquads", "graph.nq", "RDF N-Quads: facts plus the provenance named graph")(_rdf_writer("nquads"))
register_writer("trig", "graph.trig", "RDF TriG: facts plus the provenance named graph")(_rdf_writer("trig"))


@register_writer("jsonld", "graph.jsonld", "JSON-LD of the plain facts")
def _write_jsonld(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    from .rdf import to_rdflib
    from ..vocab import PREFIXES

    to_rdflib(graph).serialize(destination=str(path), format="json-ld", context=PREFIXES, auto_compact=True)


@register_writer("html", "graph.html", "interactive explorer page (self-contained, opens offline)")
def _write_html(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> dict | None:
    from .html import write_html

    return write_html(graph, path, max_nodes=ctx.max_nodes, title=ctx.title)
