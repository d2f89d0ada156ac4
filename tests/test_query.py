"""Shipped queries: each one's rows equal the same answer computed in Python from the networkx graph.

Every query runs on two graphs: the seeds (whatever the extractor finds today) and a hand-written
fixture whose answers are also spot-checked by hand. Parameter values are picked from the graph
itself and passed in another letter case, so case-insensitive matching is exercised.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
import pytest
from test_query_support import MALICIOUS, fixture_graph, seeds_graph

from kg.errors import QueryError
from kg.export.rdf import iso_date, safe_iri
from kg.schema import RELATIONS
from kg.query import parse_query_file, queries_dir, resolve_query, run_query, shipped_queries

ID = "https://w3id.org/kg/id/"
KG = "https://w3id.org/kg/vocab#"
CLASS = {"method": KG + "Method", "dataset": "https://schema.org/Dataset", "task": KG + "Task", "metric": KG + "Metric"}
TERMS = tuple(CLASS)  # the kinds a name parameter can match


# ---- Python oracles over the networkx graph ------------------------------------------------------
def iri(n: str) -> str:
    return ID + n


def names(d: dict) -> set[str]:
    return {d["label"].lower(), *(a.lower() for a in d.get("aliases") or ())}


def matching(G: nx.MultiDiGraph, name: str, kinds=TERMS) -> list[str]:
    return [n for n, d in G.nodes(data=True) if d["kind"] in kinds and name.lower() in names(d)]


def out(G, u, *rels) -> list[str]:
    return [v for _, v, k in G.out_edges(u, keys=True) if k in rels]


def into(G, v, *rels) -> list[str]:
    return [u for u, _, k in G.in_edges(v, keys=True) if k in rels]


def papers(G):
    return [n for n, d in G.nodes(data=True) if d["kind"] == "paper"]


def nodes(G, kind):
    return [n for n, d in G.nodes(data=True) if d["kind"] == kind]


USES = ("uses_dataset", "introduces")


def o_dataset_usage(G):
    return [(iri(d), G.nodes[d]["label"], len(set(into(G, d, *USES)))) for d in nodes(G, "dataset") if into(G, d, *USES)]


def o_papers_with_code(G):
    return {(iri(p), G.nodes[p]["title"], safe_iri(G.nodes[r]["url"])) for p in papers(G) for r in out(G, p, "has_code")}


def o_papers_without_code(G):
    return [(iri(p), G.nodes[p]["title"], iso_date(G.nodes[p].get("date"))) for p in papers(G) if not out(G, p, "has_code")]


def o_proposed_methods(G):
    rows = set()
    for p in papers(G):
        codes = [safe_iri(G.nodes[r]["url"]) for r in out(G, p, "has_code")] or [None]
        for m in out(G, p, "proposes"):
            rows |= {(iri(p), G.nodes[p]["title"], iri(m), G.nodes[m]["label"], c) for c in codes}
    return rows


def o_introduced_datasets(G):
    return {
        (iri(d), G.nodes[d]["label"], iri(p), G.nodes[p]["title"], len(set(into(G, d, *USES))))
        for d in nodes(G, "dataset")
        for p in into(G, d, "introduces")
    }


def o_methods_compared_with(G, method):
    rows = set()
    for t in matching(G, method, ("method",)):
        for p in into(G, t, "compares_with"):
            rows |= {(iri(o), G.nodes[o]["label"], "challenger", iri(p), G.nodes[p]["title"]) for o in out(G, p, "proposes") if o != t}
        for p in into(G, t, "proposes"):
            rows |= {(iri(o), G.nodes[o]["label"], "baseline", iri(p), G.nodes[p]["title"]) for o in out(G, p, "compares_with") if o != t}
    return rows


def o_datasets_for_task(G, task):
    ps = {p for t in matching(G, task, ("task",)) for p in into(G, t, "addresses_task")}
    by_dataset = defaultdict(set)
    for p in ps:
        for d in out(G, p, *USES):
            by_dataset[d].add(p)
    return [(iri(d), G.nodes[d]["label"], len(s)) for d, s in by_dataset.items()]


def _task_dataset_counts(G):
    counts = defaultdict(Counter)
    for t in nodes(G, "task"):
        for p in set(into(G, t, "addresses_task")):
            for d in set(out(G, p, *USES)):
                counts[t][d] += 1
    return counts


def o_task_datasets(G):
    rows = []
    for t, c in _task_dataset_counts(G).items():
        best = max(c.values())
        rows += [(iri(t), G.nodes[t]["label"], iri(d), G.nodes[d]["label"], n) for d, n in c.items() if n == best]
    return rows


def o_metric_values(G):
    return [
        (iri(r["metric"]), G.nodes[r["metric"]]["label"], str(r["value"]), iri(r["dataset"]) if r.get("dataset") else None,
         iri(p), d["title"])
        for p, d in G.nodes(data=True)
        if d["kind"] == "paper"
        for r in d.get("results") or ()
    ]


def o_papers_per_organization(G):
    return [(iri(o), G.nodes[o]["label"], len(set(into(G, o, "affiliated_with")))) for o in nodes(G, "organization") if into(G, o, "affiliated_with")]


def o_evidence(G, name):
    rows = set()
    for v in (n for n, d in G.nodes(data=True) if name.lower() in names(d)):
        for p, _, rel, d in G.in_edges(v, keys=True, data=True):
            for ev in d.get("evidence", ()):
                rows.add((iri(v), RELATIONS[rel].predicate, iri(p), ev["text"], ev.get("sentence") or None, ev["field"],
                          ev["start"], ev["end"], ev["rule"], round(float(ev["confidence"]), 4), f"{ID}activity/kg-{_version()}"))
    return rows


def _version():
    import kg

    return kg.__version__


def o_co_used_datasets(G, dataset):
    shared = defaultdict(set)
    for d in matching(G, dataset, ("dataset",)):
        for p in into(G, d, *USES):
            for other in out(G, p, *USES):
                if other != d:
                    shared[other].add(p)
    return [(iri(o), G.nodes[o]["label"], len(s)) for o, s in shared.items()]


def o_newest_papers_per_task(G):
    rows = set()
    for t in nodes(G, "task"):
        dated = {p: iso_date(G.nodes[p].get("date")) for p in into(G, t, "addresses_task")}
        dated = {p: d for p, d in dated.items() if d}
        if dated:
            newest = max(dated.values())
            rows |= {(iri(t), G.nodes[t]["label"], iri(p), G.nodes[p]["title"], d) for p, d in dated.items() if d == newest}
    return rows


def o_single_paper_entities(G):
    rows = set()
    for n, d in G.nodes(data=True):
        if d["kind"] in TERMS:
            ps = {u for u, _ in G.in_edges(n) if G.nodes[u]["kind"] == "paper"}
            if len(ps) == 1:
                p = next(iter(ps))
                rows.add((iri(n), CLASS[d["kind"]], d["label"], iri(p), G.nodes[p]["title"]))
    return rows


def o_papers_using_both(G, a, b):
    entities = tuple({d["kind"] for _, d in G.nodes(data=True)} - {"paper"})
    linked = lambda name: {p for x in matching(G, name, entities) for p in G.predecessors(x) if G.nodes[p]["kind"] == "paper"}  # noqa: E731
    return {(iri(p), G.nodes[p]["title"]) for p in linked(a) & linked(b)}


# ---- parameters picked from the graph ---------------------------------------------------------------
def _ranked_results(G):
    for p, d in G.nodes(data=True):
        for r in d.get("results") or () if d["kind"] == "paper" else ():
            if r["kind"] == "absolute" and r.get("dataset") and G.nodes[r["metric"]].get("higher_is_better") is not None:
                yield p, d, r


def _ranked_pair(G):
    """(dataset, metric) names of the most common ranked result, else names that match nothing."""
    from collections import Counter

    pairs = Counter((G.nodes[r["dataset"]]["label"], G.nodes[r["metric"]]["label"]) for _, _, r in _ranked_results(G))
    return min(pairs, key=lambda k: (-pairs[k], k)) if pairs else ("no such dataset", "no such metric")


def o_leaderboard(G, dataset, metric):
    from kg.export.rdf import decimal_text

    return [
        (float(decimal_text(r["value"], r["number"])), r.get("unit") or "", G.nodes[r["metric"]]["higher_is_better"],
         G.nodes[r["method"]]["label"] if r.get("method") else None, iri(p), d["title"], r["value"])
        for p, d, r in _ranked_results(G)
        if dataset.lower() in names(G.nodes[r["dataset"]]) and metric.lower() in names(G.nodes[r["metric"]])
    ]


def _most_linked(G, kind, default="no such name"):
    cands = sorted(nodes(G, kind), key=lambda n: (-G.nodes[n].get("papers", 0), n))
    return G.nodes[cands[0]]["label"] if cands else default


def _compared_method(G):
    for _, v, k in sorted(G.edges(keys=True)):
        if k == "compares_with":
            return G.nodes[v]["label"]
    return _most_linked(G, "method")


def _dataset_pair(G):
    for p in papers(G):
        ds = sorted({G.nodes[d]["label"] for d in out(G, p, "uses_dataset")})
        if len(ds) >= 2:
            return ds[0], ds[1]
    return _most_linked(G, "dataset"), _most_linked(G, "task")


def params_for(name: str, G) -> dict:
    """Parameters for a query, taken from the graph and given in swapped case."""
    if name == "methods-compared-with":
        p = {"method": _compared_method(G)}
    elif name == "datasets-for-task":
        p = {"task": _most_linked(G, "task")}
    elif name == "evidence":
        p = {"name": _most_linked(G, "dataset")}
    elif name == "co-used-datasets":
        p = {"dataset": _most_linked(G, "dataset")}
    elif name == "papers-using-both":
        a, b = _dataset_pair(G)
        p = {"a": a, "b": b}
    elif name == "leaderboard":
        p = dict(zip(("dataset", "metric"), _ranked_pair(G)))
    else:
        p = {}
    return {k: v.swapcase() for k, v in p.items()}


# (oracle, ordered by a descending count column?)
ORACLES = {
    "dataset-usage": (o_dataset_usage, "papers"),
    "papers-with-code": (o_papers_with_code, None),
    "papers-without-code": (o_papers_without_code, None),
    "proposed-methods": (o_proposed_methods, None),
    "introduced-datasets": (o_introduced_datasets, "papers"),
    "methods-compared-with": (o_methods_compared_with, None),
    "datasets-for-task": (o_datasets_for_task, "papers"),
    "task-datasets": (o_task_datasets, "papers"),
    "metric-values": (o_metric_values, None),
    "leaderboard": (o_leaderboard, None),
    "papers-per-organization": (o_papers_per_organization, "papers"),
    "evidence": (o_evidence, None),
    "co-used-datasets": (o_co_used_datasets, "papers"),
    "newest-papers-per-task": (o_newest_papers_per_task, "issued"),
    "single-paper-entities": (o_single_paper_entities, None),
    "papers-using-both": (o_papers_using_both, None),
}

GRAPHS = {"seeds": seeds_graph, "fixture": fixture_graph}


def _key(row):
    return tuple((v is None, str(v)) for v in row)


# ---- tests ------------------------------------------------------------------------------------------
def test_query_every_shipped_query_has_an_oracle_and_at_least_twelve_ship():
    assert set(shipped_queries()) == set(ORACLES)
    assert len(ORACLES) >= 12


@pytest.mark.parametrize("name", sorted(ORACLES))
def test_query_file_has_description_and_documented_params(name):
    q = shipped_queries()[name]
    assert q.description and len(q.description) > 20
    assert all(desc and "e.g." in desc for desc in q.params.values()), q.params
    assert set(q.params) == set(params_for(name, fixture_graph().graph))


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("name", sorted(ORACLES))
def test_query_rows_equal_python_answer_from_networkx(name, graph):
    g = GRAPHS[graph]()
    oracle, ranked_by = ORACLES[name]
    params = params_for(name, g.graph)
    res = run_query(g.store, name, params)
    got = [tuple(r[c] for c in res.columns) for r in res.rows]
    expected = oracle(g.graph, **params)
    assert sorted(got, key=_key) == sorted(expected, key=_key)
    assert len(got) == len(set(got)), "duplicate rows"
    if ranked_by:  # most first
        col = [r[ranked_by] for r in res.rows]
        assert col == sorted(col, reverse=True)


@pytest.mark.parametrize(
    "name, params, expected",
    [
        ("datasets-for-task", {"task": "TALKING head generation"}, {("HDTF", 3), ("MEAD", 2), ('x" } ; DROP ALL ; #', 1)}),
        ("co-used-datasets", {"dataset": "hdtf dataset"}, {("MEAD", 2), ('x" } ; DROP ALL ; #', 1)}),
        ("papers-using-both", {"a": "hdtf", "b": "mead"}, {("HACK: Learning a Head and Neck Model",), ('Ünïcode-Net and the "Quoted" Model',)}),
        ("papers-per-organization", {}, {("Show Lab", 2), ("Sony", 1)}),
        ("methods-compared-with", {"method": "wav2lip"}, {
            ("HACK", "challenger", "HACK: Learning a Head and Neck Model"),
            ("HACK", "challenger", "HACK: Hierarchical Audio Conditioned Keypoints"),
        }),
    ],
)
def test_query_fixture_answers_checked_by_hand(name, params, expected):
    rows = fixture_graph().run(name, **params)
    drop = {"dataset", "other", "paper", "organization", "method"}
    assert {tuple(v for k, v in r.items() if k not in drop) for r in rows} == expected


def test_query_fixture_two_hacks_are_two_challengers_of_wav2lip():
    rows = fixture_graph().run("methods-compared-with", method="Wav2Lip")
    assert len({r["other"] for r in rows}) == 2 and {r["name"] for r in rows} == {"HACK"}


def test_query_fixture_metric_values_and_newest_paper():
    g = fixture_graph()
    assert {(r["metricName"], r["value"]) for r in g.run("metric-values")} == {("FID", "12.5"), ("FID", "10.1"), ("PSNR", "31.2")}
    newest = {r["taskName"]: r["issued"] for r in g.run("newest-papers-per-task")}
    assert newest == {"talking head generation": "2024-03-05"}  # "Jul 16" has no year: not dated


def evidence(g, name: str) -> list[dict]:
    return g.run("evidence", name=name)


def test_query_api_run_accepts_a_parameter_called_name():
    assert fixture_graph().run("evidence", name="HDTF") == run_query(fixture_graph().store, "evidence", {"name": "HDTF"}).rows


def test_query_evidence_gives_sentence_offsets_rule_confidence_and_version():
    rows = evidence(fixture_graph(), "wav2lip")
    assert {(r["rule"], r["predicate"].rsplit("#")[1]) for r in rows} >= {("outperform-pattern", "comparesWith"), ("surpass-pattern", "mentionsMethod")}
    for r in rows:
        assert r["sentence"][r["start"]:r["end"]] == r["surface"] == "Wav2Lip"
        assert 0 < r["confidence"] <= 1 and r["generatedBy"].endswith("/kg-" + _version())


def test_query_seeds_directmhp_code_and_evidence_are_found():
    g = seeds_graph()
    rows = [r for r in g.run("papers-with-code") if r["title"].startswith("DirectMHP")]
    assert [r["code"] for r in rows] == ["https://github.com/hnuzhy/DirectMHP"]
    ev = evidence(g, "https://github.com/hnuzhy/DirectMHP")
    assert ev and all("DirectMHP" in (r["sentence"] or r["surface"]) for r in ev)


# ---- parameters are bound as literals -----------------------------------------------------------
PARAMETERISED = sorted(n for n, q in shipped_queries().items() if q.params)


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("name", PARAMETERISED)
def test_query_malicious_parameter_is_a_literal_and_cannot_change_the_query(name, graph):
    g = GRAPHS[graph]()
    size = len(g.store)
    q = shipped_queries()[name]
    params = {p: MALICIOUS for p in q.params}
    res = run_query(g.store, q, params)
    got = sorted((tuple(r[c] for c in res.columns) for r in res.rows), key=_key)
    assert got == sorted(ORACLES[name][0](g.graph, **params), key=_key)
    assert len(g.store) == size and q.text == resolve_query(name).text
    if graph == "seeds":
        assert got == []  # no entity there has that name
    elif name in ("evidence", "co-used-datasets", "papers-using-both"):
        assert got, "the fixture's dataset named like an injection is found by its exact name"


def test_query_parameter_with_quote_and_non_ascii_matches_exactly():
    g = fixture_graph()
    assert [r["surface"] for r in evidence(g, 'q"net')] == ['Q"Net']
    assert [r["surface"] for r in evidence(g, "ÜNÏCODE-NET")] == ["Ünïcode-Net"]


def test_query_missing_parameter_names_it_and_how_to_pass_it():
    with pytest.raises(QueryError, match="task") as e:
        run_query(fixture_graph().store, "datasets-for-task")
    assert "--param task=" in str(e.value.fix)


def test_query_parameter_missing_from_select_is_a_query_error():
    with pytest.raises(QueryError, match="SELECT"):
        fixture_graph().query("SELECT ?s WHERE { ?s rdfs:label ?x }", x="HDTF")


def test_query_plain_facts_need_no_graph_clause_and_provenance_needs_one():
    g = fixture_graph()
    facts = g.query("SELECT (COUNT(*) AS ?n) WHERE { ?p kg:usesDataset ?d }")[0]["n"]
    assert facts == sum(1 for *_, k in g.graph.edges(keys=True) if k == "uses_dataset")
    assert g.query("SELECT (COUNT(*) AS ?n) WHERE { ?e rdf:subject ?p }")[0]["n"] == 0
    assert g.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH kgid:provenance { ?e rdf:subject ?p } }")[0]["n"] > 0


def test_query_header_lines_parse_into_description_and_params(tmp_path):
    f = tmp_path / "x.rq"
    f.write_text("# First line.\n# Second line.\n# param: a  first name, e.g. \"HDTF\"\nSELECT ?a WHERE {}\n")
    q = parse_query_file(f)
    assert (q.name, q.description, q.params) == ("x", "First line. Second line.", {"a": 'first name, e.g. "HDTF"'})
    assert queries_dir().name == "queries"


def test_query_seeds_talking_head_facts_any_decent_extractor_finds():
    g = seeds_graph()
    assert "HDTF" in {r["name"] for r in g.run("datasets-for-task", task="Talking Head Generation")}
    both = g.run("papers-using-both", a="hdtf", b="MEAD")
    assert len(both) >= 1
    assert len({r["paper"] for r in evidence(g, "HDTF")}) >= 2


def test_query_service_is_refused_by_kg_query_without_any_request():
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.3)
    port = listener.getsockname()[1]
    try:
        with pytest.raises(QueryError, match="SERVICE"):
            run_query(fixture_graph().store, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}")
        with pytest.raises(socket.timeout):
            listener.accept()  # nothing connected
    finally:
        listener.close()


def test_query_unknown_prefix_is_named_in_a_short_message():
    with pytest.raises(QueryError) as e:
        run_query(fixture_graph().store, "SELECT * WHERE { ?s foo:bar ?o }")
    assert "unknown prefix foo:" in str(e.value) and len(str(e.value)) < 300


def test_query_prefixes_copy_equals_the_vocabulary_prefixes():
    from kg.prefixes import PREFIXES as plain
    from kg.vocab import PREFIXES

    assert plain == PREFIXES


def test_query_module_imports_neither_networkx_nor_rdflib_nor_the_pipeline():
    # a cold `kg query` pays for every import: the query path needs none of these
    import subprocess
    import sys

    code = "import sys, kg.query; print(sorted(m for m in ('networkx', 'rdflib', 'spacy', 'kg.pipeline', 'kg.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_query_package_names_still_import_on_first_use():
    import kg

    assert callable(kg.build) and callable(kg.load) and issubclass(kg.KgError, Exception)
    assert "KnowledgeGraph" in dir(kg)
    with pytest.raises(AttributeError):
        kg.no_such_name  # noqa: B018


def test_query_evidence_on_a_graph_of_the_older_evidence_layout_says_to_rebuild():
    """A graph whose records have kg:field/kg:start/kg:end (built before kg:span) would answer the
    evidence query with no rows; run_query says why and how to fix it instead."""
    import pyoxigraph as ox

    from kg.export.rdf import nquad_lines

    store = ox.Store()
    store.load("".join(nquad_lines(fixture_graph().graph)).encode(), ox.RdfFormat.N_QUADS)
    assert run_query(store, "evidence", {"name": "HDTF"}).rows  # the current layout answers
    kg_, graph = "https://w3id.org/kg/vocab#", ox.NamedNode("https://w3id.org/kg/id/provenance")
    domain, mention = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#domain"), ox.NamedNode(kg_ + "Mention")
    store.remove(ox.Quad(ox.NamedNode(kg_ + "span"), domain, mention, graph))
    store.add(ox.Quad(ox.NamedNode(kg_ + "field"), domain, mention, graph))
    with pytest.raises(QueryError, match="older kg") as e:
        run_query(store, "evidence", {"name": "HDTF"})
    assert "kg build" in e.value.fix
    assert run_query(store, "dataset-usage").rows  # queries of the facts still run
