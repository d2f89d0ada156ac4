"""Where each entity's statements sit in graph.nq / graph.nt, so that an appending write copies the rest.

A whole write states each node's facts in one run of lines (its own statements, then its
results'), in graph order, before the edges and the provenance records
(:func:`kg.export.rdf.quads`). While the text is written, :class:`Indexer` notes the byte range
of each entity's run and saves the ranges beside the file (:data:`INDEX_FILES`, with the file's
size and time). An appending write (:mod:`kg.export.append`) that drops only entities' statements
(the usual case: papers added, the entities they point at restated) then copies the bytes
between the dropped runs by the kernel (``os.copy_file_range``) and cuts the rule nodes at the
file's end, instead of reading and splitting every line: the line filter cost 5-6 s of each
+100-paper rebuild of the 87K build (650 MB of N-Quads). The file is byte for byte the one the
line filter makes (tests/export/test_line_index.py). The index is then brought up to date: the
runs kept move back by the bytes removed before them, and the appended text's entity runs are
read from it (a few MB).

A write that restates an old paper (its lines are also among the edges and the provenance)
filters every line as before, and leaves no index: the next whole write makes one.
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from ..vocab import ID

__all__ = ["INDEX_FILES", "Indexer", "forget_index", "cut_runs", "note_appended", "restamp"]

#: The index of each indexed format, beside its file.
INDEX_FILES = {"nquads": ".kg-nq-index.pickle", "ntriples": ".kg-nt-index.pickle"}
_VERSION = 1
_ID = str(ID)
_WINDOW = 1 << 16  # bytes read back from the end at a time, looking for the rule nodes' start


class Indexer:
    """Counts the bytes of the lines a whole write yields (:meth:`lines`) up to the end of the
    node statements, noting each entity's run; ``mark`` is the ``on_node`` of
    :func:`kg.export.rdf.nquad_lines`."""

    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.g = g
        self.pos = 0
        self.buf: list[str] = []  # the lines of the node being written
        self.current = None
        self.ended = False
        self.ids: list[str] = []
        self.starts, self.ends = array("q"), array("q")

    def mark(self, n) -> None:
        text = "".join(self.buf)
        self.buf.clear()
        size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
        cur = self.current
        if cur is not None and self.g.nodes[cur].get("kind") != "paper":
            self.ids.append(cur)
            self.starts.append(self.pos)
            self.ends.append(self.pos + size)
        self.pos += size
        self.current = n
        self.ended = n is None

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        """``lines`` as they are, their bytes counted until the node statements end."""
        buf = self.buf
        it = iter(lines)
        for s in it:  # mark(n) runs when the first line of n is asked for: buf then holds the lines before it
            buf.append(s)
            yield s
            if self.ended:
                break
        yield from it  # edges and provenance: not counted

    def save(self, path: Path, fmt: str) -> None:
        """Save the index of ``path`` just written (none when the node statements never ended, or
        an entity has statements outside its run: an edge from it)."""
        if not self.ended:
            forget_index(path, fmt)
            return
        succ = self.g.succ
        scattered = {n for n in self.ids if succ[n]}
        _save(path, fmt, {"ids": self.ids, "starts": self.starts, "ends": self.ends, "scattered": scattered})


def _stamp(path: Path):
    from .append import _stamp

    return _stamp(path)


def _index_path(path: Path, fmt: str) -> Path:
    return path.with_name(INDEX_FILES[fmt])


def _save(path: Path, fmt: str, index: dict) -> None:
    target = _index_path(path, fmt)
    tmp = target.with_name(f"{target.name}.{os.getpid()}")
    index = {**index, "version": _VERSION, "stamp": _stamp(path)}
    try:
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except (OSError, pickle.PicklingError, TypeError):  # node ids pickle cannot write: the next append filters every line
        tmp.unlink(missing_ok=True)
        target.unlink(missing_ok=True)


def _load(path: Path, fmt: str) -> dict | None:
    """The index of ``path`` when it describes the file as it is now."""
    try:
        with open(_index_path(path, fmt), "rb") as fh:
            index = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None
    if not isinstance(index, dict) or index.get("version") != _VERSION:
        return None
    stamp = _stamp(path)
    return index if stamp is not None and index.get("stamp") == stamp else None


def forget_index(path: Path, fmt: str) -> None:
    """Remove the index before the file changes in a way it does not follow."""
    _index_path(path, fmt).unlink(missing_ok=True)


def restamp(path: Path, fmt: str) -> None:
    """The file was touched, not changed (an append of nothing): its index still holds."""
    index = _load_unstamped(path, fmt)
    if index is not None:
        _save(path, fmt, index)


def _load_unstamped(path: Path, fmt: str) -> dict | None:
    try:
        with open(_index_path(path, fmt), "rb") as fh:
            index = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None
    return index if isinstance(index, dict) and index.get("version") == _VERSION else None


def cut_runs(path: Path, fmt: str, entities: Iterable[str], rule_prefix: str | None) -> dict | None:
    """Remove from ``path`` the runs of ``entities`` (node ids) and, with ``rule_prefix``, the
    lines at its end whose subject starts with it (the rule nodes), copying the rest; returns the
    index of the file written (not yet saved: :func:`note_appended` adds the appended runs), or
    None, the file untouched, when there is no index of the file as it is or it cannot vouch for
    an entity asked for (one with statements outside its run)."""
    from .append import replacing
    from .graph_json import _copy_range

    index = _load(path, fmt)
    if index is None:
        return None
    forget_index(path, fmt)  # whatever happens next, this index no longer describes the file
    ids, starts, ends = index["ids"], index["starts"], index["ends"]
    at = {n: i for i, n in enumerate(ids)}
    gone = sorted(at[e] for e in entities if e in at)
    if any(e in index["scattered"] for e in entities):
        return None
    size = path.stat().st_size
    with open(path, "rb") as src_fh:
        src = src_fh.fileno()
        stop = _rules_start(src, size, rule_prefix) if rule_prefix else size
        with replacing(path, "cut-", buffering=0) as fh:
            pos = 0
            for i in gone:
                _copy_range(src, fh, pos, starts[i] - pos)
                pos = ends[i]
            _copy_range(src, fh, pos, stop - pos)
    return _shifted(index, gone)


def _shifted(index: dict, gone: list[int]) -> dict:
    """The index less the runs ``gone`` (positions, ascending), the others moved back by the bytes removed before them."""
    ids, starts, ends = index["ids"], index["starts"], index["ends"]
    new_ids, new_starts, new_ends = [], array("q"), array("q")
    removed = 0
    drop = set(gone)
    for i, n in enumerate(ids):  # runs are in file order: one walk
        if i in drop:
            removed += ends[i] - starts[i]
            continue
        new_ids.append(n)
        new_starts.append(starts[i] - removed)
        new_ends.append(ends[i] - removed)
    return {"ids": new_ids, "starts": new_starts, "ends": new_ends, "scattered": set(index["scattered"])}


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


def note_appended(path: Path, fmt: str, index: dict, offset: int, g: nx.MultiDiGraph) -> None:
    """Add to ``index`` the entity runs of the text appended to ``path`` from byte ``offset``, and save it."""
    nodes = g.nodes
    ids, starts, ends, scattered = index["ids"], index["starts"], index["ends"], index["scattered"]
    with open(path, "rb") as fh:
        fh.seek(offset)
        text = fh.read()
    seen = set(ids)
    pos, run, run_start = offset, None, offset
    prefix = b"<" + _ID.encode()

    def close(end: int) -> None:
        if run is None:
            return
        if run in seen:  # its statements in two runs: an index cannot drop it
            scattered.add(run)
            return
        seen.add(run)
        ids.append(run)
        starts.append(run_start)
        ends.append(end)

    for line in text.split(b"\n")[:-1] if text.endswith(b"\n") else text.split(b"\n"):
        subject = line[: line.find(b" ")]
        n = None
        if subject.startswith(prefix):
            n = subject[len(prefix): -1].decode("utf-8", "surrogatepass")
            if n not in nodes or nodes[n].get("kind") == "paper":
                n = None
        if n != run:
            close(pos)
            run, run_start = n, pos
        pos += len(line) + 1
    close(pos)
    _save(path, fmt, index)
