"""RDF output: every format parses back (rdflib and pyoxigraph) to the same graph, IRIs are stable,
and the provenance named graph holds the evidence of every fact."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from test_query_support import SEEDS, fixture_extractions, fixture_graph, seeds_graph, span_binds, write_hack_papers

import kg
from kg.export.rdf import ACTIVITY, PROVENANCE_GRAPH, safe_iri
from kg.graph import build_graph
from kg.model import Extraction, Mention, Paper, Role, Source
from kg.query import load_store

# rdflib 7.6 warns about its own internals (ConjunctiveGraph, default_context) while parsing quads
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context|identifier is deprecated).*:DeprecationWarning")

GRAPHS = {"seeds": seeds_graph, "fixture": fixture_graph}
TRIPLE_FORMATS = {"turtle": ("graph.ttl", "turtle"), "ntriples": ("graph.nt", "nt"), "jsonld": ("graph.jsonld", "json-ld")}
QUAD_FORMATS = {"nquads": ("graph.nq", "nquads"), "trig": ("graph.trig", "trig")}


@lru_cache(maxsize=None)
def written(graph: str):
    """The graph written in every RDF format into a fresh folder (once per graph)."""
    import tempfile
    from pathlib import Path

    out = Path(tempfile.mkdtemp(prefix=f"kg-rdf-{graph}-"))
    GRAPHS[graph]().write(out, [*TRIPLE_FORMATS, *QUAD_FORMATS])
    return out


def default_graph(ds: Dataset):
    return ds.default_graph if hasattr(type(ds), "default_graph") else ds.default_context


def quad_set(ds: Dataset) -> set:
    d = default_graph(ds).identifier
    return {(s, p, o, None if c in (d, None) else c) for s, p, o, c in ds.quads((None, None, None, None))}


def named(ds: Dataset, iri: str) -> Graph:
    out = Graph()
    for t in ds.graph(URIRef(iri)).triples((None, None, None)):
        out.add(t)
    return out


def default(ds: Dataset) -> Graph:
    out = Graph()
    for t in default_graph(ds).triples((None, None, None)):
        out.add(t)
    return out


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("fmt", sorted(TRIPLE_FORMATS))
def test_rdf_triple_format_parses_back_isomorphic_to_to_rdf(fmt, graph):
    filename, rdflib_format = TRIPLE_FORMATS[fmt]
    parsed = Graph().parse(written(graph) / filename, format=rdflib_format)
    expected = GRAPHS[graph]().to_rdf()
    assert len(parsed) == len(expected) > 0
    assert isomorphic(parsed, expected)


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_rdf_quad_format_parses_into_rdflib_dataset_equal_to_to_rdf_provenance(fmt, graph):
    filename, rdflib_format = QUAD_FORMATS[fmt]
    parsed = Dataset()
    parsed.parse(written(graph) / filename, format=rdflib_format)
    expected = GRAPHS[graph]().to_rdf(provenance=True)
    assert isomorphic(default(parsed), default(expected))
    assert isomorphic(named(parsed, PROVENANCE_GRAPH), named(expected, PROVENANCE_GRAPH))
    assert quad_set(parsed) == quad_set(expected)  # no blank nodes: isomorphism is equality
    assert {c.identifier for c in parsed.graphs()} - {default_graph(parsed).identifier} == {URIRef(PROVENANCE_GRAPH)}


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("filename", ["graph.nq", "graph.trig", "graph.ttl", "graph.nt"])
def test_rdf_pyoxigraph_loads_every_written_file(filename, graph):
    store = load_store(written(graph) / filename)
    full = GRAPHS[graph]().store
    if filename in ("graph.nq", "graph.trig"):
        assert set(store) == set(full)
    else:
        assert set(store) == set(full.quads_for_pattern(None, None, None, ox.DefaultGraph()))


@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_rdf_rdflib_dataset_answers_plain_queries_without_graph_and_provenance_with_graph(graph):
    ds = Dataset()
    ds.parse(written(graph) / "graph.nq", format="nquads")
    G = GRAPHS[graph]().graph
    n_uses = sum(1 for *_, k in G.edges(keys=True) if k == "uses_dataset")
    prefix = "PREFIX kg: <https://w3id.org/kg/vocab#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    plain = ds.query(prefix + "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:usesDataset ?d }")
    assert int(next(iter(plain))[0]) == n_uses
    prov = ds.query(prefix + f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{PROVENANCE_GRAPH}> {{ ?e rdf:predicate kg:usesDataset }} }}")
    assert int(next(iter(prov))[0]) >= min(n_uses, 1)
    hidden = ds.query(prefix + "SELECT (COUNT(*) AS ?n) WHERE { ?e rdf:predicate ?p }")
    assert int(next(iter(hidden))[0]) == 0  # evidence stays out of the default graph


@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_rdf_every_evidence_record_has_paper_sentence_offsets_rule_confidence_version(graph):
    g = GRAPHS[graph]()
    G = g.graph
    keys = {(u, v, rel, ev["field"], ev["start"], ev["rule"]) for u, v, rel, d in G.edges(keys=True, data=True) for ev in d.get("evidence", ())}
    keys |= {(p, r["metric"], "result", r["evidence"]["field"], r["evidence"]["start"]) for p, d in G.nodes(data=True) for r in d.get("results") or ()}
    rows = g.query(
        """SELECT ?e ?paper ?field ?start ?end ?surface ?sentence ?rule ?confidence ?activity ?version WHERE {
             GRAPH kgid:provenance {
               ?e rdf:subject ?paper ; kg:span ?span ; kg:rule ?node . ?node rdfs:label ?rule ; kg:confidence ?confidence .
               OPTIONAL { ?e kg:surface ?s0 } OPTIONAL { ?e kg:sentence ?t0 }
               kgid:provenance a prov:Bundle ; prov:wasGeneratedBy ?activity .
               ?activity a prov:Activity ; schema:softwareVersion ?version .
             }""" + span_binds("?paper") + " }"
    )
    assert len({r["e"] for r in rows}) == len(keys) == len(rows)
    for r in rows:
        p = G.nodes[r["paper"].removeprefix("https://w3id.org/kg/id/")]
        assert p[r["field"]][r["start"]:r["end"]] == r["surface"]
        assert r["sentence"] is None or r["surface"] in r["sentence"]
        assert 0 <= r["confidence"] <= 1 and r["rule"]
        assert (r["activity"], r["version"]) == (ACTIVITY, kg.__version__)


@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_rdf_no_blank_nodes_anywhere(graph):
    ds = GRAPHS[graph]().to_rdf(provenance=True)
    assert not any(isinstance(t, BNode) for q in ds.quads((None, None, None, None)) for t in q[:3])
    assert not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in GRAPHS[graph]().store)


def test_rdf_two_builds_of_the_same_input_are_isomorphic_and_equal():
    a = seeds_graph()
    b = kg.build([str(SEEDS)], jobs=1)
    assert isomorphic(a.to_rdf(), b.to_rdf())
    assert quad_set(a.to_rdf(provenance=True)) == quad_set(b.to_rdf(provenance=True))
    assert set(a.store) == set(b.store)


def test_rdf_rdflib_adapter_and_pyoxigraph_store_hold_the_same_quads():
    g = fixture_graph()
    ds = g.to_rdf(provenance=True)
    n_default = len(list(g.store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    n_prov = len(list(g.store.quads_for_pattern(None, None, None, ox.NamedNode(PROVENANCE_GRAPH))))
    assert (len(default(ds)), len(named(ds, PROVENANCE_GRAPH))) == (n_default, n_prov)
    assert len(g.to_rdf()) == n_default


def _hack_methods(g) -> dict[str, str]:
    """IRI of each method called HACK -> IRI of the paper proposing it."""
    rows = g.query("SELECT ?m ?p WHERE { ?p kg:proposes ?m . ?m rdfs:label ?l FILTER(LCASE(?l) = 'hack') }")
    return {r["m"]: r["p"] for r in rows}


def test_rdf_two_papers_proposing_hack_get_distinct_iris_from_hand_written_mentions():
    methods = _hack_methods(fixture_graph())
    assert len(methods) == 2 and len(set(methods.values())) == 2


def test_rdf_two_daily_papers_titled_hack_give_two_papers_and_two_hack_iris(tmp_path):
    write_hack_papers(tmp_path)
    g = kg.build([str(tmp_path)], jobs=1)
    papers = g.query("SELECT ?p ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t }")
    assert len({r["p"] for r in papers}) == 2 and all(r["t"].startswith("HACK: ") for r in papers)
    methods = _hack_methods(g)
    assert len(methods) == 2, f"the extractor should find HACK proposed in both papers: {methods}"
    assert len(set(methods.values())) == 2
    again = _hack_methods(kg.build([str(tmp_path)], jobs=1))
    assert again == methods  # stable across builds


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://github.com/a/b](https://github.com/a/b)", "https://github.com/a/b%5D(https://github.com/a/b)"),
        ("github.com/a/b", "https://github.com/a/b"),
        ("https://x.org/a b", "https://x.org/a%20b"),
        ("https://x.org/100%", "https://x.org/100%25"),
        ("https://x.org/a#b#c", "https://x.org/a#b%23c"),
        ("https://x.org/%41?q=<1>", "https://x.org/%41?q=%3C1%3E"),
        ("https://x.org/ü", "https://x.org/ü"),
    ],
)
def test_rdf_safe_iri_percent_encodes_what_iris_forbid(url, expected):
    assert safe_iri(url) == expected
    ox.NamedNode(expected)  # pyoxigraph accepts it


def test_rdf_graph_with_a_markdown_link_url_still_exports_and_round_trips(tmp_path):
    abstract = "Code: [repo](https://github.com/a/b](https://github.com/a/b)) and more text here."
    paper = Paper("Markdown Links", abstract, Source("md.txt", 1))
    url = "https://github.com/a/b](https://github.com/a/b)"
    start = abstract.index(url)
    m = Mention(Role.CODE_URL, url, "abstract", start, start + len(url), abstract, "url", 1.0)
    g = kg.KnowledgeGraph(build_graph([Extraction(paper, (m,))]))
    g.write(tmp_path, ["nquads", "turtle"])
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl", format="turtle"), g.to_rdf())
    assert [r["code"] for r in g.run("papers-with-code")] == [safe_iri(url)]


def test_rdf_adding_papers_keeps_the_iris_of_existing_papers_and_their_proposals():
    G = fixture_graph().graph
    first = next(n for n, d in G.nodes(data=True) if d["kind"] == "paper")
    hack_first = next(v for _, v, k in G.out_edges(first, keys=True) if k == "proposes")
    alone = build_graph(fixture_extractions()[:1])
    assert first in alone and hack_first in alone
    assert {n for n, d in alone.nodes(data=True) if d["kind"] == "paper"} <= set(G)
