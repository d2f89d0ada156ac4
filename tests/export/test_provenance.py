"""The provenance graph (kg/export/provenance.py) answers the evidence query exactly as the previous
layout did, with fewer quads.

The previous writer is frozen below (14 quads a record: the sentence, the activity, an
rdf:Statement type and a prov:wasDerivedFrom copy of rdf:subject on every record) with the
previous queries/evidence.rq. Both layouts are loaded beside the same facts and must give the same
rows, for every entity the evidence query can name and for every record as a whole, on the seeds,
the hand-written fixture and 260 corpus abstracts (tests/data: blind, heldout dev, results).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox
import pytest
from test_query_support import ROOT, fixture_graph, seeds_graph

import kg
from kg.export.provenance import provenance_quads
from kg.export.rdf import ACTIVITY, PROVENANCE_GRAPH, Lit, canonical_decimal, nquad_lines, nt_literal, result_iri
from kg.model import short_hash
from kg.query import NamedQuery, run_query
from kg.schema import RELATIONS

ID = "https://w3id.org/kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
KG = "https://w3id.org/kg/vocab#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
_PREFIXES = {"kg": KG, "kgid": ID, "rdf": RDF, "prov": PROV}
CORPUS = [ROOT / "tests/data/blind/blind.papers.jsonl", ROOT / "tests/data/heldout/dev.papers.jsonl",
          ROOT / "tests/data/results/results.papers.jsonl"]

#: queries/evidence.rq before the change (prefixes and header dropped: run_query predeclares them).
LEGACY_EVIDENCE = """SELECT ?name ?entity ?predicate ?paper ?surface ?sentence ?field ?start ?end ?rule ?confidence ?generatedBy
WHERE {
  BIND(LCASE(STR(?name)) AS ?key)
  LATERAL {
    ?entity kg:nameKey ?key .
    GRAPH kgid:provenance {
      ?evidence rdf:object ?entity ; rdf:subject ?paper ; rdf:predicate ?predicate ; kg:field ?field ;
                kg:start ?start ; kg:end ?end ; kg:surface ?surface ; kg:rule ?rule ; kg:confidence ?confidence ;
                prov:wasGeneratedBy ?generatedBy .
      OPTIONAL { ?evidence kg:sentence ?sentence }
    }
  }
}
ORDER BY ?entity ?paper ?predicate ?field ?start ?rule"""

#: Every record with every column, in each layout.
LEGACY_RECORDS = """SELECT ?e ?s ?p ?o ?field ?start ?end ?surface ?sentence ?rule ?confidence ?generatedBy WHERE { GRAPH kgid:provenance {
  ?e a rdf:Statement, kg:Mention ; rdf:subject ?s ; prov:wasDerivedFrom ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:field ?field ;
     kg:start ?start ; kg:end ?end ; kg:surface ?surface ; kg:rule ?rule ; kg:confidence ?confidence ; prov:wasGeneratedBy ?generatedBy .
  OPTIONAL { ?e kg:sentence ?sentence } } }"""
RECORDS = """SELECT ?e ?s ?p ?o ?field ?start ?end ?surface ?sentence ?rule ?confidence ?generatedBy WHERE { GRAPH kgid:provenance {
  ?e a kg:Mention ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:field ?field ;
     kg:start ?start ; kg:end ?end ; kg:surface ?surface ; kg:rule ?rule ; kg:confidence ?confidence .
  OPTIONAL { ?e kg:sentence ?sentence }
  kgid:provenance a prov:Bundle ; prov:wasGeneratedBy ?generatedBy . } }"""


def legacy_provenance(g: nx.MultiDiGraph) -> Iterator[tuple]:
    """The provenance quads of the previous writer (kg/export/rdf.py before sentence-free records)."""
    G = PROVENANCE_GRAPH
    yield (ACTIVITY, RDF + "type", PROV + "Activity", G)

    def records(s, p, o, ev):
        e = ID + "evidence/" + short_hash(f"{s}|{p}|{o}|{ev['field']}|{ev['start']}|{ev['rule']}", 16)
        yield from ((e, RDF + "type", RDF + "Statement", G), (e, RDF + "type", KG + "Mention", G))
        yield from ((e, RDF + "subject", s, G), (e, RDF + "predicate", p, G), (e, RDF + "object", o, G))
        yield (e, PROV + "wasDerivedFrom", s, G)
        yield (e, KG + "field", Lit(ev["field"]), G)
        yield (e, KG + "start", Lit(str(ev["start"]), XSD + "integer"), G)
        yield (e, KG + "end", Lit(str(ev["end"]), XSD + "integer"), G)
        yield (e, KG + "surface", Lit(ev["text"]), G)
        if ev.get("sentence"):
            yield (e, KG + "sentence", Lit(ev["sentence"]), G)
        yield (e, KG + "rule", Lit(ev["rule"]), G)
        yield (e, KG + "confidence", Lit(canonical_decimal(ev["confidence"]), XSD + "decimal"), G)
        yield (e, PROV + "wasGeneratedBy", ACTIVITY, G)

    for n, d in g.nodes(data=True):
        for res in d.get("results") or ():
            yield from records(ID + n, KG + "hasResult", result_iri(n, res), res["evidence"])
    for u, v, rel, d in g.edges(keys=True, data=True):
        for ev in d.get("evidence", ()):
            yield from records(ID + u, RELATIONS[rel].predicate, ID + v, ev)


def _line(q: tuple) -> str:
    o = nt_literal(q[2]) if isinstance(q[2], Lit) else f"<{q[2]}>"
    return f"<{q[0]}> <{q[1]}> {o} <{q[3]}> .\n"


def store_of(g: nx.MultiDiGraph, provenance: Iterator[tuple] | None = None) -> ox.Store:
    """The facts plus ``provenance`` (default: the current writer's N-Quads text)."""
    lines = list(nquad_lines(g, provenance=provenance is None))
    if provenance is not None:
        lines += [_line(q) for q in provenance]
    store = ox.Store()
    store.load("".join(lines).encode(), ox.RdfFormat.N_QUADS)
    return store


@lru_cache(maxsize=1)
def corpus_graph():
    return kg.build([str(p) for p in CORPUS], jobs=1)


GRAPHS = {"seeds": seeds_graph, "fixture": fixture_graph, "corpus": corpus_graph}


@lru_cache(maxsize=None)
def stores(which: str) -> tuple[nx.MultiDiGraph, ox.Store, ox.Store]:
    g = GRAPHS[which]().graph
    return g, store_of(g, legacy_provenance(g)), store_of(g)


def named_entities(g: nx.MultiDiGraph) -> list[str]:
    """A name of every entity that has evidence, in another letter case than its label."""
    names = {d["label"].swapcase() for n, d in g.nodes(data=True)
             if d["kind"] != "paper" and any(ed.get("evidence") for *_, ed in g.in_edges(n, data=True))}
    return sorted(names)


def rows(result) -> list[tuple]:
    return [tuple(r[c] for c in result.columns) for r in result.rows]


def legacy_evidence(store: ox.Store, name: str) -> list[tuple]:
    return rows(run_query(store, NamedQuery("evidence-legacy", "the previous evidence query", {"name": "e.g."}, LEGACY_EVIDENCE), {"name": name}))


@pytest.mark.parametrize("which", sorted(GRAPHS))
def test_provenance_evidence_query_gives_the_previous_layouts_rows_for_every_entity(which):
    g, old, new = stores(which)
    names = named_entities(g)
    assert len(names) >= (5 if which == "fixture" else 100)
    total = 0
    for name in names:
        before, after = legacy_evidence(old, name), rows(run_query(new, "evidence", {"name": name}))
        assert after == before, name  # same rows, same order
        total += len(after)
    assert total >= len(names)


@pytest.mark.parametrize("which", sorted(GRAPHS))
def test_provenance_every_record_has_the_previous_layouts_values(which):
    g, old, new = stores(which)
    before = {tuple(r) for r in old.query(LEGACY_RECORDS, prefixes=_PREFIXES)}
    after = {tuple(r) for r in new.query(RECORDS, prefixes=_PREFIXES)}
    n = sum(len(d.get("evidence", ())) for *_, d in g.edges(data=True)) + sum(len(d.get("results") or ()) for _, d in g.nodes(data=True))
    assert len(before) == n > 0
    assert after == before


@pytest.mark.parametrize("which", sorted(GRAPHS))
def test_provenance_writes_eleven_quads_a_record_and_three_fewer_than_before(which):
    g, old, new = stores(which)
    graph = ox.NamedNode(PROVENANCE_GRAPH)
    n_old, n_new = (len(list(s.quads_for_pattern(None, None, None, graph))) for s in (old, new))
    records = [ev for *_, d in g.edges(data=True) for ev in d.get("evidence", ())]
    records += [d["evidence"] for _, n in g.nodes(data=True) for d in n.get("results") or ()]
    with_sentence = sum(bool(ev.get("sentence")) for ev in records)
    assert n_new == 6 + 10 * len(records) + with_sentence  # activity (3), bundle (2), kg:Mention ⊑ rdf:Statement
    assert n_old - n_new == 3 * len(records) - 5


def test_provenance_text_writer_and_tuples_state_the_same_quads():
    g = corpus_graph().graph
    text = set(store_of(g).quads_for_pattern(None, None, None, ox.NamedNode(PROVENANCE_GRAPH)))
    tuples = ox.Store()
    tuples.load("".join(_line(q) for q in provenance_quads(g)).encode(), ox.RdfFormat.N_QUADS)
    assert set(tuples) == text


def test_provenance_comparison_fails_when_a_sentence_or_the_activity_is_lost():
    """The row comparison above sees a change: a record without its sentence, or a graph without its activity."""
    g, old, _ = stores("fixture")
    name = named_entities(g)[0]
    before = legacy_evidence(old, name)
    for drop in (KG + "sentence", PROV + "wasGeneratedBy"):
        broken = store_of(g)
        victim = next(broken.quads_for_pattern(None, ox.NamedNode(drop), None, ox.NamedNode(PROVENANCE_GRAPH)))
        broken.remove(victim)
        after = rows(run_query(broken, "evidence", {"name": name}))
        if drop.endswith("sentence"):
            after_all = [r for n in named_entities(g) for r in rows(run_query(broken, "evidence", {"name": n}))]
            before_all = [r for n in named_entities(g) for r in legacy_evidence(old, n)]
            assert after_all != before_all
        else:
            assert after != before and after == []

