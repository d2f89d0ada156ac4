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
import json
import marshal
import os
import re
import pickle
from contextlib import contextmanager
from itertools import chain
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .. import safe_pickle
from .._version import __version__
from ..vocab import PREFIXES
from .chunked import _ID, FORMATS, PieceWriter, iris_of
from .provenance import RULE_PREFIX, record_rules, rule_lines

RULE_TYPE = PREFIXES["kg"] + "Rule"

__all__ = ["STATE_FILE", "VOID_COUNTS", "load_void_counts", "save_void_counts", "AppendPlan", "load_state", "paper_digests", "plan_append", "append_text", "append_store", "save_state", "forget_state"]

STATE_FILE = ".kg-write-state.pickle"
#: Bumped when the RDF a write states changes shape (4: evidence records with kg:span;
#: 5: records name a kg:Rule node), so an
#: earlier build's files are written whole instead of appended to in another shape.
_STATE_VERSION = 5
#: Past this share of the papers new or changed, a full write is cheaper.
_MAX_SHARE = 0.2


@dataclass
class AppendPlan:
    """What an appending write adds: the new papers and the entities it restates, per text format."""

    papers: list[str]  # the new papers, then the old ones whose statements changed
    entities: list[str]
    formats: set[str]
    store: bool = False  # OUT/store was current: it is updated with graph.nq's appended statements
    dropped: list[str] = field(default_factory=list)  # IRIs of the old statements of papers restated
    new: int = 0  # how many of ``papers`` are new

    def drop(self) -> set[str]:
        """Subjects whose statements are removed before the append: the restated entities and papers."""
        return iris_of(self.entities) | set(self.dropped)


def paper_digests(g: nx.MultiDiGraph, papers=None) -> dict[str, tuple[bytes, tuple[str, ...]]]:
    """Per paper node (of ``papers`` when given, else all): a digest of everything its statements
    are made of (its attributes: text, metadata, results; its outgoing edges with their
    evidence), and the entities it points at."""
    succ, nodes = g._succ, g._node  # networkx's own dicts: its views cost about a third of this pass
    dumps, blake2b = marshal.dumps, hashlib.blake2b
    out = {}
    for n, d in (nodes.items() if papers is None else ((n, nodes[n]) for n in papers)):
        if d.get("kind") != "paper":
            continue
        edges = list(succ[n].items())  # (target, {relation: data}): marshals as the copies it once made
        # marshal version 2 writes values only (no back-references, no interning flag), so equal
        # data gives equal bytes in any process; it is about twice as fast as repr()
        try:
            data = dumps((d, edges), 2)
        except ValueError:  # an attribute marshal cannot write (a caller's own object): its repr
            data = repr((d, edges)).encode("utf-8", "surrogatepass")
        digest = blake2b(data, digest_size=16).digest()
        targets = [v for v, _ in edges if nodes[v].get("kind") != "paper"]
        for res in d.get("results") or ():
            targets += [res[k] for k in ("metric", "dataset", "method", "baseline") if res.get(k)]
        out[n] = (digest, tuple(dict.fromkeys(targets)))
    return out


def load_state(out: Path) -> dict | None:
    """The state the last write left in ``out``, or None (none, unreadable, or of another kg version)."""
    try:
        with open(out / STATE_FILE, "rb") as fh:
            state = safe_pickle.load(fh)
    except (OSError, *safe_pickle.LOAD_ERRORS):
        return None  # no state (a first build) or an unreadable one: write in full
    if not isinstance(state, dict) or state.get("version") != _STATE_VERSION or state.get("kg") != __version__:
        return None
    return state if _well_formed(state) else None


def _well_formed(state: dict) -> bool:
    """``state`` has :func:`save_state`'s shape (a file of the right version but another shape,
    made by hand or planted, is no state: the write is a full one)."""
    papers, files = state.get("papers"), state.get("files")
    if not isinstance(papers, dict) or not isinstance(files, dict):
        return False
    for n, v in papers.items():
        if not (type(n) is str and type(v) is tuple and len(v) == 2 and type(v[0]) is bytes and type(v[1]) is tuple
                and all(type(t) is str for t in v[1])):
            return False
    return all(type(f) is str and type(v) is tuple and len(v) == 2 and all(type(x) is int for x in v)
               for f, v in files.items())


@contextmanager
def replacing(path: Path, tag: str = "", **open_args):
    """A binary file written beside ``path`` and moved over it only once complete (removed if the
    writing fails), so a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.{tag}{os.getpid()}")
    try:
        with open(tmp, "wb", **open_args) as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save_index(target: Path, index: dict) -> None:
    """Pickle ``index`` into ``target`` whole or not at all (:func:`replacing`). When it cannot be
    written (a full disk, node ids pickle cannot write), no index is left: the next write finds
    none and does the slow, whole thing rather than trust an old one."""
    try:
        with replacing(target) as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, pickle.PicklingError, TypeError):
        target.unlink(missing_ok=True)


def load_index(target: Path, version: int, shape: dict[str, type | tuple] | None = None) -> dict | None:
    """The index :func:`save_index` left in ``target`` when it is of ``version`` and its keys hold
    the types ``shape`` names, else None (none, unreadable, or of another layout)."""
    try:
        with open(target, "rb") as fh:
            index = safe_pickle.load(fh)
    except (OSError, *safe_pickle.LOAD_ERRORS):
        return None
    if not isinstance(index, dict) or index.get("version") != version:
        return None
    return index if all(isinstance(index.get(k), t) for k, t in (shape or {}).items()) else None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def plan_append(g: nx.MultiDiGraph, out: Path, formats, digests: dict, state: dict) -> AppendPlan | None:
    """An :class:`AppendPlan` when the text formats asked for can be appended to, given the
    ``state`` of the last write (:func:`load_state`), else None."""
    old: dict = state["papers"]
    new_papers, changed = [], []
    for n, now in digests.items():
        was = old.get(n)
        if was is None:
            new_papers.append(n)
        elif was[0] != now[0]:
            changed.append(n)  # its facts changed: identity resolution sent a mention elsewhere, say
    if len(digests) - len(new_papers) != len(old):
        return None  # a paper of the last build is gone
    if len(changed) + len(new_papers) > max(_MAX_SHARE * len(digests), 50):
        return None  # much of the graph changed: a full write costs less than dropping and appending
    files = state["files"]
    fmts = {f for f in formats if f in FORMATS and f in files and _stamp(out / FORMATS[f]) == files[f]}
    if not fmts:
        return None
    entities: dict[str, None] = {}
    for p in (*new_papers, *changed):
        entities.update(dict.fromkeys(digests[p][1]))
    for p in changed:
        entities.update(dict.fromkeys(old[p][1]))  # what it pointed at loses a paper (or is gone)
    dropped = [_ID + p for p in changed]
    if changed:  # their results and evidence records are subjects of their own, named in graph.nq
        if "nquads" not in files or _stamp(out / FORMATS["nquads"]) != files["nquads"]:
            return None
        owned = _owned_in_store(out, dropped)
        dropped += owned if owned is not None else _owned_subjects(out / FORMATS["nquads"], set(dropped))
    return AppendPlan([*new_papers, *changed], list(entities), fmts, dropped=dropped, new=len(new_papers))


def _run_self(args: list[str], payload: object):
    """``python -m kg.export.append ARGS`` in a new interpreter, ``payload`` as JSON on its stdin
    (RocksDB must not be opened in a process forked from one that has used it)."""
    import subprocess
    import sys

    from .store import child_env

    return subprocess.run([sys.executable, "-m", "kg.export.append", *args], input=json.dumps(payload),
                          capture_output=True, text=True, env=child_env())


def _owned_in_store(out: Path, papers: list[str]) -> list[str] | None:
    """:func:`_owned_subjects` of ``papers`` looked up in ``out/store`` when it is current (it
    holds graph.nq's quads): two index look-ups a paper instead of a pass over graph.nq's bytes
    (about 2 CPU-s on the 87K build). None when there is no current store or the look-up failed.

    Done by a new interpreter (``python -m kg.export.append --owned``): RocksDB must not be opened
    in a process the writers are forked from.
    """
    from ..query import store_is_current

    if not store_is_current(out):
        return None
    proc = _run_self(["--owned", str(out)], papers)
    if proc.returncode != 0:
        return None  # the pass over graph.nq finds them too
    return json.loads(proc.stdout)


def _owned_by(out: Path, papers: list[str]) -> list[str]:
    """The look-up of :func:`_owned_in_store` (in its own interpreter)."""
    import pyoxigraph as ox

    from ..query import STORE_DIR
    from .rdf import K, R

    store = ox.Store.read_only(str(out / STORE_DIR))
    subject, has_result = ox.NamedNode(str(R.subject)), ox.NamedNode(str(K.hasResult))
    found: dict[str, None] = {}
    for p in papers:
        node = ox.NamedNode(p)
        for q in store.quads_for_pattern(None, subject, node, None):
            if isinstance(q.subject, ox.NamedNode):
                found[q.subject.value] = None
        for q in store.quads_for_pattern(node, has_result, None, None):
            if isinstance(q.object, ox.NamedNode):
                found[q.object.value] = None
    return list(found)


def _owned_subjects(nquads: Path, papers: set[str]) -> list[str]:
    """The results (``kg:hasResult`` objects) and evidence records (``rdf:subject`` of the paper)
    of ``papers`` (IRIs) in an N-Quads file, in one pass over its bytes.

    ``bytes.find`` of the two predicates, then a look at the subject or object found: about four
    times less CPU than one regular expression tried at every line start.
    """
    from .rdf import K, R

    want = {f"<{p}>".encode("utf-8", "surrogatepass") for p in papers}
    subject = b"> <" + R.subject.encode() + b"> <"
    has_result = b"> <" + K.hasResult.encode() + b"> <"
    found: dict[bytes, None] = {}

    def first_term(block: bytes, at: int) -> bytes:  # the subject of the line holding ``at``
        return block[block.rfind(b"\n", 0, at) + 1: at + 1]

    with open(nquads, "rb") as fh:
        while block := fh.read(1 << 24):
            block += fh.readline()  # whole lines only
            for needle, by_object in ((subject, True), (has_result, False)):
                i = block.find(needle)
                while i >= 0:
                    j = i + len(needle) - 1  # the object's "<"
                    obj = block[j: block.find(b">", j) + 1]
                    s = first_term(block, i)
                    if s[:1] == b"<" and b" " not in s and (obj if by_object else s) in want:
                        found[s if by_object else obj] = None
                    i = block.find(needle, j)
    return [iri[1:-1].decode("utf-8", "surrogatepass") for iri in found]


def _delta_graph(g: nx.MultiDiGraph, plan: AppendPlan) -> tuple[nx.MultiDiGraph, set[str]]:
    """The new papers, their edges and the restated entities, with stub nodes for the old papers
    they point at (only so that the statements naming them are made); returns the stubs too."""
    h = nx.MultiDiGraph()
    nodes = g.nodes
    for n in (*plan.papers, *plan.entities):
        if n in nodes:  # an entity only restated papers pointed at is gone
            h.add_node(n, **nodes[n])
    stubs: set[str] = set()

    def stub(n: str) -> None:
        if n not in h:
            h.add_node(n, kind="paper", label="", title="")
            stubs.add(n)

    for p in plan.papers:
        for v, keyed in g.succ[p].items():
            stub(v)
            for rel, data in keyed.items():
                h.add_edge(p, v, key=rel, **data)
    for e in plan.entities:
        if e in nodes and nodes[e].get("introduced_by"):
            stub(nodes[e]["introduced_by"])
    return h, stubs


def append_text(g: nx.MultiDiGraph, plan: AppendPlan, path: Path, fmt: str) -> int:
    """Bring the ``fmt`` file at ``path`` up to date with ``g`` by dropping and appending (see the
    module docstring); returns the byte offset where the appended statements start."""
    from . import line_index

    drop = plan.drop()
    appending = bool(plan.papers or plan.entities)
    # graph.nq ends with the rule nodes of all its records: dropped here, stated again after the new ones
    rules = fmt == "nquads" and appending
    indexed = fmt in line_index.INDEX_FILES
    index = None
    if drop or rules:
        if indexed:  # the runs of what is dropped cut by the file's index, the rest copied
            index = line_index.cut_runs(path, fmt, plan.entities, plan.papers[plan.new:], RULE_PREFIX if rules else None)
            if index is None:
                line_index.forget_index(path, fmt)  # the filter moves every line: the next whole write indexes again
        if index is None:
            (_filter_turtle if fmt == "turtle" else _filter_lines)(path, drop, *([RULE_PREFIX] if rules else []))
    offset = path.stat().st_size
    if not appending:
        os.utime(path)  # written now, like a full write: a store older than it is stale (kg.query.store_is_current)
        if indexed:
            line_index.restamp(path, fmt)
        return offset
    h, stubs = _delta_graph(g, plan)
    w = PieceWriter(path, fmt, append=True)
    appended = line_index.Indexer(offset) if index is not None else None
    try:
        w.write(h, iris_of(stubs), indexer=appended)
        if rules:
            w.write_rules(rule_lines(record_rules(g)))
    finally:
        w.close()
    if index is not None:
        line_index.save_appended(path, fmt, index, appended)
    return offset


def append_store(out: Path, plan: AppendPlan, nquads: Path, offset: int) -> dict:
    """Bring ``out/store`` (current before this write) up to date like graph.nq: remove the quads
    of the restated subjects, load graph.nq's appended statements (from byte ``offset``).

    Done by a new interpreter (``python -m kg.export.append``), as the store's loader is: RocksDB
    must not be opened in a child forked from a process that has used it (the writers are forked).
    """
    from ..errors import ExportError

    proc = _run_self([str(out), str(nquads), str(offset)], sorted(plan.drop()))
    if proc.returncode != 0:
        last = (proc.stderr or "").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        raise ExportError(f"{out}/store: updating the Oxigraph store failed ({last[0][:300]})",
                          fix="check free disk space and permissions; a full build (delete the store folder first) writes it anew")
    return json.loads(proc.stdout)


def _update_store(out: Path, drop: list[str], nquads: Path, offset: int) -> dict:
    """The store update itself (in its own interpreter). The stamp is removed first, so a store
    left half-updated by a failure is never opened (queries parse the text). The VoID counts kept
    in the store (:data:`VOID_COUNTS`) are brought up to date too, from the quads of the subjects
    removed and added, read before and after (their subjects' quads are all they change)."""
    import pyoxigraph as ox

    from ..query import STORE_DIR, STORE_STAMP

    folder = out / STORE_DIR
    stamp = folder / STORE_STAMP
    stats = json.loads(stamp.read_text(encoding="utf-8"))
    counts = load_void_counts(folder, stats)
    (folder / VOID_COUNTS).unlink(missing_ok=True)
    stamp.unlink()
    with open(nquads, "rb") as fh:
        fh.seek(offset)
        added = fh.read()
    store = ox.Store(str(folder))
    if f"<{RULE_PREFIX}".encode() in added:  # the appended text states every rule node again (append_text)
        rule, rdf_type = ox.NamedNode(RULE_TYPE), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        drop = [*drop, *(q.subject.value for q in store.quads_for_pattern(None, rdf_type, rule, None))]
    touched = _subjects(drop, added) if counts is not None else None
    if touched is not None:
        _count_quads(store, touched, counts, -1)
    for iri in drop:
        for q in list(store.quads_for_pattern(ox.NamedNode(iri), None, None, None)):
            store.remove(q)
    store.load(added, ox.RdfFormat.N_QUADS, lenient=True)
    if touched is not None:
        _count_quads(store, touched, counts, +1)
    stats["quads"] = len(store)
    store.flush()
    del store  # closes the database before the stamp says it is finished
    if touched is not None:
        save_void_counts(folder, counts, stats)
    stamp.write_text(json.dumps(stats), encoding="utf-8")
    return stats


#: :func:`kg.export.store.void_counts` of the store, kept in its folder with the quad count of the
#: store they describe: an appending write updates them, VoID is written from them.
VOID_COUNTS = "kg-void-counts.json"


def load_void_counts(folder: Path, stats: dict | None = None) -> dict | None:
    """The VoID counts kept in the store ``folder``, when they describe it (same quad count as its
    stamp, or as ``stats``); else None. A store written in full is a new folder: none kept."""
    from ..query import STORE_STAMP

    try:
        stats = stats if stats is not None else json.loads((folder / STORE_STAMP).read_text(encoding="utf-8"))
        kept = json.loads((folder / VOID_COUNTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("quads") != stats.get("quads") or not isinstance(kept.get("graphs"), dict):
        return None
    return kept["graphs"]


def save_void_counts(folder: Path, counts: dict, stats: dict) -> None:
    with replacing(folder / VOID_COUNTS) as fh:
        fh.write(json.dumps({"quads": stats["quads"], "graphs": counts}).encode("utf-8"))


def _subjects(drop: list[str], added: bytes) -> list[str] | None:
    """The subjects whose quads an update changes: those removed, and those of the appended
    N-Quads lines (None when a line's subject is no IRI: the counts are then made anew)."""
    found = dict.fromkeys(drop)
    for line in added.split(b"\n"):
        if not line.strip():
            continue
        if line[:1] != b"<":
            return None
        found[line[1: line.index(b">")].decode("utf-8", "surrogatepass")] = None
    return list(found)


def _count_quads(store, subjects: list[str], counts: dict, sign: int) -> None:
    """Add (``sign`` +1) or take off (-1) the quads of ``subjects`` in :func:`void_counts`' shape."""
    import pyoxigraph as ox

    from .store import _RDF_TYPE

    for s in subjects:
        typed: set[str] = set()
        for q in store.quads_for_pattern(ox.NamedNode(s), None, None, None):
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            these = counts.setdefault(g, {"props": {}, "classes": {}, "entities": 0})
            p = q.predicate.value
            _bump(these["props"], p, sign)
            if p == _RDF_TYPE:
                _bump(these["classes"], q.object.value, sign)
                typed.add(g)
        for g in typed:  # each subject counts once per graph it is typed in
            counts[g]["entities"] += sign


def _bump(table: dict, key: str, by: int) -> None:
    n = table.get(key, 0) + by
    if n:
        table[key] = n
    else:
        table.pop(key, None)  # a property or class with no triple left is not described


def _filter_lines(path: Path, drop: set[str], prefix: str | None = None) -> None:
    """N-Quads / N-Triples less the lines whose subject IRI is in ``drop`` or starts with ``prefix`` (bytes, one pass)."""
    subjects = {f"<{iri}>".encode("utf-8", "surrogatepass") for iri in drop}
    start = f"<{prefix}".encode() if prefix else None
    with open(path, "rb") as src, replacing(path, "filter-") as dst:
        while block := src.read(1 << 22):
            block += src.readline()  # whole lines only
            lines = block.split(b"\n")
            tail = lines.pop()  # b"" after the block's last newline
            kept = [ln for ln in lines if ln[: ln.find(b" ")] not in subjects]
            if start is not None and (block.startswith(start) or b"\n" + start in block):  # rule nodes: the file's last lines
                kept = [ln for ln in kept if not ln.startswith(start)]
            if len(kept) == len(lines):  # most blocks: nothing to drop, written as read
                dst.write(block)
            else:
                kept.append(tail)
                dst.write(b"\n".join(kept))


#: A Turtle line opening a subject block (kg's writer indents the statements after the first),
#: up to the subject's end: prefix lines start with "@", continuation lines with a space.
#: (A pattern opening with the literal newline is searched for fast; "^" with re.M is tried at every byte.)
_SUBJECT_LINE = re.compile(rb"\n([^ \n@][^ \n]*)")
_BLOCK = 1 << 22  # bytes of Turtle filtered at a time


def _filter_turtle(path: Path, drop: set[str]) -> None:
    """Turtle written by kg less the subject blocks whose subject is in ``drop``: a block starts on
    a line at column 0 (statements after the first are indented, literals hold no raw newline).

    Bytes, a block of whole lines at a time: one regular expression finds the lines opening a
    subject block and only their subjects are read, so the 2.1M lines of the 87K build's
    graph.ttl cost no Python step each (about half the CPU of a line-by-line loop).
    """
    from ..prefixes import PREFIXES

    # each IRI as the writer may spell it: <iri>, or prefix:local (what chunked._expand reads back)
    tokens = {f"<{iri}>".encode("utf-8", "surrogatepass") for iri in drop}
    for name, ns in PREFIXES.items():
        ns = str(ns)
        tokens.update(f"{name}:{iri[len(ns):]}".encode("utf-8", "surrogatepass") for iri in drop if iri.startswith(ns))
    keep = True  # whether the current subject block is kept (across blocks of the file too)
    with open(path, "rb") as src, replacing(path, "filter-") as dst:
        while block := src.read(_BLOCK):
            block += src.readline()  # whole lines only
            parts, start = [], 0  # ``start``: where the run of lines ``keep`` rules begins
            eol = block.find(b"\n")  # the block's first line has no newline before it (found, not split: no copy of the rest)
            first = _SUBJECT_LINE.match(b"\n" + (block[:eol] if eol >= 0 else block))
            found = [(0, first[1])] if first else []
            for at, token in chain(found, ((m.start(1), m[1]) for m in _SUBJECT_LINE.finditer(block))):
                now = token not in tokens
                if now != keep:
                    if keep:
                        parts.append(block[start:at])
                    start, keep = at, now
            if keep:
                parts.append(block[start:] if start else block)
            dst.write(b"".join(parts))


def forget_state(out: Path) -> None:
    """Remove the state before a write changes the files: a write that fails half way leaves none."""
    (out / STATE_FILE).unlink(missing_ok=True)


def save_state(out: Path, digests: dict[str, bytes], formats) -> None:
    """Record the papers and the text files just written, for the next write into ``out``."""
    # graph.json's too: kg.export.graph_json patches it only when this write wrote it
    names = {**FORMATS, "json": "graph.json"}
    files = {f: s for f in formats if f in names and (s := _stamp(out / names[f])) is not None}
    state = {"version": _STATE_VERSION, "kg": __version__, "papers": digests, "files": files}
    with replacing(out / STATE_FILE) as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":  # python -m kg.export.append OUT NQUADS OFFSET < drop IRIs (JSON); --owned OUT < papers (JSON)
    import sys

    if sys.argv[1] == "--owned":
        print(json.dumps(_owned_by(Path(sys.argv[2]), json.loads(sys.stdin.read()))))
    else:
        print(json.dumps(_update_store(Path(sys.argv[1]), json.loads(sys.stdin.read()), Path(sys.argv[2]), int(sys.argv[3]))))
