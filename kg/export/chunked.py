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
from .provenance import RULE_PREFIX

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
        # N-Quads: the rule nodes each piece states after its records, held back so that the file
        # states each once, at its end (:meth:`write_rules`)
        self.rules: set[str] = set()

    def write(self, g: nx.MultiDiGraph, drop: set[str], *, first: bool = False, indexer=None) -> None:
        """Append ``g``'s statements, less those whose subject IRI is in ``drop`` (or a header one
        unless ``first``); ``indexer``: a :class:`~kg.export.line_index.Indexer` noting where each
        node's lines go (N-Quads, N-Triples)."""
        if not first:
            drop = drop | header_subjects()
        from .rdf import batched_text

        pieces = self._pieces(g, drop, first, indexer)
        for text in indexer.batches(pieces) if indexer is not None else batched_text(pieces):
            self.fh.write(text)

    def _pieces(self, g: nx.MultiDiGraph, drop: set[str], first: bool, indexer=None) -> Iterator[str]:
        from .rdf import nquad_lines, turtle_chunks

        if self.fmt == "turtle":
            yield from self._turtle(turtle_chunks(g), drop, first)
            return
        on_node = indexer.mark if indexer is not None else None
        lines = (nquad_lines(g, default_only=True, on_node=on_node) if self.fmt == "ntriples"
                 else nquad_lines(g, provenance=True, on_node=on_node))
        rule = f"<{RULE_PREFIX}"
        for line in lines:  # an evidence record (a rule node) is one string of lines about one subject
            if line.startswith(rule):
                self.rules.add(line)
            elif line[1 : line.index(">")] not in drop:
                yield line

    def write_rules(self, lines: Iterable[str]) -> None:
        """Write the rule nodes ``lines`` (:func:`~kg.export.provenance.rule_lines`), each once, sorted."""
        self.fh.write("".join(sorted(set(lines))))

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
