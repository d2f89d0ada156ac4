"""Incremental text RDF: a rebuild that only adds papers appends to graph.nq / graph.ttl / graph.nt.

Every write leaves a state file in the output folder (:data:`STATE_FILE`): a digest of each
paper's node and outgoing edges (its facts, results and evidence) and the size and time of each
text RDF file written. The next write into that folder compares the new graph with it. When
every paper of the state is in the new graph with the same digest, no fact about an old paper
changed (identity resolution sent their mentions to the same entities), so the files are
brought up to date by:

1. dropping the statements about the entities the new papers link to (their paper counts,
   aliases and introducing paper may change), in one pass over the file's bytes;
2. appending the new papers' statements, their evidence and results, and those entities'
   statements with their final attributes (:class:`~kg.export.chunked.PieceWriter`).

The file then states the same RDF as a full write of the new graph, in another line order
(tests/export/test_append.py). Anything else (a paper changed or gone, an entity of an old paper
resolved elsewhere, another kg version, a file edited since) writes the file in full, as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .._version import __version__
from .chunked import FORMATS, PieceWriter, _expand, iris_of

__all__ = ["STATE_FILE", "AppendPlan", "paper_digests", "plan_append", "append_text", "save_state", "forget_state"]

STATE_FILE = ".kg-write-state.pickle"
_STATE_VERSION = 1


@dataclass
class AppendPlan:
    """What an appending write adds: the new papers and the entities it restates, per text format."""

    new_papers: list[str]
    entities: list[str]
    formats: set[str]


def paper_digests(g: nx.MultiDiGraph) -> dict[str, bytes]:
    """A digest per paper node of everything its statements are made of: its attributes (text,
    metadata, results) and its outgoing edges with their evidence."""
    succ = g.succ
    out = {}
    for n, d in g.nodes(data=True):
        if d.get("kind") == "paper":
            text = repr((d, list(succ[n].items())))
            out[n] = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return out


def _load(out: Path) -> dict | None:
    try:
        with open(out / STATE_FILE, "rb") as fh:
            state = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None  # no state (a first build) or an unreadable one: write in full
    if not isinstance(state, dict) or state.get("version") != _STATE_VERSION or state.get("kg") != __version__:
        return None
    return state


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def plan_append(g: nx.MultiDiGraph, out: Path, formats, digests: dict[str, bytes]) -> AppendPlan | None:
    """An :class:`AppendPlan` when the text formats asked for can be appended to, else None."""
    state = _load(out)
    if state is None:
        return None
    old: dict[str, bytes] = state["papers"]
    new_papers = []
    kept = 0
    for n, digest in digests.items():
        was = old.get(n)
        if was is None:
            new_papers.append(n)
        elif was != digest:
            return None  # an old paper's statements changed
        else:
            kept += 1
    if kept != len(old):
        return None  # a paper of the last build is gone
    files = state["files"]
    fmts = {f for f in formats if f in FORMATS and f in files and _stamp(out / FORMATS[f]) == files[f]}
    if not fmts:
        return None
    entities: dict[str, None] = {}
    nodes = g.nodes
    for p in new_papers:
        for v in g.succ[p]:
            if nodes[v].get("kind") != "paper":
                entities[v] = None
        for res in nodes[p].get("results") or ():
            for key in ("metric", "dataset", "method", "baseline"):
                if res.get(key):
                    entities[res[key]] = None
    return AppendPlan(new_papers, list(entities), fmts)


def _delta_graph(g: nx.MultiDiGraph, plan: AppendPlan) -> tuple[nx.MultiDiGraph, set[str]]:
    """The new papers, their edges and the restated entities, with stub nodes for the old papers
    they point at (only so that the statements naming them are made); returns the stubs too."""
    h = nx.MultiDiGraph()
    nodes = g.nodes
    for n in (*plan.new_papers, *plan.entities):
        h.add_node(n, **nodes[n])
    stubs: set[str] = set()

    def stub(n: str) -> None:
        if n not in h:
            h.add_node(n, kind="paper", label="", title="")
            stubs.add(n)

    for p in plan.new_papers:
        for v, keyed in g.succ[p].items():
            stub(v)
            for rel, data in keyed.items():
                h.add_edge(p, v, key=rel, **data)
    for e in plan.entities:
        if nodes[e].get("introduced_by"):
            stub(nodes[e]["introduced_by"])
    return h, stubs


def append_text(g: nx.MultiDiGraph, plan: AppendPlan, path: Path, fmt: str) -> None:
    """Bring the ``fmt`` file at ``path`` up to date with ``g`` by dropping and appending (see the module docstring)."""
    drop = iris_of(plan.entities)
    if drop:
        (_filter_turtle if fmt == "turtle" else _filter_lines)(path, drop)
    if not plan.new_papers and not plan.entities:
        return
    h, stubs = _delta_graph(g, plan)
    w = PieceWriter(path, fmt, append=True)
    try:
        w.write(h, iris_of(stubs))
    finally:
        w.close()


def _filter_lines(path: Path, drop: set[str]) -> None:
    """N-Quads / N-Triples less the lines whose subject IRI is in ``drop`` (bytes, one pass)."""
    subjects = {f"<{iri}>".encode("utf-8", "surrogatepass") for iri in drop}
    tmp = path.with_name(f".{path.name}.filter-{os.getpid()}")
    try:
        with open(path, "rb") as src, open(tmp, "wb") as dst:
            while block := src.read(1 << 22):
                block += src.readline()  # whole lines only
                lines = block.split(b"\n")
                tail = lines.pop()  # b"" after the block's last newline
                dst.write(b"".join(ln + b"\n" for ln in lines if ln[: ln.find(b" ")] not in subjects) + tail)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _filter_turtle(path: Path, drop: set[str]) -> None:
    """Turtle written by kg less the subject blocks whose subject is in ``drop``: a block starts on
    a line at column 0 (statements after the first are indented, literals hold no raw newline)."""
    tmp = path.with_name(f".{path.name}.filter-{os.getpid()}")
    keep = True
    try:
        with open(path, encoding="utf-8", errors="surrogatepass", newline="\n") as src, \
                open(tmp, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as dst:
            buf: list[str] = []
            for line in src:
                if line[:1] not in (" ", "\n", "@"):
                    keep = _expand(line[: line.index(" ")]) not in drop
                if keep:
                    buf.append(line)
                    if len(buf) >= 20000:
                        dst.write("".join(buf))
                        buf.clear()
            dst.write("".join(buf))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def forget_state(out: Path) -> None:
    """Remove the state before a write changes the files: a write that fails half way leaves none."""
    (out / STATE_FILE).unlink(missing_ok=True)


def save_state(out: Path, digests: dict[str, bytes], formats) -> None:
    """Record the papers and the text files just written, for the next write into ``out``."""
    files = {f: s for f in formats if f in FORMATS and (s := _stamp(out / FORMATS[f])) is not None}
    state = {"version": _STATE_VERSION, "kg": __version__, "papers": digests, "files": files}
    tmp = out / f"{STATE_FILE}.{os.getpid()}"
    with open(tmp, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, out / STATE_FILE)
