"""graph.json: node-link JSON of the networkx graph, written whole or patched in place of a rebuild.

A whole write leaves an index beside the file (:data:`INDEX_FILE`): the byte range of each node's
object and of each node's run of outgoing edges. A later write that appends to the text RDF
(:mod:`kg.export.append`: only papers added, or a few restated) knows which nodes may differ: the
papers added or restated and the entities they point at. Every other node and its edges are
copied as bytes from the old file, in the new graph's order, and only those are encoded again;
the file is the same bytes as a whole write (tests/export/test_append.py). Encoding every node
and edge again cost about 6 s of each +100-paper rebuild of the 87K build; copying costs a pass
over the file's bytes.
"""

from __future__ import annotations

import json
import os
from array import array
from itertools import islice
from pathlib import Path

import networkx as nx

from .append import _stamp, load_index, replacing, save_index  # file stamps, whole-or-nothing writes and the indexes of appending writes

__all__ = ["INDEX_FILE", "write_json", "patch_json"]

INDEX_FILE = ".kg-json-index.pickle"
_INDEX_VERSION = 1
_BATCH = 2000  # objects encoded per call of the C encoder

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _head(graph: nx.MultiDiGraph) -> bytes:
    head = {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "graph": graph.graph}
    return (_dumps(head)[:-1] + ',"nodes":[').encode("utf-8", "surrogatepass")


def _node_obj(n, d: dict) -> dict:
    return {**d, "id": n}


def _edge_objs(graph: nx.MultiDiGraph, u, nbrs) -> list[dict]:
    if graph.is_multigraph():
        return [{**d, "source": u, "target": v, "key": k} for v, keyed in nbrs.items() for k, d in keyed.items()]
    return [{**d, "source": u, "target": v} for v, d in nbrs.items()]


class _Out:
    """The file being written: items separated by commas, the start of each recorded."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.pos = 0
        self.first = True

    def raw(self, b: bytes) -> None:
        _write_all(self.fh, b)
        self.pos += len(b)

    def items(self, encoded: list[bytes], starts: array) -> None:
        """Encoded items (each one node, or one node's run of edges) and their starts."""
        pos = self.pos + (0 if self.first else 1)
        for b in encoded:
            starts.append(pos)
            pos += len(b) + 1
        self.raw((b"" if self.first else b",") + b",".join(encoded))
        self.first = False

    def copy(self, src: int, a: int, b: int, starts: array, old: array) -> None:
        """Bytes ``a:b`` of the old file (descriptor ``src``; whole items, their old starts ``old``), shifted to here."""
        if not self.first:
            self.raw(b",")
        shift = self.pos - a
        starts.extend(s + shift for s in old)
        _copy_range(src, self.fh, a, b - a)
        self.pos += b - a
        self.first = False


def _write_all(fh, b: bytes) -> None:
    view = memoryview(b)
    while view:  # an unbuffered file may take part of it
        view = view[fh.write(view):]


def _copy_range(src: int, dst, at: int, n: int) -> None:
    """``n`` bytes of ``src`` from offset ``at`` appended to ``dst`` (an unbuffered file): by the
    kernel where it can (no copy through this process, nor its pages in memory), else read and written."""
    while n > 0:
        try:
            done = os.copy_file_range(src, dst.fileno(), n, at)
        except (AttributeError, OSError):  # not Linux, or a file system that cannot: through this process
            done = 0
        if done <= 0:
            data = os.pread(src, min(n, 1 << 24), at)
            if not data:
                raise OSError(f"graph.json ended {n} bytes early")
            _write_all(dst, data)
            done = len(data)
        at += done
        n -= done


def _encode_batches(rows, out: _Out, starts: array) -> None:
    """``rows`` (JSON-ready objects, or lists of them: one item each) encoded a batch at a time."""
    rows = iter(rows)
    while chunk := list(islice(rows, _BATCH)):
        out.items([_item(x) for x in chunk], starts)


def _item(x) -> bytes:
    # a run of edges is one item: its objects joined by commas, as a whole write writes them
    return (_dumps(x)[1:-1] if type(x) is list else _dumps(x)).encode("utf-8", "surrogatepass")


def write_json(graph: nx.MultiDiGraph, path: Path) -> None:
    """The whole file, and its index. The text equals ``json.dump(node_link(graph))`` with
    ``ensure_ascii=False`` and no spaces (:func:`kg.export.node_link`)."""
    nodes, edges = array("q"), array("q")
    sources: list = []

    def runs():
        for u, nbrs in graph.succ.items():
            if nbrs:
                sources.append(u)
                yield _edge_objs(graph, u, nbrs)

    with replacing(path) as fh:
        out = _Out(fh)
        out.raw(_head(graph))
        _encode_batches((_node_obj(n, d) for n, d in graph.nodes(data=True)), out, nodes)
        nodes_end = out.pos
        out.raw(b'],"edges":[')
        out.first = True
        _encode_batches(runs(), out, edges)
        edges_end = out.pos
        out.raw(b"]}")
    _save_index(path, list(graph.nodes), nodes, nodes_end, sources, edges, edges_end)


def _save_index(path: Path, node_ids: list, nodes: array, nodes_end: int, sources: list, edges: array, edges_end: int) -> None:
    save_index(path.with_name(INDEX_FILE), {
        "version": _INDEX_VERSION, "stamp": _stamp(path), "node_ids": node_ids, "nodes": nodes, "nodes_end": nodes_end,
        "sources": sources, "edges": edges, "edges_end": edges_end})


def _load_index(path: Path, stamp) -> dict | None:
    """The index of ``path`` when it describes the file as it is (and as the state last recorded it)."""
    index = load_index(path.with_name(INDEX_FILE), _INDEX_VERSION, {
        "node_ids": list, "nodes": array, "nodes_end": int, "sources": list, "edges": array, "edges_end": int})
    if index is None or stamp is None or index.get("stamp") != stamp or _stamp(path) != stamp:
        return None
    return index


def forget_index(path: Path) -> None:
    """Remove the index before the file changes: one left from an older file is never used."""
    path.with_name(INDEX_FILE).unlink(missing_ok=True)


def patch_json(graph: nx.MultiDiGraph, path: Path, changed: set, stamp) -> bool:
    """Rewrite ``path`` for ``graph`` re-encoding only the nodes in ``changed`` (and their edges)
    and those the last write did not have; False (nothing done) when the file has no index
    matching ``stamp`` (the file's size and time the last write recorded)."""
    index = _load_index(path, stamp)
    if index is None:
        return False
    forget_index(path)
    node_ids, sources = index["node_ids"], index["sources"]
    old_nodes, old_edges = index["nodes"], index["edges"]
    node_ends = array("q", old_nodes[1:])
    node_ends.append(index["nodes_end"] + 1)  # each item ends one byte (the comma) before the next starts
    edge_ends = array("q", old_edges[1:])
    edge_ends.append(index["edges_end"] + 1)
    nodes, edges = array("q"), array("q")
    new_sources: list = []
    with open(path, "rb") as src_fh, replacing(path, buffering=0) as fh:  # unbuffered: copies go by the kernel
        src = src_fh.fileno()
        out = _Out(fh)
        out.raw(_head(graph))
        pos = {n: i for i, n in enumerate(node_ids)}
        _splice(out, src, ((n, pos.get(n), d) for n, d in graph.nodes(data=True)), changed,
                old_nodes, node_ends, nodes, lambda n, d: _node_obj(n, d))
        nodes_end = out.pos
        out.raw(b'],"edges":[')
        out.first = True
        at = {n: i for i, n in enumerate(sources)}

        def runs():
            for u, nbrs in graph.succ.items():
                if nbrs:
                    new_sources.append(u)
                    yield u, at.get(u), nbrs

        _splice(out, src, runs(), changed, old_edges, edge_ends, edges, lambda u, nbrs: _edge_objs(graph, u, nbrs))
        edges_end = out.pos
        out.raw(b"]}")
    _save_index(path, list(graph.nodes), nodes, nodes_end, new_sources, edges, edges_end)
    return True


def _splice(out: _Out, src, items, changed: set, old_starts: array, old_ends: array, starts: array, make) -> None:
    """Write ``items`` ((key, old position or None, data) in the new order): a run of items kept
    (unchanged, consecutive in the old file too) is copied as one slice of its bytes, the others
    are encoded (``make(key, data)``) a batch at a time."""
    run_a = run_b = -1  # old positions of the run being kept: run_a..run_b
    todo: list = []

    def flush_run() -> None:
        nonlocal run_a
        if run_a >= 0:
            out.copy(src, old_starts[run_a], old_ends[run_b] - 1, starts, old_starts[run_a: run_b + 1])
            run_a = -1

    def flush_todo() -> None:
        if todo:
            out.items([_item(x) for x in todo], starts)
            todo.clear()

    for key, i, data in items:
        if i is not None and key not in changed:
            flush_todo()
            if run_a >= 0 and i == run_b + 1:
                run_b = i
            else:
                flush_run()
                run_a = run_b = i
        else:
            flush_run()
            todo.append(make(key, data))
            if len(todo) >= _BATCH:
                flush_todo()
    flush_run()
    flush_todo()
