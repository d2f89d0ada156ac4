"""The on-disk Oxigraph store of a build: queries opened from it answer as the parsed text does,
and a store that is half-written or older than the text is never used."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_query import params_for
from test_query_support import fixture_graph, seeds_graph

from kg.export.rdf import write_rdf
from kg.export.store import write_store_dir
from kg.query import STORE_DIR, STORE_STAMP, load_store, open_store, run_query, shipped_queries, store_is_current

GRAPHS = {"seeds": seeds_graph, "fixture": fixture_graph}


_LEADERBOARD_PAIR = """
PREFIX kg: <https://w3id.org/kg/vocab#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?d ?m (COUNT(*) AS ?n) WHERE {
  ?r kg:onDataset/rdfs:label ?d ; kg:metric/rdfs:label ?m ; kg:resultKind "absolute" .
} GROUP BY ?d ?m ORDER BY DESC(?n) ?d ?m LIMIT 1"""


def query_params(name: str, graph, store) -> dict:
    """test_query's parameters, and for the leaderboard the dataset and metric with most results."""
    if name == "leaderboard":
        rows = list(store.query(_LEADERBOARD_PAIR))
        d, m = (rows[0][0].value, rows[0][1].value) if rows else ("HDTF", "FID")
        return {"dataset": d.swapcase(), "metric": m.swapcase()}
    return params_for(name, graph)


def _build_folder(tmp_path: Path, which: str) -> Path:
    out = tmp_path / which
    out.mkdir()
    write_rdf(GRAPHS[which]().graph, out / "graph.nq", "nquads")
    write_store_dir(out, nquads=out / "graph.nq")
    return out


@pytest.fixture(scope="module", params=sorted(GRAPHS))
def folder(request, tmp_path_factory) -> tuple[str, Path]:
    return request.param, _build_folder(tmp_path_factory.mktemp("store"), request.param)


def _key(row: dict):
    return sorted((k, repr(v)) for k, v in row.items())


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_query_store_rows_equal_rows_of_the_parsed_text(folder, name):
    which, out = folder
    store = open_store(out)
    assert isinstance(store, ox.Store) and store_is_current(out)
    text = load_store(out / "graph.nq")
    params = query_params(name, GRAPHS[which]().graph, text)
    got = run_query(store, name, params)
    want = run_query(text, name, params)
    assert got.columns == want.columns
    assert sorted(map(_key, got.rows)) == sorted(map(_key, want.rows))
    assert got.rows or which == "seeds"  # the fixture graph has an answer to every shipped query


def test_query_store_holds_every_quad_of_the_text(folder):
    _, out = folder
    assert len(open_store(out)) == len(load_store(out / "graph.nq"))


def test_query_open_store_opens_the_store_read_only(folder):
    _, out = folder
    store = open_store(out)
    with pytest.raises((OSError, RuntimeError), match="read-write"):
        store.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("x")))


def test_query_store_older_than_the_text_is_not_used(tmp_path):
    out = _build_folder(tmp_path, "fixture")
    stamp = (out / STORE_DIR / STORE_STAMP).stat().st_mtime_ns
    os.utime(out / "graph.nq", ns=(stamp + 10**9, stamp + 10**9))  # the text rewritten after the store
    assert not store_is_current(out)
    # the parsed text answers (an in-memory store accepts writes, the read-only one would not)
    open_store(out).add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("x")))


def test_query_half_written_store_without_its_stamp_is_not_used(tmp_path):
    out = _build_folder(tmp_path, "fixture")
    (out / STORE_DIR / STORE_STAMP).unlink()
    assert not store_is_current(out)
    assert len(open_store(out)) == len(load_store(out / "graph.nq"))


def test_query_store_rewrite_replaces_the_previous_store_and_leaves_no_temporary_folder(tmp_path):
    out = _build_folder(tmp_path, "fixture")
    write_rdf(seeds_graph().graph, out / "graph.nq", "nquads")
    write_store_dir(out, nquads=out / "graph.nq")
    assert len(open_store(out)) == len(load_store(out / "graph.nq"))
    assert sorted(p.name for p in out.iterdir()) == ["graph.nq", STORE_DIR]


# ---- the store a build writes, as kg query and kg.load use it ------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    seeds_graph().write(out, ["turtle", "nquads", "store", "void", "json"], jobs=1)
    return out


def test_query_build_writes_a_current_store_and_void_beside_the_graph(built):
    assert store_is_current(built)
    assert (built / "void.ttl").stat().st_size > 0
    assert len(open_store(built)) == len(load_store(built / "graph.nq"))


def test_query_cli_answers_from_the_store_without_the_text_files(built, tmp_path):
    import shutil

    from typer.testing import CliRunner

    from kg.cli import app

    copy = tmp_path / "copy"
    shutil.copytree(built / STORE_DIR, copy / STORE_DIR)  # the store alone: no graph.nq to parse
    res = CliRunner().invoke(app, ["query", "dataset-usage", "--graph", str(copy), "--format", "json"])
    assert res.exit_code == 0, res.output
    want = run_query(load_store(built / "graph.nq"), "dataset-usage")
    assert '"rows"' in res.output and len(want.rows) == res.output.count('"dataset":')


def test_query_kg_load_runs_queries_on_the_store_and_reads_the_graph_on_demand(built):
    import kg

    g = kg.load(built)
    assert isinstance(g.store, ox.Store) and g._graph is None  # the query side needs no graph.json
    assert g.run("dataset-usage") == seeds_graph().run("dataset-usage")
    assert g.summary() == seeds_graph().summary()  # reads graph.json now


def test_query_rewriting_one_text_output_makes_the_store_stale(built, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    assert store_is_current(copy)
    seeds_graph().write(copy, ["turtle"], jobs=1)
    assert not store_is_current(copy)
