"""A read-only SPARQL 1.1 endpoint over a built graph, beside its HTML explorer.

``make_app(graph_dir)`` is a WSGI application. A build folder with a current on-disk store
(``store/``, see :func:`kg.query.store_is_current`) is answered from it: each query worker opens
it read-only, so nothing is parsed at start; otherwise the RDF text is parsed once. ``make_server`` / ``serve`` run it on waitress
(a threaded, production-grade WSGI server) on loopback by default.

Routes::

    /        the build's graph.html (a query form when the folder has none)
    /sparql  SPARQL 1.1 Protocol: GET ?query=..., POST form-encoded (query=...) or
             application/sparql-query. Updates are refused (403): the endpoint is read-only.
             Without a query: a query form (browsers) or the SPARQL 1.1 Service Description
             (when RDF is accepted).

Results follow the ``Accept`` header (or a ``format=`` parameter such as ``json`` or ``csv``):
SELECT / ASK as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT / DESCRIBE as Turtle (default),
N-Triples, JSON-LD or RDF/XML. kg's prefixes (``kg:``, ``schema:``, ``dataset:``...) are
predeclared. A malformed query gets a 400 whose body says what is wrong.

Safety: federated ``SERVICE`` clauses are refused (400) before anything runs - the endpoint
never makes an outbound request; every query runs in a worker process under a time limit
(``timeout``, 30 s) and is killed past it; cross-origin pages may read answers only from the
origins given with ``cors`` (none by default); on loopback, a request whose Host header names
neither a loopback host nor an ``allow_host`` name gets a 403 (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from .errors import QueryTimeoutError, ServeError, SettingsError
from .export.rdf import PROVENANCE_GRAPH
from .query import load_store, store_is_current
from .sparql_guard import uses_service
from .serve_worker import Job, QueryPool, error_reply, negotiate

__all__ = ["make_app", "make_server", "serve", "negotiate", "ServeSettings", "SERVE_SETTINGS_HELP", "MAX_BODY_BYTES"]

#: Largest request body accepted (a query, form-encoded or not).
MAX_BODY_BYTES = 1_000_000

StartResponse = Callable[..., object]


@dataclass(frozen=True)
class ServeSettings:
    """Every endpoint setting, with its default. ``SERVE_SETTINGS_HELP`` documents each one."""

    timeout: float = 30.0
    workers: int = min(4, os.cpu_count() or 1)
    cors: tuple[str, ...] = ()
    allow_host: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (isinstance(self.timeout, (int, float)) and math.isfinite(self.timeout) and self.timeout > 0):
            raise SettingsError(f"timeout must be a positive number of seconds, not {self.timeout!r}", fix="pass e.g. --timeout 30")
        if not (isinstance(self.workers, int) and 1 <= self.workers <= 64):
            raise SettingsError(f"workers must be between 1 and 64, not {self.workers!r}", fix="pass e.g. --workers 2")
        object.__setattr__(self, "cors", tuple(self.cors))
        for origin in self.cors:
            if origin != "*" and not _ORIGIN.fullmatch(origin):
                raise SettingsError(f"{origin!r} is not a web origin", fix="give --cors scheme://host[:port], e.g. --cors http://localhost:3000 (no path)")
        object.__setattr__(self, "allow_host", tuple(h.lower() for h in self.allow_host))
        for name in self.allow_host:
            if not _HOST_NAME.fullmatch(name):
                raise SettingsError(f"{name!r} is not a host name", fix="give --allow-host NAME without scheme or port, e.g. --allow-host kg.example.org")


SERVE_SETTINGS_HELP: dict[str, str] = {
    "timeout": "seconds a query may run (evaluation and writing the answer); past it the client gets a 503 and the query's worker is killed",
    "workers": "worker processes running queries in parallel (each shares the loaded graph)",
    "cors": "web origins whose pages may read answers (Access-Control-Allow-Origin); none by default, `*` for any",
    "allow_host": "host names the endpoint answers to besides loopback names (a request naming another host in its Host header gets a 403, which stops DNS-rebinding pages)",
}

_ORIGIN = re.compile(r"https?://[A-Za-z0-9.\-]+(?::\d{1,5})?|https?://\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")
_HOST_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")
_HOST = re.compile(rf"(?:{_HOST_NAME.pattern})(?::\d{{1,5}})?")
_HOST_HEADER = re.compile(rf"(?P<name>{_HOST_NAME.pattern})\.?(?::\d{{1,5}})?")
_log = logging.getLogger("kg.serve")


class _App:
    def __init__(self, graph_dir: str | Path, settings: ServeSettings | None = None) -> None:
        self.settings = settings or ServeSettings()
        self.path = Path(graph_dir)
        # a current on-disk store is opened read-only by each worker (kg.serve_worker); else parse once here
        self.store = None if self.path.is_dir() and store_is_current(self.path) else load_store(self.path)
        folder = self.path if self.path.is_dir() else self.path.parent
        self.html_path = folder / "graph.html"
        self.pool = QueryPool(self.store, self.path, self.settings.workers, self.settings.timeout)

    def close(self) -> None:
        """End the query workers."""
        self.pool.close()

    # ---- WSGI entry ---------------------------------------------------------------------------
    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        cors = self._cors_headers(environ.get("HTTP_ORIGIN"))

        def respond(status, headers, exc_info=None):
            if exc_info is None:
                return start_response(status, list(headers) + cors)
            return start_response(status, list(headers) + cors, exc_info)

        try:
            return self._route(environ, respond, any(k == "Access-Control-Allow-Origin" for k, _ in cors))
        except Exception as e:  # noqa: BLE001 - a bug answers 500 in one line, never a traceback
            _log.error("kg serve: internal error on %s %s: %s: %s", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"), type(e).__name__, e)
            return self._reply(respond, error_reply("500 Internal Server Error", f"internal error ({type(e).__name__})", "report this request as a kg bug"), sys.exc_info())

    def _cors_headers(self, origin: str | None) -> list[tuple[str, str]]:
        allowed = self.settings.cors
        if not allowed:
            return []
        if origin and ("*" in allowed or origin in allowed):
            return [("Access-Control-Allow-Origin", "*" if "*" in allowed else origin), ("Vary", "Origin")]
        return [("Vary", "Origin")]

    def _route(self, environ, respond, cors_allowed: bool):
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET").upper()
        if method == "HEAD":  # the GET answer's status and headers, without the body
            self._route(dict(environ, REQUEST_METHOD="GET"), respond, cors_allowed)
            return [b""]
        if method == "OPTIONS":
            extra = [("Allow", "GET, POST, OPTIONS")]
            if cors_allowed:  # a CORS preflight from an allowed origin
                extra += [("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                          ("Access-Control-Allow-Headers", "Content-Type, Accept"), ("Access-Control-Max-Age", "600")]
            return self._send(respond, "204 No Content", b"", "text/plain", extra=extra)
        if path in ("/", "/index.html", "/graph.html"):
            if method != "GET":
                return self._method_not_allowed(respond, "GET")
            return self._index(respond)
        if path.rstrip("/") == "/sparql":
            return self._sparql(environ, respond, method)
        return self._error(respond, "404 Not Found", f"no such page: {path[:200]}", "the endpoint is /sparql; the explorer is /")

    # ---- pages --------------------------------------------------------------------------------
    def _index(self, respond):
        if self.html_path.is_file():
            return self._send(respond, "200 OK", self.html_path.read_bytes(), "text/html; charset=utf-8")
        return self._send(respond, "200 OK", _FORM.encode("utf-8"), "text/html; charset=utf-8")

    def _sparql(self, environ, respond, method):
        qs = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "GET":
            params = qs
        elif method == "POST":
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            try:
                body = self._body(environ)
            except ValueError as e:
                return self._error(respond, "413 Content Too Large", str(e), f"send at most {MAX_BODY_BYTES} bytes")
            if ctype == "application/sparql-update":
                return self._read_only(respond)
            if ctype == "application/sparql-query":
                params = {**qs, "query": [body.decode("utf-8", "replace")]}
            elif ctype in ("application/x-www-form-urlencoded", ""):
                params = {**qs, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
            else:
                return self._error(respond, "415 Unsupported Media Type", f"cannot read a {ctype} request body",
                                   "POST application/sparql-query or application/x-www-form-urlencoded (query=...)")
        else:
            return self._method_not_allowed(respond, "GET, POST")
        if "update" in params:
            return self._read_only(respond)
        queries = params.get("query") or []
        if not queries:
            return self._describe_service(environ, respond)
        if len(queries) > 1:
            return self._error(respond, "400 Bad Request", "more than one query parameter", "send exactly one query")
        return self._run(respond, queries[0], params, environ.get("HTTP_ACCEPT"))

    def _run(self, respond, query: str, params: dict, accept: str | None):
        import pyoxigraph as ox

        graphs = {k: tuple(params.get(k) or ()) for k in ("default-graph-uri", "named-graph-uri")}
        try:
            for iri in (*graphs["default-graph-uri"], *graphs["named-graph-uri"]):
                ox.NamedNode(iri)
        except ValueError as e:
            return self._error(respond, "400 Bad Request", f"bad graph IRI: {e}", "give absolute IRIs in default-graph-uri / named-graph-uri")
        if uses_service(query):
            return self._error(respond, "400 Bad Request",
                               "federated SERVICE queries are refused: this endpoint never sends requests to other servers",
                               "query only this graph; to combine remote data, fetch it yourself and build it into the graph")
        wanted = next((v[0] for k in ("format", "output") if (v := params.get(k))), None)
        job = Job(query, graphs["default-graph-uri"], graphs["named-graph-uri"], wanted, accept)
        try:
            reply = self.pool.run(job)
        except QueryTimeoutError as e:
            return self._error(respond, "503 Service Unavailable", e.what, e.fix)
        except ServeError as e:
            return self._error(respond, "503 Service Unavailable", e.what, e.fix, extra=[("Retry-After", "5")])
        return self._reply(respond, reply)

    def _describe_service(self, environ, respond):
        """No query: a SPARQL 1.1 Service Description for RDF clients, the query form for browsers."""
        import pyoxigraph as ox

        graph_types = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
                       "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML}
        mime = negotiate(environ.get("HTTP_ACCEPT"), ["text/html", *graph_types])
        if mime in (None, "text/html"):
            return self._send(respond, "200 OK", _FORM.encode("utf-8"), "text/html; charset=utf-8")
        host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', 'localhost')}:{environ.get('SERVER_PORT', '80')}"
        if len(host) > 260 or not _HOST.fullmatch(host):  # a DNS name has at most 253 characters
            return self._error(respond, "400 Bad Request", f"the Host header {host[:100]!r} is not a host name",
                               "send Host: name[:port] (clients do this themselves)")
        scheme = "https" if environ.get("wsgi.url_scheme") == "https" else "http"
        try:
            triples = _service_description(f"{scheme}://{host}/sparql")
        except ValueError as e:
            return self._error(respond, "400 Bad Request", f"the Host header {host[:100]!r} gives no valid IRI ({e})", "send Host: name[:port]")
        body = ox.serialize(triples, format=graph_types[mime], prefixes={"sd": _SD})
        return self._send(respond, "200 OK", body, f"{mime}; charset=utf-8")

    # ---- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _body(environ) -> bytes:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            raise ValueError(f"the request body has {length} bytes")
        return environ["wsgi.input"].read(length) if length > 0 else b""

    def _read_only(self, respond):
        return self._error(respond, "403 Forbidden", "SPARQL Update is not allowed: this endpoint is read-only",
                           "rebuild the graph with `kg build` to change it")

    def _method_not_allowed(self, respond, allow: str):
        return self._error(respond, "405 Method Not Allowed", "method not allowed", f"use {allow}", extra=[("Allow", allow)])

    def _error(self, respond, status: str, what: str, fix: str, extra=None):
        return self._reply(respond, error_reply(status, what, fix, extra))

    def _reply(self, respond, reply, exc_info=None):
        status, ctype, body, extra = reply
        return self._send(respond, status, body, ctype, extra=extra, exc_info=exc_info)

    @staticmethod
    def _send(respond, status: str, body: bytes, ctype: str, extra=None, exc_info=None):
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        respond(status, headers + list(extra or ()), exc_info)
        return [body]


_SD = "http://www.w3.org/ns/sparql-service-description#"
_RESULT_FORMAT_IRIS = (
    "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "http://www.w3.org/ns/formats/Turtle",
    "http://www.w3.org/ns/formats/N-Triples",
    "http://www.w3.org/ns/formats/JSON-LD",
    "http://www.w3.org/ns/formats/RDF_XML",
)


def _service_description(endpoint: str) -> list:
    """The SPARQL 1.1 Service Description as triples (built from terms: an odd Host cannot inject Turtle)."""
    import pyoxigraph as ox

    def sd(name):
        return ox.NamedNode(_SD + name)

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service = ox.NamedNode(endpoint)  # ValueError for an invalid IRI
    dataset, default, named = ox.BlankNode("dataset"), ox.BlankNode("default"), ox.BlankNode("provenance")
    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        *(ox.Triple(service, sd("resultFormat"), ox.NamedNode(iri)) for iri in _RESULT_FORMAT_IRIS),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, rdf_type, sd("Graph")),
        ox.Triple(dataset, sd("namedGraph"), named),
        ox.Triple(named, rdf_type, sd("NamedGraph")),
        ox.Triple(named, sd("name"), ox.NamedNode(PROVENANCE_GRAPH)),
    ]
    return triples


_FORM = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title></head>
<body>
<h1>kg SPARQL endpoint</h1>
<p>Send SPARQL 1.1 queries to <code>/sparql</code>. kg's prefixes (<code>kg:</code>, <code>schema:</code>,
<code>dcterms:</code>, <code>dataset:</code>...) are predeclared.</p>
<form action="/sparql" method="get">
<textarea name="query" rows="10" cols="80">SELECT ?dataset ?name (COUNT(?paper) AS ?papers)
WHERE { ?paper kg:usesDataset ?dataset . ?dataset rdfs:label ?name }
GROUP BY ?dataset ?name ORDER BY DESC(?papers) LIMIT 20</textarea><br>
<select name="format"><option>json</option><option>csv</option><option>tsv</option><option>xml</option><option>turtle</option></select>
<button type="submit">Run</button>
</form>
</body></html>
"""


def make_app(graph_dir: str | Path, settings: ServeSettings | None = None) -> _App:
    """The WSGI application serving ``graph_dir`` (a ``kg build`` output folder or an RDF file).

    It starts ``settings.workers`` query worker processes; call ``app.close()`` to end them.
    Raises :class:`~kg.errors.GraphLoadError` when the folder holds no graph.
    """
    return _App(graph_dir, settings)


class _AccessLog:
    """One stderr line per request: client, request line, status."""

    def __init__(self, app) -> None:
        self.app = app

    def __call__(self, environ, start_response):
        def logged(status, headers, exc_info=None):
            path = environ.get("PATH_INFO", "")
            sys.stderr.write(f"{environ.get('REMOTE_ADDR', '-')} - {environ.get('REQUEST_METHOD')} {path[:200]} {status.split(' ', 1)[0]}\n")
            return start_response(status, headers, exc_info)

        return self.app(environ, logged)


def _host_name(host: str) -> str | None:
    """The name of a Host header value ("name:port", "[::1]:port" or a bare name), lower case and
    without the dot that may end a fully qualified name; None when the value is no host name."""
    m = _HOST_HEADER.fullmatch(host) if len(host) <= 260 else None  # a DNS name has at most 253 characters
    return m.group("name").lower() if m else None


def _is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class _HostCheck:
    """Answers only requests whose Host header names this server: on loopback, a page on another
    site whose name was re-pointed at 127.0.0.1 (DNS rebinding) would otherwise read the graph.
    A Host that is no host name gets a 400 here: passed on, a name the pattern does not take
    ("attacker.example." with its trailing dot, "a_b.example") would go round the check."""

    def __init__(self, app, names: frozenset[str]) -> None:
        self.app, self.names = app, names

    def __call__(self, environ, start_response):
        host = environ.get("HTTP_HOST")
        if host:  # a request without one comes from no browser, so from no rebinding page
            name = _host_name(host)
            if name is None:
                reply = error_reply("400 Bad Request", f"the Host header {host[:100]!r} is not a host name",
                                    "send Host: name[:port] (clients do this themselves)")
            elif name in self.names or _is_loopback(name):
                return self.app(environ, start_response)
            else:
                reply = error_reply("403 Forbidden", f"the Host header names {name[:100]!r}, which this endpoint is not told to serve "
                                    "(a web page may be trying to reach it through DNS rebinding)",
                                    "open the endpoint as http://localhost:PORT/, or start it with --allow-host NAME to serve under NAME")
            status, ctype, body, _ = reply
            start_response(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))])
            return [body]
        return self.app(environ, start_response)


def host_guard(wsgi, host: str, allow_host: tuple[str, ...]):
    """``wsgi`` behind the Host check when it listens on loopback or is told names to serve
    (``allow_host``); bound to another interface without names, the user chose to be reachable by
    any name, so ``wsgi`` is returned as it is."""
    if not (_is_loopback(host) or allow_host):
        return wsgi
    bound = f"[{host}]" if ":" in host else host  # how a Host header writes an IPv6 address
    return _HostCheck(wsgi, frozenset({bound.lower(), *allow_host}))


class Server:
    """A bound waitress server for one app: ``serve_forever()`` in a thread, ``shutdown()``, ``server_close()``."""

    def __init__(self, app: _App, host: str, port: int, *, quiet: bool) -> None:
        from waitress.server import create_server

        self.app = app
        threads = max(8, 2 * app.settings.workers)
        wsgi = host_guard(app if quiet else _AccessLog(app), host, app.settings.allow_host)
        try:
            self._server = create_server(wsgi, host=host, port=port, threads=threads,
                                         connection_limit=1000, backlog=1024, asyncore_use_poll=True, ident="kg")
        except (OSError, ValueError) as e:
            app.close()
            raise ServeError(f"cannot listen on {host}:{port} ({getattr(e, 'strerror', None) or e})",
                             fix="choose a free --port, or stop the program using it") from e
        self.server_address = (self._server.effective_host, self._server.effective_port)
        self.server_port = int(self._server.effective_port)
        self._stop = threading.Event()
        self._stopped = threading.Event()

    def serve_forever(self) -> None:
        """Serve until :meth:`shutdown` (from another thread) or Ctrl-C."""
        from waitress import wasyncore

        self._stopped.clear()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=0.2, use_poll=True, map=self._server._map, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._stop.set()
        self._stopped.wait(5)

    def server_close(self) -> None:
        """Close the socket and every connection, stop the request threads and the query workers."""
        from waitress import wasyncore

        self._stop.set()
        wasyncore.close_all(self._server._map)
        self._server.task_dispatcher.shutdown(timeout=2)
        self.app.close()


def make_server(graph_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False,
                settings: ServeSettings | None = None) -> Server:
    """A waitress server for ``make_app(graph_dir, settings)``, bound but not yet serving (port 0: any free port)."""
    if not isinstance(port, int) or not 0 <= port <= 65535:
        raise ServeError(f"port {port!r} is out of range", fix="choose a --port from 1 to 65535")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" notes under load are no errors
    return Server(make_app(graph_dir, settings), host, port, quiet=quiet)


def serve(graph_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, settings: ServeSettings | None = None) -> None:
    """Serve ``graph_dir`` until interrupted: SPARQL at ``/sparql``, the explorer at ``/``."""
    settings = settings or ServeSettings()
    server = make_server(graph_dir, host, port, settings=settings)
    shown = f"[{host}]" if ":" in host else host
    cors = ", ".join(settings.cors) or "off"
    print(f"kg: serving {graph_dir}\n  SPARQL endpoint  http://{shown}:{server.server_port}/sparql\n"
          f"  explorer         http://{shown}:{server.server_port}/\n"
          f"  query time limit {settings.timeout:g} s, {settings.workers} query workers, CORS {cors}\n(Ctrl-C to stop)", flush=True)
    if threading.current_thread() is threading.main_thread():  # SIGTERM, like Ctrl-C, ends the workers too
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _exit_on_sigterm(signum, frame):
    raise KeyboardInterrupt
