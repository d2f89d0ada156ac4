"""kg's output in a real SPARQL server: ``oxigraph load`` then ``oxigraph serve-read-only`` (the
``oxigraph`` package of the test extra) on a loopback port; every shipped query, sent as plain
SPARQL text over HTTP, gives the rows ``kg query`` gives."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_query_store import query_params
from test_query_support import fixture_graph, seeds_graph

from kg.export.rdf import write_rdf
from kg.query import load_store, result_from_sparql_json, run_query, shipped_queries, standalone_text

GRAPHS = {"seeds": seeds_graph, "fixture": fixture_graph}


def oxigraph_cli() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server binary is missing: install the test extra (pip install -e '.[test]')")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_listening(port: int, proc: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"oxigraph serve-read-only exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"oxigraph did not listen on 127.0.0.1:{port} within {seconds} s")


@pytest.fixture(scope="module", params=sorted(GRAPHS))
def server(request, tmp_path_factory):
    """(graph name, graph.nq path, endpoint URL) of a server holding that graph's N-Quads."""
    which = request.param
    tmp = tmp_path_factory.mktemp(f"oxigraph-{which}")
    nq = tmp / "graph.nq"
    write_rdf(GRAPHS[which]().graph, nq, "nquads")
    cli = oxigraph_cli()
    subprocess.run([cli, "load", "--location", str(tmp / "db"), "--file", str(nq)], check=True, capture_output=True, timeout=120)
    port = _free_port()
    proc = subprocess.Popen(
        [cli, "serve-read-only", "--location", str(tmp / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        _wait_listening(port, proc)
        yield which, nq, f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _ask(endpoint: str, text: str) -> dict:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setQuery(text)
    client.setTimeout(60)
    return client.query().convert()


def _key(row: dict):
    return sorted((k, repr(v)) for k, v in row.items())


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_oxigraph_server_rows_equal_kg_query_rows(server, name):
    which, nq, endpoint = server
    text = load_store(nq)
    params = query_params(name, GRAPHS[which]().graph, text)
    want = run_query(text, name, params)
    got = result_from_sparql_json(_ask(endpoint, standalone_text(name, params)), params)
    assert got.columns == want.columns
    assert sorted(map(_key, got.rows)) == sorted(map(_key, want.rows))
    assert got.rows or which == "seeds"


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_oxigraph_server_shipped_query_parses_without_predeclared_prefixes(name):
    q = shipped_queries()[name]
    subs = {ox.Variable(p): ox.Literal("x") for p in q.params}
    ox.Store().query(q.text, substitutions=subs or None)  # a SyntaxError names an undeclared prefix


def test_oxigraph_server_standalone_text_binds_a_hostile_value_as_one_literal(server):
    which, nq, endpoint = server
    hostile = 'x" } ; DROP ALL ; #'
    got = result_from_sparql_json(_ask(endpoint, standalone_text("evidence", {"name": hostile})), {"name": hostile})
    want = run_query(load_store(nq), "evidence", {"name": hostile})
    assert sorted(map(_key, got.rows)) == sorted(map(_key, want.rows))
    assert bool(got.rows) == (which == "fixture")  # the fixture has a dataset with exactly that name
