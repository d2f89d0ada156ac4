"""The provenance graph (kg/export/provenance.py) answers the evidence query exactly as the previous
layouts did, with fewer quads.

The 14-quad writer is frozen below (the sentence, the activity, an rdf:Statement type and a
prov:wasDerivedFrom copy of rdf:subject on every record) with its queries/evidence.rq. Both layouts
are loaded beside the same facts and must give the same rows, for every entity the evidence query
can name and for every record as a whole, on the seeds, the hand-written fixture and 260 corpus
abstracts (tests/data: blind, heldout dev, results). tests/data/golden/seeds.evidence.json.gz holds
the seeds' graph.json and the evidence rows of every name as kg main gave them with 11-quad records
(a kg:Mention type, the surface and the sentence on every record), before the surface and a
whole-field sentence were left for the query to take from the title or abstract.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox
import pytest
from test_query_support import ROOT, fixture_graph, seeds_graph, span_binds

import kg
from kg.export.provenance import derived, provenance_quads, span
from kg.export.rdf import ACTIVITY, PROVENANCE_GRAPH, Lit, canonical_decimal, nquad_lines, nt_literal, result_iri
from kg.model import short_hash
from kg.query import NamedQuery, run_query
from kg.schema import RELATIONS

ID = "https://w3id.org/kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
KG = "https://w3id.org/kg/vocab#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
_PREFIXES = {"kg": KG, "kgid": ID, "rdf": RDF, "prov": PROV, "dcterms": "http://purl.org/dc/terms/", "xsd": XSD,
             "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
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
RECORDS = """SELECT ?e ?s ?p ?o ?field ?start ?end ?surface ?sentence ?rule ?confidence ?generatedBy WHERE {
  GRAPH kgid:provenance {
    ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:span ?span ; kg:rule ?r . ?r rdfs:label ?rule ; kg:confidence ?confidence .
    OPTIONAL { ?e kg:surface ?s0 } OPTIONAL { ?e kg:sentence ?t0 }
    kgid:provenance a prov:Bundle ; prov:wasGeneratedBy ?generatedBy . }""" + span_binds("?s") + " }"


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


def _records(g: nx.MultiDiGraph) -> list[tuple[dict, dict]]:
    """(paper data, evidence record) of every record."""
    out = [(g.nodes[u], ev) for u, _, d in g.edges(data=True) for ev in d.get("evidence", ())]
    return out + [(d, r["evidence"]) for _, d in g.nodes(data=True) for r in d.get("results") or ()]


def _field(d: dict, ev: dict) -> str | None:
    return d.get(ev["field"]) if ev["field"] in ("title", "abstract") else None


def _sentence_written(d: dict, ev: dict) -> bool:
    """The sentence is neither the whole field nor found in it around the span (a brute-force look)."""
    sentence, text = ev.get("sentence"), _field(d, ev)
    if not sentence or sentence == text:
        return False
    if not text:
        return True
    lo, n = max(0, ev["end"] - len(sentence)), len(sentence)
    return not any(text[i:i + n] == sentence for i in range(lo, ev["start"] + 1))


@pytest.mark.parametrize("which", sorted(GRAPHS))
def test_provenance_writes_five_quads_a_record_plus_what_the_field_text_does_not_give(which):
    g, old, new = stores(which)
    graph = ox.NamedNode(PROVENANCE_GRAPH)
    n_old, n_new = (len(list(s.quads_for_pattern(None, None, None, graph))) for s in (old, new))
    records = _records(g)
    surfaces = sum(not (t := _field(d, ev)) or t[ev["start"]:ev["end"]] != ev["text"] for d, ev in records)
    sentences = sum(_sentence_written(d, ev) for d, ev in records)
    levels = {(ev["rule"], canonical_decimal(ev["confidence"])) for _, ev in records}
    # activity (3), bundle (2), kg:Mention's two, kg:rule's range; a rule node (type, name, confidence) per level
    assert n_new == 8 + 5 * len(records) + surfaces + sentences + 3 * len(levels)
    assert len(levels) < len(records) / 3
    parts = sum(bool(ev.get("sentence")) and ev["sentence"] != _field(d, ev) for d, ev in records)
    assert sentences < parts or parts == 0  # sentences found in the field are given by their offsets
    assert n_old - n_new >= 6 * len(records) - 6


PAPER = {"title": "HACK: a head model", "abstract": "We present HACK. It beats Wav2Lip on HDTF."}


@pytest.mark.parametrize("ev, expected", [
    ({"field": "title", "start": 0, "end": 4, "text": "HACK", "sentence": PAPER["title"]}, (True, True)),
    ({"field": "abstract", "start": 37, "end": 41, "text": "HDTF", "sentence": "It beats Wav2Lip on HDTF."}, (True, False)),
    ({"field": "abstract", "start": 0, "end": 42, "text": PAPER["abstract"], "sentence": ""}, (True, True)),
    ({"field": "abstract", "start": 37, "end": 41, "text": "hdtf", "sentence": "It beats Wav2Lip on HDTF."}, (False, False)),
    ({"field": "metadata", "start": 0, "end": 0, "text": "https://github.com/a/b", "sentence": ""}, (False, False)),
])
def test_provenance_derived_leaves_out_only_what_the_field_text_gives_back(ev, expected):
    assert derived(PAPER, ev) == expected


@pytest.mark.parametrize("ev, expected", [
    ({"field": "title", "start": 0, "end": 4, "text": "HACK", "sentence": PAPER["title"]}, ("title#char=0,4", False, False)),
    ({"field": "abstract", "start": 37, "end": 41, "text": "HDTF", "sentence": "It beats Wav2Lip on HDTF."},
     ("abstract#char=37,41;sentence=17,42", False, False)),
    ({"field": "abstract", "start": 37, "end": 41, "text": "hdtf", "sentence": "It beats Wav2Lip on HDTF."},
     ("abstract#char=37,41;sentence=17,42", True, False)),
    # a sentence the field does not hold around the span is written
    ({"field": "abstract", "start": 37, "end": 41, "text": "HDTF", "sentence": "It beats Wav2Lip  on HDTF."}, ("abstract#char=37,41", False, True)),
    ({"field": "abstract", "start": 3, "end": 7, "text": "pres", "sentence": "It beats Wav2Lip on HDTF."}, ("abstract#char=3,7", False, True)),
    ({"field": "metadata", "start": 0, "end": 0, "text": "https://github.com/a/b", "sentence": ""}, ("metadata#char=0,0", True, False)),
])
def test_provenance_span_gives_field_offsets_and_the_sentence_s_place_in_the_field(ev, expected):
    assert span(PAPER, ev) == expected


def test_provenance_evidence_query_answers_as_main_did_with_eleven_quad_records():
    """The seeds' graph.json and every name's evidence rows, saved from kg main (11-quad records)."""
    fixture = json.loads(gzip.decompress((ROOT / "tests/data/golden/seeds.evidence.json.gz").read_bytes()))
    g = nx.node_link_graph(fixture["graph"], directed=True, multigraph=True, edges="edges")
    store = store_of(g)
    assert len(fixture["answers"]) >= 300
    for name, saved in fixture["answers"].items():
        result = run_query(store, "evidence", {"name": name})
        assert result.columns == fixture["columns"]
        got = [[None if r.get(c) is None else [type(r[c]).__name__, str(r[c])] for c in result.columns] for r in result.rows]
        assert got == saved, name
    assert sum(map(len, fixture["answers"].values())) >= 400


def test_provenance_a_record_names_the_one_rule_node_of_its_rule_and_confidence():
    g = corpus_graph().graph
    store = store_of(g)
    got = {(e.value, r.value, float(c.value)) for e, r, c in store.query(
        "SELECT ?e ?rule ?c WHERE { GRAPH kgid:provenance { ?e kg:rule ?n . ?n a kg:Rule ; rdfs:label ?rule ; kg:confidence ?c } }",
        prefixes=_PREFIXES)}
    records = {(e.value, r.value, float(c.value)) for e, r, c in stores("corpus")[1].query(
        "SELECT ?e ?rule ?c WHERE { GRAPH kgid:provenance { ?e kg:rule ?rule ; kg:confidence ?c } }", prefixes=_PREFIXES)}
    assert got == records and len(got) > 500
    nodes = list(store.query("SELECT ?n (COUNT(?l) AS ?k) WHERE { GRAPH kgid:provenance { ?n a kg:Rule ; rdfs:label ?l } } GROUP BY ?n",
                             prefixes=_PREFIXES))
    assert nodes and all(int(k.value) == 1 for _, k in nodes)  # one name, one confidence per node


def test_provenance_text_writer_and_tuples_state_the_same_quads():
    g = corpus_graph().graph
    text = set(store_of(g).quads_for_pattern(None, None, None, ox.NamedNode(PROVENANCE_GRAPH)))
    tuples = ox.Store()
    tuples.load("".join(_line(q) for q in provenance_quads(g)).encode(), ox.RdfFormat.N_QUADS)
    assert set(tuples) == text


def test_provenance_comparison_fails_when_a_sentence_a_title_or_the_activity_is_lost():
    """The row comparison above sees a change: a record without its sentence's range, a paper
    without the title its surfaces are sliced from, or a graph without its activity."""
    g, old, _ = stores("corpus")  # the fixture's sentences are whole abstracts: none has a range
    names = named_entities(g)[:60]
    before_all = [r for n in names for r in legacy_evidence(old, n)]
    span_p, prov_g = ox.NamedNode(KG + "span"), ox.NamedNode(PROVENANCE_GRAPH)
    for drop, graph in ((KG + "span", prov_g), ("http://purl.org/dc/terms/title", ox.DefaultGraph()), (PROV + "wasGeneratedBy", prov_g)):
        broken = store_of(g)
        victims = [q for q in broken.quads_for_pattern(None, ox.NamedNode(drop), None, graph)
                   if q.predicate != span_p or ";sentence=" in q.object.value]
        assert victims, drop
        for victim in victims:
            broken.remove(victim)
            if victim.predicate == span_p:  # the span without its sentence's range: the whole field is shown
                broken.add(ox.Quad(victim.subject, span_p, ox.Literal(victim.object.value.split(";")[0]), prov_g))
        after_all = [r for n in names for r in rows(run_query(broken, "evidence", {"name": n}))]
        assert after_all != before_all, drop
        if drop.endswith("wasGeneratedBy"):
            assert after_all == []


def test_provenance_evidence_query_on_a_graph_with_rule_literals_asks_for_a_rebuild():
    """A graph of the 6-quad layout (kg:rule and kg:confidence literals) would give no evidence rows:
    it lacks the ``kg:rule rdfs:range kg:Rule`` the current layout declares, and the query says so."""
    from kg.errors import QueryError

    store = store_of(seeds_graph().graph)
    assert run_query(store, "evidence", {"name": "HDTF"}).rows
    store.remove(ox.Quad(ox.NamedNode(KG + "rule"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#range"),
                         ox.NamedNode(KG + "Rule"), ox.NamedNode(PROVENANCE_GRAPH)))
    with pytest.raises(QueryError, match="rule and kg:confidence literals") as e:
        run_query(store, "evidence", {"name": "HDTF"})
    assert "rebuild" in e.value.fix
