"""`kg serve` on a build folder with an on-disk store: the workers open the store read-only and
answer from it (nothing parsed at start); a stale store is not used."""

from __future__ import annotations

import json
import os
import shutil
import threading
import urllib.parse
import urllib.request

import pytest
from test_query_support import seeds_graph

from kg.query import STORE_DIR, load_store, run_query
from kg.serve import ServeSettings, make_app, make_server

DATASETS = "SELECT ?d ?name WHERE { ?d a schema:Dataset ; rdfs:label ?name } ORDER BY ?name ?d"
#: a 3-way cartesian product: hours of work on the seeds graph
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve-store")
    seeds_graph().write(out, ["nquads", "store", "html"], jobs=1)
    return out


@pytest.fixture(scope="module")
def store_only(built, tmp_path_factory):
    """The store and graph.html alone: a server that answers cannot have parsed any RDF text."""
    out = tmp_path_factory.mktemp("store-only")
    shutil.copytree(built / STORE_DIR, out / STORE_DIR)
    shutil.copy(built / "graph.html", out / "graph.html")
    return out


def _serve(folder, **settings):
    server = make_server(folder, "127.0.0.1", 0, quiet=True, settings=ServeSettings(**settings))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _select(server, query: str) -> tuple[int, dict | bytes]:
    url = f"http://127.0.0.1:{server.server_port}/sparql?{urllib.parse.urlencode({'query': query})}"
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _names(doc: dict) -> list[tuple[str, str]]:
    return [(b["d"]["value"], b["name"]["value"]) for b in doc["results"]["bindings"]]


def test_serve_answers_from_the_store_without_any_rdf_text(store_only, built):
    server = _serve(store_only, workers=2)
    try:
        assert server.app.store is None  # nothing parsed in the server process
        status, doc = _select(server, DATASETS)
        want = [(r["d"], r["name"]) for r in run_query(load_store(built / "graph.nq"), DATASETS).rows]
        assert status == 200 and _names(doc) == want and want
    finally:
        server.shutdown()
        server.server_close()


def test_serve_store_worker_killed_past_the_time_limit_is_replaced_and_reopens_the_store(store_only):
    server = _serve(store_only, workers=1, timeout=1.0)
    try:
        before = server.app.pool.pids()
        status, body = _select(server, CARTESIAN)
        assert status == 503 and b"time limit" in body
        assert set(server.app.pool.pids()).isdisjoint(before)
        status, doc = _select(server, DATASETS)  # the new worker opened the store again
        assert status == 200 and _names(doc)
    finally:
        server.shutdown()
        server.server_close()


def test_serve_stale_store_is_not_used_and_the_text_is_parsed(built, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    stamp = (copy / STORE_DIR / "kg-store.json").stat().st_mtime_ns
    os.utime(copy / "graph.nq", ns=(stamp + 10**9, stamp + 10**9))  # the text rewritten after the store
    app = make_app(copy)
    try:
        assert app.store is not None and len(app.store) == len(load_store(copy / "graph.nq"))
    finally:
        app.close()


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
@pytest.mark.parametrize("name", ["dataset-usage", "papers-with-code", "papers-without-code", "single-paper-entities"])
def test_serve_sorted_answer_is_byte_for_byte_the_engine_sorted_answer(store_only, name, fmt):
    from kg.query import shipped_queries

    text = shipped_queries()[name].text
    server = _serve(store_only, workers=1)
    try:
        answers = []
        for query in (text, text.rstrip() + "\nLIMIT 100000000"):  # a LIMIT leaves the sorting to Oxigraph
            url = f"http://127.0.0.1:{server.server_port}/sparql?{urllib.parse.urlencode({'query': query, 'format': fmt})}"
            with urllib.request.urlopen(url, timeout=60) as r:
                answers.append(r.read())
        assert answers[0] == answers[1] and len(answers[0]) > 100
    finally:
        server.shutdown()
        server.server_close()
