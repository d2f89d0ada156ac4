"""The Python API: kg.build, typed collections, lookups, SPARQL, conversions, write and load."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib

import kg
from kg.model import EntityType


def test_api_build_gives_70_papers_with_fields(seeds_graph):
    papers = seeds_graph.papers
    assert len(papers) == 70
    (dawn,) = [p for p in papers if p.title.startswith("DAWN:")]
    assert (dawn.date, dawn.author_count, dawn.upvotes) == ("Oct 17, 2024", 8, 2)
    assert dawn.iri.startswith("https://w3id.org/kg/id/paper/")


def test_api_summary_counts_match_the_networkx_graph(seeds_graph):
    s = seeds_graph.summary()
    g = seeds_graph.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert s["papers"] + sum(s["entities"].values()) == g.number_of_nodes()
    assert sum(s["relations"].values()) == g.number_of_edges()
    for kind in ("method", "dataset", "task", "metric", "repository"):
        assert len(seeds_graph.entities(kind)) == s["entities"].get(kind, 0)


def test_api_typed_collections_hold_only_their_kind(seeds_graph):
    for attr, kind in [("methods", EntityType.METHOD), ("datasets", EntityType.DATASET), ("tasks", EntityType.TASK),
                       ("metrics", EntityType.METRIC), ("repositories", EntityType.REPOSITORY)]:
        items = getattr(seeds_graph, attr)
        assert all(e.kind is kind for e in items)
        assert [e.papers for e in items] == sorted((e.papers for e in items), reverse=True)


def test_api_dataset_lookup_is_case_insensitive_and_papers_using_agrees(seeds_graph):
    hdtf = seeds_graph.dataset("HDTF")
    assert hdtf is not None, "HDTF is named in several seed abstracts"
    assert seeds_graph.dataset("hdtf") == hdtf
    using = seeds_graph.papers_using("hdtf")
    g = seeds_graph.to_networkx()
    assert {p.id for p in using} == {u for u, _ in g.in_edges(hdtf.id)}
    assert len(using) == hdtf.papers >= 2
    assert seeds_graph.dataset("no such dataset xyz") is None


def test_api_relations_carry_evidence_that_slices_back_to_the_text(seeds_graph):
    g = seeds_graph.to_networkx()
    checked = 0
    for rel in seeds_graph.relations:
        for m in rel.evidence:
            if m.field in ("title", "abstract"):
                text = g.nodes[rel.subject][m.field]
                assert text[m.start:m.end] == m.text
                assert 0.0 <= m.confidence <= 1.0
                checked += 1
    assert checked > 50


def test_api_query_binds_parameters_and_sees_prefixes(seeds_graph):
    rows = seeds_graph.query("SELECT ?p ?prefix WHERE { ?p dcterms:title ?t . FILTER(STRSTARTS(?t, ?prefix)) }", prefix="DAWN:")
    assert len(rows) == 1
    rows = seeds_graph.query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }")
    assert rows == [{"n": 70}]


def test_api_to_rdf_is_an_rdflib_graph_with_every_paper(seeds_graph):
    rdf = seeds_graph.to_rdf()
    assert isinstance(rdf, rdflib.Graph)
    articles = set(rdf.subjects(rdflib.RDF.type, rdflib.URIRef("https://schema.org/ScholarlyArticle")))
    assert len(articles) == 70
    assert not any(isinstance(t, rdflib.BNode) for triple in rdf for t in triple)


def test_api_write_then_load_gives_the_same_graph(seeds_graph, tmp_path):
    written = seeds_graph.write(tmp_path, ["turtle", "json"])
    assert set(written) == {"turtle", "json", "report"}
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["papers"] == 70 and report["summary"] == seeds_graph.summary()
    again = kg.load(tmp_path)
    a, b = seeds_graph.to_networkx(), again.to_networkx()
    assert set(a.nodes) == set(b.nodes)
    assert set(a.edges(keys=True)) == set(b.edges(keys=True))
    assert again.summary() == seeds_graph.summary()
    assert again.run("dataset-usage") == seeds_graph.run("dataset-usage")


def test_api_load_of_a_missing_folder_says_how_to_fix(tmp_path):
    with pytest.raises(kg.KgError, match="graph.json") as e:
        kg.load(tmp_path)
    assert "kg build" in e.value.fix


def test_api_build_rejects_unknown_settings():
    with pytest.raises(kg.KgError, match="unknown BuildSettings setting"):
        kg.build(["seeds"], jobz=2)


def test_api_two_builds_give_isomorphic_rdf(seeds_graph, seeds_dir):
    from rdflib.compare import isomorphic

    again = kg.build([seeds_dir], jobs=1)
    assert isomorphic(seeds_graph.to_rdf(), again.to_rdf())


def test_api_write_rejects_unknown_output_settings(tmp_path):
    g = kg.build([Path(__file__).resolve().parents[1] / "seeds"], jobs=1)
    with pytest.raises(kg.KgError, match="unknown OutputSettings setting.*max_node"):
        g.write(tmp_path, max_node=5)


def test_api_to_html_caps_like_write_by_default(seeds_graph, tmp_path):
    from kg.settings import SETTINGS

    seeds_graph.to_html(tmp_path / "g.html")
    assert (tmp_path / "g.html").is_file()

    assert seeds_graph.to_html.__kwdefaults__["max_nodes"] == SETTINGS["max_nodes"].default


def test_api_query_ask_returns_a_bool(seeds_graph):
    assert seeds_graph.query("ASK { ?p a schema:ScholarlyArticle }") is True
    assert seeds_graph.query("ASK { ?p a schema:NoSuchClass }") is False


@pytest.mark.parametrize("form", ["CONSTRUCT { ?d schema:name ?n } WHERE { ?d a schema:Dataset ; schema:name ?n }",
                                  "DESCRIBE ?d WHERE { ?d a schema:Dataset } LIMIT 1"])
def test_api_query_construct_and_describe_return_an_rdflib_graph(seeds_graph, form):
    g = seeds_graph.query(form)
    assert isinstance(g, rdflib.Graph) and len(g) > 0
    assert all(isinstance(s, rdflib.URIRef) for s in g.subjects())


@pytest.mark.parametrize("update", ["INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
                                    "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "CLEAR ALL"])
def test_api_query_refuses_updates_as_read_only(seeds_graph, update):
    with pytest.raises(kg.KgError, match="SPARQL update.*read-only"):
        seeds_graph.query(update)
