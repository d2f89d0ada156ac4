"""Text RDF outputs written one graph piece at a time (streamed builds, :mod:`kg.stream`).

Each piece is written by the ordinary writers (:func:`~kg.export.rdf.nquad_lines`,
:func:`~kg.export.rdf.turtle_chunks`), less the statements about subjects another piece states:
the entities of a chunk graph (their final attributes come later, from the entity table), the
stub papers of an entity graph, and the statements every graph repeats (vocabulary alignment,
the extraction activity), which only the first piece keeps.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from ..vocab import ID, PREFIXES

__all__ = ["FORMATS", "PieceWriter", "header_subjects", "iris_of"]

#: The formats a streamed build writes piece by piece, and their files.
FORMATS = {"nquads": "graph.nq", "turtle": "graph.ttl", "ntriples": "graph.nt"}
_ID = str(ID)


def iris_of(nodes: Iterable[str]) -> set[str]:
    """The IRIs of node ids."""
    return {_ID + n for n in nodes}


@lru_cache(maxsize=1)
def header_subjects() -> frozenset[str]:
    """Subjects of the statements a graph without nodes still has (alignment, activity)."""
    from .rdf import nquad_lines

    return frozenset(line[1 : line.index(">")] for line in nquad_lines(nx.MultiDiGraph(), provenance=True))


def _expand(token: str) -> str:
    """A Turtle subject (``<iri>`` or ``prefix:local``) as an IRI."""
    if token.startswith("<"):
        return token[1:-1]
    prefix, _, local = token.partition(":")
    return str(PREFIXES[prefix]) + local


class PieceWriter:
    """Writes pieces of one format into one file; ``first`` keeps the header statements."""

    def __init__(self, path: Path, fmt: str, *, append: bool = False) -> None:
        self.fmt = fmt
        self.fh = open(path, "a" if append else "w", encoding="utf-8", errors="surrogatepass", newline="\n")
        self.open_subject = False  # Turtle: a statement is waiting for its " ."

    def write(self, g: nx.MultiDiGraph, drop: set[str], *, first: bool = False) -> None:
        """Append ``g``'s statements, less those whose subject IRI is in ``drop`` (or a header one unless ``first``)."""
        if not first:
            drop = drop | header_subjects()
        buf: list[str] = []
        for piece in self._pieces(g, drop, first):
            buf.append(piece)
            if len(buf) >= 20000:
                self.fh.write("".join(buf))
                buf.clear()
        self.fh.write("".join(buf))

    def _pieces(self, g: nx.MultiDiGraph, drop: set[str], first: bool) -> Iterator[str]:
        from .rdf import nquad_lines, turtle_chunks

        if self.fmt == "turtle":
            yield from self._turtle(turtle_chunks(g), drop, first)
            return
        lines = nquad_lines(g, default_only=True) if self.fmt == "ntriples" else nquad_lines(g, provenance=True)
        for line in lines:  # an evidence record is one string of lines about one subject
            if line[1 : line.index(">")] not in drop:
                yield line

    def _turtle(self, chunks: Iterable[str], drop: set[str], first: bool) -> Iterator[str]:
        keep = False
        for chunk in chunks:
            if chunk.startswith(" ;"):  # another statement about the current subject
                if keep:
                    yield chunk
            elif chunk.startswith("@prefix"):
                if first:
                    yield chunk
            elif chunk == " .\n":  # the end of the piece: the file's end closes the last statement
                continue
            else:
                body = chunk[2:] if chunk.startswith(" .") else chunk  # "\nSUBJECT p o"
                keep = _expand(body[1 : body.index(" ", 1)]) not in drop
                if keep:
                    yield (" ." if self.open_subject else "") + body
                    self.open_subject = True

    def close(self) -> None:
        if self.open_subject:
            self.fh.write(" .\n")
            self.open_subject = False
        self.fh.close()


#: Papers per part of a text RDF output written with a part cache (in-memory builds).
PART_PAPERS = 5000


@lru_cache(maxsize=1)
def _code_key() -> str:
    """A hash of the code that turns a graph into text: a change to it invalidates every cached part."""
    import hashlib

    from .. import _version, schema, vocab
    from . import rdf

    h = hashlib.sha1(_version.__version__.encode())
    for mod in (rdf, schema, vocab):
        h.update(Path(mod.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def write_with_part_cache(graph: nx.MultiDiGraph, path: Path, fmt: str, cache_dir: Path) -> dict:
    """Write ``graph`` as ``fmt`` in parts of :data:`PART_PAPERS` papers, each part's text cached
    in ``cache_dir`` under a hash of the writer code and of what it states, so a rebuild rewrites
    only what changed. A part is two pieces: its papers with their edges and evidence (the bulk),
    and the entities only they link to (whose counts change when another paper names them). The
    entities several papers link to are written every time. Returns the pieces reused and written."""
    import hashlib
    import pickle
    import shutil

    folder = Path(cache_dir) / f"parts-{_code_key()}"
    folder.mkdir(parents=True, exist_ok=True)
    papers = [n for n, d in graph.nodes(data=True) if d["kind"] == "paper"]
    stats = {"parts_reused": 0, "parts_written": 0}
    used, owned = set(), set()
    succ, pred, nodes = graph._succ, graph._pred, graph._node  # out_edges() builds a view per call: 10x slower
    out = PieceWriter(path, fmt)
    try:
        for i in range(0, len(papers), PART_PAPERS):
            chunk = papers[i : i + PART_PAPERS]
            edges = [(u, v, k, d) for u in chunk for v, keyed in succ[u].items() for k, d in keyed.items()]
            own = [v for v in dict.fromkeys(v for _, v, _, _ in edges) if nodes[v].get("papers") == 1 and len(pred[v]) == 1]
            owned.update(own)
            for piece, content in (("papers", ([(n, nodes[n]) for n in chunk], edges)), ("entities", [(n, nodes[n]) for n in own])):
                h = hashlib.sha1(f"{fmt}|{piece}|{i == 0}".encode())
                h.update(pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
                part = folder / f"{h.hexdigest()}.{fmt}"
                used.add(part.name)
                if part.is_file():
                    stats["parts_reused"] += 1
                else:
                    sub, drop = _paper_piece(graph, chunk, edges) if piece == "papers" else _entity_piece(graph, own)
                    _write_piece(part, fmt, sub, drop, first=i == 0 and piece == "papers")
                    stats["parts_written"] += 1
                out.fh.flush()
                with open(part, "rb") as fh:
                    shutil.copyfileobj(fh, out.fh.buffer, 1 << 20)
        sub, drop = _entity_piece(graph, [n for n, d in graph.nodes(data=True) if d["kind"] != "paper" and n not in owned])
        out.write(sub, drop, first=not papers)
    finally:
        out.close()
    for old in folder.glob(f"*.{fmt}"):  # parts of papers no longer in the graph
        if old.name not in used:
            old.unlink(missing_ok=True)
    return stats


def _paper_piece(graph: nx.MultiDiGraph, chunk: list[str], edges: list) -> tuple[nx.MultiDiGraph, set[str]]:
    """Papers, their edges and evidence; the entities only as targets (what is stated of them is dropped)."""
    nodes = graph._node
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, nodes[n]) for n in chunk)
    targets = {*(v for _, v, _, _ in edges), *_result_nodes(graph, chunk)}
    sub.add_nodes_from((n, {"kind": nodes[n]["kind"], "label": ""}) for n in targets)
    sub.add_edges_from(edges)
    return sub, iris_of(targets)


def _entity_piece(graph: nx.MultiDiGraph, entities: list[str]) -> tuple[nx.MultiDiGraph, set[str]]:
    """Entities without edges (the paper pieces state them), with stand-ins for the papers that
    introduce them, only so that kg:introducedBy is stated (what is stated of those is dropped)."""
    nodes = graph._node
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, nodes[n]) for n in entities)
    stubs = {nodes[n].get("introduced_by") for n in entities} - {None}
    sub.add_nodes_from((n, {"kind": "paper", "label": "", "title": ""}) for n in stubs)
    return sub, iris_of(stubs)


def _write_piece(part: Path, fmt: str, sub: nx.MultiDiGraph, drop: set[str], *, first: bool) -> None:
    import os

    tmp = part.with_suffix(f".tmp{os.getpid()}")
    w = PieceWriter(tmp, fmt)
    try:
        w.write(sub, drop, first=first)
    finally:
        w.close()
    tmp.replace(part)


def _result_nodes(graph: nx.MultiDiGraph, papers: list[str]) -> Iterator[str]:
    """The entities the results of ``papers`` name (a result's metric need not be linked by an edge)."""
    for n in papers:
        for res in graph.nodes[n].get("results") or ():
            for key in ("metric", "dataset", "method", "baseline"):
                if res.get(key):
                    yield res[key]
