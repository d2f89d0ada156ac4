"""The VoID description written beside the graph: its counts equal counts taken independently
from the networkx graph and the RDF, and it names the vocabularies the graph uses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_query_support import fixture_graph

from kg.export.rdf import PROVENANCE_GRAPH, write_rdf
from kg.export.store import write_store_dir, write_void
from kg.query import load_store, open_store
from kg.schema import NODE_CLASSES

VOID = "http://rdfs.org/ns/void#"
PREFIXES = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>"


@pytest.fixture(scope="module")
def described(tmp_path_factory) -> tuple[Path, ox.Store, ox.Store]:
    out = tmp_path_factory.mktemp("void")
    write_rdf(fixture_graph().graph, out / "graph.nq", "nquads")
    write_store_dir(out, nquads=out / "graph.nq")
    write_void(open_store(out), out / "void.ttl", title="fixture")
    void = ox.Store()
    void.load(path=str(out / "void.ttl"), format=ox.RdfFormat.TURTLE)
    return out, load_store(out / "graph.nq"), void


def _value(void: ox.Store, text: str):
    rows = list(void.query(PREFIXES + " " + text))
    assert len(rows) == 1, text
    return int(rows[0][0].value)


def test_store_void_triples_equal_the_quads_of_each_graph(described):
    _, data, void = described
    default = sum(1 for q in data if isinstance(q.graph_name, ox.DefaultGraph))
    provenance = sum(1 for q in data if q.graph_name == ox.NamedNode(PROVENANCE_GRAPH))
    assert default and provenance
    assert _value(void, "SELECT ?n { <https://w3id.org/kg/id/void> void:triples ?n }") == default
    assert _value(void, f"SELECT ?n {{ ?d sd:name <{PROVENANCE_GRAPH}> ; void:triples ?n }}") == provenance


def test_store_void_entities_per_class_equal_the_nodes_of_each_kind(described):
    _, _, void = described
    kinds = Counter(d["kind"] for _, d in fixture_graph().graph.nodes(data=True))
    for kind, n in kinds.items():
        (cls,) = NODE_CLASSES[kind]
        got = _value(void, f"SELECT ?n {{ <https://w3id.org/kg/id/void> void:classPartition [ void:class <{cls}> ; void:entities ?n ] }}")
        assert got == n, kind


def test_store_void_names_the_vocabularies_used_and_no_resource_namespace(described):
    _, _, void = described
    vocabs = {r[0].value for r in void.query(PREFIXES + " SELECT ?v { <https://w3id.org/kg/id/void> void:vocabulary ?v }")}
    assert {"https://schema.org/", "https://w3id.org/kg/vocab#", "http://purl.org/dc/terms/", "http://www.w3.org/2000/01/rdf-schema#"} <= vocabs
    assert not any(v.startswith("https://w3id.org/kg/id/") for v in vocabs)
    prov = {r[0].value for r in void.query(PREFIXES + f" SELECT ?v {{ ?d sd:name <{PROVENANCE_GRAPH}> ; void:vocabulary ?v }}")}
    assert "http://www.w3.org/ns/prov#" in prov


def test_store_void_is_the_same_for_the_same_graph(described, tmp_path):
    out, _, _ = described
    write_void(open_store(out), tmp_path / "again.ttl", title="fixture")
    assert (tmp_path / "again.ttl").read_bytes() == (out / "void.ttl").read_bytes()


@pytest.mark.parametrize("procs", [1, 2, 3])
def test_store_is_written_after_nquads_and_void_after_the_store_in_the_same_process(procs):
    from kg.export import _plan_chained

    formats = ["turtle", "nquads", "store", "void", "json", "html"]
    bins = _plan_chained(formats, procs)
    assert sorted(f for b in bins for f in b) == sorted(formats)
    assert len(bins) == min(procs, 3)  # the store's cost counts on the N-Quads process: no list empties
    (home,) = [b for b in bins if "nquads" in b]
    assert home.index("nquads") < home.index("store") < home.index("void")
