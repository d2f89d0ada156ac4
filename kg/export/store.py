"""The on-disk Oxigraph store of a build (``OUT/store``), and the VoID description of the dataset.

``kg query``, :func:`kg.load` and the API open the store read-only in place
(:func:`kg.query.open_store`) instead of parsing graph.nq into memory at every call. The store
is bulk-loaded from the N-Quads text into a temporary folder renamed into place once complete; a
stamp file written last marks it finished. When the build writes graph.nq too,
:func:`write_nquads_and_store` writes the file and, at the same time, feeds the same text through
a pipe to another process that bulk-loads it (Rust parses the text; no Python makes the
statements twice), so the store costs the build little more than its CPU on the other core.
The text is loaded in slices of :data:`LOAD_SLICE` bytes, one bulk load each, to bound the
loader's memory.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from .. import __version__
from ..errors import ExportError
from ..query import STORE_DIR, STORE_STAMP

__all__ = ["LOAD_SLICE", "child_env", "write_store_dir", "write_nquads_and_store", "void_counts", "void_quads", "write_void"]

#: Bytes of N-Quads text (whole lines, about 170,000 quads) per bulk load. Oxigraph's loader keeps
#: a batch of up to a million quads several times over (parsed, encoded in hash sets that grow in
#: doubling steps, a sorted key list per index) and parses the next batch while it writes one:
#: loading the 87K-paper graph.nq in one call made the loader the build's largest process (1.55
#: GiB), and its peak jumps with the quad count (917,000 -> 918,000 quads: 0.88 -> 1.20 GiB, a
#: hash set doubling; on 87K papers it varies by 0.1-0.15 GiB from run to run). Slices of
#: 32 MB, three loads side by side, keep it near 0.65 GiB for the same CPU seconds and the same
#: quads (kg's writers mint no blank nodes, whose labels a load would scope to its slice).
LOAD_SLICE = 32 << 20


def write_store_dir(out: Path, *, nquads: Path | None = None, lines: Iterable[str] | None = None,
                    source: str | None = None, confirm: Callable[[], int | None] | None = None) -> dict:
    """Bulk-load ``nquads`` (a file or pipe) or ``lines`` (N-Quads text) into ``out/store``; returns stats.

    ``confirm``, when given, is asked once the text is loaded: it gives the number of lines the
    writer wrote (kg's writers state no quad twice, so it is the store's quad count, without the
    scan of every quad ``len(store)`` makes: 1.3 CPU-s at 87K papers), or None when the text was
    cut short, which discards the load and raises :class:`ExportError`.
    """
    import pyoxigraph as ox

    from .rdf import _ChunkReader

    out = Path(out)
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}"
    final = out / STORE_DIR
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        with open(nquads, "rb") if nquads is not None else io.BufferedReader(_ChunkReader(lines or ())) as text:
            _load_slices(store, text)
        # a bulk load leaves many overlapping, compressed files; compacting them (6 CPU-s, a sixth
        # of the load's, at 87K papers) makes every string a query prints a cheaper read: 11-47%
        # less CPU for the shipped listing queries on the 87K store (README)
        store.optimize()
        size = len(store) if confirm is None else None
        store.flush()
        del store  # closes the database before its folder moves
        if confirm is not None and (size := confirm()) is None:
            raise ValueError("the N-Quads text ended early (its writer stopped)")
        stats = {"quads": size, "kg_version": __version__, "source": source or (nquads.name if nquads else None)}
        (tmp / STORE_STAMP).write_text(json.dumps(stats), encoding="utf-8")
        if final.exists():  # the previous build's store; rename first so a reader never sees a mix
            old = out / f".{STORE_DIR}.old-{os.getpid()}"
            os.replace(final, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, final)
    except (OSError, SyntaxError, ValueError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"{final}: writing the Oxigraph store failed ({e})", fix="check free disk space and permissions") from e
    return stats


def _load_slices(store, text: io.BufferedIOBase, size: int = LOAD_SLICE, at_once: int = 3) -> None:
    """Bulk-load the N-Quads ``text`` (a file, pipe or reader) into ``store``, ``size`` bytes of
    whole lines at a time (:data:`LOAD_SLICE`), ``at_once`` loads side by side (Oxigraph releases
    the GIL while it loads): a load parses its slice before it encodes and writes it, so one at
    a time would leave idle the cores the single load of the whole text used (its parser and two
    batch writers run at once)."""
    import pyoxigraph as ox

    def slices() -> Iterator[bytes]:
        rest = b""
        while block := text.read(size):
            block = rest + block
            end = block.rfind(b"\n") + 1  # a line cut by the slice waits for the next one
            rest = block[end:]
            if end:
                yield block[:end]
        if rest:  # a last line without its line break
            yield rest

    with ThreadPoolExecutor(at_once) as pool:
        running: deque[Future] = deque()
        for part in slices():
            if len(running) == at_once:
                running.popleft().result()
            # lenient: skips re-validating IRIs kg's writers already made safe (safe_iri), ~15% less CPU
            running.append(pool.submit(store.bulk_load, part, ox.RdfFormat.N_QUADS, lenient=True))
        for load in running:
            load.result()


def child_env() -> dict[str, str]:
    """The environment of a new kg interpreter (the store's loader and updater): this one's, with
    the folder holding the ``kg`` package first on PYTHONPATH, so a child imports the same kg
    even when it is not installed (a checkout run in place)."""
    here = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}


def _loader_main(out: str, read_fd: int, source: str) -> int:
    """The loader process (``python -m kg.export.store OUT FD SOURCE``): bulk-load the pipe's text
    into ``OUT/store``, keeping it only when the writer confirms on stdin that the text is whole
    (a writer that died leaves the pipe ended early, and no store). Reports on stdout as JSON."""

    def confirmed() -> int | None:
        print(json.dumps({"loaded": True}), flush=True)
        answer = sys.stdin.readline().split()  # "whole LINES" from the writer
        return int(answer[1]) if len(answer) == 2 and answer[0] == "whole" and answer[1].isdigit() else None

    try:
        stats = write_store_dir(Path(out), nquads=Path(f"/dev/fd/{read_fd}"), source=source, confirm=confirmed)
    except ExportError as e:
        print(json.dumps({"error": e.what, "fix": e.fix}), flush=True)
        return 1
    print(json.dumps({"stats": stats}), flush=True)
    return 0


def write_nquads_and_store(chunks: Iterable[str], nquads: Path, out: Path, *, batch: int = 20000) -> tuple[float, dict]:
    """Write ``chunks`` (N-Quads text) to ``nquads`` and bulk-load the same text into ``out/store``
    in another process at the same time; returns (seconds the loader took, its stats).

    The loader is a new interpreter, not a fork: RocksDB must not be opened in a child forked
    from a process that has used it (a lock held at the fork never frees). graph.nq is written
    whole even when the loader fails; then :class:`ExportError` says why, and no store (nor any
    temporary folder) is left in ``out``.
    """
    import subprocess
    import time

    out = Path(out)
    read_fd, write_fd = os.pipe()
    env = child_env()
    t0 = time.perf_counter()
    try:
        loader = subprocess.Popen([sys.executable, "-m", "kg.export.store", str(out), str(read_fd), nquads.name], pass_fds=[read_fd],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    finally:
        os.close(read_fd)
    try:
        lines = _tee(chunks, nquads, write_fd, batch)
    except BaseException:
        loader.kill()  # before the pipe closes: the loader must not take the cut text as whole
        os.close(write_fd)
        loader.communicate()
        shutil.rmtree(out / f".{STORE_DIR}.tmp-{loader.pid}", ignore_errors=True)
        raise
    os.close(write_fd)  # the loader sees the end of the text
    answer = _message(loader.stdout.readline())
    if answer.get("loaded"):
        rest, err = loader.communicate(f"whole {lines}\n")
        answer = _message(rest)
    else:
        _, err = loader.communicate()
    seconds = time.perf_counter() - t0
    if "stats" in answer:
        return seconds, answer["stats"]
    # a store older than the graph beside it would be stale: leave none, queries parse the text
    shutil.rmtree(out / f".{STORE_DIR}.tmp-{loader.pid}", ignore_errors=True)
    shutil.rmtree(out / STORE_DIR, ignore_errors=True)
    if "error" in answer:
        raise ExportError(answer["error"], fix=answer.get("fix", ""))
    last = (err or "").strip().splitlines()[-1:] or ["no message"]
    raise ExportError(f"{out / STORE_DIR}: the process loading the store ended (exit code {loader.returncode}: {last[0][:200]})",
                      fix="check free memory and disk space, or write the outputs one at a time with --jobs 1")


def _message(text: str) -> dict:
    """The loader's last JSON line in ``text`` ({} when it wrote none)."""
    for line in reversed((text or "").strip().splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return {}


def _tee(chunks: Iterable[str], nquads: Path, fd: int, batch: int) -> int:
    """Write ``chunks`` to the file ``nquads`` and to the pipe ``fd`` (while its reader lives);
    returns the number of lines written."""
    from .rdf import batched_text

    feeding = True
    lines = 0
    with open(nquads, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as fh:
        for text in batched_text(chunks, batch):
            fh.write(text)  # the text write_rdf writes: graph.nq does not depend on the store
            lines += text.count("\n")
            if feeding:
                feeding = _feed(fd, text.encode("utf-8", "surrogatepass"))
    return lines


def _feed(fd: int, data: bytes) -> bool:
    """Write all of ``data`` to the pipe; False when the reader is gone."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view):]
    except BrokenPipeError:
        return False
    return True


# ---- VoID --------------------------------------------------------------------------------------
_VOID = "http://rdfs.org/ns/void#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _rows(store, text: str) -> list[tuple]:
    return [tuple(t.value if t is not None else None for t in sol) for sol in store.query(text)]


def _vocabulary(iri: str) -> str | None:
    """The namespace of a term among kg's prefixes (the longest that matches), else None."""
    from ..vocab import PREFIXES

    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    return None if best is None or best == PREFIXES.get("kgid") else best


def void_counts(store) -> dict[str, dict]:
    """What VoID states of ``store``, per graph (``""``: the default graph, else the named graph's
    IRI): triples per property (``props``), distinct subjects per class (``classes``) and typed
    subjects (``entities``). Kept beside the store, an appending write updates them
    (:mod:`kg.export.append`) instead of counting the whole store again."""
    import pyoxigraph as ox

    def counts(graph: str | None) -> dict:
        pattern = "{ ?s ?p ?o }" if graph is None else f"{{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        typed = pattern.replace("?p ?o", "<" + _RDF_TYPE + "> ?c")
        return {
            "props": {p: int(n) for p, n in _rows(store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {pattern} GROUP BY ?p")},
            "classes": {c: int(n) for c, n in _rows(store, f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {typed} GROUP BY ?c")},
            "entities": int(_rows(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {typed}")[0][0]),
        }

    out = {"": counts(None)}
    for graph in sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)):
        out[graph] = counts(graph)
    return out


def void_quads(store, *, title: str = "kg", counts: dict[str, dict] | None = None) -> list:
    """A VoID description of the dataset in ``store`` (or of its :func:`void_counts` ``counts``):
    triples, entities per class, properties and the vocabularies used, for the facts (default
    graph) and each named graph (the provenance).

    Every node has a stable IRI under ``kgid:void`` (no blank nodes), derived from what it describes.
    """
    import pyoxigraph as ox

    from ..model import short_hash
    from ..vocab import ID

    base = str(ID["void"])  # partitions: kgid:void/class/<hash of the class IRI>, ...
    N, L = ox.NamedNode, ox.Literal
    V = {k: N(_VOID + k) for k in ("Dataset", "triples", "entities", "classes", "properties", "vocabulary",
                                     "classPartition", "propertyPartition", "class", "property", "subset", "uriSpace")}
    a = N(_RDF_TYPE)

    def num(n) -> ox.Literal:
        return L(str(int(n)), datatype=N(_XSD_INTEGER))

    out: list = []
    parts: list = []  # after the datasets, so each partition is written as one block

    counts = counts if counts is not None else void_counts(store)

    def describe(ds: ox.NamedNode, graph: str | None, label: str) -> None:
        these = counts["" if graph is None else graph]
        props, classes, entities = list(these["props"].items()), list(these["classes"].items()), these["entities"]
        out.extend([
            ox.Triple(ds, a, V["Dataset"]),
            ox.Triple(ds, N("http://purl.org/dc/terms/title"), L(label)),
            ox.Triple(ds, V["triples"], num(sum(int(n) for _, n in props))),
            ox.Triple(ds, V["entities"], num(entities)),
            ox.Triple(ds, V["classes"], num(len(classes))),
            ox.Triple(ds, V["properties"], num(len(props))),
        ])
        for vocab in sorted({v for iri, _ in props + classes if (v := _vocabulary(iri))}):
            out.append(ox.Triple(ds, V["vocabulary"], N(vocab)))
        for cls, n in sorted(classes):
            part = N(f"{ds.value}/class/{short_hash(cls, 12)}")
            out.append(ox.Triple(ds, V["classPartition"], part))
            parts.extend([ox.Triple(part, V["class"], N(cls)), ox.Triple(part, V["entities"], num(n))])
        for prop, n in sorted(props):
            part = N(f"{ds.value}/property/{short_hash(prop, 12)}")
            out.append(ox.Triple(ds, V["propertyPartition"], part))
            parts.extend([ox.Triple(part, V["property"], N(prop)), ox.Triple(part, V["triples"], num(n))])

    root = N(base)
    out.append(ox.Triple(root, V["uriSpace"], L(str(ID))))
    describe(root, None, f"{title}: facts (default graph)")
    for graph in sorted(g for g in counts if g):
        sub = N(f"{base}/graph/{short_hash(graph, 12)}")
        out.append(ox.Triple(root, V["subset"], sub))
        out.append(ox.Triple(sub, N("http://www.w3.org/ns/sparql-service-description#name"), N(graph)))
        describe(sub, graph, f"{title}: named graph <{graph}>")
    return out + parts


def write_void(store, path: Path, *, title: str = "kg", counts: dict[str, dict] | None = None) -> None:
    """Write :func:`void_quads` of ``store`` (or of ``counts``) as Turtle to ``path``."""
    import pyoxigraph as ox

    from ..vocab import PREFIXES

    from ..vocab import ID

    # the vocabularies only: kg's resource prefixes would make every partition IRI a pname
    vocabularies = {k: v for k, v in PREFIXES.items() if not v.startswith(str(ID))}
    prefixes = {**vocabularies, "void": _VOID, "sd": "http://www.w3.org/ns/sparql-service-description#"}
    ox.serialize(void_quads(store, title=title, counts=counts), str(path), ox.RdfFormat.TURTLE, prefixes=prefixes)


if __name__ == "__main__":
    sys.exit(_loader_main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
