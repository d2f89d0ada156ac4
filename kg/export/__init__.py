"""Output writers, registered by name. ``kg build --formats`` and ``KnowledgeGraph.write`` use them."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import networkx as nx

from ..memory import paused_gc
from ..parallel import forks, parallel_map
from ..errors import ExportError
from ..settings import DEFAULT_FORMATS, default_jobs

__all__ = ["Writer", "register_writer", "writers", "write_outputs", "DEFAULT_FORMATS", "node_link"]


@dataclass(frozen=True)
class Writer:
    """One output format: the file it writes in the output folder and the function writing it."""

    name: str
    filename: str
    description: str
    write: Callable[..., dict | None]  # (graph, path, context) -> optional stats


_WRITERS: dict[str, Writer] = {}



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
        self.nquads_written = False  # set once this process has written graph.nq
        self.store_written = False
        self.tee_store = False  # graph.nq's text is fed to the store loader as it is written
        self.store_seconds = 0.0  # how long that loader took
        self.append = None  # an AppendPlan: the text RDF files to append to (kg.export.append)
        self.nquads_offset: int | None = None  # where graph.nq's appended statements start
        self.text_rdf: list[str] = []  # the text RDF formats of this write
        self.state: dict | None = None  # what the last write into the folder left (kg.export.append)
        self.with_store = False  # OUT/store is written too

    @property
    def store(self):
        if self._store is None:
            from .rdf import to_store

            self._store = to_store(self.graph, provenance=True)
        return self._store


#: Rough seconds each writer takes on the full 87K-abstract graph on one core: what the
#: writers are spread over processes by (formats not listed count 1).
_COST = {"trig": 40.0, "jsonld": 60.0, "nquads": 8.0, "turtle": 4.0, "ntriples": 4.0, "json": 3.0, "html": 1.0, "store": 20.0, "void": 2.0}
#: Formats written after another one, in the same process: the store is bulk-loaded from graph.nq
#: (Rust parses the file; no Python makes the statements twice), VoID is counted on the store.
_AFTER = {"store": "nquads", "void": "store"}
#: Below this many nodes a second process costs more than it saves.
_PARALLEL_MIN_NODES = 5000
_STORE_FORMATS = ("trig",)  # the others are written as text, without a store
#: Text RDF a rebuild that only adds papers appends to (kg.export.append).
_APPENDABLE = ("nquads", "turtle", "ntriples")
#: Rough seconds of each writer in an appending write on the 87K build (+100 papers): graph.nq and
#: graph.nt cut by their line index and copied by the kernel (kg.export.line_index), graph.ttl a pass
#: over its bytes, then a short append; the store's update; VoID from the counts kept in the store;
#: graph.json patched (kg.export.graph_json: unchanged nodes copied as bytes), the HTML written whole.
_APPEND_COST = {"nquads": 0.8, "turtle": 1.0, "ntriples": 0.5, "store": 1.6, "void": 0.3, "json": 1.0, "html": 0.9}
#: A writer task making the papers' digests for the next write's append plan.
_STATE_TASK = "_rdf_state"
_PLAN_KEY = "_rdf_plan"  # (new papers, old papers restated) of an append, from that task


def write_outputs(
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    formats: tuple[str, ...] | list[str] = DEFAULT_FORMATS,
    *,
    max_nodes: int | None = None,
    title: str = "kg",
    jobs: int | None = None,
    timings: dict[str, float] | None = None,
) -> dict[str, Path]:
    """Write ``formats`` into ``out_dir``; returns format name -> file written.

    With ``jobs`` > 1 (default: all cores) and a large graph, the writers are spread over up to
    ``jobs`` forked processes by :func:`kg.parallel.parallel_map` (they inherit the graph instead
    of unpickling it); the files are the same either way. ``timings``, when given, receives the seconds each
    format took (``rdf_store``: building the pyoxigraph store, when a format needs one).
    """
    unknown = [f for f in formats if f not in _WRITERS]
    if unknown:
        raise ExportError(f"unknown output format(s): {', '.join(unknown)}", fix=f"use any of: {', '.join(_WRITERS)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{out}: cannot create the output folder ({e})", fix="choose a writable --out folder") from e
    formats = list(dict.fromkeys(formats))
    ctx = WriteContext(graph, max_nodes=max_nodes, title=title)
    if jobs is None:
        jobs = default_jobs()
    # the store loads graph.nq's text in its own process while the text is written (kg.export.store)
    ctx.tee_store = "nquads" in formats and "store" in formats and jobs > 1 and os.name == "posix"
    ctx.text_rdf = [f for f in formats if f in _APPENDABLE]
    ctx.with_store = "store" in formats
    if ctx.text_rdf:
        from .append import forget_state, load_state

        ctx.state = load_state(out)
        forget_state(out)  # until every file is written
    fork = graph.number_of_nodes() >= _PARALLEL_MIN_NODES and forks()
    took: dict = {}
    digests = plan = None
    if ctx.state is not None:  # the append plan first, here: every writer process inherits it
        _plan(ctx, out, took, jobs if fork else 1)
        digests, plan = took.pop(_STATE_TASK), took.pop(_PLAN_KEY, None)
    groups = _groups(formats, max(1, min(jobs, len(formats))) if fork else 1, ctx.append is not None)
    if ctx.text_rdf and ctx.state is None:  # only the next write needs the digests: beside the lightest writers
        min(groups, key=lambda g: sum(_COST.get(f, 1.0) for f in g)).append(_STATE_TASK)
    with paused_gc():
        try:
            # forked workers inherit the graph through the partial instead of unpickling it
            for part in parallel_map(partial(_write_group, ctx, out), groups, len(groups) if len(groups) > 1 else 1):
                digests = part.pop(_STATE_TASK, digests)
                plan = part.pop(_PLAN_KEY, plan)
                took.update(part)  # a writer's ExportError is raised here
        except BrokenProcessPool as e:
            raise ExportError(
                f"{out}: a process writing the outputs died ({e})",
                fix="check free memory, or write one output at a time with jobs=1 (kg build --jobs 1)",
            ) from e
    if "store" in formats:
        _seal_store(out)
    if ctx.text_rdf:
        from .append import save_state

        save_state(out, digests, [*ctx.text_rdf, *(["json"] if "json" in formats else [])])
        if plan is not None:
            took["appended_papers"], took["restated_papers"] = plan
    if timings is not None:
        timings.update(took)
    return {name: out / _WRITERS[name].filename for name in formats}


def _groups(formats: list[str], procs: int, appending: bool) -> list[list[str]]:
    """:func:`_plan_chained`; when the text RDF is appended to (the plan is made before the
    writers start), graph.nq and what follows it (the store, VoID) in one process and the other
    formats, the other appended files among them, over the other processes."""
    if not appending or procs == 1 or "nquads" not in formats:
        return _plan_chained(formats, procs)

    def chained(f: str) -> bool:
        while f != "nquads" and f in _AFTER and _AFTER[f] in formats:
            f = _AFTER[f]
        return f == "nquads"

    first = [f for f in formats if chained(f)]
    rest = [f for f in formats if not chained(f)]
    if procs == 2:  # an appended file costs a few seconds, not a full write: balance the two processes by that

        def cost(fs: list[str]) -> float:
            return sum(_APPEND_COST.get(f, _COST.get(f, 1.0)) for f in fs)

        for f in [f for f in rest if f in _APPENDABLE]:
            if cost(first) + _APPEND_COST[f] <= cost(rest) - _APPEND_COST[f]:
                first.append(f)
                rest.remove(f)
        first.sort(key=lambda f: (f in _AFTER, formats.index(f)))  # the store and VoID still after graph.nq
    return [first, *(_plan_chained(rest, procs - 1) if rest else [])]


def _plan(ctx: WriteContext, out: Path, took: dict, jobs: int = 1) -> None:
    """The papers' digests for the next write (over ``jobs`` processes) and, with the last
    write's state, ``ctx.append``."""
    from .append import paper_digests, plan_append

    t0 = time.perf_counter()
    digests = took[_STATE_TASK] = _digests(ctx.graph, jobs) if jobs > 1 else paper_digests(ctx.graph)
    if ctx.state is not None:
        ctx.append = plan_append(ctx.graph, out, ctx.text_rdf, digests, ctx.state)
    if ctx.append is not None:
        took[_PLAN_KEY] = (ctx.append.new, len(ctx.append.papers) - ctx.append.new)
        if "nquads" in ctx.append.formats:
            from ..query import store_is_current

            ctx.tee_store = False  # graph.nq is not written whole: the store follows it afterwards
            ctx.append.store = ctx.with_store and store_is_current(out)
    took["rdf_state"] = time.perf_counter() - t0


def _digests(graph: nx.MultiDiGraph, jobs: int) -> dict:
    """:func:`~kg.export.append.paper_digests` made by ``jobs`` forked processes, each digesting
    a slice of the papers (in node order, so the dict is the one a single process makes)."""
    from .append import paper_digests

    papers = [n for n, k in graph.nodes(data="kind") if k == "paper"]
    size = max(1, -(-len(papers) // jobs))
    digests: dict = {}
    for part in parallel_map(partial(paper_digests, graph), [papers[i:i + size] for i in range(0, len(papers), size)], jobs):
        digests.update(part)
    return digests


def _plan_chained(formats: list[str], procs: int) -> list[list[str]]:
    """:func:`plan_writers` with each format of ``_AFTER`` whose predecessor is written too
    placed after it in the same list, its cost counted on that list."""
    chained = [f for f in formats if f in _AFTER and _AFTER[f] in formats]
    heads = [f for f in formats if f not in chained]

    def root(f: str) -> str:
        while f in chained:
            f = _AFTER[f]
        return f

    extra: dict[str, float] = {}
    for f in chained:
        extra[root(f)] = extra.get(root(f), 0.0) + _COST.get(f, 1.0)
    bins = plan_writers(heads, procs, extra_cost=extra)
    for f in sorted(chained, key=lambda f: f == "void"):  # the store before VoID
        next(b for b in bins if _AFTER[f] in b).append(f)
    return bins


def _seal_store(out: Path) -> None:
    """Date the store's stamp after every file of this write: :func:`kg.query.store_is_current`
    takes a text graph newer than the stamp (rewritten later, alone) as a sign the store is stale."""
    import os

    from ..query import STORE_DIR, STORE_STAMP

    stamp = out / STORE_DIR / STORE_STAMP
    if stamp.is_file():
        os.utime(stamp)


def plan_writers(formats: list[str], procs: int, *, extra_cost: dict[str, float] | None = None) -> list[list[str]]:
    """``formats`` spread over ``procs`` processes, the costliest first onto the least loaded
    (``extra_cost``: seconds of work that will follow a format in its process).

    The first list is this process's; lists keep the order of ``formats``; none is empty.
    """
    extra_cost = extra_cost or {}

    def cost(f: str) -> float:
        return _COST.get(f, 1.0) + extra_cost.get(f, 0.0)

    bins: list[list[str]] = [[] for _ in range(procs)]
    load = [0.0] * procs
    for name in sorted(formats, key=lambda f: -cost(f)):  # stable: ties keep their order
        i = min(range(procs), key=lambda i: (load[i], i))
        bins[i].append(name)
        load[i] += cost(name)
    order = {f: i for i, f in enumerate(formats)}
    return [sorted(b, key=order.__getitem__) for b in bins if b] or [[]]


def _write_one(ctx: "WriteContext", name: str, out: Path) -> dict[str, float]:
    """Write one format; returns the seconds it took (and the store's, if it built one)."""
    took = {}
    path = out / _WRITERS[name].filename
    try:
        if name in _STORE_FORMATS and ctx._store is None:
            t0 = time.perf_counter()
            ctx.store  # noqa: B018  timed on its own: the formats needing it share it
            took["rdf_store"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        if name == "store" and ctx.store_written:  # loaded beside graph.nq already
            return {name: ctx.store_seconds}
        if ctx.append is not None and name in ctx.append.formats:
            from .append import append_text

            offset = append_text(ctx.graph, ctx.append, path, name)
            if name == "nquads":
                ctx.nquads_offset = offset
        elif name == "store" and ctx.append is not None and ctx.append.store and ctx.nquads_offset is not None:
            from .append import append_store

            if ctx.append.papers or ctx.append.entities:  # else nothing to remove or load: no new interpreter
                append_store(out, ctx.append, out / _WRITERS["nquads"].filename, ctx.nquads_offset)
        else:
            _WRITERS[name].write(ctx.graph, path, ctx)
        if name == "nquads":
            ctx.nquads_written = True
            ctx.store_written = ctx.tee_store
        elif name == "store":
            ctx.store_written = True
    except OSError as e:
        raise ExportError(f"{path}: writing {name} failed ({e})", fix="check free disk space and permissions") from e
    took[name] = time.perf_counter() - t0
    return took


def _write_group(ctx: "WriteContext", out: Path, names: list[str]) -> dict[str, float]:
    """Write ``names`` one after the other (in a worker of :func:`write_outputs`, or here)."""
    took: dict = {}
    for name in names:
        if name == _STATE_TASK:
            _plan(ctx, out, took)
            continue
        took.update(_write_one(ctx, name, out))
    return took


def node_link(graph: nx.MultiDiGraph) -> dict:
    """The graph as node-link data in networkx's current default shape (edges under "edges"),
    so ``networkx.node_link_graph(data)`` reads it back as it is."""
    return nx.node_link_data(graph)


@register_writer("json", "graph.json", "node-link JSON of the networkx graph, with evidence on every edge")
def _write_json(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    from .graph_json import patch_json, write_json

    # an appending write (kg.export.append) re-encodes only the nodes it restates: the rest is copied
    if ctx is not None and ctx.append is not None and ctx.state is not None and "json" in ctx.state["files"]:
        if patch_json(graph, path, {*ctx.append.papers, *ctx.append.entities}, ctx.state["files"]["json"]):
            return
    write_json(graph, path)


def _rdf_writer(fmt: str):
    def write(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
        if fmt == "trig":  # no hand-written TriG: pyoxigraph pretty-prints it from a store
            from .rdf import write_store

            write_store(ctx.store, path, fmt)
        elif fmt == "ntriples":  # indexed for appending writes, as graph.nq (kg.export.line_index)
            from .line_index import Indexer
            from .rdf import nquad_lines, write_text

            ix = Indexer()
            write_text(ix.batches(nquad_lines(graph, default_only=True, on_node=ix.mark)), path, batch=1)
            ix.save(path, fmt)
        else:
            from .rdf import write_rdf

            write_rdf(graph, path, fmt)

    return write


register_writer("turtle", "graph.ttl", "RDF Turtle: the plain facts (default graph)")(_rdf_writer("turtle"))
register_writer("ntriples", "graph.nt", "RDF N-Triples: the plain facts")(_rdf_writer("ntriples"))
@register_writer("nquads", "graph.nq", "RDF N-Quads: facts plus the provenance named graph")
def _write_nquads(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    from .line_index import Indexer
    from .rdf import nquad_lines, write_text

    # where each entity's lines sit: an appending write copies the others (kg.export.line_index)
    ix = Indexer()
    text = ix.batches(nquad_lines(graph, provenance=True, on_node=ix.mark))  # joined as write_text joins them
    if not ctx.tee_store:
        write_text(text, path, batch=1)
    else:
        from .store import write_nquads_and_store

        ctx.store_seconds, _ = write_nquads_and_store(text, path, path.parent, batch=1)
    ix.save(path, "nquads")
register_writer("trig", "graph.trig", "RDF TriG: facts plus the provenance named graph")(_rdf_writer("trig"))


@register_writer("jsonld", "graph.jsonld", "JSON-LD of the plain facts")
def _write_jsonld(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    from .rdf import to_rdflib
    from ..vocab import PREFIXES

    to_rdflib(graph).serialize(destination=str(path), format="json-ld", context=PREFIXES, auto_compact=True)


@register_writer("store", "store", "on-disk Oxigraph store of facts and provenance: kg query and kg.load open it without parsing")
def _write_store(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> dict:
    from .rdf import nquad_lines
    from .store import write_store_dir

    nq = path.parent / _WRITERS["nquads"].filename
    if ctx.nquads_written and nq.is_file():
        return write_store_dir(path.parent, nquads=nq)
    return write_store_dir(path.parent, lines=nquad_lines(graph, provenance=True))


@register_writer("void", "void.ttl", "VoID description of the dataset: triples, entities per class, properties, vocabularies")
def _write_void(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> None:
    import pyoxigraph as ox

    from ..query import STORE_DIR, STORE_STAMP
    from .store import write_void

    on_disk = path.parent / STORE_DIR
    if not (ctx.store_written and on_disk.is_dir()):
        write_void(ctx.store, path, title=ctx.title)
        return
    from .append import save_void_counts, load_void_counts
    from .store import void_counts

    # counted once on the store written whole, then kept up to date by appending writes
    # (kg.export.append): counting 4M quads again cost 2 s of every incremental build
    counts = load_void_counts(on_disk)
    if counts is None:
        counts = void_counts(ox.Store.read_only(str(on_disk)))
        stats = json.loads((on_disk / STORE_STAMP).read_text(encoding="utf-8"))
        save_void_counts(on_disk, counts, stats)
    write_void(None, path, title=ctx.title, counts=counts)


@register_writer("html", "graph.html", "interactive explorer page (self-contained, opens offline)")
def _write_html(graph: nx.MultiDiGraph, path: Path, ctx: WriteContext) -> dict | None:
    from .html import write_html

    return write_html(graph, path, max_nodes=ctx.max_nodes, title=ctx.title)
