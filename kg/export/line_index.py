"""Where each node's statements sit in graph.nq / graph.nt, so that an appending write copies the rest.

A whole write states the graph in parts, node by node within each (:func:`kg.export.rdf.quads`,
:func:`kg.export.provenance.provenance_lines`): each node's own statements and its results' (one
run of lines), then each node's edges (one run), then each node's evidence records (one run),
then the rule nodes. While the text is written, :class:`Indexer` notes the byte range of every
run and saves them beside the file (:data:`INDEX_FILES`, with the file's size and time).

An appending write (:mod:`kg.export.append`) drops the statements of the entities the new papers
point at, and of the old papers it restates with their results and evidence records. The line
filter found them by reading and splitting every line: 5-6 s of each +100-paper rebuild of the
87K build (650 MB of N-Quads). With the index, :func:`cut_runs` copies the bytes between their
runs by the kernel (``os.copy_file_range``) and cuts the rule nodes at the file's end. The file is
byte for byte the one the line filter makes (tests/export/test_line_index.py). The runs kept move
back by the bytes removed before them, and the appended text is indexed as it is written
(:class:`Indexer` over :class:`~kg.export.chunked.PieceWriter`), so the next append cuts too.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["INDEX_FILES", "Indexer", "forget_index", "cut_runs", "save_appended", "restamp"]

#: The index of each indexed format, beside its file.
INDEX_FILES = {"nquads": ".kg-nq-index.pickle", "ntriples": ".kg-nt-index.pickle"}
_VERSION = 1
#: The parts of a write, as runs' kinds in the index.
PARTS = {"nodes": 0, "edges": 1, "records": 2}
_BATCH = 20000  # lines joined into one write, as kg.export.rdf.write_text joins them
_WINDOW = 1 << 16  # bytes read back from the end at a time, looking for the rule nodes' start


class Indexer:
    """Joins the lines of a write into batches (:meth:`batches`, as
    :func:`~kg.export.rdf.batched_text` does), counting their bytes and noting each node's run in
    each part; :meth:`mark` is the ``on_node`` of :func:`kg.export.rdf.nquad_lines`. ``pos``: the
    byte where the text starts in the file (an append's offset)."""

    def __init__(self, pos: int = 0) -> None:
        self.pos = pos  # where the current run starts
        self.size = 0  # bytes of the current run already joined into batches
        self.buf: list[str] = []  # the lines of the batch being gathered
        self.seg = 0  # where in buf the current run starts
        self.current = None
        self.part = 0
        self.ended: set[str] = set()
        self.ids: list = []
        self.kinds = array("b")
        self.starts, self.ends = array("q"), array("q")

    def _count(self) -> int:
        """Bytes of the lines of the current run in buf."""
        text = "".join(self.buf[self.seg:]) if self.seg else "".join(self.buf)
        return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))

    def mark(self, n, part: str) -> None:
        size = self.size + self._count()
        if self.current is not None and size:
            self.ids.append(self.current)
            self.kinds.append(self.part)
            self.starts.append(self.pos)
            self.ends.append(self.pos + size)
        self.pos += size
        self.size, self.seg = 0, len(self.buf)
        self.current, self.part = n, PARTS[part]
        if n is None:
            self.ended.add(part)

    def batches(self, lines: Iterable[str], batch: int | None = None) -> Iterator[str]:
        """``lines`` joined ``batch`` at a time (no extra step a line: about 0.3 CPU-s less than a
        counting generator between the writer and the lines on the 87K build's 2.3M strings)."""
        buf, batch = self.buf, batch or _BATCH
        for s in lines:  # mark(n) runs when the first line of n is asked for: buf then ends with the lines before it
            buf.append(s)
            if len(buf) >= batch:
                self.size += self._count()
                self.seg = 0
                yield "".join(buf)
                buf.clear()
        if buf:
            self.size += self._count()
            self.seg = 0
            yield "".join(buf)
            buf.clear()

    def runs(self) -> dict:
        return {"ids": self.ids, "kinds": self.kinds, "starts": self.starts, "ends": self.ends}

    def save(self, path: Path, fmt: str) -> None:
        """Save the index of ``path`` just written whole (none unless every part was written)."""
        if not {"nodes", "edges"} <= self.ended or (fmt == "nquads" and "records" not in self.ended):
            forget_index(path, fmt)
            return
        _save(path, fmt, self.runs())


def _index_path(path: Path, fmt: str) -> Path:
    return path.with_name(INDEX_FILES[fmt])


def _save(path: Path, fmt: str, index: dict) -> None:
    from .append import _stamp, save_index

    ids = index["ids"]
    # one string: a list of 570K strings cost 0.25 s to pickle and as much to load (node ids hold no newline)
    try:
        joined = "\n".join(ids)
    except TypeError:  # a node id that is no string (a caller's own graph): the next append filters every line
        joined = None
    if joined is None or joined.count("\n") != max(0, len(ids) - 1):
        forget_index(path, fmt)
        return
    save_index(_index_path(path, fmt), {**index, "ids": joined, "n": len(ids), "version": _VERSION, "stamp": _stamp(path)})


def _load(path: Path, fmt: str, *, stamped: bool = True) -> dict | None:
    """The index of ``path`` when it describes the file as it is now (``stamped``: its size and time say so)."""
    from .append import _stamp, load_index

    index = load_index(_index_path(path, fmt), _VERSION, {"ids": str, "n": int, "kinds": array, "starts": array, "ends": array})
    if index is None:
        return None
    if stamped:
        stamp = _stamp(path)
        if stamp is None or index.get("stamp") != stamp:
            return None
    index["ids"] = index["ids"].split("\n") if index["n"] else []
    return index


def forget_index(path: Path, fmt: str) -> None:
    """Remove the index before the file changes in a way it does not follow."""
    _index_path(path, fmt).unlink(missing_ok=True)


def restamp(path: Path, fmt: str) -> None:
    """The file was touched, not changed (an append of nothing): its index still holds."""
    index = _load(path, fmt, stamped=False)
    if index is not None:
        _save(path, fmt, index)


def cut_runs(path: Path, fmt: str, entities: Iterable, papers: Iterable, rule_prefix: str | None) -> dict | None:
    """Remove from ``path`` the statements of ``entities`` and ``papers`` (node ids), the papers'
    evidence records too, and, with ``rule_prefix``, the lines at the file's end whose subject
    starts with it (the rule nodes), copying the rest; returns the index of the file written
    (saved by :func:`save_appended` once the new statements follow), or None, the file untouched,
    when there is no index of the file as it is."""
    from .append import replacing
    from .graph_json import _copy_range

    index = _load(path, fmt)
    if index is None:
        return None
    forget_index(path, fmt)  # whatever happens next, this index no longer describes the file
    ids, kinds, starts, ends = index["ids"], index["kinds"], index["starts"], index["ends"]
    # an entity's evidence records are kept, as the line filter keeps them (their subject is no entity)
    entities, papers = set(entities), set(papers)
    gone = [i for i, n in enumerate(ids) if (n in papers) or (n in entities and kinds[i] != 2)]
    size = path.stat().st_size
    with open(path, "rb") as src_fh:
        src = src_fh.fileno()
        stop = _rules_start(src, size, rule_prefix) if rule_prefix else size
        with replacing(path, "cut-", buffering=0) as fh:
            pos = 0
            for i in gone:  # runs are in file order
                _copy_range(src, fh, pos, starts[i] - pos)
                pos = ends[i]
            _copy_range(src, fh, pos, stop - pos)
    return _shifted(index, gone)


def _shifted(index: dict, gone: list[int]) -> dict:
    """The index less the runs ``gone`` (positions, ascending), the others moved back by the bytes
    removed before them (numpy: a Python step per run cost about 0.3 s on the 87K build's 570K runs)."""
    import numpy as np
    from itertools import compress

    starts = np.frombuffer(index["starts"], dtype=np.int64)
    ends = np.frombuffer(index["ends"], dtype=np.int64)
    keep = np.ones(len(starts), dtype=bool)
    keep[gone] = False
    # runs are in file order: a kept run moves back by the sizes of the runs gone before it
    removed = np.cumsum(np.where(keep, 0, ends - starts))
    kinds = np.frombuffer(index["kinds"], dtype=np.int8)
    return {"ids": list(compress(index["ids"], keep.tolist())), "kinds": array("b", kinds[keep].tobytes()),
            "starts": array("q", (starts - removed)[keep].tobytes()), "ends": array("q", (ends - removed)[keep].tobytes())}


def save_appended(path: Path, fmt: str, index: dict, appended: Indexer) -> None:
    """Save ``index`` (of the file before the append) with the runs of the text ``appended`` after it."""
    runs = appended.runs()
    for k in ("ids", "kinds", "starts", "ends"):
        index[k].extend(runs[k])
    _save(path, fmt, index)


def _rules_start(fd: int, size: int, prefix: str) -> int:
    """Where the run of lines at the end of the file whose subject starts with ``prefix`` begins
    (``size`` when the last line is not one of them)."""
    start = b"<" + prefix.encode("utf-8", "surrogatepass")
    window = _WINDOW
    while True:
        at = max(0, size - window)
        tail = os.pread(fd, size - at, at)
        lines = tail.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        first = 0 if at == 0 else 1  # the window's first line may be cut
        offset = len(tail) + (0 if tail.endswith(b"\n") else 1)  # where a line after the last would start
        i = len(lines)
        while i > first and lines[i - 1].startswith(start):
            i -= 1
            offset -= len(lines[i]) + 1
        if i > first or at == 0:
            return at + min(offset, len(tail))
        window *= 4  # every line of the window is a rule node: look further back
