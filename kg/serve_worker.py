"""Runs the endpoint's queries in worker processes, so that a query past its time limit can be stopped.

pyoxigraph cannot interrupt a running query from Python, and a thread cannot be killed, so each
query runs in a worker process that holds the loaded store and is killed (and replaced) when the
query overruns. When the build folder has a current on-disk store (``kg build --formats ...,store``)
each worker is a new interpreter that opens it read-only: nothing is parsed, and RocksDB is never
opened in a process forked from one that used it (a lock held at the fork would never free). Otherwise workers are forked from the process that parsed the graph: they share
its memory copy-on-write and need no reload. Where ``fork`` is unavailable a worker loads the
graph itself.

A worker answers a :class:`Job` with a :data:`Reply` - (status, content type, body, extra headers) -
so query evaluation *and* serialisation (where pyoxigraph evaluates lazily) are inside the limit.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryTimeoutError, ServeError
from .sparql_guard import short_syntax_error, unknown_prefixes
from .vocab import PREFIXES

__all__ = ["Job", "QueryPool", "answer", "negotiate"]

Reply = tuple[str, str, bytes, list]


@dataclass(frozen=True)
class Job:
    """One query for a worker, with what the client asked for."""

    query: str
    default_graph: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    wanted: str | None = None  # the ``format=`` parameter, if any
    accept: str | None = None


def _formats():
    import pyoxigraph as ox

    results = {  # media type -> serialiser, for SELECT and ASK
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "application/xml": ox.QueryResultsFormat.XML,
        "text/xml": ox.QueryResultsFormat.XML,
        "text/csv": ox.QueryResultsFormat.CSV,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }
    graphs = {  # media type -> serialiser, for CONSTRUCT and DESCRIBE
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/x-turtle": ox.RdfFormat.TURTLE,
        "application/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "text/plain": ox.RdfFormat.N_TRIPLES,
        "application/ld+json": ox.RdfFormat.JSON_LD,
        "application/rdf+xml": ox.RdfFormat.RDF_XML,
    }
    return results, graphs


#: ``format=`` shorthands -> media type, for SELECT/ASK and for CONSTRUCT/DESCRIBE.
_SHORT_RESULTS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv", "tsv": "text/tab-separated-values"}
_SHORT_GRAPHS = {"turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples", "nt": "application/n-triples",
                 "jsonld": "application/ld+json", "json-ld": "application/ld+json", "json": "application/ld+json",
                 "rdfxml": "application/rdf+xml", "xml": "application/rdf+xml"}


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (the first offered one for ``*/*`` or none)."""
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, int] | None = None
    choice = None
    for order, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mime = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0 or "/" not in mime:
            continue
        for rank, cand in enumerate(offered):
            major = mime.split("/")[0]
            if mime == cand or mime == "*/*" or (mime.endswith("/*") and cand.startswith(major + "/")):
                specific = 0 if "*" in mime else 1
                key = (q, specific, -order * 100 - rank)
                if best is None or key > best:
                    best, choice = key, cand
                break
    return choice


def error_reply(status: str, what: str, fix: str, extra: list | None = None) -> Reply:
    """A plain-text error answer: what failed, then the fix."""
    return status, "text/plain; charset=utf-8", f"{status}: {what}\nfix: {fix}\n".encode("utf-8"), list(extra or ())


def _syntax_error_reply(query: str, error: SyntaxError) -> Reply:
    message = str(error)
    if "Prefix not found" in message:
        unknown = unknown_prefixes(query, PREFIXES)
        named = ", ".join(f"{p}:" for p in unknown) or "a prefix"
        known = ", ".join(f"{p}:" for p in list(PREFIXES)[:8])
        return error_reply("400 Bad Request", f"unknown prefix {named} in the query",
                           f"declare it (PREFIX {unknown[0] if unknown else 'ex'}: <...>) or use one of kg's predeclared prefixes: {known}, ...")
    if _looks_like_update(query):
        return error_reply("400 Bad Request", f"malformed SPARQL query: {short_syntax_error(message)}",
                           "this endpoint is read-only: updates are refused")
    return error_reply("400 Bad Request", f"malformed SPARQL query: {short_syntax_error(message)}",
                       "check the query against SPARQL 1.1; kg's prefixes are predeclared")


def _looks_like_update(query: str) -> bool:
    import re

    return re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", query, re.I) is not None


def _evaluate(store, query: str, kw: dict):
    """``store.query``, with a final ORDER BY of plain variables done on the decoded rows
    (kg.sparql_order: Oxigraph would read both strings from an on-disk store at every comparison)."""
    import pyoxigraph as ox

    from .sparql_order import as_solutions, sort_rows, split_order

    split = split_order(query)
    if split is None:
        return store.query(query, prefixes=PREFIXES, **kw)
    res = store.query(split[0], prefixes=PREFIXES, **kw)
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        if all(name in variables for name, _ in split[1]):
            ordered = sort_rows([tuple(sol) for sol in res], variables, split[1])
            answer = as_solutions(ordered, variables) if ordered is not None else None
            if answer is not None:
                return answer
    return store.query(query, prefixes=PREFIXES, **kw)  # Oxigraph sorts


def answer(store, job: Job) -> Reply:
    """Run ``job`` on ``store`` and serialise its answer as the client asked."""
    import pyoxigraph as ox

    kw = {}
    if job.default_graph:
        kw["default_graph"] = [ox.NamedNode(u) for u in job.default_graph]
    if job.named_graphs:
        kw["named_graphs"] = [ox.NamedNode(u) for u in job.named_graphs]
    try:
        res = _evaluate(store, job.query, kw)
    except SyntaxError as e:
        return _syntax_error_reply(job.query, e)
    except (OSError, RuntimeError, ValueError) as e:
        return error_reply("400 Bad Request", f"the query failed: {short_syntax_error(str(e))}", "check the query")
    results, graphs = _formats()
    is_graph = isinstance(res, ox.QueryTriples)
    table, shorts = (graphs, _SHORT_GRAPHS) if is_graph else (results, _SHORT_RESULTS)
    mime = shorts.get(job.wanted.lower(), job.wanted.lower()) if job.wanted else None
    if mime not in table:
        mime = negotiate(job.accept, list(table))
    if mime is None:
        return error_reply("406 Not Acceptable", f"cannot answer this query as {job.accept}", f"accept one of: {', '.join(table)}")
    try:
        body = res.serialize(format=table[mime])
    except (OSError, RuntimeError, ValueError) as e:
        return error_reply("400 Bad Request", f"the query failed while its results were written: {short_syntax_error(str(e))}", "check the query, or try another format")
    return "200 OK", f"{mime}; charset=utf-8", body, [("Vary", "Accept")]


def _close_inherited_fds(keep: int) -> None:
    """Close every descriptor a forked worker inherited except stdio and its own pipe.

    Otherwise a worker would hold the listening socket (the port stays taken after the server
    stops) and the other workers' pipes (they would never see their parent go away).
    """
    try:
        limit = os.sysconf("SC_OPEN_MAX")
    except (AttributeError, ValueError, OSError):
        limit = 4096
    os.closerange(3, keep)
    os.closerange(keep + 1, max(limit, keep + 2))


def _watch_parent(parent: int) -> None:
    """End this worker within a second of its server dying (SIGKILL leaves no one to kill a running query).

    pyoxigraph releases the GIL while it evaluates, so this thread runs during a long query.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="kg-serve-watch-parent", daemon=True).start()


def _worker_main(conn, source, forked: bool) -> None:
    """Answer jobs from ``conn`` on ``source``: the parent's store (forked), or a path opened here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which then ends its workers
    _watch_parent(os.getppid())
    if forked:
        _close_inherited_fds(conn.fileno())
    if isinstance(source, str):
        from .query import open_store

        store = open_store(source)  # the on-disk store read-only when current, else the parsed text
    else:
        store = source
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the server is gone
        if job is None:
            return
        try:
            reply = answer(store, job)
        except Exception as e:  # noqa: BLE001 - any failure becomes an answer, never a dead worker
            reply = error_reply("500 Internal Server Error", f"the query failed: {type(e).__name__}: {e}", "report this query as a kg bug")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


@dataclass(eq=False)  # identity-hashed: workers are kept in a set
class _Worker:
    process: mp.process.BaseProcess
    conn: object


class QueryPool:
    """``size`` worker processes answering :class:`Job` s, each within ``timeout`` seconds."""

    def __init__(self, store, source: Path, size: int, timeout: float) -> None:
        """``store``: the parsed graph workers inherit, or None for workers opening ``source`` themselves."""
        self.timeout = timeout
        self.size = size
        self._store, self._source = store, source
        self._fork = "fork" in mp.get_all_start_methods() and store is not None
        self._ctx = mp.get_context("fork" if self._fork else "spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0  # workers ended for overrunning the time limit (tests and logs read it)
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        source = self._store if self._fork else str(self._source)
        process = self._ctx.Process(target=_worker_main, args=(child, source, self._fork), name="kg-serve-query", daemon=True)
        process.start()
        child.close()
        try:  # a worker starting a new interpreter takes a second: its first query must not pay for it
            ready = parent.poll(120) and parent.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            process.kill()
            process.join(10)
            parent.close()
            raise ServeError(f"a query worker could not open {self._source} (exit code {process.exitcode})",
                             fix="rebuild the graph with `kg build`, or check that the folder is readable")
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def pids(self) -> list[int]:
        """Process ids of the current workers."""
        with self._lock:
            return [w.process.pid for w in self._all]

    def run(self, job: Job) -> Reply:
        """The worker's reply to ``job``.

        Raises :class:`~kg.errors.QueryTimeoutError` when the query overruns (its worker is
        killed and replaced) and :class:`~kg.errors.ServeError` when no worker frees up in time.
        """
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise ServeError(f"all {self.size} query workers stayed busy for {self.timeout:g} s",
                             fix="retry later, or start `kg serve` with more --workers") from None
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as e:
            self._replace(worker)
            raise ServeError("the query worker stopped unexpectedly", fix="retry; if it recurs, report the query as a kg bug") from e
        self._replace(worker)
        self.killed += 1
        raise QueryTimeoutError(f"the query ran past the {self.timeout:g} s time limit and was stopped",
                                fix="narrow it (LIMIT, more specific patterns), or start `kg serve` with a larger --timeout")

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(10)
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        self._idle.put(self._start())

    def close(self) -> None:
        """End every worker (idempotent)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.process.kill()
        for w in workers:
            w.process.join(10)
            w.conn.close()
