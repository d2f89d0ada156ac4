"""A read-only SPARQL 1.1 endpoint over a built graph, beside its HTML explorer.

``make_app(graph_dir)`` is a plain WSGI application (any WSGI server can run it);
``serve(graph_dir, host, port)`` runs it on the standard library's threaded ``wsgiref`` server.

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
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server as _make_server

from .errors import KgError
from .export.rdf import PROVENANCE_GRAPH
from .query import load_store
from .vocab import PREFIXES

__all__ = ["make_app", "make_server", "serve", "MAX_BODY_BYTES"]

#: Largest request body accepted (a query, form-encoded or not).
MAX_BODY_BYTES = 1_000_000

StartResponse = Callable[..., object]


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


class _App:
    def __init__(self, graph_dir: str | Path) -> None:
        self.path = Path(graph_dir)
        self.store = load_store(self.path)
        folder = self.path if self.path.is_dir() else self.path.parent
        self.html_path = folder / "graph.html"
        self.results, self.graphs = _formats()

    # ---- WSGI entry ---------------------------------------------------------------------------
    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET").upper()
        if method == "HEAD":  # the GET answer's status and headers, without the body
            self(dict(environ, REQUEST_METHOD="GET"), start_response)
            return [b""]
        if method == "OPTIONS":
            return self._send(start_response, "204 No Content", b"", "text/plain", extra=[("Allow", "GET, POST, OPTIONS")])
        if path in ("/", "/index.html", "/graph.html"):
            if method != "GET":
                return self._method_not_allowed(start_response, "GET")
            return self._index(start_response)
        if path.rstrip("/") == "/sparql":
            return self._sparql(environ, start_response, method)
        return self._error(start_response, "404 Not Found", f"no such page: {path}", "the endpoint is /sparql; the explorer is /")

    # ---- pages --------------------------------------------------------------------------------
    def _index(self, start_response):
        if self.html_path.is_file():
            return self._send(start_response, "200 OK", self.html_path.read_bytes(), "text/html; charset=utf-8")
        return self._send(start_response, "200 OK", _FORM.encode("utf-8"), "text/html; charset=utf-8")

    def _sparql(self, environ, start_response, method):
        qs = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "GET":
            params = qs
        elif method == "POST":
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            try:
                body = self._body(environ)
            except ValueError as e:
                return self._error(start_response, "413 Content Too Large", str(e), f"send at most {MAX_BODY_BYTES} bytes")
            if ctype == "application/sparql-update":
                return self._read_only(start_response)
            if ctype == "application/sparql-query":
                params = {**qs, "query": [body.decode("utf-8", "replace")]}
            elif ctype in ("application/x-www-form-urlencoded", ""):
                params = {**qs, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
            else:
                return self._error(start_response, "415 Unsupported Media Type", f"cannot read a {ctype} request body",
                                   "POST application/sparql-query or application/x-www-form-urlencoded (query=...)")
        else:
            return self._method_not_allowed(start_response, "GET, POST")
        if "update" in params:
            return self._read_only(start_response)
        queries = params.get("query") or []
        if not queries:
            return self._describe_service(environ, start_response)
        if len(queries) > 1:
            return self._error(start_response, "400 Bad Request", "more than one query parameter", "send exactly one query")
        return self._run(start_response, queries[0], params, environ.get("HTTP_ACCEPT"))

    def _run(self, start_response, query: str, params: dict, accept: str | None):
        import pyoxigraph as ox

        kw = {}
        try:
            if params.get("default-graph-uri"):
                kw["default_graph"] = [ox.NamedNode(u) for u in params["default-graph-uri"]]
            if params.get("named-graph-uri"):
                kw["named_graphs"] = [ox.NamedNode(u) for u in params["named-graph-uri"]]
        except ValueError as e:
            return self._error(start_response, "400 Bad Request", f"bad graph IRI: {e}", "give absolute IRIs in default-graph-uri / named-graph-uri")
        try:
            res = self.store.query(query, prefixes=PREFIXES, **kw)
        except SyntaxError as e:
            fix = "this endpoint is read-only: updates are refused" if _looks_like_update(query) else "check the query against SPARQL 1.1; kg's prefixes are predeclared"
            return self._error(start_response, "400 Bad Request", f"malformed SPARQL query: {e}", fix)
        except (OSError, RuntimeError, ValueError) as e:
            return self._error(start_response, "400 Bad Request", f"the query failed: {e}", "check the query")
        is_graph = isinstance(res, ox.QueryTriples)
        table, shorts = (self.graphs, _SHORT_GRAPHS) if is_graph else (self.results, _SHORT_RESULTS)
        wanted = next((v[0] for k in ("format", "output") if (v := params.get(k))), None)
        if wanted:
            mime = shorts.get(wanted.lower(), wanted.lower())
            if mime not in table:
                mime = negotiate(accept, list(table))
        else:
            mime = negotiate(accept, list(table))
        if mime is None:
            return self._error(start_response, "406 Not Acceptable", f"cannot answer this query as {accept}",
                               f"accept one of: {', '.join(table)}")
        try:
            body = res.serialize(format=table[mime])
        except (ValueError, OSError) as e:
            return self._error(start_response, "500 Internal Server Error", f"serialising the results failed: {e}", "try another format")
        return self._send(start_response, "200 OK", body, mime if "charset" in mime else f"{mime}; charset=utf-8", extra=[("Vary", "Accept")])

    def _describe_service(self, environ, start_response):
        """No query: a SPARQL 1.1 Service Description for RDF clients, the query form for browsers."""
        mime = negotiate(environ.get("HTTP_ACCEPT"), ["text/html", *self.graphs])
        if mime in (None, "text/html"):
            return self._send(start_response, "200 OK", _FORM.encode("utf-8"), "text/html; charset=utf-8")
        import pyoxigraph as ox

        host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', 'localhost')}:{environ.get('SERVER_PORT', '80')}"
        endpoint = f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"
        body = ox.serialize(ox.parse(_service_description(endpoint), format=ox.RdfFormat.TURTLE), format=self.graphs[mime])
        return self._send(start_response, "200 OK", body, f"{mime}; charset=utf-8")

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

    def _read_only(self, start_response):
        return self._error(start_response, "403 Forbidden", "SPARQL Update is not allowed: this endpoint is read-only",
                           "rebuild the graph with `kg build` to change it")

    def _method_not_allowed(self, start_response, allow: str):
        return self._error(start_response, "405 Method Not Allowed", "method not allowed", f"use {allow}", extra=[("Allow", allow)])

    def _error(self, start_response, status: str, what: str, fix: str, extra=None):
        body = f"{status}: {what}\nfix: {fix}\n".encode("utf-8")
        return self._send(start_response, status, body, "text/plain; charset=utf-8", extra=extra)

    @staticmethod
    def _send(start_response, status: str, body: bytes, ctype: str, extra=None):
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), ("Access-Control-Allow-Origin", "*"),
                   ("Access-Control-Allow-Headers", "Content-Type, Accept")]
        start_response(status, headers + list(extra or ()))
        return [body]


_RESULT_FORMAT_IRIS = {
    "application/sparql-results+json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "application/sparql-results+xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "text/csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "text/tab-separated-values": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "text/turtle": "http://www.w3.org/ns/formats/Turtle",
    "application/n-triples": "http://www.w3.org/ns/formats/N-Triples",
    "application/ld+json": "http://www.w3.org/ns/formats/JSON-LD",
    "application/rdf+xml": "http://www.w3.org/ns/formats/RDF_XML",
}


def _service_description(endpoint: str) -> str:
    formats = ", ".join(f"<{iri}>" for iri in _RESULT_FORMAT_IRIS.values())
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat {formats} ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ] ;
    sd:namedGraph [ a sd:NamedGraph ; sd:name <{PROVENANCE_GRAPH}> ] ] .
"""



def _looks_like_update(query: str) -> bool:
    import re

    return re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", query, re.I) is not None


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


def make_app(graph_dir: str | Path) -> Callable[[dict, StartResponse], Iterable[bytes]]:
    """The WSGI application serving ``graph_dir`` (a ``kg build`` output folder or an RDF file).

    Raises :class:`~kg.errors.GraphLoadError` when the folder holds no graph.
    """
    return _App(graph_dir)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _ThreadingServer6(_ThreadingServer):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


class _LogHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))


def make_server(graph_dir: str | Path, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False) -> WSGIServer:
    """A threaded stdlib WSGI server for ``make_app(graph_dir)``, bound but not yet serving (port 0: any free port)."""
    app = make_app(graph_dir)
    try:
        return _make_server(host, port, app, server_class=_ThreadingServer6 if ":" in host else _ThreadingServer,
                            handler_class=_QuietHandler if quiet else _LogHandler)
    except OSError as e:
        raise KgError(f"cannot listen on {host}:{port} ({e.strerror or e})", fix="choose a free --port, or stop the program using it") from e


def serve(graph_dir: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``graph_dir`` until interrupted: SPARQL at ``/sparql``, the explorer at ``/``."""
    server = make_server(graph_dir, host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"kg: serving {graph_dir}\n  SPARQL endpoint  http://{shown}:{server.server_port}/sparql\n  explorer         http://{shown}:{server.server_port}/\n(Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
