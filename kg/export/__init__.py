"""Output writers, registered by name. ``kg build --formats`` and ``KnowledgeGraph.write`` use them."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import networkx as nx

from .._gc import paused_gc
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
    """Shared state of one write: builds the pyoxigraph store (TriG needs one) at most once."""

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


#: Writers independent of the RDF ones: a forked process runs them while this one writes RDF.
_INDEPENDENT = ("json", "html")
#: Below this many nodes a second process costs more than it saves.
_PARALLEL_MIN_NODES = 5000
_STORE_FORMATS = ("trig",)  # the others are written as text, without a store
_FORKED: "WriteContext | None" = None  # what a forked writer inherits


def write_outputs(
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    formats: tuple[str, ...] | list[str] = DEFAULT_FORMATS,
    *,
    max_nodes: int | None = None,
    title: str = "kg",
    on_format: Callable[[str], None] | None = None,
    jobs: int | None = None,
    timings: dict[str, float] | None = None,
) -> dict[str, Path]:
    """Write ``formats`` into ``out_dir``; returns format name -> file written.

    ``timings``, when given, receives the seconds each format took (``rdf_store``: building the
    pyoxigraph store, when a format needs one).

    With ``jobs`` > 1 (default: all cores) and a large graph, JSON and HTML are written by a
    forked process while this one writes the RDF formats; the files are the same either way.
    """
    unknown = [f for f in formats if f not in _WRITERS]
    if unknown:
        raise ExportError(f"unknown output format(s): {', '.join(unknown)}", fix=f"use any of: {', '.join(_WRITERS)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{out}: cannot create the output folder ({e})", fix="choose a writable --out folder") from e
    ctx = WriteContext(graph, max_nodes=max_nodes, title=title)
    jobs = jobs if jobs is not None else len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    aside = [f for f in formats if f in _INDEPENDENT]
    here = [f for f in formats if f not in aside]
    fork = jobs > 1 and aside and here and graph.number_of_nodes() >= _PARALLEL_MIN_NODES and "fork" in mp.get_all_start_methods()
    if not fork:
        aside, here = [], list(formats)
    written: dict[str, Path] = {}
    took: dict[str, float] = {}
    with paused_gc():
        pool = _fork_writers(ctx) if fork else None
        try:
            pending: dict[str, Future] = {}
            for name in aside:
                if on_format:
                    on_format(name)
                pending[name] = pool.submit(_write_forked, name, out / _WRITERS[name].filename)
            for name in here:
                if on_format:
                    on_format(name)
                if name in _STORE_FORMATS and ctx._store is None:
                    t0 = time.perf_counter()
                    ctx.store  # noqa: B018  timed on its own: the formats needing it share it
                    took["rdf_store"] = time.perf_counter() - t0
                took[name] = _write_one(ctx, name, out / _WRITERS[name].filename)
            for name, fut in pending.items():
                try:
                    took[name] = fut.result()  # re-raises the writer's ExportError
                except BrokenProcessPool as e:
                    raise ExportError(
                        f"{out / _WRITERS[name].filename}: the process writing {name} died ({e})",
                        fix="check free memory, or write one output at a time with jobs=1 (kg build --jobs 1)",
                    ) from e
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
    for name in formats:
        written[name] = out / _WRITERS[name].filename
    if timings is not None:
        timings.update(took)
    return written


def _write_one(ctx: "WriteContext", name: str, path: Path) -> float:
    """Write one format; returns the seconds it took."""
    t0 = time.perf_counter()
    try:
        _WRITERS[name].write(ctx.graph, path, ctx)
    except OSError as e:
        raise ExportError(f"{path}: writing {name} failed ({e})", fix="check free disk space and permissions") from e
    return time.perf_counter() - t0


def _fork_writers(ctx: "WriteContext") -> ProcessPoolExecutor:
    """A one-worker pool forked now, so that it inherits the graph instead of unpickling it."""
    global _FORKED
    _FORKED = ctx
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"))
        pool.submit(int).result()  # fork here, while _FORKED is set
    finally:
        _FORKED = None
    return pool


def _write_forked(name: str, path: Path) -> float:
    assert _FORKED is not None, "writer not forked from write_outputs"
    return _write_one(_FORKED, name, path)


def node_link(graph: nx.MultiDiGraph) -> dict:
    """The graph as node-link data (``edges`` key "links"), JSON-ready."""
    return nx.node_link_data(graph, edges="links")


@register_writer("json", "graph.json", "node-link JSON of the networkx graph, with evidence on every edge")
def _write_json(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    # The same text as json.dump(node_link(graph), fh, ensure_ascii=False, separators=(",", ":")),
    # encoded in batches: json.dump runs the pure-Python encoder, json.dumps the C one (3x faster),
    # and batches keep memory at one batch instead of one string of the whole file.
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    batch = 2000

    def items(rows):
        rows = iter(rows)
        first = True
        while chunk := list(islice(rows, batch)):
            yield ("" if first else ",") + dumps(chunk)[1:-1]
            first = False

    head = {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "graph": graph.graph}
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(dumps(head)[:-1] + ',"nodes":[')
        fh.writelines(items({**d, "id": n} for n, d in graph.nodes(data=True)))
        fh.write('],"links":[')
        if graph.is_multigraph():
            fh.writelines(items({**d, "source": u, "target": v, "key": k} for u, v, k, d in graph.edges(keys=True, data=True)))
        else:
            fh.writelines(items({**d, "source": u, "target": v} for u, v, d in graph.edges(data=True)))
        fh.write("]}")


def _rdf_writer(fmt: str):
    def write(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
        if fmt == "trig":  # no hand-written TriG: pyoxigraph pretty-prints it from a store
            from .rdf import write_store

            write_store(ctx.store, path, fmt)
        else:
            from .rdf import write_rdf

            write_rdf(graph, path, fmt)

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
