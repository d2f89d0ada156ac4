"""The SPARQL endpoint, queried over real HTTP on a loopback port (urllib and SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_query_support import seeds_graph

from kg.errors import GraphLoadError, KgError
from kg.query import load_store, run_query
from kg.serve import make_app, make_server, negotiate

pytestmark = pytest.mark.filterwarnings("ignore:.*ConjunctiveGraph.*:DeprecationWarning")

DATASETS = "SELECT ?d ?name WHERE { ?d a schema:Dataset ; rdfs:label ?name } ORDER BY ?name ?d"
CONSTRUCT = "CONSTRUCT { ?p kg:usesDataset ?d . ?d rdfs:label ?n } WHERE { ?p kg:usesDataset ?d . ?d rdfs:label ?n }"


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve")
    seeds_graph().write(out, ["nquads", "turtle", "html"])
    return out


@pytest.fixture(scope="module")
def endpoint(build_dir):
    server = make_server(build_dir, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def http(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, content type, body) of a request; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def get(endpoint: str, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{endpoint}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def expected_datasets() -> list[tuple[str, str]]:
    rows = run_query(seeds_graph().store, DATASETS).rows
    return [(r["d"], r["name"]) for r in rows]


def json_rows(body: bytes) -> list[tuple[str, str]]:
    data = json.loads(body)
    return [(b["d"]["value"], b["name"]["value"]) for b in data["results"]["bindings"]]


# ---- the protocol -----------------------------------------------------------------------------------
def test_serve_root_serves_the_builds_graph_html(endpoint, build_dir):
    status, ctype, body = http(endpoint + "/")
    assert status == 200 and ctype.startswith("text/html")
    assert body == (build_dir / "graph.html").read_bytes()


def test_serve_get_select_returns_sparql_json_equal_to_the_local_answer(endpoint):
    status, ctype, body = get(endpoint, DATASETS, "application/sparql-results+json")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert json.loads(body)["head"]["vars"] == ["d", "name"]
    assert json_rows(body) == expected_datasets()


def test_serve_post_form_encoded_and_sparql_query_bodies_answer_alike(endpoint):
    form = http(endpoint + "/sparql", data=urllib.parse.urlencode({"query": DATASETS}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    direct = http(endpoint + "/sparql", data=DATASETS.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "application/json"})
    assert form[0] == direct[0] == 200
    assert json_rows(form[2]) == json_rows(direct[2]) == expected_datasets()


@pytest.mark.parametrize(
    "accept, ctype",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
        (None, "application/sparql-results+json"),
    ],
)
def test_serve_select_results_follow_the_accept_header(endpoint, accept, ctype):
    status, got, body = get(endpoint, DATASETS, accept)
    assert status == 200 and got.startswith(ctype)
    want = expected_datasets()
    if ctype == "text/csv":
        rows = list(csv.reader(io.StringIO(body.decode())))
        assert rows[0] == ["d", "name"] and [tuple(r) for r in rows[1:]] == want
    elif ctype == "text/tab-separated-values":
        lines = body.decode().splitlines()
        assert lines[0] == "?d\t?name" and len(lines) == len(want) + 1
        assert lines[1].split("\t")[0] == f"<{want[0][0]}>" if want else True
    elif ctype.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        results = ET.fromstring(body).findall("r:results/r:result", ns)
        assert len(results) == len(want)
    else:
        assert json_rows(body) == want


def test_serve_format_parameter_overrides_accept(endpoint):
    status, ctype, body = get(endpoint, DATASETS, "application/json", format="csv")
    assert status == 200 and ctype.startswith("text/csv") and body.decode().startswith("d,name")


def test_serve_ask_answers_a_boolean(endpoint):
    status, _, body = get(endpoint, "ASK { ?p a schema:ScholarlyArticle }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("accept, rdflib_format", [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_serve_construct_returns_rdf_isomorphic_to_the_local_answer(endpoint, accept, rdflib_format):
    status, ctype, body = get(endpoint, CONSTRUCT, accept)
    assert status == 200 and ctype.startswith(accept)
    got = Graph().parse(data=body.decode("utf-8"), format=rdflib_format)
    expected = Graph()
    for s, p, o in run_query(seeds_graph().store, CONSTRUCT).triples:
        expected.add((URIRef(s), URIRef(p), URIRef(o) if o.startswith("https://") else Literal(o)))
    assert len(got) == len(expected) and isomorphic(got, expected)


def test_serve_describe_returns_the_papers_triples(endpoint):
    paper = seeds_graph().papers[0].iri
    status, _, body = get(endpoint, f"DESCRIBE <{paper}>", "text/turtle")
    g = Graph().parse(data=body.decode(), format="turtle")
    assert status == 200 and (URIRef(paper), URIRef("http://purl.org/dc/terms/title"), None) in g


def test_serve_shipped_query_text_runs_with_predeclared_prefixes(endpoint):
    from kg.query import resolve_query

    q = resolve_query("dataset-usage")
    status, _, body = get(endpoint, q.text, "application/json")
    got = [(b["dataset"]["value"], int(b["papers"]["value"])) for b in json.loads(body)["results"]["bindings"]]
    assert status == 200 and got == [(r["dataset"], r["papers"]) for r in seeds_graph().run("dataset-usage")]


def test_serve_query_may_declare_its_own_prefixes(endpoint):
    q = "PREFIX s: <https://schema.org/> PREFIX kg: <https://w3id.org/kg/vocab#> ASK { ?d a s:Dataset ; kg:nameKey ?k }"
    status, _, body = get(endpoint, q, "application/json")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_provenance_is_in_its_named_graph(endpoint):
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH kgid:provenance { ?e rdf:subject ?p } }"
    _, _, body = get(endpoint, q, "application/json")
    n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    G = seeds_graph().graph
    keys = {(u, v, k, ev["field"], ev["start"], ev["rule"]) for u, v, k, d in G.edges(keys=True, data=True) for ev in d.get("evidence", ())}
    keys |= {(p, r["metric"], "result", r["evidence"]["start"]) for p, d in G.nodes(data=True) for r in d.get("results") or ()}
    assert n == len(keys) > 0
    _, _, body = get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?e rdf:subject ?p }", "application/json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"  # not in the default graph


# ---- errors and read-only ---------------------------------------------------------------------------
def test_serve_bad_query_is_a_400_saying_what_is_wrong(endpoint):
    status, ctype, body = get(endpoint, "SELECT ?x WHERE { ?x ", "application/json")
    assert status == 400 and ctype.startswith("text/plain")
    assert b"malformed SPARQL query" in body and b"fix:" in body


@pytest.mark.parametrize(
    "data, headers",
    [
        (urllib.parse.urlencode({"update": "DROP ALL"}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"DROP ALL", {"Content-Type": "application/sparql-update"}),
    ],
)
def test_serve_updates_are_refused(endpoint, data, headers):
    status, _, body = http(endpoint + "/sparql", data=data, headers=headers)
    assert status == 403 and b"read-only" in body
    assert b"true" in get(endpoint, "ASK { ?p a schema:ScholarlyArticle }", "application/json")[2]


def test_serve_update_sent_as_a_query_is_a_400_and_changes_nothing(endpoint):
    status, _, body = get(endpoint, "DROP ALL", "application/json")
    assert status == 400 and b"read-only" in body
    status, _, body = get(endpoint, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 400
    assert json.loads(get(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }", "application/json")[2])["boolean"] is False


@pytest.mark.parametrize(
    "path, method, accept, status",
    [("/nope", "GET", None, 404), ("/sparql", "PUT", None, 405), ("/", "POST", None, 405)],
)
def test_serve_unknown_pages_and_methods(endpoint, path, method, accept, status):
    assert http(endpoint + path, method=method, data=b"" if method != "GET" else None)[0] == status


def test_serve_head_gives_headers_without_body(endpoint, build_dir):
    req = urllib.request.Request(endpoint + "/", method="HEAD")
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status == 200 and r.read() == b""
        assert int(r.headers["Content-Length"]) == (build_dir / "graph.html").stat().st_size


def test_serve_unacceptable_accept_is_a_406_listing_the_choices(endpoint):
    status, _, body = get(endpoint, DATASETS, "image/png")
    assert status == 406 and b"text/csv" in body


def test_serve_sparql_without_query_shows_a_form(endpoint):
    status, ctype, body = http(endpoint + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 200 and ctype.startswith("text/html") and b"<form" in body


def test_serve_sparql_without_query_describes_the_service_to_rdf_clients(endpoint):
    status, ctype, body = http(endpoint + "/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=body.decode(), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef(endpoint + "/sparql")
    assert status == 200 and ctype.startswith("text/turtle")
    assert (service, URIRef(sd + "endpoint"), service) in g
    assert (None, URIRef(sd + "name"), URIRef("https://w3id.org/kg/id/provenance")) in g


def test_serve_answers_concurrent_requests(endpoint):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: json_rows(get(endpoint, DATASETS, "application/json")[2]), range(16)))
    assert all(a == expected_datasets() for a in answers)


# ---- SPARQLWrapper, as a Linked Data client would ---------------------------------------------------
def test_serve_sparqlwrapper_json_and_csv(endpoint):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    sw = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery(DATASETS)
    sw.setReturnFormat(SPARQLWrapper.JSON)
    data = sw.queryAndConvert()
    assert [(b["d"]["value"], b["name"]["value"]) for b in data["results"]["bindings"]] == expected_datasets()
    sw.setReturnFormat(SPARQLWrapper.CSV)
    rows = list(csv.reader(io.StringIO(sw.queryAndConvert().decode())))
    assert [tuple(r) for r in rows[1:]] == expected_datasets()


def test_serve_sparqlwrapper_post_and_construct(endpoint):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    sw = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    sw.setMethod(SPARQLWrapper.POST)
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(SPARQLWrapper.TURTLE)
    body = sw.queryAndConvert()
    got = Graph().parse(data=body.decode() if isinstance(body, bytes) else body, format="turtle")
    assert len(got) == len(run_query(seeds_graph().store, CONSTRUCT).triples)


def test_serve_sparqlwrapper_bad_query_raises_query_bad_formed(endpoint):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    sw = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery("SELECT ?x WHERE { ?x")
    sw.setReturnFormat(SPARQLWrapper.JSON)
    with pytest.raises(QueryBadFormed):
        sw.queryAndConvert()


# ---- units ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "accept, expected",
    [
        (None, "a/json"),
        ("", "a/json"),
        ("*/*", "a/json"),
        ("t/csv", "t/csv"),
        ("t/*", "t/csv"),
        ("a/xml;q=0.2, t/csv;q=0.8", "t/csv"),
        ("*/*;q=0.1, a/xml", "a/xml"),
        ("image/png", None),
        ("t/csv;q=0", None),
    ],
)
def test_serve_negotiate_picks_the_preferred_offered_type(accept, expected):
    assert negotiate(accept, ["a/json", "a/xml", "t/csv"]) == expected


def test_serve_make_app_on_a_folder_without_a_graph_raises(tmp_path):
    with pytest.raises(GraphLoadError):
        make_app(tmp_path)


def test_serve_make_app_accepts_an_rdf_file_and_shows_a_form_without_graph_html(tmp_path, build_dir):
    (tmp_path / "g.ttl").write_bytes((build_dir / "graph.ttl").read_bytes())
    app = make_app(tmp_path / "g.ttl")
    try:
        seen = {}
        body = b"".join(app({"PATH_INFO": "/", "REQUEST_METHOD": "GET"}, lambda status, headers: seen.update(status=status)))
        assert seen["status"] == "200 OK" and b"<form" in body
        assert len(load_store(tmp_path / "g.ttl")) == len(app.store)
    finally:
        app.close()


def test_serve_busy_port_is_a_kg_error_with_a_fix(endpoint, build_dir):
    port = int(endpoint.rsplit(":", 1)[1])
    with pytest.raises(KgError, match="cannot listen") as e:
        make_server(build_dir, "127.0.0.1", port, quiet=True)
    assert "--port" in e.value.fix
