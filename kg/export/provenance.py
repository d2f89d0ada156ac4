"""The provenance graph: the evidence of every fact, without what the facts already say.

Layout (docs/vocabulary.md, "Provenance"), all in the graph ``kgid:provenance``:

- once per graph: the ``prov:Activity`` of this kg version, the graph itself as a
  ``prov:Bundle`` that ``prov:wasGeneratedBy`` it (so every record in it was),
  ``kg:Mention rdfs:subClassOf rdf:Statement``, ``kg:span rdfs:domain kg:Mention`` and
  ``kg:rule rdfs:range kg:Rule``;
- once per evidence record: the fact it supports (``rdf:subject`` / ``predicate`` / ``object``),
  where it is (``kg:span``) and the rule that found it at its confidence (``kg:rule``): 5 quads.
  ``kg:span`` is one literal,
  ``FIELD#char=START,END`` (RFC 5147's character range) followed by ``;sentence=S,E`` when the
  sentence is a part of the field: the field's text is ``dcterms:title`` / ``dcterms:abstract`` of
  the paper in the default graph, and queries/evidence.rq gives back the offsets, the span's text
  and the sentence from it (``STRBEFORE``/``STRAFTER``, ``SUBSTR``). The span's text
  (``kg:surface``) is written only when it is not the field's text sliced at the offsets (metadata
  links), the sentence (``kg:sentence``) only when it is neither the whole field nor found in it
  around the span.
- once per rule and confidence level, after the records: the ``kg:Rule`` node
  ``kgid:rule/NAME/CONFIDENCE`` with its name (``rdfs:label``) and ``kg:confidence``. At 87K
  papers 253,384 records share 148 such nodes (a rule's confidence varies: 31 of 94 rules have
  several), so a record states one link instead of two literals.

Earlier builds wrote 6 quads a record (``kg:rule`` and ``kg:confidence`` literals), before that 8
(``kg:field``, ``kg:start`` and ``kg:end`` apart, and every sentence that was not the whole field as
a literal: 72% of the records on the 87K corpus), 11 (a ``kg:Mention`` type, the surface and the
sentence on every record) and 14. A quad of
this graph costs 150 to 300 bytes of graph.nq whatever its object (the record's 51-byte IRI, the
predicate, the 36-byte graph name), so fewer quads is what makes it smaller: field and offsets in
one literal save two quads a record, the sentence's offsets in it a quoted sentence of about 180
characters (benchmarks/nq_bytes.py; README "Past one machine"). A shared sentence node was
measured at 150 MB more in session 8: a sentence backs 1.28 records on average.

:func:`provenance_quads` states it as tuples (rdflib, tests); :func:`provenance_lines` writes the
same statements as N-Quads text from one template per record, since at 87K papers this graph is
over half the file and a tuple per statement would double the writing time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import quote

import networkx as nx

from .._version import __version__
from ..model import short_hash
from ..schema import RELATIONS
from ..vocab import ID, KG, PROV, RDF, RDFS, SCHEMA, XSD, iris
from .rdf import ACTIVITY, PROVENANCE_GRAPH, Lit, Quad, _json_str, canonical_decimal, result_iri

__all__ = ["provenance_quads", "provenance_lines", "evidence_iri", "derived", "span", "rule_iri", "rule_quads", "rule_lines", "RULE_PREFIX"]

K, PV, R, RS, SC, X = (iris(ns) for ns in (KG, PROV, RDF, RDFS, SCHEMA, XSD))
_EVIDENCE = str(ID["evidence/"])
#: The IRIs of the rule nodes start with this; every rule node is stated after the records.
RULE_PREFIX = str(ID["rule/"])
#: The paper's property holding each field's text: what a record's offsets index.
FIELD_TEXT = {"title": "title", "abstract": "abstract"}


def evidence_iri(s: str, p: str, o: str, ev: dict) -> str:
    """Stable IRI of one evidence record: its fact, field, offset and rule."""
    return _EVIDENCE + short_hash(f"{s}|{p}|{o}|{ev['field']}|{ev['start']}|{ev['rule']}", 16)


def rule_iri(rule: str, confidence: str) -> str:
    """IRI of a rule at one confidence level (``confidence`` canonical, :func:`canonical_decimal`):
    ``kgid:rule/NAME/CONFIDENCE``, the name percent-encoded but for ``:``."""
    return f"{RULE_PREFIX}{quote(rule, safe=':')}/{confidence}"


def rule_quads(rules: Iterable[tuple[str, str]]) -> Iterator[Quad]:
    """The ``kg:Rule`` node of each (rule, canonical confidence) pair, in sorted order."""
    G = PROVENANCE_GRAPH
    for rule, confidence in sorted(set(rules)):
        n = rule_iri(rule, confidence)
        yield (n, R.type, K.Rule, G)
        yield (n, RS.label, Lit(rule), G)
        yield (n, K.confidence, Lit(confidence, X.decimal), G)


def rule_lines(rules: Iterable[tuple[str, str]]) -> Iterator[str]:
    """:func:`rule_quads` as N-Quads lines, one string per rule node."""
    from .rdf import nt_literal

    G = f" <{PROVENANCE_GRAPH}> .\n"
    node: list[str] = []
    for s, p, o, _ in rule_quads(rules):
        node.append(f"<{s}> <{p}> {nt_literal(o) if type(o) is Lit else f'<{o}>'}{G}")
        if len(node) == 3:
            yield "".join(node)
            node.clear()


def record_rules(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    """The (rule, canonical confidence) pair of every evidence record of ``g`` (:func:`_records`'
    evidence, read from the adjacency directly and made canonical once a pair: an appending write
    of the 87K build took 1-1.5 s here through the records and networkx's views)."""
    pairs = {(ev["rule"], ev["confidence"]) for nbrs in g._succ.values() for keyed in nbrs.values()
             for ed in keyed.values() for ev in ed.get("evidence", ())}
    pairs.update((res["evidence"]["rule"], res["evidence"]["confidence"]) for d in g._node.values() for res in d.get("results") or ())
    return {(rule, canonical_decimal(c)) for rule, c in pairs}


def derived(d: dict, ev: dict) -> tuple[bool, bool]:
    """(the surface, the sentence) of record ``ev`` about the paper ``d`` can be left out: the
    evidence query derives them from the field's text (the sentence: the whole field when absent)."""
    key = FIELD_TEXT.get(ev["field"])
    text = d.get(key) if key else None
    if not text:
        return False, False
    return text[ev["start"]:ev["end"]] == ev["text"], (ev.get("sentence") or text) == text


def sentence_start(text: str, sentence: str, start: int, end: int) -> int | None:
    """Where ``sentence`` is in ``text`` around the span ``start``-``end`` (it holds the span), or None."""
    at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))
    return None if at < 0 else at


def span(d: dict, ev: dict) -> tuple[str, bool, bool]:
    """The ``kg:span`` literal of record ``ev`` about the paper ``d``, and whether its surface and
    its sentence must be written beside it (:func:`derived`; a sentence found in the field around
    the span is given by its offsets instead)."""
    no_surface, no_sentence = derived(d, ev)
    at = f"{ev['field']}#char={ev['start']},{ev['end']}"
    sentence = ev.get("sentence")
    if not sentence or no_sentence:
        return at, not no_surface, False
    key = FIELD_TEXT.get(ev["field"])
    text = d.get(key) if key else None
    s0 = sentence_start(text, sentence, ev["start"], ev["end"]) if text else None
    if s0 is None:
        return at, not no_surface, True
    return f"{at};sentence={s0},{s0 + len(sentence)}", not no_surface, False


def _records(g: nx.MultiDiGraph, n: str, d: dict, iri: dict[str, str]) -> Iterator[tuple[str, str, str, dict]]:
    """(subject, predicate, object, evidence) of every evidence record of the facts about ``n``."""
    s = iri[n]
    for v, keyed in g.succ[n].items():
        for rel, ed in keyed.items():
            for ev in ed.get("evidence", ()):
                yield s, RELATIONS[rel].predicate, iri[v], ev
    for res in d.get("results") or ():
        yield s, K.hasResult, result_iri(n, res), res["evidence"]


def _graph_quads() -> Iterator[Quad]:
    G = PROVENANCE_GRAPH
    yield (ACTIVITY, R.type, PV.Activity, G)
    yield (ACTIVITY, RS.label, Lit(f"extraction by kg {__version__}"), G)
    yield (ACTIVITY, SC.softwareVersion, Lit(__version__), G)
    # Every record of this graph was generated by the activity: said of the bundle, once.
    yield (G, R.type, PV.Bundle, G)
    yield (G, PV.wasGeneratedBy, ACTIVITY, G)
    # Every record is a kg:Mention (so an rdf:Statement): an RDFS reasoner infers it from its span.
    yield (K.Mention, RS.subClassOf, R.Statement, G)
    yield (K.span, RS.domain, K.Mention, G)
    # records name their rule node (5 quads a record); earlier builds gave kg:rule a literal
    yield (K.rule, RS.range, K.Rule, G)


def provenance_quads(g: nx.MultiDiGraph, iri: dict[str, str] | None = None) -> Iterator[Quad]:
    """Every statement of the provenance graph, paper by paper (deterministic for a given graph)."""
    if iri is None:
        iri = {n: str(ID[n]) for n in g.nodes}
    G = PROVENANCE_GRAPH
    rules: set[tuple[str, str]] = set()
    yield from _graph_quads()
    for n, d in g.nodes(data=True):
        for s, p, o, ev in _records(g, n, d, iri):
            e = evidence_iri(s, p, o, ev)
            at, surface, sentence = span(d, ev)
            yield (e, R.subject, s, G)
            yield (e, R.predicate, p, G)
            yield (e, R.object, o, G)
            yield (e, K.span, Lit(at), G)
            if surface:
                yield (e, K.surface, Lit(ev["text"]), G)
            if sentence:
                yield (e, K.sentence, Lit(ev["sentence"]), G)
            rule = (ev["rule"], canonical_decimal(ev["confidence"]))
            rules.add(rule)
            yield (e, K.rule, rule_iri(*rule), G)
    yield from rule_quads(rules)


def provenance_lines(g: nx.MultiDiGraph, on_node=None) -> Iterator[str]:
    """:func:`provenance_quads` as N-Quads text, one string per evidence record; ``on_node(n,
    "records")`` before each node's records (and with None after the last: the rule nodes follow)."""
    from .rdf import nt_literal

    G = f" <{PROVENANCE_GRAPH}> .\n"
    for q in _graph_quads():
        yield f"<{q[0]}> <{q[1]}> {nt_literal(q[2]) if type(q[2]) is Lit else f'<{q[2]}>'}{G}"
    head = (
        f"{{e}} <{R.subject}> {{s}}{G}{{e}} <{R.predicate}> {{p}}{G}{{e}} <{R.object}> {{o}}{G}"
        f"{{e}} <{K.span}> {{at}}{G}"
    )
    surface_t = f"{{e}} <{K.surface}> {{x}}{G}"
    sentence_t = f"{{e}} <{K.sentence}> {{t}}{G}"
    tail = f"{{e}} <{K.rule}> <{{r}}>{G}"
    lit_cache: dict[str, str] = {}

    def lit(x: str) -> str:  # fields, rules, surfaces and sentences repeat a lot
        t = lit_cache.get(x)
        if t is None:
            if len(lit_cache) > 200_000:
                lit_cache.clear()
            t = lit_cache[x] = _json_str(x)
        return t

    rules: dict[tuple[str, float], str] = {}  # (rule, confidence) -> its node's IRI

    def rule_node(name: str, confidence: float) -> str:
        r = rules.get((name, confidence))
        if r is None:
            r = rules[name, confidence] = rule_iri(name, canonical_decimal(confidence))
        return r

    iri = {n: str(ID[n]) for n in g.nodes}
    succ = g._succ
    for n, d in g.nodes(data=True):
        if on_node is not None and (succ[n] or d.get("results")):  # a node without records has no run
            on_node(n, "records")
        for s, p, o, ev in _records(g, n, d, iri):
            e = f"<{evidence_iri(s, p, o, ev)}>"
            at, surface, sentence = span(d, ev)
            text = head.format(e=e, s=f"<{s}>", p=f"<{p}>", o=f"<{o}>", at=_json_str(at))
            if surface:
                text += surface_t.format(e=e, x=lit(ev["text"]))
            if sentence:
                text += sentence_t.format(e=e, t=lit(ev["sentence"]))
            yield text + tail.format(e=e, r=rule_node(ev["rule"], ev["confidence"]))
    if on_node is not None:
        on_node(None, "records")
    yield from rule_lines((name, canonical_decimal(c)) for name, c in rules)
