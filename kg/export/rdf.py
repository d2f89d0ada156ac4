"""The networkx graph as RDF.

One generator, :func:`quads`, states every fact once as plain tuples; adapters turn them into a
pyoxigraph store (fast serialisation and SPARQL) or an rdflib Graph (for users who want one).
Plain facts go to the default graph; the evidence of each fact (sentence, offsets, rule,
confidence, kg version) goes to the named graph ``kgid:provenance`` as ``rdf:Statement``
reifications, so plain queries need no GRAPH clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from .. import __version__
from ..model import short_hash
from ..vocab import DCTERMS, ID, KG, LPWC, LPWCP, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

__all__ = ["Lit", "quads", "to_store", "to_rdflib", "PROVENANCE_GRAPH", "CLASS_OF_KIND", "PREDICATE_OF_RELATION"]


class Lit(NamedTuple):
    """A literal: lexical form and datatype IRI (None for a plain string)."""

    value: str
    datatype: str | None = None


Term = str | Lit  # a str is an IRI
Quad = tuple[str, str, Term, str | None]  # graph None = default graph

PROVENANCE_GRAPH = str(ID["provenance"])

CLASS_OF_KIND: dict[str, list[str]] = {
    "paper": [str(SCHEMA.ScholarlyArticle)],
    "method": [str(KG.Method)],
    "dataset": [str(SCHEMA.Dataset)],
    "task": [str(KG.Task)],
    "metric": [str(KG.Metric)],
    "repository": [str(SCHEMA.SoftwareSourceCode)],
    "webpage": [str(KG.Webpage)],
    "organization": [str(SCHEMA.Organization)],
}

PREDICATE_OF_RELATION: dict[str, str] = {
    "proposes": str(KG.proposes),
    "introduces": str(KG.introducesDataset),
    "uses_dataset": str(KG.usesDataset),
    "mentions_method": str(KG.mentionsMethod),
    "compares_with": str(KG.comparesWith),
    "addresses_task": str(KG.addressesTask),
    "reports_metric": str(KG.reportsMetric),
    "has_code": str(KG.hasCode),
    "has_webpage": str(KG.hasWebpage),
    "affiliated_with": str(KG.affiliatedWith),
}

_INT = str(XSD.integer)
_DEC = str(XSD.decimal)
_DATE = str(XSD.date)
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_FULL_DATE = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(text: str | None) -> str | None:
    """"Jan 2, 2023" / "2023-01-02T..." -> "2023-01-02"; a date without a year -> None."""
    if not text:
        return None
    if m := _ISO_DATE.match(text):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if (m := _FULL_DATE.match(text)) and m[1].lower() in _MONTHS:
        return f"{int(m[3]):04d}-{_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"
    return None


def quads(g: nx.MultiDiGraph, *, provenance: bool = True) -> Iterator[Quad]:
    """Every RDF statement of the graph, deterministic for a given graph."""
    iri = {n: str(ID[n]) for n in g.nodes}
    for n, d in g.nodes(data=True):
        s = iri[n]
        yield from _node_quads(s, d, iri)
    for u, v, rel, d in g.edges(keys=True, data=True):
        s, o = iri[u], iri[v]
        p = PREDICATE_OF_RELATION[rel]
        yield (s, p, o, None)
        if rel == "introduces":
            yield (o, str(KG.introducedBy), s, None)
        if rel == "reports_metric" and d.get("value"):
            r = str(ID["result/" + short_hash(f"{u}|{v}|{d['value']}", 12)])
            yield (s, str(KG.hasResult), r, None)
            yield (r, str(RDF.type), str(KG.MetricResult), None)
            yield (r, str(KG.metric), o, None)
            yield (r, str(KG.value), Lit(str(d["value"])), None)
        if provenance:
            for ev in d.get("evidence", ()):
                yield from _evidence_quads(s, p, o, ev)


def _node_quads(s: str, d: dict, iri: dict[str, str]) -> Iterator[Quad]:
    kind = d["kind"]
    for c in CLASS_OF_KIND[kind]:
        yield (s, str(RDF.type), c, None)
    yield (s, str(RDFS.label), Lit(d["label"]), None)
    if kind == "paper":
        yield (s, str(DCTERMS.title), Lit(d["title"]), None)
        if d.get("abstract"):
            yield (s, str(DCTERMS.abstract), Lit(d["abstract"]), None)
        if d.get("date"):
            yield (s, str(KG.dateText), Lit(d["date"]), None)
            if iso := iso_date(d["date"]):
                yield (s, str(DCTERMS.issued), Lit(iso, _DATE), None)
        if d.get("year"):
            yield (s, str(KG.year), Lit(str(d["year"]), _INT), None)
        if d.get("upvotes") is not None:
            yield (s, str(KG.upvotes), Lit(str(d["upvotes"]), _INT), None)
        if d.get("author_count") is not None:
            yield (s, str(KG.authorCount), Lit(str(d["author_count"]), _INT), None)
        for a in d.get("authors") or ():
            yield (s, str(DCTERMS.creator), Lit(a), None)
        if d.get("arxiv_id"):
            yield (s, str(KG.arxivId), Lit(d["arxiv_id"]), None)
            yield (s, str(SCHEMA.sameAs), f"https://arxiv.org/abs/{d['arxiv_id']}", None)
        if d.get("doi"):
            yield (s, str(SCHEMA.identifier), Lit(f"doi:{d['doi']}"), None)
        if d.get("venue"):
            yield (s, str(DCTERMS.isPartOf), Lit(d["venue"]), None)
        if d.get("url"):
            yield (s, str(SCHEMA.url), d["url"], None)
        for k in d.get("keywords") or ():
            yield (s, str(SCHEMA.keywords), Lit(k), None)
        for src in d.get("sources") or ():
            yield (s, str(KG.source), Lit(src), None)
        return
    yield (s, str(SCHEMA.name), Lit(d["label"]), None)
    for a in d.get("aliases") or ():
        yield (s, str(SKOS.altLabel), Lit(a), None)
    if d.get("papers") is not None:
        yield (s, str(KG.mentionCount), Lit(str(d["papers"]), _INT), None)
    if d.get("url"):
        yield (s, str(SCHEMA.url), d["url"], None)
        if kind == "repository":
            yield (s, str(SCHEMA.codeRepository), d["url"], None)
    if d.get("introduced_by") and d["introduced_by"] in iri:
        yield (s, str(KG.introducedBy), iri[d["introduced_by"]], None)


def _evidence_quads(s: str, p: str, o: str, ev: dict) -> Iterator[Quad]:
    e = str(ID["evidence/" + short_hash(f"{s}|{p}|{o}|{ev['field']}|{ev['start']}|{ev['rule']}", 16)])
    gname = PROVENANCE_GRAPH
    yield (e, str(RDF.type), str(RDF.Statement), gname)
    yield (e, str(RDF.type), str(KG.Mention), gname)
    yield (e, str(RDF.subject), s, gname)
    yield (e, str(RDF.predicate), p, gname)
    yield (e, str(RDF.object), o, gname)
    yield (e, str(PROV.wasDerivedFrom), s, gname)
    yield (e, str(KG.field), Lit(ev["field"]), gname)
    yield (e, str(KG.start), Lit(str(ev["start"]), _INT), gname)
    yield (e, str(KG.end), Lit(str(ev["end"]), _INT), gname)
    yield (e, str(KG.surface), Lit(ev["text"]), gname)
    if ev.get("sentence"):
        yield (e, str(KG.sentence), Lit(ev["sentence"]), gname)
    yield (e, str(KG.rule), Lit(ev["rule"]), gname)
    yield (e, str(KG.confidence), Lit(f"{float(ev['confidence']):.4f}", _DEC), gname)
    yield (e, str(PROV.wasGeneratedBy), str(ID[f"activity/kg-{__version__}"]), gname)


def alignment_quads() -> Iterator[Quad]:
    """Equivalences with Linked Papers With Code and schema.org, so their users feel at home."""
    owl = "http://www.w3.org/2002/07/owl#"
    pairs = [
        (str(SCHEMA.ScholarlyArticle), str(LPWC.paper), "equivalentClass"),
        (str(KG.Method), str(LPWC.method), "equivalentClass"),
        (str(SCHEMA.Dataset), str(LPWC.dataset), "equivalentClass"),
        (str(KG.Task), str(LPWC.task), "equivalentClass"),
        (str(SCHEMA.SoftwareSourceCode), str(LPWC.repository), "equivalentClass"),
        (str(KG.usesDataset), str(LPWCP.usesDataset), "equivalentProperty"),
        (str(KG.addressesTask), str(LPWCP.hasTask), "equivalentProperty"),
        (str(KG.hasCode), str(LPWCP.hasOfficialRepository), "equivalentProperty"),
        (str(KG.introducedBy), str(LPWCP.introducedBy), "equivalentProperty"),
    ]
    for a, b, rel in pairs:
        yield (a, owl + rel, b, None)
    for sub in (str(KG.proposes), str(KG.mentionsMethod), str(KG.comparesWith)):
        yield (sub, str(RDFS.subPropertyOf), str(LPWCP.hasMethod), None)
    for c in (str(KG.Method), str(KG.Task), str(KG.Metric)):
        yield (c, str(RDFS.subClassOf), str(SCHEMA.DefinedTerm), None)


def to_store(g: nx.MultiDiGraph, *, provenance: bool = True):
    """A pyoxigraph Store holding the graph (default graph: facts; named graph: provenance)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_extend(_ox_quads(g, ox, provenance=provenance))
    return store


def _ox_quads(g: nx.MultiDiGraph, ox, *, provenance: bool) -> Iterator:
    nodes: dict[str, object] = {}

    def node(x: str):
        n = nodes.get(x)
        if n is None:
            n = nodes[x] = ox.NamedNode(x)
        return n

    default = ox.DefaultGraph()
    for s, p, o, gname in _all_quads(g, provenance):
        obj = ox.Literal(o.value, datatype=node(o.datatype)) if isinstance(o, Lit) and o.datatype else (
            ox.Literal(o.value) if isinstance(o, Lit) else node(o)
        )
        yield ox.Quad(node(s), node(p), obj, node(gname) if gname else default)


def _all_quads(g: nx.MultiDiGraph, provenance: bool) -> Iterator[Quad]:
    yield from alignment_quads()
    yield from quads(g, provenance=provenance)


def to_rdflib(g: nx.MultiDiGraph, *, provenance: bool = False):
    """An rdflib Graph of the plain facts (or a Dataset with the provenance graph when asked)."""
    from rdflib import Dataset, Graph, Literal, URIRef

    def term(x: Term):
        if isinstance(x, Lit):
            return Literal(x.value, datatype=URIRef(x.datatype) if x.datatype else None)
        return URIRef(x)

    if provenance:
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        for s, p, o, gname in _all_quads(g, True):
            ctx = ds.graph(URIRef(gname)) if gname else ds.default_context
            ctx.add((URIRef(s), URIRef(p), term(o)))
        return ds
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    for s, p, o, _ in _all_quads(g, False):
        out.add((URIRef(s), URIRef(p), term(o)))
    return out


def write_store(store, path: Path, fmt: str) -> None:
    """Serialise a pyoxigraph store: ``turtle``/``ntriples`` (default graph) or ``nquads``/``trig``."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    kw = {}
    if fmt in ("turtle", "ntriples"):
        kw["from_graph"] = ox.DefaultGraph()
    if fmt in ("turtle", "trig"):
        kw["prefixes"] = PREFIXES
    store.dump(str(path), formats[fmt], **kw)
